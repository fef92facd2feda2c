"""The one way the GUI runs work off its thread.

``Runner.submit(fn, *args, on_done=…, on_error=…)`` runs *fn* on the runner's worker threads
and calls *on_done(result)* or *on_error(exception)* later on the GUI thread, through a queued
signal. A runner belongs to a QObject parent; once the runner is deleted its late results are
dropped, never delivered to a deleted widget. ``submit`` returns the ``Future``, so a caller
that must wait (a save on close) can.

Work that reports progress or can be stopped takes a ``Task`` as its first argument
(``Runner.start``): ``task.progress(done, total)`` reaches *on_progress* on the GUI thread,
``task.cancelled()`` says whether the user asked to stop, and the caller's ``task.cancel()``
asks. What a write changes reaches the windows through the store's change record, not
through the runner (Anki's ``CollectionOp``/``QueryOp`` are the model).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

Callback = Callable[[object], None] | None
Progress = Callable[[int, int], None] | None


class Task:
    """A running piece of work, as the worker and its caller both see it."""

    def __init__(self, runner: Runner, on_progress: Progress) -> None:
        self._runner = runner
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self.future: Future | None = None

    def progress(self, done: int, total: int) -> None:
        """From the worker: *done* of *total*, shown on the GUI thread."""
        if self._on_progress is not None and shiboken6.isValid(self._runner):
            self._runner._progress.emit(self._on_progress, done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """From the GUI: ask the work to stop at its next check (what it finished stays)."""
        self._cancel.set()

    @property
    def cancel_event(self) -> threading.Event:
        """For code below the GUI that takes an ``Event`` (media, export)."""
        return self._cancel


class Runner(QObject):
    _finished = Signal(object, object, object)  # future, on_done, on_error
    _progress = Signal(object, int, int)  # on_progress, done, total

    def __init__(self, parent: QObject | None = None, *, threads: int = 1, name: str = "lnv"):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=name)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def submit(
        self, fn: Callable, *args, on_done: Callback = None, on_error: Callback = None
    ) -> Future:
        future = self._executor.submit(fn, *args)
        future.add_done_callback(lambda f: self._relay(f, on_done, on_error))
        return future

    def start(
        self,
        fn: Callable,
        *args,
        on_done: Callback = None,
        on_error: Callback = None,
        on_progress: Progress = None,
    ) -> Task:
        """Run ``fn(task, *args)``: work that reports progress and can be cancelled."""
        task = Task(self, on_progress)
        task.future = self.submit(fn, task, *args, on_done=on_done, on_error=on_error)
        return task

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

    @staticmethod
    def _report(on_progress, done: int, total: int) -> None:
        on_progress(done, total)

    def shutdown(self, wait: bool = True) -> None:
        self._executor.shutdown(wait=wait, cancel_futures=not wait)
