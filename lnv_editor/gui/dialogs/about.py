"""Help → About: the version, what the app bundles under which licence, and where its files are.

The locations matter to support: a reporter reads out the log's path, or copies the store to a
USB stick, without hunting through hidden folders.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lnv_editor import __version__
from lnv_editor.licences import COMPONENTS, version
from lnv_editor.logs import log_path
from lnv_editor.paths import config_dir, default_store_path


def locations(store: Path | None) -> dict[str, Path]:
    """Where the open store (or the default one), its photos, the settings and the log live."""
    store = Path(store) if store is not None else default_store_path()
    return {
        "store": store,
        "media": store.with_name(store.name + ".media"),  # media.store.PhotoStore.beside
        "settings": config_dir() / "settings.json",
        "logs": log_path(),
    }


class AboutDialog(QDialog):
    def __init__(self, store: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About LNV Editor"))
        title = QLabel(f"<h2>LNV Editor {__version__}</h2>", self)
        title.setObjectName("aboutTitle")
        title.setAccessibleName(f"LNV Editor {__version__}")
        blurb = QLabel(
            self.tr(
                "The offline authoring tool of the LNV portal about craft villages "
                "and rural industry."
            ),
            self,
        )
        blurb.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        titles = {
            "store": self.tr("Store:"),
            "media": self.tr("Photos:"),
            "settings": self.tr("Settings:"),
            "logs": self.tr("Log file:"),
        }
        self.paths = locations(store)
        for key, path in self.paths.items():
            field = QLabel(str(path), self)
            field.setObjectName(f"{key}Path")
            field.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            field.setWordWrap(True)
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, to copy it
            label = QLabel(titles[key], self)
            label.setBuddy(field)
            field.setAccessibleName(titles[key].rstrip(":"))
            form.addRow(label, field)
        heading = QLabel(self.tr("LNV Editor bundles these components:"), self)
        self.components = QTreeWidget(self)
        self.components.setObjectName("componentsTree")
        self.components.setAccessibleName(self.tr("Bundled components"))
        self.components.setColumnCount(3)
        self.components.setHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.components.setRootIsDecorated(False)
        self.components.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for component in COMPONENTS:
            licence = (
                QCoreApplication.translate("Licences", component.licence)
                if component.licence
                else ""
            )
            licence = licence or self.tr("see its project page")
            item = QTreeWidgetItem(
                self.components, [component.name, version(component) or "—", licence]
            )
            item.setToolTip(0, component.url)
            item.setToolTip(2, component.url)
        header = self.components.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        note = QLabel(
            self.tr(
                "Qt and PySide6 are used under the GNU LGPL version 3: this build "
                "links them as separate libraries in its folder, which you may "
                "replace with your own build. LNV Editor itself is MIT-licensed."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(heading)
        layout.addWidget(self.components, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 38)

    @classmethod
    def show_for(cls, store: Path | None, parent: QWidget | None = None) -> None:
        dialog = cls(store, parent)
        dialog.exec()
        dialog.deleteLater()
