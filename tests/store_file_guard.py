"""A guard for every test: the app never opens the store's own files outside SQLite.

In a process that holds SQLite connections, opening and closing the database file (or its
-wal or -shm) any other way releases SQLite's POSIX locks; another process may then delete
the WAL our later saves go to (sqlite.org, "How To Corrupt An SQLite Database File", 2.2).
The guard wraps Python's ``open``, ``io.open`` and ``os.open``: a call made by lnv_editor code
on a file this process already holds open as an SQLite file is recorded, and the test fails.
(Opens made inside Qt's C++, such as its file dialogs' content sniffing, are out of its reach:
tests/gui/test_store_locks.py catches those by their effect.)
"""

from __future__ import annotations

import builtins
import io
import os
import sys

SQLITE_NAMES = (".sqlite", ".sqlite3", ".db", "-wal", "-shm", "-journal")


def _app_caller(depth: int = 8) -> str | None:
    frame = sys._getframe(2)
    for _ in range(depth):
        if frame is None:
            return None
        name = frame.f_globals.get("__name__", "")
        if name.startswith("lnv_editor"):
            return f"{name}:{frame.f_lineno}"
        frame = frame.f_back
    return None


def _held_sqlite_files() -> set[tuple[int, int]]:
    held = set()
    for fd in os.listdir("/proc/self/fd"):
        link = f"/proc/self/fd/{fd}"
        try:
            if os.readlink(link).endswith(SQLITE_NAMES):
                st = os.stat(link)
                held.add((st.st_dev, st.st_ino))
        except OSError:
            continue
    return held


class StoreFileGuard:
    def __init__(self) -> None:
        self.violations: list[str] = []

    def check(self, target) -> None:
        if not isinstance(target, (str, bytes, os.PathLike)):
            return  # a file descriptor
        caller = _app_caller()
        if caller is None:
            return
        try:
            st = os.stat(target)
        except (OSError, ValueError):
            return
        if (st.st_dev, st.st_ino) in _held_sqlite_files():
            self.violations.append(f"{caller} opened {os.fsdecode(target)}")

    def install(self, monkeypatch) -> None:
        real_open, real_os_open = builtins.open, os.open

        def guarded_open(file, *args, **kwargs):
            self.check(file)
            return real_open(file, *args, **kwargs)

        def guarded_os_open(path, *args, **kwargs):
            self.check(path)
            return real_os_open(path, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", guarded_open)
        monkeypatch.setattr(io, "open", guarded_open)
        monkeypatch.setattr(os, "open", guarded_os_open)


def available() -> bool:
    return sys.platform.startswith("linux") and os.path.isdir("/proc/self/fd")
