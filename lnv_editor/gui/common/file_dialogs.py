"""File dialogs that never open the store's files: the only way the app asks for a path.

Qt's own file dialog (and GTK's, which runs inside our process too) reads the first bytes of
every file it lists to guess its type and icon. When that file is the open store, opening and
closing it releases every POSIX lock SQLite holds on it in this process; another process (the
command line, a second window) then believes it is the last user, checkpoints and deletes the
WAL, and our later saves go to a file nobody will read ("How To Corrupt An SQLite Database
File", 2.2). So on POSIX systems the dialog is Qt's widget dialog with an icon provider that
judges a file by its name alone; on Windows, where locks belong to handles, the native one.

Call sites use these functions (tests patch them here, like ``QFileDialog.get*``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QApplication, QFileDialog, QFileIconProvider, QStyle, QWidget

# Native dialogs that run in another process (the portal, macOS's powerbox) or whose file
# locks belong to handles (Windows) are safe; an in-process GTK dialog is not.
NATIVE_IS_SAFE = sys.platform in ("win32", "darwin")


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name, never from its content."""

    def icon(self, what):  # noqa: D401 - Qt override (QFileInfo or IconType)
        if isinstance(what, QFileInfo):
            style = QApplication.style()
            pixmap = (
                QStyle.StandardPixmap.SP_DirIcon
                if what.isDir()
                else QStyle.StandardPixmap.SP_FileIcon
            )
            return style.standardIcon(pixmap)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # noqa: A003 - Qt override
        if info.isDir():
            return QApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix()
        if not suffix:
            return QApplication.translate("FileDialogs", "File")
        return QApplication.translate("FileDialogs", "{suffix} file").format(suffix=suffix.upper())


@cache
def _provider() -> NameOnlyIconProvider:
    # One for every dialog, alive as long as the app: a dialog does not own its provider.
    return NameOnlyIconProvider()


def _dialog(
    parent: QWidget | None, caption: str, directory: str | Path, name_filter: str
) -> QFileDialog:
    dialog = QFileDialog(parent, caption, str(directory or ""), name_filter)
    if not NATIVE_IS_SAFE:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setIconProvider(_provider())
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return list(dialog.selectedFiles())
    finally:
        dialog.deleteLater()


def open_file_names(
    parent: QWidget | None, caption: str, directory: str | Path = "", name_filter: str = ""
) -> list[str]:
    """Existing files chosen to open; [] when cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def open_file_name(
    parent: QWidget | None, caption: str, directory: str | Path = "", name_filter: str = ""
) -> str:
    """One existing file chosen to open; "" when cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def save_file_name(
    parent: QWidget | None,
    caption: str,
    directory: str | Path = "",
    name_filter: str = "",
    *,
    confirm_overwrite: bool = True,
) -> str:
    """A file name to write (it may exist: the dialog asks first); "" when cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if not confirm_overwrite:
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def existing_directory(parent: QWidget | None, caption: str, directory: str | Path = "") -> str:
    """A folder; "" when cancelled."""
    dialog = _dialog(parent, caption, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
