from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from lnv_editor.config import Config
from lnv_editor.i18n import install_translators

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from typing_helpers import type_text  # noqa: E402


@pytest.fixture
def typist():
    return type_text


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A modal dialog left open would hang a headless run: fail loudly instead."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[1:3] if len(args) > 2 else args}")

    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture
def english(qapp):
    install_translators("en")
    yield
    install_translators("en")


@pytest.fixture
def make_window(qtbot, tmp_path, english):
    """Open a main window on a store and wait until the store is loaded."""
    from lnv_editor.gui.window.main_window import MainWindow

    windows = []

    def make(store=None, config=None, *, fast_autosave=True):
        cfg = config or Config(tmp_path / "settings.json")
        if fast_autosave:
            cfg.set("autosave_idle_ms", 300)
            cfg.set("autosave_max_ms", 1000)
        window = MainWindow(cfg)
        qtbot.addWidget(window)
        window.show()
        window.ensure_panels()  # as app.start_main_window does once the window has painted
        with qtbot.waitSignal(window.storeReady, timeout=20000):
            window.open_store(store or tmp_path / "store.sqlite")
        windows.append(window)
        return window

    yield make
    for w in windows:
        if w.repo is not None:
            w.close()


@pytest.fixture(autouse=True)
def _close_leftover_windows(qapp):
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.objectName() in (
            "mainWindow",
            "historyDialog",
            "preferencesDialog",
        ):
            widget.close()
