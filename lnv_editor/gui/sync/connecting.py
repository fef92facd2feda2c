"""Choosing the newsroom server: from the dialog, ``--server``, ``LNV_SERVER`` or the address
saved last time; asking before a laptop's own articles go up; the server's role replacing the
one chosen in the preferences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def configured_address(config, override: str = ""):
    """The server to use, its password resolved (address, LNV_SERVER, keyring), or None.
    Raises InputError for an address that cannot be read."""
    text = override or config.get("server")
    if not text:
        return None
    from lnv_editor.sync.address import ServerAddress

    return ServerAddress.parse(text).resolved()


def confirm_upload(controller, address) -> bool:
    """A store with articles that never synced uploads them all: ask first (once a store)."""
    window = controller.window
    repo, config = window.repo, window.config
    if repo is None or repo.path is None:
        return False
    key = str(Path(repo.path).resolve())
    agreed = config.get("server_stores")
    if key in agreed:
        return True
    count = repo.count()
    if count:
        question = controller.upload_question(count, Path(repo.path).name, address.redacted)
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("SyncConnecting", "Upload this laptop's articles?"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    config.set("server_stores", [*agreed, key])
    config.save()
    return True


def adopt_role(window, role: str) -> None:
    """The role the server gives is this person's role from now on (shown read-only in the
    preferences); "" (disconnected) gives the choice back."""
    config = window.config
    if role == config.get("server_role"):
        return
    config.set("server_role", role)
    if role:
        config.set("person_role", role)
    config.save()
    if window.review_panel is not None:
        window.review_panel.refresh()  # the buttons of the new role


def connect_configured(controller) -> None:
    """A store is open: sync it with the configured server, if any."""
    from lnv_editor.gui.common.errors import describe_error

    window = controller.window
    try:
        address = configured_address(window.config, controller.override)
    except Exception as exc:  # noqa: BLE001 - an InputError: a bad LNV_SERVER or --server
        controller.stop()
        controller.show_problem("error", describe_error(exc))
        return
    if address is None:
        controller.stop()
        return
    if not address.password:
        controller.stop()
        controller.show_problem("login", "")
        return
    if not confirm_upload(controller, address):
        controller.stop()
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SyncConnecting", "Not connected to the newsroom server: nothing was uploaded."
            ),
            10000,
        )
        return
    controller.start(address)


def choose_server(controller) -> None:
    """File → Newsroom server…"""
    from lnv_editor.gui.common.errors import describe_error
    from lnv_editor.gui.sync import jobs, passwords
    from lnv_editor.gui.sync.server_dialog import ServerDialog

    window = controller.window
    try:
        current = controller.address or configured_address(window.config, controller.override)
    except Exception:  # noqa: BLE001 - a bad saved address: start from empty fields
        current = None
    status = controller.text() or QCoreApplication.translate(
        "SyncConnecting", "Not connected: this laptop works on its own."
    )
    choice, accepted = ServerDialog.getData(
        window,
        address=current,
        connected=controller.connected or bool(window.config.get("server")),
        status=status,
        probe=jobs.probe,
    )
    if not accepted:
        return
    config = window.config
    if choice.action == "disconnect":
        if current is not None:
            passwords.forget(current)
        controller.stop()
        controller.override = ""
        config.set("server", "")
        config.save()
        adopt_role(window, "")
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SyncConnecting", "Disconnected: this laptop works on its own. Nothing was deleted."
            ),
            10000,
        )
        return
    address = choice.address
    if window.repo is not None and not confirm_upload(controller, address):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SyncConnecting", "Not connected to the newsroom server: nothing was uploaded."
            ),
            10000,
        )
        return
    if choice.remember and not passwords.remember(address):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SyncConnecting",
                "The system keyring did not take the password: type it again next time.",
            ),
            10000,
        )
    controller.override = ""
    config.set("server", address.redacted)
    config.save()
    adopt_role(window, choice.role)
    try:
        controller.start(address)
    except Exception as exc:  # noqa: BLE001 - shown, never lost
        controller.show_problem("error", describe_error(exc))
