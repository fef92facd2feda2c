"""Store-wide search (FTS5 + bm25) and related-story suggestions.

Ranking cost grows with the number of matches, so a search ranks the newest
``RANK_WINDOW`` matches and looks at older ones only if that leaves fewer hits than asked
for: a phrase as common as "ha noi" costs a bounded amount, and the hits a desk wants
(recent, title matches) come first anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, partial

from sqlalchemy import Engine

from lnv_editor.core.vietnamese import fold_chars
from lnv_editor.store.search_bm25 import newest_first, window_scores
from lnv_editor.store.search_cancel import Cancel, cancellable, check
from lnv_editor.store.search_index import ALL_WORDS, PHRASE, ParsedQuery, parse_query
from lnv_editor.store.search_order import LibraryOrder
from lnv_editor.store.search_order import ids as _ids
from lnv_editor.store.search_phrase import phrase_window
from lnv_editor.store.search_plan import Plan, make_plan
from lnv_editor.store.search_prefix import widen
from lnv_editor.store.search_rank import ExactMatcher, exact_matcher
from lnv_editor.store.search_related import suggest_related
from lnv_editor.store.search_snippets import Snippets
from lnv_editor.store.search_words import has_longer

RANK_WINDOW = 500
RERANK = 200  # relevance order: how many of the best the library re-checks


def _cutoff(conn, plan: Plan, where: str, params: list) -> int | None | bool:
    """The oldest of the newest RANK_WINDOW matches that pass the filters (None: fewer do;
    False: none). Filters first, so a filtered search ranks a full window, never the rest
    of the archive. The article side is read from its covering index, not from the rows."""
    sql, match_params = plan.rows(
        " CROSS JOIN article a INDEXED BY ix_article_live ON a.id = +f.rowid"
    )
    newest = _ids(
        conn,
        f"{sql}{where} ORDER BY f.rowid DESC LIMIT {RANK_WINDOW}",
        (*match_params, *params),
    )
    if not newest:
        return False
    return newest[-1] if len(newest) == RANK_WINDOW else None


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    title: str
    status: str
    section: str
    score: float
    snippet: str  # plain text
    highlights: tuple[tuple[int, int], ...]  # spans in snippet

    def snippet_marked(self, open_: str = "[", close: str = "]") -> str:
        out, last = [], 0
        for start, end in self.highlights:
            out += [self.snippet[last:start], open_, self.snippet[start:end], close]
            last = end
        out.append(self.snippet[last:])
        return "".join(out)


def _filters(status: str | None, province: str | None) -> tuple[str, list]:
    sql, params = [], []
    if status:
        sql.append("a.status = ?")
        params.append(status)
    if province:
        sql.append(
            "EXISTS (SELECT 1 FROM article_province p WHERE p.article_id = a.id AND p.code = ?)"
        )
        params.append(str(province))
    # Trash (store/trash.py): articles in the trash are never search hits or library rows.
    sql.append("a.deleted_at IS NULL")
    return "".join(f" AND {s}" for s in sql), params


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Matching ids in the order asked for, and how the query's words matched (PHRASE or
    ALL_WORDS; None when there was no word to search for)."""

    ids: list[int] | None
    mode: str | None = None


class SearchHits(list):
    """Ranked hits (a list, best first) that also say how the words matched (``mode``)."""

    def __init__(self, hits=(), mode: str | None = None) -> None:
        super().__init__(hits)
        self.mode = mode


def stages(conn, parsed: ParsedQuery, cancel: Cancel | None, where: str, params: list):
    """Plans to try in turn; the first that matches anything wins. Whole words before a
    prefix (search-as-you-type), the phrase before the words apart. The prefix's plan is
    widened (search_prefix.py) only when it is looked for or tried: widening a phrase may
    read its stem's articles, wasted when the whole words match."""
    modes = (PHRASE, ALL_WORDS) if parsed.phrase_first else (PHRASE,)
    for mode in modes:
        whole = make_plan(parsed, mode, prefix_last=False)
        prefixed = make_plan(parsed, mode, prefix_last=True)
        widened = cache(partial(widen, conn, prefixed))
        check(cancel)
        # One cheap look (the pair index) says whether any article passing the filters has
        # the phrase, even as a prefix: if none does, neither plan can match anything. It
        # stops at the first such article; with none, it reads the phrase's lists once,
        # where trying both plans read them twice.
        if mode != modes[-1] and not _any_match(conn, parsed, prefixed, widened, where, params):
            continue
        yield whole
        if prefixed.prefix:
            yield widened()


def _any_match(
    conn, parsed: ParsedQuery, prefixed: Plan, widened, where: str, params: list
) -> bool:
    """Whether any article passing the filters matches *parsed* in the mode of *prefixed*
    (its plan with the last word a prefix; *widened* gives it widened), its last word a
    prefix or not. A prefix costs most (FTS5 merges the lists of every token it begins
    before it looks at any), so the whole words are asked first (a match there is a
    match), then, before the prefix, the words without the last one: no article has
    those, none has them followed by anything; and the prefix only if some longer word
    begins with the last one (``article_words``: FTS5 merges the lists of all the prefix's
    tokens, the whole word's included, 29 ms for "bat trang ha noi*" on 1,000,000
    articles)."""
    join = " CROSS JOIN article a INDEXED BY ix_article_live ON a.id = +f.rowid"

    def found(plan: Plan) -> bool:
        sql, rows_params = plan.rows(join)
        return bool(_ids(conn, f"{sql}{where} LIMIT 1", (*rows_params, *params)))

    mode = prefixed.mode
    if found(make_plan(parsed, mode, prefix_last=False)):
        return True
    # No longer word: the prefix finds what the whole words find.
    if not (prefixed.prefix and has_longer(conn, parsed.words[-1])):
        return False
    stem = make_plan(parsed, mode, prefix_last=False, without_last=True)
    if stem is not None and not found(stem):
        return False
    return found(widened())


class SearchService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._order = LibraryOrder()

    def search(
        self,
        query: str,
        *,
        status: str | None = None,
        province: str | None = None,
        limit: int = 20,
        cancel: Cancel | None = None,
    ) -> SearchHits:
        """Ranked hits for any user text. A run of several words matches as a phrase (in a
        row, in order: Vietnamese words are several syllables); only if no article has the
        phrase does every word anywhere do (``mode`` says which). Quoted words are always a
        phrase, ``-word`` leaves articles out, the last word may be a prefix. Ranking: the
        diacritics as typed, then the phrase in the title or lead, then bm25 (title weighted).
        *cancel* (a ``threading.Event``) stops it: ``SearchCancelled``."""
        parsed = parse_query(query)
        if not parsed.segments:
            return SearchHits()
        where, params = _filters(status, province)
        rows: list = []
        mode = PHRASE
        with self.engine.connect() as conn, cancellable(conn, cancel):
            for plan in stages(conn, parsed, cancel, where, params):
                mode = plan.mode
                exact = exact_matcher(parsed, mode, prefix_last=plan.prefix)
                rows = self._best(conn, plan, where, params, limit, parsed, exact)
                if rows:
                    break
            rows = _with_bodies(conn, rows)
        snippets = Snippets(_units(parsed, mode))
        hits = SearchHits(mode=mode)
        for article_id, score, title, status_, section, lead, body in rows:
            snippet, spans = snippets.of_hit(lead, body)
            hits.append(SearchHit(article_id, title, status_, section, score, snippet, spans))
        return hits

    def _best(
        self,
        conn,
        plan: Plan,
        where: str,
        params: list,
        limit: int,
        parsed: ParsedQuery,
        exact: ExactMatcher | None,
    ) -> list:
        # Rank the newest RANK_WINDOW matches; older ones only if that is too few. No match
        # at all is the common case for a phrase that is not there: one cheap query says so.
        best = max(limit * 3, 60)
        newest = _newest_ranked(conn, plan, where, params, best)
        if newest is None:
            cutoff = _cutoff(conn, plan, where, params)
        else:
            cutoff, newest = newest
        if cutoff is False:
            return []
        windows = (
            [""]
            if cutoff is None
            else [f" AND f.rowid >= {int(cutoff)}", f" AND f.rowid < {int(cutoff)}"]
        )
        phrase = " ".join(parsed.words)
        rows: list = []
        for n, window in enumerate(windows):
            if n == 0 and newest is not None:
                found = self._ranked(conn, plan, where, params, best, window, ranked=newest)
            else:  # the older matches (n = 1) are not a bounded window
                found = self._ranked(conn, plan, where, params, best, window, bounded=n == 0)
            # The diacritics as typed, then a phrase in the title, then in the lead.
            if exact is not None:
                found = _with_bodies(conn, found)
            found.sort(
                key=lambda r: (
                    -(exact is not None and exact(r[2], r[5], r[6])),
                    -_phrase_rank(phrase, r[2], r[5]),
                    r[1],
                )
            )
            rows += found[: limit - len(rows)]
            if len(rows) >= limit:
                break
        return rows

    def _ranked(
        self,
        conn,
        plan: Plan,
        where: str,
        params: list,
        limit: int | None,
        window: str,
        *,
        rows: bool = True,
        ranked: list | None = None,
        bounded: bool = True,
    ) -> list:
        """Matches in *window* (a rowid range), best bm25 first. The rank table is the pair
        index when it alone decides: bm25 then counts the phrase itself, as a cheap token.
        Filters and the date read from the covering index; then, with *rows*, the title,
        status, section and lead of the ranked few (no body yet: only the rows shown, or
        re-checked for diacritics, need it). *ranked*: (id, score) already ranked.
        *bounded*: the window holds at most RANK_WINDOW matches, few enough to rank here
        from the kept word counts (search_bm25.py); else FTS5 ranks them."""
        if ranked is not None:
            return self._with_meta(conn, ranked, rows=rows)
        table = plan.rank_table
        tail = f" WHERE {table} MATCH ?{window}"
        args = [plan.rank_match]
        if not plan.pairs_only and plan.pairs is not None:
            # Ranked by the words (cheap), kept only where the pair index has the phrases.
            rows_sql, rows_params = plan.rows()
            tail += f" AND +f.rowid IN ({rows_sql})"
            args += rows_params
        tail += where
        if plan.phrase_here and bounded:
            found = phrase_window(conn, plan, f"{window}{where}", params)
            ranked = newest_first(found)[:limit]
        elif plan.rank_words and (bounded or plan.common_prefix):
            # A common prefix is always ranked here (search_prefix.py).
            found = window_scores(conn, plan, tail, (*args, *params), window=RANK_WINDOW)
            ranked = newest_first(found)[:limit]
        else:
            order = " ORDER BY score, a.updated DESC"
            order += "" if limit is None else f" LIMIT {int(limit)}"
            found = window_scores(conn, plan, tail, (*args, *params), order)
            ranked = [(r[0], r[1]) for r in found]
        return self._with_meta(conn, ranked, rows=rows)

    def _with_meta(self, conn, ranked: list, *, rows: bool) -> list:
        if not rows or not ranked:
            return [(r[0], r[1]) for r in ranked]
        marks = ",".join("?" * len(ranked))
        meta = {
            r[0]: r[1:]
            for r in conn.exec_driver_sql(
                f"SELECT id, title, status, section, lead FROM article WHERE id IN ({marks})",
                tuple(r[0] for r in ranked),
            ).all()
        }
        return [(rid, score, *meta[rid], None) for rid, score in ranked if rid in meta]

    def matching_ids(
        self,
        query: str,
        *,
        status: str | None = None,
        province: str | None = None,
        newest_first: bool = True,
        order: str = "updated",
        cancel: Cancel | None = None,
    ) -> SearchResult:
        """Every article matching *query* (as ``search`` matches: the phrase first, else all
        the words), in library order: ``order`` "updated", "title" or "relevance" (the
        newest RANK_WINDOW matches best first, as ``search`` ranks them, then the older ones
        newest first); ``ids`` is None if nothing filters. *cancel*: as for ``search``."""
        parsed = parse_query(query)
        where, params = _filters(status, province)
        direction = "DESC" if newest_first or order == "relevance" else "ASC"
        column = "a.title_key" if order == "title" else "a.updated"
        order_by = f"ORDER BY {column} {direction}, a.id {direction}"
        with self.engine.connect() as conn, cancellable(conn, cancel):
            if not parsed.segments:
                if not (status or province):
                    # The library unfiltered is the walk of its order (kept: the first
                    # search after it filters the same walk instead of reading it again);
                    # relevance means nothing without words: newest first.
                    return SearchResult(self._order.everything(conn, column, direction))
                sql = f"SELECT a.id FROM article a WHERE 1{where} {order_by}"
                return SearchResult([r[0] for r in conn.exec_driver_sql(sql, tuple(params)).all()])
            ids: list[int] = []
            plan = None
            for plan in stages(conn, parsed, cancel, where, params):
                rows_sql, rows_params = plan.rows()
                if order == "relevance":
                    ids = _newest_created(
                        conn, plan, where, params, filtered=bool(status or province)
                    )
                elif not (status or province):
                    ids = self._order.matches(conn, rows_sql, rows_params, column, direction)
                else:
                    sql = f"SELECT a.id FROM article a WHERE a.id IN ({rows_sql}){where} {order_by}"
                    ids = _ids(conn, sql, (*rows_params, *params))
                if ids:
                    break
            if order == "relevance" and ids:
                ids = self._relevance(conn, plan, parsed, where, params, ids)
        return SearchResult(ids, plan.mode)

    def _relevance(self, conn, plan: Plan, parsed, where, params, ids: list[int]) -> list[int]:
        """*ids* (newest first) in relevance order: the newest RANK_WINDOW matches ranked as
        ``search`` ranks them, the older ones after them, most recently created first (the
        order the index keeps them in: no sort of tens of thousands of matches)."""
        cutoff = _cutoff(conn, plan, where, params)
        window = "" if not cutoff else f" AND f.rowid >= {int(cutoff)}"
        head = [r[0] for r in self._ranked(conn, plan, where, params, None, window, rows=False)]
        exact = exact_matcher(parsed, plan.mode, prefix_last=plan.prefix)
        ranked = _rerank(conn, head, parsed, exact)
        seen = set(ranked)
        return ranked + [i for i in ids if i not in seen]

    def forget_kept_orders(self) -> None:
        """Walk the library's order again on the next query, as after a write (benchmarks
        measure both; see search_order.py)."""
        self._order.forget()

    def suggest_related(self, article_id: int, *, limit: int = 10) -> list[tuple[int, float]]:
        """Stories to offer as related (search_related.py). Returns (id, score), best first."""
        return suggest_related(self.engine, article_id, limit=limit, window=5 * RANK_WINDOW)


def _newest_ranked(
    conn, plan: Plan, where: str, params: list, best: int
) -> tuple[int | None | bool, list] | None:
    """``_cutoff`` and the first ``_ranked`` window in one pass, when the table that finds
    the matches is the one that ranks them (words alone, or phrases alone): bm25 of the
    newest RANK_WINDOW matches passing the filters, ranked here as SQLite ranks them in
    ``_ranked`` (score, then the newest change, then rowid order: its LIMIT sorter keeps
    ties in the order FTS5 gave them, ascending rowids, and Python's sort is stable). The
    matches are read once instead of twice. None when the plan mixes both indexes."""
    if plan.pairs is not None and not plan.pairs_only:
        return None
    rest = f"{where} ORDER BY f.rowid DESC LIMIT {RANK_WINDOW}"
    if plan.phrase_here:  # a phrase ending in a prefix (search_phrase.py)
        newest = phrase_window(conn, plan, rest, params)
    else:
        tail = f" WHERE {plan.rank_table} MATCH ?{rest}"
        newest = window_scores(conn, plan, tail, (plan.rank_match, *params), window=RANK_WINDOW)
    if not newest:
        return False, []
    cutoff = newest[-1][0] if len(newest) == RANK_WINDOW else None
    newest.reverse()  # ascending rowids, as FTS5 hands a window to the sorter
    return cutoff, newest_first(newest)[:best]


def _newest_created(conn, plan: Plan, where: str, params: list, *, filtered: bool) -> list[int]:
    """The matching live articles (passing the filters), most recently created first."""
    if not filtered:
        rows_sql, rows_params = plan.rows()
        trashed = set(_ids(conn, "SELECT id FROM article WHERE deleted_at IS NOT NULL", ()))
        found = _ids(conn, f"{rows_sql} ORDER BY f.rowid DESC", tuple(rows_params))
        return [i for i in found if i not in trashed] if trashed else found
    sql, rows_params = plan.rows(
        " CROSS JOIN article a INDEXED BY ix_article_live ON a.id = +f.rowid"
    )
    return _ids(conn, f"{sql}{where} ORDER BY f.rowid DESC", (*rows_params, *params))


def _phrase_rank(phrase: str, title: str, lead: str) -> int:
    if " " not in phrase:
        return 0
    if phrase in " ".join(fold_chars(title).lower().split()):
        return 2
    return 1 if phrase in " ".join(fold_chars(lead).lower().split()) else 0


def _with_bodies(conn, rows: list[tuple]) -> list[tuple]:
    """*rows* from ``_ranked`` with their bodies read, in one query."""
    missing = [r[0] for r in rows if r[6] is None]
    if not missing:
        return rows
    bodies = dict(
        conn.exec_driver_sql(
            f"SELECT id, body FROM article WHERE id IN ({','.join('?' * len(missing))})",
            tuple(missing),
        ).all()
    )
    return [r if r[6] is not None else (*r[:6], bodies.get(r[0], "")) for r in rows]


def _units(parsed: ParsedQuery, mode: str) -> list[str]:
    """What a snippet highlights: each phrase whole, or in all-words mode each word."""
    out = []
    for segment in parsed.segments:
        out += (
            [" ".join(segment.words)] if segment.quoted or mode == PHRASE else list(segment.words)
        )
    return out


def _rerank(conn, ids: list[int], parsed: ParsedQuery, exact: ExactMatcher | None) -> list[int]:
    """The library's relevance order: bm25 (already), then among the best RERANK matches
    the diacritics as typed and the phrase in the title or lead first, as ``search`` ranks."""
    head = ids[:RERANK]
    columns = "id, title, lead, body" if exact else "id, title, lead, ''"
    placeholders = ",".join("?" * len(head))
    texts = {
        r[0]: r[1:]
        for r in conn.exec_driver_sql(
            f"SELECT {columns} FROM article WHERE id IN ({placeholders})", tuple(head)
        ).all()
    }
    phrase = " ".join(parsed.words)
    position = {article_id: n for n, article_id in enumerate(head)}

    def key(article_id: int) -> tuple:
        title, lead, body = texts[article_id]
        return (
            -(exact is not None and exact(title, lead, body)),
            -_phrase_rank(phrase, title, lead),
            position[article_id],
        )

    return sorted(head, key=key) + ids[RERANK:]
