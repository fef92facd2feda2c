"""Icons, declared once by action name, made with qtawesome after the window is shown.

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
}


def apply_icons(actions: dict[str, QAction]) -> None:
    import qtawesome

    for name, action in actions.items():
        icon_name = ICONS.get(name)
        if icon_name:
            action.setIcon(qtawesome.icon(icon_name))
