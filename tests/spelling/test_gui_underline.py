"""The red wavy underline in the editor's fields, its menu, fixes as one undo step, and the
newsroom dictionary through the store."""

from __future__ import annotations

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
