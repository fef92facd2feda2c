from __future__ import annotations

import sqlite3
import unicodedata

import pytest

from lnv_editor.core.errors import InputError, NotFoundError
from lnv_editor.store.repository import Repository

NFD_TITLE = unicodedata.normalize("NFD", "Làng gốm Bát Tràng vào mùa Tết")


def test_create_and_get_stores_nfc(repo):
    a = repo.create(title=NFD_TITLE, lead="Sapo", byline="  Lê   Nam ", section="Làng nghề")
    got = repo.get(a.id)
    assert got.title == unicodedata.normalize("NFC", NFD_TITLE)
    assert unicodedata.is_normalized("NFC", got.title)
    assert got.byline == "Lê Nam"
    assert got.slug == "lang-gom-bat-trang-vao-mua-tet"
    assert got.version == 1
    assert got.status.value == "draft"
    assert got.extra["uri"].startswith("urn:uuid:")
    assert [r.reason for r in repo.revisions(a.id)] == ["create"]


def test_slugs_are_unique(repo):
    a = repo.create(title="Đồ gỗ Đồng Kỵ")
    b = repo.create(title="Đồ gỗ Đồng Kỵ")
    assert a.slug == "do-go-dong-ky"
    assert b.slug == "do-go-dong-ky-2"


def test_save_bumps_version_and_autosave_snapshots_sparingly(repo):
    a = repo.create(title="Tiêu đề")
    r1 = repo.save(a.id, {"body": "Một"}, base_version=1, reason="autosave")
    assert r1.changed and r1.version == 2 and r1.conflict_revision is None
    r2 = repo.save(a.id, {"body": "Một hai"}, base_version=2, reason="autosave")
    assert r2.version == 3
    # "create" was just snapshotted: autosaves within the interval add no revision
    assert [r.reason for r in repo.revisions(a.id)] == ["create"]
    r3 = repo.save(a.id, {"body": "Một hai"}, base_version=3, reason="save")
    assert not r3.changed and r3.version == 3 and r3.revision_id is not None
    revs = repo.revisions(a.id)
    assert revs[0].reason == "save" and revs[0].body == "Một hai" and revs[0].article_version == 3


def test_unchanged_autosave_writes_nothing(repo):
    a = repo.create(title="T", body="x")
    r = repo.save(a.id, {"body": "x"}, base_version=1, reason="autosave")
    assert not r.changed and r.version == 1


def test_conflict_keeps_the_other_text_as_revision(repo, tmp_path):
    a = repo.create(title="Bài chung", body="gốc")
    other = Repository.open(repo.path)  # a second window or process
    try:
        other.save(a.id, {"body": "văn bản của cửa sổ kia"}, base_version=1, reason="autosave")
        mine = repo.save(a.id, {"body": "văn bản của tôi"}, base_version=1, reason="autosave")
    finally:
        other.close()
    assert mine.conflict_revision is not None and mine.conflict_version == 2
    assert repo.get(a.id).body == "văn bản của tôi"
    kept = repo.revision(mine.conflict_revision)
    assert kept.reason == "conflict" and kept.body == "văn bản của cửa sổ kia"


def test_restore_is_itself_undoable(repo):
    a = repo.create(title="T", body="bản một")
    repo.save(a.id, {"body": "bản một"}, base_version=1, reason="save")
    first = repo.revisions(a.id)[0]
    repo.save(a.id, {"body": "bản hai"}, base_version=1, reason="save")
    result = repo.restore_revision(a.id, first.id, base_version=2)
    assert repo.get(a.id).body == "bản một" and result.version == 3
    reasons = [r.reason for r in repo.revisions(a.id)]
    assert reasons[:2] == ["restore", "before-restore"]
    assert repo.revisions(a.id)[1].body == "bản hai"


def test_bad_status_and_missing_ids(repo):
    a = repo.create(title="T")
    with pytest.raises(InputError, match="Unknown status"):
        repo.save(a.id, {"status": "nope"}, base_version=1, reason="save")
    with pytest.raises(NotFoundError):
        repo.get(9999)
    with pytest.raises(NotFoundError):
        repo.save(9999, {"body": "x"}, base_version=1, reason="save")


def test_library_ids_search_ignores_diacritics_and_case(repo):
    a = repo.create(title="Làng nghề đồ gỗ Đồng Kỵ", status="published")
    b = repo.create(title="Gốm Bát Tràng", byline="Trần Hoà")
    assert repo.list_ids(query="dong ky") == [a.id]
    assert repo.list_ids(query="ĐỒNG KỴ") == [a.id]
    assert repo.list_ids(query="hòa") == [b.id]  # tone-style insensitive byline match
    assert repo.list_ids(query="%") == repo.list_ids()  # nothing searchable: no filter
    assert repo.list_ids(status="published") == [a.id]
    assert repo.list_ids() == [b.id, a.id]  # newest change first
    assert repo.list_ids(newest_first=False) == [a.id, b.id]
    rows = repo.library_rows([a.id, b.id])
    assert rows[a.id].title.startswith("Làng nghề")


def test_crashed_session_is_reported_once(repo):
    a = repo.create(title="T")
    sid = repo.begin_session()
    repo.set_session_article(sid, a.id)
    with repo.engine.begin() as conn:  # pretend the process that owned it died
        conn.exec_driver_sql("UPDATE editor_session SET pid = 999999 WHERE id = ?", (sid,))
    assert repo.claim_crashed_sessions() == [a.id]
    assert repo.claim_crashed_sessions() == []


def test_pragmas(repo):
    with repo.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def _wait_until_asleep(thread, timeout: float = 10.0) -> None:
    """Return once *thread* sleeps in the kernel (Linux: /proc); elsewhere at once."""
    import time
    from pathlib import Path

    stat = Path(f"/proc/self/task/{thread.native_id}/stat")
    if not stat.exists():
        return
    deadline = time.monotonic() + timeout
    while stat.read_text().rsplit(")", 1)[1].split()[0] != "S":
        assert time.monotonic() < deadline, "the writer never waited for the lock"
        time.sleep(0.001)


def test_writers_wait_instead_of_failing(repo):
    """A write while another connection holds the write lock waits (busy timeout), then succeeds."""
    import threading

    from sqlalchemy import event

    a = repo.create(title="T")
    raw = sqlite3.connect(repo.path, isolation_level=None)
    raw.execute("BEGIN IMMEDIATE")
    done = []

    def writer():
        done.append(repo.save(a.id, {"body": "sau"}, base_version=1, reason="autosave"))

    t = threading.Thread(target=writer)
    asking = threading.Event()

    def traced(sql: str) -> None:
        # SQLite calls this inside the writer's step, just before it takes the lock.
        if sql == "BEGIN IMMEDIATE":
            asking.set()

    def before(conn, cursor, sql, *args):
        if threading.current_thread() is t:
            cursor.connection.set_trace_callback(traced)

    def after(conn, cursor, sql, *args):
        cursor.connection.set_trace_callback(None)

    event.listen(repo.engine, "before_cursor_execute", before)
    event.listen(repo.engine, "after_cursor_execute", after)
    t.start()
    assert asking.wait(10)  # the writer asks SQLite for the write lock the raw connection holds
    _wait_until_asleep(t)  # ...and SQLite's busy handler sleeps between its tries
    assert not done and t.is_alive()
    raw.execute("COMMIT")
    raw.close()
    t.join(5)
    assert done and done[0].version == 2


def test_house_tone_style_applies_to_stored_text(tmp_path):
    old = Repository.open(tmp_path / "old.sqlite", tone_style="old")
    a = old.create(title="Khuyến công Thanh Hoá", body="Hoà thuận, khoẻ mạnh.", byline="Trần Hoà")
    got = old.get(a.id)
    assert (got.title, got.body, got.byline) == (
        "Khuyến công Thanh Hóa",
        "Hòa thuận, khỏe mạnh.",
        "Trần Hòa",
    )
    old.close()
    new = Repository.open(tmp_path / "new.sqlite", tone_style="new")
    b = new.create(title="Khuyến công Thanh Hóa")
    assert new.get(b.id).title == "Khuyến công Thanh Hoá"
    assert [h.id for h in new.search.search("thanh hòa")] == [b.id]  # search ignores the style
    new.close()
