"""One change record for every store write.

Every write runs inside ``ChangeFeed.transaction()``: one ``BEGIN IMMEDIATE`` transaction whose
writer says which articles and which parts of them it changed (``tx.touch``). On commit the feed
appends one row to ``change_log`` (in the same transaction, so another process sees exactly what
changed) and hands one ``Change`` to every subscriber. Windows, panels and the preview refresh
from these records; nobody announces a change by hand.

Transactions nest on a thread: an inner ``transaction()`` joins the outer one, so a command made of
several repository calls is still one commit and one ``Change``.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import Connection, Engine, delete, func, insert, select

from lnv_editor.store.models import ChangeLog, SyncArticle

CL = ChangeLog.__table__
SA = SyncArticle.__table__
_MARK_DIRTY = (
    f"INSERT INTO {SA.name} (article_id, dirty_seq) VALUES (?, ?) "
    "ON CONFLICT (article_id) DO UPDATE SET dirty_seq = excluded.dirty_seq"
)
# The log is for other processes catching up; a day's worth of edits is plenty.
KEEP_ROWS = 5000


class Part(StrEnum):
    FIELDS = "fields"  # title, lead, body, byline, section
    STATUS = "status"
    PHOTOS = "photos"
    PROVINCES = "provinces"
    RELATED = "related"
    REVISIONS = "revisions"
    CREATED = "created"
    DELETED = "deleted"
    COMMENTS = "comments"
    REVIEW = "review"
    DICTIONARY = "dictionary"  # the newsroom dictionary (store/dictionary.py)
    HOUSE_RULES = "house_rules"  # the house-style rule file (store/house_rules.py)
    INDEX = "index"  # the search index caught up with text already saved (search_pending.py)


ALL_PARTS = frozenset(Part)


@dataclass(frozen=True, slots=True)
class Change:
    """What one committed transaction changed.

    *external*: written by another process (seen through ``change_log``). *origin*: whatever
    the caller tagged the write with (``ChangeFeed.origin``), so a view can skip a change it
    made itself. *seq*: the ``change_log`` row, 0 when nothing was logged."""

    article_ids: frozenset[int]
    parts: frozenset[Part]
    external: bool = False
    origin: object | None = field(default=None, compare=False)
    seq: int = 0

    def touches(self, article_id: int | None, *parts: Part) -> bool:
        """True if this change concerns *article_id* (and, if given, one of *parts*)."""
        if article_id is None or article_id not in self.article_ids:
            return False
        return not parts or bool(self.parts.intersection(parts))

    @property
    def index_only(self) -> bool:
        """Only the search index caught up with text already saved (store/search_pending.py):
        nothing a window shows, nothing to upload."""
        return self.parts == {Part.INDEX}

    @property
    def lists_changed(self) -> bool:
        """Articles appeared or disappeared: lists must reload their ids."""
        return bool(self.parts & {Part.CREATED, Part.DELETED})


class Transaction:
    """The open write: ``conn`` to write with, ``touch`` to say what changed."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.article_ids: set[int] = set()
        self.parts: set[Part] = set()

    def touch(self, article_id: int | None, *parts: Part) -> None:
        if article_id is not None:
            self.article_ids.add(int(article_id))
        self.parts.update(parts)


Subscriber = Callable[[Change], None]


class ChangeFeed:
    def __init__(self, engine: Engine) -> None:
        self._writer = engine.execution_options(write=True)
        self._engine = engine
        self._local = threading.local()
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()
        # Identifies this process's writes in change_log, so polling skips our own.
        self.token = uuid.uuid4().hex
        self._seen: int | None = None

    # ----- writing -----------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        outer = getattr(self._local, "tx", None)
        if outer is not None:
            yield outer
            return
        with self._writer.begin() as conn:
            tx = Transaction(conn)
            self._local.tx = tx
            try:
                yield tx
                seq = self._log(conn, tx) if tx.parts or tx.article_ids else 0
            finally:
                self._local.tx = None
        if tx.parts or tx.article_ids:
            origin = getattr(self._local, "origin", None)
            self._announce(
                Change(frozenset(tx.article_ids), frozenset(tx.parts), origin=origin, seq=seq)
            )

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection to read with: the open write transaction's on this thread (so a
        command reads what it has just written), else a fresh deferred one."""
        tx = getattr(self._local, "tx", None)
        if tx is not None:
            yield tx.conn
            return
        with self._engine.connect() as conn:
            yield conn

    @property
    def in_transaction(self) -> bool:
        return getattr(self._local, "tx", None) is not None

    @contextmanager
    def incoming(self) -> Iterator[None]:
        """Writes inside this block (on this thread) bring the server's text: they are
        announced like any other, but not marked for upload (lnv_editor/sync)."""
        previous = getattr(self._local, "incoming", False)
        self._local.incoming = True
        try:
            yield
        finally:
            self._local.incoming = previous

    @contextmanager
    def origin(self, who: object) -> Iterator[None]:
        """Tag the writes made inside this block (on this thread) with *who*."""
        previous = getattr(self._local, "origin", None)
        self._local.origin = who
        try:
            yield
        finally:
            self._local.origin = previous

    def _log(self, conn: Connection, tx: Transaction) -> int:
        seq = conn.execute(
            insert(CL).values(
                at=datetime.now(UTC),
                writer=self.token,
                article_ids=",".join(str(i) for i in sorted(tx.article_ids)),
                parts=",".join(sorted(p.value for p in tx.parts)),
            )
        ).inserted_primary_key[0]
        if seq % 500 == 0:
            conn.execute(delete(CL).where(CL.c.seq <= seq - KEEP_ROWS))
        if (
            tx.article_ids
            and tx.parts != {Part.INDEX}  # the index of text already marked, nothing new
            and not getattr(self._local, "incoming", False)
        ):
            # In the write's own transaction: no local change can commit unmarked for upload.
            # Plain SQL: the expression's "excluded" alias is rebuilt at each call, about
            # 3 ms of the save thread holding the interpreter, at every autosave.
            conn.exec_driver_sql(_MARK_DIRTY, [(i, seq) for i in sorted(tx.article_ids)])
        return seq

    # ----- subscribers -------------------------------------------------------------------
    def subscribe(self, fn: Subscriber) -> Callable[[], None]:
        """Call *fn* with every Change, on the thread that committed it. Returns an
        unsubscribe function."""
        with self._lock:
            self._subscribers.append(fn)

        def unsubscribe() -> None:
            with self._lock:
                if fn in self._subscribers:
                    self._subscribers.remove(fn)

        return unsubscribe

    def _announce(self, change: Change) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for fn in subscribers:
            fn(change)

    # ----- other processes ---------------------------------------------------------------
    def poll_external(self) -> Change | None:
        """What other processes wrote since the last poll, as one external Change (None if
        nothing). The first call only notes where the log stands."""
        with self._engine.connect() as conn:
            if self._seen is None:
                self._seen = conn.execute(select(func.coalesce(func.max(CL.c.seq), 0))).scalar_one()
                return None
            rows = conn.execute(
                select(CL.c.seq, CL.c.writer, CL.c.article_ids, CL.c.parts)
                .where(CL.c.seq > self._seen)
                .order_by(CL.c.seq)
            ).all()
        if not rows:
            return None
        self._seen = rows[-1].seq
        ids: set[int] = set()
        parts: set[Part] = set()
        for row in rows:
            if row.writer == self.token:
                continue
            ids.update(int(i) for i in row.article_ids.split(",") if i)
            parts.update(Part(p) for p in row.parts.split(",") if p in Part._value2member_map_)
        if not ids and not parts:
            return None
        change = Change(frozenset(ids), frozenset(parts), external=True, seq=self._seen)
        self._announce(change)
        return change
