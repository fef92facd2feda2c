"""Find in the body (Ctrl+F): ignores case, and diacritics unless asked not to.

"dong ky" finds "Đồng Kỵ": each character is folded on its own, so positions in the
folded text are positions in the document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from lnv_editor.core.vietnamese import fold_chars as fold_per_char


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("findBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in the body…"))
        self.field.setClearButtonEnabled(True)
        self.exact = QCheckBox(self.tr("Match diacritics and case"), self)
        self.status = QLabel(self)
        # A message takes the room there is and never asks for more: a label that widened
        # the bar widened the whole window (1280 → 1287 px) and squeezed the library.
        self.status.setMinimumWidth(1)
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        prev_button = QToolButton(self)
        prev_button.setText(self.tr("Previous"))
        next_button = QToolButton(self)
        next_button.setText(self.tr("Next"))
        close_button = QToolButton(self)
        close_button.setText("✕")
        close_button.setToolTip(self.tr("Close (Esc)"))
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.field, 1)
        layout.addWidget(prev_button)
        layout.addWidget(next_button)
        layout.addWidget(self.exact)
        layout.addWidget(self.status)
        layout.addWidget(close_button)
        self.field.returnPressed.connect(self.find_next)
        self.field.textChanged.connect(lambda _t: self.find_next(from_start_of_match=True))
        next_button.clicked.connect(self.find_next)
        prev_button.clicked.connect(self.find_previous)
        close_button.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.field, self.find_previous)
        self.hide()

    def open_bar(self) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()
        self.closed.emit()

    def _haystack(self) -> tuple[str, str]:
        text = self.editor.toPlainText()
        needle = self.field.text()
        if self.exact.isChecked():
            return text, needle
        return fold_per_char(text), fold_per_char(needle)

    def find_next(self, from_start_of_match: bool = False) -> bool:
        cursor = self.editor.textCursor()
        start = cursor.selectionStart() if from_start_of_match else cursor.selectionEnd()
        return self._find(start, forward=True)

    def find_previous(self) -> bool:
        return self._find(self.editor.textCursor().selectionStart(), forward=False)

    # Qt positions count UTF-16 units; Python indexes count code points (they differ on emoji).
    @staticmethod
    def _to_qt(text: str, index: int) -> int:
        return len(text[:index].encode("utf-16-le")) // 2

    def _say(self, message: str) -> None:
        # In a narrow editor the label may clip the message: the tooltip has it whole.
        self.status.setText(message)
        self.status.setToolTip(message)

    @staticmethod
    def _from_qt(text: str, position: int) -> int:
        return len(text.encode("utf-16-le")[: position * 2].decode("utf-16-le", "ignore"))

    def _find(self, start: int, *, forward: bool) -> bool:
        haystack, needle = self._haystack()
        start = self._from_qt(haystack, start)
        if not needle:
            self.status.clear()
            return False
        index = (
            haystack.find(needle, start) if forward else haystack.rfind(needle, 0, max(0, start))
        )
        wrapped = False
        if index < 0:
            index = haystack.find(needle) if forward else haystack.rfind(needle)
            wrapped = index >= 0
        if index < 0:
            self._say(self.tr("Not found"))
            return False
        cursor = self.editor.textCursor()
        cursor.setPosition(self._to_qt(haystack, index))
        cursor.setPosition(
            self._to_qt(haystack, index + len(needle)), QTextCursor.MoveMode.KeepAnchor
        )
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self._say(self.tr("Wrapped around") if wrapped else "")
        return True
