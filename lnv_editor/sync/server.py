"""Talking to the newsroom server with psycopg 3: connecting, calling the SQL API, and
telling a refusal of one row (rights, bad data: that row is reported, the rest goes on)
from a server that is gone (the sync stops; what was written down is sent next time)."""

from __future__ import annotations

import json
from typing import Any

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.sync.address import ServerAddress
from lnv_editor.sync.report import ServerUnavailable


class RowRefused(Exception):
    """The server refused one push; ``message`` is the server's own (Vietnamese) reason."""

    def __init__(self, message: str, sqlstate: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.sqlstate = sqlstate


def connect(address: ServerAddress):
    """An autocommit connection, or ServerUnavailable saying why not."""
    import psycopg

    address = address.resolved()
    try:
        conn = psycopg.connect(**address.connect_args(), autocommit=True)
    except psycopg.OperationalError as exc:
        raise _unavailable(address, exc) from exc
    try:
        found = conn.execute("SELECT to_regprocedure('lnv.pull(text)')").fetchone()[0]
    except psycopg.Error:
        found = None
    if found is None:
        conn.close()
        raise ServerUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{server} is not a newsroom server (no lnv schema). Ask the administrator "
                "to run lnv-editor server init there.",
            ),
            server=address.redacted,
        )
    return conn


def _unavailable(address: ServerAddress, exc: Exception) -> ServerUnavailable:
    text = str(exc)
    if "password authentication failed" in text or "no password supplied" in text:
        return ServerUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server {server} refused the login of {user}: check the user name and "
                "password.",
            ),
            server=address.redacted,
            user=address.user,
        )
    if "not permitted to log in" in text or "does not exist" in text:
        return ServerUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server {server} refused the login of {user}: the account does not exist "
                "or is disabled. Ask the newsroom's administrator.",
            ),
            server=address.redacted,
            user=address.user,
        )
    return ServerUnavailable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot reach the server {server}: {reason}. Your work is kept on this laptop "
            "and sent when the server is back.",
        ),
        server=address.redacted,
        reason=text.strip().splitlines()[-1][:200] if text.strip() else type(exc).__name__,
    )


def lost(address: ServerAddress, exc: Exception) -> ServerUnavailable:
    """The connection dropped in the middle of the sync."""
    return ServerUnavailable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The connection to {server} was lost: {reason}. Nothing is lost; the sync "
            "resumes next time.",
        ),
        server=address.redacted,
        reason=(str(exc).strip().splitlines() or [type(exc).__name__])[0][:200],
    )


def call(conn, address: ServerAddress, sql: str, params: tuple = ()) -> Any:
    """One SQL API call's first column. RowRefused for a refusal of this row,
    ServerUnavailable when the connection is gone."""
    import psycopg

    try:
        row = conn.execute(sql, params).fetchone()
    except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
        raise lost(address, exc) from exc
    except psycopg.Error as exc:
        diag = getattr(exc, "diag", None)
        message = (diag.message_primary if diag else "") or str(exc)
        raise RowRefused(message, getattr(exc, "sqlstate", "") or "") from exc
    if row is None:
        return None
    value = row[0]
    if isinstance(value, str) and value[:1] == "{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def as_json(doc: dict):
    from psycopg.types.json import Jsonb

    return Jsonb(doc)
