"""The desktop-app habits of the main window, installed by one call from its constructor:
Help menu (shortcuts, about), File → Recent stores, remembering opened stores, icons that
follow the system's light or dark palette.

Kept out of main_window.py so that file stays about articles and the store.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMenu

from lnv_editor.gui.common.a11y import name_controls
from lnv_editor.gui.window.recent import RecentMenu, remember


class _PaletteWatcher(QObject):
    """Repaints the icons in the new text colour when the system switches light/dark."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        # Only once the icons exist: they are made after the window has painted.
        if (
            event.type() == QEvent.Type.PaletteChange
            and not self.window_.actions["save"].icon().isNull()
        ):
            self.window_.apply_icons()
            for panel in (self.window_.photo_panel, self.window_.places_panel):
                if panel is not None and hasattr(panel, "apply_icons"):
                    panel.apply_icons()
        return False


@dataclass(frozen=True)
class DesktopHabits:
    """What ``install`` added, kept by the window."""

    recent_menu: QMenu
    help_menu: QMenu
    palette_watcher: QObject


def install(window) -> DesktopHabits:
    """Add the Help menu, the recent-stores menu and their wiring to *window* (a MainWindow)."""
    a = window.actions
    file_menu = next((o for o in a["open_store"].associatedObjects() if isinstance(o, QMenu)), None)
    recent_menu = RecentMenu(window)
    if file_menu is not None:
        following = _action_after(file_menu, a["open_store"])
        file_menu.insertMenu(following, recent_menu)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.setObjectName("helpMenu")
    help_menu.addAction(a["shortcuts"])
    help_menu.addSeparator()
    help_menu.addAction(a["about"])
    a["shortcuts"].triggered.connect(lambda: show_shortcuts(window))
    a["about"].triggered.connect(lambda: show_about(window))
    window.storeReady.connect(lambda: remember(window.config, window.repo.path))
    # The docks exist once a store is open: name their controls then (gui/common/a11y.py).
    window.storeReady.connect(lambda: name_controls(window))
    window.storeReady.connect(lambda: add_mnemonics(window.view_menu))
    watcher = _PaletteWatcher(window)
    window.installEventFilter(watcher)
    return DesktopHabits(recent_menu, help_menu, watcher)


def add_mnemonics(menu: QMenu) -> None:
    """Give entries made from titles (the docks' toggles in Xem) an Alt+letter of their own:
    the first letter of a word no other entry of the menu uses yet."""
    used = {a.text().lower()[a.text().index("&") + 1] for a in menu.actions() if "&" in a.text()}
    for action in menu.actions():
        text = action.text()
        if action.isSeparator() or "&" in text:
            continue
        for i, ch in enumerate(text):
            if ch.isalnum() and (i == 0 or text[i - 1] == " ") and ch.lower() not in used:
                action.setText(text[:i] + "&" + text[i:])
                used.add(ch.lower())
                break


def _action_after(menu, action):
    actions = menu.actions()
    index = actions.index(action)
    return actions[index + 1] if index + 1 < len(actions) else None


def show_shortcuts(window) -> None:
    from lnv_editor.gui.dialogs.shortcuts import ShortcutsDialog

    ShortcutsDialog.show_for(window)


def show_about(window) -> None:
    from lnv_editor.gui.dialogs.about import AboutDialog

    AboutDialog.show_for(window.repo.path if window.repo is not None else None, window)
