"""Store-wide search (FTS5 + bm25) and related-story suggestions.

Ranking cost grows with the number of matches, so a search ranks the newest
``RANK_WINDOW`` matches and looks at older ones only if that leaves fewer hits than asked
for: a phrase as common as "ha noi" costs a bounded amount, and the hits a desk wants
(recent, title matches) come first anyway.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from sqlalchemy import Engine

from lnv_editor.core.vietnamese import fold_chars
from lnv_editor.store.search_index import WEIGHTS, build_match, terms

RANK_WINDOW = 500
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

    def snippet_html(self) -> str:
        out, last = [], 0
        for start, end in self.highlights:
            out += [html.escape(self.snippet[last:start]), "<b>", html.escape(self.snippet[start:end]), "</b>"]
            last = end
        out.append(html.escape(self.snippet[last:]))
        return "".join(out)

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
        sql.append("EXISTS (SELECT 1 FROM article_province p WHERE p.article_id = a.id AND p.code = ?)")
        params.append(str(province))
    # Trash (store/trash.py): articles in the trash are never search hits or library rows.
    sql.append("a.deleted_at IS NULL")
    return "".join(f" AND {s}" for s in sql), params


def make_snippet(text: str, words: list[str], width: int = SNIPPET_CHARS) -> tuple[str, tuple]:
    """A window of *text* around the first match of *words*, with the matched spans."""
    text = " ".join(text.split())
    folded = fold_chars(text).lower()
    pattern = re.compile(r"(?<![0-9a-z])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")")
    first = pattern.search(folded) if words else None
    start = 0
    if first and first.start() > width // 3:
        start = text.rfind(" ", 0, first.start() - width // 3) + 1
    end = min(len(text), start + width)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    spans = tuple(
        (m.start() - start + len(prefix), m.end() - start + len(prefix))
        for m in pattern.finditer(folded, start, end)
    ) if words else ()
    return prefix + text[start:end] + suffix, spans


class SearchService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def search(self, query: str, *, status: str | None = None, province: str | None = None,
               limit: int = 20) -> list[SearchHit]:
        """Ranked hits for any user text: every word must appear (the last may be a prefix,
        for search-as-you-type); bm25 with the title weighted; the words as a phrase in the
        title or lead rank first."""
        words = terms(query)
        if not words:
            return []
        where, params = _filters(status, province)
        phrase = " ".join(words)
        rows: list = []
        seen: set[int] = set()
        with self.engine.connect() as conn:
            # Whole words first (cheap: FTS can stop early), then the last word as a prefix
            # (search-as-you-type) only if that found too few.
            for match in (build_match(query, prefix_last=False), build_match(query)):
                # Rank the newest RANK_WINDOW matches; older ones only if that is too few.
                cutoff = conn.exec_driver_sql(
                    "SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC "
                    "LIMIT 1 OFFSET ?", (match, RANK_WINDOW - 1)).scalar_one_or_none()
                windows = [""] if cutoff is None else [f" AND f.rowid >= {int(cutoff)}", f" AND f.rowid < {int(cutoff)}"]
                for window in windows:
                    found = [r for r in self._ranked(conn, match, where, params, max(limit * 3, 60), window)
                             if r[0] not in seen]
                    # A phrase in the title, then in the lead, beats scattered words.
                    found.sort(key=lambda r: (-_phrase_rank(phrase, r[2], r[5]), r[1]))
                    for r in found[: limit - len(rows)]:
                        seen.add(r[0])
                        rows.append(r)
                    if len(rows) >= limit:
                        break
                if len(rows) >= limit:
                    break
            hits = []
            for article_id, score, title, status_, section, lead, body in rows:
                source = lead if _contains(lead, words) else body if _contains(body, words) else lead or body
                snippet, spans = make_snippet(source, words)
                hits.append(SearchHit(article_id, title, status_, section, score, snippet, spans))
            return hits

    def _ranked(self, conn, match: str, where: str, params: list, limit: int, window: str) -> list:
        sql = (
            f"SELECT f.rowid, {_BM25} AS score, a.title, a.status, a.section, a.lead, a.body "
            "FROM article_fts f JOIN article a ON a.id = f.rowid "
            f"WHERE article_fts MATCH ?{window}{where} ORDER BY score, a.updated DESC LIMIT ?"
        )
        return [tuple(r) for r in conn.exec_driver_sql(sql, (match, *params, limit)).all()]

    def matching_ids(self, query: str, *, status: str | None = None, province: str | None = None,
                     newest_first: bool = True, order: str = "updated") -> list[int] | None:
        """Every article matching *query*, in library order; None if nothing filters."""
        match = build_match(query)
        where, params = _filters(status, province)
        direction = "DESC" if newest_first else "ASC"
        column = "a.title_key" if order == "title" else "a.updated"
        order_by = f"ORDER BY {column} {direction}, a.id {direction}"
        if match is None:
            if not (status or province):
                return None
            sql = f"SELECT a.id FROM article a WHERE 1{where} {order_by}"
            args = params
        else:
            sql = (f"SELECT a.id FROM article a WHERE a.id IN (SELECT rowid FROM article_fts WHERE "
                   f"article_fts MATCH ?){where} {order_by}")
            args = [match, *params]
        with self.engine.connect() as conn:
            return [r[0] for r in conn.exec_driver_sql(sql, tuple(args)).all()]

    def suggest_related(self, article_id: int, *, limit: int = 10) -> list[tuple[int, float]]:
        """Stories to offer as related: shared provinces, same section, similar title and
        lead (bm25), newest first on ties. Returns (id, score), best first."""
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT title, lead, section FROM article WHERE id = ?", (article_id,)).one_or_none()
            if row is None:
                return []
            title, lead, section = row
            # The title's words first, then the lead's: the words that say what it is about.
            words = [w for w in dict.fromkeys(terms(f"{title} {lead}")) if w not in STOPWORDS and len(w) > 1]
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
                rid: (sec, upd) for rid, sec, upd in conn.exec_driver_sql(
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
            ranked.append((round(score + (1.0 if section and sec == section else 0.0), 6), str(updated), rid))
        ranked.sort(reverse=True)
        return [(rid, score) for score, _updated, rid in ranked[:limit]]


def _phrase_rank(phrase: str, title: str, lead: str) -> int:
    if " " not in phrase:
        return 0
    if phrase in " ".join(fold_chars(title).lower().split()):
        return 2
    return 1 if phrase in " ".join(fold_chars(lead).lower().split()) else 0


def _contains(text: str, words: list[str]) -> bool:
    folded = fold_chars(text).lower()
    return any(w in folded for w in words)
