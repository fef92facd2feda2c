"""A typed phrase whose last word is a prefix ("xuất k", "bát tr"), asked as the pairs it
begins and ranked here, exactly as FTS5 ranks the prefix.

The search box searches at each pause in typing, so the last word of a phrase is usually
cut short. The pair index answers "xuất k" as ``"xuat_k"*``, and FTS5 answers a prefix by
merging the lists of every token it begins, positions and all, before it looks at any
match: three times a query (the look for the phrase, the newest matches, bm25's count of
the prefix), 100-340 ms on 1,000,000 synthetic articles. Here:

- **The match.** ``article_pair_words`` keeps every pair and its document count
  (search_words.py). The pairs the prefix begins are a range of its key; when there are at
  most ``MAX_PAIRS`` of them, the phrase is asked as their OR, ``("xuat_khau" OR
  "xuat_kho")``: the same articles, each list read only as far as the query needs.
- **The rank.** FTS5's bm25 of that OR would weigh each pair apart, so the window (at most
  500 rows) is ranked here, with the prefix as one phrase as FTS5 ranks it: its instances in
  each column counted in the folded text (``phrase_counts``), the row's pair tokens from
  ``article_pairs_docsize``, the averages from the pair index's record, and the prefix's
  document count *n* for its IDF, which is known without a merge when one pair alone begins
  with it (its count), when one of them is in half the articles or more (then so is the
  prefix, and the IDF is FTS5's floor whatever *n* is); otherwise it is the pairs' counts
  summed less the articles they count twice, which ``article_pair_overlaps`` keeps
  (search_words.py).

A phrase of three words or more ("khuyến công hỗ t") has no kept count: it is the phrase of
its first words (the *stem*) followed by a word beginning with the last. The triple index
(search_triples.py) asks it as ``"khuyen_cong_ho cong_ho_t"*``, whose prefix begins only the
triples of the stem's last pair: a short merge where the pair index merged every pair the
last two words may make. When there are few such articles (the prefix begins pairs of at
most ``LISTED_ROWS`` articles, or the stem is in at most that many) the triple index lists
them, once, and the look, the window and the count read that list. A commoner phrase
("xuất khẩu t": the stem in most articles) is asked of the triple index as it stands, each
time (the look, the window ranked here, FTS5's count of it for the IDF): each merge reads
only the triples after the stem, where the pair index's reads every pair the last two words
may make and checks the stem's positions.

Only a query that is this one phrase is rewritten (no quoted phrase or excluded word beside
it): the window's bm25 is then that phrase's alone, and no other count is needed.
docs/search.md, "A phrase typed on", has the figures.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import Connection

from lnv_editor.store.search_bm25 import ascii_buffer, averages, idf, scores
from lnv_editor.store.search_plan import Plan
from lnv_editor.store.search_triples import triple_phrase
from lnv_editor.store.search_words import prefix_docs, prefix_range

MAX_PAIRS = 128  # a prefix beginning more pairs than this is left to FTS5
# A longer phrase whose stem is in at most these articles, or whose prefix begins pairs of
# at most these: its articles are listed; else it is asked of the triple index each time.
LISTED_ROWS = 10_000
_NEWEST_TRIPLES = (
    "SELECT rowid FROM article_triples WHERE article_triples MATCH ? ORDER BY rowid DESC"
)


def widen_phrase(conn: Connection, plan: Plan) -> Plan:
    """*plan*, one phrase the last word a prefix, asked as the OR of the pairs (or phrases)
    it may end in and ranked here, as the module says; unchanged otherwise."""
    words = plan.prefix_phrase
    if words is None:
        return plan
    stats = averages(conn.connection.driver_connection, "article_pairs")
    if stats is None:
        return plan
    if len(words) > 2:
        return _after_a_stem(conn, plan, words)
    pairs = conn.exec_driver_sql(
        "SELECT term, docs FROM article_pair_words WHERE term >= ? AND term < ? "
        f"LIMIT {MAX_PAIRS + 1}",
        prefix_range("_".join(words)),
    ).all()
    if not pairs or len(pairs) > MAX_PAIRS:
        return plan
    most = max(docs for _, docs in pairs)
    if len(pairs) == 1:
        docs = pairs[0][1]
    elif 2 * most >= stats[0]:
        docs = most  # the floor, whatever the prefix's own count
    else:  # the pairs' counts less the articles counted twice (search_words.py)
        docs = prefix_docs(conn, "_".join(words), pairs)
    return _asked(plan, [term for term, _ in pairs], docs)


def _asked(plan: Plan, alternatives: Sequence[str], docs: int | None) -> Plan:
    return replace(
        plan,
        pairs=" OR ".join(f'"{a}"' for a in alternatives),
        fts_pairs=plan.pairs,
        phrase_docs=docs,
    )


def _after_a_stem(conn: Connection, plan: Plan, words: Sequence[str]) -> Plan:
    """A phrase of three words or more, as the module says: its articles listed from the
    triple index when there are few (the prefix begins pairs of at most ``LISTED_ROWS``
    articles, or the stem is in at most ``LISTED_ROWS``); else asked of the triple index."""
    db = conn.connection.driver_connection
    begun = db.execute(
        "SELECT coalesce(sum(docs), 0) FROM article_pair_words WHERE term >= ? AND term < ?",
        prefix_range(f"{words[-2]}_{words[-1]}"),
    ).fetchone()[0]
    asked = triple_phrase(words, prefix_last=True)
    if begun > LISTED_ROWS and _stem_rows(db, words[:-1]) > LISTED_ROWS:
        # Too many to list: asked of the triple index where FTS5 merges only the triples
        # after the stem's last pair, and ranked here.
        return replace(plan, pairs=asked, pairs_table="article_triples", fts_pairs=plan.pairs)
    # The triples' prefix begins only those of the stem's last pair: a short merge.
    return _listed(plan, tuple(r[0] for r in db.execute(_NEWEST_TRIPLES, (asked,))))


def _stem_rows(db, stem: Sequence[str]) -> int:
    """How many articles have the phrase *stem* (its whole words), as far as ``LISTED_ROWS
    + 1``: no more than its rarest pair (kept counts, exact for a single pair), else
    counted in the triple index (whole tokens, each list read only as far as that)."""
    pairs = [f"{a}_{b}" for a, b in zip(stem, stem[1:], strict=False)]
    marks = ",".join("?" * len(pairs))
    rows = db.execute(
        f"SELECT coalesce(min(docs), 0) FROM article_pair_words WHERE term IN ({marks})", pairs
    ).fetchone()[0]
    if rows > LISTED_ROWS and len(pairs) > 1:
        rows = db.execute(
            f"SELECT count(*) FROM ({_NEWEST_TRIPLES} LIMIT {LISTED_ROWS + 1})",
            (triple_phrase(stem),),
        ).fetchone()[0]
    return rows


def _listed(plan: Plan, ids: tuple[int, ...]) -> Plan:
    return replace(plan, fts_pairs=plan.pairs, phrase_docs=len(ids), phrase_ids=ids)


def phrase_counts(texts: Sequence[str], words: Sequence[str]) -> list[int]:
    """How many times the phrase *words* (a-z, 0-9; the last a prefix) is in each folded
    text: tokens in a row, the last beginning with the last word, as FTS5 counts the
    phrase's instances in the pair index (overlapping ones included: "ha ha h" holds
    "ha h" twice).

    In the texts' ``search_bm25.ascii_buffer`` each whole first word is found, and the rest
    matched from there, within its text."""
    out = [0] * len(texts)
    head, last = list(words[:-1]), words[-1]
    buf, starts, tokenized = ascii_buffer(texts)
    k = len(words)
    for n, found in tokenized.items():
        out[n] = sum(
            found[j : j + k - 1] == head and found[j + k - 1].startswith(last)
            for j in range(len(found) - k + 1)
        )
    rest = re.compile(b" +".join(re.escape(w.encode()) for w in words))
    needle = f" {words[0]} ".encode()
    at = buf.find(needle)
    while at >= 0:
        n = bisect_right(starts, at + 1) - 1
        found = rest.match(buf, at + 1)
        if found is not None and found.end() < starts[n + 1]:
            out[n] += 1
        at = buf.find(needle, at + len(needle) - 1)
    return out


def phrase_window(conn: Connection, plan: Plan, rest: str, params: Sequence) -> list:
    """(rowid, bm25, updated) of the plan's matches in ``article_pairs f CROSS JOIN article
    a`` that *rest* selects (the window, the filters, an order; *params* its parameters),
    in the statement's order: FTS5's bm25 of the prefix phrase (``plan.fts_pairs``),
    computed here."""
    db = conn.connection.driver_connection
    conn.exec_driver_sql("SELECT 1")  # one read transaction for the counts and the rows
    stats = averages(db, "article_pairs")
    if stats is None:
        return []
    rows, avgdl = stats
    docs = plan.phrase_docs
    if docs is None:
        table, match = plan.phrase_count
        docs = db.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (match,))
        docs = docs.fetchone()[0]
    table, clause, arg = plan.selection
    sql = (
        f"SELECT f.rowid, a.updated, d.sz, c.c0, c.c1, c.c2, c.c3, c.c4 FROM {table} f "
        "CROSS JOIN article a INDEXED BY ix_article_live ON a.id = +f.rowid "
        "CROSS JOIN article_pairs_docsize d ON d.id = +f.rowid "
        f"CROSS JOIN article_fts_content c ON c.id = +f.rowid{clause}{rest}"
    )
    cursor = db.execute(sql, (arg, *params))
    try:
        found = cursor.fetchall()
    finally:
        cursor.close()
    phrase = " ".join(plan.prefix_phrase)
    counted = {phrase: phrase_counts([t for r in found for t in r[3:]], plan.prefix_phrase)}
    ranked = scores([r[2:] for r in found], [phrase], [idf(rows, docs)], avgdl, counted)
    return [(r[0], score, r[1]) for r, score in zip(found, ranked, strict=True)]
