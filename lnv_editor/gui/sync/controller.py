"""Background sync with the newsroom server, owned by the main window.

Once a server is chosen (File → Newsroom server…, ``--server``, ``LNV_SERVER``) and a store is
open, ``SyncEngine.sync_once`` runs on a worker thread (gui/common/workers.py): soon after every
save, every few seconds for the others' changes, and at once when the server announces one
(LISTEN/NOTIFY, a listener task of its own). Syncs never overlap: a request while one runs
makes one more afterwards. Typing never waits for any of it; closing the store cancels both
tasks. What a pull writes reaches the library through the store's change records, like any
other write. The status bar (gui/sync/status.py) always says where things stand.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from lnv_editor.gui.common.workers import Runner
from lnv_editor.gui.sync import jobs
from lnv_editor.gui.sync.status import SyncStatus

POLL_MS = 5000  # the others' changes, when no announcement arrived
SAVE_DELAY_MS = 150  # saves close together go in one sync
CLOSE_WAIT_S = 5.0  # a cancelled sync stops at its next step; the store closes after it


class SyncController(QObject):
    stateChanged = Signal(str)  # the state: off, syncing, synced, offline, refused, login, error
    finished = Signal(object)  # each sync's report, or the exception that stopped it

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.status = SyncStatus(window)
        window.add_status_widget(self.status)
        self.status.compareRequested.connect(self.compare_conflict)
        self.address = None  # the ServerAddress synced with (password included), or None
        self.link: jobs.Link | None = None
        self.state = "off"
        self.pending = 0
        self.reason = ""
        self.refused_count = 0  # articles the server refused (the status names the first)
        self.conflicts: list = []  # sync.report.Conflict, newest last, until compared
        self._gen = 0  # results of an earlier connection are dropped
        self._sync_task = None
        self._listen_task = None
        self._again = False
        self._detail = ""  # what the tooltip adds to the state (why offline, what was refused)
        self._sync_runner: Runner | None = None
        self._listen_runner: Runner | None = None
        self._count_runner = Runner(self, name="lnv-sync-count")
        self._kick = QTimer(self, singleShot=True)
        self._kick.timeout.connect(self._start_sync)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(lambda: self.request(0, quiet=True))
        self._hub = None
        self.override = ""  # --server: the server of this run, before the saved one
        window.storeClosing.connect(self.stop)

    def use_server(self, text: str) -> None:
        """``--server``: sync with *text* (a postgresql:// address) in this run."""
        from lnv_editor.gui.sync.connecting import connect_configured

        self.override = text
        if self.window.repo is not None:
            connect_configured(self)

    # ----- starting and stopping ---------------------------------------------------------------
    def start(self, address) -> None:
        """Sync the window's store with *address* (password included) from now on."""
        self.stop()
        repo = self.window.repo
        if repo is None or repo.path is None:
            return
        self._gen += 1
        self.address = address
        self.link = jobs.Link(repo.path, address, repo)
        self._sync_runner = Runner(self, name="lnv-sync")
        self._listen_runner = Runner(self, name="lnv-listen")
        gen = self._gen
        self._listen_task = self._listen_runner.start(
            jobs.listen,
            address,
            on_progress=lambda *_: gen == self._gen and self.request(0),
            on_error=lambda _e: None,
        )
        self._hub = self.window.hub
        self._hub.changed.connect(self._store_changed)
        self._poll.start()
        self._show("syncing")
        self.request(0)

    def stop(self) -> None:
        """Stop syncing (the store closes, or the user disconnects): both tasks are cancelled
        and the sync under way, if any, stops at its next step before this returns."""
        self._gen += 1
        self._poll.stop()
        self._kick.stop()
        if self._hub is not None:
            try:
                self._hub.changed.disconnect(self._store_changed)
            except (RuntimeError, TypeError):
                pass
            self._hub = None
        for task in (self._sync_task, self._listen_task):
            if task is not None:
                task.cancel()
        sync_runner, self._sync_runner = self._sync_runner, None
        if sync_runner is not None:
            finished = True
            if self._sync_task is not None:
                try:
                    self._sync_task.future.exception(timeout=CLOSE_WAIT_S)
                except Exception:  # noqa: BLE001 - still running: its result is dropped
                    finished = False
            engine = self.link.engine if self.link is not None else None
            if finished and engine is not None and hasattr(engine, "close"):
                engine.close()  # the connection it keeps between syncs; no sync uses it now
            sync_runner.shutdown(wait=False)
            sync_runner.deleteLater()  # a result still to come is dropped with it
        listen_runner, self._listen_runner = self._listen_runner, None
        if listen_runner is not None:
            listen_runner.shutdown(wait=False)  # it notices the cancel within a second
            listen_runner.deleteLater()
        self._sync_task = self._listen_task = None
        self._again = False
        self.link = None
        self.address = None
        self.conflicts = []  # they belong to the store let go of; its history keeps both texts
        self._show_conflicts()
        self._show("off")

    @property
    def connected(self) -> bool:
        return self.address is not None

    def tasks(self) -> list:
        """The sync and listener tasks running now."""
        return [t for t in (self._sync_task, self._listen_task) if t is not None]

    # ----- when to sync --------------------------------------------------------------------------
    def request(self, delay_ms: int = 0, *, quiet: bool = False) -> None:
        """Sync in *delay_ms*, or once more right after the sync under way. *quiet* (the
        poll, which mostly finds nothing): the status keeps saying "Synced" meanwhile."""
        if self.address is None:
            return
        if self._sync_task is not None:
            self._again = self._again or not quiet  # the poll needs no second round
            return
        if not quiet and self.state in ("synced", "syncing"):
            self._show("syncing")
        if not self._kick.isActive() or delay_ms < self._kick.remainingTime():
            self._kick.start(delay_ms)

    def _store_changed(self, change) -> None:
        """A write in this app: send it soon (offline: count it). The sync's own writes are
        not sent back; another process's wait for the next poll."""
        if change.external or change.origin is self.link or change.index_only:
            return  # (the search index catching up is nothing to send)
        if self.state in ("offline", "login", "error"):
            self._count_pending()
            return
        self.request(SAVE_DELAY_MS)

    def _start_sync(self) -> None:
        if self.link is None or self._sync_task is not None:
            return
        gen = self._gen
        self._again = False
        self._sync_task = self._sync_runner.start(
            jobs.sync,
            self.link,
            on_done=lambda outcome: gen == self._gen and self._synced(outcome),
            on_error=lambda error: gen == self._gen and self._failed(error),
        )

    # ----- what a sync found -----------------------------------------------------------------
    def _synced(self, outcome: jobs.Outcome) -> None:
        self._sync_task = None
        report = outcome.report
        self.window_role(outcome.role)
        if report.conflicts:
            self.add_conflicts(report.conflicts)
        if report.kept:
            self.tell_kept(report.kept)
        if getattr(report, "cancelled", False):
            return
        self.pending = report.pending
        if report.refused:
            refusal = report.refused[0]
            self.reason, self.refused_count = refusal.message, len(report.refused)
            detail = "\n".join(f"{_short(r.title or r.uri)}: {r.message}" for r in report.refused)
            self._show("refused", detail)
        elif self._again or (report.pending and report.sent):
            self._show("syncing")  # saved meanwhile: once more
            self._again = True
        elif report.pending:
            self._show("syncing")  # left for the next poll rather than a tight loop
        else:
            self._show("synced")
        self.finished.emit(report)
        if self._again:
            self.request(SAVE_DELAY_MS)

    def _failed(self, error: BaseException) -> None:
        from lnv_editor.gui.sync.errors import describe_connect_error, kind_of

        self._sync_task = None
        self.reason = describe_connect_error(error, self.address)
        if kind_of(error) == "password":
            self._show("login", self.reason)
        elif _is_unavailable(error):
            self._show("offline", self.reason)
        else:
            self._show("error", self.reason)
        self._count_pending()
        self.finished.emit(error)
        if self._again:
            self.request(POLL_MS)

    def _count_pending(self) -> None:
        if self.link is None:
            return
        gen = self._gen
        self._count_runner.submit(
            jobs.pending,
            self.link.repo,
            on_done=lambda n: gen == self._gen and self._counted(n),
            on_error=lambda _e: None,
        )

    def _counted(self, count: int) -> None:
        self.pending = count
        if self.state in ("offline", "login", "error"):
            self._show(self.state, self._detail)

    # ----- the status bar ----------------------------------------------------------------------
    def _show(self, state: str, detail: str = "") -> None:
        self.state = state
        self._detail = detail
        server = self.address.redacted if self.address is not None else ""
        texts = {
            "off": "",
            "syncing": self.tr("Syncing…"),
            "synced": self.tr("Synced"),
            "offline": (
                self.tr("Offline — %n change(s) waiting to be sent", "", self.pending)
                if self.pending
                else self.tr("Offline — nothing waiting to be sent")
            ),
            "refused": (
                self.tr("Server refused: {reason}")
                if self.refused_count <= 1
                else self.tr(
                    "Server refused %n article(s). First: {reason}", "", self.refused_count
                )
            ).format(reason=self.reason),
            "login": self.tr(
                "Not connected: the server needs your password (File → Newsroom server…)"
            ),
            "error": self.tr("Sync stopped: {reason}").format(reason=self.reason),
        }
        tip = detail or server
        if detail and server:
            tip = f"{server}\n{detail}"
        self.status.show_state(state, texts[state], tip)
        self.stateChanged.emit(state)

    def show_problem(self, state: str, reason: str) -> None:
        """Not syncing, and why: "login" (no password) or "error" (*reason*)."""
        self.reason = reason
        self._show(state, reason)

    def text(self) -> str:
        """What the status bar says about the server now ("" when none is used)."""
        return self.status.text() if self.status.isVisibleTo(self.window) else ""

    # ----- conflicts and the role ------------------------------------------------------------
    def add_conflicts(self, conflicts) -> None:
        self.conflicts.extend(conflicts)
        self._show_conflicts()
        self.window.statusBar().showMessage(self.status.conflict_button.toolTip(), 15000)

    def tell_kept(self, kept) -> None:
        """Articles purged on the server while this laptop had unsent changes: the changes
        were kept as new articles. Said in the status bar, for long enough to be read."""
        last = kept[-1]
        text = self.tr(
            "Deleted for good on the server; your unsent changes are kept as “{title}”."
        ).format(title=_short(last.new_title, 60))
        self.window.statusBar().showMessage(text, 60000)

    def _show_conflicts(self) -> None:
        if not self.conflicts:
            self.status.show_conflicts("", "")
            return
        title = self.conflicts[-1].title or self.tr("(untitled)")
        tip = self.tr(
            "“{title}” was changed on another laptop at the same time. Both texts are kept: "
            "compare them and merge what you need."
        ).format(title=title)
        self.status.show_conflicts(
            self.tr("Conflict: %n article(s)…", "", len(self.conflicts)), tip
        )

    def compare_conflict(self) -> None:
        """Open the newest conflicting article and compare its two texts."""
        from lnv_editor.gui.sync.conflicts import compare_conflict

        if not self.conflicts:
            return
        conflict = self.conflicts.pop()
        self._show_conflicts()
        compare_conflict(self.window, conflict)

    def upload_question(self, count: int, store: str, server: str) -> str:
        """What is asked before a laptop's own articles go to the server."""
        return self.tr(
            "This laptop already has %n article(s) in {store}. Connecting sends them "
            "to the newsroom server {server}, where your colleagues can read them "
            "(drafts included), and keeps syncing them. Upload them and connect?",
            "",
            count,
        ).format(store=store, server=server)

    def window_role(self, role: str) -> None:
        """The server's role replaces the one chosen in the preferences."""
        from lnv_editor.gui.sync.connecting import adopt_role

        adopt_role(self.window, role)


def _is_unavailable(error: BaseException) -> bool:
    try:
        from lnv_editor.sync.report import ServerUnavailable
    except ImportError:  # pragma: no cover
        return False
    from lnv_editor.gui.sync.errors import kind_of

    return isinstance(error, ServerUnavailable) or kind_of(error) == "unreachable"


def _short(title: str, limit: int = 80) -> str:
    """A title as a line of the status tooltip can hold it."""
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
