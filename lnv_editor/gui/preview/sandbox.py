"""Rendering that can be stopped: suspicious blocks go to a child process with a time limit.

Python-Markdown is quadratic or worse on some inputs. The render layer's guard defuses the
known ones (measured on 2 cores: 40,000 ``[`` in one paragraph took 122 s before it, 0.1 s
after), but not every shape: 5,000 ``[a](b) `` links in one paragraph still take 1.2 s, and
the next bad shape is unknown. A Python thread cannot be interrupted, so a
block that could be one of those is rendered by a child process that is killed when it
overruns; ordinary paragraphs (short, few brackets) render in the preview's own thread, from
the block cache. Qt-free: it runs on the preview's render thread.
"""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.connection import Connection

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.render.blocks import BlockRenderer
from lnv_editor.render.guard import RenderError

TIME_LIMIT_S = 2.0
# Real paragraphs stay far below these (a long one is ~1,500 characters and a few links).
MAX_PLAIN_LENGTH = 3000
MAX_PLAIN_BRACKETS = 100


def too_complex() -> RenderError:
    return RenderError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "A paragraph is too complex to show (thousands of brackets or nested quotations). "
            "Simplify it and the preview comes back.",
        )
    )


def suspicious(text: str) -> bool:
    """Whether a block might take the renderer seconds (cheap: two scans of the text)."""
    return len(text) > MAX_PLAIN_LENGTH or text.count("[") > MAX_PLAIN_BRACKETS


def _child(conn: Connection) -> None:
    """The child process: render blocks until the pipe closes."""
    renderer = BlockRenderer(max_cached=64)
    conn.send(("ready", None))
    while True:
        try:
            text, kind = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", renderer.safe_html(text, kind)))
        except Exception as exc:  # noqa: BLE001 - reported to the parent as the error
            conn.send(("error", exc))


class _Child:
    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # fork is unsafe in a Qt process
        self.conn, child_end = context.Pipe()
        self.process = context.Process(target=_child, args=(child_end,), daemon=True)
        self.process.start()
        child_end.close()
        # Starting Python and importing Markdown is not the block's fault: not timed.
        if not self.conn.poll(30) or self.conn.recv()[0] != "ready":
            self.kill()
            raise too_complex()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class GuardedRenderer(BlockRenderer):
    """A ``BlockRenderer`` whose suspicious blocks render in a child process with a time
    limit; a block that overran is remembered and refused at once next time."""

    def __init__(self, time_limit_s: float = TIME_LIMIT_S) -> None:
        super().__init__()
        self.time_limit_s = time_limit_s
        self._child: _Child | None = None
        self._child_lock = threading.Lock()
        self._refused: set[str] = set()
        self._done: dict[str, str] = {}
        self.killed = 0

    def safe_html(self, text: str, kind: str = "paragraph") -> str:
        if not suspicious(text):
            return super().safe_html(text, kind)
        if text in self._refused:
            raise too_complex()
        cached = self._done.get(text)
        if cached is not None:
            return cached
        html = self._in_child(text, kind)
        if len(self._done) > 64:
            self._done.clear()
        self._done[text] = html
        return html

    def _in_child(self, text: str, kind: str) -> str:
        with self._child_lock:
            if self._child is None or not self._child.process.is_alive():
                self._child = _Child()
            child = self._child
            child.conn.send((text, kind))
            if not child.conn.poll(self.time_limit_s):
                child.kill()
                self._child = None
                self.killed += 1
                self._refused.add(text)
                raise too_complex()
            status, value = child.conn.recv()
        if status == "error":
            raise value
        return value

    def close(self) -> None:
        with self._child_lock:
            if self._child is not None:
                self._child.kill()
                self._child = None
