"""bm25 of a window of matches, computed here exactly as FTS5 computes it, from the kept
document counts (search_words.py) instead of FTS5's count on every query.

FTS5's ``bm25()`` (``fts5_aux.c``) is, for the query's phrases *i* and a row:

    idf_i  = log((N - n_i + 0.5) / (n_i + 0.5)), or 1e-6 when that is <= 0
    f_i    = the sum, over the phrase's instances in the row, of its column's weight
    score  = -(sum over i of idf_i * (f_i * (k1 + 1)) / (f_i + k1 * (1 - b + b * D / avgdl)))

with k1 = 1.2, b = 0.75, N and the total of tokens from the averages record (``_data``
row 1: N then each column's total, as varints), avgdl = total / N, D the row's tokens
(``_docsize``: each column's count, as varints). Only *n_i*, the number of rows holding the
phrase, costs: FTS5 reads the phrase's whole list to count it. For a word, it is kept in
``article_words``. *f_i* is counted in the row's folded text (stored in ``article_fts``),
cut at the tokenizer's separators (``search_pairs``' mirror of it decides every non-ASCII
character); the weights are whole numbers and halves, so the sum is exact in any order.
The same double operations in the same order give the same bits: a property test compares
both on random text, and another after every kind of write. Excluded words (``NOT``) are
phrases too, but a matching row holds none of them: they add exactly 0.0 and are left out.

Only words are ranked here: a phrase's or a prefix's count is not a word's (the pair index
counts a phrase cheaply). A common prefix standing alone is ranked here at the IDF floor
(search_prefix.py), and a typed phrase ending in a prefix by search_phrase.py, with the same
scores.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from lnv_editor.store.search_index import WEIGHTS
from lnv_editor.store.search_pairs import separators_only, tokens

K1, B = 1.2, 0.75
# Bytes of folded ASCII text: letters and digits stay (upper case lowered, as unicode61
# does), everything else separates words, as a space.
_SPACES = bytes(
    c if 48 <= c <= 57 or 97 <= c <= 122 else c + 32 if 65 <= c <= 90 else 32 for c in range(256)
)
_COLUMNS = "f.title, f.lead, f.body, f.byline, f.captions"
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
# FTS5 counts a word's documents by reading its list; here the window's rows are read with
# their text, which is then scanned once, and once more per query word. Measured on the
# synthetic archive (2 cores): FTS5 about 40 ns a document listed; here about 40 ns a token
# of the window's text, and a fifth of that again per word. So the window is ranked here
# when the query's words are listed in more than COST_RATIO * (1 + words / 5) times as many
# documents as the window has tokens: on 100,000 articles the common syllables sit on either
# side of that line, on 1,000,000 far past it. Both ways give the same bits.
COST_RATIO = 1.0


def varints(blob: bytes) -> list[int]:
    """SQLite's varints (big-endian, 7 bits a byte, the ninth byte 8 bits), as FTS5 writes
    its averages and document sizes."""
    out, i = [], 0
    while i < len(blob):
        value = 0
        for k in range(9):
            byte = blob[i]
            i += 1
            if k == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        out.append(value)
    return out


def averages(db, table: str = "article_fts") -> tuple[int, float] | None:
    """(N, avgdl) of the FTS5 *table* from its averages record; None when it has no row."""
    row = db.execute(f"SELECT block FROM {table}_data WHERE id = 1").fetchone()
    if row is None:
        return None
    values = varints(row[0])
    if not values or not values[0]:
        return None
    return values[0], float(sum(values[1:])) / float(values[0])


def idf(rows: int, docs: int) -> float:
    value = math.log((rows - docs + 0.5) / (docs + 0.5))
    return 1e-6 if value <= 0.0 else value


def ascii_buffer(texts: Sequence[str]) -> tuple[bytes, list[int], dict[int, list[str]]]:
    """The folded *texts* as one buffer, the way they are counted here (a per-text loop
    costs more than the counting): ASCII, every byte other than a letter or digit a space,
    each text after one space (text *n* from ``starts[n]`` to the space at
    ``starts[n + 1] - 1``), so a token is a run between spaces. A text with a letter outside
    ASCII is tokenized by the tokenizer's mirror instead: its tokens are returned by its
    index, and it stands empty in the buffer."""
    texts = list(texts)
    tokenized: dict[int, list[str]] = {}
    for n in [n for n, text in enumerate(texts) if not text.isascii()]:
        if separators_only(set(_NOT_ASCII.findall(texts[n]))):
            # "?" for each separator: the buffer stays one byte a character, and fast.
            texts[n] = texts[n].encode("ascii", "replace").decode("ascii")
        else:
            tokenized[n] = tokens(texts[n])
            texts[n] = ""
    buf = (" " + "\n".join(texts) + " ").encode("ascii").translate(_SPACES)
    starts = list(accumulate(map((1).__add__, map(len, texts)), initial=1))
    return buf, starts, tokenized


def counts(texts: Sequence[str], words: Sequence[str]) -> dict[str, list[int]]:
    """How many times each of *words* (a-z, 0-9) is a whole token of each folded text; a
    word ending in "*" is a prefix, counted once for each token that begins with it.

    In the texts' ``ascii_buffer``, ``find`` of " word " finds each occurrence, the next
    search starting on its closing space (neighbours share one)."""
    out = {w: [0] * len(texts) for w in words}
    buf, starts, tokenized = ascii_buffer(texts)
    for n, found in tokenized.items():
        for word, counted in out.items():
            if word.endswith("*"):
                counted[n] = sum(token.startswith(word[:-1]) for token in found)
            else:
                counted[n] = found.count(word)
    for word, counted in out.items():
        if word.endswith("*"):
            # A prefix (search_prefix.widen: a common one, so many tokens of each text):
            # counted text by text in C, each text with the space before it.
            needle = f" {word[:-1]}".encode()
            for n in range(len(starts) - 1):
                if n not in tokenized:
                    counted[n] = buf.count(needle, starts[n] - 1, starts[n + 1] - 1)
            continue
        needle = f" {word} ".encode()
        step = len(needle) - 1
        at = buf.find(needle)
        while at >= 0:
            counted[bisect_right(starts, at + 1) - 1] += 1
            at = buf.find(needle, at + step)
    return out


def _length(size: bytes) -> int:
    """The sum of a ``_docsize`` record's varints: each column's tokens (below 2**31, so
    never the nine-byte form)."""
    total = value = 0
    for byte in size:
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            total += value
            value = 0
    return total


def scores(
    rows: Sequence,
    words: Sequence[str],
    idfs: Sequence[float],
    avgdl: float,
    found: dict[str, list[int]] | None = None,
) -> list:
    """FTS5's bm25 (with ``WEIGHTS``) of each row: (``_docsize`` record, five folded
    columns), for the query's words and their IDFs. *found*: each word's count in each
    column of each row, when counted already (a phrase: search_phrase.py)."""
    distinct = list(dict.fromkeys(words))
    if found is None:
        found = counts([text for row in rows for text in row[1:]], distinct)
    w0, w1, w2, w3, w4 = WEIGHTS
    # f of each row: whole numbers and halves, exact in any order.
    freqs = {
        word: [
            n0 * w0 + n1 * w1 + n2 * w2 + n3 * w3 + n4 * w4
            for n0, n1, n2, n3, n4 in zip(*[iter(found[word])] * 5, strict=True)
        ]
        for word in distinct
    }
    terms = [(freqs[word], word_idf) for word, word_idf in zip(words, idfs, strict=True)]
    out = []
    for n, row in enumerate(rows):
        norm = K1 * (1 - B + B * float(_length(row[0])) / avgdl)
        total = 0.0
        for freq, word_idf in terms:
            f = freq[n]
            total += word_idf * ((f * (K1 + 1.0)) / (f + norm))
        out.append(-1.0 * total)
    return out


def ranked_window(
    conn, words: Sequence[str], tail: str, args: Sequence, window: int, *, prefix: bool = False
) -> list | None:
    """(rowid, bm25, updated) of ``SELECT … FROM article_fts f CROSS JOIN article a …``
    followed by *tail* (``WHERE article_fts MATCH ?``, the window of at most *window* rows,
    the filters, an order), in the statement's order. None when FTS5's own count is the
    cheaper (``COST_RATIO``) or the index is empty. *conn*: an SQLAlchemy connection: the
    counts, the averages and the rows are read in one transaction. *prefix*: the last word
    is a prefix in at least half the rows (search_prefix.widen): its IDF is FTS5's floor,
    and the window is ranked here whatever it costs (FTS5 would rank another query)."""
    db = conn.connection.driver_connection
    conn.exec_driver_sql("SELECT 1")  # begins the read transaction, if none is open yet
    stats = averages(db)
    if stats is None:
        return None
    rows, avgdl = stats
    if prefix:
        words = [*words[:-1], f"{words[-1]}*"]
    distinct = sorted({w for w in words if not w.endswith("*")})
    docs = dict(
        db.execute(
            f"SELECT term, docs FROM article_words WHERE term IN ({','.join('?' * len(distinct))})",
            distinct,
        ).fetchall()
    )
    listed = sum(docs.get(w, 0) for w in words)
    if not prefix and listed <= COST_RATIO * (1 + len(words) / 5) * window * avgdl:
        return None
    idfs = [1e-6 if w.endswith("*") else idf(rows, docs.get(w, 0)) for w in words]
    sql = (
        f"SELECT f.rowid, a.updated, d.sz, {_COLUMNS} FROM article_fts f "
        "CROSS JOIN article a INDEXED BY ix_article_live ON a.id = +f.rowid "
        f"CROSS JOIN article_fts_docsize d ON d.id = +f.rowid{tail}"
    )
    cursor = db.execute(sql, tuple(args))
    try:
        found = cursor.fetchall()
    finally:
        cursor.close()
    ranked = scores([r[2:] for r in found], words, idfs, avgdl)
    return [(r[0], score, r[1]) for r, score in zip(found, ranked, strict=True)]


def newest_first(rows: list) -> list:
    """(rowid, score) of *rows* (rowid, score, updated; ascending rowids) in the order
    SQLite's sorter gives ``ORDER BY score, a.updated DESC``: ties keep the order FTS5 gave
    them (Python's sort is stable)."""
    rows = sorted(rows, key=lambda r: r[2], reverse=True)
    rows.sort(key=lambda r: r[1])
    return [(r[0], r[1]) for r in rows]


def window_scores(
    conn, plan, tail: str, args: Sequence, order: str = "", *, window: int = 0
) -> list:
    """(rowid, bm25, updated) of *plan*'s matches that *tail* selects (``WHERE … MATCH ?``,
    the window, the filters; *order*, SQL's ``ORDER BY``/``LIMIT``, used only when FTS5
    ranks: the caller orders the rows computed here). bm25 is computed here when the plan
    ranks whole words (``Plan.rank_words``), else by FTS5."""
    if plan.rank_words and not order:
        found = ranked_window(conn, plan.rank_words, tail, args, window, prefix=plan.common_prefix)
        if found is not None:
            return found
    table = plan.rank_table
    weights = ", ".join(str(w) for w in WEIGHTS)
    sql = (
        f"SELECT f.rowid, bm25({table}, {weights}) AS score, a.updated FROM {table} f "
        f"CROSS JOIN article a INDEXED BY ix_article_live ON a.id = +f.rowid{tail}{order}"
    )
    cursor = conn.connection.driver_connection.execute(sql, tuple(args))
    try:
        return cursor.fetchall()
    finally:
        cursor.close()
