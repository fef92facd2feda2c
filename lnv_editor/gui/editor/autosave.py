"""Autosave: a reporter's words reach the store within a second, without blocking typing.

Saves run on one worker thread (the store may wait for another process's write lock).
Timers: ``idle_ms`` after the last edit, and at least every ``max_ms`` while typing;
plus focus loss, article switch and close. Only one save is in flight at a time, so each
save's base version is the version the previous one wrote. With the defaults (300 ms, 500 ms)
a kill loses at most max_ms + FRAME_WAIT_MS + one save (~10 ms, also on 100,000 articles) +
the word being typed: under 1 s (benchmarks/bench_kill_loss.py). An append-only journal would
save the disk a few writes a second, but the store's own transaction is already cheap enough
and leaves one recovery path.

While keys come, the ``max_ms`` save waits for the next key's frame (``key_drawn``, the body's
``painted``; at most ``FRAME_WAIT_MS``): it then runs in the gap before the following key
instead of taking the interpreter from a key being drawn (bench_typing_echo.py --trace).

Autosaves leave the search index behind (store/search_pending.py: indexing a long article
costs more than saving it); once typing has paused for ``index_ms`` the index catches up on
the same worker, and at ``shutdown``. A search catches up by itself in any case.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from lnv_editor.gui.common.frames import AfterKeyFrame
from lnv_editor.gui.common.workers import Runner

if TYPE_CHECKING:  # the store (SQLAlchemy) loads after the window is shown
    from lnv_editor.store.repository import Repository, SaveResult
    from lnv_editor.store.save_journal import SaveJournal

log = logging.getLogger(__name__)


FRAME_WAIT_MS = 150  # the longest a due save waits for a key's frame (typing paused: now)


class Autosaver(QObject):
    # "clean" | "dirty" | "saving" | "error"
    stateChanged = Signal(str)
    saved = Signal(object)  # SaveResult
    failed = Signal(object)  # LnvError | Exception

    def __init__(
        self,
        repo: Repository,
        read_fields: Callable[[], dict[str, str]],
        idle_ms: int = 300,
        max_ms: int = 500,
        parent: QObject | None = None,
        journal: SaveJournal | None = None,
        index_ms: int = 2000,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.journal = journal
        self.read_fields = read_fields
        self.article_id: int | None = None
        self.version = 0
        self._saved_fields: dict[str, str] = {}
        # One worker thread (gui/common/workers.py): saves in order, one at a time.
        self._runner = Runner(self, name="lnv-save")
        self._inflight: Future | None = None
        self._inflight_seq = 0
        self._inflight_fields: dict[str, str] = {}
        self._seq = 0
        self._applied = 0
        self._pending_reason: str | None = None
        self.state = "clean"
        self._idle = QTimer(self, singleShot=True, interval=idle_ms)
        self._max = QTimer(self, singleShot=True, interval=max_ms)
        self._due = AfterKeyFrame(self.flush, FRAME_WAIT_MS, self)  # a max_ms save
        self._idle.timeout.connect(self.flush)
        self._max.timeout.connect(self._due.arm)
        self._index = QTimer(self, singleShot=True, interval=index_ms)
        self._index.timeout.connect(self._catch_up_index)

    # ----- what the editor tells us --------------------------------------------------------
    def attach(self, article_id: int | None, version: int, fields: dict[str, str]) -> None:
        """Start following a freshly loaded article (flush the previous one first)."""
        self.article_id = article_id
        self.version = version
        self._saved_fields = dict(fields)
        self._set_state("clean")

    def on_edited(self) -> None:
        if self.article_id is None:
            return
        self._set_state("dirty")
        self._idle.start()
        self._index.stop()
        if not self._max.isActive():
            self._max.start()

    def key_drawn(self) -> None:
        """The editor has drawn a key (its ``painted``): a due save runs once the frame is
        on screen (gui/common/frames.py), in the gap before the next key."""
        self._due.drawn()

    def is_dirty(self) -> bool:
        return self.article_id is not None and self.read_fields() != self._saved_fields

    # ----- saving --------------------------------------------------------------------------
    def flush(self, reason: str = "autosave", wait: bool = False) -> SaveResult | None:
        """Save what the form holds. With *wait*, block until it is in the store (close,
        article switch); otherwise run on the worker and report through signals."""
        self._idle.stop()
        self._max.stop()
        self._due.cancel()
        if self.article_id is None:
            return None
        if self._inflight is not None:
            if not wait:
                # Save again once the running save has told us its version.
                self._pending_reason = (
                    "save" if "save" in (reason, self._pending_reason) else reason
                )
                return None
            self._pending_reason = None  # this flush saves everything the form holds
            while self._inflight is not None:
                self._drain()
        fields = self.read_fields()
        if fields == self._saved_fields and reason == "autosave":
            self._set_state("clean")
            return None
        self._seq += 1
        seq = self._seq
        job = (self.article_id, fields, self.version, reason)
        self._inflight = self._runner.submit(
            self._save,
            *job,
            on_done=lambda result, s=seq, flds=fields: self._apply(s, (result, flds), None),
            on_error=lambda error, s=seq: self._apply(s, None, error),
        )
        self._inflight_seq = seq
        self._inflight_fields = fields
        self._set_state("saving")
        if wait:
            return self._drain()
        return None

    def _save(self, article_id: int, fields: dict, base_version: int, reason: str) -> SaveResult:
        with self.repo.writes.origin(self):  # the window skips reloading its own save
            result = self.repo.save(article_id, fields, base_version=base_version, reason=reason)
        if self.journal is not None:  # before the window says "saved": the next start checks it
            self.journal.record(result.article_id, result.version, result.digest, result.updated)
        return result

    def _drain(self) -> SaveResult | None:
        """Wait for the running save and apply its outcome now, on the GUI thread."""
        future, seq = self._inflight, self._inflight_seq
        if future is None:
            return None
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - reported to the user, never swallowed
            self._apply(seq, None, exc)
            return None
        self._apply(seq, (result, self._inflight_fields), None)
        return result

    def _apply(self, seq: int, result, error) -> None:
        if seq <= self._applied:
            return  # already applied by _drain
        self._applied = seq
        self._inflight = None
        if error is not None:
            self._set_state("error")
            self.failed.emit(error)
            return
        save_result, fields = result
        if save_result.article_id == self.article_id:
            self.version = save_result.version
            self._saved_fields = fields
        self.saved.emit(save_result)
        pending, self._pending_reason = self._pending_reason, None
        if pending:
            self.flush(pending)
        else:
            self._set_state("clean" if self.read_fields() == self._saved_fields else "dirty")
            if self.state == "dirty":
                self._idle.start()
            elif save_result.search_behind:
                self._index.start()

    def _catch_up_index(self) -> None:
        """Typing paused: the search index catches up with what autosave wrote, on the save
        worker (a save asked meanwhile runs after it)."""
        if self.state != "clean" or self._inflight is not None:
            return  # still typing: the next pause
        self._runner.submit(self._catch_up, on_error=self._index_failed)

    def _catch_up(self) -> int:
        with self.repo.writes.origin(self):
            return self.repo.search.catch_up()

    @staticmethod
    def _index_failed(error: Exception) -> None:
        # Not the reporter's words (those are saved): the next search catches up.
        log.warning("search index not brought up to date: %s", error)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    def shutdown(self) -> None:
        self._drain()
        self._index.stop()
        if self.article_id is not None:
            try:
                self._runner.submit(self._catch_up).result()
            except Exception as exc:  # noqa: BLE001 - the text is saved; searches catch up
                self._index_failed(exc)
        self._runner.shutdown(wait=True)
