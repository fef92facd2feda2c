"""What the formatting toolbar makes renders as what it says (issue 15, section 3).

A reporter types lines with Enter, as in any word processor, then applies a toolbar action
(by its shortcut, with the focus in the body) to the first, a middle or the last line of that
paragraph, or to a word at its start, middle or end. The body is then rendered by the one
renderer the preview and the export share (block by block, and whole), and the HTML must have
the structure the action names: a list is ``<ul><li>``, never a run-on ``<p>`` with "- " in it.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from typing_helpers import type_text

from lnv_editor.render.blocks import shared_renderer
from lnv_editor.render.markdown_body import render_body

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
LINES = ["Làng nghề gốm Bát Tràng", "Các sản phẩm chính", "Chum vại và lu"]
POSITIONS = {"start": 0, "middle": 1, "end": 2}


class _Outline(HTMLParser):
    """The top-level elements of an HTML fragment: [(tag, text, [child tags])]."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[list] = []
        self.depth = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "div" and dict(attrs).get("class") == "md-block":
            return  # the preview's block wrapper
        if self.depth == 0:
            self.items.append([tag, "", []])
        else:
            self.items[-1][2].append(tag)
        self.depth += 1

    def handle_endtag(self, tag) -> None:
        if tag == "div" and self.depth == 0:
            return
        self.depth -= 1

    def handle_data(self, data) -> None:
        if self.depth and self.items:
            self.items[-1][1] += data


def outline(html: str) -> list[tuple[str, str, tuple[str, ...]]]:
    parser = _Outline()
    parser.feed(html)
    return [(tag, " ".join(text.split()), tuple(children)) for tag, text, children in parser.items]


def rendered(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """The structure of *text* as the preview renders it (blocks), checked against the
    export's whole-body rendering: one renderer, one structure."""
    blocks = outline(shared_renderer().render(text).html)
    assert blocks == outline(render_body(text).html), text
    return blocks


def _new_article(window):
    window.actions["new"].trigger()
    assert window.editor.article is not None
    return window.editor.body_edit


def _type_lines(body, lines: list[str]) -> None:
    body.setFocus()
    for index, line in enumerate(lines):
        if index:
            type_text(body, "\n")
        type_text(body, line)


def _put_cursor(body, line: int, column: int = 0) -> None:
    cursor = body.textCursor()
    block = body.document().findBlockByNumber(line)
    cursor.setPosition(block.position() + column)
    body.setTextCursor(cursor)


def _select_word(body, line: int, where: str) -> str:
    words = LINES[line].split()
    index = {"start": 0, "middle": len(words) // 2, "end": len(words) - 1}[where]
    column = len(" ".join(words[:index])) + (1 if index else 0)
    _put_cursor(body, line, column)
    cursor = body.textCursor()
    cursor.movePosition(
        QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(words[index])
    )
    body.setTextCursor(cursor)
    return words[index]


@pytest.fixture
def body(make_window):
    window = make_window()
    edit = _new_article(window)
    _type_lines(edit, LINES)
    return edit


LINE_ACTIONS = {
    # shortcut, the tag the line must become, and whether it holds items
    "heading": ((Qt.Key.Key_2, CTRL), "h2", ()),
    "quote": ((Qt.Key.Key_Q, CTRL | SHIFT), "blockquote", ("p",)),
    "bullets": ((Qt.Key.Key_8, CTRL | SHIFT), "ul", ("li",)),
}


@pytest.mark.parametrize("where", list(POSITIONS))
@pytest.mark.parametrize("action", list(LINE_ACTIONS))
def test_line_action_on_a_line_of_a_paragraph(qtbot, body, action, where):
    (key, modifiers), tag, children = LINE_ACTIONS[action]
    line = POSITIONS[where]
    _put_cursor(body, line, 3)
    qtbot.keyClick(body, key, modifiers)
    structure = rendered(body.toPlainText())
    expected = []
    before, after = " ".join(LINES[:line]), " ".join(LINES[line + 1 :])
    if before:
        expected.append(("p", before, ()))
    expected.append((tag, LINES[line], children))
    if after:
        expected.append(("p", after, ()))
    assert structure == expected, body.toPlainText()
    # Nothing run on: no paragraph holds a marker the action typed.
    assert not any(t == "p" and text.startswith(("-", ">", "#")) for t, text, _c in structure)
    # One Ctrl+Z takes the whole action back, blank lines included.
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert body.toPlainText() == "\n".join(LINES)


INLINE_ACTIONS = {
    "bold": ((Qt.Key.Key_B, CTRL), "strong"),
    "italic": ((Qt.Key.Key_I, CTRL), "em"),
    "link": ((Qt.Key.Key_K, CTRL), "a"),
}


@pytest.mark.parametrize("where", list(POSITIONS))
@pytest.mark.parametrize("action", list(INLINE_ACTIONS))
def test_inline_action_on_a_word(qtbot, body, action, where):
    (key, modifiers), tag = INLINE_ACTIONS[action]
    line = POSITIONS[where]
    _select_word(body, line, where)
    qtbot.keyClick(body, key, modifiers)
    if action == "link":
        type_text(body, "https://lnv.vn")  # the address is selected, ready to type over
    structure = rendered(body.toPlainText())
    assert structure == [("p", " ".join(LINES), (tag,))], body.toPlainText()


@pytest.mark.parametrize("action", list(INLINE_ACTIONS))
def test_inline_action_without_selection_then_typing(qtbot, body, action):
    (key, modifiers), tag = INLINE_ACTIONS[action]
    _put_cursor(body, 2, len(LINES[2]))  # the end of the paragraph
    type_text(body, " ")
    qtbot.keyClick(body, key, modifiers)
    type_text(body, "moi")
    structure = rendered(body.toPlainText())
    assert [t for t, _x, _c in structure] == ["p"]
    assert structure[0][2] == (tag,)


@pytest.mark.parametrize("action", ["bold", "italic"])
def test_emphasis_over_several_lines_and_a_list(qtbot, make_window, action):
    """Emphasis never spans a paragraph break: each line is wrapped on its own, after its
    list marker; the same action again takes it off."""
    (key, modifiers), tag = INLINE_ACTIONS[action]
    window = make_window()
    body = _new_article(window)
    text = "Các sản phẩm chính:\n\n- Chum vại\n- Lu sành\n\nĐoạn cuối."
    body.setPlainText(text)
    body.setFocus()
    body.selectAll()
    qtbot.keyClick(body, key, modifiers)
    assert rendered(body.toPlainText()) == [
        ("p", "Các sản phẩm chính:", (tag,)),
        ("ul", "Chum vại Lu sành", ("li", tag, "li", tag)),
        ("p", "Đoạn cuối.", (tag,)),
    ], body.toPlainText()
    qtbot.keyClick(body, key, modifiers)
    assert body.toPlainText() == text


def test_list_under_a_line_of_text_then_enter_ends_it(qtbot, make_window):
    """The issue's own steps: a line of text, Ctrl+Shift+8, items, Enter on an empty item,
    the next paragraph."""
    window = make_window()
    body = _new_article(window)
    body.setFocus()
    type_text(body, "Các sản phẩm chính:\n")
    qtbot.keyClick(body, Qt.Key.Key_8, CTRL | SHIFT)
    type_text(body, "Chum vại\nLu sành\n")
    type_text(body, "\n")  # Enter on the empty item ends the list
    type_text(body, "Đoạn tiếp theo.")
    assert rendered(body.toPlainText()) == [
        ("p", "Các sản phẩm chính:", ()),
        ("ul", "Chum vại Lu sành", ("li", "li")),
        ("p", "Đoạn tiếp theo.", ()),
    ], body.toPlainText()


def test_enter_on_an_empty_quote_line_ends_the_quote(qtbot, make_window):
    window = make_window()
    body = _new_article(window)
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Q, CTRL | SHIFT)
    type_text(body, "Nghề gốm là hồn của làng.\n\n")
    type_text(body, "Ông Lê Nam nói.")
    assert rendered(body.toPlainText()) == [
        ("blockquote", "Nghề gốm là hồn của làng.", ("p",)),
        ("p", "Ông Lê Nam nói.", ()),
    ], body.toPlainText()


def test_list_before_existing_text_is_kept_apart(qtbot, make_window):
    """Enter on an empty item right above the next paragraph: what is typed there is a
    paragraph of its own, not the end of the last item nor the start of the next one."""
    window = make_window()
    body = _new_article(window)
    body.setPlainText("- Chum vại\n\nĐoạn cuối.")
    _put_cursor(body, 0, len("- Chum vại"))
    type_text(body, "\n\nGiữa.")
    assert rendered(body.toPlainText()) == [
        ("ul", "Chum vại", ("li",)),
        ("p", "Giữa.", ()),
        ("p", "Đoạn cuối.", ()),
    ], body.toPlainText()


def test_removing_an_item_from_a_list_keeps_the_rest_a_list(qtbot, make_window):
    window = make_window()
    body = _new_article(window)
    body.setPlainText("- Chum\n- Vại\n- Lu")
    _put_cursor(body, 1, 2)
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_8, CTRL | SHIFT)
    assert rendered(body.toPlainText()) == [
        ("ul", "Chum", ("li",)),
        ("p", "Vại", ()),
        ("ul", "Lu", ("li",)),
    ], body.toPlainText()


def test_a_list_typed_under_text_renders_as_a_list():
    """Markdown typed by hand, or from an older body: a list may start right under a line of
    text, as CommonMark allows, in the preview and the export alike."""
    (intro, _t, _c), (tag, items, children) = rendered(
        "Các sản phẩm chính:\n- Chum vại\n- Lu\n\n- Vò"  # a blank line: one loose list
    )
    assert (intro, tag, items, children.count("li")) == ("p", "ul", "Chum vại Lu Vò", 3)
    assert rendered("Các bước:\n1. Nhào đất\n2. Nặn") == [
        ("p", "Các bước:", ()),
        ("ol", "Nhào đất Nặn", ("li", "li")),
    ]
    # Not a list: a number in a sentence, a continued item, code.
    assert rendered("Năm\n2024. Một năm tốt")[0][0] == "p"
    assert rendered("- Chum\nvại\n- Lu") == [("ul", "Chum vại Lu", ("li", "li"))]
    assert rendered("```\ntext\n- not a list\n```")[0][0] == "pre"
