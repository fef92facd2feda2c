"""The syllable-triple index: every three neighbouring words of an article as one token.

A phrase typed on ("xuất khẩu thị t") is the phrase of its whole words followed by a word
the last one begins. The pair index (search_pairs.py) answers it as ``"xuat_khau khau_thi
thi_t"*``, and FTS5 answers that prefix by merging the lists of every pair beginning with
``thi_t``, positions and all, before it looks at any match: on 1,000,000 synthetic
articles that is 651,750 documents' lists, 40-100 ms, for 780 matches. In ``article_triples``
the same phrase is ``"xuat_khau_thi khau_thi_t"*``: the prefix now begins only the triples
``khau_thi_…``, no more than the articles that hold the pair ``khau_thi`` (6,060 there),
and the merge costs well under a millisecond (search_phrase.py).

The triples are cut from the pair tokens, so they are exact as the pairs are: the triple
of the pairs ``a_b`` and ``b_c`` is ``a_b_c`` (words never hold ``_``), and a triple
beside a pair no query asks for (``search_pairs.GAP``) is that placeholder too, which keeps
the positions of the others. The table is contentless, as the pair index is: removing a
row needs the texts it was given, made again from the folded text ``article_fts`` keeps.
It is written with the pair index by the same writers (``search_index.index_row``,
``index_rows``, ``rebuild_index``), in the same transaction. An autosave's article is cut a sentence at a time, cached, as its
pairs are (``search_pairs.pair_and_triple_text``); the bulk paths cut the triples from the
pairs they make (``triple_text``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection

from lnv_editor.store.search_pairs import COLUMNS, GAP, bulk_pair_text, indexed_batches

TRIPLES_CREATE = (
    "CREATE VIRTUAL TABLE article_triples USING fts5(title, lead, body, byline, captions, "
    "content = '', "
    "tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\")"
)


def triple_text(pairs: str) -> str:
    """The triple tokens of one column, from its pair tokens (``search_pairs.pair_text``)."""
    tokens = pairs.split()
    return " ".join(
        GAP if a == GAP or b == GAP else a + b[b.index("_") :]
        for a, b in zip(tokens, tokens[1:], strict=False)
    )


def triple_phrase(words: Sequence[str], *, prefix_last: bool = False) -> str:
    """The MATCH phrase of ``article_triples`` for three or more query words."""
    triples = " ".join("_".join(words[n : n + 3]) for n in range(len(words) - 2))
    return f'"{triples}"' + ("*" if prefix_last else "")


def of_pairs(rows: Iterable[tuple[int, Iterable[str]]]) -> list[tuple[int, tuple[str, ...]]]:
    """(rowid, its five triple texts) of each (rowid, its five pair texts)."""
    return [(rowid, tuple(map(triple_text, pairs))) for rowid, pairs in rows]


def write_triples(
    conn: Connection,
    old: Iterable[tuple[int, Sequence[str]]],
    new: Iterable[tuple[int, Sequence[str]]],
) -> None:
    """Take the articles *old* out of the index and put *new* in: each (rowid, its five
    triple texts), those the index was (or is to be) given."""
    removed = [(rowid, *texts) for rowid, texts in old]
    added = [(rowid, *texts) for rowid, texts in new]
    if removed:
        conn.exec_driver_sql(
            f"INSERT INTO article_triples (article_triples, rowid, {COLUMNS}) "
            "VALUES ('delete', ?, ?, ?, ?, ?, ?)",
            removed,
        )
    if added:
        conn.exec_driver_sql(
            f"INSERT INTO article_triples (rowid, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)", added
        )


def clear_triples(conn: Connection) -> None:
    conn.exec_driver_sql("INSERT INTO article_triples (article_triples) VALUES ('delete-all')")


def fill_triples(conn: Connection) -> int:
    """Index every article's triples afresh from ``article_fts`` (migration 0018, repairs).
    Returns the number indexed."""
    clear_triples(conn)
    done = 0
    for rows in indexed_batches(conn):
        write_triples(conn, [], of_pairs((r[0], map(bulk_pair_text, r[1:])) for r in rows))
        done += len(rows)
    return done
