"""A key in a restyled line (heading, quotation, emphasis) repaints that line, not the whole
editor, and the editor then shows exactly what a fresh one shows with the same text."""

from __future__ import annotations

import random

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor
from typing_helpers import type_text

from lnv_editor.gui.editor.body_edit import BodyEdit

LINES = [
    "Làng gốm Bát Tràng đỏ lửa suốt ngày đêm, người thợ nặn bình men lam.",
    "> “Nghề này giữ lửa ba đời”, ông Lê Văn Tám nói.",
    "## Mùa hàng Tết",
    "Câu có **đậm** và *nghiêng* và `mã`.",
    "- mục một",
    "",
]


class PaintSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heights: list[int] = []

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.heights.append(event.region().boundingRect().height())
        return False


def _editor(qtbot, text: str, height: int = 500) -> BodyEdit:
    body = BodyEdit()
    qtbot.addWidget(body)
    body.resize(600, height)
    body.setCursorWidth(0)  # no blinking caret in the pixels compared
    body.setPlainText(text)
    body.show()
    qtbot.waitExposed(body)
    return body


def _long_text(rng: random.Random) -> str:
    return "\n".join(rng.choice(LINES) for _ in range(400))


def test_typing_in_a_quotation_repaints_only_its_line(qtbot):
    body = _editor(qtbot, _long_text(random.Random(1)))
    text = body.toPlainText()
    cursor = body.textCursor()
    cursor.setPosition(text.index("> “", len(text) // 2) + 12)
    body.setTextCursor(cursor)
    body.centerCursor()
    body.setFocus()
    qtbot.waitUntil(lambda: body.hasFocus())
    qtbot.wait(100)  # the scroll and the focus painted before the keys
    spy = PaintSpy()
    body.viewport().installEventFilter(spy)
    type_text(body, "thêm chữ")
    qtbot.waitUntil(lambda: len(spy.heights) > 0)
    qtbot.wait(50)  # let any pending repaint through before judging what was painted
    assert max(spy.heights) < body.viewport().height() // 2, spy.heights
    assert "thêm chữ" in body.textCursor().block().text()


def test_the_editor_shows_what_a_fresh_one_shows_after_random_edits(qtbot):
    rng = random.Random(5)
    # Tall enough to hold the whole text, so both show it from its first line.
    body = _editor(qtbot, "\n".join(rng.choice(LINES) for _ in range(12)), height=3000)
    body.setFocus()
    for step in range(60):
        cursor = body.textCursor()
        cursor.setPosition(rng.randint(0, body.document().characterCount() - 1))
        body.setTextCursor(cursor)
        roll = rng.random()
        if roll < 0.5:
            type_text(body, rng.choice(["a", "ế ", "**", "*", "`", "> ", "## ", " lời dài hơn"]))
        elif roll < 0.65:
            cursor.setPosition(
                min(cursor.position() + rng.randint(1, 12), body.document().characterCount() - 1),
                QTextCursor.MoveMode.KeepAnchor,
            )
            cursor.removeSelectedText()
        elif roll < 0.8:
            cursor.insertText("\n".join(rng.choice(LINES) for _ in range(rng.randint(1, 3))))
        elif roll < 0.9:
            body.undo()
        else:
            body.toggle_line_prefix(rng.choice(["> ", "## ", "- "]))
        if step % 6 == 5:
            fresh = _editor(qtbot, body.toPlainText(), height=3000)
            qtbot.wait(20)
            assert body.verticalScrollBar().maximum() == 0  # all of it on screen
            assert body.viewport().grab().toImage() == fresh.viewport().grab().toImage(), step
            fresh.close()
