"""Store-wide search: Vietnamese-aware, ranked, safe for any text; related suggestions."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lnv_editor.store.search_index import ALL_WORDS, MAX_TERMS, PHRASE, build_match, parse_query


@pytest.fixture
def filled(repo):
    ids = {}
    ids["dongky"] = repo.create(
        title="Đồ gỗ Đồng Kỵ vào mùa cao điểm",
        lead="Thợ mộc làng Đồng Kỵ tất bật.",
        body="Làng nghề ở Bắc Ninh.",
        section="Làng nghề",
        status="published",
    ).id
    ids["hanoi_title"] = repo.create(
        title="Hà Nội đồng hành cùng doanh nghiệp",
        lead="Thành phố hỗ trợ sản phẩm chủ lực.",
        section="Doanh nghiệp",
    ).id
    ids["hanoi_body"] = repo.create(
        title="Gốm Bát Tràng",
        lead="Làng gốm ven đô.",
        body="Bát Tràng thuộc Gia Lâm, Hà Nội, nằm bên sông Hồng.",
        section="Làng nghề",
    ).id
    ids["thanhhoa"] = repo.create(
        title="Khuyến công Thanh Hoá",
        lead="Tỉnh Thanh Hóa hỗ trợ máy dệt.",
        byline="Trần Thị Hoà",
        section="Khuyến công",
    ).id
    return ids


@pytest.mark.parametrize(
    "query", ["ha noi", "Hà Nội", unicodedata.normalize("NFD", "Hà Nội"), "HÀ NỘI", "hà nội"]
)
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
    assert "[Bát]" in hits[0].snippet_marked()
    assert repo.search.search("dong ky", status="draft") == []
    repo.tags.set_provinces(filled["dongky"], [("24", "Bắc Ninh")])
    assert [h.id for h in repo.search.search("dong ky", province="24")] == [filled["dongky"]]
    assert repo.search.search("dong ky", province="01") == []


def test_captions_and_byline_are_searched(repo, filled):
    assert [h.id for h in repo.search.search("tran thi hoa")] == [filled["thanhhoa"]]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "AND",
        "OR NOT",
        "NEAR(a b)",
        "-x",
        "title:ha",
        "col:x",
        "\x00",
        "😀🎉",
        "*",
        "^ha",
        "a' OR 1=1 --",
        "{title lead}: ha",
        "(((",
        "ha\x00noi",
        "",
    ],
)
def test_any_text_is_safe(repo, filled, query):
    repo.search.search(query)  # never raises
    repo.list_ids(query=query)


def test_column_filter_in_query_does_not_escape_columns(repo, filled):
    # "title:" in user text is a word, not FTS column syntax: no hit unless the words match
    assert repo.search.search("title: dong ky") == []  # "title" must appear as a word
    assert [h.id for h in repo.search.search("lead: dong ky")] == []
    assert build_match("title:ha") == '"title" "ha"*'


# The only shapes a MATCH may take: quoted words or phrases (the last maybe a prefix), then
# excluded words. Nothing the user types can add an operator, a column filter or a group.
_MATCH_SHAPE = re.compile(
    r'"[0-9a-z]+( [0-9a-z]+)*"( "[0-9a-z]+( [0-9a-z]+)*")*\*?( NOT "[0-9a-z]+")*'
)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.one_of(st.characters(), st.sampled_from('"-* :()^'))),
    st.booleans(),
    st.booleans(),
)
def test_query_builder_never_emits_syntax(text, phrase, prefix_last):
    match = build_match(text, phrase=phrase, prefix_last=prefix_last)
    if match is None:
        assert not parse_query(text).segments
    else:
        assert _MATCH_SHAPE.fullmatch(match), match
        assert all(ch.isalnum() or ch in '" *' for ch in match)
        assert len(parse_query(text).words) <= MAX_TERMS


def test_search_index_follows_saves_and_deletes(repo, filled):
    a = repo.get(filled["dongky"])
    repo.save(a.id, {"title": "Nón lá làng Chuông"}, base_version=a.version, reason="save")
    assert [h.id for h in repo.search.search("non la")] == [a.id]
    assert filled["dongky"] not in [h.id for h in repo.search.search("cao diem")]
    repo.delete(a.id)
    assert repo.search.search("non la") == []


def test_related_suggestions_rank_shared_provinces_and_section(repo, filled):
    other = repo.create(
        title="Đồ gỗ mỹ nghệ xuất khẩu", lead="Gỗ Đồng Kỵ sang châu Âu.", section="Làng nghề"
    ).id
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


@pytest.fixture
def syllables(repo):
    """The syllables of "Đồng Kỵ" together, with other tones, apart, and the wrong way round."""
    ids = {}
    ids["exact"] = repo.create(title="Làng nghề gỗ mỹ nghệ", lead="Thợ Đồng Kỵ làm tủ chè.").id
    ids["tones"] = repo.create(title="Lễ hội Đông Kỳ", lead="Rước pháo làng Đông Kỳ.").id
    ids["apart"] = repo.create(
        title="Khuyến công", lead="Hơn 6 tỷ đồng được duyệt tại kỳ họp thứ tư."
    ).id
    ids["reversed"] = repo.create(title="Tranh dân gian", lead="Mẫu kỵ đồng cổ được phục dựng.").id
    ids["other"] = repo.create(title="Gốm Bát Tràng", lead="Làng gốm ven đô.").id
    return ids


def _ids(hits):
    return [h.id for h in hits]


def test_syllables_match_as_a_phrase_first(repo, syllables):
    hits = repo.search.search("dong ky")
    assert hits.mode == PHRASE
    assert set(_ids(hits)) == {syllables["exact"], syllables["tones"]}  # not apart, not reversed
    # without diacritics both rank alike: the phrase in the title comes first
    assert _ids(hits)[0] == syllables["tones"]
    # typed with diacritics, the exact ones rank first, whichever tone style was typed
    assert _ids(repo.search.search("Đồng Kỵ")) == [syllables["exact"], syllables["tones"]]
    assert _ids(repo.search.search("Đông Kỳ")) == [syllables["tones"], syllables["exact"]]
    assert _ids(repo.search.search("ky dong")) == [syllables["reversed"]]
    # the library's list: same matches, same mode
    found = repo.list_matches(query="dong ky")
    assert found.mode == PHRASE and set(found.ids) == {syllables["exact"], syllables["tones"]}
    assert repo.list_ids(query="Đồng Kỵ", order="relevance") == [
        syllables["exact"],
        syllables["tones"],
    ]


def test_all_words_only_when_no_article_has_the_phrase(repo, syllables):
    hits = repo.search.search("dong hop")
    assert hits.mode == ALL_WORDS and _ids(hits) == [syllables["apart"]]
    found = repo.list_matches(query="dong hop")
    assert found.mode == ALL_WORDS and found.ids == [syllables["apart"]]
    # one word has no phrase to look for: nothing falls back
    assert repo.list_matches(query="gom").mode == PHRASE
    assert repo.list_matches(query="").mode is None
    assert repo.search.search("dong hop thu bay").mode == ALL_WORDS  # and nothing matches at all
    assert repo.search.search("dong hop thu bay") == []


def test_tone_style_counts_as_exact(repo):
    hoa = repo.create(title="Tin địa phương", lead="Nghề dệt ở Thanh Hóa.").id
    hoa_new = repo.create(title="Tin địa phương", lead="Nghề mây ở Thanh Hoá.").id
    hoa_other = repo.create(title="Thanh Hòa mở xưởng", lead="Nghề gỗ.").id
    for typed in ("Thanh Hoá", "Thanh Hóa"):
        ranked = _ids(repo.search.search(typed))
        assert set(ranked[:2]) == {hoa, hoa_new} and ranked[2] == hoa_other
    assert _ids(repo.search.search("Thanh Hòa"))[0] == hoa_other
    assert (
        _ids(repo.search.search("thanh hoa"))[0] == hoa_other
    )  # title phrase: no diacritics typed


def test_quotes_exclusion_and_filters_keep_working(repo, syllables):
    # quoted words are a phrase even in all-words mode; "-word" leaves articles out
    hits = repo.search.search('"ty dong" thu hop')
    assert hits.mode == ALL_WORDS and _ids(hits) == [syllables["apart"]]
    assert (
        repo.search.search('"dong hop"') == []
        and repo.search.search('"ty dong" hop thu').mode == PHRASE
    )
    assert _ids(repo.search.search("dong ky -ruoc")) == [syllables["exact"]]
    assert set(repo.list_ids(query="lang -ruoc")) == {syllables["exact"], syllables["other"]}
    assert repo.search.search("-gom") == []  # nothing to look for
    repo.tags.set_provinces(syllables["tones"], [("24", "Bắc Ninh")])
    assert _ids(repo.search.search("dong ky", province="24")) == [syllables["tones"]]
    assert repo.list_ids(query="dong ky", province="24", order="relevance") == [syllables["tones"]]
    assert repo.search.search("dong ky", status="published") == []


def test_relevance_order_in_the_library(repo, syllables):
    title_match = repo.create(title="Đồ gỗ Đồng Kỵ", lead="Mùa cao điểm.").id
    newest = repo.create(title="Tin vắn", lead="Ghé Đồng Kỵ.").id
    assert repo.list_ids(query="dong ky")[0] == newest  # library order: newest change first
    ranked = repo.list_ids(query="Đồng Kỵ", order="relevance")
    assert ranked[0] == title_match and ranked[-1] == syllables["tones"]
    assert set(ranked) == {title_match, newest, syllables["exact"], syllables["tones"]}
    # no query: relevance means nothing, the default order
    assert repo.list_ids(order="relevance") == repo.list_ids()
