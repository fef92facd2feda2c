"""The change record: every write announces one Change; nested writes are one; other
processes' writes are seen through change_log; a failed write announces nothing."""

from __future__ import annotations

import pytest

from lnv_editor.store.changes import Change, Part
from lnv_editor.store.repository import Repository


@pytest.fixture
def feed_repo(tmp_path):
    repo = Repository.open(tmp_path / "s.sqlite")
    seen: list[Change] = []
    repo.writes.subscribe(seen.append)
    yield repo, seen
    repo.close()


def test_each_write_announces_exactly_one_change(feed_repo):
    repo, seen = feed_repo
    art = repo.create(title="Gốm Bát Tràng")
    assert len(seen) == 1
    assert seen[0].article_ids == {art.id}
    assert Part.CREATED in seen[0].parts and seen[0].lists_changed

    seen.clear()
    repo.save(art.id, {"lead": "Sapo"}, base_version=art.version, reason="autosave")
    assert [c.parts for c in seen] == [frozenset({Part.FIELDS})]

    seen.clear()
    repo.tags.set_provinces(art.id, [("01", "Hà Nội")])
    assert seen == [Change(frozenset({art.id}), frozenset({Part.PROVINCES}), seq=seen[0].seq)]

    seen.clear()  # a status written with the text is a workflow step (store/review.py)
    repo.save(art.id, {"status": "review"}, base_version=art.version + 1, reason="save")
    assert seen[0].parts == {Part.FIELDS, Part.STATUS, Part.REVIEW, Part.REVISIONS}


def test_unchanged_autosave_announces_nothing(feed_repo):
    repo, seen = feed_repo
    art = repo.create(title="Mây tre")
    seen.clear()
    repo.save(art.id, {"title": "Mây tre"}, base_version=art.version, reason="autosave")
    assert seen == []


def test_nested_writes_are_one_transaction_and_one_change(feed_repo):
    repo, seen = feed_repo
    a = repo.create(title="A")
    b = repo.create(title="B")
    seen.clear()
    with repo.writes.transaction():
        repo.tags.set_related(a.id, [b.id])
        repo.save(a.id, {"lead": "x"}, base_version=a.version, reason="autosave")
    assert len(seen) == 1
    assert seen[0].article_ids == {a.id}
    assert seen[0].parts == {Part.RELATED, Part.FIELDS}


def test_failure_inside_a_transaction_rolls_back_everything_and_announces_nothing(feed_repo):
    repo, seen = feed_repo
    a = repo.create(title="A")
    b = repo.create(title="B")
    seen.clear()
    with pytest.raises(RuntimeError), repo.writes.transaction():
        repo.tags.set_related(a.id, [b.id])
        raise RuntimeError("boom")
    assert seen == []
    assert repo.tags.related(a.id) == []


def test_origin_tags_the_change(feed_repo):
    repo, seen = feed_repo
    marker = object()
    with repo.writes.origin(marker):
        repo.create(title="A")
    repo.create(title="B")
    assert seen[0].origin is marker and seen[1].origin is None


def test_another_process_writes_are_seen_once_and_own_writes_skipped(tmp_path):
    path = tmp_path / "s.sqlite"
    app = Repository.open(path)
    cli = Repository.open(path)  # stands for another process: its own token
    try:
        assert app.writes.poll_external() is None  # first poll notes where the log is
        art = app.create(title="Của tôi")
        assert app.writes.poll_external() is None  # own write: already announced locally
        cli.save(art.id, {"body": "Sửa từ dòng lệnh"}, base_version=art.version, reason="save")
        cli.tags.set_provinces(art.id, [("01", "Hà Nội")])
        change = app.writes.poll_external()
        assert change is not None and change.external
        assert change.article_ids == {art.id}
        assert change.parts == {Part.FIELDS, Part.REVISIONS, Part.PROVINCES}
        assert app.writes.poll_external() is None  # seen once
    finally:
        app.close()
        cli.close()


def test_change_log_is_pruned(tmp_path, monkeypatch):
    import lnv_editor.store.changes as changes

    monkeypatch.setattr(changes, "KEEP_ROWS", 10)
    repo = Repository.open(tmp_path / "s.sqlite")
    try:
        art = repo.create(title="A")
        for i in range(520):
            repo.tags.set_provinces(art.id, [("01" if i % 2 else "79", "")])
        with repo.engine.connect() as conn:
            from sqlalchemy import text

            count = conn.execute(text("SELECT count(*) FROM change_log")).scalar_one()
        assert count < 100
    finally:
        repo.close()
