"""Server tests: a fresh newsroom database per test on the session's PostgreSQL cluster."""

from __future__ import annotations

import pytest


@pytest.fixture
def newsroom(pg_server, pg_url):
    from server_helpers import Newsroom

    return Newsroom(pg_server, pg_url)
