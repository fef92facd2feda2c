"""Issue 20 made searches cheaper, never different: on a generated store, every query shape
gives the same ids, order and mode as the code before it (its one changed step, kept here as
the reference)."""

from __future__ import annotations

import pytest
from search_helpers import insert_random_articles, library_lists

import lnv_editor.store.search as search
from lnv_editor.store.search import PHRASE, check, make_plan
from lnv_editor.store.search_order import ids

SYLLABLES = (
    "khuyến công hỗ trợ làng nghề gốm sứ bát tràng hà nội đồng kỵ thanh hóa thanh hoá nghệ "
    "nhân xuất khẩu thị trường tiết kiệm năng lượng ocop mây tre đan"
).split()
QUERIES = [
    "khuyến công hỗ trợ",
    "khuyen cong ho tr",
    "gốm sứ",
    "ha noi",
    "Hà Nội",
    "bat trang ha noi",
    "nghề gốm truyền thống",
    "tiết kiệm năng",
    '"dong ky" -gom',
    "thanh hoa",
    "ocop",
    "xuat khau thi truong",
    # the look for a phrase: whole words, the phrase without its last word, then the prefix
    "khuyến công hỗ tr",
    "làng nghề gốm s",
    "ha noi bat",
    "thanh hoa thanh h",
    "nghe nhan xuat khau t",
]


def _old_stages(conn, parsed, cancel, where, params):
    """The stages before issue 20's second pass: the look for the phrase ignored the filters."""
    modes = (PHRASE, search.ALL_WORDS) if parsed.phrase_first else (PHRASE,)
    for mode in modes:
        whole = make_plan(parsed, mode, prefix_last=False)
        prefixed = make_plan(parsed, mode, prefix_last=True)
        check(cancel)
        if mode != modes[-1]:
            sql, rows_params = prefixed.rows()
            if not ids(conn, f"{sql} LIMIT 1", tuple(rows_params)):
                continue
        yield whole
        if prefixed.prefix:
            yield prefixed


@pytest.fixture
def generated(repo):
    insert_random_articles(repo, SYLLABLES, 400, seed=20)
    # The phrase of the first query only where the filters below never look.
    repo.create(title="Khuyến công hỗ trợ máy dệt", lead="", status="draft")
    ids = repo.list_ids()
    for n, article_id in enumerate(ids):
        repo.tags.set_provinces(article_id, [(("01", "38", "24")[n % 3], "")])
    repo.trash.trash(ids[5:8])
    return repo


def _everything(repo) -> dict:
    out = {}
    for q in QUERIES:
        for status, province in ((None, None), ("published", "38"), ("published", None)):
            hits = repo.search.search(q, status=status, province=province)
            out[q, status, province] = ([h.id for h in hits], hits.mode)
            for order, found in library_lists(repo, q, status, province).items():
                out[q, status, province, order] = found
    return out


def test_every_shape_gives_what_it_gave_before(generated, monkeypatch):
    now = _everything(generated)
    monkeypatch.setattr(search, "stages", _old_stages)
    before = _everything(generated)
    assert now == before
    # and the store is one where the shapes differ: phrase, all-words and nothing all occur
    modes = {mode for _found, mode in now.values()}
    assert {PHRASE, search.ALL_WORDS} <= modes
    assert now["khuyến công hỗ trợ", None, None][1] == PHRASE
    assert now["khuyến công hỗ trợ", "published", "38"][1] == search.ALL_WORDS


def test_one_pass_ranks_the_window_as_the_two_passes_did(generated, monkeypatch):
    """The newest window found and ranked in one statement gives the ids, scores, order and
    mode of finding it (``_cutoff``) and ranking it (``_ranked``) apart, ties included:
    articles with the very same text score alike, and keep the order SQLite gave them."""
    generated.bulk_insert(
        {"title": "Gốm sứ Bát Tràng", "lead": "Khuyến công hỗ trợ làng nghề", "uri": f"urn:d:{n}"}
        for n in range(40)
    )
    for article_id in generated.list_ids()[:40:3]:
        generated.tags.set_provinces(article_id, [("38", "")])

    def hits() -> dict:
        out = {}
        for q in [*QUERIES, "gốm sứ bát tràng", "khuyen cong"]:
            for status, province in ((None, None), ("published", "38"), (None, "38")):
                for limit in (20, 3):
                    found = generated.search.search(
                        q, status=status, province=province, limit=limit
                    )
                    out[q, status, province, limit] = (
                        [(h.id, h.score) for h in found],
                        found.mode,
                    )
        return out

    now = hits()
    monkeypatch.setattr(search, "_newest_ranked", lambda *args: None)
    assert now == hits()
    scores = [s for found, _mode in now.values() for _id, s in found]
    assert len(scores) > len(set(scores))  # tied scores were ranked


def test_kept_word_counts_rank_every_shape_as_fts5_did(generated, monkeypatch):
    """bm25 from the kept word counts (search_bm25.py) gives every search and library shape
    the ids, scores (bit for bit), order and mode FTS5's bm25 gave, ties included."""
    import lnv_editor.store.search_bm25 as bm25
    from lnv_editor.store.search_plan import Plan

    monkeypatch.setattr(bm25, "COST_RATIO", 0)  # ranked here whatever it costs
    generated.bulk_insert(
        {"title": "Gốm sứ Bát Tràng", "lead": "Khuyến công hỗ trợ làng nghề", "uri": f"urn:t:{n}"}
        for n in range(40)
    )

    def hits() -> dict:
        out = _everything(generated)
        for q in QUERIES:
            for status, province in ((None, None), ("published", "38")):
                found = generated.search.search(q, status=status, province=province, limit=30)
                out[q, status, province, "scores"] = [(h.id, h.score) for h in found]
        return out

    now = hits()
    monkeypatch.setattr(Plan, "rank_words", property(lambda self: None))
    monkeypatch.setattr(search, "widen", lambda conn, plan: plan)  # FTS5's own prefix
    assert now == hits()
