"""Accounts of the newsroom server: one PostgreSQL login per person, in exactly one group role
(lnv_reporter, lnv_editor, lnv_desk), mirrored in ``lnv.account``; and what ``server status``
reports. Run with an administrator's address (the database owner or a superuser)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.server.connect import ServerError, connect, first_line, redact
from lnv_editor.server.schema import current_version, head

ROLES = ("reporter", "editor", "desk")
LOGIN_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
MIN_PASSWORD = 8


@dataclass(frozen=True, slots=True)
class Account:
    login: str
    role: str
    display_name: str
    disabled: bool
    created: datetime


@dataclass(frozen=True, slots=True)
class Laptop:
    id: str
    name: str
    login: str
    last_sync: datetime


@dataclass(frozen=True, slots=True)
class Status:
    address: str
    server_version: str
    schema_version: str | None
    latest_schema: str
    users: dict[str, int]  # role -> active accounts
    disabled_users: int
    articles: dict[str, int]  # status -> live articles
    trashed: int
    laptops: list[Laptop]
    purged: int = 0  # articles deleted for good (lnv.purge: every laptop is told)


def _admin_connection(url: str):
    """A connection to an initialised newsroom database."""
    conn = connect(url)
    if current_version(conn) is None:
        conn.close()
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database at {address} has no newsroom schema yet: run "
                "lnv-editor server init first.",
            ),
            address=redact(url),
        )
    return conn


def _refused(url: str, exc: Exception) -> ServerError:
    return ServerError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The server at {address} refused: {reason}. Use the address of the newsroom's "
            "administrator (the database owner).",
        ),
        address=redact(url),
        reason=first_line(str(exc)),
    )


def check_login_name(name: str) -> None:
    if not LOGIN_NAME.match(name) or name.startswith(("pg_", "lnv_")):
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} cannot be a login name: use lowercase letters without accents, digits "
                "and _ (at most 63, starting with a letter, not pg_ or lnv_), e.g. lan_nguyen.",
            ),
            name=name,
        )


def add_user(url: str, name: str, role: str, password: str, display_name: str = "") -> Account:
    """Create the login *name* with *password* in the group of *role*. The password reaches
    the server only as a SCRAM verifier, never in clear (no statement log shows it)."""
    import psycopg
    from psycopg import sql

    check_login_name(name)
    if role not in ROLES:
        raise ServerError(
            QT_TRANSLATE_NOOP("Errors", "Unknown role {role}. Use one of: {choices}."),
            role=role,
            choices=", ".join(ROLES),
        )
    if len(password) < MIN_PASSWORD:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Errors", "The password is too short: use at least {count} characters."
            ),
            count=MIN_PASSWORD,
        )
    with _admin_connection(url) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        if exists:
            raise ServerError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A login named {name} already exists on this PostgreSQL server: choose "
                    "another name.",
                ),
                name=name,
            )
        verifier = conn.pgconn.encrypt_password(
            password.encode(), name.encode(), b"scram-sha-256"
        ).decode()
        try:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                    sql.Identifier(name), sql.Literal(verifier), sql.Identifier(f"lnv_{role}")
                )
            )
            row = conn.execute(
                "INSERT INTO lnv.account (login, role, display_name) VALUES (%s, %s, %s) "
                "RETURNING login, role, display_name, disabled, created",
                (name, role, display_name),
            ).fetchone()
        except psycopg.errors.InsufficientPrivilege as exc:
            raise _refused(url, exc) from exc
    return Account(*row)


def list_users(url: str) -> list[Account]:
    with _admin_connection(url) as conn:
        rows = conn.execute(
            "SELECT login, role, display_name, disabled, created FROM lnv.account ORDER BY login"
        ).fetchall()
    return [Account(*row) for row in rows]


def disable_user(url: str, name: str) -> Account:
    """The login can no longer sign in (NOLOGIN), and its open sessions end now. Its articles,
    comments and review steps stay."""
    import psycopg

    with _admin_connection(url) as conn:
        row = _set_login(url, conn, name, enabled=False)
        conn.commit()
        try:  # after the commit: a server that does not let us end sessions still disables
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                (name,),
            )
        except psycopg.errors.InsufficientPrivilege:
            conn.rollback()
    return Account(*row)


def enable_user(url: str, name: str) -> Account:
    """The inverse of ``disable_user``: the login signs in again (LOGIN), with its password
    and its role as they were."""
    with _admin_connection(url) as conn:
        row = _set_login(url, conn, name, enabled=True)
        conn.commit()
    return Account(*row)


def _set_login(url: str, conn, name: str, *, enabled: bool) -> tuple:
    import psycopg
    from psycopg import sql

    row = conn.execute(
        "UPDATE lnv.account SET disabled = %s WHERE login = %s "
        "RETURNING login, role, display_name, disabled, created",
        (not enabled, name),
    ).fetchone()
    if row is None:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no account {name} in this newsroom: lnv-editor server list-users "
                "shows them.",
            ),
            name=name,
        )
    try:
        conn.execute(
            sql.SQL("ALTER ROLE {} " + ("LOGIN" if enabled else "NOLOGIN")).format(
                sql.Identifier(name)
            )
        )
    except psycopg.errors.InsufficientPrivilege as exc:
        raise _refused(url, exc) from exc
    return row


def status(url: str) -> Status:
    with _admin_connection(url) as conn:
        users: dict[str, int] = dict.fromkeys(ROLES, 0)
        disabled = 0
        for role, off, count in conn.execute(
            "SELECT role, disabled, count(*) FROM lnv.account GROUP BY role, disabled"
        ):
            if off:
                disabled += count
            else:
                users[role] = count
        articles = dict(
            conn.execute(
                "SELECT status, count(*) FROM lnv.article WHERE deleted_at IS NULL "
                "GROUP BY status ORDER BY status"
            ).fetchall()
        )
        trashed = conn.execute(
            "SELECT count(*) FROM lnv.article WHERE deleted_at IS NOT NULL"
        ).fetchone()[0]
        purged = conn.execute("SELECT count(*) FROM lnv.purge").fetchone()[0]
        laptops = [
            Laptop(str(i), n, login, last)
            for i, n, login, last in conn.execute(
                "SELECT id, name, login, last_sync FROM lnv.laptop ORDER BY last_sync DESC"
            )
        ]
        return Status(
            address=redact(url),
            server_version=conn.execute("SHOW server_version").fetchone()[0],
            schema_version=current_version(conn),
            latest_schema=head(),
            users=users,
            disabled_users=disabled,
            articles=articles,
            trashed=trashed,
            laptops=laptops,
            purged=purged,
        )
