"""The preview's web page: a sandbox that shows the portal page and does nothing else.

- Its own off-the-record profile: no cookies, cache or storage on disk, shared with nothing.
- The page's world runs no script (JavaScript disabled there, and the render layer's CSP says
  ``script-src 'none'`` as well); the app's patching code runs in Qt's ApplicationWorld.
- No navigation: only the documents the preview itself sets are loaded. Clicks are handled
  by the app's script and reported through a web channel visible to the ApplicationWorld only.
- No network: ``NetworkGuard`` refuses every request but the preview's own photo scheme.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice, QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
)

from lnv_editor.gui.preview.schemes import (
    PAGE_URL,
    PHOTO_SCHEME,
    NetworkGuard,
    PhotoSchemeHandler,
)
from lnv_editor.paths import asset

APP_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
_W = QWebEngineSettings.WebAttribute
# Everything that could reach outside the page or outlive it is off.
_OFF = (
    _W.JavascriptEnabled, _W.JavascriptCanOpenWindows, _W.JavascriptCanAccessClipboard,
    _W.JavascriptCanPaste, _W.LocalStorageEnabled, _W.LocalContentCanAccessRemoteUrls,
    _W.LocalContentCanAccessFileUrls, _W.XSSAuditingEnabled, _W.PluginsEnabled,
    _W.FullScreenSupportEnabled, _W.ScreenCaptureEnabled, _W.WebGLEnabled,
    _W.Accelerated2dCanvasEnabled, _W.AutoLoadIconsForPage, _W.TouchIconsEnabled,
    _W.FocusOnNavigationEnabled, _W.AllowRunningInsecureContent, _W.AllowGeolocationOnInsecureOrigins,
    _W.AllowWindowActivationFromJavaScript, _W.PlaybackRequiresUserGesture, _W.WebRTCPublicInterfacesOnly,
    _W.DnsPrefetchEnabled, _W.PdfViewerEnabled, _W.NavigateOnDropEnabled, _W.ErrorPageEnabled,
)  # fmt: skip
_ON = (_W.AutoLoadImages, _W.ShowScrollBars, _W.SpatialNavigationEnabled)


def _script_source() -> str:
    channel = QFile(":/qtwebchannel/qwebchannel.js")
    if not channel.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError("QtWebChannel's qwebchannel.js is missing from this Qt build")
    library = bytes(channel.readAll().data()).decode("utf-8")
    channel.close()
    return library + "\n" + asset("preview", "preview.js").read_text("utf-8")


class PreviewBridge(QObject):
    """What the app's script in the page may ask of the app: two things, both checked."""

    cursorRequested = Signal(int)  # a source line of the body
    linkRequested = Signal(str)

    @Slot(int)
    def moveCursor(self, line: int) -> None:  # noqa: N802 - called from the page's script
        if isinstance(line, int) and line > 0:
            self.cursorRequested.emit(line)

    @Slot(str)
    def openLink(self, href: str) -> None:  # noqa: N802 - called from the page's script
        if isinstance(href, str) and href:
            self.linkRequested.emit(href[:2000])


class PreviewPage(QWebEnginePage):
    """Loads only what ``show_html`` gives it; refuses every other navigation."""

    linkRequested = Signal(str)  # a link the reader clicked (or tried to navigate to)

    def __init__(self, parent: QObject | None = None) -> None:
        profile = QWebEngineProfile()  # no storage name: off the record
        super().__init__(profile, parent)
        # Owned by the page, so it outlives it (Qt warns when a profile dies first).
        profile.setParent(self)
        self._profile = profile
        self.guard = NetworkGuard(profile)
        profile.setUrlRequestInterceptor(self.guard)
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        self.photos = PhotoSchemeHandler(profile)
        profile.installUrlSchemeHandler(PHOTO_SCHEME.encode(), self.photos)
        settings = self.settings()
        for attribute in _OFF:
            settings.setAttribute(attribute, False)
        for attribute in _ON:
            settings.setAttribute(attribute, True)
        settings.setUnknownUrlSchemePolicy(
            QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes
        )
        self.bridge = PreviewBridge(self)
        self.bridge.linkRequested.connect(self.linkRequested)
        self.channel = QWebChannel(self)
        self.channel.registerObject("lnvPreview", self.bridge)
        self.setWebChannel(self.channel, APP_WORLD)
        script = QWebEngineScript()
        script.setName("lnv-preview")
        script.setWorldId(APP_WORLD)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setRunsOnSubFrames(False)
        script.setSourceCode(_script_source())
        self.scripts().insert(script)
        self._expecting_load = False
        self.refused: list[str] = []

    def show_html(self, html: str) -> None:
        """Replace the document (the one navigation the page accepts)."""
        self._expecting_load = True
        self.setHtml(html, QUrl(PAGE_URL))

    def acceptNavigationRequest(self, url: QUrl, kind, is_main_frame: bool) -> bool:  # noqa: N802
        if self._expecting_load and is_main_frame and url.scheme() == "data":
            self._expecting_load = False
            return True
        self.refused.append(url.toString()[:200])
        if kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            self.linkRequested.emit(url.toString())
        return False

    def createWindow(self, _kind) -> None:  # noqa: N802 - Qt override: no pop-ups, ever
        return None

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:  # noqa: N802
        # The page's refusals (CSP) are expected; keep them out of the terminal.
        self.console = getattr(self, "console", [])
        self.console.append(message[:300])
        del self.console[:-50]

    def run_app_js(self, code: str, callback=None) -> None:
        """Run *code* in the ApplicationWorld (where the app's functions live)."""
        if callback is None:
            self.runJavaScript(code, APP_WORLD)
        else:
            self.runJavaScript(code, APP_WORLD, callback)
