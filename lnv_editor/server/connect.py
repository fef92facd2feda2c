"""Connecting to the newsroom server, and saying clearly why it failed.

An address is a libpq URL, ``postgresql://user:password@host:port/database``. Messages and
logs name it ``redact``ed (no password).
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, LnvError

CONNECT_TIMEOUT = 10  # seconds; a newsroom server answers in far less


class ServerError(LnvError):
    """The newsroom server cannot be reached, refuses the login, or refuses what was asked."""


def redact(url: str) -> str:
    """*url* without its password, for messages and logs."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<invalid address>"
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc}" if user else netloc))


def check_address(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres") or not parts.hostname:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{address} is not a newsroom server address. Write it as "
                "postgresql://user@host:port/database.",
            ),
            address=redact(url),
        )


def connect(url: str, **kwargs):
    """A psycopg connection to *url*; a ServerError that says what to do when it fails."""
    import psycopg

    check_address(url)
    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT, **kwargs)
    except psycopg.Error as exc:
        raise describe_connect_error(exc, url) from exc


def describe_connect_error(exc: Exception, url: str) -> ServerError:
    text = str(exc)
    address = redact(url)
    parts = urlsplit(url)
    user = parts.username or ""
    database = parts.path.lstrip("/") or user
    sqlstate = getattr(exc, "sqlstate", None)
    if sqlstate == "28P01" or "password authentication failed" in text:
        return ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server at {address} refused the login of {user}: wrong user name or password.",
            ),
            address=address,
            user=user,
        )
    if "not permitted to log in" in text:
        return ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The account {user} is disabled on the server at {address}: ask the "
                "newsroom's administrator.",
            ),
            address=address,
            user=user,
        )
    if "no password supplied" in text:
        return ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server at {address} asks for a password: put it in the address "
                "(postgresql://user:password@host/database) or in LNV_SERVER.",
            ),
            address=address,
        )
    if sqlstate == "3D000" or ("database" in text and "does not exist" in text):
        return ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no database {database} on the server at {address}: create it "
                "first (createdb {database}), or correct the address.",
            ),
            address=address,
            database=database,
        )
    return ServerError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot reach the server at {address}: {reason}. Check the address and that "
            "PostgreSQL is running and accepts connections from this machine.",
        ),
        address=address,
        reason=first_line(text),
    )


def first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0].rstrip(".") if lines else "?"
