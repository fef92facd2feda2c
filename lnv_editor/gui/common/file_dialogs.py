"""The file dialogs: the only way the app asks for a path. Two things Qt's own get too wrong.

1. They never open the store's files. Qt's file dialog (and GTK's, which runs inside our
   process too) reads the first bytes of every file it lists to guess its type and icon. When
   that file is the open store, opening and closing it releases every POSIX lock SQLite holds
   on it in this process; another process (the command line, a second window) then believes
   it is the last user, checkpoints and deletes the WAL, and our later saves go to a file
   nobody will read ("How To Corrupt An SQLite Database File", 2.2). So on Linux and other
   POSIX desktops the dialog is Qt's widget dialog with an icon provider that judges a file by
   its name alone; on Windows (locks belong to handles) and macOS (the panel runs in another
   process) the native one.
2. Dates and sizes as the rest of the interface writes them. Qt's widget dialog lists files
   through QFileSystemModel, which formats the modification date and the size with the
   *system* locale ("3 12 2026" on some desktops, whatever language the interface speaks). A
   proxy puts those two columns through gui/common/formatting.py, so a date reads
   "03/12/2026 11:53" in Vietnamese and "12/03/2026 11:53 AM" in English, as in the library.

The functions mirror QFileDialog's static ones (tests patch them here).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from functools import cache

from PySide6.QtCore import QFileInfo, QIdentityProxyModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileIconProvider,
    QFileSystemModel,
    QStyle,
    QWidget,
)

from lnv_editor.gui.common.formatting import format_datetime

SIZE, DATE = 1, 3  # QFileSystemModel's columns

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


class LocaleColumns(QIdentityProxyModel):
    """QFileSystemModel's size and date columns in the interface's locale."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        source = self.sourceModel()
        if (
            role == Qt.ItemDataRole.DisplayRole
            and index.column() in (SIZE, DATE)
            and isinstance(source, QFileSystemModel)
        ):
            where = self.mapToSource(index)
            if index.column() == DATE:
                moment = source.lastModified(where)
                if not moment.isValid():
                    return ""
                return format_datetime(datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC))
            if source.isDir(where):
                return ""
            return QLocale().formattedDataSize(source.size(where))
        return super().data(index, role)


def file_dialog(
    parent: QWidget | None,
    caption: str,
    directory: str = "",
    filter: str = "",  # noqa: A002 - Qt's name
    *,
    mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
    save: bool = False,
    options: QFileDialog.Option | None = None,
) -> QFileDialog:
    """A file dialog set up as the static functions would, with the locale proxy."""
    dialog = QFileDialog(parent, caption, str(directory or ""), filter)
    dialog.setObjectName("fileDialog")
    if not NATIVE_IS_SAFE:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setIconProvider(_provider())
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if options is not None:
        dialog.setOptions(dialog.options() | options)
    dialog.setProxyModel(LocaleColumns(dialog))
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def get_open_file_name(parent, caption: str, directory: str = "", filter: str = ""):  # noqa: A002
    files, chosen = _run(file_dialog(parent, caption, directory, filter))
    return (files[0] if files else ""), chosen


def get_open_file_names(parent, caption: str, directory: str = "", filter: str = ""):  # noqa: A002
    mode = QFileDialog.FileMode.ExistingFiles
    return _run(file_dialog(parent, caption, directory, filter, mode=mode))


def get_save_file_name(
    parent,
    caption: str,
    directory: str = "",
    filter: str = "",  # noqa: A002
    options: QFileDialog.Option | None = None,
):
    mode = QFileDialog.FileMode.AnyFile
    files, chosen = _run(
        file_dialog(parent, caption, directory, filter, mode=mode, save=True, options=options)
    )
    return (files[0] if files else ""), chosen


def get_existing_directory(parent, caption: str, directory: str = "") -> str:
    files, _chosen = _run(
        file_dialog(parent, caption, directory, mode=QFileDialog.FileMode.Directory)
    )
    return files[0] if files else ""
