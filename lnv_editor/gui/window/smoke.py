"""``lnv-editor --smoke-test``: the built app proves it can start, then leaves.

Used by ``make package-test`` on the PyInstaller folder (not the source tree): the main window
opens (offscreen), the library fills from the store, an offscreen web view renders a page (so a
build missing QtWebEngine's process, resources or locales fails here, not on a reporter's
laptop), and the app quits with status 0, printing what it measured. Any failure exits non-zero.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer

TIMEOUT_S = 90


def _say(message: str) -> None:
    try:
        print(f"smoke-test: {message}", flush=True)
    except OSError:  # the reader went away (`| head`): the exit status still says it all
        pass


def _finish(code: int, message: str) -> None:
    _say(message)
    os._exit(code)  # same reason as app.run_app: no interpreter teardown of Qt wrappers


def process_age() -> float:
    """Seconds since this process started (Linux: /proc), so the figures include the
    interpreter's and the bundle's own start-up; NaN where unknown."""
    try:
        start_ticks = int(open("/proc/self/stat").read().rsplit(")", 1)[1].split()[19])
        uptime = float(open("/proc/uptime").read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


def arm(window) -> None:
    """Watch *window* until its library has filled, then check the web engine and quit.

    Called right after the window has been shown and painted (app.run_app).
    """
    shown = process_age()

    def timed_out() -> None:
        _finish(3, f"the library did not fill within {TIMEOUT_S} s")

    timer = QTimer(window, singleShot=True, interval=TIMEOUT_S * 1000)
    timer.timeout.connect(timed_out)
    timer.start()

    def store_ready() -> None:
        filled = process_age()
        rows = window.model.rowCount() if window.model is not None else 0
        _say(
            f"since the process started: window shown {shown:.2f} s, library filled {filled:.2f} s ({rows} articles)"
        )
        if rows == 0:
            _finish(1, "the library is empty")
        QTimer.singleShot(0, lambda: _check_web_engine(window))

    window.storeReady.connect(store_ready)


def _check_web_engine(window) -> None:
    try:
        from PySide6.QtWebEngineWidgets import QWebEngineView
    except ImportError as exc:
        _finish(4, f"QtWebEngine is missing from the build: {exc}")
        return
    from lnv_editor.gui.preview import drawing

    drawing.choose()  # drawn as the preview is
    view = QWebEngineView()
    view.resize(400, 300)

    def loaded(ok: bool) -> None:
        if not ok:
            _finish(4, "the web view could not render a page")
        view.page().runJavaScript("document.title", 0, lambda title: done(title))

    def done(title) -> None:
        if title != "ok":
            _finish(4, f"the web view rendered {title!r} instead of 'ok'")
        window.close()
        _finish(0, "ok")

    view.loadFinished.connect(loaded)
    view.setHtml("<!doctype html><title>ok</title><p>Làng nghề</p>")
