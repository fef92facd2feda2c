"""The body's text is read once per change and shared (autosave, the preview, the word count
and the place suggestions all ask for it after a keystroke): it is always exactly what the
editor holds, whatever changed it."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from typing_helpers import type_text

from lnv_editor.gui.editor.article_editor import ArticleEditor
from lnv_editor.gui.editor.body_edit import BodyEdit


def test_the_shared_text_is_the_editors_after_every_kind_of_edit(qtbot):
    body = BodyEdit()
    qtbot.addWidget(body)
    body.show()
    rng = random.Random(3)
    body.setPlainText("Đoạn một.\n\n> trích\n\nĐoạn **hai**.")
    assert body.plain_text() == body.toPlainText()
    for _step in range(300):
        roll = rng.random()
        cursor = body.textCursor()
        cursor.setPosition(rng.randint(0, body.document().characterCount() - 1))
        body.setTextCursor(cursor)
        if roll < 0.3:
            type_text(body, rng.choice(["a", "ế", " ", "**", "> "]))
        elif roll < 0.4:
            qtbot.keyClick(body, Qt.Key.Key_Return)
        elif roll < 0.45:  # Shift+Enter: a line separator, read as a line break
            qtbot.keyClick(body, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        elif roll < 0.55:
            qtbot.keyClick(body, Qt.Key.Key_Backspace)
        elif roll < 0.65:
            body.undo()
        elif roll < 0.7:
            body.redo()
        elif roll < 0.75:
            body.wrap_selection("**")
        elif roll < 0.8:
            body.toggle_line_prefix("- ")
        elif roll < 0.85:
            body.insert_paragraphs(["![](photo:7)"])
        elif roll < 0.88:
            cursor.insertText("\u00a0nbsp 😀 ")  # no-break space and a character past UTF-16
        elif roll < 0.92:  # a selection across lines replaced by pasted lines
            end = min(cursor.position() + rng.randint(1, 60), body.document().characterCount() - 1)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(rng.choice(["", "x", "một\nhai", "\n\nba\n"]))
        elif roll < 0.95:
            body.replace_all_text(body.toPlainText()[: rng.randint(0, 200)] + "\nmới")
        else:
            body.setPlainText(rng.choice(["", "Bài khác.", "Một\n\nHai"]))
        assert body.plain_text() == body.toPlainText()
        assert body.plain_text() == body.plain_text()  # the second read is the first one


def test_fields_hold_exactly_the_body(qtbot):
    editor = ArticleEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.setEnabled(True)  # as when an article is open
    body = editor.body_edit
    body.setFocus()
    body.setPlainText("Làng gốm.")
    assert editor.fields()["body"] == "Làng gốm."
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Bát Tràng")
    assert editor.fields()["body"] == "Làng gốm. Bát Tràng"
    body.undo()
    assert editor.fields()["body"] == body.toPlainText() != "Làng gốm. Bát Tràng"
