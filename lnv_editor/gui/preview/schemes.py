"""What the preview's web engine may load: its own photos, and nothing from the network.

``lnv-photo:<id>/<width>`` is served from the media store's renditions (made on a worker
thread the first time). Every other request is refused by ``NetworkGuard``, an interceptor on
the preview's own off-the-record profile, which also counts what it refused so tests (and a
curious editor) can see that nothing left the machine.
"""

from __future__ import annotations

import re
import threading
from collections import Counter

from PySide6.QtCore import QBuffer, QByteArray, QObject
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from lnv_editor.gui.common.workers import Runner

PHOTO_SCHEME = "lnv-photo"
# The page's own address (its base URL). Never fetched: the page arrives with setHtml. Not
# about:blank, because Qt does not inject the app's script into about:blank documents after
# the first one.
PAGE_SCHEME = "lnv-preview"
PAGE_URL = f"{PAGE_SCHEME}:/article"
# The page itself arrives as a data: URL (setHtml); qrc and about are Qt's own.
ALLOWED_SCHEMES = frozenset({PHOTO_SCHEME, "data", "qrc", "about"})
_PHOTO_PATH = re.compile(r"^(\d+)/(\d+)$")


def register_schemes() -> None:
    """Declare the preview's URL schemes to QtWebEngine. Must run before the QApplication
    exists (Chromium reads the scheme list once, at start-up); calling it twice is harmless.

    Also asks Qt to share OpenGL contexts, which QtWebEngine needs set before the app too."""
    from PySide6.QtCore import QCoreApplication, Qt

    if QCoreApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    if QWebEngineUrlScheme.schemeByName(PHOTO_SCHEME.encode()).name():
        return
    for name in (PHOTO_SCHEME, PAGE_SCHEME):
        scheme = QWebEngineUrlScheme(name.encode())
        scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
        # Secure, so the page may show photos without mixed-content rules in the way. Not
        # "local": the page must be able to load them, and no remote page can ever reach
        # them anyway, because the photo handler exists only in the preview's own profile.
        scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme)
        QWebEngineUrlScheme.registerScheme(scheme)


class NetworkGuard(QWebEngineUrlRequestInterceptor):
    """Blocks every request whose scheme is not the preview's own; counts both kinds.

    Called on Chromium's IO thread, hence the lock."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self.allowed: Counter[str] = Counter()
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 - Qt
        url = info.requestUrl()
        scheme = url.scheme()
        with self._lock:
            if scheme in ALLOWED_SCHEMES:
                self.allowed[scheme] += 1
                return
            self.blocked.append(url.toString()[:200])
        info.block(True)


def _read_rendition(media, sha256: str, width: int) -> bytes:
    """The rendition's bytes, made first if it is not cached (on a worker thread)."""
    from lnv_editor.media.renditions import rendition_path

    return rendition_path(media, sha256, width).read_bytes()


class PhotoSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves ``lnv-photo:<id>/<width>`` from the open store's renditions.

    The repository lookup is one small query on the GUI thread; reading (or making) the
    rendition runs on a thread pool, and the reply is given back on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = None
        self.media = None
        self.served = 0
        self._jobs: dict[int, QWebEngineUrlRequestJob] = {}
        self._next = 0
        self._runner = Runner(self, threads=2, name="preview-photos")

    def set_repository(self, repo) -> None:
        self.repo = repo
        self.media = repo.media() if repo is not None and repo.path is not None else None

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 - Qt
        match = _PHOTO_PATH.match(job.requestUrl().path())
        if match is None or self.repo is None or self.media is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        photo_id, width = int(match.group(1)), int(match.group(2))
        try:
            record = self.repo.photos.get(photo_id)
        except Exception:  # noqa: BLE001 - deleted meanwhile: the page shows a broken image
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        from lnv_editor.media.renditions import RENDITION_WIDTHS

        if width not in RENDITION_WIDTHS:
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        self._next += 1
        key = self._next
        self._jobs[key] = job
        # A job Chromium cancels (the page went away) is deleted under us: forget it then.
        job.destroyed.connect(lambda *_a, key=key: self._jobs.pop(key, None))
        self._runner.submit(
            _read_rendition, self.media, record.sha256, width,
            on_done=lambda data: self._reply(key, data),
            on_error=lambda _error: self._reply(key, b""),  # a broken image on the page
        )  # fmt: skip

    def _reply(self, key: int, data: bytes) -> None:
        job = self._jobs.pop(key, None)
        if job is None:
            return
        if not data:
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.served += 1
        job.reply(b"image/jpeg", buffer)

    def shutdown(self) -> None:
        self._runner.shutdown(wait=False)
