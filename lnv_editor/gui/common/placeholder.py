"""The grey hint an empty list shows in its middle ("Kéo ảnh vào đây…")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter


def paint_empty_hint(view, text: str, margin_x: int, margin_y: int) -> None:
    """From a list view's paintEvent: *text* centred and wrapped when the list is empty."""
    if view.count() or not text:
        return
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().placeholderText().color())
    painter.drawText(
        view.viewport().rect().adjusted(margin_x, margin_y, -margin_x, -margin_y),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        text,
    )
