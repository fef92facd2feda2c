"""Where the laptop stands with the newsroom server, in the status bar: one line of text
(*Đã đồng bộ*, *Đang đồng bộ…*, *Ngoại tuyến — 3 thay đổi chờ gửi*, *Máy chủ từ chối: …*) and,
when two people changed the same article, a button that compares the two texts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

# How each state looks: refusals and a missing password ask for the writer's attention.
WARNING_STATES = {"refused", "login", "error"}


class SyncStatus(QWidget):
    compareRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatusBox")
        self.state = "off"
        self.label = QLabel(self)
        self.label.setObjectName("syncStatus")
        self.label.setTextFormat(self.label.textFormat().PlainText)
        self.conflict_button = QToolButton(self)
        self.conflict_button.setObjectName("syncConflictButton")
        self.conflict_button.setAutoRaise(True)
        self.conflict_button.clicked.connect(self.compareRequested)
        self.conflict_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(6)
        layout.addWidget(self.conflict_button)
        layout.addWidget(self.label)
        self.hide()  # no server: nothing to say

    def show_state(self, state: str, text: str, detail: str = "") -> None:
        """*state*: off (hidden), syncing, synced, offline, refused, login or error."""
        self.state = state
        self.label.setText(text)
        self.label.setToolTip(detail or text)
        self.label.setAccessibleName(text)
        style = "QLabel { color: #b3261e; }" if state in WARNING_STATES else ""
        self.label.setStyleSheet(style)
        self.setVisible(state != "off")

    def show_conflicts(self, text: str, tip: str) -> None:
        """The conflict button's text ("" hides it)."""
        self.conflict_button.setText(text)
        self.conflict_button.setToolTip(tip)
        self.conflict_button.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()
