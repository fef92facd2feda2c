"""Every icon the app shows, declared once by name, made with qtawesome after the window is shown.

qtawesome costs about half a second to import, so the window paints first with text-only
actions and ``apply_icons`` adds the icons right after.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

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


def icon(name: str):
    """The QIcon declared as *name* (imports qtawesome: call after the window has painted)."""
    import qtawesome

    return qtawesome.icon(ICONS[name])


def apply_icons(actions: dict[str, QAction], prefix: str = "") -> None:
    """Give each action the icon declared as *prefix* + its name, where there is one."""
    for name, action in actions.items():
        if prefix + name in ICONS:
            action.setIcon(icon(prefix + name))
