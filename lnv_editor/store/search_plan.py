"""Which index answers which part of a query, and the SQL that gives its matching rows.

A query is a list of *units* that must all be in an article: a phrase (two or more words
in a row) or a single word, plus words that must not be. In phrase mode each run of words
is one unit; in all-words mode only quoted phrases are. Phrases are answered by the pair
index (``article_pairs``, exact and cheap, see search_pairs.py), single words and excluded
words by ``article_fts``. docs/search.md says what each shape costs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from lnv_editor.store.search_index import PHRASE, ParsedQuery, build_match
from lnv_editor.store.search_pairs import pair_phrase


@dataclass(frozen=True, slots=True)
class Plan:
    mode: str  # PHRASE or ALL_WORDS
    prefix: bool  # the last word is a prefix (search-as-you-type)
    match: str  # the whole query as one article_fts MATCH
    pairs: str | None  # the phrases, as one article_pairs MATCH
    words: str | None  # the single words, as an article_fts MATCH
    excluded: str | None  # any of the excluded words, as an article_fts MATCH
    loose: str  # every word anywhere (phrases taken apart): cheap to rank by
    ranked: tuple[str, ...] = ()  # the words of ``loose`` (and of ``match`` without pairs)
    # The last word when it is a prefix standing alone (not the end of a phrase): the one
    # search_prefix.widen may rewrite.
    prefix_word: str | None = None
    # That prefix begins a word held by at least half the articles, so its IDF is FTS5's
    # floor: the window is ranked here (search_prefix.py, search_bm25.py).
    common_prefix: bool = False
    # The query is one phrase, its last word a prefix: the one search_phrase.widen_phrase
    # may ask as the OR of the pairs it begins (``pairs``) and rank here.
    prefix_phrase: tuple[str, ...] | None = None
    fts_pairs: str | None = None  # so rewritten: the phrase as FTS5 ranks it (``"xuat_k"*``)
    phrase_docs: int | None = None  # and its document count, when known without FTS5
    phrase_ids: tuple[int, ...] | None = None  # or every article it matches, when listed
    # The index ``pairs`` is asked of: the pair index, or the triple index (search_triples.py)
    # for a longer phrase so rewritten.
    pairs_table: str = "article_pairs"

    @property
    def phrase_here(self) -> bool:
        """The phrase was rewritten (search_phrase.py): its window is ranked there."""
        return self.fts_pairs is not None

    @property
    def selection(self) -> tuple[str, str, str]:
        """The pair index's part of the match: (table ``f``, `` WHERE …`` clause, its one
        parameter): ``pairs_table`` and its MATCH, or, when the phrase's articles are
        listed, the pair index's document sizes (a row per article, rowid the article's id)
        and the list."""
        if self.phrase_ids is not None:
            clause = " WHERE f.rowid IN (SELECT value FROM json_each(?))"
            return "article_pairs_docsize", clause, json.dumps(self.phrase_ids)
        table = self.pairs_table
        return table, f" WHERE {table} MATCH ?", self.pairs

    @property
    def phrase_count(self) -> tuple[str, str]:
        """(table, MATCH) FTS5 counts the rewritten phrase's articles with, for its IDF: the
        triple index's prefix when it is asked there; else the pair index's prefix (an OR
        of the pairs would read every list in full)."""
        if self.pairs_table == "article_triples":
            return self.pairs_table, self.pairs
        return "article_pairs", self.fts_pairs

    @property
    def pairs_only(self) -> bool:
        """Only phrases: the pair index alone decides, and ranks (bm25 over pairs)."""
        return self.pairs is not None and self.words is None and self.excluded is None

    def rows(self, join: str = "") -> tuple[str, list[str]]:
        """``SELECT f.rowid …`` of every matching article (deleted ones included), and its
        parameters; *join* (``JOIN article a …``) lets filters on ``a`` follow, and
        ``ORDER BY f.rowid DESC LIMIT n`` may."""
        if self.pairs is None:
            sql = f"SELECT f.rowid FROM article_fts f{join} WHERE article_fts MATCH ?"
            return sql, [self.match]
        table, clause, arg = self.selection
        sql = f"SELECT f.rowid FROM {table} f{join}{clause}"
        params = [arg]
        # "+f.rowid": a rowid list handed to FTS5 would run the whole MATCH once per rowid.
        if self.words is not None:
            sql += " AND +f.rowid IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)"
            params.append(self.words)
        if self.excluded is not None:
            sql += " AND +f.rowid NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)"
            params.append(self.excluded)
        return sql, params

    @property
    def rank_table(self) -> str:
        return "article_pairs" if self.pairs_only else "article_fts"

    @property
    def rank_words(self) -> tuple[str, ...] | None:
        """The words bm25 weighs, in the order of its phrases, when each is a whole word of
        ``article_fts`` (not the pair index, no prefix): ranked from their kept document
        counts (search_bm25.py); with ``common_prefix``, the last of them is a prefix. None
        otherwise (FTS5 ranks)."""
        if self.pairs_only or (self.prefix and not self.common_prefix) or not self.ranked:
            return None
        return self.ranked

    @property
    def rank_match(self) -> str:
        """What bm25 counts: the phrases as pair tokens when they alone decide; else the
        words (a phrase's IDF would mean finding it in the whole word index)."""
        if self.pairs_only:
            return self.fts_pairs or self.pairs
        return self.match if self.pairs is None else self.loose


def make_plan(
    parsed: ParsedQuery, mode: str, *, prefix_last: bool, without_last: bool = False
) -> Plan | None:
    """The plan of *parsed* in *mode*. With *without_last*, the plan of the query without
    its last word, which every article matching the query matches too (prefix or not):
    only when that word ends a phrase of three or more words (None otherwise), so that
    what is left is still a phrase of the pair index, cheap to look for."""
    prefix = prefix_last and not parsed.segments[-1].quoted
    units: list[tuple[str, ...]] = []
    for segment in parsed.segments:
        if segment.quoted or mode == PHRASE:
            units.append(segment.words)
        else:
            units += [(w,) for w in segment.words]
    if without_last:
        if len(units[-1]) < 3:
            return None
        units[-1], prefix = units[-1][:-1], False
    phrases, words = [], []
    for n, unit in enumerate(units):
        last = prefix and n == len(units) - 1
        if len(unit) > 1:
            phrases.append(pair_phrase(unit, prefix_last=last))
        else:
            words.append(f'"{unit[0]}"' + ("*" if last else ""))
    match = build_match(parsed, prefix_last=prefix_last, phrase=mode == PHRASE)
    excluded = " OR ".join(f'"{w}"' for w in parsed.excluded) or None
    loose = " ".join(f'"{w}"' for unit in units for w in unit) + ("*" if prefix else "")
    return Plan(
        loose=loose + "".join(f' NOT "{w}"' for w in parsed.excluded),
        mode=mode,
        prefix=prefix,
        match=match,
        pairs=" ".join(phrases) or None,
        words=" ".join(words) or None,
        excluded=excluded,
        ranked=() if without_last else tuple(w for unit in units for w in unit),
        prefix_word=units[-1][0] if prefix and len(units[-1]) == 1 else None,
        prefix_phrase=(
            units[0]
            if prefix and len(units) == 1 and len(units[0]) > 1 and not parsed.excluded
            else None
        ),
    )
