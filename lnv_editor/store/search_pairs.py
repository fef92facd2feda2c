"""The syllable-pair index: every two neighbouring words of an article as one token.

A Vietnamese word is usually two syllables ("đồng kỵ", "khuyến công"), and the search box
matches several syllables as a phrase first. FTS5 answers a phrase by reading the position
lists of each syllable and checking them side by side; for syllables as common as "cong"
or "ho" that is most of the index, even when no article has the phrase. Here the pair
"dong ky" is the single token ``dong_ky`` (of ``article_pairs``), whose document list is
short: whether an article has the phrase "w1 w2 … wk" is whether it has the tokens
``w1_w2 w2_w3 …`` in a row.

That is exact, not an approximation, because the pairs are cut from the very tokens FTS5
makes of the folded text (``tokens`` mirrors the ``unicode61 remove_diacritics 2``
tokenizer, asking SQLite itself about every non-ASCII character it meets), each column has
its own pairs (as a phrase never spans two columns), and a pair a query could never ask for
(a word with a letter outside a-z, 0-9) is the placeholder ``_``, which keeps the positions
of the others. (The second word of a pair is kept whatever its letters: a prefix typed in
a-z may begin it.) The columns are those of ``article_fts``, so bm25 weighs a phrase in the
title as it weighs a word there.

The table is contentless (the text is in ``article_fts`` already), so removing a row
needs the pairs it was given: ``pair_text`` of the folded text stored in ``article_fts``
(a change to ``pair_text`` needs a migration that rebuilds the table).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from sqlalchemy import Connection

PAIRS_CREATE = (
    "CREATE VIRTUAL TABLE article_pairs USING fts5(title, lead, body, byline, captions, "
    "content = '', "
    "tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\")"
)
GAP = "_"  # a position no query asks for: a pair whose first word has other letters
COLUMNS = "title, lead, body, byline, captions"
_ASCII_WORD = re.compile(r"[0-9a-z]+")
_ASCII_TOKENS = re.compile(r"[0-9A-Za-z]+")


class _CharTable:
    """What unicode61 (remove_diacritics 2) makes of one character: None for a separator,
    else what it adds to a token (folded; "" for a mark it drops). Asked of SQLite once
    per character."""

    def __init__(self) -> None:
        self._known: dict[str, str | None] = {}
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _ask(self, ch: str) -> str | None:
        if self._db is None:
            db = sqlite3.connect(":memory:", check_same_thread=False)
            db.execute(
                "CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2')"
            )
            db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
            self._db = db
        db = self._db
        db.execute("DELETE FROM t")
        # Between two ASCII letters: a token character joins them into one token.
        db.execute("INSERT INTO t (rowid, a) VALUES (1, ?)", (f"q{ch}q",))
        terms = [r[0] for r in db.execute("SELECT term FROM v ORDER BY offset")]
        return terms[0][1:-1] if len(terms) == 1 else None

    def __getitem__(self, ch: str) -> str | None:
        try:
            return self._known[ch]
        except KeyError:
            pass
        with self._lock:
            if ch not in self._known:
                try:
                    self._known[ch] = self._ask(ch)
                except (sqlite3.Error, UnicodeEncodeError):
                    self._known[ch] = None  # a lone surrogate: never stored as text
            return self._known[ch]


_CHARS = _CharTable()


def tokens(folded: str) -> list[str]:
    """The words FTS5 makes of *folded* text, in order (``article_fts``'s tokenizer)."""
    if folded.isascii():
        return [t.lower() for t in _ASCII_TOKENS.findall(folded)]
    out: list[str] = []
    word: list[str] = []
    for ch in folded:
        if ch.isascii():
            mapped = ch.lower() if ch.isalnum() else None
        else:
            mapped = _CHARS[ch]
        if mapped is not None:
            word.append(mapped)
        elif word:
            out.append("".join(word))
            word.clear()
    if word:
        out.append("".join(word))
    return [w for w in out if w]


def _words(folded: str) -> tuple[list[str], bool]:
    """``tokens(folded)``, faster, and whether they are all ASCII: non-ASCII characters that
    only separate words (the usual ones: quotes, dashes, ellipses) become spaces, so the
    usual text takes the ASCII path."""
    if not folded.isascii():
        others = {ch for ch in set(folded) if not ch.isascii()}
        if any(_CHARS[ch] is not None for ch in others):
            return tokens(folded), False
        folded = folded.translate(dict.fromkeys(map(ord, others), " "))
    return _ASCII_TOKENS.findall(folded.lower()), True


def separators_only(chars: Iterable[str]) -> bool:
    """Whether every one of *chars* only separates words for FTS5 (adds nothing to one)."""
    return all(_CHARS[ch] is None for ch in chars if not ch.isascii())


@lru_cache(maxsize=16384)
def _sentence_set(text: str) -> frozenset[str]:
    return frozenset(_words(text)[0])


def token_set(folded: str) -> frozenset[str]:
    """``frozenset(tokens(folded))``: an autosave's body a sentence at a time, cached (". "
    separates words wherever it is, so the sentences' words are the text's)."""
    if len(folded) < 2000:
        return frozenset(_words(folded)[0])
    return frozenset().union(*map(_sentence_set, folded.split(". ")))


def _pair(a: str, b: str) -> str:
    return f"{a}_{b}" if _ASCII_WORD.fullmatch(a) else GAP


def _pairs_of(words: list[str], ascii_only: bool) -> str:
    if ascii_only:  # every word is [0-9a-z]+: each pair is kept
        return " ".join(map("_".join, zip(words, words[1:], strict=False)))
    return " ".join(_pair(a, b) for a, b in zip(words, words[1:], strict=False))


def _triple(a: str, b: str, c: str) -> str:
    return f"{a}_{b}_{c}" if _ASCII_WORD.fullmatch(a) and _ASCII_WORD.fullmatch(b) else GAP


def _triples_of(words: list[str], ascii_only: bool) -> str:
    triples = zip(words, words[1:], words[2:], strict=False)
    if ascii_only:
        return " ".join(map("_".join, triples))
    return " ".join(_triple(*t) for t in triples)


@lru_cache(maxsize=16384)
def _sentence(text: str) -> tuple[int, tuple[str, ...], tuple[str, ...], str, str]:
    """(token count, first two tokens, last two, pair tokens, triple tokens) of one
    sentence of folded text."""
    words, ascii_only = _words(text)
    if not words:
        return 0, (), (), "", ""
    return (
        len(words),
        tuple(words[:2]),
        tuple(words[-2:]),
        _pairs_of(words, ascii_only),
        _triples_of(words, ascii_only),
    )


def _sentences(folded: str) -> list[tuple[int, tuple[str, ...], tuple[str, ...], str, str]]:
    # ". " separates words wherever it is, so the sentences' tokens in a row are the text's.
    # An autosave indexes the old body and the new one, which differ in one sentence or two:
    # the others come from the cache, and the per-character work is done once per sentence.
    return [_sentence(text) for text in folded.split(". ")]


def token_count(folded: str) -> int:
    """``len(tokens(folded))``."""
    if len(folded) < 2000:
        return len(_words(folded)[0])
    return sum(s[0] for s in _sentences(folded))


def pair_text(folded: str) -> str:
    """The pair tokens of one folded column (an autosave's: a sentence at a time, cached)."""
    return _joined(folded, triples=False)[0]


def pair_and_triple_text(folded: str) -> tuple[str, str]:
    """``pair_text(folded)`` and the column's triple tokens (``search_triples.triple_text``
    of those pairs), a sentence at a time, cached."""
    return _joined(folded, triples=True)


def _joined(folded: str, *, triples: bool) -> tuple[str, str]:
    pairs: list[str] = []
    threes: list[str] = []
    tail: tuple[str, ...] = ()  # the last two tokens so far
    for count, head, end, inner, inner_threes in _sentences(folded):
        if not count:
            continue
        if tail:
            pairs.append(_pair(tail[-1], head[0]))
            if triples:  # the triples across the ". ": they begin in the tail
                around = tail + head
                threes += [
                    _triple(*around[i : i + 3])
                    for i in range(len(tail) - 2, len(tail))
                    if i >= 0 and i + 3 <= len(around)
                ]
        if inner:
            pairs.append(inner)
        if inner_threes and triples:
            threes.append(inner_threes)
        tail = end if count > 1 else (tail + head)[-2:]
    return " ".join(pairs), " ".join(threes)


def overlaps(pairs: Iterable[str]) -> list[str]:
    """The prefixes ``a_`` + 1 letter or more of ``b`` that two or more of an article's
    pairs ``a_b`` begin, each once for every such pair past the first: how many times too
    many the article is counted under a prefix when its pairs' counts are summed. *pairs*:
    the article's pair tokens. Sorted, the pairs a prefix begins are side by side, so each
    pair is compared with the one before it."""
    ordered = sorted(set(pairs))
    out = []
    for before, pair in zip(ordered, ordered[1:], strict=False):
        cut = before.find("_") + 1
        if cut < 2 or not pair.startswith(before[:cut]):
            continue
        end = cut + 1
        while end <= len(before) and end <= len(pair) and before[end - 1] == pair[end - 1]:
            out.append(before[:end])
            end += 1
    return out


def pairs_and_count(folded: str) -> tuple[str, int]:
    """``pair_text(folded)`` and ``token_count(folded)`` from one reading of the words, not
    cached (bulk indexing: each text is new)."""
    words, ascii_only = _words(folded)
    return _pairs_of(words, ascii_only), len(words)


def pair_phrase(words: Iterable[str], *, prefix_last: bool = False) -> str:
    """The MATCH phrase of ``article_pairs`` for two or more query words."""
    words = list(words)
    pairs = " ".join(f"{a}_{b}" for a, b in zip(words, words[1:], strict=False))
    return f'"{pairs}"' + ("*" if prefix_last else "")


Texts = tuple[Sequence[str], Sequence[str]]  # an article's five pair texts, five triple texts


def column_texts(columns: Sequence[str]) -> Texts:
    """(pair texts, triple texts) of an article's five folded columns, a sentence at a time,
    cached (``pair_and_triple_text``)."""
    pairs, triples = zip(*map(pair_and_triple_text, columns), strict=True)
    return pairs, triples


def index_pairs(
    conn: Connection, article_id: int, old: Sequence[str] | None, new: Sequence[str] | None
) -> None:
    """Replace the article's pairs: *old* are the ``pair_text`` of the five folded columns
    it was indexed with (None if it was not), *new* those of the columns to index now (None
    to leave it out). The caller makes them once: the pair counts need them too."""
    if old is not None:
        conn.exec_driver_sql(
            f"INSERT INTO article_pairs (article_pairs, rowid, {COLUMNS}) "
            "VALUES ('delete', ?, ?, ?, ?, ?, ?)",
            (article_id, *old),
        )
    if new is not None:
        conn.exec_driver_sql(
            f"INSERT INTO article_pairs (rowid, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (article_id, *new),
        )


def rebuild_pairs(conn: Connection) -> int:
    """Index every article's pairs again from ``article_fts`` (migration, repairs)."""
    conn.exec_driver_sql("INSERT INTO article_pairs (article_pairs) VALUES ('delete-all')")
    rows = conn.exec_driver_sql(f"SELECT rowid, {COLUMNS} FROM article_fts").all()
    if rows:
        conn.exec_driver_sql(
            f"INSERT INTO article_pairs (rowid, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            [(r[0], *map(pair_text, r[1:])) for r in rows],
        )
    return len(rows)


def indexed_batches(conn: Connection) -> Iterator[list]:
    """Every article's (rowid, five folded columns) from ``article_fts``, a few thousand at a
    time (the migrations that read every article)."""
    last = 0
    while rows := conn.exec_driver_sql(
        f"SELECT rowid, {COLUMNS} FROM article_fts WHERE rowid > ? ORDER BY rowid LIMIT 2000",
        (last,),
    ).all():
        yield rows
        last = rows[-1][0]


def bulk_pair_text(folded: str) -> str:
    """``pair_text(folded)``, not cached (bulk indexing: each text is new)."""
    return pairs_and_count(folded)[0]
