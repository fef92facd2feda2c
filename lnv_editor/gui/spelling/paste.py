"""Paste from an old Vietnamese encoding (TCVN3, VNI-Windows, VIQR): the pasted passage is turned into
Unicode right after the paste, as its own undo step (Ctrl+Z gives the text as pasted back)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from lnv_editor.core.spelling.legacy import detect_and_convert

MIN_LENGTH = 8  # typing inserts one character at a time: only pastes and drops are looked at


class LegacyPaste(QObject):
    converted = Signal(str)  # "tcvn3", "vni" or "viqr"

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self._busy = False
        # A paste adds an undo command just before its change; an undo or a redo changes the
        # text without adding one: only the first is converted.
        self._fresh = False
        edit.document().undoCommandAdded.connect(self._command_added)
        edit.document().contentsChange.connect(self._changed)

    def _command_added(self) -> None:
        self._fresh = True

    def _changed(self, position: int, _removed: int, added: int) -> None:
        # Only what the user put in (a load or a restore happens without focus on the field).
        fresh, self._fresh = self._fresh, False
        if self._busy or not fresh or added < MIN_LENGTH or not self.edit.hasFocus():
            return
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(position)
        cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
        pasted = cursor.selectedText().replace("\u2029", "\n")
        found = detect_and_convert(pasted)
        if found is not None:
            # The document may not change inside its own change signal: right after it.
            QTimer.singleShot(0, lambda: self._convert(position, pasted, *found))

    def _convert(self, position: int, pasted: str, kind: str, text: str) -> None:
        document = self.edit.document()
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + len(pasted), QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText().replace("\u2029", "\n") != pasted:
            return  # typed over in between: leave it
        self._busy = True
        try:
            cursor.beginEditBlock()
            cursor.insertText(text)
            cursor.endEditBlock()
        finally:
            self._busy = False
        self.converted.emit(kind)
