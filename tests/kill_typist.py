"""The kill experiment: the real app types into a new article and is killed with SIGKILL.

Child (``python kill_typist.py STORE``): the real app, offscreen, typing TEXT into a new
article through its own event loop. Prints "ready <article id> <t>" once the article is open,
then "typed <n> <t>" after each character, until it is killed; <t> is time.monotonic()
(CLOCK_MONOTONIC on Linux: the same clock in the parent that kills it).

Parent side (``run_round``, ``seconds_lost``): used by tests/test_kill.py (correctness) and
benchmarks/bench_kill_loss.py (how much typing a kill loses).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

TEXT = (
    "Làng gốm Bát Tràng (Gia Lâm, Hà Nội) đỏ lửa quanh năm. Những người thợ trẻ học "
    "nghề từ ông bà, rồi mang sản phẩm lên sàn thương mại điện tử. “Giữ nghề là giữ "
    "làng”, nghệ nhân Nguyễn Văn Hùng nói.\n\n## Khuyến công tiếp sức\n\nNăm 2025, "
    "chương trình khuyến công hỗ trợ lò nung khí tiết kiệm năng lượng cho 12 hộ. "
) * 6  # 1,848 characters, 390 words: 74 s of typing, longer than any kill delay
INTERVAL_MS = 40  # 25 characters (about 5 words) a second: a fast typist


# ----- child: the app ----------------------------------------------------------------------
def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from PySide6.QtCore import QTimer
    from typing_helpers import type_text

    from lnv_editor.app import start_main_window

    app, window = start_main_window(sys.argv[1], "en")
    state = {"i": 0}

    def type_next() -> None:
        i = state["i"]
        if i >= len(TEXT):
            return
        type_text(window.editor.body_edit, TEXT[i])
        state["i"] = i + 1
        print(f"typed {i + 1} {time.monotonic():.6f}", flush=True)
        QTimer.singleShot(INTERVAL_MS, type_next)

    def begin() -> None:
        window.new_article()
        print(f"ready {window.editor.article.id} {time.monotonic():.6f}", flush=True)
        QTimer.singleShot(INTERVAL_MS, type_next)

    window.storeReady.connect(begin)
    app.exec()


# ----- parent: kill it and look at the store -----------------------------------------------
@dataclass
class Round:
    article_id: int
    started: float  # monotonic time the article was ready for typing
    killed_at: float
    typed: list[tuple[int, float]] = field(default_factory=list)  # (characters typed, when)


def run_round(store: Path, kill_after: float, env_extra: dict[str, str] | None = None) -> Round:
    """Start the app on *store*, let it type for *kill_after* seconds, SIGKILL it."""
    root = str(Path(__file__).resolve().parents[1])
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    ) | (env_extra or {})
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), str(store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    typed: list[tuple[int, float]] = []
    ready = threading.Event()
    article: dict[str, float] = {}

    def reader() -> None:
        for line in proc.stdout:
            parts = line.split()
            if parts[:1] == ["ready"]:
                article["id"], article["t"] = int(parts[1]), float(parts[2])
                ready.set()
            elif parts[:1] == ["typed"]:
                typed.append((int(parts[1]), float(parts[2])))

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        if not ready.wait(60):
            raise RuntimeError("the app did not start")
        time.sleep(kill_after)
        killed_at = time.monotonic()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        thread.join(5)
    return Round(int(article["id"]), article["t"], killed_at, typed)


def seconds_lost(body: str, rnd: Round) -> float:
    """Kill time minus the time the newest word found in the store was typed (a word counts
    once its last letter is stored); from the start of typing if no word was stored."""
    newest = 0
    for end in range(len(body), 0, -1):
        if not body[end - 1].isspace() and (end == len(TEXT) or TEXT[end].isspace()):
            newest = end
            break
    if newest == 0:
        return rnd.killed_at - rnd.started
    # The line for the last character can be lost with the process; it was typed last.
    typed_at = next(
        (t for n, t in rnd.typed if n >= newest), rnd.typed[-1][1] if rnd.typed else rnd.started
    )
    return rnd.killed_at - typed_at


if __name__ == "__main__":
    main()
