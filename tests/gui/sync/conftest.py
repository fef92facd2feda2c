"""Fixtures of the newsroom server's GUI tests: File → Newsroom server… driven as a user does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lnv_editor.gui.sync.server_dialog import ServerDialog
from lnv_editor.sync.address import ServerAddress


@pytest.fixture(autouse=True)
def _no_server_from_the_environment(monkeypatch):
    monkeypatch.delenv("LNV_SERVER", raising=False)


@pytest.fixture
def connect_dialog(qtbot, monkeypatch):
    """``connect_dialog(window, url, password=None)``: see ``connect_through_dialog``."""
    return lambda window, url, **kw: connect_through_dialog(qtbot, monkeypatch, window, url, **kw)


def connect_through_dialog(qtbot, monkeypatch, window, url: str, *, password: str | None = None):
    """Open the dialog from the File menu, type *url*'s parts (and *password*, else the
    address's own), press Connect and wait for the answer. Returns the dialog's error text
    ("" when it connected)."""
    address = ServerAddress.parse(url)
    seen = {"error": None}

    def run(dialog: ServerDialog) -> int:
        dialog.show()
        for field, text in (
            (dialog.host, address.host),
            (dialog.database, address.database),
            (dialog.user, address.user),
            (dialog.password, address.password if password is None else password),
        ):
            field.clear()
            if text.isascii():
                qtbot.keyClicks(field, text)
            else:  # QTest types ASCII only: the rest is pasted
                field.insert(text)
        dialog.port.setValue(address.port)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: dialog.result() == QDialog.DialogCode.Accepted or dialog.error.isVisible(),
            timeout=20000,
        )
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        seen["dialog"] = dialog
        return dialog.result()

    monkeypatch.setattr(ServerDialog, "exec", run)
    window.actions["server"].trigger()
    return seen["error"]
