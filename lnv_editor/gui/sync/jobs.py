"""The work the sync controller runs off the GUI thread, on ``gui/common/workers.py`` runners.

Each function runs on a worker thread and touches nothing of Qt: the sync layer
(lnv_editor/sync) does the talking to the server and the writing into the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# One LISTEN connection held this long (wait_for_changes notices a cancel within half a
# second): a new connection every second would cost the server 50 logins a second for 50
# laptops. An announcement between two connections is caught by the 5-second poll.
LISTEN_TIMEOUT_S = 60.0
LISTEN_RETRY_S = 5.0  # after the server went away: try listening again


@dataclass
class Link:
    """The engine for one store and one server; only the sync runner's thread uses it."""

    store: Path
    address: object  # ServerAddress, password included
    repo: object = None  # the window's Repository: pulled changes reach its windows at once
    engine: object | None = None  # made on the first sync; it connects anew each sync
    role: str = ""


@dataclass(frozen=True)
class Outcome:
    report: object  # lnv_editor.sync.report.SyncReport
    role: str


def probe(address) -> str:
    """The role the server gives *address*'s user; raises when it cannot be used."""
    from lnv_editor.sync.engine import server_role

    return str(server_role(address).value)


def sync(task, link: Link) -> Outcome:
    """One sync of *link*'s store: push what is pending, pull what is new."""
    from lnv_editor.sync.engine import SyncEngine, server_role

    if link.engine is None:
        link.engine = SyncEngine(link.store, link.address, repo=link.repo)
    if not link.role:
        link.role = str(server_role(link.address).value)
    # The sync's own writes carry the link as their origin: the controller does not take
    # them for saves to send (their change records still refresh every view).
    with link.repo.writes.origin(link):
        report = link.engine.sync_once(cancel=task.cancel_event)
    return Outcome(report, link.role)


def listen(task, address) -> None:
    """Until cancelled: report (``task.progress``) each time the server announces a change."""
    from lnv_editor.sync.engine import wait_for_changes

    while not task.cancelled():
        try:
            if wait_for_changes(address, LISTEN_TIMEOUT_S, task.cancel_event):
                task.progress(1, 1)
        except Exception:  # noqa: BLE001 - offline: the sync's status says so; retry later
            task.cancel_event.wait(LISTEN_RETRY_S)


def pending(repo) -> int:
    """Local changes not yet sent (SQLite only, cheap)."""
    from lnv_editor.sync.engine import pending_count

    return int(pending_count(repo))
