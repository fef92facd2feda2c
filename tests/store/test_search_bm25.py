"""bm25 computed from the kept word counts (search_bm25.py) is FTS5's bm25 bit for bit, on
random text and after every kind of write, and the counts (search_words.py) stay exactly
FTS5's own (``fts5vocab`` 'row') whatever is written."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from search_helpers import kept_counts

import lnv_editor.store.search_bm25 as bm25
from lnv_editor.core.vietnamese import fold
from lnv_editor.media.importer import import_photo
from lnv_editor.store.search_bm25 import averages, counts, idf, scores
from lnv_editor.store.search_index import WEIGHTS, index_rows, rebuild_index, terms
from lnv_editor.store.search_pairs import tokens
from lnv_editor.store.search_plan import Plan

WORDS = ["đồng", "kỵ", "hà", "nội", "gốm", "a", "b2", "cong", "ha", "ω", "kyø"]
GLUE = [" ", " ", ", ", ".\n", "-", "'", "_", "\u0301", "ø", "中", "😀", "‘", "’", "…"]
text = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), min_size=0, max_size=15
).map(lambda parts: "".join(w + g for w, g in parts))
article = st.tuples(text, text, text, text, text)
QUERY_WORDS = st.lists(st.sampled_from(["dong", "ky", "ha", "noi", "gom", "a", "b2", "cong"]))
_WEIGHTS = ", ".join(map(str, WEIGHTS))


def _fts(db) -> None:
    db.execute(
        "CREATE VIRTUAL TABLE article_fts USING fts5(title, lead, body, byline, captions, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, article_fts, row)")


def _in_python(db, words: list[str]) -> list[tuple[int, float]]:
    rows, avgdl = averages(db)
    docs = dict(db.execute("SELECT term, doc FROM temp.v"))
    idfs = [idf(rows, docs.get(w, 0)) for w in words]
    match = " ".join(f'"{w}"' for w in words)
    found = db.execute(
        "SELECT f.rowid, d.sz, f.title, f.lead, f.body, f.byline, f.captions FROM article_fts f "
        "JOIN article_fts_docsize d ON d.id = f.rowid WHERE article_fts MATCH ? ORDER BY 1",
        (match,),
    ).fetchall()
    ranked = scores([r[1:] for r in found], words, idfs, avgdl)
    return list(zip([r[0] for r in found], ranked, strict=True))


def _by_fts5(db, words: list[str], excluded: list[str] = ()) -> list[tuple[int, float]]:
    match = " ".join(f'"{w}"' for w in words) + "".join(f' NOT "{w}"' for w in excluded)
    return db.execute(
        f"SELECT rowid, bm25(article_fts, {_WEIGHTS}) FROM article_fts WHERE article_fts "
        "MATCH ? ORDER BY rowid",
        (match,),
    ).fetchall()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(article, min_size=1, max_size=10),
    QUERY_WORDS.filter(bool),
    QUERY_WORDS,
    st.lists(st.integers(0, 9)),
)
def test_bm25_from_word_counts_is_fts5_bm25_bit_for_bit(articles, words, excluded, deleted):
    # Autocommit: FTS5 writes its averages record when a transaction commits (the search
    # reads committed data: another connection).
    db = sqlite3.connect(":memory:", isolation_level=None)
    _fts(db)
    for columns in articles:
        db.execute("INSERT INTO article_fts VALUES (?, ?, ?, ?, ?)", tuple(map(fold, columns)))
    for rowid in {d + 1 for d in deleted if d < len(articles) - 1}:  # averages after deletes
        db.execute("DELETE FROM article_fts WHERE rowid = ?", (rowid,))
    ours = _in_python(db, words)
    assert ours == _by_fts5(db, words)  # the same rows, the same bits
    # Excluded words are phrases of FTS5's bm25 that add exactly nothing.
    kept = {rowid for rowid, _ in _by_fts5(db, words, [w for w in excluded if w not in words])}
    assert [r for r in ours if r[0] in kept] == _by_fts5(
        db, words, [w for w in excluded if w not in words]
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(text.map(fold)), QUERY_WORDS.filter(bool))
def test_counts_are_the_tokenizers(texts, words):
    found = counts(texts, words)
    assert found == {w: [tokens(t).count(w) for t in texts] for w in words}


def test_counts_of_neighbours_and_edges():
    assert counts(["ha ha ha, ha.ha", "ha", "", "aha ha"], ["ha", "h", "a"]) == {
        "ha": [5, 1, 0, 1],
        "h": [0, 0, 0, 0],
        "a": [0, 0, 0, 0],
    }
    # "haø" is one token (ø is a letter to FTS5), "_" separates, a lone mark is dropped
    assert counts(["haø ha_ha ha\u0301", "ha‘ha’"], ["ha", "hao"]) == {
        "ha": [3, 2],
        "hao": [0, 0],
    }


def _words_in_step(repo) -> None:
    """The kept counts are FTS5's (search_helpers.kept_counts checks them)."""
    with repo.engine.connect() as conn:
        kept_counts(conn.connection.driver_connection)


QUERIES = ["ha noi", "gốm", "bat trang ha noi", "dong ky gom", "lam sa pa", "noi ha -gom", "ha"]


def _everything(repo) -> dict:
    out = {}
    for q in QUERIES:
        for status in (None, "published"):
            hits = repo.search.search(q, status=status)
            out[q, status] = ([(h.id, h.score) for h in hits], hits.mode)
            found = repo.list_matches(query=q, status=status, order="relevance")
            out[q, status, "relevance"] = (found.ids, found.mode)
    return out


def _same_as_fts5(repo, monkeypatch) -> None:
    ours = _everything(repo)
    with monkeypatch.context() as m:
        m.setattr(Plan, "rank_words", property(lambda self: None))
        theirs = _everything(repo)
    assert ours == theirs
    assert any(found for found, _mode in ours.values())


@pytest.fixture(autouse=True)
def _rank_here(monkeypatch):
    """Rank in Python whatever it costs (a small store would leave every query to FTS5)."""
    monkeypatch.setattr(bm25, "COST_RATIO", 0)


def test_counts_and_ranking_follow_every_kind_of_write(repo, monkeypatch, tmp_path):
    calls = []
    real = bm25.ranked_window
    monkeypatch.setattr(
        bm25, "ranked_window", lambda *a, **k: calls.append(a[1]) or real(*a, **k)
    )  # the Python ranking is the one used
    first = repo.create(title="Gốm Bát Tràng", lead="Làng gốm ven đô Hà Nội.", body="Đất " * 40)
    second = repo.create(
        title="Hà Nội đón khách", lead="Phố cổ Hà Nội", body="Gốm, lụa. Hà hà.", status="published"
    )
    third = repo.create(title="Đồng Kỵ", lead="Gỗ Hà Nội.", body="gốm sứ Đồng Kỵ")
    _words_in_step(repo)
    _same_as_fts5(repo, monkeypatch)
    assert calls
    repo.save(first.id, {"body": "Ngắn.", "lead": "Lò gốm"}, base_version=first.version, reason="")
    _words_in_step(repo)
    repo.save(third.id, {"title": "Đồng Kỵ"}, base_version=third.version, reason="")  # same words
    _words_in_step(repo)
    Image.new("RGB", (8, 8)).save(tmp_path / "p.jpg")
    info = import_photo(repo.media(), tmp_path / "p.jpg")
    [record] = repo.photos.add(second.id, [info], caption="Lò gốm Hà Nội", credit="Lê Nam")
    _words_in_step(repo)
    repo.photos.update(record.id, caption="Sa Pa")
    _words_in_step(repo)
    repo.photos.set_removed(record.id, True)
    _words_in_step(repo)
    repo.trash.trash([second.id])
    _words_in_step(repo)
    _same_as_fts5(repo, monkeypatch)
    repo.trash.restore([second.id])
    repo.delete(third.id)
    _words_in_step(repo)
    repo.bulk_insert(
        {"title": f"Hà Nội {n}", "lead": "gốm " * n, "body": "Lâm Sa Pa", "status": "published"}
        for n in range(30)
    )
    _words_in_step(repo)
    with repo.writes.transaction() as tx:  # a sync's bulk path, over changed and unchanged rows
        tx.conn.exec_driver_sql("UPDATE article SET body = 'Đồng Kỵ lâm' WHERE id % 3 = 0")
        tx.conn.exec_driver_sql("DELETE FROM article WHERE id = ?", (first.id,))
        index_rows(tx.conn, repo.list_ids() + [first.id])
    _words_in_step(repo)
    with repo.writes.transaction() as tx:
        rebuild_index(tx.conn)
    _words_in_step(repo)
    _same_as_fts5(repo, monkeypatch)


def test_prefixes_and_phrases_are_left_to_fts5(repo):
    from lnv_editor.store.search_index import parse_query
    from lnv_editor.store.search_plan import make_plan

    parsed = parse_query("ha noi go")
    assert make_plan(parsed, "all-words", prefix_last=True).rank_words is None
    assert make_plan(parsed, "all-words", prefix_last=False).rank_words == ("ha", "noi", "go")
    assert make_plan(parsed, "phrase", prefix_last=False).rank_words is None  # the pair index
    assert make_plan(parse_query('"ha noi" gom -x'), "all-words", prefix_last=False).rank_words == (
        "ha",
        "noi",
        "gom",
    )
    assert terms("Hà") == ["ha"]


@pytest.mark.parametrize("values", [[0], [127], [128], [300, 1, 0], [2**40 + 5]])
def test_varints(values):
    def put(v: int) -> bytes:
        out = [v & 0x7F]
        v >>= 7
        while v:
            out.append(0x80 | (v & 0x7F))
            v >>= 7
        return bytes(reversed(out))

    assert bm25.varints(b"".join(map(put, values))) == values


def test_the_look_for_a_prefix_only_when_a_longer_word_begins_with_it(repo):
    from lnv_editor.store.search_words import has_longer

    first = repo.create(title="Làng gốm Bát Tràng", body="Gốm sứ ven đô. Trăng")
    with repo.engine.connect() as conn:
        assert has_longer(conn, "tra") and has_longer(conn, "g")
        assert not has_longer(conn, "trang") and not has_longer(conn, "gom")
        assert not has_longer(conn, "z") and not has_longer(conn, "9")
    assert repo.search.search("gom bat tra").mode == "phrase"  # "tràng" begins with it
    found = repo.search.search("bat trang gom")  # no longer word than "gom": all words
    assert (found.mode, [h.id for h in found]) == ("all-words", [first.id])
    repo.create(title="Bát Tràng gốmx")
    assert repo.search.search("bat trang gom").mode == "phrase"  # now the prefix finds it
