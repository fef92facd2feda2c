"""The one background-work idiom: results and errors arrive on the GUI thread; late results
for a deleted owner are dropped."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal

from lnv_editor.gui.common.workers import Runner


class _Probe(QObject):
    passed = Signal()


def test_results_and_errors_arrive_on_the_gui_thread(qtbot, qapp):
    runner = Runner()
    seen = []
    gui = QThread.currentThread()

    def work(x):
        assert threading.current_thread() is not threading.main_thread()
        return x * 2

    runner.submit(work, 21, on_done=lambda r: seen.append((r, QThread.currentThread() is gui)))
    runner.submit(
        lambda: 1 / 0, on_error=lambda e: seen.append((type(e), QThread.currentThread() is gui))
    )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert (42, True) in seen and (ZeroDivisionError, True) in seen
    runner.shutdown()


def test_a_deleted_owner_gets_nothing(qtbot, qapp):
    owner = QObject()
    runner = Runner(owner)
    gate = threading.Event()
    seen = []
    future = runner.submit(lambda: gate.wait(5) and "late", on_done=seen.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(runner), timeout=3000)
    # Done-callbacks run in order on the worker thread: this probe's queued signal is posted
    # after anything the runner's relay could have posted, so once it arrives, a late delivery
    # would already have happened.
    probe = _Probe()
    future.add_done_callback(lambda _f: probe.passed.emit())
    with qtbot.waitSignal(probe.passed, timeout=5000):
        gate.set()
    assert future.result(timeout=5) == "late"
    assert seen == []


def test_a_task_reports_progress_on_the_gui_thread_and_stops_when_cancelled(qtbot, qapp):
    runner = Runner()
    gui = QThread.currentThread()
    progress, done = [], []
    go = threading.Event()

    def work(task, items):
        kept = []
        for n, item in enumerate(items, start=1):
            if task.cancelled():
                break  # what was finished stays finished
            kept.append(item)
            task.progress(n, len(items))
            if n == 2:
                go.wait(5)  # the user presses Cancel while the third waits
        return kept

    task = runner.start(
        work,
        ["a", "b", "c", "d"],
        on_done=done.append,
        on_progress=lambda n, total: progress.append((n, total, QThread.currentThread() is gui)),
    )
    qtbot.waitUntil(lambda: len(progress) == 2, timeout=3000)
    task.cancel()
    go.set()
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
    assert done == [["a", "b"]]  # cancelled before the third started: nothing past it
    assert progress == [(1, 4, True), (2, 4, True)]
    assert task.cancelled() and task.cancel_event.is_set()
    runner.shutdown()


def test_a_failing_task_reports_its_error_and_no_result(qtbot, qapp):
    runner = Runner()
    done, errors = [], []

    def work(task):
        task.progress(1, 2)
        raise OSError("ổ đĩa đầy")

    runner.start(work, on_done=done.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert done == [] and isinstance(errors[0], OSError) and "ổ đĩa đầy" in str(errors[0])
    runner.shutdown()
