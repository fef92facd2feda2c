"""Moving articles to the trash from the library, bringing them back, emptying the trash.

Trashing is one undoable command per user intent (the whole selection in one store
transaction; Ctrl+Z in the library restores it); emptying the trash asks first and cannot be
undone. An article open in an editor, in this window or another, is closed cleanly when it is
trashed: its pending autosave is written first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox

from lnv_editor.gui.common.undo import StoreCommand


class TrashCommand(StoreCommand):
    """Move articles to the trash, or (*restore*) bring them back; undo does the opposite.
    Each step is one store transaction for the whole selection."""

    def __init__(
        self, controller: TrashController, ids: list[int], *, restore: bool = False
    ) -> None:
        super().__init__(controller, 0, controller.command_text(len(ids), restore=restore))
        self.ids, self.restore = list(ids), restore
        self.done: list[int] | None = None  # what the first step really moved

    def _apply(self, trashing: bool, ids: list[int]) -> list[int]:
        if trashing:
            self.target.before_write()
        return (self.repo.trash.trash if trashing else self.repo.trash.restore)(ids)

    def do(self) -> list[int]:
        moved = self._apply(not self.restore, self.ids if self.done is None else self.done)
        if self.done is None:
            self.done = moved  # undo and redo move exactly these, not ones already there
        return moved

    def undo_it(self) -> list[int]:
        return self._apply(self.restore, self.done or [])

    def refresh(self, outcome) -> None:
        self.target.refresh()


class TrashController(QObject):
    """The trash actions, the library's context menu and undo stack, and closing an open
    article that went to the trash. One per main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.library
        self.undo_stack = QUndoStack(self)
        self.panel.view.history = self.undo_stack  # Ctrl+Z with the library focused
        # What the last step said ("moved to the trash…") is no longer true once it is undone.
        self.undo_stack.indexChanged.connect(self._step_taken)
        actions = window.actions
        actions["trash"].triggered.connect(self.trash_selected)
        actions["restore"].triggered.connect(self.restore_selected)
        actions["empty_trash"].triggered.connect(self.empty_trash)
        # Delete acts in the library only; in a text field it still deletes text.
        actions["trash"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.panel.view.addAction(actions["trash"])
        self.panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.panel.view.customContextMenuRequested.connect(self._context_menu)
        self.panel.selectionChanged.connect(self.update_actions)
        window.storeReady.connect(self._store_ready)
        self.update_actions()

    @property
    def repo(self):
        return self.window.repo

    # ----- what StoreCommand needs -----------------------------------------------------------
    def before_write(self) -> None:
        self.window.flush_pending()  # the open article's last words are in before it moves

    def refresh(self) -> None:
        # The lists reload from the change record (Part.DELETED / Part.CREATED).
        self.update_actions()

    def command_failed(self, error: BaseException) -> None:
        from lnv_editor.gui.common.errors import describe_error

        self.window.statusBar().showMessage(describe_error(error), 8000)

    # ----- actions -----------------------------------------------------------------------------
    def update_actions(self) -> None:
        a, open_, selected = (
            self.window.actions,
            self.repo is not None,
            bool(self.panel.selected_ids()),
        )
        in_trash = self.panel.showing_trash()
        a["trash"].setEnabled(open_ and selected and not in_trash)
        a["restore"].setEnabled(open_ and selected and in_trash)
        a["empty_trash"].setEnabled(open_)

    def _step_taken(self, _index: int) -> None:
        if self.window.repo is not None:  # not while the window closes
            self.window.statusBar().clearMessage()

    def command_text(self, count: int, *, restore: bool) -> str:
        """The undo step's name (in tr(), where lupdate reads the plural)."""
        if restore:
            return self.tr("Restore %n article(s) from the trash", "", count)
        return self.tr("Move %n article(s) to the trash", "", count)

    def trash_selected(self) -> None:
        ids = self.panel.selected_ids()
        if self.repo is None or not ids or self.panel.showing_trash():
            return
        self.undo_stack.push(TrashCommand(self, ids))
        self.window.statusBar().showMessage(
            self.tr(
                "Moved %n article(s) to the trash. Ctrl+Z in the library brings them back.",
                "",
                len(ids),
            ),
            8000,
        )

    def restore_selected(self) -> None:
        ids = self.panel.selected_ids()
        if self.repo is None or not ids or not self.panel.showing_trash():
            return
        self.undo_stack.push(TrashCommand(self, ids, restore=True))

    def empty_trash(self) -> None:
        if self.repo is None:
            return
        ids = self.repo.trash.ids()
        if not ids:
            self.window.statusBar().showMessage(self.tr("The trash is empty."), 5000)
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Empty the trash"),
            self.tr(
                "Delete the %n article(s) in the trash for good, with their revisions and "
                "the photos no other article uses?\n\nThis cannot be undone: Ctrl+Z will "
                "not bring them back.",
                "",
                len(ids),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self.repo.trash.purge(ids)  # only what the user was told about
        except Exception as exc:  # noqa: BLE001 - shown; nothing was deleted
            self.command_failed(exc)
            return
        self.undo_stack.clear()  # steps that moved these articles can no longer be undone
        self.refresh()
        self.window.statusBar().showMessage(
            self.tr("Deleted %n article(s) for good.", "", len(result.article_ids)), 8000
        )

    def _context_menu(self, pos: QPoint) -> None:
        a = self.window.actions
        menu = QMenu(self.panel.view)
        if self.panel.showing_trash():
            menu.addAction(a["restore"])
            menu.addSeparator()
        else:
            menu.addAction(a["trash"])
            menu.addSeparator()
        menu.addAction(a["empty_trash"])
        menu.exec(self.panel.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # ----- an open article moved to the trash --------------------------------------------------
    def _store_ready(self) -> None:
        self.undo_stack.clear()  # its commands belong to the previous store
        self.update_actions()

    def close_if_trashed(self, article_ids) -> None:
        """The window's change handler calls this when articles were deleted (here, in
        another window or another process)."""
        w = self.window
        article = w.editor.article
        if w.repo is None or article is None or article.id not in article_ids:
            return
        try:
            here = w.repo.find_by_uri(article.extra["uri"]) is not None
            if here and not w.repo.trash.is_trashed(article.id):
                return  # brought back meanwhile
        except Exception:  # noqa: BLE001 - the store is closing: nothing to close
            return
        if not here:  # deleted for good (the newsroom server purged it): nothing to save into
            self._keep_unsaved(article)
            return
        w.flush_pending()
        self._close()
        w.statusBar().showMessage(
            self.tr(
                "“{title}” was moved to the trash, so it was closed. Its text is kept there."
            ).format(title=article.title or self.tr("(untitled)")),
            8000,
        )

    def _close(self) -> None:
        """Nothing open any more: the editor and the article's panels emptied."""
        w = self.window
        w.editor.load(None)
        for panel in (w.photo_panel, w.places_panel, w.review_panel):
            if panel is not None:
                panel.set_article(None)
        w.autosaver.attach(None, 0, {})
        w.repo.set_session_article(w.session_id, None)
        w.refresh_status()

    def _keep_unsaved(self, article) -> None:
        """The open article was deleted for good under the editor. Words typed and not saved
        yet are kept as a new article, opened in its place; with none, it is closed."""
        from PySide6.QtCore import QCoreApplication

        w = self.window
        fields = w.editor.fields() if w.autosaver.is_dirty() else None
        w.autosaver.attach(None, 0, {})  # nothing left to save into
        if fields is None:
            self._close()
            w.statusBar().showMessage(
                self.tr(
                    "“{title}” was deleted for good on the newsroom server, so it was closed."
                ).format(title=article.title or self.tr("(untitled)")),
                8000,
            )
            return
        fields.pop("status", None)  # a new article starts as a draft
        fields["title"] = QCoreApplication.translate("Sync", "{title} (kept copy)").format(
            title=fields["title"]
        )
        kept = w.repo.create(**fields)
        self._close()  # the new article may reuse the purged one's id: open it afresh
        w.open_article(kept.id)
        w.statusBar().showMessage(
            self.tr(
                "This article was deleted for good on the newsroom server; what you had not "
                "saved is kept as “{title}”."
            ).format(title=kept.title),
            60000,
        )
