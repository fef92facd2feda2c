"""Editor sessions: which article each running editor has open, for crash recovery.

A mixin of ``Repository``: a session row per running app; one left open by a process that
died means a crash, and its article is reopened and said to be recovered.
"""

from __future__ import annotations

import os
import socket

from sqlalchemy import insert, select, update

from lnv_editor.store.clock import utcnow
from lnv_editor.store.models import EditorSession

S = EditorSession.__table__


class EditorSessions:
    def begin_session(self) -> int:
        now = utcnow()
        with self._writer.begin() as conn:
            return conn.execute(
                insert(S).values(
                    pid=os.getpid(),
                    host=socket.gethostname(),
                    started=now,
                    heartbeat=now,
                    article_id=None,
                    closed=False,
                )
            ).inserted_primary_key[0]

    def set_session_article(self, session_id: int, article_id: int | None) -> None:
        with self._writer.begin() as conn:
            conn.execute(
                update(S)
                .where(S.c.id == session_id)
                .values(article_id=article_id, heartbeat=utcnow())
            )

    def end_session(self, session_id: int) -> None:
        with self._writer.begin() as conn:
            conn.execute(update(S).where(S.c.id == session_id).values(closed=True))

    def claim_crashed_sessions(self) -> list[int]:
        """Close the sessions whose process died on this machine; return the articles they
        had open, so the editor can reopen them and say it recovered them."""
        host = socket.gethostname()
        recovered: list[int] = []
        with self._writer.begin() as conn:
            rows = conn.execute(
                select(S.c.id, S.c.pid, S.c.article_id).where(
                    S.c.closed.is_(False), S.c.host == host
                )
            ).all()
            for sid, pid, article_id in rows:
                if pid == os.getpid() or pid_alive(pid):
                    continue
                conn.execute(update(S).where(S.c.id == sid).values(closed=True))
                if article_id is not None and article_id not in recovered:
                    recovered.append(article_id)
        return recovered


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFO
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True
