"""Opening a store file safely: checks first, then the engine with our PRAGMAs.

The checks (``probe``, ``check_local_filesystem``) use plain ``sqlite3`` so the start-up's
first screen (store.quick) can run them before SQLAlchemy is imported.

Order matters. Everything that could refuse the file (not SQLite, written by a newer app,
on a network file system) runs before anything that writes to it, so a refused file is
never modified: even switching to WAL rewrites the header.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, StoreError
from lnv_editor.store import schema

if TYPE_CHECKING:
    from sqlalchemy import Engine

SQLITE_NOTADB = 26  # "file is not a database": no SQLite header
BUSY_TIMEOUT_MS = 5000
# File systems on which SQLite's WAL shared memory does not work (locking is not coherent).
NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "afs",
    "ncpfs",
    "ceph",
    "fuse.sshfs",
    "sshfs",
    "9p",
    "glusterfs",
    "fuse.glusterfs",
    "lustre",
    "davfs",
    "fuse.davfs2",
    "fuse.rclone",
    "fuse.s3fs",
    "gpfs",
    "coda",
}


@dataclass(frozen=True)
class StoreProbe:
    """What the file holds before we touch it."""

    exists: bool
    revision: str | None  # None: empty or new file


def _mount_fstype(path: Path, mounts_file: str = "/proc/mounts") -> str | None:
    """The file-system type of the mount holding *path* (Linux); None where unknown."""
    try:
        with open(mounts_file, encoding="utf-8") as fh:
            entries = [line.split() for line in fh]
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for fields in entries:
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _is_windows_network_drive(path: Path) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes  # Windows only

    drive = str(path.resolve())
    if drive.startswith("\\\\"):
        return True  # UNC path: always a network share
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive[:3]) == drive_remote


def check_local_filesystem(path: Path, mounts_file: str = "/proc/mounts") -> None:
    """Refuse a store on a network file system, where WAL would corrupt it."""
    directory = path.parent if path.parent.exists() else Path.cwd()
    fstype = _mount_fstype(directory, mounts_file)
    if (fstype and fstype.lower() in NETWORK_FS) or _is_windows_network_drive(directory):
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The store {path} is on a network file system ({fstype}). LNV Editor keeps "
                "its store in WAL mode, which is not safe there. Copy the file to a local "
                "disk and open that copy.",
            ),
            path=str(path),
            fstype=fstype or "network drive",
        )


def probe(path: Path) -> StoreProbe:
    """Read the file's schema revision without writing to it; refuse what is not ours."""
    if path.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is a folder. Give the path of a store file (.sqlite)."
            ),
            path=str(path),
        )
    if not path.exists() or path.stat().st_size == 0:
        return StoreProbe(exists=path.exists(), revision=None)
    # Through SQLite only, never open(): in a process that already holds connections to this
    # file, closing any other descriptor on it drops SQLite's POSIX locks, and another process
    # may then checkpoint and delete the WAL our later saves go to (sqlite.org, "How To
    # Corrupt An SQLite Database File", 2.2). SQLite shares one lock table per file within
    # the process, so its own connections are safe.
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is not an LNV Editor store (it is not an SQLite database). The file "
                    "was not changed. Choose another file, or a new file name to create a store.",
                ),
                path=str(path),
            ) from exc
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} cannot be read as a store: {reason}. The file was not changed. "
                "Restore it from a backup or choose another file.",
            ),
            path=str(path),
            reason=str(exc),
        ) from exc
    if revision is None and tables:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is an SQLite database but not an LNV Editor store. The file was not "
                "changed. Choose another file.",
            ),
            path=str(path),
        )
    if revision is not None and revision not in schema.KNOWN_REVISIONS:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer version of LNV Editor (schema {revision}). "
                "Update LNV Editor to open it; the file was not changed.",
            ),
            path=str(path),
            revision=revision,
        )
    return StoreProbe(exists=True, revision=revision)


def _configure(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # We issue BEGIN ourselves (see _begin) so reads can be DEFERRED and writes IMMEDIATE.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The store could not be switched to WAL mode (it reports {mode}). Copy it "
                "to a local disk and try again.",
            ),
            mode=mode,
        )
    cur.execute("PRAGMA synchronous = FULL")  # a power cut must not take the last save
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _begin(conn) -> None:
    # A read-then-write in a DEFERRED transaction fails at once with "database is locked"
    # under contention; writers take the write lock up front and wait for it instead.
    immediate = conn.get_execution_options().get("write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


_migrate_lock = threading.Lock()


def open_engine(path: Path | str, *, create: bool = True) -> Engine:
    """Check, create or upgrade the store at *path* and return a configured engine."""
    # SQLAlchemy only here: probe() and the checks serve store.quick before it is loaded.
    from sqlalchemy import create_engine, event

    path = Path(os.path.expanduser(str(path)))
    info = probe(path)
    if not info.exists and not create:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no store at {path}. Check the path; to start a new store there, "
                "use lnv-editor new or lnv-editor demo.",
            ),
            path=str(path),
        )
    check_local_filesystem(path)
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Cannot create the folder for the store {path}: {reason}."
                ),
                path=str(path),
                reason=exc.strerror or str(exc),
            ) from exc
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _configure)
    event.listen(engine, "begin", _begin)
    if info.revision != schema.HEAD:
        with _migrate_lock:
            from lnv_editor.store.migrate import upgrade  # Alembic only when needed

            upgrade(engine)
    return engine
