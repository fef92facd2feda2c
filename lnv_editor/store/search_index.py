"""The full-text index (SQLite FTS5) and a query builder that any user text is safe in.

The index holds *folded* text (``core.vietnamese.fold``: no diacritics, đ → d, casefolded),
so "ha noi", "Hà Nội", NFD "Hà Nội" and "HÀ NỘI" are one query, and "dong ky" finds
"Đồng Kỵ" (SQLite's own ``remove_diacritics 2`` does not fold đ). The repository updates a
row in the same transaction as every write to its article or its captions.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection

from lnv_editor.core.vietnamese import fold

# bm25 weights: title, lead, body, byline, captions.
WEIGHTS = (10.0, 4.0, 1.0, 2.0, 1.5)
_TOKEN = re.compile(r"[0-9a-z]+")
MAX_TERMS = 12


def terms(query: str) -> list[str]:
    """The words of *query* as the index sees them; everything else (quotes, operators,
    column filters, NUL, emoji) is dropped, so no user text can change the query's shape."""
    return _TOKEN.findall(fold(query))[:MAX_TERMS]


def build_match(query: str, *, prefix_last: bool = True) -> str | None:
    """An FTS5 MATCH expression: every word must appear (AND); the last one may be a prefix,
    for search-as-you-type. None when the query has no searchable word."""
    words = terms(query)
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    if prefix_last:
        parts[-1] += "*"
    return " ".join(parts)


def _captions(conn: Connection, article_id: int) -> str:
    rows = conn.exec_driver_sql(
        "SELECT caption, credit, alt FROM photo WHERE article_id = ? AND NOT removed ORDER BY position",
        (article_id,),
    ).all()
    return "\n".join(" ".join(r) for r in rows)


def index_row(conn: Connection, article_id: int) -> None:
    row = conn.exec_driver_sql(
        "SELECT title, lead, body, byline FROM article WHERE id = ?", (article_id,)
    ).one_or_none()
    conn.exec_driver_sql("DELETE FROM article_fts WHERE rowid = ?", (article_id,))
    if row is None:
        return
    conn.exec_driver_sql(
        "INSERT INTO article_fts (rowid, title, lead, body, byline, captions) VALUES (?,?,?,?,?,?)",
        (article_id, *(fold(v) for v in row), fold(_captions(conn, article_id))),
    )


def rebuild_index(conn: Connection) -> int:
    """Index every article again (migrations, repairs). Returns the number indexed."""
    conn.exec_driver_sql("DELETE FROM article_fts")
    ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM article").all()]
    for article_id in ids:
        index_row(conn, article_id)
    return len(ids)
