from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from lnv_editor.config import Config


@pytest.fixture
def spell_window(qtbot, tmp_path, qapp):
    """A main window on a fresh store, loaded (as tests/gui's make_window)."""
    from lnv_editor.gui.window.main_window import MainWindow

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    saved = {n: getattr(QMessageBox, n) for n in ("critical", "warning", "question")}
    for name in saved:
        setattr(QMessageBox, name, refuse)
    cfg = Config(tmp_path / "settings.json")
    cfg.set("autosave_idle_ms", 300)
    cfg.set("autosave_max_ms", 1000)
    window = MainWindow(cfg)
    qtbot.addWidget(window)
    window.show()
    window.ensure_panels()
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        window.open_store(tmp_path / "store.sqlite")
    yield window
    if window.repo is not None:
        window.close()
    for name, fn in saved.items():
        setattr(QMessageBox, name, fn)
    assert QDialog is not None and QApplication is not None
