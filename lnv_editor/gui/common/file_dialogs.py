"""The file dialogs, with dates and sizes as the rest of the interface writes them.

Qt's own (non-native) file dialog lists files through QFileSystemModel, which formats the
modification date and the size with the *system* locale ("3 12 2026" on some desktops, whatever
language the interface speaks). Every file dialog of the app is made here, and a proxy puts
those two columns through gui/common/formatting.py, so a date reads "03/12/2026 11:53" in
Vietnamese and "12/03/2026 11:53 AM" in English, as in the library and the timeline. Native
dialogs (Windows, macOS, desktop portals) keep their own look: Qt uses the proxy only for its
own dialog. The functions mirror QFileDialog's static ones.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QIdentityProxyModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget

from lnv_editor.gui.common.formatting import format_datetime

SIZE, DATE = 1, 3  # QFileSystemModel's columns


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
    dialog = QFileDialog(parent, caption, directory, filter)
    dialog.setObjectName("fileDialog")
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
