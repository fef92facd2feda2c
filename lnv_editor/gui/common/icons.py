"""Every icon the app shows, declared once by name, made with qtawesome and kept on disk.

qtawesome costs half a second or more to import (it loads its icon fonts), too long to wait
for before the first frame, and a toolbar whose text buttons turn into icons a moment later
moves the whole window. So each icon, once drawn in the palette's colours, is kept as PNG
files in the user data folder (``icons/<colours>-<version>/``); every later start reads those
(a few milliseconds) and never imports qtawesome. A new palette (dark mode) or a new icon set
draws them once more.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon, QPixmap

SIZES = (16, 20, 24, 32, 40, 48, 64)  # toolbar, menus and buttons, at 1x and 2x
MODES = (("normal", QIcon.Mode.Normal), ("disabled", QIcon.Mode.Disabled))

ICONS: dict[str, str] = {
    "new": "mdi6.file-document-plus-outline",
    "new_window": "mdi6.dock-window",
    "save": "mdi6.content-save-outline",
    "history": "mdi6.history",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "find": "mdi6.magnify",
    "bold": "mdi6.format-bold",
    "italic": "mdi6.format-italic",
    "heading": "mdi6.format-header-2",
    "quote": "mdi6.format-quote-open",
    "link": "mdi6.link-variant",
    "bullets": "mdi6.format-list-bulleted",
    "preferences": "mdi6.cog-outline",
    "quit": "mdi6.exit-to-app",
    "delete": "mdi6.delete-outline",
    "shortcuts": "mdi6.keyboard-outline",
    "about": "mdi6.information-outline",
    "open_store": "mdi6.folder-open-outline",
    "new_store": "mdi6.database-plus-outline",
    # photo panel
    "photo.add": "mdi6.image-plus",
    "photo.insert": "mdi6.text-box-plus-outline",
    "photo.cover": "mdi6.star-outline",
    "photo.remove": "mdi6.delete-outline",
    "photo.up": "mdi6.arrow-up",
    "photo.down": "mdi6.arrow-down",
    # places panel
    "places.untag": "mdi6.tag-remove-outline",
    "places.up": "mdi6.arrow-up",
    "places.down": "mdi6.arrow-down",
    "places.unlink": "mdi6.link-variant-remove",
    "places.link": "mdi6.link-variant-plus",
}


def _colours():
    from PySide6.QtGui import QGuiApplication, QPalette

    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    return text, disabled


@cache
def _set_version() -> str:
    """Changes when the declared icons or qtawesome do: a new cache folder then."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        qta = version("qtawesome")
    except PackageNotFoundError:
        qta = "?"
    return hashlib.sha256(f"{qta}{sorted(ICONS.items())}".encode()).hexdigest()[:12]


def cache_folder() -> Path:
    from lnv_editor.paths import data_dir

    text, disabled = _colours()
    key = f"{text.name()[1:]}-{disabled.name()[1:]}-{_set_version()}"
    return data_dir() / "icons" / key


def _files(folder: Path, name: str) -> list[tuple[Path, int, QIcon.Mode]]:
    return [
        (folder / f"{name}-{label}-{size}.png", size, mode)
        for label, mode in MODES
        for size in SIZES
    ]


def _from_cache(folder: Path, name: str) -> QIcon | None:
    files = _files(folder, name)
    if not all(path.is_file() for path, _size, _mode in files):
        return None
    made = QIcon()
    for path, size, mode in files:
        made.addFile(str(path), QSize(size, size), mode)
    return made


def _drawn(folder: Path, name: str) -> QIcon:
    """Drawn by qtawesome (imports it), then kept for the next start."""
    import qtawesome

    text, disabled = _colours()
    drawn = qtawesome.icon(ICONS[name], color=text, color_active=text, color_disabled=disabled)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path, size, mode in _files(folder, name):
            pixmap: QPixmap = drawn.pixmap(QSize(size, size), mode)
            temp = path.with_suffix(".tmp")
            if pixmap.save(str(temp), "PNG"):
                temp.replace(path)
    except OSError:
        pass  # no cache: the next start draws them again
    return drawn


def icon(name: str) -> QIcon:
    """The QIcon declared as *name*, drawn in the palette's text colours so it reads on light
    and dark themes alike (called again when the system switches: gui/window/desktop.py)."""
    folder = cache_folder()
    return _from_cache(folder, name) or _drawn(folder, name)


def apply_icons(actions: dict[str, QAction], prefix: str = "") -> None:
    """Give each action the icon declared as *prefix* + its name, where there is one."""
    for name, action in actions.items():
        if prefix + name in ICONS:
            action.setIcon(icon(prefix + name))
