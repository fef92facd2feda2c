"""Run the command line as a script would: a fresh interpreter, English messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_cli(
    *args: str, stdin: str | None = None, env_extra: dict | None = None, timeout: int = 180
) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), LNV_LANGUAGE="en") | (env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "lnv_editor", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        encoding="utf-8",
    )
