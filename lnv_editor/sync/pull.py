"""Receiving the others' changes: every row whose transaction the last cursor (a server
snapshot) did not see, read in one REPEATABLE READ transaction with the next cursor, so a
transaction still open during the pull is picked up by the next one, never skipped.

The rows are written here in batches, one store transaction each (one change record, so
open windows refresh); the cursor moves in the last batch's own transaction, so a pull cut
short starts again from the old cursor and writing a row twice changes nothing."""

from __future__ import annotations

import threading

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.store.clock import utcnow
from lnv_editor.sync import house_style, local
from lnv_editor.sync.apply import apply_comment, apply_revision, apply_transition
from lnv_editor.sync.checks import (
    Hostile,
    check_article,
    check_comment,
    check_revision,
    check_transition,
)
from lnv_editor.sync.compare import mark_lost, server_versions
from lnv_editor.sync.incoming import SKIPPED_DIRTY, WRITTEN, Known, apply_articles
from lnv_editor.sync.messages import translated
from lnv_editor.sync.purges import apply_purges, purged_uris
from lnv_editor.sync.report import Conflict, Refusal, SyncReport
from lnv_editor.sync.server import lost

BATCH = 1000  # rows per store transaction: fewer, bigger writes of the search index
ORDER = {"article": 0, "revision": 1, "comment": 2, "transition": 3}
CHECKS = {
    "article": check_article,
    "revision": check_revision,
    "comment": check_comment,
    "transition": check_transition,
}


# The next cursor and the rows in one statement of one REPEATABLE READ transaction (so one
# snapshot): BEGIN, this, COMMIT are the pull's only round trips.
PULL_SQL = (
    "SELECT 0 AS part, lnv.cursor(), NULL::jsonb UNION ALL SELECT 1, kind, doc FROM lnv.pull(%s)"
)


def fetch(session, cursor: str | None) -> tuple[list[tuple[str, object]], str, bool]:
    """All rows since *cursor*, the cursor to pull from next time, and whether the server
    refused *cursor* (another cluster or database, a restored backup: SQLSTATE 22023), so
    this was a full pull to compare with the store (sync/compare.py)."""
    import psycopg

    conn = session.conn
    try:
        refused = False
        try:
            rows = _fetch(conn, cursor)
        except psycopg.Error as exc:
            if cursor is None or getattr(exc, "sqlstate", "") != "22023":
                raise
            rows, refused = _fetch(conn, None), True
    except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
        raise lost(session.address, exc) from exc
    next_cursor = next(value for part, value, _ in rows if part == 0)
    return [(kind, doc) for part, kind, doc in rows if part == 1], next_cursor, refused


def _fetch(conn, cursor: str | None) -> list[tuple]:
    import psycopg

    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ  # for BEGIN only
    with conn.transaction():
        return conn.execute(PULL_SQL, (cursor,)).fetchall()


class Puller:
    def __init__(self, session, report: SyncReport, cancel: threading.Event | None) -> None:
        self.s = session
        self.report = report
        self.cancel = cancel
        self.skipped_dirty: list[str] = []
        self.photos: set[str] = set()  # SHA-256 of the photos of the articles received

    def run(self) -> None:
        repo = self.s.repo
        with repo.writes.reading() as conn:
            cursor = local.get_meta(conn, local.CURSOR) or None
        rows, next_cursor, refused = fetch(self.s, cursor)
        # Before the rows and the cursor: a pull cut short after this does it again, harmlessly.
        purged = purged_uris([doc for kind, doc in rows if kind == "purge"])
        apply_purges(repo, self.report, purged)
        if refused:
            self.report.repushed += mark_lost(repo, server_versions(rows), set(purged))
        house_style.apply(repo, self.report, [r for r in rows if r[0] in house_style.KINDS])
        rows = [r for r in rows if r[0] != "purge" and r[0] not in house_style.KINDS]
        rows.sort(key=lambda r: ORDER.get(r[0], 9))
        starts = range(0, len(rows), BATCH)
        for start in starts:
            if self.cancel and self.cancel.is_set():
                self.report.cancelled = True
                return  # the cursor stays: the next pull starts over from it
            # The cursor moves in the last batch's own transaction: with it, or not at all.
            last = start == starts[-1]
            self.apply_batch(rows[start : start + BATCH], next_cursor if last else None)
        if not rows:
            with repo.writes.transaction() as tx:
                self.move_cursor(tx, next_cursor)

    def move_cursor(self, tx, cursor: str) -> None:
        local.set_meta(tx.conn, local.CURSOR, cursor)
        local.set_meta(tx.conn, local.LAST_SYNC, utcnow().isoformat())

    def apply_batch(self, batch: list[tuple[str, object]], cursor: str | None = None) -> None:
        """Write one batch in one store transaction; with *cursor*, move the cursor there in
        the same transaction (the last batch)."""
        repo = self.s.repo
        received = 0
        with repo.writes.incoming(), repo.writes.transaction() as tx:
            articles = []
            for kind, raw in batch:
                check = CHECKS.get(kind)
                if check is None:
                    continue
                try:
                    doc = check(raw if isinstance(raw, dict) else None)
                except (Hostile, AttributeError, TypeError) as exc:
                    self.hostile(kind, raw, exc)
                    continue
                if kind == "article":
                    articles.append(doc)
                    continue
                if articles:
                    received += self.write_articles(tx, articles)
                    articles = []
                if kind == "revision":
                    if doc.get("reason") == "conflict" and apply_revision(tx, doc) is not None:
                        title = doc["title"]
                        self.report.conflicts.append(
                            Conflict(doc["article_uri"], title, doc["uuid"])
                        )
                elif kind == "comment":
                    received += apply_comment(tx, doc)
                elif kind == "transition":
                    received += apply_transition(tx, doc)
            if articles:
                received += self.write_articles(tx, articles)
            if cursor is not None:
                self.move_cursor(tx, cursor)
        self.report.received += received

    def write_articles(self, tx, docs: list[dict]) -> int:
        # The batch's articles and the articles they link to, looked up together.
        uris = [d["uri"] for d in docs] + [r["uri"] for d in docs for r in d["related"]]
        known = Known(tx.conn, uris)
        outcomes = apply_articles(self.s.repo, tx, docs, known)
        self.photos.update(
            p["sha256"] for d in docs if outcomes.get(d["uri"]) == WRITTEN for p in d["photos"]
        )
        self.skipped_dirty += [uri for uri, o in outcomes.items() if o == SKIPPED_DIRTY]
        return sum(1 for o in outcomes.values() if o == WRITTEN)

    def hostile(self, kind: str, raw: object, exc: Exception) -> None:
        doc = raw if isinstance(raw, dict) else {}
        uri = str(doc.get("uri") or doc.get("article_uri") or "")[:60]
        title = doc.get("title") if isinstance(doc.get("title"), str) else ""
        if isinstance(exc, Hostile):
            reason = translated("Sync", exc.template, **exc.params)
        else:
            reason = str(exc)
        message = translated(
            "Sync",
            QT_TRANSLATE_NOOP(
                "Sync",
                "A row from the server was not stored ({kind}): {reason} Ask whoever wrote it "
                "to correct it; the rest was synced.",
            ),
            kind=kind,
            reason=reason,
        )
        self.report.refused.append(Refusal(uri, title[:200], message))
