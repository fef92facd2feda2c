"""The web view of the preview: desktop or mobile width, zoom, and the page's scripts."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from lnv_editor.gui.preview.page import PreviewPage
from lnv_editor.gui.preview.source import Update

MOBILE_WIDTH = 375  # CSS pixels: the portal's single-column layout on a phone
# Chromium's classic scrollbar takes this many device pixels from the page's width.
SCROLLBAR_WIDTH = 15
ZOOM_STEPS = (0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)


class PreviewView(QWebEngineView):
    """Shows ``Update``s: a whole page with ``setHtml`` the first time, patches after."""

    patched = Signal(float, float)  # asked_at, applied_at (perf_counter): DOM patched, laid out
    loaded = Signal()  # a whole page finished loading
    patchFailed = Signal()  # the page did not match the patch: a whole page must follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewView")
        self.preview_page = PreviewPage(self)
        self.setPage(self.preview_page)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no "open link", "back"
        self.setAcceptDrops(False)  # a file dropped here must not navigate to it
        self.mobile = False
        self.shown: Update | None = None
        self._loading = False
        self._held: list[tuple[Update, float]] = []
        self._scroll_after_load: float | None = None
        self.preview_page.loadFinished.connect(self._load_finished)
        self.loads = 0  # whole-page loads, for tests: a text edit must not add one
        self._followed: tuple[int, int] | None = None  # (line, page load) last followed

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, 600)

    # ----- showing renders ---------------------------------------------------------------
    def show_update(self, update: Update, asked_at: float) -> None:
        if update.full:
            same_article = self.shown is not None and self.shown.article_id == update.article_id
            self._held.clear()
            self.shown = update
            if not self._loading and same_article:
                self._scroll_after_load = self.preview_page.scrollPosition().y()
            elif not same_article:
                self._scroll_after_load = None
            self._loading = True
            self.loads += 1
            self._load_asked_at = asked_at
            self.preview_page.show_html(update.html)
            return
        if self._loading:
            self._held.append((update, asked_at))  # patches apply to the page being loaded
            return
        self._patch(update, asked_at)

    def _patch(self, update: Update, asked_at: float) -> None:
        self.shown = update
        if not update.patch:  # nothing visible changed
            self.patched.emit(asked_at, time.perf_counter())
            return

        def finished(result) -> None:
            # Plain JSON text: Qt's conversion of JavaScript objects varies between versions.
            try:
                answer = json.loads(result)
            except (TypeError, ValueError):
                answer = {"error": f"no answer ({result!r})"}
            if answer.get("ok") is True:
                self.patched.emit(asked_at, time.perf_counter())
            else:
                self.last_patch_error = answer
                self.patchFailed.emit()

        self.preview_page.run_app_js(
            f"JSON.stringify(lnvPatch({json.dumps(update.patch)}))", finished
        )

    def _load_finished(self, ok: bool) -> None:
        # One call per run of setHtml calls (measured: three in a row give one loadFinished),
        # for the last document: the one ``shown`` describes.
        if not self._loading:
            return
        self._loading = False
        js = f"lnvSetMobile({json.dumps(self.mobile)});"
        if self._scroll_after_load:
            js += f"lnvScrollTo({float(self._scroll_after_load)});"
        self.preview_page.run_app_js(js)
        self.loaded.emit()
        self.patched.emit(self._load_asked_at, time.perf_counter())
        held, self._held = self._held, []
        for update, asked_at in held:
            self._patch(update, asked_at)

    def clear(self) -> None:
        self._held.clear()
        self._followed = None
        self.shown = None
        self._loading = False
        self.preview_page.show_html("")

    # ----- following the editor ----------------------------------------------------------
    def follow_line(self, line: int) -> None:
        """Mark and show the block of source *line*. Typing within one block asks for the
        same line at every key: the page's patch keeps the mark on the block's new version,
        so the page is asked again only when the line or the loaded page changed."""
        if self.shown is None or self._loading:
            return
        if self._followed == (line, self.loads):
            return
        self._followed = (line, self.loads)
        self.preview_page.run_app_js(f"lnvFollow({int(line)})")

    # ----- desktop / mobile, zoom --------------------------------------------------------
    def set_mobile(self, mobile: bool) -> None:
        self.mobile = mobile
        self._apply_width()
        self.preview_page.run_app_js(f"lnvSetMobile({json.dumps(mobile)})")

    def _apply_width(self) -> None:
        # At most a phone's width: a fixed width, zoomed in, widened the dock and the window
        # past the screen; narrower, the page reflows (and the dock can scroll it).
        self.setMinimumWidth(0)
        if self.mobile:
            self.setMaximumWidth(round(MOBILE_WIDTH * self.zoomFactor()) + SCROLLBAR_WIDTH)
        else:
            self.setMaximumWidth(16777215)

    def zoom_by(self, steps: int) -> None:
        current = self.zoomFactor()
        index = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - current))
        index = max(0, min(len(ZOOM_STEPS) - 1, index + steps))
        self.set_zoom(ZOOM_STEPS[index])

    def set_zoom(self, factor: float) -> None:
        self.setZoomFactor(factor)
        self._apply_width()


class ViewHolder(QWidget):
    """Centres the view: at mobile width it stands in the middle of a grey margin."""

    def __init__(self, view: PreviewView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewHolder")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#previewHolder { background: #c8c8c8; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(0)
        layout.addWidget(view, 1)
        layout.addStretch(0)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)


def add_zoom_shortcuts(view: PreviewView, scope: QWidget) -> list[QShortcut]:
    """Ctrl+= / Ctrl++ / Ctrl+- / Ctrl+0 while the focus is inside *scope*."""
    shortcuts = []
    for keys, action in (
        ("Ctrl+=", lambda: view.zoom_by(1)),
        ("Ctrl++", lambda: view.zoom_by(1)),
        ("Ctrl+-", lambda: view.zoom_by(-1)),
        ("Ctrl+0", lambda: view.set_zoom(1.0)),
    ):
        shortcut = QShortcut(QKeySequence(keys), scope)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)
        shortcuts.append(shortcut)
    return shortcuts
