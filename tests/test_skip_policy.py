"""Tests run where they claim to: a skipped `required` test fails a CI run, every run says what
it skipped and why, and the Makefile and CI give the drag-and-drop and package tests their runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SAMPLE = """
import pytest

@pytest.mark.required
def test_required_but_missing_a_tool():
    pytest.skip("apt-get install sometool")

@pytest.mark.required
@pytest.mark.skipif(True, reason="no such platform")
def test_required_skipif():
    pass

@pytest.mark.required
def test_required_and_runs():
    pass

def test_optional_skip():
    pytest.skip("optional tool missing")

@pytest.mark.required
@pytest.mark.xfail(reason="known bug", strict=True)
def test_required_xfail():
    assert False
"""


def _run(tmp_path: Path, **env: str) -> tuple[subprocess.CompletedProcess, str]:
    (tmp_path / "test_sample.py").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["skip_policy"]\n', encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nmarkers =\n    required: must run\n", encoding="utf-8"
    )
    summary = tmp_path / "summary.txt"
    clean = {k: v for k, v in os.environ.items() if k not in ("CI", "LNV_REQUIRE_TESTS")}
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean | {"PYTHONPATH": str(ROOT / "tests"), "LNV_TEST_SUMMARY": str(summary)} | env,
        timeout=120,
    )
    return out, summary.read_text(encoding="utf-8") if summary.exists() else ""


def test_a_required_test_that_skips_fails_the_run_when_required(tmp_path):
    out, summary = _run(tmp_path, LNV_REQUIRE_TESTS="1")
    assert out.returncode == 1, out.stdout + out.stderr
    text = out.stdout
    assert "required test skipped: apt-get install sometool" in text
    assert "required test skipped: no such platform" in text
    # Only the required skips fail; the optional skip and the expected failure stay as they are.
    assert re.search(r"1 failed, 1 passed, 1 skipped, 1 xfailed, 1 error", text), text
    assert "1 skipped: optional tool missing" in text
    assert "required tests must run" in text
    assert summary.startswith("pytest -m 'all': exit 1, 1 passed, 1 failed, 1 errors, 1 skipped")


def test_ci_true_also_requires(tmp_path):
    out, _summary = _run(tmp_path, CI="true")
    assert out.returncode == 1 and "required test skipped" in out.stdout


def test_without_ci_a_required_test_may_skip_and_the_summary_says_why(tmp_path):
    out, summary = _run(tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    text = out.stdout
    assert "3 skipped, 0 deselected (required tests may skip)" in text
    for reason in ("apt-get install sometool", "no such platform", "optional tool missing"):
        assert f"1 skipped: {reason}" in text
    assert "required test skipped" not in text
    assert "3 skipped: " in summary and "optional tool missing" in summary


def _markers(name: str) -> list[str]:
    """Test functions carrying a marker (a plain text scan: the marker sits above the def)."""
    found = []
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(rf"@pytest\.mark\.{name}\n(?:@.*\n)*def (\w+)", text):
            found.append(f"{path.relative_to(ROOT)}::{match.group(1)}")
    return found


def test_the_xcb_and_package_tests_are_required_and_have_their_runs():
    xcb, package = _markers("xcb"), _markers("package")
    assert "tests/gui/test_photos.py::test_reorder_by_real_mouse_drag" in xcb
    assert (
        "tests/test_packaging.py::test_prune_keeps_what_is_linked_and_drops_qml_and_unused_plugins"
        in package
    )
    required = set(_markers("required"))
    assert set(xcb) <= required and set(package) <= required
    markers = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"][
        "markers"
    ]
    assert {m.split(":")[0] for m in markers} >= {"required", "xcb", "package"}

    makefile = (ROOT / "Makefile").read_text()
    target = re.search(r"^test: setup\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert '-m "not xcb and not package"' in target and "test-xcb" in target
    xcb_target = re.search(r"^test-xcb: setup\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert "xvfb-run -a" in xcb_target and "QT_QPA_PLATFORM=xcb" in xcb_target
    assert "-m xcb" in xcb_target and "LNV_REQUIRE_TESTS=1" in xcb_target
    package_target = re.search(r"^package-test:.*\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert "LNV_REQUIRE_TESTS=1" in package_target and "-m package" in package_target

    ci = (ROOT / ".ci" / "run").read_text()
    assert "export LNV_REQUIRE_TESTS=1" in ci and "LNV_TEST_SUMMARY" in ci
    for package in ("xvfb", "xauth", "libxcb-cursor0", "chromium"):
        assert package in ci


def test_skip_policy_module_is_a_plugin_of_the_suite(pytestconfig):
    assert pytestconfig.pluginmanager.has_plugin("skip_policy")
