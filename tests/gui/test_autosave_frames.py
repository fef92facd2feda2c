"""A save due while keys come (``max_ms``) waits for the next key's frame, so it runs in the
gap before the following key rather than while one is drawn; typing paused, it waits no more
than FRAME_WAIT_MS. Words are never held back longer than that."""

from __future__ import annotations

import time

import pytest

from lnv_editor.gui.editor import autosave as autosave_module
from lnv_editor.gui.editor.autosave import Autosaver
from lnv_editor.store.repository import Repository


@pytest.fixture
def saver(qtbot, tmp_path):
    repo = Repository.open(tmp_path / "store.sqlite")
    article = repo.create(title="Gốm", body="Làng gốm.")
    fields = {"title": "Gốm", "lead": "", "body": "Làng gốm.", "byline": "", "section": ""}
    saver = Autosaver(repo, lambda: dict(fields), idle_ms=10_000, max_ms=50)
    saver.attach(article.id, article.version, dict(fields))
    saves = []
    saver.saved.connect(lambda result: saves.append(time.perf_counter()))
    yield saver, fields, saves, repo
    saver.shutdown()
    repo.close()


def test_a_due_save_runs_right_after_the_next_key_is_drawn(qtbot, saver):
    saver, fields, saves, repo = saver
    fields["body"] = "Làng gốm Bát Tràng."
    saver.on_edited()
    qtbot.wait(80)  # max_ms has passed: the save waits for a frame
    assert saves == [] and saver.state == "dirty"
    drawn = time.perf_counter()
    saver.key_drawn()
    qtbot.waitUntil(lambda: bool(saves), timeout=2000)
    assert saves[0] - drawn < autosave_module.FRAME_WAIT_MS / 1000
    assert repo.get(saver.article_id).body == "Làng gốm Bát Tràng."


def test_with_no_frame_a_due_save_waits_no_longer_than_the_frame_wait(qtbot, saver):
    saver, fields, saves, repo = saver
    fields["body"] = "Làng gốm Bát Tràng bên sông Hồng."
    edited = time.perf_counter()
    saver.on_edited()
    qtbot.waitUntil(lambda: bool(saves), timeout=3000)
    waited = saves[0] - edited
    assert waited >= (50 + autosave_module.FRAME_WAIT_MS) / 1000 * 0.9  # (timer slack)
    assert repo.get(saver.article_id).body == "Làng gốm Bát Tràng bên sông Hồng."


def test_a_frame_with_no_save_due_starts_none(qtbot, saver):
    saver, fields, saves, repo = saver
    saver.key_drawn()  # a caret blink, a scroll: nothing typed
    fields["body"] = "Làng gốm mới."
    saver.on_edited()
    saver.key_drawn()  # drawn before max_ms: still not due
    qtbot.wait(30)
    assert saves == []
    qtbot.waitUntil(lambda: bool(saves), timeout=3000)  # the frame wait saves it anyway
