"""Golden files: checked-in expected output, compared with a readable diff.

After an intended change, ``LNV_REGEN_GOLDEN=1 python -m pytest tests/...`` rewrites every golden
file whose content differs, and each test that rewrote one FAILS, naming the file: a regenerated
golden is always read (``git diff``) before the run can pass. A run without the variable then
compares as usual.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

REGEN = "LNV_REGEN_GOLDEN"


def regenerating() -> bool:
    return os.environ.get(REGEN, "") not in ("", "0")


def compare_golden(path: Path, actual: str, *, what: str = "output") -> None:
    """Fail unless ``path`` holds ``actual``; with LNV_REGEN_GOLDEN, rewrite it and fail."""
    expected = path.read_text(encoding="utf-8") if path.exists() else None
    if expected == actual:
        return
    if regenerating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        change = "created" if expected is None else "rewrote"
        pytest.fail(
            f"{REGEN}: {change} {path}; read its diff (git diff), then run again without {REGEN}",
            pytrace=False,
        )
    if expected is None:
        pytest.fail(f"{path} does not exist; run with {REGEN}=1 to create it", pytrace=False)
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=f"golden/{path.name}",
            tofile=what,
        )
    )
    pytest.fail(f"{what} differs from golden/{path.name}:\n{diff}", pytrace=False)
