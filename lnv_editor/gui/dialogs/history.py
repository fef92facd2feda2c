"""Revision history: list an article's revisions, read one, restore it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.gui.common.formatting import format_datetime

if TYPE_CHECKING:
    from lnv_editor.store.repository import RevisionInfo

REASONS = {
    "create": QT_TRANSLATE_NOOP("HistoryDialog", "created"),
    "save": QT_TRANSLATE_NOOP("HistoryDialog", "saved"),
    "autosave": QT_TRANSLATE_NOOP("HistoryDialog", "autosaved"),
    "conflict": QT_TRANSLATE_NOOP("HistoryDialog", "conflict: kept from another window"),
    "before-restore": QT_TRANSLATE_NOOP("HistoryDialog", "before a restore"),
    "restore": QT_TRANSLATE_NOOP("HistoryDialog", "restored"),
    "approve": QT_TRANSLATE_NOOP("HistoryDialog", "approved"),
    "import": QT_TRANSLATE_NOOP("HistoryDialog", "imported"),
}
LABEL = QT_TRANSLATE_NOOP("HistoryDialog", "#{ordinal} · v{version} · {when} · {reason}")
# What each reason means, for the item's tooltip.
EXPLAINED = {
    "create": QT_TRANSLATE_NOOP("HistoryDialog", "The article as it was created."),
    "save": QT_TRANSLATE_NOOP("HistoryDialog", "Saved with Ctrl+S."),
    "autosave": QT_TRANSLATE_NOOP(
        "HistoryDialog",
        "Kept automatically while writing (at most every 5 minutes). Versions count every "
        "autosave, so numbers jump between snapshots.",
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "HistoryDialog",
        "Another window or program had saved this text while you were writing; yours was "
        "saved after it, and this one kept.",
    ),
    "before-restore": QT_TRANSLATE_NOOP(
        "HistoryDialog", "The text a restore replaced, kept so the restore can be undone."
    ),
    "restore": QT_TRANSLATE_NOOP("HistoryDialog", "An older revision brought back."),
    "approve": QT_TRANSLATE_NOOP("HistoryDialog", "The text an editor approved."),
    "import": QT_TRANSLATE_NOOP("HistoryDialog", "The text as a bundle brought it in."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryDialog", text)


def revision_label(rev: RevisionInfo, ordinal: int) -> str:
    """How a revision is named wherever one is picked: "#3 · v29 · 03/12/2026 11:53:07 ·
    approved". Two snapshots can share a version (a conflict keeps the other text at the same
    version, an approval snapshots the version it approves): the ordinal, oldest #1, tells
    every entry apart."""
    return _tr(LABEL).format(
        ordinal=ordinal,
        version=rev.article_version,
        when=format_datetime(rev.created, seconds=True),
        reason=_tr(REASONS.get(rev.reason, rev.reason)),
    )


def revision_explained(rev: RevisionInfo) -> str:
    """What the revision's reason means, for a tooltip."""
    return _tr(EXPLAINED.get(rev.reason, "")) or _tr(REASONS.get(rev.reason, rev.reason))


class HistoryDialog(QDialog):
    """``getData`` returns the revision to restore (or None) and whether it was accepted."""

    def __init__(
        self, revisions: list[RevisionInfo], parent=None, *, current_version: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Revision history"))
        self.resize(900, 600)
        self.revisions = revisions
        self.list = QListWidget(self)
        self.list.setObjectName("revisionList")
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.info = QLabel(self)
        for position, rev in enumerate(revisions):
            item = QListWidgetItem(revision_label(rev, len(revisions) - position))
            item.setToolTip(revision_explained(rev))
            item.setData(Qt.ItemDataRole.UserRole, rev.id)
            self.list.addItem(item)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setSizes([280, 620])
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restore this revision"), self)
        self.restore_button.setObjectName("restoreButton")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not revisions:
            layout.addWidget(QLabel(self.tr("This article has no revisions yet."), self))
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.list.currentRowChanged.connect(self._show)
        self.restore_button.setEnabled(False)
        if revisions:
            # Open on what the editor shows: the newest snapshot of its version.
            rows = [i for i, r in enumerate(revisions) if r.article_version == current_version]
            self.list.setCurrentRow(rows[0] if rows else 0)

    def _show(self, row: int) -> None:
        if row < 0:
            return
        rev = self.revisions[row]
        byline = (
            f"\n\n— {rev.byline}" if rev.byline.strip() else ""
        )  # none: nothing, not a lone dash
        self.view.setPlainText(f"{rev.title}\n\n{rev.lead}\n\n{rev.body}{byline}")
        self.info.setText(
            self.tr("Section: {section} · {chars} characters").format(
                section=rev.section or "—", chars=len(rev.body)
            )
        )
        self.restore_button.setEnabled(True)

    def data(self) -> RevisionInfo | None:
        row = self.list.currentRow()
        return self.revisions[row] if row >= 0 else None

    @classmethod
    def getData(  # noqa: N802
        cls, revisions: list[RevisionInfo], parent=None, *, current_version: int | None = None
    ) -> tuple[RevisionInfo | None, bool]:
        dialog = cls(revisions, parent, current_version=current_version)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.data()
        dialog.deleteLater()
        return result, accepted and result is not None
