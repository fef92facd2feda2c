"""File → Recent stores, and never creating a store the user did not ask for.

The list lives in the ``recent_stores`` setting: newest first, at most ``MAX_RECENT``, one entry
per file. A file that has gone (a USB stick unplugged, a share not mounted) keeps its place and
is flagged rather than dropped, so it is back when the stick is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from lnv_editor.config import Config

MAX_RECENT = 8


@dataclass(frozen=True)
class RecentStore:
    path: Path
    exists: bool


def _key(path: Path) -> str:
    # One entry per file however it was typed (relative, symlinked, different case on Windows).
    return os.path.normcase(str(Path(path).expanduser().resolve()))


def pushed(paths: list[str], new: Path) -> list[str]:
    """*paths* with *new* in front, without duplicates, cut to MAX_RECENT."""
    new_key = _key(new)
    rest = [p for p in paths if isinstance(p, str) and p and _key(Path(p)) != new_key]
    return [str(Path(new).expanduser().resolve()), *rest][:MAX_RECENT]


def recent_stores(config: Config) -> list[RecentStore]:
    return [
        RecentStore(Path(p), Path(p).is_file())
        for p in config.get("recent_stores")
        if isinstance(p, str) and p
    ][:MAX_RECENT]


def labels(paths: list[Path]) -> list[str]:
    """What the menu shows for each of *paths*: the file name, and where two names are the
    same, as much of the folder as tells them apart ("kho.sqlite — Tòa soạn")."""
    shown = [p.name for p in paths]
    for name in set(shown):
        same = [i for i, p in enumerate(paths) if p.name == name]
        if len(same) < 2:
            continue
        folders = {i: paths[i].parent.parts for i in same}
        depth = 1
        longest = max(len(parts) for parts in folders.values())
        while depth < longest and len({folders[i][-depth:] for i in same}) < len(same):
            depth += 1
        for i in same:
            folder = str(Path(*folders[i][-depth:])) if folders[i] else ""
            shown[i] = f"{name} — {folder}"
    return shown


def remember(config: Config, path: Path) -> None:
    """Put *path* first in the list and save the settings."""
    config.set("recent_stores", pushed(config.get("recent_stores"), Path(path)))
    config.save()


def forget_all(config: Config) -> None:
    config.set("recent_stores", [])
    config.save()


def confirm_create(parent: QWidget | None, path: Path) -> bool:
    """Ask before a store file that does not exist is created; True to go ahead.

    A typo on the command line or a stale shortcut must not leave an empty store behind that
    the reporter then writes into, believing it to be the real one.
    """
    if Path(path).exists():
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("RecentStores", "Create a new store?"),
        QCoreApplication.translate(
            "RecentStores", "There is no store at\n{path}\n\nCreate a new, empty store there?"
        ).format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_confirmed(window, path: Path, *, ask: bool) -> bool:
    """Open *path* in *window*; with *ask*, a missing file is created only once the user agrees.

    Returns whether the store is being opened.
    """
    if ask and not confirm_create(window, path):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "RecentStores", "No store is open. Use File → Open store… to choose one."
            )
        )
        return False
    window.open_store(Path(path))
    return True


class RecentMenu(QMenu):
    """Rebuilt each time it opens, so it always shows what is on disk now."""

    def __init__(self, window) -> None:
        super().__init__(QCoreApplication.translate("RecentStores", "Recent s&tores"), window)
        self.setObjectName("recentMenu")
        self.setToolTipsVisible(True)  # each entry's full path
        self.window_ = window
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        entries = recent_stores(self.window_.config)
        shown = labels([entry.path for entry in entries])
        for number, (entry, label) in enumerate(zip(entries, shown, strict=True), start=1):
            name = label.replace("&", "&&")
            text = (
                f"&{number} {name}"
                if entry.exists
                else QCoreApplication.translate(
                    "RecentStores", "&{number} {name} (missing)"
                ).format(number=number, name=name)
            )
            action = QAction(text, self)
            action.setObjectName(f"recent_{number}")
            action.setToolTip(str(entry.path))
            action.setStatusTip(str(entry.path))
            action.setData(str(entry.path))
            action.setEnabled(entry.exists)
            action.triggered.connect(
                lambda _=False, p=entry.path: self.window_.open_store(p, create=False)
            )
            self.addAction(action)
        if not entries:
            empty = self.addAction(QCoreApplication.translate("RecentStores", "No recent stores"))
            empty.setEnabled(False)
        self.addSeparator()
        clear = self.addAction(QCoreApplication.translate("RecentStores", "&Clear the list"))
        clear.setObjectName("recent_clear")
        clear.setEnabled(bool(entries))
        clear.triggered.connect(lambda: forget_all(self.window_.config))
