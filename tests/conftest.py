"""Test harness: headless Qt, and every test's settings and data in a temp dir."""

from __future__ import annotations

import os

# Set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

# Test helpers (cli_helpers, typing_helpers, golden) import as top-level modules.
sys.path.insert(0, str(Path(__file__).resolve().parent))

# A skipped `required` test fails the run in CI; every run says what it skipped and why.
pytest_plugins = ["skip_policy"]


def pytest_configure(config):
    """QtWebEngine needs its URL schemes and shared OpenGL contexts declared before the
    QApplication exists (pytest-qt creates it in the first test that asks for qapp)."""
    from lnv_editor.gui.preview import register_schemes

    register_schemes()


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Point config and data at a fresh temp dir so no test touches the user's files."""
    base = tmp_path_factory.mktemp("lnvhome")
    monkeypatch.setenv("LNV_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("LNV_DATA_DIR", str(base / "data"))
    monkeypatch.delenv("LNV_STORE", raising=False)
    yield base


@pytest.fixture(autouse=True)
def _store_files_only_through_sqlite(monkeypatch):
    """Fail a test in which app code opened the store's files outside SQLite
    (tests/store_file_guard.py says why)."""
    from store_file_guard import StoreFileGuard, available

    if not available():
        yield None
        return
    guard = StoreFileGuard()
    guard.install(monkeypatch)
    yield guard
    monkeypatch.undo()
    assert not guard.violations, (
        "the app opened the store's files outside SQLite, which releases SQLite's locks: "
        + "; ".join(guard.violations)
    )


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL cluster for the whole session (tests/pgserver.py); skipped where the
    distribution's package is missing (``.ci/run`` installs it, and a ``required`` test that
    skips fails CI)."""
    from pgserver import PgServer, find_bindir

    if find_bindir() is None:
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    server = PgServer.start()
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the session's server: its superuser address."""
    return pg_server.fresh_database()


_exit_status = 0


def pytest_sessionfinish(session, exitstatus):
    global _exit_status
    _exit_status = int(exitstatus)


def pytest_unconfigure(config):
    """Leave without the interpreter's teardown once pytest has reported everything.

    PySide6 6.12 can abort (``bool_dealloc``/``none_dealloc``) while Python finalises
    leftover Qt wrappers, after every test has run; that would turn a green run red.
    """
    import sys

    if "PySide6" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status)
