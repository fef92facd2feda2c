"""Cold start: process start to the main window shown, and to the library filled.

Runs the real app in a fresh interpreter each time (offscreen unless DISPLAY is set).
Target on the 2-core reference machine: window shown under 0.8 s.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, figures, synthetic_store

CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from lnv_editor.app import start_main_window
app, window = start_main_window(sys.argv[1], "vi")  # returns once the window has painted
print("shown", time.perf_counter(), flush=True)
def ready():
    print("ready", time.perf_counter(), flush=True)
    QTimer.singleShot(0, app.quit)
window.storeReady.connect(ready)
app.exec()
"""


def run_once(store: Path) -> tuple[float, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    # time.perf_counter is CLOCK_MONOTONIC on Linux, shared by parent and child.
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD, str(store)], capture_output=True, text=True,
                         env=env, timeout=120)
    marks = dict(line.split() for line in out.stdout.splitlines() if line.split()[0] in ("shown", "ready"))
    return (float(marks["shown"]) - start) * 1000, (float(marks["ready"]) - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    tmp = Path(tempfile.gettempdir())
    for label, n in (("demo-sized store (16 articles)", 16), ("100,000 articles", 100_000)):
        store = synthetic_store(tmp / f"lnv-bench-{n}.sqlite", n)
        run_once(store)  # warm the OS file cache: we measure the app, not the disk
        shown, ready = zip(*(run_once(store) for _ in range(args.runs)), strict=True)
        print(f"== {label}")
        print(figures("  window shown", list(shown)))
        print(figures("  library filled (store loaded)", list(ready)))


if __name__ == "__main__":
    main()
