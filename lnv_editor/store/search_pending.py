"""Autosaves index the search later; searches never see it.

Indexing an article costs in proportion to its length, whatever was typed: FTS5 takes the
old row out and puts the new one in, token by token, in each of the three indexes (words,
syllable pairs, titles and leads), and writes a segment of the whole article at commit. For
a 20,000-word article that is about 50 ms of CPU, every autosave (twice a second while a
reporter types), on a laptop with two cores that also draws the keys being typed
(benchmarks/bench_typing_echo.py --trace showed the slow keys overlapping those saves).

So an autosave writes the text, in its one transaction as before, and notes the article in
``search_pending`` instead of indexing it. The index catches up:

- before any search reads it (``CaughtUpSearch``, the repository's ``search``): a search,
  the library filtered by one, or related-story suggestions never see an index behind the
  text, in this process or another;
- when typing pauses (the autosaver asks, on its own worker);
- at any save that is not an autosave (Ctrl+S, a restore, an import …), which indexes;
- at an autosave of an article behind for more than ``MAX_BEHIND_S``, which indexes.

The note is written in the save's transaction, so a kill between a save and its catch-up
leaves the note, and the next search indexes the article. The catch-up is its own
transaction, announcing ``Part.INDEX``: no text changed, nothing is marked for upload, and
the window's panels have nothing to redraw.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from lnv_editor.store.changes import ChangeFeed, Part
from lnv_editor.store.search import SearchResult, SearchService
from lnv_editor.store.search_index import index_row, parse_query

log = logging.getLogger(__name__)

MAX_BEHIND_S = 30.0  # typing without a pause still indexes at least this often


def defer(conn: Connection, article_id: int, now: float) -> bool:
    """In an autosave's transaction: note *article_id*'s index as behind. False when the
    caller must index now instead (behind since more than ``MAX_BEHIND_S``)."""
    since = conn.exec_driver_sql(
        "SELECT since FROM search_pending WHERE article_id = ?", (article_id,)
    ).scalar()
    if since is None:
        conn.exec_driver_sql(
            "INSERT INTO search_pending (article_id, since) VALUES (?, ?)", (article_id, now)
        )
        return True
    return now - since <= MAX_BEHIND_S


def indexed(conn: Connection, article_id: int) -> None:
    """In the transaction that indexed *article_id*: its index is level with its text."""
    conn.exec_driver_sql("DELETE FROM search_pending WHERE article_id = ?", (article_id,))


def pending(conn: Connection) -> list[int]:
    """The articles whose index is behind, oldest note first."""
    rows = conn.exec_driver_sql("SELECT article_id FROM search_pending ORDER BY since, article_id")
    return [r[0] for r in rows]


class IndexCatchUp:
    """Brings the index level with the saved text: ``catch_up()`` returns how many articles
    it indexed. Cheap when nothing is behind (one read of an empty table)."""

    def __init__(self, writes: ChangeFeed) -> None:
        self.writes = writes

    def __call__(self) -> int:
        with self.writes.reading() as conn:
            if conn.exec_driver_sql("SELECT 1 FROM search_pending LIMIT 1").first() is None:
                return 0
        try:
            with self.writes.transaction() as tx:
                ids = pending(tx.conn)  # again, inside the write: another process may have
                for article_id in ids:  # caught up meanwhile
                    index_row(tx.conn, article_id)
                    indexed(tx.conn, article_id)
                    tx.touch(article_id, Part.INDEX)
        except OperationalError as exc:
            # A store opened read-only, or a write lock held past the timeout: the search
            # runs on the index as it is (the articles stay noted for the next try).
            log.warning("search index not brought up to date: %s", exc)
            return 0
        return len(ids)


class CaughtUpSearch(SearchService):
    """``SearchService`` whose every query first brings the index level with the text."""

    def __init__(self, engine, writes: ChangeFeed) -> None:
        super().__init__(engine)
        self.catch_up = IndexCatchUp(writes)

    def search(self, query: str, **kwargs):
        if parse_query(query).segments:
            self.catch_up()
        return super().search(query, **kwargs)

    def matching_ids(self, query: str, **kwargs) -> SearchResult:
        if parse_query(query).segments:  # else the library's order alone, no index read
            self.catch_up()
        return super().matching_ids(query, **kwargs)

    def suggest_related(self, article_id: int, **kwargs) -> list[tuple[int, float]]:
        self.catch_up()
        return super().suggest_related(article_id, **kwargs)
