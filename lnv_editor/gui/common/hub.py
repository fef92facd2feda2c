"""One hub per open store, shared by its windows: the store's change records as a Qt signal.

Every store write announces one ``Change`` (store/changes.py), on whatever thread committed it;
the hub re-emits it as ``changed`` on the GUI thread, always queued, so a view never refreshes in
the middle of the write that caused it. Writes from other processes (another app instance, the
command line) are read from the store's change log every ``POLL_MS`` and arrive the same way,
marked ``external``. Views connect to ``changed`` and nothing else; nobody emits it by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

POLL_MS = 500  # another process's write shows within a second


class StoreHub(QObject):
    changed = Signal(object)  # store.changes.Change
    _from_writer = Signal(object)  # crosses from the writing thread

    def __init__(self, repo, parent=None) -> None:
        super().__init__(parent)
        self.repo = repo
        self._windows = 0
        self._from_writer.connect(self.changed.emit, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = repo.writes.subscribe(self._from_writer.emit)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._poll_other_processes)
        repo.writes.poll_external()  # note where the log stands now
        self._poll.start()

    def _poll_other_processes(self) -> None:
        try:
            self.repo.writes.poll_external()  # announces through the subscription above
        except Exception:  # noqa: BLE001 - a busy or vanished store: try again next tick
            return

    def attach(self) -> None:
        self._windows += 1

    def detach(self) -> None:
        """The last window on this store closes its connections (and checkpoints the WAL)."""
        self._windows -= 1
        if self._windows <= 0:
            self._poll.stop()
            self._unsubscribe()
            self.repo.close()
