"""Connecting through File → Newsroom server… to something that is not a usable newsroom
server: the dialog says what is wrong and what to do, and nothing is connected or stored."""

from __future__ import annotations

import pytest
from pgserver import SUPER_PASSWORD, SUPER_USER, free_port

pytestmark = pytest.mark.required


def assert_not_connected(window):
    assert window.sync.state == "off" and not window.sync.connected
    assert window.config.get("server") == ""
    assert window.sync.text() == ""  # no server: the status bar says nothing about one


def test_wrong_password(connect_dialog, make_window, pg_server):
    window = make_window()
    url = pg_server.url(user=SUPER_USER, password=SUPER_PASSWORD)
    error = connect_dialog(window, url, password="not-the-password")
    assert f"refused the user name or password for {SUPER_USER}" in error
    assert_not_connected(window)


def test_unreachable_server(connect_dialog, make_window):
    window = make_window()
    port = free_port()
    error = connect_dialog(window, f"postgresql://lan:x@127.0.0.1:{port}/lnv")
    assert f"Cannot reach the server 127.0.0.1:{port}" in error
    assert_not_connected(window)


def test_plain_postgresql_is_not_an_lnv_server(connect_dialog, make_window, pg_url):
    window = make_window()
    error = connect_dialog(window, pg_url)
    assert "not a newsroom server" in error or "not an LNV newsroom server" in error
    assert "lnv-editor server init" in error
    assert_not_connected(window)
