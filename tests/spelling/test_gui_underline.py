"""The red wavy underline in the editor's fields, its menu, fixes as one undo step, and the
newsroom dictionary through the store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from spelling_helpers import new_article as _new_article
from spelling_helpers import point_of as _point_of
from spelling_helpers import underlined as _underlined
from typing_helpers import type_text

from lnv_editor.store.changes import Part


def test_typed_mistakes_are_underlined_and_correct_words_are_not(qtbot, spell_window):
    window = spell_window
    _new_article(qtbot, window)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "## Nghành gốm\n\nLàng gốm hòa hoà Bát Tràng.")
    text = body.toPlainText()
    start = text.index("Nghành")
    assert all(_underlined(body, start, start + 6))
    # the Markdown heading keeps its bold under the underline
    block = body.document().firstBlock()
    weights = [
        r.format.fontWeight() for r in block.layout().formats() if r.start <= 3 < r.start + r.length
    ]
    assert weights and max(weights) > 400
    ok = text.index("Làng")
    assert not any(_underlined(body, ok, len(text)))
    lead = window.editor.lead_edit
    lead.setFocus()
    type_text(lead, "Bác sĩ chuẩn đoán sớm.")
    s = lead.toPlainText().index("chuẩn đoán")
    assert all(_underlined(lead, s, s + len("chuẩn đoán")))


def _checked(qtbot, edit) -> None:
    """Wait until typing has paused long enough for the typed paragraph to be checked."""
    layer = next(layer for layer in edit.highlighter.layers if hasattr(layer, "check_pending"))
    qtbot.waitUntil(lambda: not layer.check_pending(), timeout=3000)


def test_the_word_being_typed_is_underlined_only_once_the_cursor_leaves_it(qtbot, spell_window):
    """ "ngh" on its way to "nghề" is no mistake yet: the word at the cursor of the field being
    typed in stays plain while the other mistakes of its line stay underlined; a space, an
    arrow key, a click elsewhere or the focus leaving the field underlines it if it is wrong.
    While keys come, the line is not checked again: its underlines move with the text, and the
    check comes once typing pauses."""
    window = spell_window
    _new_article(qtbot, window)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "Nghành gốm, làng ngh")
    _checked(qtbot, body)
    text = body.toPlainText()
    old, typing = text.index("Nghành"), text.index("ngh")
    assert all(_underlined(body, old, old + 6))  # an earlier mistake of the line
    assert not any(_underlined(body, typing, typing + 3))  # the word being typed
    # Typed before the mistake: its underline moves with it at once, before any check.
    cursor = body.textCursor()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    type_text(body, " ")
    assert body.highlighter.layers[-1].check_pending()
    assert all(_underlined(body, old + 1, old + 7)) and not any(_underlined(body, 0, old + 1))
    type_text(body, "Ở")  # joined to it: " ỞNghành", now the word being typed
    _checked(qtbot, body)
    assert not any(_underlined(body, 0, old + 8))
    type_text(body, " ")
    _checked(qtbot, body)
    assert body.toPlainText().startswith(" Ở Nghành")
    assert all(_underlined(body, old + 3, old + 9)) and not any(_underlined(body, 0, old + 3))
    body.moveCursor(QTextCursor.MoveOperation.End)
    typing = body.toPlainText().index("ngh")
    type_text(body, "ề")
    _checked(qtbot, body)
    assert not any(_underlined(body, typing, len(body.toPlainText())))
    type_text(body, " nge")
    _checked(qtbot, body)
    typing = body.toPlainText().index("nge")
    assert not any(_underlined(body, typing, typing + 3))
    qtbot.keyClick(body, Qt.Key.Key_Left)  # still in the word
    assert not any(_underlined(body, typing, typing + 3))
    qtbot.keyClick(body, Qt.Key.Key_Home)  # left it, nothing typed
    assert all(_underlined(body, typing, typing + 3))
    assert not any(_underlined(body, body.toPlainText().index("gốm"), typing - 1))
    # Typed again at its end, then the focus leaves for the lead.
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " sử lí")
    _checked(qtbot, body)
    typing = body.toPlainText().index("lí")
    assert not any(_underlined(body, typing, typing + 2))
    window.editor.lead_edit.setFocus()
    qtbot.waitUntil(lambda: all(_underlined(body, typing, typing + 2)))
    # A field not being typed in underlines wherever its cursor is.
    body.setPlainText("nge")
    assert all(_underlined(body, 0, 3))


def test_menu_explains_offers_fixes_and_a_fix_is_one_undo_step(qtbot, spell_window):
    window = spell_window
    _new_article(qtbot, window)
    body = window.editor.body_edit
    body.setPlainText("Người dân nge tin bão.")
    menu = window.spelling.menu_for(body, _point_of(body, body.toPlainText().index("nge") + 1))
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    assert names[0] == "spellingExplanation"
    assert "ngh" in menu.actions()[0].text()
    fixes = [a for a in menu.actions() if a.objectName() == "spellingFix"]
    assert [a.text() for a in fixes] == ["nghe"]
    assert "spellingIgnore" in names and "spellingAdd" in names
    fixes[0].trigger()
    assert body.toPlainText() == "Người dân nghe tin bão."
    body.undo()
    assert body.toPlainText() == "Người dân nge tin bão."
    # a correct word has no spelling menu: the field's own menu stays
    assert window.spelling.menu_for(body, _point_of(body, 2)) is None


def test_add_to_newsroom_dictionary_goes_through_the_store(qtbot, spell_window):
    window = spell_window
    _new_article(qtbot, window)
    body = window.editor.body_edit
    body.setPlainText("Xóm Kà Rò có nghề rèn.")
    assert all(_underlined(body, 4, 6))
    changes = []
    window.hub.changed.connect(changes.append)
    menu = window.spelling.menu_for(body, _point_of(body, 5))
    add = next(a for a in menu.actions() if a.objectName() == "spellingAdd")
    add.trigger()
    qtbot.waitUntil(lambda: any(Part.DICTIONARY in c.parts for c in changes))
    assert window.repo.dictionary.words() == ["Kà"]
    qtbot.waitUntil(lambda: not any(_underlined(body, 4, 6)))


def test_ignore_hides_the_word_for_the_session_only(qtbot, spell_window):
    window = spell_window
    _new_article(qtbot, window)
    body = window.editor.body_edit
    body.setPlainText("hòang hôn")
    menu = window.spelling.menu_for(body, _point_of(body, 2))
    next(a for a in menu.actions() if a.objectName() == "spellingIgnore").trigger()
    assert not any(_underlined(body, 0, 5))
    assert window.repo.dictionary.words() == []


def test_the_check_after_a_pause_is_no_edit(qtbot, spell_window):
    """The check once typing pauses only draws: the article is not edited again by it (no
    autosave, preview or suggestion follows a new underline), and the cursor leaving a word
    is no edit either."""
    window = spell_window
    _new_article(qtbot, window)
    body = window.editor.body_edit
    type_text(body, "Làng Nghành gốm ")
    edits = []
    window.editor.edited.connect(lambda: edits.append(1))
    _checked(qtbot, body)
    start = body.toPlainText().index("Nghành")
    assert all(_underlined(body, start, start + 6))
    type_text(body, "nge")
    del edits[:]
    qtbot.keyClick(body, Qt.Key.Key_Home)  # leaves "nge": underlined at once
    end = len(body.toPlainText())
    assert all(_underlined(body, end - 3, end))
    assert edits == []
