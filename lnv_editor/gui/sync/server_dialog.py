"""File → Newsroom server…: the server's address, the user name and password, Connect and
Disconnect.

*Connect* tries the address on a worker thread (the dialog stays responsive and says
"Connecting…"); a failure stays in the dialog as one sentence saying what to do
(gui/sync/errors.py), a success closes it with the role the server gave. The password goes to
the system keyring when there is one; the dialog says when there is none, and then nothing
keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from lnv_editor.gui.common.a11y import name_controls
from lnv_editor.gui.common.workers import Runner
from lnv_editor.gui.sync.errors import describe_connect_error
from lnv_editor.gui.sync.passwords import keyring_available

DEFAULT_PORT = 5432


@dataclass
class ServerChoice:
    """What the dialog ended with: "connect" (with the checked address and its role),
    "disconnect", or "" (closed)."""

    action: str = ""
    address: object | None = None  # lnv_editor.sync.address.ServerAddress, password included
    role: str = ""
    remember: bool = False


class ServerDialog(QDialog):
    def __init__(
        self,
        address=None,
        *,
        connected: bool = False,
        status: str = "",
        probe: Callable | None = None,
        parent=None,
    ) -> None:
        """*address*: the server used now (its fields filled in); *connected*: whether this
        laptop syncs with it; *status*: a sentence on where it stands; *probe(address)*: runs
        on a worker thread and returns the role the server gives, or raises."""
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Newsroom server"))
        self.choice = ServerChoice()
        self._probe = probe
        self._runner = Runner(self, name="lnv-connect")
        self._trying = None
        intro = QLabel(
            self.tr(
                "Connect this laptop to the newsroom's shared server: your articles, "
                "review steps and comments are sent there and the others' come here. You "
                "keep writing offline; LNV Editor catches up when the server is back."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("e.g. toasoan.lnv.vn or 192.168.1.10"))
        self.port = QSpinBox(self, minimum=1, maximum=65535)
        self.port.setObjectName("serverPort")
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.database.setObjectName("serverDatabase")
        self.database.setText("lnv")
        self.user = QLineEdit(self)
        self.user.setObjectName("serverUser")
        self.user.setPlaceholderText(self.tr("the name the administrator gave you"))
        self.password = QLineEdit(self)
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Keep the password in the system keyring"), self)
        self.remember.setObjectName("rememberPassword")
        self.remember.setChecked(True)
        self.keyring_note = QLabel(
            self.tr(
                "This computer has no system keyring: the password is not saved anywhere, "
                "and LNV Editor asks for it again after a restart."
            ),
            self,
        )
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        has_keyring = keyring_available()
        self.remember.setVisible(has_keyring)
        self.keyring_note.setVisible(not has_keyring)
        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and isinstance(label.widget(), QLabel) and field is not None:
                label.widget().setBuddy(field.widget())
        self.state = QLabel(status, self)
        self.state.setObjectName("serverState")
        self.state.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("serverError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }")
        self.error.hide()
        buttons = QDialogButtonBox(self)
        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.disconnect_button = QPushButton(self.tr("&Disconnect"), self)
        self.disconnect_button.setObjectName("disconnectButton")
        self.disconnect_button.setEnabled(connected)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.disconnect_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(self.try_connect)
        self.disconnect_button.clicked.connect(self._disconnect)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.state)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.host.textEdited.connect(self._pasted_address)
        if address is not None:
            self.host.setText(address.host)
            self.port.setValue(address.port)
            self.database.setText(address.database)
            self.user.setText(address.user)
            self.password.setText(address.password)
        name_controls(self)
        width = max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 70)
        self.resize(width, self.sizeHint().height())
        (self.password if self.user.text() else self.host).setFocus()

    def _pasted_address(self, text: str) -> None:
        """A whole postgresql://… address pasted into the first field fills them all."""
        if not text.strip().startswith(("postgresql://", "postgres://")):
            return
        from lnv_editor.sync.address import ServerAddress

        try:
            address = ServerAddress.parse(text)
        except Exception:  # noqa: BLE001 - not whole yet: leave it as typed
            return
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        if address.password:
            self.password.setText(address.password)

    def address(self):
        """The address in the fields, password included; raises InputError when incomplete."""
        from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError

        host, database, user = (w.text().strip() for w in (self.host, self.database, self.user))
        if not host or not database or not user:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Fill in the server address, the database and your user name: the "
                    "newsroom's administrator gives them to you.",
                )
            )
        from lnv_editor.sync.address import ServerAddress

        return ServerAddress(host, self.port.value(), database, user, self.password.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def try_connect(self) -> None:
        """Check the address on a worker thread; close with it when the server answers."""
        from lnv_editor.gui.common.errors import describe_error

        try:
            address = self.address()
        except Exception as exc:  # noqa: BLE001 - an InputError, said in the dialog
            self.show_error(describe_error(exc))
            return
        if not address.password:
            self.show_error(self.tr("Type your password."))
            self.password.setFocus()
            return
        self.show_error("")
        self.state.setText(self.tr("Connecting to {where}…").format(where=address.host))
        self.connect_button.setEnabled(False)
        self._trying = address
        self._runner.submit(
            self._probe,
            address,
            on_done=lambda role: self._connected(address, role),
            on_error=lambda error: self._failed(address, error),
        )

    def _connected(self, address, role) -> None:
        self._trying = None
        self.choice = ServerChoice(
            "connect",
            address,
            str(getattr(role, "value", role)),
            self.remember.isVisible() and self.remember.isChecked(),
        )
        self.accept()

    def _failed(self, address, error: BaseException) -> None:
        self._trying = None
        self.connect_button.setEnabled(True)
        self.state.setText(self.tr("Not connected."))
        self.show_error(describe_connect_error(error, address))

    def _disconnect(self) -> None:
        self.choice = ServerChoice("disconnect")
        self.accept()

    def done(self, result: int) -> None:
        self._runner.shutdown(wait=False)  # a check still running ends unheard
        super().done(result)

    def data(self) -> ServerChoice:
        return self.choice

    @classmethod
    def getData(cls, parent=None, **kwargs) -> tuple[ServerChoice, bool]:  # noqa: N802
        dialog = cls(parent=parent, **kwargs)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.data()
        dialog.deleteLater()
        return choice, accepted
