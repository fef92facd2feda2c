"""One sync of a laptop's store with the newsroom server: push, then pull.

``SyncEngine(store_path, address).sync_once()`` is what the GUI's worker and ``lnv-editor
sync`` call. It opens the store through the store's own Repository (never ``open()`` on the
file), and every local write is one store transaction; what it brings in is announced as
change records, so open windows refresh."""

from __future__ import annotations

import os
import socket
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.core.workflow import Role
from lnv_editor.sync import local
from lnv_editor.sync.address import ServerAddress
from lnv_editor.sync.photos import fetch_original, fetch_thumbnails
from lnv_editor.sync.pull import Puller
from lnv_editor.sync.push import Pusher
from lnv_editor.sync.report import Conflict, Refusal, ServerUnavailable, SyncReport
from lnv_editor.sync.server import RowRefused, call, connect

__all__ = [
    "Conflict",
    "Refusal",
    "ServerAddress",
    "ServerUnavailable",
    "SyncEngine",
    "SyncReport",
    "pending_count",
    "server_role",
    "wait_for_changes",
]


@dataclass
class Session:
    """What one sync works with: the store, the server connection, this laptop's id."""

    repo: object
    conn: object
    address: ServerAddress
    laptop: str
    media: object | None


class SyncEngine:
    def __init__(self, store_path: Path | str, address: ServerAddress, *, repo=None) -> None:
        self.store_path = Path(store_path)
        self.address = address
        self._repo = repo  # the caller's Repository (its change feed reaches its windows)
        self._lock = threading.Lock()
        self._conn = None
        self._laptop_id = ""

    def _open_repo(self):
        if self._repo is not None:
            return self._repo, False
        from lnv_editor.store.repository import Repository

        return Repository.open(self.store_path, create=True), True

    def sync_once(self, cancel: threading.Event | None = None) -> SyncReport:
        """Push this laptop's changes, then pull everyone else's. ``ServerUnavailable`` when
        the server cannot be reached or refuses the login; what was not sent stays pending."""
        with self._lock:
            repo, owned = self._open_repo()
            try:
                return self._sync(repo, cancel)
            finally:
                if owned:
                    repo.close()

    def _sync(self, repo, cancel) -> SyncReport:
        report = SyncReport()
        conn, laptop = self._connection(repo)
        try:
            session = Session(repo, conn, self.address, laptop, _media(repo))
            pusher = Pusher(session, report, cancel)
            pusher.run()
            if not (cancel and cancel.is_set()):
                puller = Puller(session, report, cancel)
                puller.run()
                if (puller.skipped_dirty or report.kept or report.repushed) and not (
                    report.cancelled
                ):
                    # Changed here while the pull ran, kept from a purge, or lost by the
                    # server: send them (then the server's side is taken).
                    pusher.run()
                if puller.photos:
                    fetch_thumbnails(session, report, puller.photos)
            else:
                report.cancelled = True
        except ServerUnavailable:
            self.close()  # a connection that failed is not used again
            raise
        report.pending = pending_count(repo)
        told = {r.uri for r in report.refused}
        with repo.writes.reading() as rconn:
            standing = local.standing_refusals(rconn)
        report.refused.extend(
            Refusal(uri, r.get("title", ""), r.get("message", ""))
            for uri, r in standing.items()
            if uri not in told
        )
        return report

    def _connection(self, repo):
        """The open connection of the last sync when it still works, else a new one (the
        login, this laptop's id and the role written down)."""
        if self._conn is not None and not self._conn.closed:
            return self._conn, self._laptop_id
        self.close()
        conn = connect(self.address)
        try:
            self._laptop_id = self._laptop(repo, conn)
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        return conn, self._laptop_id

    def close(self) -> None:
        """Close the connection kept between syncs (the next sync opens a new one)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # already broken: nothing to close
                pass

    def _laptop(self, repo, conn) -> str:
        with repo.writes.reading() as rconn:
            laptop = local.get_meta(rconn, local.LAPTOP)
        try:
            hello = call(
                conn,
                self.address,
                "SELECT lnv.hello(%s, %s)",
                (laptop or str(uuid.uuid4()), socket.gethostname()[:100]),
            )
        except RowRefused:
            hello = None
        role = hello.get("role") if isinstance(hello, dict) else None
        with repo.writes.transaction() as tx:
            if not laptop:
                laptop = str(uuid.uuid4())
                local.set_meta(tx.conn, local.LAPTOP, laptop)
            local.set_meta(tx.conn, local.SERVER, self.address.redacted)
            local.set_meta(tx.conn, local.LOGIN, self.address.user)
            if role:
                local.set_meta(tx.conn, local.ROLE, str(role))
        return laptop

    def fetch_original(self, sha256: str, fmt: str = "jpeg") -> Path | None:
        """Download someone else's photo original when it is first needed."""
        repo, owned = self._open_repo()
        conn = connect(self.address)
        try:
            session = Session(repo, conn, self.address, "", _media(repo))
            return fetch_original(session, sha256, fmt)
        finally:
            conn.close()
            if owned:
                repo.close()


def _media(repo):
    try:
        return repo.media() if repo.path is not None else None
    except Exception:
        return None


def pending_count(store) -> int:
    """Local changes not yet on the server (SQLite only, cheap): *store* is a store path or
    an open Repository."""
    if isinstance(store, (str, os.PathLike)):
        from lnv_editor.store.repository import Repository

        repo = Repository.open(Path(store), create=False)
        try:
            return pending_count(repo)
        finally:
            repo.close()
    with store.writes.reading() as conn:
        return local.count_pending(conn)


def wait_for_changes(
    address: ServerAddress, timeout: float, cancel: threading.Event | None = None
) -> bool:
    """LISTEN lnv_changes: True as soon as a NOTIFY comes, False after *timeout* or when
    *cancel* is set. ServerUnavailable when the server cannot be reached."""
    import time

    import psycopg

    conn = connect(address)
    try:
        conn.execute("LISTEN lnv_changes")
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or (cancel and cancel.is_set()):
                return False
            try:
                for _ in conn.notifies(timeout=min(left, 0.5), stop_after=1):
                    return True
            except psycopg.OperationalError as exc:
                from lnv_editor.sync.server import lost

                raise lost(address, exc) from exc
    finally:
        conn.close()


def server_role(address: ServerAddress) -> Role:
    """The role the server gives this login (reporter, editor, desk)."""
    conn = connect(address)
    try:
        hello = call(conn, address, "SELECT lnv.hello(NULL, '')")
        role = hello.get("role") if isinstance(hello, dict) else None
    except RowRefused as exc:
        raise ServerUnavailable(
            QT_TRANSLATE_NOOP("Errors", "The server did not say your role: {reason}"),
            reason=exc.message,
        ) from exc
    finally:
        conn.close()
    if not role:
        raise ServerUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{user} has no newsroom account on {server}. Ask the administrator to add it "
                "(lnv-editor server add-user).",
            ),
            user=address.user,
            server=address.redacted,
        )
    try:
        return Role(str(role))
    except ValueError:  # a role this app does not know yet: the widest it knows
        return Role.EDITOR
