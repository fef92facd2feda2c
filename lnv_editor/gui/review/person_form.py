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
        # Connected to the newsroom server (gui/sync/), the server's role is the role: shown
        # here, not chosen, since the server enforces it.
        server_role = config.get("server_role")
        self.role.setCurrentIndex(
            max(0, self.role.findData(server_role or config.get("person_role")))
        )
        self.role.setEnabled(not server_role)
        note = QLabel(
            self.tr(
                "Shown in the review timeline and on your comments. The role only "
                "chooses which review buttons you see; it is not a password."
            )
            if not server_role
            else self.tr(
                "Your role is the one the newsroom server gives your account; the server "
                "decides what you may do. Ask its administrator to change it."
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
