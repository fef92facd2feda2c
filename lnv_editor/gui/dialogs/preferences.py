"""Preferences: the settings declared in config.SETTINGS that a user chooses.

Grouped as a reporter thinks of them: the interface, new articles, saving. Each group is a
QGroupBox added through ``add_group``, so a feature with its own settings adds its group
without touching the others (the review workflow's person profile is one).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.config import Config
from lnv_editor.core.article import SECTIONS
from lnv_editor.core.vietnamese import nfc
from lnv_editor.gui.common.a11y import name_controls


class PreferencesDialog(QDialog):
    def __init__(self, config: Config, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._started_language = config.get("language")
        self._layout = QVBoxLayout(self)
        self._groups: list[QFormLayout] = []

        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(config.get("language"))))
        interface = self.add_group(self.tr("Interface"))
        interface.addRow(self.tr("&Interface language:"), self.language)

        self.tone_style = QComboBox(self)
        self.tone_style.setObjectName("toneStyleCombo")
        self.tone_style.addItem(self.tr("Traditional: hòa, thủy, Thanh Hóa"), "old")
        self.tone_style.addItem(self.tr("New (2018 rules): hoà, thuỷ, Thanh Hoá"), "new")
        self.tone_style.setCurrentIndex(max(0, self.tone_style.findData(config.get("tone_style"))))
        self.byline = QLineEdit(config.get("default_byline"), self)
        self.byline.setObjectName("defaultBylineEdit")
        self.byline.setPlaceholderText(self.tr("e.g. your name"))
        self.section = QComboBox(self)
        self.section.setObjectName("defaultSectionCombo")
        self.section.setEditable(True)
        self.section.addItem("", "")
        self.section.addItems(SECTIONS)
        self.section.setCurrentText(config.get("default_section"))
        articles = self.add_group(self.tr("Articles"))
        articles.addRow(self.tr("&Tone marks in stored text:"), self.tone_style)
        articles.addRow(self.tr("&Byline of new articles:"), self.byline)
        articles.addRow(self.tr("S&ection of new articles:"), self.section)

        self.idle = QSpinBox(self, minimum=200, maximum=10000, singleStep=100, suffix=" ms")
        self.idle.setObjectName("autosaveIdleSpin")
        self.idle.setValue(config.get("autosave_idle_ms"))
        self.max = QSpinBox(self, minimum=300, maximum=30000, singleStep=100, suffix=" ms")
        self.max.setObjectName("autosaveMaxSpin")
        self.max.setValue(config.get("autosave_max_ms"))
        saving = self.add_group(self.tr("Autosave"))
        saving.addRow(self.tr("Autosave after a &pause of:"), self.idle)
        saving.addRow(self.tr("While typing, autosave at &least every:"), self.max)

        # The portal bundles are made for (export/portal.py); an export checks the address.
        self.portal_url = QLineEdit(config.get("portal_url"), self)
        self.portal_url.setObjectName("portalUrlEdit")
        self.portal_url.setPlaceholderText("https://lnv.vn")
        self.publisher_name = QLineEdit(config.get("publisher_name"), self)
        self.publisher_name.setObjectName("publisherNameEdit")
        self.publisher_logo = QLineEdit(config.get("publisher_logo"), self)
        self.publisher_logo.setObjectName("publisherLogoEdit")
        self.publisher_logo.setPlaceholderText(self.tr("e.g. /logo.png or https://lnv.vn/logo.png"))
        portal = self.add_group(self.tr("Portal"))
        portal.addRow(self.tr("Portal a&ddress:"), self.portal_url)
        portal.addRow(self.tr("Publis&her name:"), self.publisher_name)
        portal.addRow(self.tr("Publisher l&ogo:"), self.publisher_logo)

        # The person profile for the review workflow (gui/review/person_form.py).
        from lnv_editor.gui.review.person_form import PersonForm

        self.person = PersonForm(config, self)
        self.add_group(self.tr("Your profile")).addRow(self.person)
        note = QLabel(
            self.tr(
                "A new interface language or tone-mark style applies the next time "
                "LNV Editor starts. Search finds both styles either way."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._layout.addWidget(note)
        self._layout.addWidget(buttons)
        for form in self._groups:
            _name_fields(form)
        name_controls(self)
        # Wrapped notes need their height for the width the dialog opens at, or their last
        # line is cut off (Qt sizes a dialog from its layouts' plain size hints).
        width = max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 72)
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, max(height, self.sizeHint().height()))

    def add_group(self, title: str, index: int = -1) -> QFormLayout:
        """A titled group of settings; returns its form for the rows."""
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        self._layout.insertWidget(index if index >= 0 else self._layout.count(), box)
        self._groups.append(form)
        return form

    def accept(self) -> None:
        """OK: a new interface language is said to take effect after a restart (the menus
        and panels are built in the language LNV Editor started in)."""
        language = self.language.currentData()
        if language != self._started_language:
            QMessageBox.information(
                self,
                self.tr("Interface language"),
                self.tr(
                    "LNV Editor will speak {language} after a restart. Close it and open it "
                    "again to switch; nothing you wrote is lost."
                ).format(language=self.language.currentText()),
            )
        super().accept()

    def data(self) -> dict:
        return {
            "language": self.language.currentData(),
            "tone_style": self.tone_style.currentData(),
            "default_byline": nfc(self.byline.text().strip()),
            "default_section": nfc(self.section.currentText().strip()),
            "autosave_idle_ms": self.idle.value(),
            "autosave_max_ms": self.max.value(),
            "portal_url": self.portal_url.text().strip(),
            "publisher_name": nfc(self.publisher_name.text().strip()),
            "publisher_logo": self.publisher_logo.text().strip(),
        } | self.person.data()

    @classmethod
    def getData(cls, config: Config, parent=None) -> tuple[dict, bool]:  # noqa: N802
        dialog = cls(config, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        data = dialog.data()
        dialog.deleteLater()
        return data, accepted


def _name_fields(form: QFormLayout) -> None:
    """Each field's label is its buddy (Alt+letter jumps to it) and its accessible name."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None:
            continue
        label, field = label.widget(), field.widget()
        if isinstance(label, QLabel) and isinstance(field, QWidget):
            label.setBuddy(field)
            if not field.accessibleName():
                field.setAccessibleName(label.text().replace("&", "").rstrip(":"))
