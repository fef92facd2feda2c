"""Where the laptop stands with the newsroom server, in the status bar: one line of text
(*Đã đồng bộ*, *Đang đồng bộ…*, *Ngoại tuyến — 3 thay đổi chờ gửi*, *Máy chủ từ chối: …*) and,
when two people changed the same article, a button that compares the two texts."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

# How each state looks: refusals and a missing password ask for the writer's attention.
WARNING_STATES = {"refused", "login", "error"}


class ElidedLabel(QLabel):
    """One line that gives way: a long refusal is cut with "…" (whole in the tooltip) rather
    than widening the window past a 1024-pixel screen."""

    MAX_CHARS = 60  # wider than that only when the status bar has room

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = self.fontMetrics()
        room = metrics.averageCharWidth() * self.MAX_CHARS
        return QSize(
            min(metrics.horizontalAdvance(self._full) + 4, room), super().sizeHint().height()
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().averageCharWidth() * 12, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        super().setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


class SyncStatus(QWidget):
    compareRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatusBox")
        self.state = "off"
        self.label = ElidedLabel(self)
        self.label.setObjectName("syncStatus")
        self.conflict_button = QToolButton(self)
        self.conflict_button.setObjectName("syncConflictButton")
        self.conflict_button.setAutoRaise(False)  # looks like the button it is
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
        self.label.set_full_text(text)
        self.label.setToolTip("\n".join(filter(None, (text, detail))))
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
        """The whole status, however much of it fits on screen."""
        return self.label.full_text()
