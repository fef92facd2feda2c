"""After a crash the window says what it checked: the store against what the dead session
last reported saved (store/save_journal.py), never a promise it did not check (issue 15)."""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lnv_editor import paths
from lnv_editor.store.repository import Repository
from lnv_editor.store.save_journal import SaveJournal, content_digest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kill_typist import run_round  # noqa: E402

DEAD_PID = 999999


def crashed_session(store: Path, *, body: str = "Những dòng cuối cùng") -> tuple[int, int]:
    """A store whose last session died with an article open; returns (article, session)."""
    repo = Repository.open(store)
    article = repo.create(title="Bài đang viết dở", body=body)
    sid = repo.begin_session()
    repo.set_session_article(sid, article.id)
    with repo.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE editor_session SET pid = ? WHERE id = ?", (DEAD_PID, sid))
    repo.close()
    return article.id, sid


def leave_mark(store: Path, sid: int, article_id: int, version: int, content: dict) -> Path:
    """The note the dead session left when it last said "saved"."""
    journal = SaveJournal(store, paths.data_dir() / "saves", sid)
    journal.record(article_id, version, content_digest(content), datetime.now(UTC))
    dead = journal.file.with_name(journal.file.name.replace(f"-{os.getpid()}-", f"-{DEAD_PID}-"))
    text = journal.file.read_text(encoding="utf-8").replace(
        f'"pid": {os.getpid()}', f'"pid": {DEAD_PID}'
    )
    dead.write_text(text, encoding="utf-8")
    journal.file.unlink()
    return dead


def banner_text(window) -> str:
    assert window.editor.banner.isVisible()
    return window.editor.banner.label.text()


def test_everything_reported_saved_is_there(make_window, tmp_path):
    store = tmp_path / "store.sqlite"
    article_id, sid = crashed_session(store)
    content = {"title": "Bài đang viết dở", "body": "Những dòng cuối cùng", "status": "draft"}
    note = leave_mark(store, sid, article_id, 1, content)
    window = make_window(store)
    text = banner_text(window)
    assert "everything it reported saved" in text and "Bài đang viết dở" in text
    assert "lost" not in text
    assert not note.exists()  # said once


def test_a_store_holding_less_than_was_reported_says_so(make_window, tmp_path):
    store = tmp_path / "store.sqlite"
    article_id, sid = crashed_session(store, body="Bản cũ")
    # The session had reported version 7 saved, with more text; the store has version 1.
    reported = {"title": "Bài đang viết dở", "body": "Bản cũ và đoạn mới", "status": "draft"}
    leave_mark(store, sid, article_id, 7, reported)
    window = make_window(store)
    text = banner_text(window)
    assert "does not hold" in text and "version 7" in text and "has 1" in text
    assert "everything it reported saved" not in text
    assert window.editor.body_edit.toPlainText() == "Bản cũ"  # shown as the store holds it


def test_same_version_other_text_is_a_loss(make_window, tmp_path):
    store = tmp_path / "store.sqlite"
    article_id, sid = crashed_session(store, body="Bản trong kho")
    leave_mark(store, sid, article_id, 1, {"title": "Bài đang viết dở", "body": "Khác"})
    assert "does not hold" in banner_text(make_window(store))


def test_without_a_record_the_banner_promises_nothing(make_window, tmp_path):
    store = tmp_path / "store.sqlite"
    crashed_session(store)
    text = banner_text(make_window(store))
    assert "no record of that save" in text
    assert "at most" not in text and "everything" not in text


def test_a_clean_close_leaves_no_record(make_window, tmp_path, typist):
    window = make_window(tmp_path / "store.sqlite")
    window.actions["new"].trigger()
    typist(window.editor.title_edit, "Tựa")
    window.actions["save"].trigger()
    saves = paths.data_dir() / "saves"
    window.flush_pending()
    assert list(saves.glob("*.json"))  # kept while the window is open
    window.close_store()  # what closing the window does once the last save is in
    assert list(saves.glob("*.json")) == []


@pytest.mark.slow
def test_after_sigkill_the_banner_checks_the_store(make_window, tmp_path):
    store = tmp_path / "kill.sqlite"
    Repository.open(store).close()
    rnd = run_round(store, 2.0)
    assert rnd.typed
    window = make_window(store)
    assert window.editor.article.id == rnd.article_id
    assert "everything it reported saved" in banner_text(window)


@pytest.mark.slow
def test_after_sigkill_a_store_that_lost_saves_is_caught(make_window, tmp_path):
    """The store is put back to an earlier copy after the kill, as a deleted WAL did."""
    store = tmp_path / "kill.sqlite"
    Repository.open(store).close()
    rnd = run_round(store, 1.5)
    earlier = tmp_path / "earlier.sqlite"
    with sqlite3.connect(store) as src, sqlite3.connect(earlier) as dst:
        src.backup(dst)
        version = src.execute("SELECT version FROM article WHERE id = ?", (rnd.article_id,))
        assert version.fetchone()[0] > 1
    with sqlite3.connect(store) as conn:  # back to the article as first created
        conn.execute("UPDATE article SET version = 1, body = '' WHERE id = ?", (rnd.article_id,))
    window = make_window(store)
    assert "does not hold" in banner_text(window)
