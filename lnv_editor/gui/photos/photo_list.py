"""The photo strip of the photo panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget

from lnv_editor.gui.photos.importer import ICON_SIZE


class PhotoList(QListWidget):
    """Thumbnails in article order; drag to reorder (the view moves the row, and the panel
    stores the order it then shows).

    Has ``undo``/``redo`` because the window sends Ctrl+Z to the focused widget: with the
    list focused, that is the photo undo stack.
    """

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.empty_text = ""
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setIconSize(ICON_SIZE)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setSpacing(2)

    def undo(self) -> None:
        self.panel.undo()

    def redo(self) -> None:
        self.panel.redo()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.count() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
