"""The server remembers each purge (lnv.purge, migration s0005): only the deletion of an
article writes it, every laptop pulls it like any other change, and a purged article is not
pushed back under its old uri. Proved with raw connections as each role."""

from __future__ import annotations

import psycopg
import pytest
from server_helpers import article_doc, new_uri, pull, push_article

pytestmark = pytest.mark.required

Denied = psycopg.errors.InsufficientPrivilege
TRASHED = "2026-12-03T10:00:00+00:00"


@pytest.fixture
def people(newsroom):
    return {
        "reporter": newsroom.person("reporter", "lan"),
        "editor": newsroom.person("editor", "hung"),
        "desk": newsroom.person("desk", "thu"),
    }


def _trashed(people) -> dict:
    doc = article_doc(deleted_at=TRASHED)
    with people["reporter"].connect() as conn:
        assert push_article(conn, doc, 0)["result"] == "applied"
    return doc


def test_only_a_purge_writes_the_purge_log(people, newsroom):
    doc = _trashed(people)
    with people["desk"].connect() as thu:
        thu.execute("SELECT lnv.purge_article(%s)", (doc["uri"],))
        [(who, when)] = thu.execute(
            "SELECT purged_by, purged_at FROM lnv.purge WHERE uri = %s", (doc["uri"],)
        ).fetchall()
    assert who == people["desk"].login and when is not None
    # The same DELETE typed by the desk is recorded too: no purge goes untold.
    typed = _trashed(people)
    with people["desk"].connect() as thu:
        for table in ("transition", "comment", "revision"):
            thu.execute(f"DELETE FROM lnv.{table} WHERE article_uri = %s", (typed["uri"],))
        assert thu.execute("DELETE FROM lnv.article WHERE uri = %s", (typed["uri"],)).rowcount == 1
        assert thu.execute("SELECT count(*) FROM lnv.purge").fetchone()[0] == 2
    # Nobody writes it directly: every role reads it, none inserts, changes or deletes.
    for role, person in people.items():
        with person.connect() as conn:
            assert conn.execute("SELECT count(*) FROM lnv.purge").fetchone()[0] == 2, role
            for statement, params in (
                ("INSERT INTO lnv.purge (uri, seq, xact) VALUES (%s, 1, '1')", (new_uri(),)),
                ("INSERT INTO lnv.purge (uri) VALUES (%s)", (new_uri(),)),
                ("UPDATE lnv.purge SET purged_by = current_user", ()),
                ("DELETE FROM lnv.purge", ()),
                ("TRUNCATE lnv.purge", ()),
            ):
                with pytest.raises(Denied):
                    conn.execute(statement, params)
    with newsroom.admin() as conn:
        assert conn.execute("SELECT count(*) FROM lnv.purge").fetchone()[0] == 2


def test_a_purged_article_is_not_created_again_under_its_uri(people):
    doc = _trashed(people)
    with people["desk"].connect() as thu:
        thu.execute("SELECT lnv.purge_article(%s)", (doc["uri"],))
    for role, person in people.items():
        with person.connect() as conn:
            for base in (0, 1):
                with pytest.raises(psycopg.Error, match="xóa hẳn") as refused:
                    push_article(conn, doc | {"deleted_at": None, "body": role}, base)
                assert refused.value.sqlstate == "LNV01"
            with pytest.raises(psycopg.Error) as refused:
                conn.execute(
                    "INSERT INTO lnv.article (uri, title, seq, xact) VALUES (%s, 'x', 0, '1')",
                    (doc["uri"],),
                )
            assert refused.value.sqlstate in ("LNV01", "42501")
            # Another uri is a new article as ever.
            assert push_article(conn, article_doc(title=role), 0)["result"] == "applied"


def test_pull_delivers_purges_in_order_without_skipping_a_slow_one(people, newsroom):
    first, second = _trashed(people), _trashed(people)
    editor = people["editor"]
    with editor.connect() as reader, people["desk"].connect() as slow:
        rows, cursor = pull(reader, None)
        assert [k for k, _ in rows] == ["article", "article"]
        slow.execute("BEGIN")
        slow.execute("SELECT lnv.purge_article(%s)", (first["uri"],))  # not committed yet
        with people["desk"].connect() as quick:
            quick.execute("SELECT lnv.purge_article(%s)", (second["uri"],))
        rows, cursor = pull(reader, cursor)
        assert [(k, d["uri"]) for k, d in rows] == [("purge", second["uri"])]
        assert rows[0][1]["purged_by"] == people["desk"].login
        slow.execute("COMMIT")
        rows, cursor = pull(reader, cursor)  # the slow transaction's purge, not skipped
        assert [(k, d["uri"]) for k, d in rows] == [("purge", first["uri"])]
        assert pull(reader, cursor)[0] == []
        # A laptop starting afresh learns of both, in change order (the slow one began first).
        rows, _ = pull(reader, None)
        assert [(k, d["uri"]) for k, d in rows] == [
            ("purge", first["uri"]),
            ("purge", second["uri"]),
        ]


def test_the_pull_finds_new_purges_by_index(newsroom):
    with newsroom.admin() as conn:
        indexes = conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'lnv' AND tablename = 'purge'"
        ).fetchall()
    assert any(d.endswith("(xact)") for (d,) in indexes), indexes
