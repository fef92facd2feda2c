"""The full-text index (SQLite FTS5) and a query builder that any user text is safe in.

The index holds *folded* text (``core.vietnamese.fold``: no diacritics, đ → d, casefolded),
so "ha noi", "Hà Nội", NFD "Hà Nội" and "HÀ NỘI" are one query, and "dong ky" finds
"Đồng Kỵ" (SQLite's own ``remove_diacritics 2`` does not fold đ). The repository updates a
row in the same transaction as every write to its article or its captions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection

from lnv_editor.core.vietnamese import fold, nfc
from lnv_editor.store.search_heads import index_heads, rebuild_heads
from lnv_editor.store.search_pairs import column_texts, index_pairs, rebuild_pairs
from lnv_editor.store.search_triples import fill_triples, of_pairs, write_triples
from lnv_editor.store.search_words import (
    change_counts,
    count_words,
    fill_pair_overlaps,
    fill_pair_words,
    fill_words,
)

# bm25 weights: title, lead, body, byline, captions.
WEIGHTS = (10.0, 4.0, 1.0, 2.0, 1.5)
_TOKEN = re.compile(r"[0-9a-z]+")
MAX_TERMS = 12


def terms(query: str) -> list[str]:
    """The words of *query* as the index sees them; everything else (quotes, operators,
    column filters, NUL, emoji) is dropped, so no user text can change the query's shape."""
    return _TOKEN.findall(fold(query))[:MAX_TERMS]


# How the words of a several-word query were matched: as typed, in a row (a Vietnamese word
# is several syllables: "đồng kỵ"), or, when no article has that phrase, each word anywhere.
PHRASE = "phrase"
ALL_WORDS = "all-words"
# A quoted phrase (the closing quote may be missing while typing), a word to leave out, a word.
_PIECE = re.compile(r'"([^"]*)"?|(?<!\S)-([^\s"]+)|([^\s"]+)')
_RAW_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Segment:
    """Words that belong together: one quoted phrase, or a run of unquoted words.
    ``typed`` holds each word as typed (lower case, NFC): the diacritics that rank exact
    matches first; ``words`` holds them folded, as the index sees them."""

    words: tuple[str, ...]
    typed: tuple[str, ...]
    quoted: bool


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    segments: tuple[Segment, ...]
    excluded: tuple[str, ...]

    @property
    def words(self) -> list[str]:
        return [w for s in self.segments for w in s.words]

    @property
    def phrase_first(self) -> bool:
        """Whether phrase and all-words matching differ: some unquoted run has 2+ words."""
        return any(not s.quoted and len(s.words) > 1 for s in self.segments)


def _split(text: str) -> tuple[list[str], list[str]]:
    words, typed = [], []
    for raw in _RAW_WORD.findall(nfc(text).lower()):
        pieces = _TOKEN.findall(fold(raw))
        words += pieces
        # A word that folds to several index words (rare symbols) keeps no diacritics to rank by.
        typed += [raw] if len(pieces) == 1 else pieces
    return words, typed


def parse_query(query: str) -> ParsedQuery:
    """The query's phrases (quoted, or runs of unquoted words) and its ``-excluded`` words,
    folded; at most MAX_TERMS words in all, and nothing else survives (no FTS syntax)."""
    segments: list[Segment] = []
    excluded: list[str] = []
    run_words: list[str] = []
    run_typed: list[str] = []
    budget = MAX_TERMS

    def close_run() -> None:
        if run_words:
            segments.append(Segment(tuple(run_words), tuple(run_typed), False))
            run_words.clear()
            run_typed.clear()

    for quoted, minus, word in _PIECE.findall(query):
        words, typed = _split(quoted or minus or word)
        words, typed = words[:budget], typed[:budget]
        budget -= len(words)
        if not words:
            continue
        if minus:
            excluded += words
        elif word:
            run_words += words
            run_typed += typed
        else:
            close_run()
            segments.append(Segment(tuple(words), tuple(typed), True))
    close_run()
    return ParsedQuery(tuple(segments), tuple(excluded))


def build_match(
    query: str | ParsedQuery, *, prefix_last: bool = True, phrase: bool = False
) -> str | None:
    """An FTS5 MATCH expression: every word must appear (AND), quoted phrases in a row, and
    with *phrase* each run of unquoted words in a row too; ``-word`` must not appear. The last
    word may be a prefix, for search-as-you-type (not after a closing quote). None when the
    query has no word to look for. Words are quoted, so nothing in them is FTS syntax."""
    parsed = parse_query(query) if isinstance(query, str) else query
    if not parsed.segments:
        return None
    parts = []
    for segment in parsed.segments:
        if segment.quoted or phrase:
            parts.append('"' + " ".join(segment.words) + '"')
        else:
            parts += [f'"{w}"' for w in segment.words]
    if prefix_last and not parsed.segments[-1].quoted:
        parts[-1] += "*"
    return " ".join(parts) + "".join(f' NOT "{w}"' for w in parsed.excluded)


def _captions(conn: Connection, article_id: int) -> str:
    rows = conn.exec_driver_sql(
        "SELECT caption, credit, alt FROM photo WHERE article_id = ? AND NOT removed ORDER BY position",
        (article_id,),
    ).all()
    return "\n".join(" ".join(r) for r in rows)


@lru_cache(maxsize=4096)
def _fold_line(line: str) -> str:
    if _NOT_SIMPLE.search(line) is None:
        return " ".join(line.translate(_simple_folds()).split())
    return fold(line)


# Letters (Latin, Vietnamese), their punctuation and spaces: what nearly every story is made
# of. In these ``fold`` works character by character (no mark is left to compose with a
# neighbour once the marks are gone), so a table of each character's fold, applied by
# ``str.translate`` in C, gives exactly what ``fold`` gives, several times faster.
_SIMPLE_RANGES = ((0x0, 0x250), (0x1E00, 0x1F00), (0x2000, 0x2070))
_NOT_SIMPLE = re.compile(
    "[^" + "".join(f"\\U{a:08x}-\\U{b - 1:08x}" for a, b in _SIMPLE_RANGES) + "]"
)
_char_folds: dict[int, str] = {}


def _simple_folds() -> dict[int, str]:
    """Code point -> ``fold`` of that character alone ("\n" and other spaces stay), for
    every character of the simple ranges (built once, on first use)."""
    if not _char_folds:
        table = {}
        for start, end in _SIMPLE_RANGES:
            for code in range(start, end):
                ch = chr(code)
                table[code] = ch if ch.isspace() else fold(ch)
        _char_folds.update(table)
    return _char_folds


def fold_text(text: str) -> str:
    """``fold`` line by line (the lines joined by a space). Each autosave re-indexes the whole
    body but only the paragraph being typed has changed, so lines are cached: folding a
    20,000-word body at once held the interpreter for about 8 ms of the save thread, which
    the keys typed meanwhile waited for. A line of plain letters is folded by a table (tests
    compare both ways on every such character)."""
    return " ".join(_fold_line(line) for line in text.split("\n"))


def index_row(conn: Connection, article_id: int) -> None:
    """Index the article again, in every table: ``article_fts``, its syllable pairs, its
    titles and leads (``article_heads``) and the counts of its words and pairs
    (``article_words``, ``article_pair_words``)."""
    row = conn.exec_driver_sql(
        "SELECT title, lead, body, byline FROM article WHERE id = ?", (article_id,)
    ).one_or_none()
    old = conn.exec_driver_sql(
        "SELECT title, lead, body, byline, captions FROM article_fts WHERE rowid = ?",
        (article_id,),
    ).one_or_none()
    new = None
    if row is not None:
        new = (*(fold_text(v) for v in row), fold(_captions(conn, article_id)))
    if old is not None and tuple(old) == new:
        return  # nothing searchable changed (a status change, a save of the same words)
    conn.exec_driver_sql("DELETE FROM article_fts WHERE rowid = ?", (article_id,))
    old = None if old is None else tuple(old)
    old_pairs, old_triples = (None, None) if old is None else column_texts(old)
    new_pairs, new_triples = (None, None) if new is None else column_texts(new)
    index_pairs(conn, article_id, old_pairs, new_pairs)
    write_triples(
        conn,
        [] if old is None else [(article_id, old_triples)],
        [] if new is None else [(article_id, new_triples)],
    )
    index_heads(conn, article_id, old, new)
    count_words(conn, old, new, old_pairs, new_pairs)
    if new is not None:
        conn.exec_driver_sql(
            "INSERT INTO article_fts (rowid, title, lead, body, byline, captions) "
            "VALUES (?,?,?,?,?,?)",
            (article_id, *new),
        )


def rebuild_index(conn: Connection, *, pairs: bool = True) -> int:
    """Index every article again (migrations, repairs). Returns the number indexed.
    *pairs*: the pair, title-and-lead and word-count tables too (False for the migrations
    made before they existed)."""
    count = _rebuild_words(conn)
    if pairs:
        rebuild_pairs(conn)
        fill_triples(conn)
        rebuild_heads(conn)
        fill_words(conn)
        fill_pair_words(conn)
        fill_pair_overlaps(conn)
    return count


def _rebuild_words(conn: Connection) -> int:
    conn.exec_driver_sql("DELETE FROM article_fts")
    captions: dict[int, list[str]] = {}
    for article_id, caption, credit, alt in conn.exec_driver_sql(
        "SELECT article_id, caption, credit, alt FROM photo WHERE NOT removed ORDER BY article_id, position"
    ).all():
        captions.setdefault(article_id, []).append(f"{caption} {credit} {alt}")
    rows = conn.exec_driver_sql("SELECT id, title, lead, body, byline FROM article").all()
    batch = [
        (
            article_id,
            fold(title),
            fold(lead),
            fold(body),
            fold(byline),
            fold("\n".join(captions.get(article_id, []))),
        )
        for article_id, title, lead, body, byline in rows
    ]
    if batch:
        conn.exec_driver_sql(
            "INSERT INTO article_fts (rowid, title, lead, body, byline, captions) VALUES (?,?,?,?,?,?)",
            batch,
        )
    return len(batch)


def index_rows(conn: Connection, article_ids: list[int]) -> None:
    """``index_row`` for many articles at once (a sync bringing in a newsroom's articles),
    in a few statements per 500 articles."""
    from lnv_editor.store.search_heads import heads_row, heads_values
    from lnv_editor.store.search_pairs import COLUMNS, pairs_and_count

    ids = list(dict.fromkeys(article_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        old = {
            r[0]: tuple(r[1:])
            for r in conn.exec_driver_sql(
                "SELECT rowid, title, lead, body, byline, captions FROM article_fts "
                f"WHERE rowid IN ({marks})",
                tuple(chunk),
            )
        }
        old_texts = {rowid: column_texts(cols) for rowid, cols in old.items()}
        old_pairs = {rowid: texts[0] for rowid, texts in old_texts.items()}
        if old:
            # Taken out of both tables first, then indexed as new rows below.
            conn.exec_driver_sql(
                f"INSERT INTO article_pairs (article_pairs, rowid, {COLUMNS}) "
                "VALUES ('delete', ?, ?, ?, ?, ?, ?)",
                [(rowid, *pairs) for rowid, pairs in old_pairs.items()],
            )
            write_triples(conn, [(rowid, t[1]) for rowid, t in old_texts.items()], [])
            conn.exec_driver_sql(
                "INSERT INTO article_heads (article_heads, rowid, title, lead, rest) "
                "VALUES ('delete', ?, ?, ?, ?)",
                [(rowid, *heads_row(cols)) for rowid, cols in old.items()],
            )
            conn.exec_driver_sql(
                f"DELETE FROM article_fts WHERE rowid IN ({','.join('?' * len(old))})",
                tuple(old),
            )
        new = chunk
        marks = ",".join("?" * len(new))
        captions: dict[int, list[str]] = {}
        for article_id, caption, credit, alt in conn.exec_driver_sql(
            "SELECT article_id, caption, credit, alt FROM photo WHERE NOT removed AND "
            f"article_id IN ({marks}) ORDER BY article_id, position",
            tuple(new),
        ):
            captions.setdefault(article_id, []).append(f"{caption} {credit} {alt}")
        rows = [
            (
                article_id,
                *(fold_text(v) for v in (title, lead, body, byline)),
                fold("\n".join(captions.get(article_id, []))),
            )
            for article_id, title, lead, body, byline in conn.exec_driver_sql(
                f"SELECT id, title, lead, body, byline FROM article WHERE id IN ({marks})",
                tuple(new),
            )
        ]
        pairs, heads = [], []
        for r in rows:
            counted = [pairs_and_count(c) for c in r[1:]]
            pairs.append((r[0], *(p for p, _ in counted)))
            heads.append((r[0], *heads_values(r[1:], sum(n for _, n in counted[2:]))))
        indexed = {r[0]: r[1:] for r in rows}
        new_pairs = {p[0]: p[1:] for p in pairs}
        change_counts(
            conn,
            [(old.get(i), indexed.get(i)) for i in chunk],
            [(old_pairs.get(i), new_pairs.get(i)) for i in chunk],
        )
        if not rows:
            continue
        conn.exec_driver_sql(
            "INSERT INTO article_fts (rowid, title, lead, body, byline, captions) "
            "VALUES (?,?,?,?,?,?)",
            rows,
        )
        conn.exec_driver_sql(
            f"INSERT INTO article_pairs (rowid, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)", pairs
        )
        write_triples(conn, [], of_pairs(new_pairs.items()))
        conn.exec_driver_sql(
            "INSERT INTO article_heads (rowid, title, lead, rest) VALUES (?, ?, ?, ?)", heads
        )
