"""Which tests ran where: a skipped ``required`` test fails the run, and every run ends with the
number of tests skipped (and deselected) and why.

A test marked ``required`` is one CI is meant to run (it installs what the test needs, or runs
it in the environment it needs: Xvfb for drag and drop, the package extra for the build). When
``LNV_REQUIRE_TESTS`` is set (``.ci/run``, ``make test-xcb``, ``make package-test``) or ``CI`` is
``true``, such a test that skips is reported as a failure, so a missing tool or platform cannot
silently leave a feature untested. Tests that need a run of their own carry a second marker
(``xcb``, ``package``) and the main run deselects them (Makefile).

When ``LNV_TEST_SUMMARY`` names a file, each run appends one line to it; ``.ci/run`` prints the
file at the end, so the skips of all its runs are read in one place.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest


def required_enforced() -> bool:
    if os.environ.get("LNV_REQUIRE_TESTS", "") not in ("", "0"):
        return True
    return os.environ.get("CI", "").lower() in ("true", "1")


def skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        reason = str(longrepr[2])
    else:
        reason = str(longrepr)
    return reason.removeprefix("Skipped: ")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if (
        report.skipped
        and not hasattr(report, "wasxfail")
        and item.get_closest_marker("required") is not None
        and required_enforced()
    ):
        reason = skip_reason(report)
        report.outcome = "failed"
        report.longrepr = (
            f"required test skipped: {reason}\n"
            "This run is meant to run it (LNV_REQUIRE_TESTS or CI is set): install what it needs "
            "(.ci/run lists the packages) or run it where it can run (make test-xcb, "
            "make package-test)."
        )


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    stats = terminalreporter.stats
    skipped = [r for r in stats.get("skipped", []) if not hasattr(r, "wasxfail")]
    deselected = len(stats.get("deselected", []))
    counts = {key: len(stats.get(key, [])) for key in ("passed", "failed", "error")}
    reasons = Counter(skip_reason(r) for r in skipped)
    marks = config.option.markexpr or "all"
    terminalreporter.section("skips", sep="-")
    line = (
        f"[-m {marks}] {len(skipped)} skipped, {deselected} deselected "
        f"(required tests {'must run' if required_enforced() else 'may skip'})"
    )
    terminalreporter.write_line(line)
    for reason, n in reasons.most_common():
        terminalreporter.write_line(f"  {n} skipped: {reason}")
    path = os.environ.get("LNV_TEST_SUMMARY")
    if path:
        detail = "; ".join(f"{n} × {reason}" for reason, n in reasons.most_common())
        with open(path, "a", encoding="utf-8") as out:
            out.write(
                f"pytest -m '{marks}': exit {int(exitstatus)}, {counts['passed']} passed, "
                f"{counts['failed']} failed, {counts['error']} errors, {len(skipped)} skipped"
                f"{': ' + detail if detail else ''}, {deselected} deselected\n"
            )
