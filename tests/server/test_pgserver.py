"""The test PostgreSQL server itself: a real cluster, password logins, a restart."""

from __future__ import annotations

import psycopg
import pytest

pytestmark = pytest.mark.required


def test_fresh_database_is_empty_and_takes_password_logins(pg_server, pg_url):
    with psycopg.connect(pg_url) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()[0]
        assert tables == 0
        assert conn.execute("SELECT current_setting('fsync')").fetchone()[0] == "off"
    wrong = pg_url.replace(":lnv-test-super@", ":wrong@")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(wrong).close()


def test_restart_drops_connections_and_comes_back(pg_server, pg_url):
    conn = psycopg.connect(pg_url, autocommit=True)
    pg_server.restart()
    with pytest.raises(psycopg.OperationalError):
        conn.execute("SELECT 1")
    with psycopg.connect(pg_url) as again:
        assert again.execute("SELECT 1").fetchone()[0] == 1
