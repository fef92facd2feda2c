"""The live preview as a reporter meets it, in the real app (offscreen): keystroke to the
preview's DOM patched *and laid out* (the page's script forces layout with
``document.body.offsetHeight`` before it returns; the Python callback timestamps that), for a
1,500-word article with 5 photos and a 20,000-word article, over 120 single-key edits at
random places; and the time from opening an article to its first preview on screen.

Targets (issue "Live portal preview"): p95 <= 30 ms at 1,500 words, <= 100 ms at 20,000;
first preview <= 300 ms. For scale, ReText: 555 ms p50 / 564 ms p95 on a 1,553-word article
(a 500 ms debounce, then a full setHtml).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;js=false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import article_body, figures, run_until, sentence  # noqa: E402

EDITS = int(os.environ.get("EDITS", "120"))


def make_store(folder: Path) -> tuple[Path, dict[str, int]]:
    from PIL import Image

    from lnv_editor.media.importer import import_photo
    from lnv_editor.store.repository import Repository

    rng = random.Random(7)
    path = folder / "bench.sqlite"
    repo = Repository.open(path)
    for _n in range(12):
        repo.create(title=sentence(rng, 9), lead=sentence(rng, 25), section="Làng nghề")
    ids = {}
    short = repo.create(title=sentence(rng, 10), lead=sentence(rng, 30), byline="Lê Nam",
                        section="Làng nghề")  # fmt: skip
    infos = []
    for n in range(5):
        image = folder / f"p{n}.jpg"
        Image.new("RGB", (2400, 1600), (40 * n, 120, 200 - 30 * n)).save(image, quality=85)
        infos.append(import_photo(repo.media(), image))
    photos = repo.photos.add(short.id, infos, caption=sentence(rng, 12), credit="Ảnh: Lê Nam",
                             alt=sentence(rng, 6))  # fmt: skip
    body = article_body(rng, 1500, [p.id for p in photos])
    repo.save(short.id, {"body": body}, base_version=short.version, reason="save")
    ids["1,500 words, 5 photos"] = short.id
    long = repo.create(title=sentence(rng, 10), lead=sentence(rng, 30), byline="Lê Nam",
                       section="Làng nghề")  # fmt: skip
    repo.save(long.id, {"body": article_body(rng, 20000, [])}, base_version=long.version,
              reason="save")  # fmt: skip
    ids["20,000 words"] = long.id
    repo.close()
    return path, ids


def main() -> None:
    from lnv_editor.gui.preview import register_schemes

    register_schemes()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from lnv_editor.config import Config
    from lnv_editor.gui.window.main_window import MainWindow
    from lnv_editor.i18n import install_translators

    install_translators("vi")
    folder = Path(tempfile.mkdtemp(prefix="lnv-bench-preview-"))
    os.environ["LNV_CONFIG_DIR"] = str(folder / "config")
    store, ids = make_store(folder)

    window = MainWindow(Config(folder / "settings.json"))
    window.resize(1600, 950)
    window.show()
    window.ensure_panels()
    ready = []
    window.storeReady.connect(lambda: ready.append(1))
    window.open_store(store)
    run_until(lambda: ready)
    window.preview.toggle_action.trigger()
    panel = window.preview.panel
    view = panel.view
    events: list[tuple[float, float]] = []
    view.patched.connect(lambda asked, applied: events.append((asked, applied)))
    loads = []
    view.loaded.connect(lambda: loads.append(time.perf_counter()))
    full_renders: list[float] = []
    panel.queue.rendered.connect(
        lambda update, _asked: full_renders.append(update.render_ms) if update.full else None
    )

    # Time to first preview: open each article (preview already shown), until its page loaded.
    first: dict[str, list[float]] = {label: [] for label in ids}
    renders: dict[str, list[float]] = {label: [] for label in ids}
    order = list(ids.items()) * 6
    for label, article_id in order:
        before = len(loads)
        started = time.perf_counter()
        window.library.select(article_id)
        run_until(lambda before=before: len(loads) > before)
        first[label].append((loads[-1] - started) * 1000)
        renders[label].append(full_renders[-1])
        run_until(lambda: not panel.queue.busy and not view._loading)
    print("Time from opening an article to its first preview (page loaded):")
    for label, samples in first.items():
        print("  " + figures(label, samples[1:]))  # the first open also warms the engine up
        print(
            "    of which reading the store and rendering: " + figures("", renders[label][1:])[2:]
        )

    print(f"Keystroke to preview patched and laid out ({EDITS} edits at random places):")
    rng = random.Random(11)
    body = window.editor.body_edit
    for label, article_id in ids.items():
        window.library.select(article_id)
        run_until(lambda: not panel.queue.busy and not view._loading and view.loads)
        QTest.qWait(300)
        loads_before = view.loads
        samples = []
        for _ in range(EDITS):
            text = body.toPlainText()
            while True:
                position = rng.randrange(len(text))
                line_start = text.rfind("\n", 0, position) + 1
                if not text.startswith("![](", line_start):
                    break
            cursor = body.textCursor()
            cursor.setPosition(position)
            body.setTextCursor(cursor)
            body.setFocus()
            QTest.qWait(80)  # the cursor move (and any scroll that follows) settles first
            count = len(events)
            started = time.perf_counter()
            QTest.keyClick(body, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
            run_until(lambda count=count: len(events) > count)
            samples.append((events[-1][1] - started) * 1000)
        print(
            "  "
            + figures(label, samples)
            + f"; whole-page loads during edits: {view.loads - loads_before}"
        )
        body.moveCursor(QTextCursor.MoveOperation.End)
    guard = view.preview_page.guard
    print(f"Requests refused by the preview's network guard: {len(guard.blocked)}")
    window.close()
    app.processEvents()
    os._exit(0)


if __name__ == "__main__":
    main()
