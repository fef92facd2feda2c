"""Switching stores in a running window, as a reporter does: File → Open store…, File → New
store…, File → Recent stores, with every dock and the preview open, there and back."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWidgets import QMessageBox
from pytestqt.exceptions import TimeoutError  # noqa: A004 - what waitUntil raises
from typing_helpers import type_text

from lnv_editor.config import Config
from lnv_editor.gui.common import file_dialogs
from lnv_editor.gui.library.model import LibraryModel
from lnv_editor.gui.window.recent import remember
from lnv_editor.store import schema
from lnv_editor.store.engine import probe
from lnv_editor.store.repository import Repository


def make_store(path: Path, title: str, body: str) -> int:
    repo = Repository.open(path)
    article = repo.create(title=title, lead="Sapo.", body=body, byline="Lê Nam", section="Xã hội")
    repo.close()
    return article.id


def stored(path: Path, article_id: int) -> str:
    """The body as another reader of the store sees it (a fresh repository)."""
    repo = Repository.open(path, create=False)
    try:
        return repo.get(article_id).body
    finally:
        repo.close()


def page_title(qtbot, panel) -> str | None:
    """The headline the preview shows; None while a page loads."""
    box = []
    panel.view.page().runJavaScript(
        "JSON.stringify((document.querySelector('h1') || {}).textContent || null)",
        QWebEngineScript.ScriptWorldId.ApplicationWorld,
        box.append,
    )
    try:
        qtbot.waitUntil(lambda: bool(box), timeout=1000)
    except TimeoutError:
        return None
    return json.loads(box[0]) if box[0] else None


def assert_usable(window, path: Path, *, article: bool = True) -> None:
    """The window works on *path*: nothing greyed out, the article (if any) editable."""
    assert window.repo is not None and window.repo.path == path
    assert window.isEnabled() and window.library.isEnabled()
    if article:
        assert window.editor.isEnabled() and window.editor.body_edit.isEnabled()
        assert not window.editor.body_edit.isReadOnly()
        assert window.review_panel.isEnabled()
    for name in ("new", "save", "history", "open_store", "new_store"):
        assert window.actions[name].isEnabled(), name
    assert window.hub is not None and window.hub.repo is window.repo
    assert path.name in window.windowTitle()


def type_at_end(qtbot, window, text: str) -> None:
    body = window.editor.body_edit
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(body, text)


def wait_saved(qtbot, window) -> None:
    window.save_now()
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)


def show_everything(qtbot, window, *, preview: bool = True) -> None:
    for dock in (window.photo_dock, window.places_dock, window.review_dock):
        dock.show()
    if not preview:
        return
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    qtbot.keyClick(
        window.editor.body_edit,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.preview.panel is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.preview.panel.isVisible(), timeout=5000)


@pytest.fixture
def two_stores(tmp_path):
    first, second = tmp_path / "toa-soan.sqlite", tmp_path / "ca-nhan.sqlite"
    first_id = make_store(first, "Gốm Bát Tràng vào mùa", "Lò gốm đỏ lửa.")
    second_id = make_store(second, "Lụa Vạn Phúc giữ nghề", "Khung cửi vẫn chạy.")
    return first, first_id, second, second_id


@pytest.mark.parametrize("with_preview", [True, False], ids=["preview", "no-preview"])
def test_switch_to_another_store_and_back_with_every_dock_open(
    qtbot, make_window, two_stores, monkeypatch, caplog, with_preview
):
    caplog.set_level(logging.WARNING)
    first, first_id, second, second_id = two_stores
    window = make_window(first)
    window.library.select(first_id)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    show_everything(qtbot, window, preview=with_preview)
    preview = window.preview.panel
    if with_preview:
        qtbot.waitUntil(
            lambda: page_title(qtbot, preview) == "Gốm Bát Tràng vào mùa", timeout=20000
        )
    type_at_end(qtbot, window, " Ở kho đầu.")

    asked = []

    def open_dialog(parent, caption, folder, filters, *args, **kwargs):
        asked.append((caption, folder, filters))
        return str(second), ""

    monkeypatch.setattr(file_dialogs, "get_open_file_name", open_dialog)
    monkeypatch.setattr(
        file_dialogs,
        "get_save_file_name",
        lambda *a, **k: pytest.fail("Open store… is no save dialog"),
    )
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        window.actions["open_store"].trigger()
    # An open dialog in the current store's folder, not a file name to overwrite.
    assert asked and Path(asked[0][1]) == first.parent
    # What was typed in the first store was saved there before it closed.
    assert stored(first, first_id).endswith("Ở kho đầu.")

    assert_usable(window, second)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    assert window.editor.article.id == second_id
    assert window.editor.title_edit.text() == "Lụa Vạn Phúc giữ nghề"
    assert [
        window.model.index(r, window.model.TITLE).data() for r in range(window.model.rowCount())
    ] == ["Lụa Vạn Phúc giữ nghề"]
    assert window.review_panel.article_id == second_id
    assert window.places_panel.repo is window.repo and window.photo_panel.repo is window.repo
    if with_preview:
        assert preview.repo is window.repo
        qtbot.waitUntil(
            lambda: page_title(qtbot, preview) == "Lụa Vạn Phúc giữ nghề", timeout=20000
        )

    type_at_end(qtbot, window, " Ở kho thứ hai.")
    wait_saved(qtbot, window)
    assert stored(second, second_id) == "Khung cửi vẫn chạy. Ở kho thứ hai."
    assert "kho thứ hai" not in stored(first, first_id)

    # Back through File → Recent stores.
    menu = window.recent_menu
    menu.aboutToShow.emit()
    entry = next(a for a in menu.actions() if a.data() and Path(a.data()) == first.resolve())
    assert entry.isEnabled()
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        entry.trigger()
    assert_usable(window, first.resolve())
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    assert window.editor.article.id == first_id
    assert window.editor.body_edit.toPlainText() == "Lò gốm đỏ lửa. Ở kho đầu."
    if with_preview:
        qtbot.waitUntil(
            lambda: page_title(qtbot, preview) == "Gốm Bát Tràng vào mùa", timeout=20000
        )
    type_at_end(qtbot, window, " Lại kho đầu.")
    wait_saved(qtbot, window)
    assert stored(first, first_id) == "Lò gốm đỏ lửa. Ở kho đầu. Lại kho đầu."
    assert stored(second, second_id) == "Khung cửi vẫn chạy. Ở kho thứ hai."

    # A change made elsewhere reaches the panels of the store now open (the new hub).
    other = Repository.open(first)
    other.comments.add(
        first_id, field="body", start=0, end=3, text="Nguồn?", author="Biên tập", role="editor"
    )
    other.close()
    qtbot.waitUntil(
        lambda: window.review_panel.comments.tree.topLevelItemCount() == 1, timeout=5000
    )
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text


def test_a_search_in_one_store_does_not_hide_the_next_stores_articles(
    qtbot, make_window, two_stores, monkeypatch
):
    first, _first_id, second, second_id = two_stores
    repo = Repository.open(second)
    repo.create(title="Ấm trà Bát Tràng", lead="", body="", byline="", section="")
    repo.close()
    window = make_window(first)
    window.library.search.setText("không có bài nào")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(second), ""))
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        window.actions["open_store"].trigger()
    assert window.library.search.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    # One click on the Title header sorts a-z (not twice, once per store opened).
    titles = lambda: [  # noqa: E731
        window.model.index(r, window.model.TITLE).data() for r in range(window.model.rowCount())
    ]
    header = window.library.view.horizontalHeader()
    header.sectionClicked.emit(window.model.TITLE)
    assert window.model.order == "title" and not window.model.newest_first
    assert titles() == ["Ấm trà Bát Tràng", "Lụa Vạn Phúc giữ nghề"]
    assert second_id in window.model.ids


def test_new_store_creates_an_empty_store_and_the_old_one_keeps_its_words(
    qtbot, make_window, two_stores, monkeypatch, tmp_path
):
    first, first_id, _second, _second_id = two_stores
    window = make_window(first)
    window.library.select(first_id)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    type_at_end(qtbot, window, " Trước khi đổi kho.")
    asked = []

    def save_dialog(parent, caption, folder, filters, *args, **kwargs):
        asked.append((caption, folder, kwargs.get("options")))
        return str(tmp_path / "kho mới"), ""  # typed without an extension

    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_dialog)
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        window.actions["new_store"].trigger()
    assert asked and Path(asked[0][1]) == first.parent
    assert asked[0][0] == "New store"
    created = tmp_path / "kho mới.sqlite"
    assert created.is_file()
    assert_usable(window, created, article=False)  # an empty store: nothing to edit yet
    assert window.model.rowCount() == 0 and window.editor.article is None
    assert stored(first, first_id) == "Lò gốm đỏ lửa. Trước khi đổi kho."

    window.actions["new"].trigger()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    assert_usable(window, created)
    type_text(window.editor.title_edit, "Bài đầu tiên ở kho mới")
    wait_saved(qtbot, window)
    repo = Repository.open(created, create=False)
    assert [repo.get(i).title for i in repo.list_ids()] == ["Bài đầu tiên ở kho mới"]
    repo.close()
    repo = Repository.open(first, create=False)
    assert len(repo.list_ids()) == 1  # the new article went to the new store only
    repo.close()


def test_new_store_refuses_a_file_that_is_not_a_store_and_stays_on_the_open_one(
    qtbot, make_window, two_stores, monkeypatch, tmp_path
):
    first, first_id, second, _second_id = two_stores
    notes = tmp_path / "ghi-chu.txt"
    notes.write_text("Ghi chú phỏng vấn, không phải kho.", encoding="utf-8")
    window = make_window(first)
    window.library.select(first_id)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(notes), ""))
    refused = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: refused.append((title, text))
    )
    ready = []
    window.storeReady.connect(lambda: ready.append(True))
    window.actions["new_store"].trigger()
    qtbot.waitUntil(lambda: bool(refused), timeout=20000)
    title, text = refused[0]
    assert "ghi-chu.txt" in text and "not an LNV Editor store" in text and "not changed" in text
    assert notes.read_text(encoding="utf-8") == "Ghi chú phỏng vấn, không phải kho."
    assert not ready
    # Still working in the first store, nothing greyed out.
    assert_usable(window, first)
    assert window.editor.article.id == first_id
    assert "Still working in the store toa-soan.sqlite" in window.statusBar().currentMessage()
    type_at_end(qtbot, window, " Vẫn lưu được.")
    wait_saved(qtbot, window)
    assert stored(first, first_id) == "Lò gốm đỏ lửa. Vẫn lưu được."

    # An existing store chosen in New store… is opened as it is, never replaced.
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(second), ""))
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        window.actions["new_store"].trigger()
    assert_usable(window, second)
    assert window.model.rowCount() == 1
    assert "nothing was replaced" in window.statusBar().currentMessage()


def test_opening_the_store_already_open_changes_nothing(
    qtbot, make_window, two_stores, monkeypatch
):
    first, first_id, *_ = two_stores
    window = make_window(first)
    window.library.select(first_id)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    repo, hub = window.repo, window.hub
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(first), ""))
    window.actions["open_store"].trigger()
    assert window.repo is repo and window.hub is hub and not window.store_link.is_opening()
    assert "is the store open now" in window.statusBar().currentMessage()
    assert window.editor.article.id == first_id


def test_recent_stores_tell_same_names_apart_by_folder(qtbot, make_window, tmp_path):
    office, home = tmp_path / "Tòa soạn", tmp_path / "Cá nhân"
    office.mkdir()
    home.mkdir()
    make_store(office / "kho.sqlite", "Ở tòa soạn", "Một.")
    make_store(home / "kho.sqlite", "Ở nhà", "Hai.")
    config = Config(tmp_path / "settings.json")
    remember(config, tmp_path / "khac.sqlite")
    window = make_window(home / "kho.sqlite", config)
    remember(window.config, office / "kho.sqlite")
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        window.open_store(office / "kho.sqlite")
    menu = window.recent_menu
    assert menu.toolTipsVisible()
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.objectName().startswith("recent_") and a.data()]
    assert [a.text() for a in entries] == [
        "&1 kho.sqlite — Tòa soạn",
        "&2 kho.sqlite — Cá nhân",
        "&3 khac.sqlite (missing)",
    ]
    assert [a.toolTip() for a in entries[:2]] == [
        str((office / "kho.sqlite").resolve()),
        str((home / "kho.sqlite").resolve()),
    ]
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        entries[1].trigger()
    assert_usable(window, (home / "kho.sqlite").resolve())
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    assert window.editor.title_edit.text() == "Ở nhà"


def test_text_that_cannot_be_saved_is_never_dropped_to_switch_stores(
    qtbot, make_window, two_stores, monkeypatch
):
    first, first_id, second, _second_id = two_stores
    window = make_window(first)
    window.library.select(first_id)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    repo = window.repo

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(repo, "save", disk_full)  # the fault: the disk fills up
    type_at_end(qtbot, window, " Câu chưa lưu được.")
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(second), ""))
    ready = []
    window.storeReady.connect(lambda: ready.append(True))
    window.actions["open_store"].trigger()
    qtbot.waitUntil(lambda: "was not opened" in window.statusBar().currentMessage(), timeout=20000)
    assert not ready and window.repo is repo
    assert window.editor.body_edit.toPlainText() == "Lò gốm đỏ lửa. Câu chưa lưu được."
    assert window.autosaver.is_dirty() and window.library.isEnabled()

    monkeypatch.undo()  # space again: Ctrl+S saves, and the switch goes ahead
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(second), ""))
    wait_saved(qtbot, window)
    assert stored(first, first_id) == "Lò gốm đỏ lửa. Câu chưa lưu được."
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        window.actions["open_store"].trigger()
    assert_usable(window, second)


def test_a_store_open_in_another_window_shares_its_connections(
    qtbot, make_window, two_stores, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    first, first_id, second, _second_id = two_stores
    window = make_window(first)
    window.library.select(first_id)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    window.actions["new_window"].trigger()
    other = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "mainWindow" and w is not window and w.isVisible()
    )
    qtbot.waitUntil(lambda: other.repo is window.repo, timeout=5000)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(second), ""))
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        window.actions["open_store"].trigger()
    assert other.repo.path == first and window.repo.path == second
    other.library.select(first_id)
    qtbot.waitUntil(lambda: other.editor.article is not None, timeout=5000)
    # Back to the first store: the other window's connections, not a second set.
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(first), ""))
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        window.actions["open_store"].trigger()
    assert window.hub is other.hub and window.repo is other.repo
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    assert window.editor.article.id == first_id  # the article open in the store's window
    assert_usable(window, first)
    other.close()  # the store stays open for this window
    type_at_end(qtbot, window, " Sau khi đóng cửa sổ kia.")
    wait_saved(qtbot, window)
    assert stored(first, first_id) == "Lò gốm đỏ lửa. Sau khi đóng cửa sổ kia."


def test_recent_labels_show_as_much_folder_as_tells_same_names_apart():
    from lnv_editor.gui.window.recent import labels

    paths = [
        Path("/home/lan/Tòa soạn/kho.sqlite"),
        Path("/media/usb/Tòa soạn/kho.sqlite"),
        Path("/home/lan/Cá nhân/kho.sqlite"),
        Path("/home/lan/riêng.sqlite"),
    ]
    assert labels(paths) == [
        "kho.sqlite — lan/Tòa soạn",
        "kho.sqlite — usb/Tòa soạn",
        "kho.sqlite — lan/Cá nhân",
        "riêng.sqlite",
    ]


def test_an_older_store_says_it_is_upgrading_and_is_searchable_once_open(
    qtbot, make_window, two_stores, tmp_path, monkeypatch
):
    """A store of an earlier version is upgraded as it opens (a large archive's new search
    indexes take minutes): the status bar says so, not "opening", and what it says of a
    store of this version stays "opening"."""
    first, _, second, _ = two_stores
    window = make_window(first)
    old = tmp_path / "kho-cu.sqlite"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "store_0017.sqlite", old)
    for path, said, unsaid in (
        (old, "Upgrading the store kho-cu.sqlite for this version", "Opening"),
        (second, "Opening the store ca-nhan.sqlite", "Upgrading"),
    ):
        monkeypatch.setattr(
            file_dialogs, "get_open_file_name", lambda *a, p=path, **k: (str(p), "")
        )
        with qtbot.waitSignal(window.storeReady, timeout=30000):
            window.actions["open_store"].trigger()
            message = window.statusBar().currentMessage()
        assert said in message and unsaid not in message
        assert ("a few minutes" in message) == (path == old)
        assert_usable(window, path, article=False)
    # The upgraded store: at this version, its articles found by a phrase typed on.
    window.open_store(old)
    qtbot.waitUntil(lambda: window.repo is not None and window.repo.path == old, timeout=30000)
    assert probe(old).revision == schema.HEAD
    panel = window.library
    type_text(panel.search, "khuyến công thanh h")
    qtbot.waitUntil(
        lambda: panel.model.query == "khuyến công thanh h" and panel.model.rowCount() == 1,
        timeout=5000,
    )
    assert panel.model.index(0, LibraryModel.TITLE).data() == "Khuyến công Thanh Hoá hỗ trợ máy dệt"
