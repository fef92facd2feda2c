"""The one way the app runs a batch in other processes: photo renditions, bundle exports.

``run_in_processes(fn, jobs, …)`` runs ``fn(*job)`` for each job in *workers* spawned
processes ("spawn" is safe in a process that runs Qt threads; fork is not), keeping a few
jobs per worker queued (enough to keep the cores busy, few enough that a cancel stops soon
and finished results do not pile up). Each finished job is handed to ``take(index, future)``
on the calling thread, in the order they finish, and ``progress(done, total)`` follows. When
*cancel* fires, queued jobs are dropped, the running ones finish and are handed over too, and
the call returns False; True once every job has run.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

Cancel = threading.Event | Callable[[], bool] | None
POLL_S = 0.1  # how soon a cancel is noticed while every worker is busy


def is_cancelled(cancel: Cancel) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def run_in_processes(
    fn: Callable,
    jobs: Sequence[tuple],
    *,
    workers: int,
    take: Callable[[int, Future], None],
    progress: Callable[[int, int], None] | None = None,
    cancel: Cancel = None,
    initializer: Callable[..., None] | None = None,
    initargs: tuple = (),
    ahead: int = 4,
) -> bool:
    total = len(jobs)
    if total == 0 or is_cancelled(cancel):
        return total == 0
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=max(1, min(workers, total)),
        mp_context=context,
        initializer=initializer,
        initargs=initargs,
    ) as pool:
        pending: dict[Future, int] = {}
        queue = list(reversed(range(total)))
        done = 0

        def refill() -> None:
            while queue and len(pending) < max(1, workers) * ahead:
                index = queue.pop()
                pending[pool.submit(fn, *jobs[index])] = index

        refill()
        while pending:
            if is_cancelled(cancel):
                for future in pending:
                    future.cancel()  # the queued ones; the running ones finish
                for future, index in pending.items():
                    if not future.cancelled():
                        wait([future])
                        take(index, future)
                return False
            finished, _ = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
            for future in finished:
                take(pending.pop(future), future)
                done += 1
                if progress is not None:
                    progress(done, total)
            refill()
    return True
