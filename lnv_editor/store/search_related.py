"""Related-story suggestions: shared provinces, the same section, similar title and lead.

Only recent stories are looked at (related links point at what readers can still find), which
also bounds the cost on a large store. The text part is bm25 over the title and lead of up to
12 of the story's words, on ``article_heads`` (search_heads.py): the same scores as over
``article_fts``, but the document frequencies FTS5 counts on every call come from lists of
titles and leads only, a tenth as long (docs/search.md).
"""

from __future__ import annotations

from sqlalchemy import Engine

from lnv_editor.store.search_index import terms

# Syllables so common in Vietnamese news that they say nothing about what a story is about.
STOPWORDS = frozenset(
    "va cua cac nhung la co duoc cho voi trong nguoi mot nay da de khong tu khi ve theo tai den "
    "nam nhieu ra nhu cung se thi lai con hon tren duoi sau truoc moi rat bi vao do o nay nen "
    "nhat ma hay neu vi qua dang chi ba ong anh chi em tinh thanh pho tp xa huyen".split()
)


def suggest_related(
    engine: Engine, article_id: int, *, limit: int = 10, window: int = 2500
) -> list[tuple[int, float]]:
    """Stories to offer as related: shared provinces, same section, similar title and
    lead (bm25), newest first on ties. Returns (id, score), best first."""
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT title, lead, section FROM article WHERE id = ?", (article_id,)
        ).one_or_none()
        if row is None:
            return []
        title, lead, section = row
        # The title's words first, then the lead's: the words that say what it is about.
        words = [
            w for w in dict.fromkeys(terms(f"{title} {lead}")) if w not in STOPWORDS and len(w) > 1
        ]
        scores: dict[int, float] = {}
        newest = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM article").scalar_one()
        recent = newest - window  # only the newest *window* stories
        if words:
            # Title and lead only, among recent stories: related links point at what
            # readers can still find, and it bounds the cost on a large store.
            match = "{title lead}: (" + " OR ".join(f'"{w}"' for w in words[:12]) + ")"
            for rid, score in conn.exec_driver_sql(
                "SELECT rowid, bm25(article_heads, 10, 4, 0) FROM article_heads "
                "WHERE article_heads MATCH ? AND rowid != ? AND rowid > ? ORDER BY 2 LIMIT 60",
                (match, article_id, recent),
            ).all():
                scores[rid] = -score  # bm25 is negative: lower is better
        top = max(scores.values(), default=0) or 1.0
        scores = {k: 2.0 * v / top for k, v in scores.items()}  # text similarity in [0, 2]
        for rid, shared in conn.exec_driver_sql(
            "SELECT o.article_id, count(*) FROM article_province o JOIN article_province m "
            "ON m.code = o.code AND m.article_id = ? WHERE o.article_id != ? "
            "AND o.article_id > ? GROUP BY o.article_id "
            "ORDER BY count(*) DESC, o.article_id DESC LIMIT 200",
            (article_id, article_id, recent),
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
