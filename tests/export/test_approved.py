"""The bundle carries the text an editor approved: a published article edited since is
exported as approved, unless the desk asks for the current text explicitly."""

from __future__ import annotations

import pytest
from bundle_helpers import PORTAL

from lnv_editor.export.collect import edited_since_approval, publish_problems
from lnv_editor.export.reader import read_any
from lnv_editor.export.run import ExportRefused, export_articles


def _edit(repo, article_id: int, **fields: str) -> None:
    repo.save(article_id, fields, base_version=repo.get(article_id).version, reason="save")


@pytest.mark.parametrize("workers", [1, 2])
def test_an_edit_after_approval_is_not_exported(repo, newsroom, tmp_path, workers):
    article_id = newsroom.article("Làng lụa Vạn Phúc", photos=1)
    approved_version = repo.get(article_id).version
    export_articles(repo, [article_id], "folder", tmp_path / "first", workers=1, portal=PORTAL)
    _edit(repo, article_id, title="Tiêu đề chưa duyệt", lead="Sapo chưa duyệt.")
    edited = repo.get(article_id)
    assert edited.status == "published" and edited.version > approved_version
    assert edited_since_approval(repo, article_id).article_version == approved_version
    # the second article makes a batch, so workers=2 goes through the process pool
    other = newsroom.article("Gốm Bát Tràng", photos=0)
    report = export_articles(
        repo, [article_id, other], "zip", tmp_path / "again", workers=workers, portal=PORTAL
    )
    bundle = next(
        b
        for b in read_any(tmp_path / "again")
        if b.article.uri == repo.get(article_id).extra["uri"]
    )
    assert bundle.article.title == "Làng lụa Vạn Phúc"
    assert "chưa duyệt" not in bundle.article.lead
    assert bundle.article.version == approved_version
    mine = next(e for e in report.exported if e.article_id == article_id)
    assert mine.version == approved_version
    # the text in the store is untouched: the export only chose what to publish
    assert repo.get(article_id).title == "Tiêu đề chưa duyệt"


def test_the_current_text_goes_out_only_when_asked(repo, newsroom, tmp_path):
    article_id = newsroom.article("Làng lụa Vạn Phúc", photos=0)
    export_articles(repo, [article_id], "folder", tmp_path / "first", workers=1, portal=PORTAL)
    _edit(repo, article_id, title="Tiêu đề mới")
    export_articles(
        repo, [article_id], "folder", tmp_path / "now", workers=1, current=True, portal=PORTAL
    )
    (bundle,) = read_any(tmp_path / "now" / f"{repo.get(article_id).slug}-{article_id}")
    assert bundle.article.title == "Tiêu đề mới"
    assert bundle.article.version == repo.get(article_id).version


def test_checks_apply_to_the_text_that_goes_out(repo, newsroom, tmp_path):
    article_id = newsroom.article("Làng lụa Vạn Phúc", photos=0)
    export_articles(repo, [article_id], "folder", tmp_path / "first", workers=1, portal=PORTAL)
    _edit(repo, article_id, lead="")
    # the approved text has its lead: publishable as approved, refused as it is now
    assert publish_problems(repo, article_id) == []
    with pytest.raises(ExportRefused) as caught:
        export_articles(
            repo, [article_id], "folder", tmp_path / "now", workers=1, current=True, portal=PORTAL
        )
    assert "no lead" in caught.value.problems[article_id][1][0].english()
    assert not (tmp_path / "now").exists()


def test_an_unedited_article_is_not_flagged(repo, newsroom):
    article_id = newsroom.article(photos=0)
    assert edited_since_approval(repo, article_id) is None
    draft = newsroom.article("Bản nháp", photos=0, approve=False)
    assert edited_since_approval(repo, draft) is None
