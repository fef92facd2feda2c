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


def icon(name: str):
    """The QIcon declared as *name* (imports qtawesome: call after the window has painted),
    drawn in the palette's text colours so it reads on light and dark themes alike (called again
    when the system switches: gui/window/desktop.py)."""
    import qtawesome
    from PySide6.QtGui import QGuiApplication, QPalette

    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    return qtawesome.icon(ICONS[name], color=text, color_active=text, color_disabled=disabled)


def apply_icons(actions: dict[str, QAction], prefix: str = "") -> None:
    """Give each action the icon declared as *prefix* + its name, where there is one."""
    for name, action in actions.items():
        if prefix + name in ICONS:
            action.setIcon(icon(prefix + name))
