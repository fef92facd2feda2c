"""Every action of the main window, declared once: name, text, shortcut, tip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from lnv_editor.core.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str  # English, translated in the "Actions" context
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", QT_TRANSLATE_NOOP("Actions", "&New article"), QKeySequence.StandardKey.New,
               QT_TRANSLATE_NOOP("Actions", "Create an article and start with its title")),
    ActionSpec("new_window", QT_TRANSLATE_NOOP("Actions", "New &window"), "Ctrl+Shift+N"),
    ActionSpec("open_store", QT_TRANSLATE_NOOP("Actions", "&Open store…"), QKeySequence.StandardKey.Open),
    ActionSpec("save", QT_TRANSLATE_NOOP("Actions", "&Save"), QKeySequence.StandardKey.Save,
               QT_TRANSLATE_NOOP("Actions", "Save now and keep a revision (autosave runs anyway)")),
    ActionSpec("history", QT_TRANSLATE_NOOP("Actions", "Revision &history…"), "Ctrl+Shift+H"),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…"), "Ctrl+,"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), QKeySequence.StandardKey.Undo),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "Ctrl+Y"),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), QKeySequence.StandardKey.Find),
    ActionSpec("find_next", QT_TRANSLATE_NOOP("Actions", "Find &next"), QKeySequence.StandardKey.FindNext),
    ActionSpec("bold", QT_TRANSLATE_NOOP("Actions", "&Bold"), QKeySequence.StandardKey.Bold),
    ActionSpec("italic", QT_TRANSLATE_NOOP("Actions", "&Italic"), QKeySequence.StandardKey.Italic),
    ActionSpec("heading", QT_TRANSLATE_NOOP("Actions", "&Subheading"), "Ctrl+2"),
    ActionSpec("quote", QT_TRANSLATE_NOOP("Actions", "&Quotation"), "Ctrl+Shift+Q"),
    ActionSpec("bullets", QT_TRANSLATE_NOOP("Actions", "&List"), "Ctrl+Shift+8"),
    ActionSpec("link", QT_TRANSLATE_NOOP("Actions", "&Link"), "Ctrl+K"),
    ActionSpec("comment", QT_TRANSLATE_NOOP("Actions", "Add &comment"), "Ctrl+Alt+M",
               QT_TRANSLATE_NOOP("Actions", "Comment on the selected text")),
    ActionSpec("compare", QT_TRANSLATE_NOOP("Actions", "&Compare versions…"), "Ctrl+Alt+D",
               QT_TRANSLATE_NOOP("Actions", "Compare two revisions, or a revision with the text now")),
)


def make_actions(parent) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setToolTip(QCoreApplication.translate("Actions", spec.tip))
            action.setStatusTip(action.toolTip())
        actions[spec.name] = action
    return actions
