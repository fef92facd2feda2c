"""The title-and-lead index gives related suggestions exactly the bm25 scores ``article_fts``
gave (so the same suggestions, in the same order), and stays in step with every write."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from lnv_editor.core.vietnamese import fold
from lnv_editor.store.search_heads import FILL, HEADS_CREATE, heads_row
from lnv_editor.store.search_index import terms

WORDS = ["đồng", "kỵ", "hà", "nội", "gốm", "a", "b2", "cong", FILL]
GLUE = [" ", " ", ", ", ".\n", "-", "'", "\u0301", "ø", "中", "😀"]
text = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), min_size=0, max_size=15
).map(lambda parts: "".join(w + g for w, g in parts))
article = st.tuples(text, text, text, text, text)


def _old_and_new(db, match: str, recent: int = 0) -> tuple[list, list]:
    old = db.execute(
        "SELECT rowid, bm25(article_fts, 10, 4, 0, 0, 0) FROM article_fts "
        "WHERE article_fts MATCH ? AND rowid > ? ORDER BY 2, 1",
        (match, recent),
    ).fetchall()
    new = db.execute(
        "SELECT rowid, bm25(article_heads, 10, 4, 0) FROM article_heads "
        "WHERE article_heads MATCH ? AND rowid > ? ORDER BY 2, 1",
        (match, recent),
    ).fetchall()
    return old, new


@settings(max_examples=120, deadline=None)
@given(st.lists(article, min_size=1, max_size=8), st.lists(st.sampled_from(WORDS[:-1]), min_size=1))
def test_bm25_over_titles_and_leads_is_exactly_article_fts_bm25(articles, words):
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE article_fts USING fts5(title, lead, body, byline, captions, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    db.execute(HEADS_CREATE)
    for rowid, columns in enumerate(articles, start=1):
        folded = tuple(fold(c) for c in columns)
        db.execute("INSERT INTO article_fts VALUES (?, ?, ?, ?, ?)", folded)
        db.execute(
            "INSERT INTO article_heads (rowid, title, lead, rest) VALUES (?, ?, ?, ?)",
            (rowid, *heads_row(folded)),
        )
    query = terms(" ".join(words))
    if not query:
        return
    match = "{title lead}: (" + " OR ".join(f'"{w}"' for w in query) + ")"
    for recent in (0, len(articles) // 2):
        old, new = _old_and_new(db, match, recent)
        assert new == old  # same rows, bit-for-bit the same scores


def _heads_in_step(repo) -> None:
    """Every article's row is there, and bm25 of every title word is article_fts's."""
    with repo.engine.connect() as conn:
        db = conn.connection.driver_connection
        words = {
            w for (t,) in db.execute("SELECT title || ' ' || lead FROM article") for w in terms(t)
        }
        for w in sorted(words):
            old, new = _old_and_new(db, '{title lead}: "' + w + '"')
            assert new == old, w
        ids = lambda table: [r[0] for r in db.execute(f"SELECT rowid FROM {table} ORDER BY 1")]  # noqa: E731
        assert ids("article_heads") == ids("article_fts")


def test_heads_follow_saves_captions_trash_and_deletes(repo):
    first = repo.create(title="Gốm Bát Tràng", lead="Làng gốm ven đô Hà Nội.", body="Đất sét " * 40)
    second = repo.create(
        title="Hà Nội đón khách", lead="Phố cổ.", body="Gốm, lụa.", byline="Lê Nam"
    )
    third = repo.create(title="Đồng Kỵ", lead="Gỗ.", body="")
    _heads_in_step(repo)
    repo.save(
        first.id, {"body": "Ngắn.", "lead": "Lò gốm"}, base_version=first.version, reason="save"
    )
    _heads_in_step(repo)
    # An autosave indexes later (store/search_pending.py); once caught up, in step again.
    version = repo.get(first.id).version
    repo.save(first.id, {"lead": "Lò gốm cổ"}, base_version=version, reason="autosave")
    assert repo.search.catch_up() == 1
    _heads_in_step(repo)
    repo.trash.trash([second.id])
    _heads_in_step(repo)
    repo.delete(third.id)
    _heads_in_step(repo)
