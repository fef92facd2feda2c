"""The full-text index (SQLite FTS5) and a query builder that any user text is safe in.

The index holds *folded* text (``core.vietnamese.fold``: no diacritics, đ → d, casefolded),
so "ha noi", "Hà Nội", NFD "Hà Nội" and "HÀ NỘI" are one query, and "dong ky" finds
"Đồng Kỵ" (SQLite's own ``remove_diacritics 2`` does not fold đ). The repository updates a
row in the same transaction as every write to its article or its captions.
"""

from __future__ import annotations

import re
from functools import lru_cache

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


def build_match(query: str, *, prefix_last: bool = True, phrase: bool = False) -> str | None:
    """An FTS5 MATCH expression: every word must appear (AND), or with *phrase* the words
    in a row; the last one may be a prefix, for search-as-you-type. None when the query has
    no searchable word. Words are quoted, so nothing in them is FTS syntax."""
    words = terms(query)
    if not words:
        return None
    if phrase:
        return f'"{" ".join(words)}"' + ("*" if prefix_last else "")
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


@lru_cache(maxsize=4096)
def _fold_line(line: str) -> str:
    return fold(line)


def fold_text(text: str) -> str:
    """``fold`` line by line with a cache: each autosave re-indexes the whole body, but only
    the paragraph being typed has changed."""
    return " ".join(_fold_line(line) for line in text.split("\n"))


def index_row(conn: Connection, article_id: int) -> None:
    row = conn.exec_driver_sql(
        "SELECT title, lead, body, byline FROM article WHERE id = ?", (article_id,)
    ).one_or_none()
    conn.exec_driver_sql("DELETE FROM article_fts WHERE rowid = ?", (article_id,))
    if row is None:
        return
    conn.exec_driver_sql(
        "INSERT INTO article_fts (rowid, title, lead, body, byline, captions) VALUES (?,?,?,?,?,?)",
        (article_id, *(fold_text(v) for v in row), fold(_captions(conn, article_id))),
    )


def rebuild_index(conn: Connection) -> int:
    """Index every article again (migrations, repairs). Returns the number indexed."""
    conn.exec_driver_sql("DELETE FROM article_fts")
    captions: dict[int, list[str]] = {}
    for article_id, caption, credit, alt in conn.exec_driver_sql(
        "SELECT article_id, caption, credit, alt FROM photo WHERE NOT removed ORDER BY article_id, position"
    ).all():
        captions.setdefault(article_id, []).append(f"{caption} {credit} {alt}")
    rows = conn.exec_driver_sql("SELECT id, title, lead, body, byline FROM article").all()
    batch = [
        (article_id, fold(title), fold(lead), fold(body), fold(byline),
         fold("\n".join(captions.get(article_id, []))))
        for article_id, title, lead, body, byline in rows
    ]
    if batch:
        conn.exec_driver_sql(
            "INSERT INTO article_fts (rowid, title, lead, body, byline, captions) VALUES (?,?,?,?,?,?)",
            batch,
        )
    return len(batch)
