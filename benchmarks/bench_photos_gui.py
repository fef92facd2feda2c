"""The photo import as a reporter meets it: 20 photos of 24 MP dropped on the real photo
panel (import worker, thumbnails), then all renditions made off the GUI thread, while a
5 ms timer on the GUI thread measures the event loop's worst stall.

Targets from issue 3: import + renditions under 20 s, no stall over 100 ms, peak memory
under 1 GB (whole process tree, sampled).
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_photos import generate  # noqa: E402


def tree_rss_mb() -> float:
    """Resident memory of this process and its children (Linux /proc), in MB."""
    total = 0
    me = os.getpid()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            if int(entry) == me or int(fields[1]) == me:
                with open(f"/proc/{entry}/statm") as fh:
                    total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    return total / 1e6


def run_until(done) -> None:
    """Run a real Qt event loop (as the app does) until *done()* is true."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start()
    loop.exec()
    poll.stop()


def main() -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from lnv_editor.config import Config
    from lnv_editor.gui.window.main_window import MainWindow
    from lnv_editor.media import make_renditions

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    tmp = Path(tempfile.mkdtemp())
    t = time.perf_counter()
    (tmp / "photos").mkdir()
    paths = generate(tmp / "photos", count, (6000, 4000))
    print(f"generated {count} photos of 24 MP in {time.perf_counter() - t:.1f} s (not counted)")

    _app = QApplication.instance() or QApplication([])  # noqa: F841 - widgets need one
    os.environ["LNV_CONFIG_DIR"] = str(tmp / "config")
    window = MainWindow(Config(tmp / "settings.json"))
    window.show()
    window.ensure_panels()
    done = threading.Event()
    window.storeReady.connect(done.set)
    window.open_store(tmp / "bench.sqlite")
    run_until(done.is_set)
    window.new_article()

    stall = {"max": 0.0, "clock": QElapsedTimer()}
    stall["clock"].start()

    def tick() -> None:
        gap = stall["clock"].restart()
        if gap > stall["max"]:
            stall["max"] = gap
            stall["at"] = time.perf_counter() - stall.get("phase", 0.0)

    ticker = QTimer(interval=5)
    ticker.timeout.connect(tick)
    peak = {"mb": 0.0}
    sampling = threading.Event()

    def sample() -> None:
        while not sampling.is_set():
            peak["mb"] = max(peak["mb"], tree_rss_mb())
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    ticker.start()
    stall["clock"].restart()
    started = stall["phase"] = time.perf_counter()
    window.photo_panel.import_files([str(p) for p in paths])
    run_until(lambda: not window.photo_panel.is_importing())
    imported = time.perf_counter() - started
    import_stall, stall["max"] = stall["max"], 0.0
    import_at, stall["phase"] = stall.get("at", 0.0), time.perf_counter()
    shas = [p.sha256 for p in window.repo.photos.list(window.editor.article.id)]
    result: dict = {}
    worker = threading.Thread(
        target=lambda: result.update(make_renditions(window.repo.media(), shas, workers=2))
    )
    worker.start()
    run_until(lambda: not worker.is_alive())
    total = time.perf_counter() - started
    ticker.stop()
    sampling.set()
    sampler.join()
    errors = [v for v in result.values() if isinstance(v, Exception)]
    print(
        f"photos imported: {len(shas)}, renditions: {len(result) - len(errors)} photos × 3 widths, errors: {len(errors)}"
    )
    print(
        f"import through the photo panel: {imported:.1f} s; import + renditions: {total:.1f} s (target < 20 s)"
    )
    print(
        f"worst GUI event-loop stall: import {import_stall} ms (at {import_at:.1f} s), "
        f"renditions {stall['max']} ms (at {stall.get('at', 0.0):.1f} s) (target < 100 ms)"
    )
    print(
        f"peak memory, process tree (sampled): {peak['mb']:.0f} MB; "
        f"this process ru_maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (target < 1 GB)"
    )
    window.close()


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)
