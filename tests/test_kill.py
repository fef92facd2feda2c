"""Kill the app with SIGKILL while it types; every time, the store is intact and holds a
prefix of the typed text, missing at most the last autosave interval. (How much typing a
kill loses, in seconds, is measured by benchmarks/bench_kill_loss.py.)"""

from __future__ import annotations

import random
import sqlite3
import sys
from pathlib import Path

import pytest

from lnv_editor.config import Config
from lnv_editor.store.repository import Repository

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kill_typist import TEXT, run_round  # noqa: E402

ROUNDS = 20
SLACK_S = 1.0  # a save in flight when the kill comes, scheduling on a loaded CI machine


@pytest.mark.slow
def test_sigkill_while_typing_loses_at_most_the_last_interval(tmp_path, monkeypatch):
    # The app's own defaults (no LNV_AUTOSAVE_* from the environment, no settings file).
    for key in ("LNV_AUTOSAVE_IDLE_MS", "LNV_AUTOSAVE_MAX_MS"):
        monkeypatch.delenv(key, raising=False)
    autosave_max_s = Config(tmp_path / "none.json").get("autosave_max_ms") / 1000
    rng = random.Random(20251125)
    store = tmp_path / "kill.sqlite"
    Repository.open(store).close()
    for round_no in range(ROUNDS):
        rnd = run_round(store, rng.uniform(0.2, 5.0))
        conn = sqlite3.connect(store)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        body = conn.execute("SELECT body FROM article WHERE id = ?", (rnd.article_id,)).fetchone()[
            0
        ]
        conn.close()
        typed = TEXT[: rnd.typed[-1][0]] if rnd.typed else ""
        assert typed.startswith(body), (
            f"round {round_no}: stored text is not a prefix of what was typed"
        )
        must_have = max(
            (n for n, t in rnd.typed if t <= rnd.killed_at - autosave_max_s - SLACK_S), default=0
        )
        assert len(body) >= must_have, (
            f"round {round_no}: lost more than the last autosave interval "
            f"(stored {len(body)} chars, {must_have} were typed more than "
            f"{autosave_max_s + SLACK_S:.1f} s before the kill)"
        )
        # The next start finds the dead session and reopens that draft.
        repo = Repository.open(store)
        try:
            assert repo.claim_crashed_sessions() == [rnd.article_id]
        finally:
            repo.close()
