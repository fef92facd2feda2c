"""A short prefix typed on (search_prefix.py): asked through the two-letter prefix indexes and
ranked here, it finds and ranks exactly what FTS5's own prefix found and ranked."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from search_helpers import everything, insert_random_articles, tag_and_trash

import lnv_editor.store.search as search
from lnv_editor.core.vietnamese import fold
from lnv_editor.store.search_bm25 import averages, counts, idf, scores
from lnv_editor.store.search_index import WEIGHTS, parse_query
from lnv_editor.store.search_pairs import tokens
from lnv_editor.store.search_plan import make_plan
from lnv_editor.store.search_prefix import widen

SYLLABLES = (
    "khuyến công hỗ trợ làng nghề gốm sứ bát tràng hà nội đồng kỵ thanh hóa nghệ nhân xuất "
    "khẩu thị trường tiết kiệm năng lượng ocop mây tre đan truyền thống"
).split()
# Prefixes typed on: one letter, two, three, after whole words, a phrase, an excluded word.
QUERIES = [
    "t",
    "h",
    "th",
    "ngh",
    "gốm sứ truyền t",
    "khuy",
    "gom su truyề",
    "gom su tr",
    "nghệ nhân làng n",
    "ha noi t",
    '"bat trang" h',
    "gom -su t",
    "xuất khẩu t",
    "z",  # the rare letter: left to FTS5
    "gom z",
]


def _rare(n: int) -> str:
    """ "zô zin" in a ninth of the bodies: the rare letter, left to FTS5."""
    return " zô zin" if n % 9 == 0 else ""


@pytest.fixture
def generated(repo):
    insert_random_articles(repo, SYLLABLES, 300, seed=21, words=(5, 10, 30), body_end=_rare)
    # Articles with the very same text tie on score and keep FTS5's order.
    repo.bulk_insert(
        {"title": "Gốm sứ truyền thống", "lead": "Hà Nội", "uri": f"urn:tie:{n}"} for n in range(8)
    )
    tag_and_trash(repo)
    return repo


def test_short_prefixes_find_and_rank_what_fts5s_own_prefix_did(generated, monkeypatch):
    ours = everything(generated, QUERIES)
    monkeypatch.setattr(search, "widen", lambda conn, plan: plan)  # FTS5's own "t"*
    assert ours == everything(generated, QUERIES)
    # the store is one where the prefixes find something, in both modes, with ties
    assert all(ours[q, None, None, 20][0] for q in QUERIES)
    assert {mode for _found, mode in ours.values()} == {"phrase", "all-words"}
    top = [h[1] for h in ours["gốm sứ truyền t", None, None, 20][0]]
    assert len(top) > len(set(top))


def test_which_prefixes_are_widened_and_how(generated):
    def plan(q: str, mode: str = "all-words"):
        with generated.engine.connect() as conn:
            return widen(conn, make_plan(parse_query(q), mode, prefix_last=True))

    one = plan("gom su t")
    assert one.common_prefix
    # thị, thanh, thống; tiết; trợ, tràng, trường, tre, truyền ("t" alone is no word here)
    assert one.match == '"gom" "su" AND ("th"* OR "ti"* OR "tr"*)'
    assert one.rank_words == ("gom", "su", "t")
    alone = plan("h", "phrase")
    assert alone.common_prefix and alone.match == '("ha"* OR "ho"*)'
    assert plan("gom -su t").match == '"gom" AND ("th"* OR "ti"* OR "tr"*) NOT "su"'
    assert plan('"bat trang" h').words == '("ha"* OR "ho"*)'
    assert plan('"bat trang" h').loose == '"bat" "trang" AND ("ha"* OR "ho"*)'
    # Two or three letters: FTS5's prefix index finds them; only the ranking moves here.
    two = plan("gom su th")
    assert two.common_prefix and two.match == '"gom" "su" "th"*'
    # Three letters keep the prefix index; four or more are the OR of the whole words
    # they begin (trường, truyền).
    four = plan("gom tru")
    assert four.common_prefix and four.match == '"gom" "tru"*'
    assert plan("gom truy").match == '"gom" AND ("truyen")'
    assert plan("gom truo").match == '"gom" AND ("truong")'
    assert plan("ky truo -gom").match == '"ky" AND ("truong") NOT "gom"'
    # Must not: a rare letter (in a ninth of the articles), a whole last word, a prefix
    # ending a phrase (the pair index), a quoted last word, a prefix of too many words.
    assert not plan("gom z").common_prefix and plan("gom z").match == '"gom" "z"*'
    assert plan("gom t", "phrase").prefix_word is None
    assert not plan('gom "t"').common_prefix
    assert not plan("gom zi").common_prefix and not plan("gom zin").common_prefix
    with generated.engine.connect() as conn:
        whole = widen(conn, make_plan(parse_query("gom t"), "all-words", prefix_last=False))
    assert not whole.common_prefix and whole.match == '"gom" "t"'


WORDS = ["đồng", "kỵ", "hà", "nội", "hỗ", "ha", "a", "b2", "hθ", "ω"]
GLUE = [" ", ", ", ".\n", "-", "_", "\u0301", "ø", "中", "’"]
text = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), min_size=0, max_size=12
).map(lambda parts: "".join(w + g for w, g in parts))


@settings(max_examples=300, deadline=None)
@given(st.lists(text.map(fold)), st.sampled_from(["h", "ha", "d", "b", "a", "n"]))
def test_prefix_counts_are_the_tokenizers(texts, prefix):
    found = counts(texts, [f"{prefix}*", "ha"])
    assert found[f"{prefix}*"] == [sum(t.startswith(prefix) for t in tokens(x)) for x in texts]
    assert found["ha"] == [tokens(x).count("ha") for x in texts]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(text, text, text, text, text), min_size=1, max_size=10),
    st.sampled_from(["h", "ha", "d", "n"]),
)
def test_bm25_of_a_common_prefix_is_fts5s_bit_for_bit(articles, prefix):
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute(
        "CREATE VIRTUAL TABLE article_fts USING fts5(title, lead, body, byline, captions, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for columns in articles:
        db.execute("INSERT INTO article_fts VALUES (?, ?, ?, ?, ?)", tuple(map(fold, columns)))
    rows, avgdl = averages(db) or (0, 0.0)
    match = f'"a" "{prefix}"*'
    held = db.execute(
        "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?", (f'"{prefix}"*',)
    ).fetchone()[0]
    assume(rows and 2 * held >= rows)  # the prefix is common: its IDF is the floor
    theirs = db.execute(
        f"SELECT rowid, bm25(article_fts, {', '.join(map(str, WEIGHTS))}) FROM article_fts "
        "WHERE article_fts MATCH ? ORDER BY rowid",
        (match,),
    ).fetchall()
    docs = db.execute(
        "SELECT count(*) FROM article_fts WHERE article_fts MATCH '\"a\"'"
    ).fetchone()[0]
    found = db.execute(
        "SELECT f.rowid, d.sz, f.title, f.lead, f.body, f.byline, f.captions FROM article_fts f "
        "JOIN article_fts_docsize d ON d.id = f.rowid WHERE article_fts MATCH ? ORDER BY 1",
        (match,),
    ).fetchall()
    ours = scores([r[1:] for r in found], ["a", f"{prefix}*"], [idf(rows, docs), 1e-6], avgdl)
    assert list(zip([r[0] for r in found], ours, strict=True)) == theirs


def test_a_prefix_of_too_many_words_is_left_to_fts5(generated, monkeypatch):
    import lnv_editor.store.search_prefix as prefix

    monkeypatch.setattr(prefix, "MAX_WORDS", 0)
    with generated.engine.connect() as conn:
        plan = widen(conn, make_plan(parse_query("gom truy"), "all-words", prefix_last=True))
    assert not plan.common_prefix and plan.match == '"gom" "truy"*'
