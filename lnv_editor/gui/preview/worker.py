"""Renders off the GUI thread: one render in flight, the newest request wins, a time limit.

Typing fires a request per keystroke; while one render runs, later requests only replace
the one waiting, so the preview catches up with the text without a queue building up.
A render that takes longer than ``TIME_LIMIT_MS`` leaves the last good page on screen and
says why (``slow``); suspicious blocks are rendered in a child process that is killed at the
time limit (``sandbox.GuardedRenderer``), so the render thread itself never stays stuck.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from lnv_editor.gui.common.workers import Runner
from lnv_editor.gui.preview.source import PreviewSource, Update

TIME_LIMIT_MS = 2000


@dataclass(slots=True)
class Request:
    serial: int
    article_id: int
    fields: dict[str, str]
    reload: bool = False
    full: bool = False
    comments: bool = False  # read the review comments again
    asked_at: float = 0.0  # perf_counter when the edit happened (for the benchmark)


class RenderQueue(QObject):
    """The GUI side: takes requests, keeps one in flight, reports results in order."""

    rendered = Signal(object, float)  # Update, asked_at
    failed = Signal(object)  # the exception of the newest request
    slow = Signal()  # the render in flight passed the time limit

    def __init__(self, repo, labels: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = PreviewSource(repo, labels)
        self._runner = Runner(self, threads=1, name="preview-render")
        self._serial = 0
        self._in_flight: Request | None = None
        self._waiting: Request | None = None
        self._watchdog = QTimer(self, singleShot=True, interval=TIME_LIMIT_MS)
        self._watchdog.timeout.connect(self.slow)

    @property
    def busy(self) -> bool:
        return self._in_flight is not None or self._waiting is not None

    def request(
        self,
        article_id: int,
        fields: Mapping[str, str],
        *,
        reload: bool = False,
        full: bool = False,
        comments: bool = False,
        asked_at: float | None = None,
    ) -> None:
        self._serial += 1
        waiting = self._waiting
        if waiting is not None and waiting.article_id == article_id:
            # Newest wins, but what the older one needed (re-reading the store, a whole
            # page) still has to happen.
            reload, full = reload or waiting.reload, full or waiting.full
            comments = comments or waiting.comments
            asked_at = waiting.asked_at if asked_at is None else min(asked_at, waiting.asked_at)
        self._waiting = Request(
            self._serial, article_id, dict(fields), reload, full, comments,
            time.perf_counter() if asked_at is None else asked_at,
        )  # fmt: skip
        self._next()

    def _next(self) -> None:
        if self._in_flight is not None or self._waiting is None:
            return
        request = self._in_flight = self._waiting
        self._waiting = None
        self._watchdog.start()
        self._runner.submit(
            self._render, request,
            on_done=lambda update: self._done(update, request.asked_at),
            on_error=lambda error: self._failed(error),
        )  # fmt: skip

    def _render(self, request: Request) -> Update:
        return self.source.render(
            request.serial, request.article_id, request.fields,
            reload=request.reload, full=request.full, comments=request.comments,
        )  # fmt: skip

    def _done(self, update: Update, asked_at: float) -> None:
        self._watchdog.stop()
        self._in_flight = None
        self.rendered.emit(update, asked_at)
        self._next()

    def _failed(self, error: BaseException) -> None:
        self._watchdog.stop()
        self._in_flight = None
        if self._waiting is None:
            self.failed.emit(error)
        self._next()

    def shutdown(self) -> None:
        self._waiting = None
        self._watchdog.stop()
        self.source.renderer.close()  # a render waiting on the child returns at once
        self._runner.shutdown(wait=True)
