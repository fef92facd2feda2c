"""File → Newsroom server…: the dialog says what is wrong in words a reporter can act on, and
says when there is no keyring to keep the password."""

from __future__ import annotations

import i18n_walk as checks
import psycopg
import pytest
from pgserver import free_port
from PySide6.QtCore import Qt

from lnv_editor.gui.sync.errors import describe_connect_error, kind_of
from lnv_editor.gui.sync.passwords import keyring_available
from lnv_editor.gui.sync.server_dialog import ServerDialog


class Where:
    host = "127.0.0.1"
    user = "lan"
    database = "lnv"

    def __init__(self, port: int) -> None:
        self.port = port


@pytest.fixture
def dialog(qtbot, english):
    probed = []

    def probe(address):
        probed.append(address)
        return "reporter"

    d = ServerDialog(probe=probe)
    qtbot.addWidget(d)
    d.show()
    d.probed = probed
    return d


def test_the_keyring_is_offered_only_where_there_is_one(dialog):
    if keyring_available():
        assert dialog.remember.isVisible() and not dialog.keyring_note.isVisible()
    else:
        assert not dialog.remember.isVisible()
        assert dialog.keyring_note.isVisible()
        assert "no system keyring" in dialog.keyring_note.text()


def test_missing_fields_are_named_and_nothing_is_tried(qtbot, dialog):
    dialog.host.clear()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "Fill in the server address" in dialog.error.text()
    assert dialog.isVisible() and dialog.probed == []
    assert not dialog.disconnect_button.isEnabled()  # nothing to disconnect from


def test_wrong_password_is_said_as_such(pg_server):
    address = Where(pg_server.port)
    with pytest.raises(psycopg.OperationalError) as caught:
        psycopg.connect(pg_server.url(user="lnv_super", password="wrong"), connect_timeout=5)
    assert kind_of(caught.value) == "password"
    assert "refused the user name or password for lan" in describe_connect_error(
        caught.value, address
    )


def test_an_unreachable_server_is_said_as_such():
    port = free_port()  # nobody listens there
    with pytest.raises(psycopg.OperationalError) as caught:
        psycopg.connect(f"postgresql://lan:x@127.0.0.1:{port}/lnv", connect_timeout=3)
    assert kind_of(caught.value) == "unreachable"
    text = describe_connect_error(caught.value, Where(port))
    assert f"Cannot reach the server 127.0.0.1:{port}" in text
    assert "offline" in text


def test_a_plain_postgresql_database_is_not_an_lnv_server(pg_server, pg_url):
    with psycopg.connect(pg_url) as conn, pytest.raises(psycopg.Error) as caught:
        conn.execute("SELECT * FROM lnv.pull(NULL)")
    assert kind_of(caught.value) == "not_lnv"
    text = describe_connect_error(caught.value, Where(pg_server.port))
    assert "not an LNV newsroom server" in text and "lnv-editor server init" in text
    with pytest.raises(psycopg.OperationalError) as caught:
        psycopg.connect(pg_server.url("no_such_db"), connect_timeout=5)
    assert kind_of(caught.value) == "not_lnv"


def test_the_dialog_and_its_errors_speak_vietnamese_and_name_every_control(qtbot, qapp):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QWidget

    from lnv_editor.i18n import install_translators

    install_translators("vi")
    try:
        d = ServerDialog(status="")
        qtbot.addWidget(d)
        d.show()
        assert d.windowTitle() == "Máy chủ tòa soạn"
        assert d.connect_button.text() == "&Kết nối"
        assert d.disconnect_button.text() == "&Ngắt kết nối"
        d.host.clear()
        qtbot.mouseClick(d.connect_button, Qt.MouseButton.LeftButton)
        assert d.error.text().startswith("Hãy điền địa chỉ máy chủ")
        assert checks.assert_vietnamese(checks.widget_texts(d, "server dialog")) > 3
        unnamed = []
        for w in d.findChildren(QWidget):
            if not w.isVisible() or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
                continue
            if type(w).__name__ == "QLineEdit" and w.parentWidget() is not d:
                continue  # the spin box's own line edit, named through it
            iface = QAccessible.queryAccessibleInterface(w)
            if not (iface and iface.text(QAccessible.Text.Name).strip()):
                unnamed.append(w.objectName() or type(w).__name__)
        assert unnamed == []
    finally:
        install_translators("en")
