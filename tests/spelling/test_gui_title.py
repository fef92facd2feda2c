"""The title field checks spelling like the lead and the body: the red wavy underline, the
menu, a fix as one undo step; and it stays one line (Enter moves on, pasted breaks are spaces)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from spelling_helpers import new_article as _new_article
from spelling_helpers import point_of as _point_of
from spelling_helpers import underlined as _underlined
from typing_helpers import type_text

from lnv_editor.store.changes import Part


def test_a_misspelt_title_is_underlined_and_a_correct_one_is_not(qtbot, spell_window):
    window = spell_window
    _new_article(qtbot, window)
    title = window.editor.title_edit
    type_text(title, "Nghành gốm Bát Tràng")
    assert title.text() == "Nghành gốm Bát Tràng"
    assert all(_underlined(title, 0, 6))
    assert not any(_underlined(title, 7, len(title.text())))
    title.selectAll()
    type_text(title, "Ngành gốm Bát Tràng")
    assert title.text() == "Ngành gốm Bát Tràng"
    assert not any(_underlined(title, 0, len(title.text())))


def test_a_fix_from_the_title_menu_is_one_undo_step(qtbot, spell_window):
    window = spell_window
    _new_article(qtbot, window)
    title = window.editor.title_edit
    type_text(title, "Bac si chuẩn đoán sớm")
    title.setText("Bác sĩ chuẩn đoán sớm")
    menu = window.spelling.menu_for(title, _point_of(title, title.text().index("chuẩn") + 2))
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    assert names[0] == "spellingExplanation" and menu.actions()[0].text()
    assert {"spellingIgnore", "spellingAdd"} <= set(names)
    fixes = [a for a in menu.actions() if a.objectName() == "spellingFix"]
    assert 1 <= len(fixes) <= 5 and fixes[0].text() == "chẩn đoán"
    fixes[0].trigger()
    assert title.text() == "Bác sĩ chẩn đoán sớm"
    assert "\n" not in title.toPlainText()
    title.undo()
    assert title.text() == "Bác sĩ chuẩn đoán sớm"
    # A correct word keeps the field's own menu.
    assert window.spelling.menu_for(title, _point_of(title, 1)) is None


def test_add_to_the_dictionary_from_the_title(qtbot, spell_window):
    window = spell_window
    _new_article(qtbot, window)
    title = window.editor.title_edit
    title.setText("Xóm Kà Rò giữ nghề rèn")
    assert all(_underlined(title, 4, 6))
    changes = []
    window.hub.changed.connect(changes.append)
    menu = window.spelling.menu_for(title, _point_of(title, 5))
    next(a for a in menu.actions() if a.objectName() == "spellingAdd").trigger()
    qtbot.waitUntil(lambda: any(Part.DICTIONARY in c.parts for c in changes))
    qtbot.waitUntil(lambda: not any(_underlined(title, 4, 6)))


def test_enter_moves_on_to_the_lead_and_adds_no_line(qtbot, spell_window):
    window = spell_window
    _new_article(qtbot, window)
    title = window.editor.title_edit
    type_text(title, "Gom Bat Trang")
    with qtbot.waitSignal(title.returnPressed):
        qtbot.keyClick(title, Qt.Key.Key_Return)
    assert title.text() == "Gom Bat Trang"
    assert title.document().blockCount() == 1
    assert window.editor.lead_edit.hasFocus()
    title.setFocus()
    for modifier in (Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(title, Qt.Key.Key_Enter, modifier)
    assert title.document().blockCount() == 1


def test_pasted_lines_become_one_line_in_one_undo_step(qtbot, spell_window):
    window = spell_window
    _new_article(qtbot, window)
    title = window.editor.title_edit
    type_text(title, "Tin: ")
    QGuiApplication.clipboard().setText("Làng gốm\r\nBát Tràng\n\n  vào Tết\u2029")
    title.setFocus()
    title.paste()
    assert title.text() == "Tin: Làng gốm Bát Tràng vào Tết"
    assert title.document().blockCount() == 1
    title.undo()
    assert title.text() == "Tin: "
    # A drop, decomposed: the same, in NFC.
    data = QMimeData()
    data.setText("Ho\u0300a\nBi\u0300nh")
    title.insertFromMimeData(data)
    assert title.text() == "Tin: Hòa Bình"


def test_the_saved_title_is_the_one_shown(qtbot, spell_window):
    window = spell_window
    _new_article(qtbot, window)
    title = window.editor.title_edit
    QGuiApplication.clipboard().setText("Lụa Vạn Phúc\ngiữ nghề")
    title.setFocus()
    title.paste()
    article_id = window.editor.article.id
    qtbot.waitUntil(lambda: window.repo.get(article_id).title == title.text(), timeout=5000)
    assert window.repo.get(article_id).title == "Lụa Vạn Phúc giữ nghề"
    # The window's caption follows (it reads the same field).
    qtbot.waitUntil(lambda: "Lụa Vạn Phúc giữ nghề" in window.windowTitle(), timeout=3000)
    assert QApplication.focusWidget() is title


def test_the_title_is_as_tall_as_a_line_edit_and_shows_its_start(qtbot, spell_window):
    window = spell_window
    _new_article(qtbot, window)
    editor = window.editor
    title = editor.title_edit
    assert title.placeholderText()
    from PySide6.QtWidgets import QLineEdit

    probe = QLineEdit()
    probe.setFont(title.font())
    assert title.height() == probe.sizeHint().height()
    title.setText("Một tựa bài rất dài " * 12)
    title.setCursorPosition(0)
    assert title.cursorRect().left() < 8
    assert title.cursorRect().bottom() <= title.viewport().height()
