"""The library's order of a search's matches ("newest first", "by title"), without sorting them.

A query as common as "ha noi" matches half the archive. Sorting 50,000 matches costs a seek per
match into the covering index and a sort; walking the order's own index (``ix_article_updated``
or ``ix_article_title_key``) and keeping the matches costs a step per article. The walk does
not depend on the query, so it is kept, with the trashed ids, until the store changes: every
write appends to ``change_log`` (store/changes.py, AUTOINCREMENT, so its last number only
grows) and a new article takes a new id, so (last change, last id) names the store's state.
Typing on in the search box re-filters the same walk instead of walking again.
"""

from __future__ import annotations

import threading
from array import array

# Matches per article in the store from which walking the library's order beats a seek per
# match and a sort (measured on 100,000 articles: a seek and its share of the sort cost about
# four times a step of the walk). With the walk kept from an earlier query, only a pass over
# it in Python is left: from a far smaller share (MANY_KEPT) on, that beats the seeks.
MANY = 0.25
MANY_KEPT = 0.02
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
        index = "ix_article_title_key" if column == "a.title_key" else "ix_article_updated"
        walk = array(
            "q",
            ids(conn, f"SELECT a.id FROM article a INDEXED BY {index} ORDER BY {column}, a.id", ()),
        )
        trashed = frozenset(ids(conn, "SELECT id FROM article WHERE deleted_at IS NOT NULL", ()))
        with self._lock:
            self._kept[column] = (state, walk, trashed)
        return walk, trashed

    def matches(self, conn, rows_sql: str, rows_params, column: str, direction: str) -> list[int]:
        """The matching live articles, ordered by *column* (then id) in *direction*. Few
        matches: one covering-index seek each, then a sort. Many: the walk, keeping them."""
        # The state first: a walk read after it is at least as new (at worst, walked again).
        state = tuple(conn.connection.driver_connection.execute(_STATE).fetchone())
        matches = ids(conn, rows_sql, tuple(rows_params))
        with self._lock:
            kept = self._kept.get(column)
        many = MANY_KEPT if kept is not None and kept[0] == state else MANY
        if len(matches) < many * state[1]:
            if not matches:
                return []
            sql = (
                f"SELECT a.id FROM article a WHERE a.id IN ({rows_sql}) AND a.deleted_at IS NULL "
                f"ORDER BY {column} {direction}, a.id {direction}"
            )
            return ids(conn, sql, tuple(rows_params))
        walk, trashed = self._walk(conn, state, column)
        keep = set(matches)
        keep.difference_update(trashed)
        return [i for i in (reversed(walk) if direction == "DESC" else walk) if i in keep]
