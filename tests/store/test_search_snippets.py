"""The snippet under a search hit: which text it is cut from, where, and what is marked."""

from lnv_editor.store.search import SearchHit
from lnv_editor.store.search_snippets import Snippets


def marked(snippet: tuple[str, tuple]) -> str:
    text, spans = snippet
    return SearchHit(1, "", "", "", 0.0, text, spans).snippet_marked()


def test_the_lead_when_it_holds_the_query_else_the_body():
    snippets = Snippets(["gom su"])
    lead = "Làng Bát Tràng mở lò mới."
    body = "Nghệ nhân kể về gốm sứ men lam."
    assert marked(snippets.of_hit(lead, body)) == "Nghệ nhân kể về [gốm] [sứ] men lam."
    assert marked(snippets.of_hit("Gốm   sứ\nxuất khẩu", body)) == "[Gốm] [sứ] xuất khẩu"


def test_neither_holds_it_the_lead_unmarked_or_the_body_when_no_lead():
    snippets = Snippets(["dong ky"])
    assert snippets.of_hit("Một câu dẫn.", "Thân bài.") == ("Một câu dẫn.", ())
    assert snippets.of_hit("", "Thân bài.") == ("Thân bài.", ())
    assert snippets.of_hit("", "") == ("", ())


def test_a_long_body_is_cut_around_the_first_match_on_word_boundaries():
    body = " ".join(f"từ{n}" for n in range(200)) + " Đồng Kỵ " + " ".join(["chữ"] * 200)
    text, spans = Snippets(["dong ky"], width=60).of_hit("", body)
    assert text.startswith("…") and text.endswith("…")
    assert len(text) <= 62
    assert [text[a:b] for a, b in spans] == ["Đồng", "Kỵ"]
    # cut at spaces: no half word at either end
    assert text[1:].split()[0].startswith("từ") and text[:-1].split()[-1] == "chữ"


def test_words_are_marked_only_where_a_word_begins():
    text, spans = Snippets(["gom"]).of_hit("", "Ngôm gốm, gốmsứ và GỐM.")
    assert [text[a:b] for a, b in spans] == ["gốm", "gốm", "GỐM"]
    assert "Ngôm" not in [text[a:b] for a, b in spans]


def test_the_longest_unit_wins_where_two_begin_at_once():
    text, spans = Snippets(["ha", "ha noi"]).of_hit("Về Hà Nội và Hà Tĩnh", "")
    assert [text[a:b] for a, b in spans] == ["Hà", "Nội", "Hà"]


def test_no_words_no_marks():
    assert Snippets([]).of_hit("Câu dẫn", "Thân") == ("Câu dẫn", ())
