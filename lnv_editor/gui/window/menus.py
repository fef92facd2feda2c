"""The main window's menu bar and toolbar, laid out from the actions table (actions.py).

The window keeps what this returns; features add their entries to these menus through the
window's ``add_actions``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

FILE = (
    "new",
    "new_window",
    "open_store",
    "new_store",
    None,
    "save",
    "history",
    None,
    "export",
    "import",
    "import_folder",
    None,
    "server",
    "preferences",
    None,
    "quit",
)
EDIT = (
    "undo",
    "redo",
    None,
    "find",
    "find_next",
    None,
    "comment",
    "compare",
    None,
    "trash",
    "restore",
    "empty_trash",
)
FORMAT = ("bold", "italic", "heading", "quote", "bullets", "link")
TOOLBAR = (
    "new",
    "save",
    None,
    "undo",
    "redo",
    None,
    "bold",
    "italic",
    "heading",
    "quote",
    "bullets",
    "link",
    None,
    "find",
    "history",
)


@dataclass(frozen=True)
class Menus:
    file: QMenu
    edit: QMenu
    view: QMenu
    format: QMenu
    toolbar: QToolBar


def _fill(target: QMenu | QToolBar, actions: dict[str, QAction], names) -> None:
    for name in names:
        target.addSeparator() if name is None else target.addAction(actions[name])


def build_menus(window: QMainWindow, actions: dict[str, QAction]) -> Menus:
    """File, Edit, View (filled by the docks and the preview), Format, and the toolbar."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    _fill(file_menu, actions, FILE)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    _fill(edit_menu, actions, EDIT)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    format_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "F&ormat"))
    _fill(format_menu, actions, FORMAT)
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    _fill(toolbar, actions, TOOLBAR)
    return Menus(file_menu, edit_menu, view_menu, format_menu, toolbar)
