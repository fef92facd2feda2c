"""The syllable-pair index answers a phrase exactly as FTS5's phrase query does, stays in step
with every write, and a search a newer one made useless stops inside SQLite."""

from __future__ import annotations

import re
import sqlite3
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from search_helpers import kept_counts

from lnv_editor.core.vietnamese import fold
from lnv_editor.store.search_cancel import SearchCancelled
from lnv_editor.store.search_index import ALL_WORDS, PHRASE
from lnv_editor.store.search_pairs import (
    COLUMNS,
    PAIRS_CREATE,
    pair_and_triple_text,
    pair_phrase,
    pair_text,
    token_count,
    tokens,
)
from lnv_editor.store.search_triples import TRIPLES_CREATE, triple_phrase, triple_text

SYLLABLES = ["đồng", "kỵ", "dong", "ky", "hà", "nội", "gốm", "a", "b2", "x"]
# Separators, marks and other scripts that sit between or inside words.
GLUE = [" ", " ", " ", ", ", ".\n", "-", "_", "'", "\u0301", "ø", "中", "\ue000", "😀", "ｘ"]


def _memory_index() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE article_fts USING fts5(title, lead, body, byline, captions, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    db.execute(PAIRS_CREATE)
    db.execute(TRIPLES_CREATE)
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(article_fts, instance)")
    return db


texts = st.lists(
    st.tuples(st.sampled_from(SYLLABLES), st.sampled_from(GLUE)), min_size=0, max_size=12
).map(lambda parts: "".join(w + g for w, g in parts))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40) | texts)
def test_tokens_are_the_words_fts5_makes(text):
    folded = fold(text)
    db = _memory_index()
    db.execute("INSERT INTO article_fts (rowid, body) VALUES (1, ?)", (folded,))
    try:
        expected = [r[0] for r in db.execute("SELECT term FROM v ORDER BY offset")]
    except sqlite3.Error:
        return
    assert tokens(folded) == expected
    assert token_count(folded) == len(expected)


def _pairs_of_the_whole(folded: str) -> str:
    words = tokens(folded)
    return " ".join(
        f"{a}_{b}" if re.fullmatch("[0-9a-z]+", a) else "_"
        for a, b in zip(words, words[1:], strict=False)
    )


def _triples_of_the_whole(folded: str) -> str:
    words = tokens(folded)
    return " ".join(
        f"{a}_{b}_{c}" if re.fullmatch("[0-9a-z]+", a) and re.fullmatch("[0-9a-z]+", b) else "_"
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(max_size=40) | texts, min_size=1, max_size=40), st.integers(1, 60))
def test_a_long_text_pairs_and_counts_as_a_whole(pieces, repeat):
    """Long columns are cut at ". " and each sentence is tokenised once and remembered (an
    autosave re-indexes a 20,000-word body): the pairs and the count are the whole text's,
    across the cuts too, with the same sentence in many places and a text without any cut.
    The triples too, cut so and cut from the pairs (the bulk paths)."""
    folded = fold(". ".join(pieces * repeat) + " " + "".join(pieces) * repeat)
    edited = folded.replace(". ", ". moi. ", 1)  # one sentence more, the rest remembered
    for text in (folded, edited):
        pairs = _pairs_of_the_whole(text)
        assert pair_text(text) == pairs
        assert token_count(text) == len(tokens(text))
        assert pair_and_triple_text(text) == (pairs, _triples_of_the_whole(text))
        assert triple_text(pairs) == _triples_of_the_whole(text)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(texts, min_size=5, max_size=5), min_size=1, max_size=8),
    st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=5),
    st.booleans(),
)
def test_a_phrase_in_the_pair_index_is_exactly_the_fts5_phrase(articles, words, prefix):
    """… and in the triple index (search_triples.py), for three words or more."""
    db = _memory_index()
    for n, columns in enumerate(articles, start=1):
        folded = [fold(c) for c in columns]
        db.execute(f"INSERT INTO article_fts (rowid, {COLUMNS}) VALUES (?,?,?,?,?,?)", (n, *folded))
        db.execute(
            f"INSERT INTO article_pairs (rowid, {COLUMNS}) VALUES (?,?,?,?,?,?)",
            (n, *map(pair_text, folded)),
        )
        db.execute(
            f"INSERT INTO article_triples (rowid, {COLUMNS}) VALUES (?,?,?,?,?,?)",
            (n, *(triple_text(pair_text(c)) for c in folded)),
        )
    words = [fold(w) for w in words]
    if prefix:
        words[-1] = words[-1][:1]
    phrase = '"' + " ".join(words) + '"' + ("*" if prefix else "")
    by_words = db.execute("SELECT rowid FROM article_fts WHERE article_fts MATCH ?", (phrase,))
    by_pairs = db.execute(
        "SELECT rowid FROM article_pairs WHERE article_pairs MATCH ?",
        (pair_phrase(words, prefix_last=prefix),),
    )
    expected = sorted(by_words.fetchall())
    assert sorted(by_pairs.fetchall()) == expected
    if len(words) > 2:
        by_triples = db.execute(
            "SELECT rowid FROM article_triples WHERE article_triples MATCH ?",
            (triple_phrase(words, prefix_last=prefix),),
        )
        assert sorted(by_triples.fetchall()) == expected


def _phrase_rows(repo, words: str) -> tuple[list, list]:
    with repo.engine.connect() as conn:
        fts = conn.exec_driver_sql(
            "SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid",
            (f'"{words}"',),
        ).all()
        pairs = conn.exec_driver_sql(
            "SELECT rowid FROM article_pairs WHERE article_pairs MATCH ? ORDER BY rowid",
            (pair_phrase(words.split()),),
        ).all()
    return fts, pairs


def test_pairs_and_triples_follow_saves_captions_trash_and_deletes(repo):
    a = repo.create(title="Gốm Bát Tràng", lead="Làng gốm ven đô.", body="Ở Hà Nội.").id
    b = repo.create(title="Đồ gỗ Đồng Kỵ", lead="Thợ Đồng Kỵ.").id
    assert _phrase_rows(repo, "bat trang") == ([(a,)], [(a,)])
    article = repo.get(a)
    repo.save(a, {"title": "Nón lá làng Chuông"}, base_version=article.version, reason="save")
    assert _phrase_rows(repo, "bat trang") == ([], [])
    assert _phrase_rows(repo, "lang chuong") == ([(a,)], [(a,)])
    # an autosave indexes later (store/search_pending.py): the pairs follow at the catch-up
    article = repo.get(a)
    repo.save(a, {"title": "Nón lá Huế"}, base_version=article.version, reason="autosave")
    assert repo.search.catch_up() == 1
    assert _phrase_rows(repo, "lang chuong") == ([], [])
    assert _phrase_rows(repo, "non la hue") == ([(a,)], [(a,)])
    article = repo.get(a)
    repo.save(a, {"title": "Nón lá làng Chuông"}, base_version=article.version, reason="save")
    # only the section changed: the index stays as it is
    article = repo.get(a)
    repo.save(a, {"section": "Làng nghề"}, base_version=article.version, reason="save")
    assert _phrase_rows(repo, "lang chuong") == ([(a,)], [(a,)])
    assert [h.id for h in repo.search.search("lang chuong")] == [a]
    repo.delete(b)
    assert _phrase_rows(repo, "dong ky") == ([], [])
    with repo.engine.connect() as conn:  # raises if the removals left the index damaged
        conn.exec_driver_sql("INSERT INTO article_pairs (article_pairs) VALUES ('integrity-check')")
        conn.exec_driver_sql(
            "INSERT INTO article_triples (article_triples) VALUES ('integrity-check')"
        )
        # the triples followed the pairs through every write, and the counts are FTS5's
        assert kept_counts(conn.connection.driver_connection)["article_triples"]


def test_a_three_syllable_phrase_is_found_as_a_phrase(repo):
    """'tiết kiệm năng lượng' in a row; the same syllables apart do not count."""
    together = repo.create(title="Tin vắn", lead="Dự án tiết kiệm năng lượng ở xưởng gốm.").id
    repo.create(title="Tin khác", lead="Năng suất tăng, tiết kiệm điện, kiệm lời.")
    hits = repo.search.search("tiết kiệm năng")
    assert hits.mode == PHRASE and [h.id for h in hits] == [together]
    found = repo.list_matches(query="tiết kiệm năng", order="relevance")
    assert found.mode == PHRASE and found.ids == [together]
    assert repo.search.search("kiem tiet nang").mode == ALL_WORDS


class _CancelAfter:
    """A cancel flag that turns on after SQLite has asked it *checks* times: stops a
    statement while it runs, whatever the machine's speed."""

    def __init__(self, checks: int) -> None:
        self.left = checks
        self.asked = 0

    def is_set(self) -> bool:
        self.asked += 1
        self.left -= 1
        return self.left < 0


@pytest.fixture
def many(repo):
    repo.bulk_insert(
        {"title": f"Gốm Bát Tràng {n}", "lead": "Hà Nội " * 30, "uri": f"urn:t:{n}"}
        for n in range(300)
    )
    return repo


def test_a_cancelled_search_stops_inside_sqlite(many):
    flag = _CancelAfter(3)
    with pytest.raises(SearchCancelled):
        many.list_matches(query="ha noi", order="relevance", cancel=flag)
    assert flag.asked >= 3  # stopped by SQLite's progress handler, not before it started
    with pytest.raises(SearchCancelled):
        many.search.search("ha noi", cancel=_CancelAfter(3))
    # the connection goes back to the pool without the handler: the next query runs whole
    assert len(many.list_ids(query="ha noi")) == 300
    done = threading.Event()
    assert many.search.search("bat trang", cancel=done)  # never set: an ordinary search
    done.set()
    with pytest.raises(SearchCancelled):
        many.list_ids(query="bat trang", cancel=done)


@pytest.mark.parametrize("order", ["updated", "title"])
@pytest.mark.parametrize("newest_first", [True, False])
def test_many_matches_walk_the_library_order_with_the_same_result(
    many, monkeypatch, order, newest_first
):
    """Past MANY matches the library walks its order's index instead of sorting matches:
    the same ids in the same order, trashed articles left out either way."""
    import lnv_editor.store.search_order as search

    trashed = many.list_ids()[:3]
    many.trash.trash(trashed)
    args = {"order": order, "newest_first": newest_first}
    expected = {q: many.list_ids(query=q, **args) for q in ("ha noi", "bat trang 7", "gom -noi")}
    assert len(expected["ha noi"]) == 297 and not set(trashed) & set(expected["ha noi"])
    monkeypatch.setattr(search, "MANY", 0)
    assert {q: many.list_ids(query=q, **args) for q in expected} == expected


@pytest.mark.parametrize("order", ["updated", "title"])
def test_the_kept_walk_follows_every_write(many, monkeypatch, order):
    """The walk of the library's order is kept between queries until the store changes: after
    a save, a trash, a restore, a new and a deleted article, the kept walk gives exactly what
    sorting the matches gives, never the order from before the write."""
    import lnv_editor.store.search_order as search_order

    def both(query: str) -> list[int]:
        monkeypatch.setattr(search_order, "MANY", 0)  # walk (kept, or walked again)
        monkeypatch.setattr(search_order, "MANY_KEPT", 0)
        walked = many.list_ids(query=query, order=order)
        # the other direction: the same kept walk, read backwards
        backwards = many.list_ids(query=query, order=order, newest_first=False)
        monkeypatch.setattr(search_order, "MANY", 2)  # seek and sort, no walk
        monkeypatch.setattr(search_order, "MANY_KEPT", 2)
        assert walked == many.list_ids(query=query, order=order)
        assert backwards == many.list_ids(query=query, order=order, newest_first=False)
        return walked

    first = both("ha noi")
    middle = first[len(first) // 2]  # moves to the top by date, to the end by title
    article = many.get(middle)
    many.save(
        middle,
        {"title": "A Hà Nội " + article.title},
        base_version=article.version,
        reason="save",
    )
    again = both("ha noi")
    assert again != first and set(again) == set(first)
    many.trash.trash(again[:2])
    assert not set(again[:2]) & set(both("ha noi"))
    many.trash.restore(again[:1])
    assert again[0] in both("ha noi")
    new = many.create(title="Ă Hà Nội mới", lead="").id
    assert new in both("ha noi")
    many.delete(new)
    assert new not in both("ha noi")


@pytest.mark.parametrize("order", ["updated", "title"])
def test_the_kept_walk_is_mended_after_a_write_not_walked_again(many, tmp_path, monkeypatch, order):
    """After a few writes (here, some by another process on the same file) the kept walk is
    mended from change_log: the same ids in the same order as sorting gives, without reading
    the whole order again; many writes, or log rows pruned, and it is walked again."""
    import lnv_editor.store.search_order as search_order
    from lnv_editor.store.repository import Repository

    monkeypatch.setattr(search_order, "MANY", 0)
    monkeypatch.setattr(search_order, "MANY_KEPT", 0)
    walks = []
    real_ids = search_order.ids

    def counting(conn, sql, params):
        walks.extend([sql] if "INDEXED BY" in sql else [])
        return real_ids(conn, sql, params)

    monkeypatch.setattr(search_order, "ids", counting)

    def sorted_ids(**args) -> list[int]:
        monkeypatch.setattr(search_order, "MANY", 2)  # seek and sort: the reference
        monkeypatch.setattr(search_order, "MANY_KEPT", 2)
        try:
            return many.list_ids(query="ha noi", order=order, **args)
        finally:
            monkeypatch.setattr(search_order, "MANY", 0)
            monkeypatch.setattr(search_order, "MANY_KEPT", 0)

    def check() -> list[int]:
        walked = many.list_ids(query="ha noi", order=order)
        assert walked == sorted_ids()
        assert many.list_ids(query="ha noi", order=order, newest_first=False) == sorted_ids(
            newest_first=False
        )
        return walked

    first = check()
    assert len(walks) == 1
    other = Repository.open(many.path)
    try:
        middle = first[len(first) // 2]
        article = other.get(middle)
        other.save(
            middle,
            {"title": "Ă Hà Nội " + article.title},
            base_version=article.version,
            reason="save",
        )
        other.trash.trash(first[:2])
        new = other.create(title="Â Hà Nội mới", lead="").id
    finally:
        other.close()
    many.trash.restore(first[:1])
    mended = check()
    assert mended != first and new in mended and first[1] not in mended
    assert first[0] in mended and middle in mended
    many.delete(new)
    assert new not in check()
    assert len(walks) == 1  # mended every time, never walked again

    monkeypatch.setattr(search_order, "MEND_MOST", 1)  # a sync of many articles
    many.trash.trash(first[3:6])
    check()
    assert len(walks) == 2


def test_the_unfiltered_library_is_the_kept_walk(many):
    """Without a query or a filter the library lists the walk of its order (kept for the
    first search after it): exactly what ordering the live articles in SQL gives."""
    import sqlite3

    many.trash.trash(many.list_ids()[5:9])
    first = many.list_ids()[0]
    article = many.get(first)
    many.save(first, {"title": "Ă " + article.title}, base_version=article.version, reason="save")

    def by_sql(column: str, direction: str) -> list[int]:
        with sqlite3.connect(many.path) as conn:
            return [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM article WHERE deleted_at IS NULL "
                    f"ORDER BY {column} {direction}, id {direction}"
                )
            ]

    for _ in range(2):  # walked, then kept
        assert many.list_ids() == by_sql("updated", "DESC")
        assert many.list_ids(order="relevance") == by_sql("updated", "DESC")
        assert many.list_ids(newest_first=False) == by_sql("updated", "ASC")
        assert many.list_ids(order="title") == by_sql("title_key", "DESC")
        assert many.list_ids(order="title", newest_first=False) == by_sql("title_key", "ASC")
        assert len(many.list_ids()) == 296
