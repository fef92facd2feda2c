"""The one way the GUI runs work off its thread.

``Runner.submit(fn, *args, on_done=…, on_error=…)`` runs *fn* on the runner's worker threads
and calls *on_done(result)* or *on_error(exception)* later on the GUI thread, through a queued
signal. A runner belongs to a QObject parent; once the runner is deleted its late results are
dropped, never delivered to a deleted widget. ``submit`` returns the ``Future``, so a caller
that must wait (a save on close) can.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

Callback = Callable[[object], None] | None


class Runner(QObject):
    _finished = Signal(object, object, object)  # future, on_done, on_error

    def __init__(self, parent: QObject | None = None, *, threads: int = 1, name: str = "lnv"):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=name)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(
        self, fn: Callable, *args, on_done: Callback = None, on_error: Callback = None
    ) -> Future:
        future = self._executor.submit(fn, *args)
        future.add_done_callback(lambda f: self._relay(f, on_done, on_error))
        return future

    def _relay(self, future: Future, on_done: Callback, on_error: Callback) -> None:
        # On the worker thread: hand over to the GUI thread, unless the runner is gone.
        if shiboken6.isValid(self):
            self._finished.emit(future, on_done, on_error)

    def _deliver(self, future: Future, on_done: Callback, on_error: Callback) -> None:
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            if on_error is not None:
                on_error(error)
        elif on_done is not None:
            on_done(future.result())

    def shutdown(self, wait: bool = True) -> None:
        self._executor.shutdown(wait=wait, cancel_futures=not wait)
