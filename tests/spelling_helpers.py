"""Looking at the spelling underline in a field as the user sees it."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor

WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def underlined(edit, start: int, end: int) -> list[bool]:
    block = edit.document().firstBlock()
    layout_formats = []
    while block.isValid():
        for r in block.layout().formats():
            wavy = r.format.underlineStyle() == WAVY
            layout_formats.append(
                (block.position() + r.start, block.position() + r.start + r.length, wavy)
            )
        block = block.next()
    out = []
    for i in range(start, end):
        out.append(any(a <= i < b and wavy for a, b, wavy in layout_formats))
    return out


def point_of(edit, position: int):
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    return edit.cursorRect(cursor).center()


def new_article(qtbot, window):
    window.new_article()
    qtbot.waitUntil(lambda: window.editor.isEnabled())
