"""The title-and-lead index that related-story suggestions rank with.

Suggestions rank stories by bm25 over the title and lead (``{title lead}:``). On
``article_fts`` that costs the document frequency of each of the story's words, which FTS5
counts on every call by reading the word's whole position list, body positions included:
for syllables as common as ``cong`` or ``ha`` that is most of the index. ``article_heads``
holds only the titles and leads, so those lists are a tenth as long.

bm25 also weighs each hit by the length of its whole document against the average length.
So that ``article_heads`` gives exactly the scores ``article_fts`` gave (the same
suggestions, in the same order), its third column holds one placeholder token (``FILL``,
never a query word: queries are made of a-z and 0-9) for every token of the body, byline and
captions: each row, and so the table, has the same number of tokens as in ``article_fts``,
and every article of ``article_fts`` has its row here. A test compares the two bm25s.

The table is contentless: removing a row needs the values it was given, which ``index_row``
has (the folded columns stored in ``article_fts``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy import Connection

from lnv_editor.store.search_pairs import token_count

HEADS_CREATE = (
    "CREATE VIRTUAL TABLE article_heads USING fts5(title, lead, rest, content = '', "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
FILL = "ω"  # a letter to FTS5, never in a query (search_index.terms keeps a-z and 0-9 only)
_BATCH = 5000


@lru_cache(maxsize=64)
def _count(folded: str) -> int:
    # Autosave indexes the old body and the new one: the old one was the new one last time.
    return token_count(folded)


def heads_row(columns: Sequence[str]) -> tuple[str, str, str]:
    """The ``article_heads`` values of an article's five folded ``article_fts`` columns."""
    return heads_values(columns, sum(_count(c) for c in columns[2:]))


def heads_values(columns: Sequence[str], rest: int) -> tuple[str, str, str]:
    """``heads_row`` when the tokens of the body, byline and captions (*rest*) are counted."""
    return columns[0], columns[1], " ".join([FILL] * rest)


def index_heads(
    conn: Connection, article_id: int, old: Sequence[str] | None, new: Sequence[str] | None
) -> None:
    """Replace the article's row: *old* are the five folded columns it was indexed with
    (None if it was not), *new* the columns to index now (None to leave it out)."""
    if old is not None:
        conn.exec_driver_sql(
            "INSERT INTO article_heads (article_heads, rowid, title, lead, rest) "
            "VALUES ('delete', ?, ?, ?, ?)",
            (article_id, *heads_row(old)),
        )
    if new is not None:
        conn.exec_driver_sql(
            "INSERT INTO article_heads (rowid, title, lead, rest) VALUES (?, ?, ?, ?)",
            (article_id, *heads_row(new)),
        )


def rebuild_heads(conn: Connection) -> int:
    """Index every article's title and lead again from ``article_fts`` (migration, repairs),
    a batch at a time (a million articles do not fit in memory at once)."""
    conn.exec_driver_sql("INSERT INTO article_heads (article_heads) VALUES ('delete-all')")
    count, last = 0, -1
    while True:
        rows = conn.exec_driver_sql(
            "SELECT rowid, title, lead, body, byline, captions FROM article_fts "
            f"WHERE rowid > ? ORDER BY rowid LIMIT {_BATCH}",
            (last,),
        ).all()
        if not rows:
            return count
        conn.exec_driver_sql(
            "INSERT INTO article_heads (rowid, title, lead, rest) VALUES (?, ?, ?, ?)",
            [(r[0], *heads_row(r[1:])) for r in rows],
        )
        count += len(rows)
        last = rows[-1][0]
