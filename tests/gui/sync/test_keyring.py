"""The password in the system keyring: kept on connect, used at the next start, forgotten on
disconnect. Runs where the optional ``keyring`` package is installed (not required: the app
works without it, and the dialog says so)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lnv_editor.config import Config

WAIT_MS = 20000
pytestmark = pytest.mark.required  # the test extra installs keyring (pyproject.toml)


@pytest.fixture
def newsroom(pg_server, pg_url):
    from server_helpers import Newsroom

    return Newsroom(pg_server, pg_url)


def connected(qtbot, connect_dialog, window, person) -> None:
    assert connect_dialog(window, person.url) == ""
    qtbot.waitUntil(lambda: window.sync.state == "synced", timeout=WAIT_MS)


def test_the_password_is_kept_in_the_keyring_and_forgotten_on_disconnect(
    qtbot, monkeypatch, connect_dialog, make_window, tmp_path, newsroom
):
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    from lnv_editor.gui.sync.server_dialog import ServerDialog
    from lnv_editor.sync.address import ServerAddress

    class MemoryKeyring(KeyringBackend):  # a real backend, kept in memory for the test
        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self.kept: dict = {}

        def get_password(self, service, username):
            return self.kept.get((service, username))

        def set_password(self, service, username, password):
            self.kept[(service, username)] = password

        def delete_password(self, service, username):
            self.kept.pop((service, username), None)

    previous, backend = keyring.get_keyring(), MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        reporter = newsroom.person("reporter")
        address = ServerAddress.parse(reporter.url)
        lan = make_window(tmp_path / "lan.sqlite", Config(tmp_path / "lan.json"))
        connected(qtbot, connect_dialog, lan, reporter)
        assert backend.kept == {("lnv-editor", address.redacted): address.password}
        settings = (tmp_path / "lan.json").read_text(encoding="utf-8")
        assert address.redacted in settings and address.password not in settings

        # Another start (a new window, its settings read again): the keyring's password.
        again = make_window(tmp_path / "lan-2.sqlite", Config(tmp_path / "lan.json"))
        qtbot.waitUntil(lambda: again.sync.state == "synced", timeout=WAIT_MS)

        def disconnect(dialog) -> int:
            dialog.show()
            assert dialog.disconnect_button.isEnabled()
            qtbot.mouseClick(dialog.disconnect_button, Qt.MouseButton.LeftButton)
            return dialog.result()

        monkeypatch.setattr(ServerDialog, "exec", disconnect)
        again.actions["server"].trigger()
        assert backend.kept == {} and again.config.get("server") == ""
        assert not again.sync.connected and again.sync.text() == ""
        assert again.config.get("server_role") == ""  # the role is chosen here again
    finally:
        keyring.set_keyring(previous)
