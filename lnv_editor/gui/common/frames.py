"""When work that a keystroke sets going may start: after the key's own frame is on screen.

A key is drawn by the GUI thread (the editor's paint), then flushed to the window system,
which draws it (the X server here). Work started at the end of the paint (the preview's
render, a due autosave) took the interpreter and the cores from that flush: the keystroke
to pixels p95 at 20,000 words with the preview open was 7.1–7.8 ms starting at once and
5.4–5.9 ms starting ``AFTER_FRAME_MS`` later (bench_typing_echo.py --trace, quiet machine,
2026-12-04), with the next key of a fast typist still 60 ms or more away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

AFTER_FRAME_MS = 8


class AfterKeyFrame(QObject):
    """Runs *run* once the editor has drawn the key (``drawn()``, from its ``painted``) and
    the frame is on screen, or *fallback_ms* after ``arm()`` if the editor draws nothing."""

    def __init__(self, run: Callable[[], object], fallback_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._waiting = QTimer(self, singleShot=True, interval=fallback_ms)
        self._waiting.timeout.connect(run)
        self._after = QTimer(self, singleShot=True, interval=AFTER_FRAME_MS)
        self._after.timeout.connect(run)

    def arm(self) -> None:
        """Something is due: run it after the next frame."""
        self._waiting.start()

    def drawn(self) -> None:
        """The editor painted: what is due runs once the frame is on screen."""
        if self._waiting.isActive():
            self._waiting.stop()
            self._after.start()

    def cancel(self) -> None:
        self._waiting.stop()
        self._after.stop()

    @property
    def pending(self) -> bool:
        return self._waiting.isActive() or self._after.isActive()
