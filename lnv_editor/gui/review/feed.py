"""The store's change record as a Qt signal, for the review widgets.

Stands in for ``StoreHub.changed`` until the hub carries the change record itself; then the
dock connects to the hub's signal instead (``ReviewPanel.connect_changes``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeRelay(QObject):
    """Re-emits every ``Change`` of *repo.writes* on the GUI thread (a signal emitted from a
    worker thread reaches receivers in the GUI thread queued)."""

    changed = Signal(object)

    def __init__(self, repo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = repo.writes.subscribe(self.changed.emit)

    def close(self) -> None:
        self._unsubscribe()
