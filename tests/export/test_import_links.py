"""Importing into a store that lacks a story's related stories keeps the links, flagged as
missing until the story arrives; photos keep the file names the reporter gave them."""

from __future__ import annotations

import sys
from pathlib import Path

from lnv_editor.export.importer import import_bundles
from lnv_editor.export.run import export_articles

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bundle_helpers import PORTAL  # noqa: E402


def _export(repo, ids, out):
    return export_articles(repo, ids, "folder", out, workers=1, portal=PORTAL)


def test_a_related_story_imported_later_is_linked_when_it_arrives(
    repo, newsroom, fresh_repo, tmp_path
):
    first = newsroom.article("Bài một", photos=1)
    second = newsroom.article("Bài hai", photos=1, related=[first])
    first_uri = repo.get(first).extra["uri"]
    _export(repo, [second], tmp_path / "second")
    _export(repo, [first], tmp_path / "first")

    report = import_bundles(fresh_repo, tmp_path / "second")
    (outcome,) = report.outcomes
    assert outcome.missing_related == (first_uri,)
    here = outcome.article_id
    # Not dropped: kept, flagged as missing, with the title the bundle gave it.
    assert fresh_repo.tags.related(here) == []
    missing = fresh_repo.tags.missing_related(here)
    assert [(m.uri, m.title) for m in missing] == [(first_uri, "Bài một")]

    # Exported again from here, the bundle still carries the link.
    _export(fresh_repo, [here], tmp_path / "again")
    again = import_bundles(repo, tmp_path / "again")
    assert [r.target_id for r in repo.tags.related(again.outcomes[0].article_id)] == [first]

    # The story arrives: the link is made, nothing is missing any more.
    arrived = import_bundles(fresh_repo, tmp_path / "first").outcomes[0].article_id
    assert [r.target_id for r in fresh_repo.tags.related(here)] == [arrived]
    assert fresh_repo.tags.missing_related(here) == []


def test_imported_photos_keep_their_file_names(repo, newsroom, fresh_repo, tmp_path):
    article = newsroom.article("Bài có ảnh", photos=2)
    names = [p.original_name for p in repo.photos.list(article)]
    assert names == ["p1.jpg", "p2.jpg"]
    _export(repo, [article], tmp_path / "out")
    (outcome,) = import_bundles(fresh_repo, tmp_path / "out").outcomes
    assert [p.original_name for p in fresh_repo.photos.list(outcome.article_id)] == names
