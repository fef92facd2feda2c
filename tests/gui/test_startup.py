"""The first screen: library and last open article before the store layer is loaded, and
nothing typed into it is lost when the repository takes over."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from typing_helpers import type_text

from lnv_editor.config import Config
from lnv_editor.store.repository import Repository


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "store.sqlite"
    repo = Repository.open(path)
    ids = [
        repo.create(title=t, body=f"Thân bài {t}.").id
        for t in ("Gốm Bát Tràng", "Lụa Vạn Phúc", "Chiếu Nga Sơn")
    ]
    repo.save(
        ids[0], {"body": "Lò gốm đỏ lửa."}, base_version=1, reason="save"
    )  # the newest change
    repo.close()
    return path, ids


@pytest.fixture
def new_window(qtbot, tmp_path, english):
    from lnv_editor.gui.window.main_window import MainWindow

    windows = []

    def make():
        window = MainWindow(Config(tmp_path / "settings.json"))
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for w in windows:
        w.close()


def _open(qtbot, window, path):
    window.ensure_panels()
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        window.open_store(path)


def _stored(path, article_id):
    repo = Repository.open(path)
    try:
        return repo.get(article_id)
    finally:
        repo.close()


def test_first_screen_shows_library_and_newest_article_before_the_store(qtbot, new_window, store):
    path, ids = store
    window = new_window()
    assert window.show_first_screen(path)
    assert window.repo is None and window.autosaver is None  # the store layer is not loaded yet
    assert window.model.rowCount() == 3
    assert window.library.current_id() == ids[0]
    assert window.editor.article.id == ids[0]
    assert window.editor.body_edit.toPlainText() == "Lò gốm đỏ lửa."
    # As it will be once the store is ready (a status picked now is checked then).
    assert window.editor.status_combo.isEnabled()
    _open(qtbot, window, path)
    assert window.editor.status_combo.isEnabled()
    assert window.model.repo is window.repo  # the same model, the repository behind it now
    assert window.editor.article.id == ids[0]
    assert window.autosaver.article_id == ids[0] and window.autosaver.state == "clean"
    assert _stored(path, ids[0]).version == 2  # nothing typed: nothing written


def test_typing_before_the_store_is_ready_is_saved_when_it_is(qtbot, new_window, store):
    path, ids = store
    window = new_window()
    window.show_first_screen(path)
    window.editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor.body_edit, " Nghệ nhân giữ lửa.")
    _open(qtbot, window, path)
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    assert _stored(path, ids[0]).body == "Lò gốm đỏ lửa. Nghệ nhân giữ lửa."


def test_a_status_picked_before_the_store_is_ready_is_checked_once_it_is(qtbot, new_window, store):
    path, ids = store
    window = new_window()
    window.show_first_screen(path)
    combo = window.editor.status_combo
    combo.setCurrentIndex(combo.findData("ready"))  # no lead, no byline: not ready
    assert combo.currentData() == "ready"  # nothing can answer yet: taken as picked
    _open(qtbot, window, path)
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    assert combo.currentData() == "draft"  # taken back, and the reporter is told why
    assert window.editor.banner.isVisibleTo(window) and window.editor.banner.text()
    assert _stored(path, ids[0]).status.value == "draft"


def test_a_save_elsewhere_meanwhile_is_kept_not_overwritten(qtbot, new_window, store):
    path, ids = store
    window = new_window()
    window.show_first_screen(path)
    other = Repository.open(path)
    other.save(ids[0], {"body": "Văn bản của cửa sổ khác."}, base_version=2, reason="save")
    window.editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor.body_edit, " Thêm.")
    _open(qtbot, window, path)
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    assert _stored(path, ids[0]).body == "Lò gốm đỏ lửa. Thêm."  # ours, saved
    kept = [r.body for r in other.revisions(ids[0]) if r.reason == "conflict"]
    other.close()
    assert kept == ["Văn bản của cửa sổ khác."]  # theirs, kept as a revision


def test_untouched_first_article_shows_a_newer_save_from_elsewhere(qtbot, new_window, store):
    path, ids = store
    window = new_window()
    window.show_first_screen(path)
    other = Repository.open(path)
    other.save(ids[0], {"body": "Bản mới hơn."}, base_version=2, reason="save")
    other.close()
    _open(qtbot, window, path)
    assert window.editor.body_edit.toPlainText() == "Bản mới hơn."
    assert window.autosaver.version == 3 and window.autosaver.state == "clean"


def test_a_library_click_before_the_store_is_ready_opens_once_it_is(qtbot, new_window, store):
    path, ids = store
    window = new_window()
    window.show_first_screen(path)
    window.library.select(ids[2])
    assert window.editor.article.id == ids[0]  # not yet: no autosave path for it
    _open(qtbot, window, path)
    assert window.editor.article.id == ids[2] and window.autosaver.article_id == ids[2]


def test_last_open_article_reopens_and_a_store_opened_later_shows_its_newest(
    qtbot, new_window, store
):
    path, ids = store
    window = new_window()
    _open(qtbot, window, path)  # no first screen: the newest change opens once loaded
    assert window.editor.article.id == ids[0]
    window.library.select(ids[1])
    assert window.editor.article.id == ids[1]
    window.close()
    again = new_window()
    assert again.show_first_screen(path)
    assert again.editor.article.id == ids[1]  # what was open last time


def test_refused_store_shows_no_first_screen(qtbot, new_window, tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("Không phải kho dữ liệu.\n" * 50, encoding="utf-8")
    window = new_window()
    assert not window.show_first_screen(bogus)
    assert window.model is None and window.editor.article is None
