"""House style checked as the reporter writes: ``DELAY_MS`` after typing stops, on a worker
thread, over the text on screen (saved or not), shown in the review dock's check list.

The dock's own read (review_panel.py) checks the stored article, with its readiness, once a
save has settled; this one follows the keys, so a finding shows while the passage is still
in mind, at the place it has in the editor now. A key typed meanwhile makes the result stale:
it is dropped and the check runs again after the next pause.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from lnv_editor.gui.common.workers import Runner

DELAY_MS = 400  # after the last key: the issue asks for 300-500 ms


class HouseWhileTyping(QObject):
    """Checks *texts()* (title, lead, body) for the review *panel*'s open article."""

    def __init__(self, panel, texts: Callable[[], tuple[str, str, str]]) -> None:
        super().__init__(panel)
        self.panel = panel
        self._texts = texts
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._runner = Runner(self, threads=1, name="house-style")
        self._serial = 0
        self._running = False
        from lnv_editor.core.spelling.house import LineMemory  # built after the first paint

        self._lines = LineMemory()  # used on the worker thread only
        self.checks = 0  # checks shown (for tests: typing must not add one per key)

    def typed(self) -> None:
        """The text changed: check once typing pauses; a check still running is stale."""
        self._serial += 1
        self._timer.start()

    def pending(self) -> bool:
        """Whether a check waits for typing to pause, or runs."""
        return self._timer.isActive() or self._running

    def check_now(self) -> None:
        panel = self.panel
        repo, article_id = panel.repo, panel.article_id
        if repo is None or article_id is None:
            return
        title, lead, body = self._texts()
        serial = self._serial
        self._running = True
        self._runner.submit(
            _check, repo, title, lead, body, self._lines,
            on_done=lambda found: self._done(serial, article_id, found),
            on_error=lambda _error: self._done(serial, article_id, None),
        )  # fmt: skip

    def _done(self, serial: int, article_id: int, found) -> None:
        self._running = False
        if found is None or serial != self._serial or article_id != self.panel.article_id:
            return  # typed on, another article, or the rules could not be read
        if self.panel.readiness.report is None:
            return  # the dock's first read of this article is still coming
        self.checks += 1
        self.panel.readiness.set_house(found)


def _check(repo, title: str, lead: str, body: str, lines) -> list:
    """On the worker: the store's house rules over the text as typed (*lines*: its
    ``LineMemory``)."""
    from lnv_editor.core.spelling.house import check_article

    rules = repo.house_rules.rules()
    return check_article(title=title, lead=lead, body=body, rules=rules, lines=lines)
