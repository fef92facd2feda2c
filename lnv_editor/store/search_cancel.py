"""Stopping a search that a newer one has made useless.

The library runs each search off the GUI thread; when the user types on, the query still
running is stopped inside SQLite, not left to finish while the newer one waits. The caller
hands a flag (``threading.Event``: anything with ``is_set()``); while a statement runs,
SQLite calls a progress handler every ``CHECK_EVERY`` virtual-machine steps (well under a
millisecond), which interrupts the statement once the flag is set.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from sqlalchemy.exc import OperationalError

CHECK_EVERY = 2000  # VM steps between checks: about 20-50 µs of work


class Cancel(Protocol):
    def is_set(self) -> bool: ...


class SearchCancelled(Exception):  # noqa: N818 - a normal outcome, not an error
    """A newer query made this one useless; nothing was returned."""


def check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel.is_set():
        raise SearchCancelled


@contextmanager
def cancellable(conn, cancel: Cancel | None) -> Iterator[None]:
    """Statements run on *conn* (an SQLAlchemy connection) inside stop once *cancel* is set,
    raising ``SearchCancelled``."""
    if cancel is None:
        yield
        return
    check(cancel)
    raw = conn.connection.dbapi_connection
    raw.set_progress_handler(lambda: 1 if cancel.is_set() else 0, CHECK_EVERY)
    try:
        yield
    except (OperationalError, sqlite3.OperationalError) as exc:
        if cancel.is_set() and "interrupt" in str(exc):
            raise SearchCancelled from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)
