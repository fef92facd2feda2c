"""Ctrl+S makes a named revision, unlike autosave: the status bar says which one."""

from __future__ import annotations

from PySide6.QtCore import QObject


class SaveNotice(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._asked = False
        window.actions["save"].triggered.connect(self._save_asked)
        window.storeReady.connect(lambda: window.autosaver.saved.connect(self._saved))

    def _save_asked(self) -> None:
        self._asked = True

    def _saved(self, result) -> None:
        if not self._asked or result.revision_id is None:
            return  # an autosave, or nothing to save yet
        self._asked = False
        self.window.statusBar().showMessage(
            self.tr("Saved version v{version}").format(version=result.version), 8000
        )
