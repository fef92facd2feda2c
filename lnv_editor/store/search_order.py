"""The library's order of a search's matches ("newest first", "by title"), without sorting them.

A query as common as "ha noi" matches half the archive. Sorting 50,000 matches costs a seek per
match into the covering index and a sort; walking the order's own index (``ix_article_updated``
or ``ix_article_title_key``) and keeping the matches costs a step per article. The walk does
not depend on the query, so it is kept, with the trashed ids, until the store changes: every
write appends to ``change_log`` (store/changes.py, AUTOINCREMENT, so its last number only
grows) and a new article takes a new id, so (last change, last id) names the store's state.
Typing on in the search box re-filters the same walk instead of walking again.

After a write the kept walk is mended rather than walked again: the ``change_log`` rows since
it was read name every article written (the store's rule: every write is one transaction
announcing the articles it changed), and articles created since have higher ids. Those few
are taken out of the walk and put back where their order key says, found by bisection (a
point read of the key per step), and the kept trash follows them. More than ``MEND_MOST``
of them, or log rows pruned meanwhile, and the walk is read again.
"""

from __future__ import annotations

import bisect
import itertools
import json
import threading
from array import array

# Matches per article in the store from which walking the library's order beats a seek per
# match and a sort (measured on 100,000 articles: a seek and its share of the sort cost about
# four times a step of the walk). With the walk kept from an earlier query, only a pass over
# it in Python is left: from a far smaller share (MANY_KEPT) on, that beats the seeks.
MANY = 0.25
MANY_KEPT = 0.02
# Written articles up to which a kept walk is mended (each costs a scan of the walk's bytes
# and a bisection) rather than walked again (a sync bringing in hundreds: walked again).
MEND_MOST = 32
_STATE = (
    "SELECT (SELECT coalesce(max(seq), 0) FROM change_log),"
    " (SELECT coalesce(max(id), 0) FROM article)"
)


def ids(conn, sql: str, params: tuple) -> list[int]:
    # Tens of thousands of ids: straight from the driver, no SQLAlchemy row per id.
    cursor = conn.connection.driver_connection.execute(sql, params)
    try:
        return [row[0] for row in cursor]
    finally:
        cursor.close()


def _id_set(conn, rows_sql: str, params: tuple) -> set[int]:
    """The ids of ``SELECT f.rowid …`` as a set: SQLite writes them as one JSON array, which
    Python reads in C, twice as fast as a row per id (for an order, ``ids``)."""
    sql = f"SELECT json_group_array(rowid) FROM ({rows_sql})"  # the column f.rowid is named rowid
    text = conn.connection.driver_connection.execute(sql, params).fetchone()[0]
    return set(json.loads(text))


class LibraryOrder:
    """The walks of the library's orders, kept per store state (one per SearchService)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: dict[str, tuple[tuple, array, frozenset[int]]] = {}

    def forget(self) -> None:
        """Drop the kept walks (the next query walks again, as after a write)."""
        with self._lock:
            self._kept.clear()

    def _walk(self, conn, state: tuple, column: str) -> tuple[array, frozenset]:
        """Every id in *column*'s order, ascending (then by id; the descending order is
        exactly its reverse), as an array: 8 bytes an article, kept."""
        with self._lock:
            kept = self._kept.get(column)
        if kept is not None and kept[0] == state:
            return kept[1], kept[2]
        mended = None if kept is None else _mend(conn, kept, state, column)
        if mended is not None:
            walk, trashed = mended
        else:
            index = "ix_article_title_key" if column == "a.title_key" else "ix_article_updated"
            sql = f"SELECT a.id FROM article a INDEXED BY {index} ORDER BY {column}, a.id"
            walk = array("q", ids(conn, sql, ()))
            trashed = frozenset(
                ids(conn, "SELECT id FROM article WHERE deleted_at IS NOT NULL", ())
            )
        with self._lock:
            self._kept[column] = (state, walk, trashed)
        return walk, trashed

    def everything(self, conn, column: str, direction: str) -> list[int]:
        """Every live article, ordered by *column* (then id) in *direction*: the walk."""
        state = tuple(conn.connection.driver_connection.execute(_STATE).fetchone())
        walk, trashed = self._walk(conn, state, column)
        ordered = reversed(walk) if direction == "DESC" else walk
        if not trashed:
            return list(ordered)
        return list(itertools.filterfalse(trashed.__contains__, ordered))

    def matches(self, conn, rows_sql: str, rows_params, column: str, direction: str) -> list[int]:
        """The matching live articles, ordered by *column* (then id) in *direction*. Few
        matches: one covering-index seek each, then a sort. Many: the walk, keeping them."""
        # The state first: a walk read after it is at least as new (at worst, walked again).
        state = tuple(conn.connection.driver_connection.execute(_STATE).fetchone())
        matches = _id_set(conn, rows_sql, tuple(rows_params))
        with self._lock:
            kept = self._kept.get(column)
        # A walk kept from an earlier state is mended, usually for far less than a walk.
        many = MANY_KEPT if kept is not None else MANY
        if len(matches) < many * state[1]:
            if not matches:
                return []
            sql = (
                f"SELECT a.id FROM article a WHERE a.id IN ({rows_sql}) AND a.deleted_at IS NULL "
                f"ORDER BY {column} {direction}, a.id {direction}"
            )
            return ids(conn, sql, tuple(rows_params))
        walk, trashed = self._walk(conn, state, column)
        matches.difference_update(trashed)
        # filter() with the set's own test runs in C: a third faster than a comprehension.
        return list(filter(matches.__contains__, reversed(walk) if direction == "DESC" else walk))


def _mend(conn, kept: tuple, state: tuple, column: str) -> tuple[array, frozenset] | None:
    """The kept walk of an earlier state brought to *state*, or None if walking again is
    wiser (too many articles written, log rows pruned since)."""
    (seq, last_id), walk, trashed = kept
    if state[0] < seq:
        return None  # another store file in its place
    driver = conn.connection.driver_connection
    logged = driver.execute(
        "SELECT article_ids FROM change_log WHERE seq > ? AND seq <= ?", (seq, state[0])
    ).fetchall()
    if len(logged) != state[0] - seq:
        return None
    written = {int(i) for (text,) in logged for i in text.split(",") if i}
    written.update(ids(conn, "SELECT id FROM article WHERE id > ?", (last_id,)))
    if len(written) > MEND_MOST:
        return None
    marks = ",".join("?" * len(written))
    now = {
        r[0]: (r[1], r[2])
        for r in driver.execute(
            f"SELECT id, {column.removeprefix('a.')}, deleted_at FROM article WHERE id IN ({marks})",
            tuple(written),
        )
    }
    walk = _without(walk, written)

    def key(article_id: int) -> tuple:
        value = driver.execute(
            f"SELECT {column.removeprefix('a.')} FROM article WHERE id = ?", (article_id,)
        ).fetchone()[0]
        return value, article_id

    trashed = set(trashed) - written
    for article_id, (value, deleted_at) in now.items():
        # The walk's other articles were not written: their keys are those it was read with.
        try:
            at = bisect.bisect_left(walk, (value, article_id), key=key)
        except TypeError:
            return None  # a key SQLite orders by type (a number among texts): walk again
        walk.insert(at, article_id)
        if deleted_at is not None:
            trashed.add(article_id)
    if tuple(driver.execute(_STATE).fetchone()) != state:
        return None  # written meanwhile: an article moved under the bisection
    return walk, frozenset(trashed)


def _without(walk: array, gone: set[int]) -> array:
    """A copy of *walk* without the ids *gone* (the kept one may be read meanwhile)."""
    raw = walk.tobytes()
    cuts = []
    for article_id in gone:
        needle = array("q", [article_id]).tobytes()
        at = raw.find(needle)
        while at >= 0 and at % walk.itemsize:
            at = raw.find(needle, at + 1)
        if at >= 0:
            cuts.append(at // walk.itemsize)
    out, start = array("q"), 0
    for cut in sorted(cuts):
        out += walk[start:cut]
        start = cut + 1
    out += walk[start:]
    return out
