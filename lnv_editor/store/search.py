"""Store-wide search (FTS5 + bm25) and related-story suggestions.

Ranking cost grows with the number of matches, so a search ranks the newest
``RANK_WINDOW`` matches and looks at older ones only if that leaves fewer hits than asked
for: a phrase as common as "ha noi" costs a bounded amount, and the hits a desk wants
(recent, title matches) come first anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Engine

from lnv_editor.core.vietnamese import fold, fold_chars
from lnv_editor.store.search_index import (
    ALL_WORDS,
    PHRASE,
    WEIGHTS,
    ParsedQuery,
    build_match,
    build_near,
    parse_query,
    terms,
)
from lnv_editor.store.search_rank import ExactMatcher, exact_matcher

RANK_WINDOW = 500
RERANK = 200  # relevance order: how many of the best the library re-checks
SNIPPET_CHARS = 160
_BM25 = "bm25(article_fts, {})".format(", ".join(str(w) for w in WEIGHTS))
# Syllables so common in Vietnamese news that they say nothing about what a story is about.
STOPWORDS = frozenset(
    "va cua cac nhung la co duoc cho voi trong nguoi mot nay da de khong tu khi ve theo tai den "
    "nam nhieu ra nhu cung se thi lai con hon tren duoi sau truoc moi rat bi vao do o nay nen "
    "nhat ma hay neu vi qua dang chi ba ong anh chi em tinh thanh pho tp xa huyen".split()
)


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


def make_snippet(text: str, words: list[str], width: int = SNIPPET_CHARS) -> tuple[str, tuple]:
    """A window of *text* around the first match of *words* (words or phrases), with the
    matched spans."""
    text = " ".join(text.split())
    folded = fold_chars(text).lower()
    pattern = re.compile(
        r"(?<![0-9a-z])(?:"
        + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        + ")"
    )
    first = pattern.search(folded) if words else None
    start = 0
    if first and first.start() > width // 3:
        start = text.rfind(" ", 0, first.start() - width // 3) + 1
    end = min(len(text), start + width)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    # A phrase is highlighted word by word, so the spaces between stay plain.
    spans = (
        tuple(
            (w.start() + m.start() - start + len(prefix), w.end() + m.start() - start + len(prefix))
            for m in pattern.finditer(folded, start, end)
            for w in re.finditer(r"\S+", m.group())
        )
        if words
        else ()
    )
    return prefix + text[start:end] + suffix, spans


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


def _stages(conn, parsed: ParsedQuery):
    """(mode, MATCH, prefix_last) to try in turn; the first that matches anything wins.
    Whole words before a prefix (search-as-you-type), the phrase before the words apart."""
    modes = (PHRASE, ALL_WORDS) if parsed.phrase_first else (PHRASE,)
    for mode in modes:
        whole = build_match(parsed, prefix_last=False, phrase=mode == PHRASE)
        prefixed = build_match(parsed, prefix_last=True, phrase=mode == PHRASE)
        # A phrase that is nowhere costs a full scan of its words' positions: look once, with
        # the broader prefix form, before ranking anything.
        if (
            mode != modes[-1]
            and conn.exec_driver_sql(
                "SELECT 1 FROM article_fts WHERE article_fts MATCH ? LIMIT 1", (prefixed,)
            ).first()
            is None
        ):
            continue
        yield mode, whole, False
        if prefixed != whole:
            yield mode, prefixed, True


class SearchService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def search(
        self, query: str, *, status: str | None = None, province: str | None = None, limit: int = 20
    ) -> SearchHits:
        """Ranked hits for any user text. A run of several words matches as a phrase (in a
        row, in order: Vietnamese words are several syllables); only if no article has the
        phrase does every word anywhere do (``mode`` says which). Quoted words are always a
        phrase, ``-word`` leaves articles out, the last word may be a prefix. Ranking: the
        diacritics as typed, then the phrase in the title or lead, then bm25 (title weighted)."""
        parsed = parse_query(query)
        if not parsed.segments:
            return SearchHits()
        where, params = _filters(status, province)
        rows: list = []
        with self.engine.connect() as conn:
            for stage in _stages(conn, parsed):
                mode, match, prefix = stage
                exact = exact_matcher(parsed, mode, prefix_last=prefix)
                near = build_near(parsed, prefix_last=prefix) if mode == PHRASE else None
                rows = self._best(conn, match, near, where, params, limit, parsed, exact)
                if rows:
                    break
            rows = _with_bodies(conn, rows)
        units = _units(parsed, mode)
        hits = SearchHits(mode=mode)
        for article_id, score, title, status_, section, lead, body in rows:
            source = (
                lead if _contains(lead, units) else body if _contains(body, units) else lead or body
            )
            snippet, spans = make_snippet(source, units)
            hits.append(SearchHit(article_id, title, status_, section, score, snippet, spans))
        return hits

    def _best(
        self,
        conn,
        match: str,
        near: str | None,
        where: str,
        params: list,
        limit: int,
        parsed: ParsedQuery,
        exact: ExactMatcher | None,
    ) -> list:
        # Rank the newest RANK_WINDOW matches; older ones only if that is too few. No match
        # at all is the common case for a phrase that is not there: one cheap query says so.
        newest = (
            conn.exec_driver_sql(
                "SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                (match, RANK_WINDOW),
            )
            .scalars()
            .all()
        )
        if not newest:
            return []
        cutoff = newest[-1] if len(newest) == RANK_WINDOW else None
        windows = (
            [""]
            if cutoff is None
            else [f" AND f.rowid >= {int(cutoff)}", f" AND f.rowid < {int(cutoff)}"]
        )
        phrase = " ".join(parsed.words)
        rows: list = []
        for n, window in enumerate(windows):
            found = None
            if near is not None and n == 0:
                # Rank the words side by side (cheap) and keep the rows that have the phrase:
                # in this window those are exactly the ids just read.
                phrase_ids = set(newest)
                cap = max(limit * 4, 80)
                ranked = self._ranked(conn, near, where, params, cap, window)
                found = [r for r in ranked if r[0] in phrase_ids][: max(limit * 3, 60)]
                if len(found) < limit - len(rows) and len(ranked) == cap:
                    found = None  # mostly the words the other way round: rank the phrase itself
            if found is None:
                found = self._ranked(conn, match, where, params, max(limit * 3, 60), window)
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

    def _ranked(self, conn, match: str, where: str, params: list, limit: int, window: str) -> list:
        sql = (
            # No body yet: only the few rows shown (or re-checked for diacritics) need it.
            f"SELECT f.rowid, {_BM25} AS score, a.title, a.status, a.section, a.lead, NULL "
            "FROM article_fts f JOIN article a ON a.id = f.rowid "
            f"WHERE article_fts MATCH ?{window}{where} ORDER BY score, a.updated DESC LIMIT ?"
        )
        return [tuple(r) for r in conn.exec_driver_sql(sql, (match, *params, limit)).all()]

    def matching_ids(
        self,
        query: str,
        *,
        status: str | None = None,
        province: str | None = None,
        newest_first: bool = True,
        order: str = "updated",
    ) -> SearchResult:
        """Every article matching *query* (as ``search`` matches: the phrase first, else all
        the words), in library order: ``order`` "updated", "title" or "relevance" (best
        first); ``ids`` is None if nothing filters."""
        parsed = parse_query(query)
        where, params = _filters(status, province)
        direction = "DESC" if newest_first else "ASC"
        column = "a.title_key" if order == "title" else "a.updated"
        order_by = f"ORDER BY {column} {direction}, a.id {direction}"
        with self.engine.connect() as conn:
            if not parsed.segments:
                if not (status or province):
                    return SearchResult(None)
                sql = f"SELECT a.id FROM article a WHERE 1{where} {order_by}"
                return SearchResult([r[0] for r in conn.exec_driver_sql(sql, tuple(params)).all()])
            if order == "relevance":
                sql = (
                    f"SELECT a.id FROM article_fts f JOIN article a ON a.id = f.rowid WHERE "
                    f"article_fts MATCH ?{where} ORDER BY {_BM25}, a.updated DESC"
                )
            else:
                sql = (
                    f"SELECT a.id FROM article a WHERE a.id IN (SELECT rowid FROM article_fts WHERE "
                    f"article_fts MATCH ?){where} {order_by}"
                )
            ids: list[int] = []
            for stage in _stages(conn, parsed):
                ids = [r[0] for r in conn.exec_driver_sql(sql, (stage[1], *params)).all()]
                if ids:
                    break
            mode, _match, prefix = stage
            if order == "relevance" and ids:
                ids = _rerank(conn, ids, parsed, exact_matcher(parsed, mode, prefix_last=prefix))
        return SearchResult(ids, mode)

    def suggest_related(self, article_id: int, *, limit: int = 10) -> list[tuple[int, float]]:
        """Stories to offer as related: shared provinces, same section, similar title and
        lead (bm25), newest first on ties. Returns (id, score), best first."""
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT title, lead, section FROM article WHERE id = ?", (article_id,)
            ).one_or_none()
            if row is None:
                return []
            title, lead, section = row
            # The title's words first, then the lead's: the words that say what it is about.
            words = [
                w
                for w in dict.fromkeys(terms(f"{title} {lead}"))
                if w not in STOPWORDS and len(w) > 1
            ]
            scores: dict[int, float] = {}
            newest = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM article").scalar_one()
            if words:
                # Title and lead only, among recent stories: related links point at what
                # readers can still find, and it bounds the cost on a large store.
                match = "{title lead}: (" + " OR ".join(f'"{w}"' for w in words[:12]) + ")"
                for rid, score in conn.exec_driver_sql(
                    "SELECT rowid, bm25(article_fts, 10, 4, 0, 0, 0) FROM article_fts "
                    "WHERE article_fts MATCH ? AND rowid != ? AND rowid > ? ORDER BY 2 LIMIT 60",
                    (match, article_id, newest - 5 * RANK_WINDOW),
                ).all():
                    scores[rid] = -score  # bm25 is negative: lower is better
            top = max(scores.values(), default=0) or 1.0
            scores = {k: 2.0 * v / top for k, v in scores.items()}  # text similarity in [0, 2]
            for rid, shared in conn.exec_driver_sql(
                "SELECT o.article_id, count(*) FROM article_province o JOIN article_province m "
                "ON m.code = o.code AND m.article_id = ? WHERE o.article_id != ? "
                "GROUP BY o.article_id ORDER BY count(*) DESC LIMIT 200",
                (article_id, article_id),
            ).all():
                scores[rid] = scores.get(rid, 0.0) + 1.5 * shared
            if not scores:
                return []
            placeholders = ",".join("?" * len(scores))
            meta = {
                rid: (sec, upd)
                for rid, sec, upd in conn.exec_driver_sql(
                    f"SELECT id, section, updated FROM article WHERE id IN ({placeholders})"
                    " AND deleted_at IS NULL",  # trash: never suggested
                    tuple(scores),
                ).all()
            }
        ranked = []
        for rid, score in scores.items():
            if rid not in meta:
                continue
            sec, updated = meta[rid]
            ranked.append(
                (round(score + (1.0 if section and sec == section else 0.0), 6), str(updated), rid)
            )
        ranked.sort(reverse=True)
        return [(rid, score) for score, _updated, rid in ranked[:limit]]


def _phrase_rank(phrase: str, title: str, lead: str) -> int:
    if " " not in phrase:
        return 0
    if phrase in " ".join(fold_chars(title).lower().split()):
        return 2
    return 1 if phrase in " ".join(fold_chars(lead).lower().split()) else 0


def _contains(text: str, words: list[str]) -> bool:
    folded = fold(text)  # whole-string fold: much faster than fold_chars, no positions needed
    return any(w in folded for w in words)


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
