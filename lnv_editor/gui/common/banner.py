"""The one notice banner: a non-modal message the user can read while working on.

Used above the article form (recovery, conflicts, refused statuses), in the photo panel
(import errors) and the places panel (store errors). Plain text only: file names and titles
are never taken as markup. Its colours are set together (text on fill), so it reads the same
in light and dark palettes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

STYLE = (
    "QFrame#{name} {{ background: #fff4ce; border: 1px solid #e0b400; border-radius: 4px; }}"
    " QFrame#{name} QLabel {{ color: #3d2e00; }}"
)


class NoticeBanner(QFrame):
    actionTriggered = Signal()

    def __init__(self, parent=None, name: str = "messageBanner") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(STYLE.format(name=name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Label")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self.action.clicked.connect(self.actionTriggered)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_message(self, text: str, action_text: str = "") -> None:
        self.label.setText(text)
        self.action.setText(action_text)
        self.action.setVisible(bool(action_text))
        self.show()

    def text(self) -> str:
        return self.label.text()
