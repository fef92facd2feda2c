"""Preferences: the settings declared in config.SETTINGS that a user chooses."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from lnv_editor.config import Config


class PreferencesDialog(QDialog):
    def __init__(self, config: Config, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(config.get("language"))))
        self.tone_style = QComboBox(self)
        self.tone_style.setObjectName("toneStyleCombo")
        self.tone_style.addItem(self.tr("Traditional: hòa, thủy, Thanh Hóa"), "old")
        self.tone_style.addItem(self.tr("New (2018 rules): hoà, thuỷ, Thanh Hoá"), "new")
        self.tone_style.setCurrentIndex(max(0, self.tone_style.findData(config.get("tone_style"))))
        self.idle = QSpinBox(self, minimum=200, maximum=10000, singleStep=100, suffix=" ms")
        self.idle.setValue(config.get("autosave_idle_ms"))
        self.max = QSpinBox(self, minimum=300, maximum=30000, singleStep=100, suffix=" ms")
        self.max.setValue(config.get("autosave_max_ms"))
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Tone marks in stored text:"), self.tone_style)
        form.addRow(self.tr("Autosave after a pause of:"), self.idle)
        form.addRow(self.tr("While typing, autosave at least every:"), self.max)
        note = QLabel(self.tr("A new interface language or tone-mark style applies the next time "
                              "LNV Editor starts. Search finds both styles either way."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        # Review hook: the person profile (gui/review/person_form.py).
        from lnv_editor.gui.review.person_form import PersonForm

        self.person = PersonForm(config, self)
        layout.addWidget(self.person)
        layout.addWidget(buttons)

    def data(self) -> dict:
        return {
            "language": self.language.currentData(),
            "tone_style": self.tone_style.currentData(),
            "autosave_idle_ms": self.idle.value(),
            "autosave_max_ms": self.max.value(),
        } | self.person.data()

    @classmethod
    def getData(cls, config: Config, parent=None) -> tuple[dict, bool]:  # noqa: N802
        dialog = cls(config, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        data = dialog.data()
        dialog.deleteLater()
        return data, accepted
