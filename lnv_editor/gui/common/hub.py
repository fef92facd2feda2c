"""One signal hub per open store, shared by its windows: a save in one window refreshes
the library in the others."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class StoreHub(QObject):
    articleSaved = Signal(int)  # article id whose row changed
    articlesChanged = Signal()  # articles added or removed: lists reload
    panelChanged = Signal(int, object)  # article id, the panel that changed its photos/tags

    def __init__(self, repo, parent=None) -> None:
        super().__init__(parent)
        self.repo = repo
        self._windows = 0

    def attach(self) -> None:
        self._windows += 1

    def detach(self) -> None:
        """The last window on this store closes its connections (and checkpoints the WAL)."""
        self._windows -= 1
        if self._windows <= 0:
            self.repo.close()
