"""Kill the app with SIGKILL while it types; every time, the store is intact and holds a
prefix of the typed text, missing at most the last autosave interval."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from lnv_editor.store.repository import Repository

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kill_typist import TEXT  # noqa: E402

ROUNDS = 20
AUTOSAVE_MAX_S = 3.0  # the default "at least every 3 s while typing"
SLACK_S = 1.0  # a save in flight when the kill comes, scheduling on a loaded CI machine


def _run_round(store: Path, kill_after: float) -> tuple[int, list[tuple[float, int]], float]:
    root = str(Path(__file__).resolve().parents[1])
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", LNV_AUTOSAVE_IDLE_MS="1000",
        LNV_AUTOSAVE_MAX_MS="3000", PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    )
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("kill_typist.py")), str(store)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    progress: list[tuple[float, int]] = []
    ready = threading.Event()
    article = {}

    def reader() -> None:
        for line in proc.stdout:
            if line.startswith("ready"):
                article["id"] = int(line.split()[1])
                ready.set()
            elif line.startswith("typed"):
                progress.append((time.monotonic(), int(line.split()[1])))

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    assert ready.wait(60), "the app did not start"
    time.sleep(kill_after)
    killed_at = time.monotonic()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    thread.join(5)
    return article["id"], progress, killed_at


@pytest.mark.slow
def test_sigkill_while_typing_loses_at_most_the_last_interval(tmp_path):
    rng = random.Random(20251125)
    store = tmp_path / "kill.sqlite"
    Repository.open(store).close()
    for round_no in range(ROUNDS):
        kill_after = rng.uniform(0.2, 5.0)
        article_id, progress, killed_at = _run_round(store, kill_after)
        conn = sqlite3.connect(store)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        body = conn.execute("SELECT body FROM article WHERE id = ?", (article_id,)).fetchone()[0]
        conn.close()
        typed = TEXT[: progress[-1][1]] if progress else ""
        assert typed.startswith(body), f"round {round_no}: stored text is not a prefix of what was typed"
        must_have = max((n for t, n in progress if t <= killed_at - AUTOSAVE_MAX_S - SLACK_S), default=0)
        assert len(body) >= must_have, (
            f"round {round_no}: lost more than the last autosave interval "
            f"(stored {len(body)} chars, {must_have} were typed more than "
            f"{AUTOSAVE_MAX_S + SLACK_S:.0f} s before the kill)"
        )
        # The next start finds the dead session and reopens that draft.
        repo = Repository.open(store)
        try:
            assert repo.claim_crashed_sessions() == [article_id]
        finally:
            repo.close()
