"""The title field: one line of text with a QTextDocument under it.

A ``QLineEdit`` has no document, so no ``QSyntaxHighlighter`` can draw the spelling underline
in it. This is a ``QPlainTextEdit`` that behaves like a line edit: it never wraps, Enter moves
on to the lead instead of starting a second line, pasted or dropped line breaks become
spaces (and the text is NFC), and it is as tall as a line edit with the same font. It also
answers the part of the ``QLineEdit`` interface the rest of the app uses (``text``,
``setText``, ``cursorPosition``, ``setSelection``…), with positions in the same UTF-16 units.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy

_BREAKS = ("\r\n", "\r", "\n", "\u2028", "\u2029", "\v", "\f", "\x85")


def one_line(text: str) -> str:
    """*text* as one line of NFC text: each line break (and the blanks around it) is a space."""
    for mark in _BREAKS:
        text = text.replace(mark, "\n")
    if "\n" in text:
        text = " ".join(part.strip() for part in text.split("\n") if part.strip())
    return unicodedata.normalize("NFC", text)


class TitleEdit(QPlainTextEdit):
    returnPressed = Signal()  # Enter or Return: the focus has moved on to the next field

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()

    # ----- a line edit's size and keys ------------------------------------------------------
    def _fit_height(self) -> None:
        """The height of a QLineEdit with this font, the line centred in it."""
        probe = QLineEdit()
        probe.setFont(self.font())
        height = probe.sizeHint().height()
        probe.deleteLater()
        inner = height - 2 * self.frameWidth()
        margin = max(1.0, (inner - self.fontMetrics().lineSpacing()) / 2)
        self.document().setDocumentMargin(margin)
        self.setFixedHeight(height)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # A title is one line: Enter means "on to the lead", never a second line.
            event.accept()
            self.returnPressed.emit()
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        """Paste and drop: plain text, one line, NFC, as one undo step."""
        if source.hasText():
            self.insert(source.text())

    # ----- the QLineEdit interface the app and its tests use --------------------------------
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - QLineEdit's name
        self.setPlainText(one_line(text or ""))

    def insert(self, text: str) -> None:
        """Replace the selection (or insert at the cursor): one undo step of its own (an
        edit block, so it does not merge with the typing before it)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(one_line(text))
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def cursorPosition(self) -> int:  # noqa: N802 - QLineEdit's name
        return self.textCursor().position()

    def setCursorPosition(self, position: int) -> None:  # noqa: N802 - QLineEdit's name
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self.text()))))
        self.setTextCursor(cursor)

    def setSelection(self, start: int, length: int) -> None:  # noqa: N802 - QLineEdit's name
        size = len(self.text())
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(start, size)))
        cursor.setPosition(max(0, min(start + length, size)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def hasSelectedText(self) -> bool:  # noqa: N802 - QLineEdit's name
        return self.textCursor().hasSelection()

    def selectedText(self) -> str:  # noqa: N802 - QLineEdit's name
        return self.textCursor().selectedText()

    def selectionStart(self) -> int:  # noqa: N802 - QLineEdit's name
        cursor = self.textCursor()
        return cursor.selectionStart() if cursor.hasSelection() else -1

    def end(self, mark: bool) -> None:
        self._move(QTextCursor.MoveOperation.End, mark)

    def home(self, mark: bool) -> None:
        self._move(QTextCursor.MoveOperation.Start, mark)

    def _move(self, where: QTextCursor.MoveOperation, mark: bool) -> None:
        cursor = self.textCursor()
        mode = QTextCursor.MoveMode.KeepAnchor if mark else QTextCursor.MoveMode.MoveAnchor
        cursor.movePosition(where, mode)
        self.setTextCursor(cursor)

    def isUndoAvailable(self) -> bool:  # noqa: N802 - QLineEdit's name
        return self.document().isUndoAvailable()

    def isRedoAvailable(self) -> bool:  # noqa: N802 - QLineEdit's name
        return self.document().isRedoAvailable()
