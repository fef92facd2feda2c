"""How many articles hold each word of ``article_fts``: the document counts bm25 needs.

bm25 weighs each query word by its rarity (its IDF), from the number of rows of
``article_fts`` that hold it. FTS5 counts that on every query by reading the word's whole
list of documents and positions (``fts5Bm25GetData`` → ``xQueryPhrase``): for syllables as
common as ``cong`` or ``ha`` that is a large part of the index, 2-4 ms each on 100,000
articles and ten times that on 1,000,000, whatever the window ranked. ``article_words``
keeps the count instead (search_bm25.py ranks with it, exactly as FTS5 does).

The count is exact, not an estimate: it is changed in the same transaction as
``article_fts`` by every writer of the index (``search_index.index_row``, ``index_rows``,
``rebuild_index``), and only for the words whose presence in the article changed: the
words of the old indexed text that the new text lacks lose one, the new text's words that
the old one lacked gain one. The words are cut by ``search_pairs.tokens``, the tokenizer's
mirror (a property test compares the two), so they are FTS5's own terms. A word no article
holds any more has no row. ``fill_words`` counts every word afresh from FTS5's own
vocabulary (``fts5vocab`` 'row': the number of rows holding each term), for the migration
and repairs; tests compare the kept table with it after every kind of write.

``article_pair_words`` keeps the same for the tokens of the pair index (``article_pairs``,
search_pairs.py), kept by the same writers in the same way: a typed phrase whose last word
is a prefix ("xuất k", ``xuat_k*``) is asked as the OR of the pairs it begins, and ranked
from their counts (search_phrase.py).

``article_pair_overlaps`` answers the same for a prefix of a pair ("bat_t": the articles
holding any pair that begins so), which FTS5 would count by merging the lists of every
such pair (35-65 ms for ``bat_t*`` on 1,000,000 articles). Summing the counts of the pairs
it begins (``article_pair_words``) counts an article once per such pair it holds; this
table keeps, for each prefix, how many times too many (``search_pairs.overlaps``: an
article's pairs sorted, each sharing the prefix with the one before it), so the prefix's
count is the sum less that. Few articles hold several pairs of one prefix, so it is small
and cheap to keep: by the same writers, from the same pair texts, in the same transaction.
``fill_pair_overlaps`` reads every article; tests compare the counts it gives with those
made from the pair index's own tokens (``fts5vocab`` 'instance').
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy import Connection

from lnv_editor.store.search_pairs import bulk_pair_text, indexed_batches, overlaps, token_set

WORDS_CREATE = (
    "CREATE TABLE article_words (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID"
)
PAIR_WORDS_CREATE = (
    "CREATE TABLE article_pair_words (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID"
)
FILL_HELD = 1_000_000  # prefixes counted in memory before they are added to the table
PAIR_OVERLAPS_CREATE = (
    "CREATE TABLE article_pair_overlaps (term TEXT PRIMARY KEY, extra INTEGER NOT NULL) "
    "WITHOUT ROWID"
)


def word_set(columns: Sequence[str] | None) -> frozenset[str]:
    """The distinct FTS5 terms of an article's five folded columns (none for None)."""
    if columns is None:
        return frozenset()
    return frozenset().union(*map(token_set, columns))


def overlap_counts(pairs: Sequence[str] | None) -> Counter[str]:
    """``search_pairs.overlaps`` of an article's five pair texts, counted (none for None).
    The last few are remembered: a save's old texts are the last save's new ones."""
    if pairs is None:
        return Counter()
    return _overlap_counts(tuple(pairs))


@lru_cache(maxsize=4)
def _overlap_counts(pairs: tuple[str, ...]) -> Counter[str]:
    return Counter(overlaps(t for text in pairs for t in text.split()))


def pair_set(pairs: Sequence[str] | None) -> frozenset[str]:
    """The distinct tokens of ``article_pairs`` in an article's five pair texts
    (``search_pairs.pair_text`` of its columns; none for None)."""
    if pairs is None:
        return frozenset()
    return frozenset().union(*(text.split() for text in pairs))


Columns = Sequence[str] | None


def count_words(
    conn: Connection, old: Columns, new: Columns, old_pairs: Columns, new_pairs: Columns
) -> None:
    """Keep the counts as an article goes from *old* (the five folded columns it was indexed
    with, None if it was not) to *new* (None: taken out of the index); *old_pairs* and
    *new_pairs* are their pair texts, as the pair index was given them."""
    change_counts(conn, [(old, new)], [(old_pairs, new_pairs)])


def change_counts(
    conn: Connection,
    changes: Sequence[tuple[Columns, Columns]],
    pair_changes: Sequence[tuple[Columns, Columns]],
) -> None:
    """``count_words`` for many articles at once (bulk indexing): the words' counts from
    *changes* (old and new columns), the pairs' and their prefixes' overlaps from
    *pair_changes* (their pair texts)."""
    _apply(conn, "article_words", _delta(changes, word_set))
    _apply(conn, "article_pair_words", _delta(pair_changes, pair_set))
    overlap = Counter()
    for old, new in pair_changes:
        overlap.update(overlap_counts(new))
        overlap.subtract(overlap_counts(old))
    _apply(conn, "article_pair_overlaps", [(p, n) for p, n in overlap.items() if n], "extra")


def _delta(changes, terms_of) -> list[tuple[str, int]]:
    """How many more (or fewer) articles hold each term, after *changes*."""
    delta: dict[str, int] = {}
    for old, new in changes:
        before, after = terms_of(old), terms_of(new)
        for term in after - before:
            delta[term] = delta.get(term, 0) + 1
        for term in before - after:
            delta[term] = delta.get(term, 0) - 1
    return [(term, n) for term, n in delta.items() if n]


def _apply(
    conn: Connection, table: str, changed: list[tuple[str, int]], column: str = "docs"
) -> None:
    """Add each (term, change) of *changed* to *table*'s count *column*; a count that
    falls to 0 takes its row with it."""
    if not changed:
        return
    conn.exec_driver_sql(
        f"INSERT INTO {table} (term, {column}) VALUES (?, ?) "
        f"ON CONFLICT (term) DO UPDATE SET {column} = {column} + excluded.{column}",
        changed,
    )
    gone = [(term,) for term, n in changed if n < 0]
    if gone:
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE term = ? AND {column} <= 0", gone)


def fill_words(conn: Connection) -> int:
    """Count every word of ``article_fts`` afresh from FTS5's vocabulary (migration,
    repairs). Returns the number of distinct words."""
    return _fill(conn, "article_words", "article_fts")


def fill_pair_words(conn: Connection) -> int:
    """The same for the tokens of ``article_pairs``, into ``article_pair_words``."""
    return _fill(conn, "article_pair_words", "article_pairs")


def fill_pair_overlaps(conn: Connection) -> int:
    """Count every pair prefix's overlaps afresh (migration 0019, repairs), from every
    article's columns read from ``article_fts``; a large archive's added to the table in
    parts. Returns the number of prefixes with any."""
    conn.exec_driver_sql("DELETE FROM article_pair_overlaps")
    counted: Counter[str] = Counter()
    for rows in indexed_batches(conn):
        for row in rows:
            counted.update(overlaps(t for c in row[1:] for t in bulk_pair_text(c).split()))
        if len(counted) > FILL_HELD:  # memory freed
            _apply(conn, "article_pair_overlaps", list(counted.items()), "extra")
            counted.clear()
    _apply(conn, "article_pair_overlaps", list(counted.items()), "extra")
    return conn.exec_driver_sql("SELECT count(*) FROM article_pair_overlaps").scalar_one()


def prefix_docs(conn: Connection, prefix: str, pairs: Sequence[tuple[str, int]]) -> int:
    """How many articles hold a pair beginning with *prefix* (``a_`` + letters of ``b``),
    given every pair it begins with its count (*pairs*): their sum less the overlaps."""
    extra = conn.exec_driver_sql(
        "SELECT extra FROM article_pair_overlaps WHERE term = ?", (prefix,)
    ).scalar()
    return sum(docs for _, docs in pairs) - (extra or 0)


def _fill(conn: Connection, table: str, index: str) -> int:
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{index}_rows USING fts5vocab(main, {index}, row)"
    )
    conn.exec_driver_sql(f"DELETE FROM {table}")
    conn.exec_driver_sql(
        f"INSERT INTO {table} (term, docs) SELECT term, doc FROM temp.{index}_rows"
    )
    conn.exec_driver_sql(f"DROP TABLE temp.{index}_rows")
    return conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()


def has_longer(conn: Connection, prefix: str) -> bool:
    """Whether some word of the index begins with *prefix* (a-z, 0-9) and is longer: if
    none does, a look for the prefix finds only what the whole word finds. A range of the
    table's key (terms sort as FTS5 matches prefixes: by their UTF-8 bytes)."""
    return (
        conn.exec_driver_sql(
            "SELECT 1 FROM article_words WHERE term > ? AND term < ? LIMIT 1", prefix_range(prefix)
        ).first()
        is not None
    )


def prefix_range(prefix: str) -> tuple[str, str]:
    """(*prefix*, the first text after every text it begins): the terms a prefix begins are
    those ``>=`` the first and ``<`` the second, a range of the kept tables' key (terms sort
    by their UTF-8 bytes, as FTS5 matches a prefix)."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)
