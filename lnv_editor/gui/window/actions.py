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
    shortcut: QKeySequence.StandardKey | str | tuple[str, ...] | None = None
    tip: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("Actions", "&New article"),
        QKeySequence.StandardKey.New,
        QT_TRANSLATE_NOOP("Actions", "Create an article and start with its title"),
    ),
    ActionSpec("new_window", QT_TRANSLATE_NOOP("Actions", "New &window"), "Ctrl+Shift+N"),
    ActionSpec(
        "open_store",
        QT_TRANSLATE_NOOP("Actions", "&Open store…"),
        QKeySequence.StandardKey.Open,
        QT_TRANSLATE_NOOP("Actions", "Open an existing store file"),
    ),
    ActionSpec(
        "new_store",
        QT_TRANSLATE_NOOP("Actions", "New sto&re…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Create an empty store in a new file"),
    ),
    ActionSpec(
        "save",
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        QKeySequence.StandardKey.Save,
        QT_TRANSLATE_NOOP("Actions", "Save now and keep a revision (autosave runs anyway)"),
    ),
    ActionSpec("history", QT_TRANSLATE_NOOP("Actions", "Revision &history…"), "Ctrl+Shift+H"),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("Actions", "&Publish…"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Actions", "Export articles as bundles for the website"),
    ),
    ActionSpec(
        "import",
        QT_TRANSLATE_NOOP("Actions", "&Import…"),
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP("Actions", "Import a bundle (zip) or a publish store"),
    ),
    ActionSpec("import_folder", QT_TRANSLATE_NOOP("Actions", "Import from &folder…")),
    ActionSpec(
        "server",
        QT_TRANSLATE_NOOP("Actions", "Newsroom ser&ver…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Connect this laptop to the newsroom's shared server"),
    ),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…"), "Ctrl+,"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), QKeySequence.StandardKey.Undo),
    # Ctrl+Y and Ctrl+Shift+Z both redo; make_actions puts the platform's own first, so the menu
    # shows what the text fields' context menu shows.
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), ("Ctrl+Y", "Ctrl+Shift+Z")),
    ActionSpec(
        "trash",
        QT_TRANSLATE_NOOP("Actions", "Move to &trash"),
        QKeySequence.StandardKey.Delete,
        QT_TRANSLATE_NOOP(
            "Actions", "Move the selected articles to the trash (Ctrl+Z brings them back)"
        ),
    ),
    ActionSpec(
        "restore",
        QT_TRANSLATE_NOOP("Actions", "&Restore from trash"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Bring the selected articles back to the library"),
    ),
    ActionSpec(
        "empty_trash",
        QT_TRANSLATE_NOOP("Actions", "&Empty trash…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Delete the articles in the trash for good (cannot be undone)"
        ),
    ),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), QKeySequence.StandardKey.Find),
    ActionSpec(
        "find_next", QT_TRANSLATE_NOOP("Actions", "Find &next"), QKeySequence.StandardKey.FindNext
    ),
    ActionSpec("bold", QT_TRANSLATE_NOOP("Actions", "&Bold"), QKeySequence.StandardKey.Bold),
    ActionSpec("italic", QT_TRANSLATE_NOOP("Actions", "&Italic"), QKeySequence.StandardKey.Italic),
    ActionSpec("heading", QT_TRANSLATE_NOOP("Actions", "&Subheading"), "Ctrl+2"),
    ActionSpec("quote", QT_TRANSLATE_NOOP("Actions", "&Quotation"), "Ctrl+Shift+Q"),
    ActionSpec("bullets", QT_TRANSLATE_NOOP("Actions", "&List"), "Ctrl+Shift+8"),
    ActionSpec("link", QT_TRANSLATE_NOOP("Actions", "&Link"), "Ctrl+K"),
    ActionSpec(
        "comment",
        QT_TRANSLATE_NOOP("Actions", "Add &comment"),
        "Ctrl+Alt+M",
        QT_TRANSLATE_NOOP("Actions", "Comment on the selected text"),
    ),
    ActionSpec(
        "compare",
        QT_TRANSLATE_NOOP("Actions", "&Compare versions…"),
        "Ctrl+Alt+D",
        QT_TRANSLATE_NOOP("Actions", "Compare two revisions, or a revision with the text now"),
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "Ctrl+/",
        QT_TRANSLATE_NOOP("Actions", "Every keyboard shortcut of LNV Editor"),
    ),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About LNV Editor")),
)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The action's shortcuts, the one the menus show first."""
    if not isinstance(spec.shortcut, tuple):
        return [QKeySequence(spec.shortcut)]
    keys = [QKeySequence(k) for k in spec.shortcut]
    if spec.name == "redo":  # Qt's text fields show the platform's Redo in their context menu
        native = QKeySequence(QKeySequence.StandardKey.Redo)
        keys.sort(key=lambda k: k != native)
    return keys


def make_actions(parent) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcut is not None:
            action.setShortcuts(key_sequences(spec))
        tip = QCoreApplication.translate("Actions", spec.tip) if spec.tip else ""
        if tip:
            action.setStatusTip(tip)
        tip = tip or action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(
            "…"
        )
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        # "In đậm (Ctrl+B)": the shortcut as this platform writes it (⌘B on macOS).
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        actions[spec.name] = action
    return actions
