"""Answer the app's real file dialogs (gui/common/file_dialogs.py) as a user would.

The dialog is shown and its file-system model lists the folder, icons and types included
(that listing is what once opened the store file behind SQLite's back); then the files are
chosen by name and the dialog accepted, or it is cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLineEdit, QListView


def answer_file_dialogs(
    monkeypatch,
    qtbot,
    choose: Callable[[QFileDialog], list[str | Path] | None],
    folder: str | Path | None = None,
    *,
    all_files: bool = False,
) -> list[dict]:
    """Patch ``QFileDialog.exec``: the user goes to *folder* (if given), the dialog lists it,
    showing every file with *all_files* (the last filter), and *choose(dialog)* returns the paths to pick (None cancels). Returns a record of each
    dialog seen: its title, folder, filters and what it listed."""
    seen: list[dict] = []

    def run(dialog: QFileDialog) -> int:
        model = dialog.findChild(QFileSystemModel)
        loaded: list[str] = []
        model.directoryLoaded.connect(loaded.append)
        dialog.show()
        if folder is not None:
            dialog.setDirectory(str(folder))
        if all_files:
            dialog.selectNameFilter(dialog.nameFilters()[-1])
        shown = dialog.directory().absolutePath()
        root = model.index(shown)
        qtbot.waitUntil(lambda: shown in loaded or model.rowCount(root) > 0, timeout=5000)

        def listed() -> list[str]:
            return [model.index(i, 0, root).data() for i in range(model.rowCount(root))]

        def typed() -> bool:  # the gatherer has asked the icon provider for every row
            return all(model.index(i, 2, root).data() for i in range(model.rowCount(root)))

        qtbot.waitUntil(typed, timeout=5000)
        seen.append(
            {
                "title": dialog.windowTitle(),
                "folder": shown,
                "filters": dialog.nameFilters(),
                "listed": listed(),
                "native": not dialog.testOption(QFileDialog.Option.DontUseNativeDialog),
            }
        )
        paths = choose(dialog)
        if not paths:
            dialog.reject()
            return QFileDialog.DialogCode.Rejected
        # Typed into the name field, as a user may ("a.jpg" "b.jpg" for more than one).
        dialog.setDirectory(str(Path(paths[0]).parent))
        dialog.findChild(QListView, "listView").selectionModel().clearSelection()
        names = [Path(p).name for p in paths]
        typed_names = names[0] if len(names) == 1 else " ".join(f'"{n}"' for n in names)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(typed_names)
        dialog.hide()
        return QFileDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", run)
    return seen
