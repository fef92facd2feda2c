"""The one process-pool helper (core/processes.py) used by renditions and exports."""

from __future__ import annotations

import operator
import threading
import time

from lnv_editor.core.processes import run_in_processes


def test_every_job_runs_once_and_is_handed_back_with_its_index():
    taken, seen = {}, []
    jobs = [(n, n) for n in range(12)]
    finished = run_in_processes(
        operator.mul,
        jobs,
        workers=2,
        take=lambda index, future: taken.__setitem__(index, future.result()),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert finished is True
    assert taken == {n: n * n for n in range(12)}
    assert seen == [(n, 12) for n in range(1, 13)]


def test_a_cancel_drops_the_queued_jobs_and_keeps_the_running_ones():
    cancel = threading.Event()
    taken = []

    def progress(done, total):
        if done == 2:
            cancel.set()  # the user presses Cancel after two of twenty

    finished = run_in_processes(
        time.sleep,
        [(0.2,)] * 20,
        workers=2,
        take=lambda index, future: taken.append((index, future.exception())),
        progress=progress,
        cancel=cancel,
        ahead=2,
    )
    assert finished is False
    assert 2 <= len(taken) < 20  # what was running finished and was handed back
    assert all(error is None for _index, error in taken)
    assert len({index for index, _ in taken}) == len(taken)


def test_nothing_to_do_starts_no_process():
    assert run_in_processes(operator.mul, [], workers=2, take=lambda *_: None) is True
    cancel = threading.Event()
    cancel.set()
    assert (
        run_in_processes(operator.mul, [(1, 2)], workers=2, take=lambda *_: None, cancel=cancel)
        is False
    )
