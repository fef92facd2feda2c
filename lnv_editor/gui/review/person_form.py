"""The person profile in the preferences: a name and a role for the review workflow.

Not access control: this is a desktop app, and whoever sits at it can change the role. The
shared newsroom store will bring real accounts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from lnv_editor.core.workflow import ROLE_LABELS, Role


class PersonForm(QWidget):
    def __init__(self, config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self.name = QLineEdit(config.get("person_name"), self)
        self.name.setObjectName("personName")
        self.name.setPlaceholderText(self.tr("e.g. Lê Nam"))
        self.role = QComboBox(self)
        self.role.setObjectName("personRole")
        for role in Role:
            self.role.addItem(QCoreApplication.translate("Workflow", ROLE_LABELS[role]), role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(config.get("person_role"))))
        note = QLabel(
            self.tr(
                "Shown in the review timeline and on your comments. The role only "
                "chooses which review buttons you see; it is not a password."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Your role:"), self.role)
        form.addRow(note)

    def data(self) -> dict:
        return {
            "person_name": " ".join(self.name.text().split()),
            "person_role": self.role.currentData(),
        }
