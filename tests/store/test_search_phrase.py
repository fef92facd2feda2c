"""A typed phrase whose last word is a prefix (search_phrase.py): asked as the OR of the pairs
it begins and ranked here, it finds and ranks exactly what FTS5's own prefix found and ranked."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from search_helpers import everything, insert_random_articles, tag_and_trash

import lnv_editor.store.search as search
import lnv_editor.store.search_phrase as phrase_module
from lnv_editor.core.vietnamese import fold
from lnv_editor.store.search_bm25 import averages, idf, scores
from lnv_editor.store.search_index import WEIGHTS, parse_query
from lnv_editor.store.search_pairs import COLUMNS, PAIRS_CREATE, pair_text, tokens
from lnv_editor.store.search_phrase import phrase_counts
from lnv_editor.store.search_plan import make_plan
from lnv_editor.store.search_prefix import widen

SYLLABLES = (
    "khuyến công hỗ trợ làng nghề gốm sứ bát tràng hà nội đồng kỵ thanh hóa nghệ nhân xuất "
    "khẩu thị trường tiết kiệm năng lượng ocop mây tre đan truyền thống"
).split()
# Two words, the last cut short: "xuất khẩu" ends three articles in five (the prefix's
# IDF is the floor), "kiệm" is the only word beginning "kiê" (one pair: its count), "hà n"
# begins several rarer pairs (their counts less the overlaps); then what is left to FTS5.
# Three words or more: few articles have them (listed from the triple index).
REWRITTEN = [
    *["xuat k", "xuất kh", "tiết kiê", "hà n", "bat tr", "gom s", "nghe nh", "thi t"],
    *["gom su t", "xuất khẩu t", "khuyến công hỗ tr", "nghe nhan lang n", "gom su q"],
]
LEFT = ['"bat trang" h', "ha n -gom", "xuat q", 'xuat "k"']


@pytest.fixture
def generated(repo):
    insert_random_articles(
        repo,
        SYLLABLES,
        300,
        seed=5,
        words=(5, 10, 30),
        body_end=lambda n: " xuất khẩu" if n % 5 < 3 else "",
    )
    # Articles with the very same text tie on score and keep FTS5's order.
    repo.bulk_insert(
        {"title": "Xuất khẩu gốm sứ", "lead": "Hà Nội", "uri": f"urn:tie:{n}"} for n in range(8)
    )
    repo.bulk_insert(
        [{"title": "Khuyến công hỗ trợ nghệ nhân làng nghề", "lead": "", "uri": "urn:phrase"}]
    )
    tag_and_trash(repo)
    return repo


def _plan(repo, q: str, asked: list[str] | None = None):
    """*q*'s widened plan; *asked*, if given, gains the statements it ran."""
    with repo.engine.connect() as conn:
        if asked is not None:
            conn.connection.driver_connection.set_trace_callback(asked.append)
        try:
            return widen(conn, make_plan(parse_query(q), "phrase", prefix_last=True))
        finally:
            conn.connection.driver_connection.set_trace_callback(None)


@pytest.mark.parametrize("listed_rows", [10_000, 0], ids=["matches listed", "triples asked"])
def test_typed_phrases_find_and_rank_what_fts5s_own_prefix_did(generated, monkeypatch, listed_rows):
    monkeypatch.setattr(phrase_module, "LISTED_ROWS", listed_rows)
    longer = [q for q in REWRITTEN if len(q.split()) > 2]
    listed = [q for q in REWRITTEN if _plan(generated, q).phrase_ids is not None]
    # no pair begins "su q": listed (none) whatever the limit; else asked of the triples
    assert listed == (longer if listed_rows else ["gom su q"])
    assert all(_plan(generated, q).phrase_here for q in REWRITTEN)
    tripled = [q for q in longer if _plan(generated, q).pairs_table == "article_triples"]
    assert tripled == [q for q in longer if q not in listed]
    ours = everything(generated, REWRITTEN + LEFT)
    monkeypatch.setattr(search, "widen", lambda conn, plan: plan)  # FTS5's own "xuat_k"*
    assert ours == everything(generated, REWRITTEN + LEFT)
    # the phrases are found, and are phrases; the top of "xuat k" has ties
    for q in REWRITTEN[:-1]:
        hits, mode = ours[q, None, None, 20]
        assert hits and mode == "phrase", q
    assert ours["xuat q", None, None, 20][0] == [] == ours["gom su q", None, None, 20][0]
    top = [h[1] for h in ours["xuat k", None, None, 20][0]]
    assert len(top) > len(set(top))


@pytest.mark.parametrize("listed_rows", [10_000, 0], ids=["matches listed", "triples asked"])
def test_a_small_window_ranks_the_older_matches_as_fts5_did(generated, monkeypatch, listed_rows):
    """Past the newest RANK_WINDOW matches FTS5 ranks the prefix itself: the same hits."""
    monkeypatch.setattr(search, "RANK_WINDOW", 7)
    monkeypatch.setattr(phrase_module, "LISTED_ROWS", listed_rows)
    ours = everything(generated, REWRITTEN)
    assert max(len(ours[q, None, None, 20][0]) for q in REWRITTEN) == 20
    monkeypatch.setattr(search, "widen", lambda conn, plan: plan)
    assert ours == everything(generated, REWRITTEN)


def test_which_phrases_are_rewritten_and_how(generated):
    def fts5_count(match: str) -> int:
        with generated.engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT count(*) FROM article_pairs WHERE article_pairs MATCH ?", (match,)
            ).scalar_one()

    khau = _plan(generated, "xuat kh")
    assert khau.pairs == '"xuat_khau" OR "xuat_khuyen"' and khau.fts_pairs == '"xuat_kh"*'
    assert khau.rows()[1] == [khau.pairs] and khau.rank_match == '"xuat_kh"*'
    # in half the articles or more: the floor, whatever the prefix's own count
    rows = len(generated.list_ids()) + 2  # the trashed two are still indexed
    assert 2 * khau.phrase_docs >= rows and 2 * fts5_count('"xuat_kh"*') >= rows
    # one pair: its count is the prefix's
    kiem = _plan(generated, "tiet kie")
    assert kiem.pairs == '"tiet_kiem"' and kiem.phrase_docs == fts5_count('"tiet_kie"*')
    # several rarer pairs: their counts less the overlaps (article_pair_overlaps)
    asked: list[str] = []
    ha = _plan(generated, "ha n", asked)
    assert ha.phrase_here and ha.pairs.count(" OR ") >= 2
    assert ha.phrase_docs == fts5_count('"ha_n"*') and 2 * ha.phrase_docs < rows
    assert not any("article_pairs MATCH" in sql for sql in asked)
    # Three words: the articles listed, and their count.
    three = _plan(generated, "xuat khau t")
    assert three.pairs == three.fts_pairs == '"xuat_khau khau_t"*'
    assert len(three.phrase_ids) == three.phrase_docs == fts5_count('"xuat_khau khau_t"*') > 0
    none = _plan(generated, "gom su q")
    assert none.phrase_ids == () and none.phrase_docs == 0
    # Must not: a quoted phrase or an excluded word beside, a quoted last word, a prefix
    # no pair begins, whole words.
    assert not _plan(generated, '"bat trang" h').phrase_here
    assert not _plan(generated, "ha n -gom").phrase_here
    assert not _plan(generated, 'xuat "k"').phrase_here
    assert _plan(generated, "xuat q").pairs == '"xuat_q"*'
    with generated.engine.connect() as conn:
        whole = widen(conn, make_plan(parse_query("xuat khau"), "phrase", prefix_last=False))
    assert not whole.phrase_here and whole.pairs == '"xuat_khau"'


def test_a_prefix_of_too_many_pairs_is_left_to_fts5(generated, monkeypatch):
    monkeypatch.setattr(phrase_module, "MAX_PAIRS", 1)
    assert _plan(generated, "tiet kie").phrase_here  # one pair
    plan = _plan(generated, "xuat kh")
    assert not plan.phrase_here and plan.pairs == '"xuat_kh"*'
    # a longer phrase has no pairs to OR: its articles are listed, however many pairs
    assert (
        _plan(generated, "xuat khau t").phrase_docs
        == len(_plan(generated, "xuat khau t").phrase_ids)
        > 0
    )


def test_the_routes_of_a_longer_phrase(generated, monkeypatch):
    def fts5(match: str) -> tuple[int, ...]:
        with generated.engine.connect() as conn:
            return tuple(
                conn.exec_driver_sql(
                    "SELECT rowid FROM article_pairs WHERE article_pairs MATCH ? "
                    "ORDER BY rowid DESC",
                    (match,),
                ).scalars()
            )

    found = fts5('"gom_su su_t"*')
    assert len(found) > 3
    # Few articles hold a pair "su t" begins: the phrase's articles listed once, by the
    # triple index; the pair index is never asked.
    asked: list[str] = []
    listed = _plan(generated, "gom su t", asked)
    assert listed.phrase_ids == found and listed.phrase_docs == len(found)
    assert listed.rows()[0].startswith("SELECT f.rowid FROM article_pairs_docsize f WHERE")
    assert listed.pairs == listed.fts_pairs == '"gom_su su_t"*'
    assert any("article_triples MATCH" in sql for sql in asked)
    assert not any("article_pairs MATCH" in sql for sql in asked)
    # More, and a commoner stem of one pair (its kept count): asked of the triple index.
    with generated.engine.connect() as conn:
        gom_su = conn.exec_driver_sql(
            "SELECT docs FROM article_pair_words WHERE term = 'gom_su'"
        ).scalar_one()
    assert gom_su > 3
    monkeypatch.setattr(phrase_module, "LISTED_ROWS", 3)
    asked.clear()
    common = _plan(generated, "gom su t", asked)
    assert common.pairs == '"gom_su_t"*' and common.pairs_table == "article_triples"
    assert common.fts_pairs == '"gom_su su_t"*' and common.phrase_here
    assert common.phrase_ids is None and common.phrase_docs is None
    assert common.rows()[0].startswith("SELECT f.rowid FROM article_triples f WHERE")
    assert common.phrase_count == ("article_triples", '"gom_su_t"*')
    assert not any("article_pairs MATCH" in sql for sql in asked)
    assert _plan(generated, "gom s").phrase_here  # two words have no stem to count
    # A stem of two pairs rarer than either: counted (in the triple index), as far as
    # LISTED_ROWS.
    stem = len(fts5('"khuyen_cong cong_ho"'))
    with generated.engine.connect() as conn:
        rarest, begun = conn.exec_driver_sql(
            "SELECT min(docs), (SELECT sum(docs) FROM article_pair_words WHERE term >= 'ho_tr' "
            "AND term < 'ho_ts') FROM article_pair_words WHERE term IN ('khuyen_cong', 'cong_ho')"
        ).one()
    assert 0 < stem < rarest and stem < begun
    monkeypatch.setattr(phrase_module, "LISTED_ROWS", stem)
    asked.clear()
    assert _plan(generated, "khuyến công hỗ tr", asked).phrase_ids == fts5(
        '"khuyen_cong cong_ho ho_tr"*'
    )
    assert not any("article_pairs MATCH" in sql for sql in asked)
    monkeypatch.setattr(phrase_module, "LISTED_ROWS", stem - 1)
    assert _plan(generated, "khuyến công hỗ tr").pairs_table == "article_triples"


WORDS = ["đồng", "kỵ", "hà", "nội", "hỗ", "ha", "a", "b2", "hθ", "ω", "kyø"]
GLUE = [" ", ", ", ".\n", "-", "_", "\u0301", "ø", "中", "’", " "]
text = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), min_size=0, max_size=14
).map(lambda parts: "".join(w + g for w, g in parts))
PHRASES = [("ha", "n"), ("ha", "h"), ("ha", "ha"), ("dong", "k"), ("a", "b"), ("ha", "ha", "h")]


def _instances(folded: str, words) -> int:
    found = tokens(folded)
    k = len(words)
    return sum(
        found[j : j + k - 1] == list(words[:-1]) and found[j + k - 1].startswith(words[-1])
        for j in range(len(found) - k + 1)
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(text.map(fold)), st.sampled_from(PHRASES))
def test_phrase_counts_are_the_tokenizers(texts, words):
    assert phrase_counts(texts, words) == [_instances(x, words) for x in texts]


def test_phrase_counts_of_neighbours_and_edges():
    # overlapping instances, an instance across two texts (none), separators between
    texts = ["ha ha h", "ha", "noi ha, ... hn", "aha h", "ha  hθ", ""]
    assert phrase_counts(texts, ("ha", "h")) == [2, 0, 1, 0, 1, 0]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(text, text, text, text, text), min_size=1, max_size=10),
    st.sampled_from(PHRASES[:5]),
)
def test_bm25_of_a_typed_phrase_is_fts5s_bit_for_bit(articles, words):
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute(
        "CREATE VIRTUAL TABLE article_fts USING fts5(title, lead, body, byline, captions, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    db.execute(PAIRS_CREATE)
    for n, columns in enumerate(articles, 1):
        folded = tuple(map(fold, columns))
        db.execute(
            "INSERT INTO article_fts (rowid, title, lead, body, byline, captions) VALUES (?, ?, ?, ?, ?, ?)",
            (n, *folded),
        )
        db.execute(
            f"INSERT INTO article_pairs (rowid, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (n, *map(pair_text, folded)),
        )
    rows, avgdl = averages(db, "article_pairs") or (0, 0.0)
    match = f'"{"_".join(words)}"*'
    theirs = db.execute(
        f"SELECT rowid, bm25(article_pairs, {', '.join(map(str, WEIGHTS))}) FROM article_pairs "
        "WHERE article_pairs MATCH ? ORDER BY rowid",
        (match,),
    ).fetchall()
    found = db.execute(
        "SELECT f.rowid, d.sz, c.c0, c.c1, c.c2, c.c3, c.c4 FROM article_pairs f "
        "JOIN article_pairs_docsize d ON d.id = f.rowid JOIN article_fts_content c ON c.id = f.rowid "
        "WHERE article_pairs MATCH ? ORDER BY 1",
        (match,),
    ).fetchall()
    counted = {"p": phrase_counts([t for r in found for t in r[2:]], words)}
    ours = scores([r[1:] for r in found], ["p"], [idf(rows, len(found))], avgdl, counted)
    assert list(zip([r[0] for r in found], ours, strict=True)) == theirs


def test_a_phrase_found_whole_is_never_widened(generated, monkeypatch):
    """Widening reads the stem's articles: not when the whole words already match."""

    def widen_not(conn, plan):
        raise AssertionError(f"widened {plan.match}")

    monkeypatch.setattr(search, "widen", widen_not)
    for q in ("xuat khau", "khuyen cong ho tro", "nghe nhan lang nghe"):
        assert generated.search.search(q).mode == "phrase", q
        assert generated.list_matches(query=q, order="relevance").ids, q
    with pytest.raises(AssertionError, match="widened"):
        generated.search.search("xuat kh")
