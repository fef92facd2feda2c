"""QApplication bootstrap: names, translators, the main window, then the store."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from lnv_editor import __version__
from lnv_editor.config import Config
from lnv_editor.paths import APP_AUTHOR, APP_NAME, default_store_path


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("vn.lnv.editor")
    return app


def start_main_window(store: str | Path | None = None, language: str | None = None):
    """Create the app and the main window, show it, and start opening the store."""
    from lnv_editor.i18n import install_translators

    started = time.perf_counter()
    app = create_application()
    config = Config()
    install_translators(language or config.get("language"))
    from lnv_editor.gui.window.main_window import MainWindow

    window = MainWindow(config)
    window.show()
    app.processEvents()  # paint now: everything below waits for a window on screen
    window.marks["shown"] = time.perf_counter()
    window.shown_after = window.marks["shown"] - started
    # The library and the last open article, read with plain sqlite3 (a few ms), painted
    # before the store layer starts loading.
    path = Path(store) if store else default_store_path()
    if window.show_first_screen(path):
        app.processEvents()
        painted = time.perf_counter()
        window.marks.update({step: painted for step in ("library", "article") if step in window.marks})
    # Then the icons (qtawesome), and the store (SQLAlchemy, SQLModel, pydantic) on a worker
    # thread; the docks (Pillow, Markdown, province data) are built once it is loaded. Nothing
    # is imported on both threads at once: PySide6's import hook inspects each new module, and
    # met pydantic half-initialised on the other thread ("cannot import name 'import_string'"),
    # failing the store's open now and then.
    window.apply_icons()
    QTimer.singleShot(0, lambda: window.open_store(path))
    return app, window


def run_app(store: str | None = None, language: str | None = None) -> int:
    app, window = start_main_window(store, language)
    code = app.exec()
    # Every window has saved and closed its store by now. PySide6 can abort while the
    # interpreter tears down leftover Qt wrappers, which would turn a clean quit into a
    # crash report; leave without that teardown.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
