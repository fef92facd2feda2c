"""bench_typing_echo.py --trace: where a slow key's time went, from inside the app.

The app side (``Recorder``, in _typing_echo_child.py when LNV_ECHO_TRACE is set) notes, on the
clock the driver uses (CLOCK_MONOTONIC: ``time.perf_counter`` in both processes), when each key
press reached the body editor, when each of the body's paints ended, and every piece of work the
app ran through its one worker idiom (``gui.common.workers.Runner``): on its worker thread (start,
end, thread CPU) and its result handed back on the GUI thread. The driver (``explain``) splits
each slow key into *to the editor* (the X server and a busy GUI thread), *to the end of the
paint* (the key's own handling, the layout and the paint) and *to the screen* (Qt's flush and
the X server), and names the work that overlapped it.
"""

from __future__ import annotations

import threading
import time

from _common import percentile


class Recorder:
    """Notes the app's events; ``take()`` hands them over and starts afresh."""

    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.lock = threading.Lock()

    def note(self, *event) -> None:
        with self.lock:
            self.events.append(event)

    def take(self) -> list[tuple]:
        with self.lock:
            events, self.events = self.events, []
        return events

    def install(self, editor_class) -> None:
        """Before the window exists: the body's paints, and every Runner's work."""
        from lnv_editor.gui.common import workers

        paint = editor_class.paintEvent

        def paint_event(editor, event) -> None:
            paint(editor, event)
            self.note("paint", time.perf_counter())

        editor_class.paintEvent = paint_event
        submit, deliver = workers.Runner.submit, workers.Runner._deliver
        recorder = self

        def timed(fn, name):
            def run(*args, **kwargs):
                start, cpu = time.perf_counter(), time.thread_time()
                try:
                    return fn(*args, **kwargs)
                finally:
                    end = time.perf_counter()
                    recorder.note("work", name, start, end, (time.thread_time() - cpu) * 1000)

            return run

        def traced_submit(runner, fn, *args, on_done=None, on_error=None):
            name = getattr(fn, "__qualname__", repr(fn))
            return submit(runner, timed(fn, name), *args, on_done=on_done, on_error=on_error)

        def traced_deliver(runner, future, on_done, on_error):
            start = time.perf_counter()
            try:
                deliver(runner, future, on_done, on_error)
            finally:
                name = getattr(on_done, "__qualname__", repr(on_done))
                recorder.note("gui", name, start, time.perf_counter(), 0.0)

        workers.Runner.submit = traced_submit
        workers.Runner._deliver = traced_deliver

    def watch_keys(self, body) -> None:
        """Key presses as they reach *body* (an event filter sees them before the editor)."""
        from PySide6.QtCore import QEvent, QObject

        recorder = self

        class Keys(QObject):
            def eventFilter(self, _obj, event) -> bool:
                if event.type() == QEvent.Type.KeyPress:
                    recorder.note("key", time.perf_counter())
                return False

        self.filter = Keys(body)
        body.installEventFilter(self.filter)


def explain(keys: list[tuple[float, float]], events: list[list], share: float = 0.1) -> list[str]:
    """Lines on the slowest *share* of *keys* ((sent, seen) perf_counter pairs)."""
    arrivals = sorted(e[1] for e in events if e[0] == "key")
    paints = sorted(e[1] for e in events if e[0] == "paint")
    work = [e for e in events if e[0] in ("work", "gui")]
    rows = []
    for sent, seen in keys:
        arrived = next((t for t in arrivals if t >= sent), None)
        painted = next((t for t in paints if arrived is not None and t >= arrived), None)
        if arrived is None or painted is None or arrived > seen:
            continue
        rows.append((seen - sent, sent, arrived, min(painted, seen), seen))
    if not rows:
        return ["  trace: no key matched its arrival and paint"]
    splits = {
        "to the editor": [(r[2] - r[1]) * 1000 for r in rows],
        "to the end of the paint": [(r[3] - r[2]) * 1000 for r in rows],
        "to the screen": [(r[4] - r[3]) * 1000 for r in rows],
    }
    lines = [
        "  trace, all keys (p50 / p95 ms): "
        + "; ".join(
            f"{k} {percentile(v, 0.5):.1f} / {percentile(v, 0.95):.1f}" for k, v in splits.items()
        )
    ]
    slow = sorted(rows, reverse=True)[: max(1, int(len(rows) * share))]
    for total, sent, arrived, painted, seen in slow:
        overlapping = [
            f"{e[0]}:{e[1].split('.')[-2] if '.' in e[1] else e[1]}.{e[1].split('.')[-1]} "
            f"{(max(e[2], sent - 0.05) - sent) * 1000:+.0f}..{(e[3] - sent) * 1000:+.0f}"
            + (f" cpu {e[4]:.0f}" if e[0] == "work" else "")
            for e in work
            if e[3] > sent - 0.05 and e[2] < seen
        ]
        lines.append(
            f"  slow key {total * 1000:.1f} ms: editor {(arrived - sent) * 1000:.1f}, paint "
            f"{(painted - arrived) * 1000:.1f}, screen {(seen - painted) * 1000:.1f}; "
            + (", ".join(overlapping) or "no work overlapping")
        )
    return lines
