"""A newsroom on the test PostgreSQL server (tests/pgserver.py): the schema, people with each
role, and the calls a laptop makes, through raw psycopg connections."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

import psycopg
from psycopg.types.json import Jsonb

PASSWORD = "mật-khẩu-thử"


@dataclass(frozen=True)
class Person:
    login: str
    role: str
    url: str

    def connect(self, **kwargs) -> psycopg.Connection:
        return psycopg.connect(self.url, autocommit=True, **kwargs)


class Newsroom:
    """An initialised newsroom database; logins are cluster-wide, so each gets a unique name."""

    def __init__(self, server, admin_url: str) -> None:
        from lnv_editor.server import schema

        self.server = server
        self.url = admin_url
        self.database = admin_url.rsplit("/", 1)[1]
        schema.init(admin_url)

    def person(self, role: str, name: str = "") -> Person:
        from lnv_editor.server import admin

        login = f"{name or role}_{uuid.uuid4().hex[:8]}"
        admin.add_user(self.url, login, role, PASSWORD)
        return Person(login, role, self.server.url(self.database, login, PASSWORD))

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(self.url, autocommit=True)


def new_uri() -> str:
    return str(uuid.uuid4())


def article_doc(uri: str | None = None, **fields) -> dict:
    doc = {
        "uri": uri or new_uri(),
        "title": "Làng gốm Bát Tràng vào mùa Tết",
        "lead": "Sapo",
        "body": "Thân bài.",
        "byline": "Lan",
        "section": "Làng nghề",
        "status": "draft",
        "provinces": [{"code": "01", "name_used": "Hà Nội"}],
        "related": [],
        "photos": [],
    }
    doc.update(fields)
    return doc


def push_article(conn, doc: dict, base: int, op_id: str | None = None, laptop=None) -> dict:
    return conn.execute(
        "SELECT lnv.push_article(%s, %s, %s, %s)",
        (op_id or str(uuid.uuid4()), laptop, base, Jsonb(doc)),
    ).fetchone()[0]


def push_transition(conn, uri: str, action: str, source: str, target: str, reason="", op_id=None):
    doc = {
        "uuid": str(uuid.uuid4()),
        "article_uri": uri,
        "action": action,
        "from_status": source,
        "to_status": target,
        "reason": reason,
    }
    return conn.execute(
        "SELECT lnv.push_transition(%s, NULL, %s)", (op_id or str(uuid.uuid4()), Jsonb(doc))
    ).fetchone()[0]


def push_comment(conn, uri: str, text: str, comment_uuid: str | None = None) -> dict:
    doc = {"uuid": comment_uuid or str(uuid.uuid4()), "article_uri": uri, "text": text}
    return conn.execute(
        "SELECT lnv.push_comment(%s, NULL, %s)", (str(uuid.uuid4()), Jsonb(doc))
    ).fetchone()[0]


def pull(conn, since: str | None) -> tuple[list[tuple[str, dict]], str]:
    """One pull as a laptop makes it: rows and the next cursor, in one REPEATABLE READ
    transaction (the connection is in autocommit mode)."""
    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
    try:
        cursor = conn.execute("SELECT pg_current_snapshot()::text").fetchone()[0]
        rows = conn.execute("SELECT kind, doc FROM lnv.pull(%s)", (since,)).fetchall()
    finally:
        conn.execute("COMMIT")
    return [(kind, doc if isinstance(doc, dict) else json.loads(doc)) for kind, doc in rows], cursor


def article(conn, uri: str) -> dict | None:
    row = conn.execute(
        "SELECT to_jsonb(a) - 'xact' FROM lnv.article a WHERE uri = %s", (uri,)
    ).fetchone()
    return row[0] if row else None
