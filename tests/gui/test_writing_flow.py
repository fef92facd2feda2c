"""Writing flow (issue 15, section 3): the keyboard's way through the window, the province
picker, suggestions following the store, and what the window shows after new, delete, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar
from typing_helpers import type_text

from lnv_editor.store.repository import Repository

CTRL = Qt.KeyboardModifier.ControlModifier


def _store(tmp_path, n=4):
    path = tmp_path / "store.sqlite"
    repo = Repository.open(path)
    ids = [
        repo.create(title=f"Bài {i} về làng gốm", lead="Sapo.", body="một hai ba").id
        for i in range(n)
    ]
    repo.close()
    return path, ids


def _focus(qtbot, widget):
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


def _tab(qtbot, backwards=False):
    widget = QApplication.focusWidget()
    if backwards:
        qtbot.keyClick(widget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def _name(widget):
    while widget is not None and not widget.objectName():
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else None


def test_tab_leaves_the_library_for_the_form_and_arrows_move_in_it(qtbot, make_window, tmp_path):
    path, _ids = _store(tmp_path)
    window = make_window(path)
    view = window.library.view
    window.library.select(window.library.model.ids[0])
    qtbot.waitUntil(lambda: window.editor.article is not None)
    opened = window.editor.article.id
    _focus(qtbot, view)
    chain = [_name(_tab(qtbot)) for _ in range(7)]
    assert chain[:6] == [
        "titleEdit",
        "leadEdit",
        "bylineEdit",
        "sectionCombo",
        "statusCombo",
        "bodyEdit",
    ], chain
    # ... then the panels (the docks on the right: their tab bar, whose arrows pick a panel,
    # or a panel's own field), never back into the library.
    dock_names = {"photoDock", "placesDock", "reviewDock"}
    focused = widget = QApplication.focusWidget()
    while widget is not None and widget.objectName() not in dock_names:
        widget = widget.parentWidget()
    docks_tabs = isinstance(focused, QTabBar) and focused.parentWidget() is window
    assert widget is not None or docks_tabs, (chain, focused)
    if docks_tabs:
        assert {focused.tabText(i) for i in range(focused.count())} == {
            window.photo_dock.windowTitle(),
            window.places_dock.windowTitle(),
            window.review_dock.windowTitle(),
        }
    assert window.editor.article.id == opened  # no Tab opened another article
    assert window.editor.body_edit.toPlainText() == "một hai ba"  # Tab typed nothing
    # Shift+Tab from the title goes back to the library.
    _focus(qtbot, window.editor.title_edit)
    assert _tab(qtbot, backwards=True) is view
    # Arrows move within the list: Down opens the next article.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.editor.article.id == window.library.model.ids[1])
    assert view.hasFocus()


def test_twelve_tabs_from_the_library_open_no_other_article(qtbot, make_window, tmp_path):
    path, _ids = _store(tmp_path)
    window = make_window(path)
    window.library.select(window.library.model.ids[0])
    qtbot.waitUntil(lambda: window.editor.article is not None)
    opened = window.editor.article.id
    _focus(qtbot, window.library.view)
    for _ in range(12):
        _tab(qtbot)
    assert window.editor.article.id == opened
    assert window.library.current_id() == opened


def _places(qtbot, window):
    window.places_dock.show()
    window.places_dock.raise_()
    panel = window.places_panel
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    return panel


def test_province_picker_keeps_the_focus_for_the_next_name(qtbot, make_window, tmp_path):
    path, _ids = _store(tmp_path)
    window = make_window(path)
    window.library.select(window.library.model.ids[0])
    qtbot.waitUntil(lambda: window.editor.article is not None)
    panel = _places(qtbot, window)
    _focus(qtbot, panel.picker)
    type_text(panel.picker, "thanh hoa")
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.tag_codes() != [], timeout=3000)
    assert panel.picker.hasFocus()
    assert panel.picker.text() == ""
    # The next name typed goes into the field, not to the chip list.
    type_text(QApplication.focusWidget(), "hue")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(panel.tag_codes()) == 2, timeout=3000)
    assert panel.picker.hasFocus()
    assert [panel.province_label(c) for c in panel.tag_codes()] == ["Thanh Hóa", "Huế"]
    stored = [t.code for t in window.repo.tags.provinces(window.editor.article.id)]
    assert stored == panel.tag_codes()


def test_related_suggestions_follow_the_title_and_the_tags(qtbot, make_window, tmp_path):
    """With a title written and two provinces tagged, the suggestions show what the store
    (and the command line's ``suggest``) finds, without touching the search box."""
    path = tmp_path / "store.sqlite"
    repo = Repository.open(path)
    for i in range(4):
        other = repo.create(title=f"Gốm Bát Tràng xuất khẩu {i}", lead="Làng gốm.")
        repo.tags.set_provinces(other.id, [("01", "Hà Nội")])
    for i in range(4):
        other = repo.create(title=f"Chiếu cói Nga Sơn {i}", lead="Làng cói.")
        repo.tags.set_provinces(other.id, [("38", "Thanh Hóa")])
    repo.close()
    window = make_window(path)
    panel = _places(qtbot, window)
    window.actions["new"].trigger()
    qtbot.waitUntil(lambda: window.editor.article is not None)
    assert panel.results.count() == 0
    assert "No suggestion yet" in panel.results_label.text()
    type_text(window.editor.title_edit, "Gốm Bát Tràng vào mùa Tết")
    # The title reaches the store (autosave), the change record arrives: suggestions follow.
    qtbot.waitUntil(lambda: panel.results.count() == 4, timeout=5000)
    assert panel.results_label.text() == "Suggested stories"
    assert panel.search.text() == ""
    _focus(qtbot, panel.picker)
    for name in ("ha noi", "thanh hoa"):
        type_text(panel.picker, name)
        qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.results.count() == 8, timeout=5000)
    expected = [i for i, _s in window.repo.search.suggest_related(window.editor.article.id)]
    shown = [panel.results.item(r).data(Qt.ItemDataRole.UserRole) for r in range(8)]
    assert shown == expected[:8]


def test_ctrl_n_selects_the_new_article_in_the_library(qtbot, make_window, tmp_path):
    path, ids = _store(tmp_path)
    window = make_window(path)
    window.library.select(ids[1])
    qtbot.waitUntil(lambda: window.editor.article is not None)
    created = lambda change: "created" in change.parts  # noqa: E731
    with qtbot.waitSignal(window.hub.changed, check_params_cb=created, timeout=3000):
        # Ctrl is still held when the window selects the new row: it must not toggle it.
        qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    new_id = window.editor.article.id
    assert new_id not in ids
    # Selected at once, and still once the list has followed the change record.
    qtbot.waitUntil(lambda: window.library.model.rowCount() == len(ids) + 1, timeout=3000)
    assert window.library.selected_ids() == [new_id]
    assert window.library.current_id() == new_id
    assert window.editor.title_edit.hasFocus()


def test_delete_clears_the_word_count_and_ctrl_z_the_trash_message(qtbot, make_window, tmp_path):
    path, ids = _store(tmp_path)
    window = make_window(path)
    view = window.library.view
    window.library.select(ids[0])
    qtbot.waitUntil(lambda: window.editor.article is not None)
    qtbot.waitUntil(lambda: "3 words" in window.stats_label.text(), timeout=3000)
    _focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.editor.article is None, timeout=3000)
    assert "trash" in window.statusBar().currentMessage()
    assert "word" not in window.stats_label.text()  # no article open: no count of the old one
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: ids[0] in window.library.model.ids, timeout=3000)
    assert "trash" not in window.statusBar().currentMessage()
