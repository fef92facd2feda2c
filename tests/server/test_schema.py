"""Creating and upgrading the newsroom schema (lnv_editor.server.schema.init)."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from lnv_editor.core.workflow import shared_transitions
from lnv_editor.server import schema
from lnv_editor.server.connect import ServerError

pytestmark = pytest.mark.required


def test_init_creates_the_schema_once_and_is_idempotent(newsroom):
    assert schema.init(newsroom.url) == schema.head()  # second run: nothing to do
    with newsroom.admin() as conn:
        assert schema.current_version(conn) == schema.head()
        tables = conn.execute(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'lnv' AND c.relkind = 'r' ORDER BY 1"
        ).fetchall()
    names = [name for name, _, _ in tables]
    assert names == sorted(
        [
            "account",
            "alembic_version",
            "article",
            "blob",
            "comment",
            "dictionary_word",
            "house_rules",
            "laptop",
            "op",
            "purge",
            "revision",
            "rule",
            "transition",
        ]
    )
    for name, enabled, forced in tables:
        if name != "alembic_version":  # Alembic's own bookkeeping, read-only to members
            assert (name, enabled, forced) == (name, True, True)


def test_the_server_rules_are_the_workflow_rules(newsroom):
    with newsroom.admin() as conn:
        rows = conn.execute(
            "SELECT action, from_status, to_status, role FROM lnv.rule ORDER BY 1, 2, 3, 4"
        ).fetchall()
    assert rows == shared_transitions()


def test_every_synced_table_is_stamped_with_seq_and_xact(newsroom):
    with newsroom.admin() as conn:
        stamped = conn.execute(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname = 'zz_stamp' ORDER BY 1"
        ).fetchall()
        indexed = conn.execute(
            "SELECT tablename FROM pg_indexes WHERE schemaname = 'lnv' "
            "AND indexdef LIKE '%(xact)' ORDER BY 1"
        ).fetchall()
    assert (
        stamped
        == indexed
        == [
            ("article",),
            ("comment",),
            ("dictionary_word",),
            ("house_rules",),
            ("purge",),
            ("revision",),
            ("transition",),
        ]
    )


def test_two_newsrooms_on_one_cluster_share_the_group_roles(pg_server, newsroom):
    other = pg_server.fresh_database()
    assert schema.init(other) == schema.head()


def test_init_says_clearly_what_is_wrong(pg_server):
    with pytest.raises(ServerError, match="not a newsroom server address"):
        schema.init("http://example.org/newsroom")
    wrong = pg_server.url("postgres", password="wrong")
    with pytest.raises(ServerError, match="wrong user name or password") as caught:
        schema.init(wrong)
    assert "wrong@" not in str(caught.value)  # the password is never shown
    with pytest.raises(ServerError, match="no database nowhere"):
        schema.init(pg_server.url("nowhere"))
    closed = pg_server.url("postgres").replace(f":{pg_server.port}/", ":1/")
    with pytest.raises(ServerError, match="Cannot reach the server"):
        schema.init(closed)


def test_a_login_that_may_not_create_the_schema_is_told_so(pg_server, pg_url):
    name = "plain_" + pg_url.rsplit("_", 1)[1]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'plain-password'")
    url = pg_server.url(pg_url.rsplit("/", 1)[1], name, "plain-password")
    with pytest.raises(ServerError, match="database's owner"):
        schema.init(url)


def test_a_database_owner_without_superuser_runs_the_newsroom(pg_server):
    """docs/server.md's set-up, and a managed PostgreSQL's: the administrator owns the database
    and may create roles, nothing more."""
    from server_helpers import Newsroom, article_doc, push_article

    from lnv_editor.server import admin

    owner = f"owner_{uuid.uuid4().hex[:8]}"
    database = f"room_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'owner-password'")
        conn.execute(f"CREATE DATABASE {database} OWNER {owner}")
    url = pg_server.url(database, owner, "owner-password")
    room = Newsroom(pg_server, url)  # runs init as the owner
    lan = room.person("reporter", "lan")
    with lan.connect() as conn:
        doc = article_doc()
        assert push_article(conn, doc, 0)["result"] == "applied"
        # The owner is bound by row security too (FORCE): only as lnv_admin does it manage rows.
    session = lan.connect()
    admin.disable_user(url, lan.login)
    with pytest.raises(psycopg.OperationalError):
        session.execute("SELECT 1")
    session.close()
    assert admin.status(url).articles == {"draft": 1}
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT lnv.my_role()").fetchone()[0] is None
        assert conn.execute("SELECT count(*) FROM lnv.article").fetchone()[0] == 1
