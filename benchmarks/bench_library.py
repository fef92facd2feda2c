"""Opening the library on 100,000 synthetic articles: the model's reload and first rows,
a status filter and a quick search. Target: library under 300 ms."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import figures, synthetic_store  # noqa: E402


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from lnv_editor.gui.library.model import LibraryModel
    from lnv_editor.store.repository import Repository

    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need one
    store = synthetic_store(Path(tempfile.gettempdir()) / "lnv-bench-100000.sqlite", 100_000)
    t0 = time.perf_counter()
    repo = Repository.open(store)
    print(f"open store (engine, checks): {(time.perf_counter() - t0) * 1000:.1f} ms")
    model = LibraryModel(repo)
    open_ms, filter_ms, search_ms = [], [], []
    for _ in range(15):
        t = time.perf_counter()
        model.set_filter(query="", status=None)
        for row in range(40):  # one screenful
            for col in range(4):
                model.index(row, col).data()
        open_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        model.set_filter(status="draft")
        model.index(0, 0).data()
        filter_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        model.set_filter(query="bat trang", status=None)
        model.index(0, 0).data()
        search_ms.append((time.perf_counter() - t) * 1000)
    print(f"rows: {len(repo.list_ids())}")
    print(figures("library open (ids + first screen)", open_ms))
    print(figures("status filter", filter_ms))
    print(figures("quick search 'bat trang'", search_ms))
    t = time.perf_counter()
    model.set_filter(query="", status=None)
    for row in range(0, 100_000, 997):  # scroll through the whole list
        model.index(row, 0).data()
    print(f"scroll to the end, sampling rows: {(time.perf_counter() - t) * 1000:.1f} ms")
    repo.close()


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # skip PySide6's shutdown teardown, which can abort after the figures
