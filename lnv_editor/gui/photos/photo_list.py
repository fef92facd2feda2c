"""The photo strip of the photo panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget

from lnv_editor.gui.common.formatting import format_pixels
from lnv_editor.gui.common.placeholder import paint_empty_hint
from lnv_editor.gui.photos.importer import ICON_SIZE, thumbnail_icon

ID_ROLE = Qt.ItemDataRole.UserRole
THUMB_ROLE = Qt.ItemDataRole.UserRole + 1  # True once the real thumbnail is shown


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
        self._icons: dict = {}
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
        paint_empty_hint(self, self.empty_text, 12, 12)

    # ----- what each row shows --------------------------------------------------------------
    def show_records(self, records: dict, thumbnails, missing: set[int], only_sha256=None) -> None:
        """Texts, icons and tooltips of the rows from the photo *records* (id -> record);
        with *only_sha256*, only the rows of that picture (a thumbnail arrived)."""
        cover, no_caption = self.tr("Cover"), self.tr("(no caption)")
        order = list(records)
        for row in range(self.count()):
            item = self.item(row)
            record = records.get(item.data(ID_ROLE))
            if record is None or (only_sha256 is not None and record.sha256 != only_sha256):
                continue
            thumb = thumbnails.get(record.sha256)
            warn = record.id in missing
            item.setIcon(self._icon(record.sha256, thumb, record.cover, warn))
            item.setData(THUMB_ROLE, thumb is not None and not isinstance(thumb, BaseException))
            first = f"★ {cover} · {record.original_name}" if record.cover else record.original_name
            item.setText(first + "\n" + (record.caption or no_caption))
            item.setToolTip(
                self._tooltip(record, thumb, warn, order.index(record.id) + 1, len(order))
            )

    def _icon(self, sha256: str, thumb, cover: bool, warn: bool):
        # Painting an icon costs ~2 ms; a refresh after an import or an edit repaints only the
        # icons whose picture or badges changed.
        key = (sha256 if thumb is not None else None, id(thumb), cover, warn)
        icon = self._icons.get(key)
        if icon is None:
            if len(self._icons) > 512:
                self._icons.clear()
            icon = self._icons[key] = thumbnail_icon(thumb, cover, warn, self.style())
        return icon

    def _tooltip(self, record, thumb, missing: bool, number: int, count: int) -> str:
        # The first line holds no file name: Qt reads a tooltip as markup if its first line
        # looks like a tag, and a file may be called anything.
        lines = [
            self.tr("Photo {number} of {count}").format(number=number, count=count),
            record.original_name,
            format_pixels(record.width, record.height),
        ]
        if isinstance(thumb, BaseException):
            from lnv_editor.gui.common.errors import describe_error

            reason = describe_error(thumb)
            lines.append(self.tr("Cannot show this photo: {reason}").format(reason=reason))
        if missing:
            lines.append(
                "⚠ " + self.tr("Needs alt text and a caption before the article is Ready.")
            )
        return "\n".join(lines)
