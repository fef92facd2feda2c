"""QApplication bootstrap: names, translators, the main window, then the store."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from lnv_editor import __version__
from lnv_editor.config import Config
from lnv_editor.paths import APP_AUTHOR, APP_NAME, default_store_path

GUI_SWITCH_INTERVAL_S = 0.001


def create_application(argv: list[str] | None = None) -> QApplication:
    from lnv_editor.gui.preview import register_schemes

    register_schemes()  # QtWebEngine must know the preview's schemes before the app exists
    # The GUI thread takes the interpreter lock for every key (event filters, slots, the
    # highlighter) while the preview renders, autosave saves and the review dock checks on
    # worker threads: hand the lock over within 1 ms rather than Python's default 5 ms, so
    # a keystroke never waits several switch intervals for work it does not need.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    # The preview's web view needs this set before the QApplication exists.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("vn.lnv.editor")
    from PySide6.QtGui import QIcon

    from lnv_editor.paths import asset

    app.setWindowIcon(
        QIcon(str(asset("icons", "vn.lnv.editor.png")))
    )  # resources/icons/make_icons.py
    return app


def fit_to_screen(window) -> None:
    """The window's default or saved size, cut to the screen it opens on (a 1024x700 laptop,
    a projector): it never opens larger than the screen, nor partly off it."""
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    size = window.size().boundedTo(room.size())
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    if not room.contains(frame):
        frame.moveLeft(max(room.left(), min(frame.left(), room.right() - frame.width() + 1)))
        frame.moveTop(max(room.top(), min(frame.top(), room.bottom() - frame.height() + 1)))
        window.move(frame.topLeft())


def start_main_window(
    store: str | Path | None = None,
    language: str | None = None,
    *,
    confirm_new_store: bool = False,
    server: str | None = None,
):
    """Create the app and the main window, show it, and start opening the store.

    With *confirm_new_store* (a store named on the command line), a file that does not exist
    is created only after the user agrees (gui/window/recent.py). *server* (``--server``): the
    newsroom server to sync with in this run (gui/sync/).
    """
    from lnv_editor.i18n import install_translators

    app = create_application()
    config = Config()
    install_translators(language or config.get("language"))
    from lnv_editor.gui.window.main_window import MainWindow

    window = MainWindow(config)
    if server:
        window.sync.use_server(server)  # connects once the store is open
    fit_to_screen(window)
    # The toolbar's icons (qtawesome) before the first frame: text buttons swapped for icons
    # a moment later would move the whole window's layout under the reporter's pointer.
    window.apply_icons()
    # The library, the last open article and its photos, read with plain sqlite3 (a few ms),
    # in the first frame: what is on screen then is what stays once the store is ready.
    path = Path(store) if store else default_store_path()
    window.show_first_screen(path)
    window.show()
    app.processEvents()  # paint now: everything below waits for a window on screen
    shown = window.marks["shown"] = time.perf_counter()
    window.marks.update({step: shown for step in ("library", "article") if step in window.marks})
    # Then the store (SQLAlchemy, SQLModel, pydantic) on a worker thread; the docks' panels
    # (Pillow, Markdown, province data) fill their reserved docks once it is loaded. Nothing
    # is imported on both threads at once: PySide6's import hook inspects each new module, and
    # met pydantic half-initialised on the other thread ("cannot import name 'import_string'"),
    # failing the store's open now and then.
    if confirm_new_store and store:
        from lnv_editor.gui.window.recent import open_confirmed

        QTimer.singleShot(0, lambda: open_confirmed(window, path, ask=True))
    else:
        QTimer.singleShot(0, lambda: window.open_store(path))
    return app, window


def run_app(
    store: str | None = None,
    language: str | None = None,
    *,
    smoke_test: bool = False,
    server: str | None = None,
) -> int:
    # --- desktop habits: log file, crash dialog (gui/common/crash.py), --smoke-test ---
    from lnv_editor.logs import setup_logging

    setup_logging()
    app, window = start_main_window(
        store, language, confirm_new_store=not smoke_test, server=server
    )
    from lnv_editor.gui.common import crash

    crash.install(interactive=not smoke_test)
    if smoke_test:
        from lnv_editor.gui.window import smoke

        smoke.arm(window)
    # --- end of desktop habits ---
    code = app.exec()
    crash.uninstall()
    # Every window has saved and closed its store by now. PySide6 can abort while the
    # interpreter tears down leftover Qt wrappers, which would turn a clean quit into a
    # crash report; leave without that teardown.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
