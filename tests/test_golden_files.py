"""Golden comparisons: LNV_REGEN_GOLDEN rewrites a differing file and fails the test that did,
naming the file; it never makes a comparison pass."""

from __future__ import annotations

import re
from pathlib import Path

import golden
import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_a_difference_fails_with_a_diff_and_leaves_the_file(tmp_path, monkeypatch):
    monkeypatch.delenv("LNV_REGEN_GOLDEN", raising=False)
    path = tmp_path / "golden" / "page.html"
    path.parent.mkdir()
    path.write_text("<p>Gốm</p>\n", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception) as failed:
        golden.compare_golden(path, "<p>Lụa</p>\n", what="rendered")
    assert "-<p>Gốm</p>" in str(failed.value) and "+<p>Lụa</p>" in str(failed.value)
    assert path.read_text(encoding="utf-8") == "<p>Gốm</p>\n"
    golden.compare_golden(path, "<p>Gốm</p>\n")  # the same text passes


def test_regenerating_rewrites_the_file_and_fails_naming_it(tmp_path, monkeypatch):
    monkeypatch.setenv("LNV_REGEN_GOLDEN", "1")
    path = tmp_path / "golden" / "page.html"
    path.parent.mkdir()
    path.write_text("<p>Gốm</p>\n", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception) as failed:
        golden.compare_golden(path, "<p>Lụa</p>\n")
    assert f"rewrote {path}" in str(failed.value)
    assert path.read_text(encoding="utf-8") == "<p>Lụa</p>\n"
    # The next run (regenerating or not) finds the file as written and passes.
    golden.compare_golden(path, "<p>Lụa</p>\n")
    monkeypatch.delenv("LNV_REGEN_GOLDEN")
    golden.compare_golden(path, "<p>Lụa</p>\n")


def test_a_missing_file_fails_and_regenerating_creates_it_and_still_fails(tmp_path, monkeypatch):
    path = tmp_path / "golden" / "new.json"
    monkeypatch.delenv("LNV_REGEN_GOLDEN", raising=False)
    with pytest.raises(pytest.fail.Exception, match="does not exist"):
        golden.compare_golden(path, "[]\n")
    assert not path.exists()
    monkeypatch.setenv("LNV_REGEN_GOLDEN", "1")
    with pytest.raises(pytest.fail.Exception, match=f"created {re.escape(str(path))}"):
        golden.compare_golden(path, "[]\n")
    assert path.read_text(encoding="utf-8") == "[]\n"


def test_every_golden_comparison_goes_through_the_one_helper():
    """No test reads a regenerate variable or writes a golden file by itself."""
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path.name in ("golden.py", "test_golden_files.py"):
            continue
        text = path.read_text(encoding="utf-8")
        assert "LNV_UPDATE_GOLDEN" not in text, path
        assert not re.search(r"environ[^\n]*REGEN_GOLDEN", text), path
        assert not re.search(r"GOLDEN[^\n]*\.write_(text|bytes)", text), path
