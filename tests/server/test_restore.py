"""A backup restored into a new cluster (docs/server.md): the laptops' cursors belong to the old
server, and the restored rows carry the old server's transaction ids."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest
from pgserver import PgServer
from server_helpers import PASSWORD, article_doc, pull, push_article

from lnv_editor.server import schema

pytestmark = pytest.mark.required


def _tool(name: str, bindir: Path) -> str:
    """A PostgreSQL client program of the server's version (Debian keeps them beside initdb)."""
    for folder in (bindir, *sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)):
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name) or name


def _run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=True, capture_output=True, timeout=120, **kwargs)


def test_a_restored_backup_is_pulled_again_in_full_and_nothing_is_skipped(newsroom, tmp_path):
    lan = newsroom.person("reporter", "lan")
    editor = newsroom.person("editor", "hung")
    old_docs = [article_doc(title=f"Bài {i}") for i in range(3)]
    with lan.connect() as conn:
        for doc in old_docs:
            push_article(conn, doc, 0)
    with editor.connect() as conn:
        rows, old_cursor = pull(conn, None)
        assert len(rows) == 3

    bindir = newsroom.server.bindir
    roles = _run(_tool("pg_dumpall", bindir), "--roles-only", "-d", newsroom.server.url()).stdout
    dump = tmp_path / "newsroom.dump"
    _run(_tool("pg_dump", bindir), "--format=custom", f"--file={dump}", newsroom.url)

    fresh = PgServer.start()  # a new machine: its transaction ids start low again
    try:
        with psycopg.connect(fresh.url(), autocommit=True) as conn:
            script = "\n".join(
                line for line in roles.decode().splitlines() if not line.startswith("\\")
            )  # psql's meta-commands (\restrict) are psql's, not SQL
            for statement in script.split(";\n"):
                if statement.strip() and "ROLE lnv_super" not in statement:  # there already
                    conn.execute(statement)
            conn.execute("CREATE DATABASE newsroom")
        url = fresh.url("newsroom")
        _run(_tool("pg_restore", bindir), "--dbname", url, str(dump))
        schema.init(url)  # re-stamps the restored rows for this cluster

        with psycopg.connect(fresh.url("newsroom", editor.login, PASSWORD)) as conn:
            conn.autocommit = True
            with pytest.raises(psycopg.errors.InvalidParameterValue, match="từ đầu"):
                pull(conn, old_cursor)
            rows, cursor = pull(conn, None)  # the laptop starts over
            assert sorted(d["title"] for _, d in rows) == ["Bài 0", "Bài 1", "Bài 2"]
            assert pull(conn, cursor)[0] == []  # restored rows are not returned forever
        with psycopg.connect(fresh.url("newsroom", lan.login, PASSWORD)) as conn:
            conn.autocommit = True
            new = article_doc(title="Sau khôi phục")
            push_article(conn, new, 0)
            assert push_article(conn, {**old_docs[0], "body": "Sửa."}, 1)["version"] == 2
        with psycopg.connect(fresh.url("newsroom", editor.login, PASSWORD)) as conn:
            conn.autocommit = True
            rows, _ = pull(conn, cursor)
            assert sorted(d["title"] for _, d in rows) == ["Bài 0", "Sau khôi phục"]
    finally:
        fresh.close()


def test_init_restamps_rows_written_in_this_clusters_future(newsroom):
    """What pg_restore leaves when the old cluster's transaction ids were ahead of this one's:
    rows such a pull would return every time. init stamps them again, so they come once."""
    editor = newsroom.person("editor", "hung")
    doc = article_doc()
    with newsroom.person("reporter", "lan").connect() as conn:
        push_article(conn, doc, 0)
    with newsroom.admin() as conn:
        conn.execute("ALTER TABLE lnv.article DISABLE TRIGGER USER")
        conn.execute("UPDATE lnv.article SET xact = '4000000000'")
        conn.execute("ALTER TABLE lnv.article ENABLE TRIGGER USER")
    with editor.connect() as conn:
        _, cursor = pull(conn, None)
        assert len(pull(conn, cursor)[0]) == 1  # returned again and again...
        schema.init(newsroom.url)
        rows, cursor = pull(conn, cursor)
        assert [d["uri"] for _, d in rows] == [doc["uri"]]  # ...once more after init
        assert pull(conn, cursor)[0] == []  # and then no more
