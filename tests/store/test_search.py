"""Store-wide search: Vietnamese-aware, ranked, safe for any text; related suggestions."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lnv_editor.store.search_index import build_match, terms


@pytest.fixture
def filled(repo):
    ids = {}
    ids["dongky"] = repo.create(title="Đồ gỗ Đồng Kỵ vào mùa cao điểm", lead="Thợ mộc làng Đồng Kỵ tất bật.",
                                body="Làng nghề ở Bắc Ninh.", section="Làng nghề", status="published").id
    ids["hanoi_title"] = repo.create(title="Hà Nội đồng hành cùng doanh nghiệp",
                                     lead="Thành phố hỗ trợ sản phẩm chủ lực.", section="Doanh nghiệp").id
    ids["hanoi_body"] = repo.create(title="Gốm Bát Tràng", lead="Làng gốm ven đô.",
                                    body="Bát Tràng thuộc Gia Lâm, Hà Nội, nằm bên sông Hồng.", section="Làng nghề").id
    ids["thanhhoa"] = repo.create(title="Khuyến công Thanh Hoá", lead="Tỉnh Thanh Hóa hỗ trợ máy dệt.",
                                  byline="Trần Thị Hoà", section="Khuyến công").id
    return ids


@pytest.mark.parametrize("query", ["ha noi", "Hà Nội", unicodedata.normalize("NFD", "Hà Nội"), "HÀ NỘI", "hà nội"])
def test_diacritic_case_and_nfd_insensitive(repo, filled, query):
    hits = [h.id for h in repo.search.search(query)]
    assert set(hits) == {filled["hanoi_title"], filled["hanoi_body"]}
    assert hits[0] == filled["hanoi_title"]  # title weighted


@pytest.mark.parametrize("query", ["dong ky", "Đồng Kỵ", "DONG KY", "đồng kỵ"])
def test_d_with_stroke_folds(repo, filled, query):
    assert [h.id for h in repo.search.search(query)] == [filled["dongky"]]


@pytest.mark.parametrize("query", ["thanh hoa", "Thanh Hoá", "Thanh Hóa", "thanh hoà"])
def test_tone_styles_are_one(repo, filled, query):
    assert [h.id for h in repo.search.search(query)] == [filled["thanhhoa"]]


def test_prefix_for_typing_snippet_and_filters(repo, filled):
    hits = repo.search.search("bat tr")
    assert [h.id for h in hits] == [filled["hanoi_body"]]
    assert "<b>Bát</b>" in hits[0].snippet_html()
    assert repo.search.search("dong ky", status="draft") == []
    repo.tags.set_provinces(filled["dongky"], [("24", "Bắc Ninh")])
    assert [h.id for h in repo.search.search("dong ky", province="24")] == [filled["dongky"]]
    assert repo.search.search("dong ky", province="01") == []


def test_captions_and_byline_are_searched(repo, filled):
    assert [h.id for h in repo.search.search("tran thi hoa")] == [filled["thanhhoa"]]


@pytest.mark.parametrize("query", [
    '"', '""', "AND", "OR NOT", "NEAR(a b)", "-x", "title:ha", "col:x", "\x00", "😀🎉", "*", "^ha",
    "a' OR 1=1 --", "{title lead}: ha", "(((", "ha\x00noi", "",
])
def test_any_text_is_safe(repo, filled, query):
    repo.search.search(query)  # never raises
    repo.list_ids(query=query)


def test_column_filter_in_query_does_not_escape_columns(repo, filled):
    # "title:" in user text is a word, not FTS column syntax: no hit unless the words match
    assert repo.search.search("title: dong ky") == []  # "title" must appear as a word
    assert [h.id for h in repo.search.search("lead: dong ky")] == []
    assert build_match("title:ha") == '"title" "ha"*'


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_query_builder_never_emits_syntax(text):
    match = build_match(text)
    if match is None:
        assert terms(text) == []
    else:
        assert all(part.startswith('"') for part in match.split())
        assert all(ch.isalnum() or ch in '" *' for ch in match)


def test_search_index_follows_saves_and_deletes(repo, filled):
    a = repo.get(filled["dongky"])
    repo.save(a.id, {"title": "Nón lá làng Chuông"}, base_version=a.version, reason="save")
    assert [h.id for h in repo.search.search("non la")] == [a.id]
    assert filled["dongky"] not in [h.id for h in repo.search.search("cao diem")]
    repo.delete(a.id)
    assert repo.search.search("non la") == []


def test_related_suggestions_rank_shared_provinces_and_section(repo, filled):
    other = repo.create(title="Đồ gỗ mỹ nghệ xuất khẩu", lead="Gỗ Đồng Kỵ sang châu Âu.", section="Làng nghề").id
    repo.tags.set_provinces(filled["dongky"], [("24", "Bắc Ninh")])
    repo.tags.set_provinces(other, [("24", "Bắc Giang")])
    ranked = repo.search.suggest_related(filled["dongky"])
    assert ranked[0][0] == other
    assert filled["dongky"] not in [r for r, _ in ranked]


def test_related_links_survive_renames_and_flag_deleted(repo, filled):
    links = repo.tags.set_related(filled["dongky"], [filled["hanoi_title"], filled["hanoi_body"]])
    assert [link.target_id for link in links] == [filled["hanoi_title"], filled["hanoi_body"]]
    a = repo.get(filled["hanoi_title"])
    repo.save(a.id, {"title": "Tựa mới"}, base_version=a.version, reason="save")
    repo.delete(filled["hanoi_body"])
    links = repo.tags.related(filled["dongky"])
    assert links[0].title == "Tựa mới" and not links[0].broken
    assert links[1].broken and links[1].target_id == filled["hanoi_body"]
