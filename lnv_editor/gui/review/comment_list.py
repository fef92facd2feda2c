"""The review comments of one article as threads: reply, resolve, reopen.

Reads and writes through ``repo.comments`` only; it shows what the store has after each change
(the review panel refreshes it from the change record).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.gui.review.reason_dialog import ReasonDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CommentList(QWidget):
    failed = Signal(object)  # an LnvError to show
    commentActivated = Signal(str, int, int)  # field key ("body", "caption:12"), start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentList")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("commentTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.reply_button = QPushButton(self.tr("Reply…"), self)
        self.reply_button.setObjectName("replyButton")
        self.resolve_button = QPushButton(self.tr("Resolve"), self)
        self.resolve_button.setObjectName("resolveButton")
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.reopen_button.setObjectName("reopenCommentButton")
        buttons = QHBoxLayout()
        for button in (self.reply_button, self.resolve_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button.clicked.connect(lambda: self._set_resolved(True))
        self.reopen_button.clicked.connect(lambda: self._set_resolved(False))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(self._activated)
        self.repo = None
        self.person: tuple[str, str] = ("", "reporter")
        self._records: dict = {}
        self._update_buttons()

    def show_comments(self, repo, records, person: tuple[str, str]) -> None:
        """Show *records* (``repo.comments.list``), keeping the selection."""
        self.repo, self.person = repo, person
        current = self.current_id()
        self.tree.clear()
        self._records = {r.id: r for r in records}
        roots: dict[int, QTreeWidgetItem] = {}
        for r in records:
            item = QTreeWidgetItem([self._label(r)])
            item.setData(0, ID_ROLE, r.id)
            item.setToolTip(0, r.text)
            if r.parent_id is None:
                self.tree.addTopLevelItem(item)
                roots[r.id] = item
                if r.resolved:
                    item.setForeground(0, Qt.GlobalColor.gray)
            elif r.parent_id in roots:
                roots[r.parent_id].addChild(item)
            if r.id == current:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self._update_buttons()

    def _label(self, r) -> str:
        author = r.author or self.tr("(no name)")
        if r.parent_id is not None:
            return f"{author}: {r.text}"
        state = ""
        if r.resolved:
            state = self.tr("[resolved] ")
        elif r.orphaned:
            state = self.tr("[text gone] ")
        quote = f"«{r.quote}» " if r.quote else ""
        return f"{state}{quote}— {author}: {r.text}"

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _root(self):
        record = self._records.get(self.current_id())
        if record is not None and record.parent_id is not None:
            record = self._records.get(record.parent_id)
        return record

    def _update_buttons(self) -> None:
        root = self._root()
        self.reply_button.setEnabled(root is not None)
        self.resolve_button.setEnabled(root is not None and not root.resolved)
        self.reopen_button.setEnabled(root is not None and root.resolved)

    def reply(self) -> None:
        root = self._root()
        if root is None or self.repo is None:
            return
        text, accepted = ReasonDialog.getData(self.tr("Reply"), self.tr("Your reply:"), self)
        if accepted:
            self._run(
                lambda: self.repo.comments.reply(
                    root.id, text=text, author=self.person[0], role=self.person[1]
                )
            )

    def _set_resolved(self, resolved: bool) -> None:
        root = self._root()
        if root is None or self.repo is None:
            return
        action = self.repo.comments.resolve if resolved else self.repo.comments.reopen
        self._run(lambda: action(root.id))

    def _run(self, write) -> None:
        from lnv_editor.core.errors import LnvError

        try:
            write()
        except LnvError as exc:
            self.failed.emit(exc)

    def _activated(self, item: QTreeWidgetItem) -> None:
        record = self._records.get(item.data(0, ID_ROLE))
        if record is not None and record.parent_id is None and not record.orphaned:
            self.commentActivated.emit(record.key, record.start, record.end)
