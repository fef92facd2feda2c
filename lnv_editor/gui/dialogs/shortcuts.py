"""Help → Keyboard shortcuts: every shortcut of the window, read from its actions.

The rows come from the actions table (gui/window/actions.py), grouped by the menu each action
sits in, plus the shortcuts the panels' own actions carry (the photo list's Delete, Alt+Up…).
Nothing here is typed by hand, so the list cannot drift from what the keys really do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.gui.window.actions import ACTIONS


@dataclass(frozen=True)
class ShortcutRow:
    group: str
    text: str
    keys: tuple[str, ...]  # portable form ("Ctrl+Shift+Z"): compared by tests, shown natively
    action_name: str


def plain(text: str) -> str:
    """A menu text without its mnemonic marker or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(action: QAction) -> tuple[str, ...]:
    return tuple(
        k.toString(QKeySequence.SequenceFormat.PortableText)
        for k in action.shortcuts()
        if not k.isEmpty()
    )


def shortcut_rows(window: QWidget) -> list[ShortcutRow]:
    """The shortcuts of *window*: its table actions by menu, then the panels' actions."""
    actions: dict[str, QAction] = getattr(window, "actions", {})
    group_of: dict[int, str] = {}
    menu_bar = window.menuBar() if hasattr(window, "menuBar") else None
    for menu_action in menu_bar.actions() if menu_bar is not None else ():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else ():
            group_of.setdefault(id(action), plain(menu_action.text()))
    other = QCoreApplication.translate("ShortcutsDialog", "Other")
    rows = []
    for spec in ACTIONS:
        action = actions.get(spec.name)
        if action is None or not _keys(action):
            continue
        rows.append(
            ShortcutRow(
                group_of.get(id(action), other), plain(action.text()), _keys(action), spec.name
            )
        )
    table = {id(a) for a in actions.values()}
    for action in window.findChildren(QAction):
        if id(action) in table or not _keys(action) or action.objectName().startswith("qt_"):
            continue
        rows.append(
            ShortcutRow(
                plain(group_of.get(id(action)) or _panel_of(action) or other),
                plain(action.text()),
                _keys(action),
                action.objectName(),
            )
        )
    return rows


def _panel_of(action: QAction) -> str:
    """The title of the panel (dock) an action belongs to; never the main window's title,
    which names the open article."""
    widget = action.parent()
    while isinstance(widget, QWidget):
        if isinstance(widget, QDockWidget):
            return widget.windowTitle()
        if isinstance(widget, QMainWindow):
            return ""
        if widget.isWindow():  # a panel opened as its own window
            return widget.windowTitle()
        widget = widget.parentWidget()
    return ""


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(window)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for row in self.rows:
            parent_item = groups.get(row.group)
            if parent_item is None:
                parent_item = groups[row.group] = QTreeWidgetItem(self.tree, [row.group])
                font = parent_item.font(0)
                font.setBold(True)
                parent_item.setFont(0, font)
                parent_item.setFirstColumnSpanned(True)
                parent_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent_item.setExpanded(True)
            native = "  ·  ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in row.keys
            )
            QTreeWidgetItem(parent_item, [row.text, native])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        note = QLabel(
            self.tr(
                "In the text fields, the usual editing keys work as well: Ctrl+A, "
                "Ctrl+C, Ctrl+X, Ctrl+V, Home and End; Enter continues a list or a "
                "quotation."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.fontMetrics().height() * 34)

    @classmethod
    def show_for(cls, window: QWidget) -> None:
        dialog = cls(window)
        dialog.exec()
        dialog.deleteLater()
