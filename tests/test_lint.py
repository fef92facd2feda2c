"""The code stays clean under the project's ruff configuration (pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _ruff() -> Path:
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        found = shutil.which("ruff")
        if found is None:
            pytest.skip("ruff is not installed (pip install -e '.[test]')")
        ruff = Path(found)
    return ruff


def test_ruff_passes():
    ruff = _ruff()
    out = subprocess.run(
        [str(ruff), "check", "--output-format", "concise", "lnv_editor", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_format_is_applied_and_modules_stay_under_500_lines():
    ruff = _ruff()
    out = subprocess.run(
        [str(ruff), "format", "--check", "lnv_editor", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    too_long = {
        str(path.relative_to(ROOT)): n
        for path in (ROOT / "lnv_editor").rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert too_long == {}, "split these by responsibility: " + repr(too_long)
