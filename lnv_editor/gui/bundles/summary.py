"""What an export or import did, said once it has finished: counts, where, and every article
left out with its reason (double-click opens it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.gui.bundles.export_dialog import ID_ROLE, add_reason


class SummaryDialog(QDialog):
    articleRequested = Signal(int)

    def __init__(
        self,
        title: str,
        message: str,
        *,
        folder: Path | None = None,
        rows: list[tuple[int | None, str, list[str]]] = (),
        rows_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """*rows*: (article id or None, title, lines) for each article left out or noted."""
        super().__init__(parent)
        self.setObjectName("bundleSummary")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.folder = folder
        self.message = QLabel(message, self)
        self.message.setObjectName("summaryMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        self.rows = QTreeWidget(self)
        self.rows.setObjectName("summaryRows")
        self.rows.setHeaderLabels([rows_title or self.tr("Article and why")])
        self.rows.setAccessibleName(rows_title or self.tr("Articles left out"))
        for article_id, name, lines in rows:
            item = QTreeWidgetItem(self.rows, [name])
            item.setData(0, ID_ROLE, article_id)
            item.setToolTip(0, name)
            for line in lines:
                add_reason(item, article_id, line)
            item.setExpanded(True)
        self.rows.setVisible(bool(rows))
        if any(article_id is not None for article_id, _name, _lines in rows):
            self.rows.setToolTip(self.tr("Double-click an article to open it and fix it"))
            self.rows.itemDoubleClicked.connect(self._open_item)
        if rows:
            layout.addWidget(self.rows, 1)
        buttons = QDialogButtonBox(self)
        self.open_folder = None
        if folder is not None:
            self.open_folder = buttons.addButton(
                self.tr("&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.open_folder.setObjectName("summaryOpenFolder")
            self.open_folder.clicked.connect(self.show_folder)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 380 if rows else 160)

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        article_id = item.data(0, ID_ROLE)
        if article_id is not None:
            self.articleRequested.emit(article_id)
