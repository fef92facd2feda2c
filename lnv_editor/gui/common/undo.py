"""The base of every undoable structured edit (photos, tags, related links).

One QUndoCommand per user intent; each step (redo or undo) is ONE store transaction, however
many repository calls it makes: all of it is written or none of it. A step the store refuses
(locked, article deleted meanwhile) rolls back whole, is dropped from the undo stack and the
reason goes to the panel, which then shows the store as it is. The change record the
transaction announces is tagged with the panel, so the panel does not reload twice.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class StoreCommand(QUndoCommand):
    def __init__(self, target, article_id: int, text: str) -> None:
        super().__init__(text)
        self.target = target
        self.repo = target.repo
        self.article_id = article_id

    def redo(self) -> None:
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it)

    def _guarded(self, step) -> None:
        writes = self.repo.writes
        try:
            with writes.origin(self.target), writes.transaction():
                outcome = step()
        except Exception as exc:  # noqa: BLE001 - shown to the reporter; the step is dropped
            self.setObsolete(True)
            self.refresh(None)
            self.target.command_failed(exc)
            return
        self.refresh(outcome)

    def refresh(self, outcome) -> None:
        """Tell the panel the store changed; *outcome* is what the step returned."""
        raise NotImplementedError

    def do(self):
        raise NotImplementedError

    def undo_it(self):
        raise NotImplementedError
