"""A short prefix, typed on, asked the way FTS5 answers fast, and ranked without its count.

Search-as-you-type tries the last word as a prefix ("gốm sứ truyền t", "… th"). Three things
made a short prefix of a common syllable slow, and slower with the archive:

- **No prefix index of one letter.** ``article_fts`` keeps prefix indexes of two and three
  letters (``prefix = '2 3'``, migration 0002). For ``"t"*`` FTS5 merges the lists of every
  word beginning with t, positions and all, before it looks at any match: 450 ms on
  100,000 articles, 4.5 s on 1,000,000. The same articles are those of the letter as a
  whole word or of any two-letter prefix of the index's words that begin with it
  (``article_words`` holds every term of ``article_fts``), and each two-letter list is read
  only as far as the query needs: ``("t" OR "ta"* OR "th"* …)``.
- **No prefix index of four letters or more.** ``"khuy"*`` merges the lists of every word it
  begins too (72-80 ms on 1,000,000 articles for "khuy", "khuyế"): it is asked as the OR of
  those words, whole (``article_words``; at most ``MAX_WORDS`` of them), each read only as far
  as needed, and ranked here on the condition below.
- **bm25's count of the prefix.** FTS5 reads the prefix's whole list again for its IDF
  (``"th"*`` on 1,000,000 articles: most of a 100 ms query). When a word beginning with the
  prefix is in at least half the articles, the prefix is too, and its IDF is FTS5's floor
  (1e-6) whatever its exact count: the window is then ranked here (search_bm25.py), bit for
  bit as FTS5 ranks the prefix. FTS5's bm25 of the OR above would weigh each two-letter
  prefix or word apart, so a prefix is rewritten only then.

A rarer prefix's words are few and FTS5's own look and count cost little. A prefix ending a
phrase is the pair index's (search_phrase.py).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection

from lnv_editor.store.search_bm25 import averages
from lnv_editor.store.search_phrase import widen_phrase
from lnv_editor.store.search_plan import Plan
from lnv_editor.store.search_words import prefix_range

INDEXED = (2, 3)  # the prefix indexes' lengths, in letters
MAX_WORDS = 64  # a longer prefix is asked as the OR of its words when it has at most these


def widen(conn: Connection, plan: Plan) -> Plan:
    """*plan*, its last word a prefix standing alone, asked and ranked as the module says
    when a word it begins is in half the articles or more; a phrase ending in a prefix as
    search_phrase.py says; unchanged otherwise."""
    if plan.prefix_phrase is not None:
        return widen_phrase(conn, plan)
    word = plan.prefix_word
    if word is None:
        return plan
    terms = dict(
        conn.exec_driver_sql(
            "SELECT term, docs FROM article_words WHERE term >= ? AND term < ?", prefix_range(word)
        ).all()
    )
    stats = averages(conn.connection.driver_connection)
    if not terms or stats is None or 2 * max(terms.values()) < stats[0]:
        return plan
    if len(word) in INDEXED:
        return replace(plan, common_prefix=True)
    if len(word) == 1:
        group = " OR ".join(
            ([f'"{word}"'] if word in terms else [])
            + [f'"{two}"*' for two in sorted({t[:2] for t in terms if len(t) > 1})]
        )
    elif len(terms) <= MAX_WORDS:
        group = " OR ".join(f'"{term}"' for term in sorted(terms))
    else:
        return plan

    def rewrite(match: str | None) -> str | None:
        if match is None or f'"{word}"*' not in match:
            return match
        before, _, rest = match.rpartition(f'"{word}"*')
        return f"{before}AND ({group}){rest}" if before.strip() else f"({group}){rest}"

    return replace(
        plan,
        match=rewrite(plan.match),
        words=rewrite(plan.words),
        loose=rewrite(plan.loose),
        common_prefix=True,
    )
