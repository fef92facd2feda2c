"""Restoring a revision as ONE undoable step.

A restore replaces title, lead, byline, section, status and body at once, so one Ctrl+Z must
bring all of them back. The text fields keep their own undo histories for typing; a restore
is a command on the window's article-level stack instead, and ``ArticleUndoRouter`` sends
Ctrl+Z / Ctrl+Y there once the focused field has nothing of its own left to undo (right after
a restore the fields are freshly loaded, so the first Ctrl+Z undoes the restore; typing
after it is undone first).

Each redo and undo is one store transaction (the repository's restore, or a save of the
text the restore replaced); the change record refreshes the library and other windows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit


class RestoreRevisionCommand(QUndoCommand):
    def __init__(self, window, article_id: int, revision) -> None:
        text = QCoreApplication.translate("RestoreCommand", "Restore version {version}").format(
            version=revision.article_version
        )
        super().__init__(text)
        self.window = window
        self.article_id = article_id
        self.revision = revision
        self.replaced: dict[str, str] | None = None  # the text the restore replaced

    def redo(self) -> None:
        window = self.window
        repo, autosaver = window.repo, window.autosaver
        if self.replaced is None:
            self.replaced = dict(window.editor.fields())
        result = repo.restore_revision(
            self.article_id, self.revision.id, base_version=autosaver.version
        )
        self._show(result.version)

    def undo(self) -> None:
        window = self.window
        result = window.repo.save(
            self.article_id, self.replaced, base_version=window.autosaver.version, reason="save"
        )
        self._show(result.version)

    def _show(self, version: int) -> None:
        window = self.window
        article = window.repo.get(self.article_id)
        window.editor.load(article)
        window.autosaver.attach(article.id, version, window.editor.fields())
        window.refresh_after_restore()


def _own_history(widget, redo: bool) -> bool:
    """Whether *widget* has typing of its own to undo (or redo)."""
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        widget = widget.lineEdit()
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit):
        doc = widget.document()
        return doc.isRedoAvailable() if redo else doc.isUndoAvailable()
    return True


class ArticleUndoRouter(QObject):
    """Event filter on the editor's fields: Ctrl+Z/Ctrl+Y with nothing left in the field go
    to the article-level stack."""

    def __init__(self, stack, widgets, parent=None) -> None:
        super().__init__(parent)
        self.stack = stack
        for widget in widgets:
            widget.installEventFilter(self)

    def route(self, widget, redo: bool) -> bool:
        """Undo/redo on the article stack if *widget* has nothing of its own; True if done."""
        can = self.stack.canRedo() if redo else self.stack.canUndo()
        if not can or _own_history(widget, redo):
            return False
        self.stack.redo() if redo else self.stack.undo()
        return True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            is_undo = event.matches(QKeySequence.StandardKey.Undo)
            is_redo = event.matches(QKeySequence.StandardKey.Redo) or (
                event.keyCombination().toCombined() == QKeySequence("Ctrl+Y")[0].toCombined()
            )
            if is_undo or is_redo:
                can = self.stack.canRedo() if is_redo else self.stack.canUndo()
                if can and not _own_history(obj, is_redo):
                    if kind == QEvent.Type.ShortcutOverride:
                        event.accept()  # keep the window's own shortcut from taking it
                        return True
                    return self.route(obj, is_redo)
        return super().eventFilter(obj, event)
