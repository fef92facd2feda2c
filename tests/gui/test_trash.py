"""Deleting articles as a user does: Delete key, menu, context menu; Ctrl+Z; the trash view;
emptying the trash; an open article moved to the trash from another window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from typing_helpers import type_text

from lnv_editor.store.repository import Repository


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "store.sqlite"
    repo = Repository.open(path)
    ids = [
        repo.create(title=title, section="Làng nghề").id
        for title in ("Gốm Bát Tràng", "Lụa Vạn Phúc", "", "")
    ]
    repo.tags.set_related(ids[0], [ids[2]])
    repo.close()
    return path, ids


def titles(panel):
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def listed(panel):
    return sorted(panel.model.ids)


def select_ids(panel, ids):
    panel.view.clearSelection()
    selection = panel.view.selectionModel()
    for i, article_id in enumerate(ids):
        index = panel.model.index(panel.model.row_of(article_id), 0)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        if i == 0:
            flags |= QItemSelectionModel.SelectionFlag.Current
        selection.setCurrentIndex(index, flags) if i == 0 else selection.select(index, flags)


def focus(qtbot, widget):
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def choose_in_menu(qtbot, name):
    """When the context menu pops up, the user picks the action named *name* (arrow keys and
    Enter); returns the names of the actions the menu offered."""
    offered = []

    def pick():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)
            return
        actions = [a for a in menu.actions() if not a.isSeparator()]
        offered.extend(a.objectName() for a in actions)
        chosen = next((a for a in actions if a.objectName() == f"action_{name}"), None)
        if chosen is None or not chosen.isEnabled():
            menu.close()
            return
        menu.setActiveAction(chosen)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    return offered


def test_delete_key_trashes_the_selection_in_one_step_and_ctrl_z_brings_it_back(
    qtbot, make_window, store
):
    path, (bat_trang, van_phuc, blank1, blank2) = store
    window = make_window(path)
    panel = window.library
    window.library.select(blank1)
    assert window.editor.article.id == blank1
    type_text(window.editor.body_edit, "Chữ chưa kịp lưu")  # pending autosave
    seen = []
    window.repo.writes.subscribe(lambda change: seen.append(change))
    select_ids(panel, [blank1, blank2])
    focus(qtbot, panel.view)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: listed(panel) == sorted([bat_trang, van_phuc]), timeout=3000)
    deletions = [c for c in seen if "deleted" in c.parts]
    assert len(deletions) == 1 and deletions[0].article_ids == {blank1, blank2}  # one transaction
    # The open article was trashed: its pending text was saved first, then the editor closed.
    assert window.repo.get(blank1).body == "Chữ chưa kịp lưu"
    qtbot.waitUntil(lambda: window.editor.article is None, timeout=3000)
    assert window.autosaver.article_id is None
    assert window.repo.list_ids(trash=True) and sorted(window.repo.list_ids(trash=True)) == sorted(
        [blank1, blank2]
    )
    focus(qtbot, panel.view)
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: listed(panel) == sorted([bat_trang, van_phuc, blank1, blank2]), timeout=3000
    )
    assert window.repo.list_ids(trash=True) == []
    qtbot.keyClick(panel.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: listed(panel) == sorted([bat_trang, van_phuc]), timeout=3000)
    # Delete in a text field still deletes text, never articles.
    window.library.select(bat_trang)
    window.editor.title_edit.setFocus()
    window.editor.title_edit.setCursorPosition(0)
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_Delete)
    assert window.editor.title_edit.text() == "ốm Bát Tràng" and bat_trang in panel.model.ids


def test_menu_and_context_menu_trash_and_the_trash_view_restores(qtbot, make_window, store):
    path, (bat_trang, van_phuc, blank1, blank2) = store
    window = make_window(path)
    panel = window.library
    menu_texts = [a.objectName() for m in window.menuBar().actions() for a in m.menu().actions()]
    assert {"action_trash", "action_empty_trash"} <= set(menu_texts)
    select_ids(panel, [blank1])
    window.actions["trash"].trigger()  # Sửa → Chuyển vào thùng rác
    qtbot.waitUntil(lambda: blank1 not in panel.model.ids, timeout=3000)
    select_ids(panel, [blank2])
    offered = choose_in_menu(qtbot, "trash")
    rect = panel.view.visualRect(panel.model.index(panel.model.row_of(blank2), 0))
    panel.view.customContextMenuRequested.emit(rect.center())
    assert "action_trash" in offered
    qtbot.waitUntil(lambda: blank2 not in panel.model.ids, timeout=3000)
    # Links to a trashed story show as broken.
    assert [r.broken for r in window.repo.tags.related(bat_trang)] == [True]
    # The trash is a library view of its own.
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("__trash__"))
    qtbot.waitUntil(lambda: listed(panel) == sorted([blank1, blank2]), timeout=3000)
    opened = window.editor.article.id if window.editor.article else None
    select_ids(panel, [blank1])
    assert (
        window.editor.article.id if window.editor.article else None
    ) == opened  # not opened for editing
    offered = choose_in_menu(qtbot, "restore")
    panel.view.customContextMenuRequested.emit(QPoint(5, 5))
    assert "action_trash" not in offered and "action_empty_trash" in offered
    qtbot.waitUntil(lambda: listed(panel) == [blank2], timeout=3000)
    panel.status_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: blank1 in panel.model.ids, timeout=3000)
    assert [r.broken for r in window.repo.tags.related(bat_trang)] == [False]


def test_emptying_the_trash_asks_first_and_cannot_be_undone(qtbot, make_window, store, monkeypatch):
    path, (bat_trang, van_phuc, blank1, blank2) = store
    window = make_window(path)
    panel = window.library
    select_ids(panel, [blank1, blank2])
    window.actions["trash"].trigger()
    asked = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    window.actions["empty_trash"].trigger()
    assert sorted(window.repo.list_ids(trash=True)) == sorted(
        [blank1, blank2]
    )  # cancelled: nothing lost
    assert "2" in asked[0] and ("undo" in asked[0].lower() or "Ctrl+Z" in asked[0])
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.actions["empty_trash"].trigger()
    assert window.repo.list_ids(trash=True) == [] and window.repo.count() == 2
    qtbot.waitUntil(lambda: sorted(panel.model.ids) == sorted([bat_trang, van_phuc]), timeout=3000)
    assert [r.broken for r in window.repo.tags.related(bat_trang)] == [True]
    focus(qtbot, panel.view)
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.repo.count() == 2 and sorted(panel.model.ids) == sorted([bat_trang, van_phuc])


def test_article_open_in_another_window_closes_cleanly_when_trashed(qtbot, make_window, store):
    path, (bat_trang, van_phuc, blank1, blank2) = store
    first = make_window(path)
    first.new_window()
    second = next(
        w
        for w in QApplication.topLevelWidgets()
        if w is not first and w.objectName() == "mainWindow" and w.isVisible()
    )
    qtbot.waitUntil(lambda: second.repo is not None, timeout=5000)
    second.library.select(van_phuc)
    type_text(second.editor.body_edit, "Đoạn của cửa sổ thứ hai")
    select_ids(first.library, [van_phuc])
    first.actions["trash"].trigger()
    qtbot.waitUntil(lambda: second.editor.article is None, timeout=3000)
    assert first.repo.get(van_phuc).body == "Đoạn của cửa sổ thứ hai"  # flushed first, nothing lost
    assert van_phuc not in second.library.model.ids
    assert not second.editor.title_edit.isEnabled() or second.editor.title_edit.text() == ""
    second.close()


def test_the_undo_step_is_named_in_vietnamese_with_its_count(qtbot, make_window, store):
    """The Edit menu names the step the user can undo: in Vietnamese, with the number of
    articles (the string was once invisible to lupdate and shown in English)."""
    from lnv_editor.i18n import install_translators

    path, (bat_trang, van_phuc, blank1, blank2) = store
    try:
        assert install_translators("vi")
        window = make_window(path)
        panel = window.library
        select_ids(panel, [blank1, blank2])
        focus(qtbot, panel.view)
        qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: listed(panel) == sorted([bat_trang, van_phuc]), timeout=3000)
        assert window.trash.undo_stack.undoText() == "Chuyển 2 bài vào thùng rác"
        assert "article" not in window.trash.undo_stack.undoText()
    finally:
        install_translators("en")
    assert window.trash.command_text(1, restore=True) == "Restore 1 article from the trash"
    assert window.trash.command_text(3, restore=False) == "Move 3 articles to the trash"
