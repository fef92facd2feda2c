"""Server tests: a fresh newsroom database per test on the session's PostgreSQL cluster, copied
from one initialised once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def newsroom_template(pg_server):
    from lnv_editor.server import schema

    url = pg_server.fresh_database()
    schema.init(url)
    return url.rsplit("/", 1)[1]


@pytest.fixture
def newsroom(pg_server, newsroom_template):
    from server_helpers import Newsroom

    room = Newsroom.from_template(pg_server, newsroom_template)
    yield room
    room.drop()  # its files go now, not all at once when the session ends
