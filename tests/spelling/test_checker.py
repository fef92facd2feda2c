"""The checker on whole texts: what it flags, what it must leave alone, the desk's words."""

from __future__ import annotations

from lnv_editor.core.spelling.checker import Speller
from lnv_editor.core.spelling.lexicon import confusion_version, confusions


def _flags(speller: Speller, text: str) -> list[tuple[str, str, tuple]]:
    return [(text[f.start : f.end], f.code, f.fixes) for f in speller.check(text)]


def test_each_kind_is_found_with_its_fix():
    s = Speller()
    text = "Bác sĩ chuẩn đoán , Nghành  du lịch Vieejt Nam, Vie65t, Việtj, hòang hôn."
    assert _flags(s, text) == [
        ("chuẩn đoán", "confusion", ("chẩn đoán",)),
        (" ,", "space_before_punct", (",",)),
        ("Nghành", "ngh_back", ("Ngành",)),
        ("  ", "two_spaces", (" ",)),
        ("Vieejt", "telex", ("Việt",)),
        ("Vie65t", "vni", ("Việt",)),
        ("Việtj", "tone_twice", ("Việt",)),
        ("hòang", "tone_place", ("hoàng",)),
    ]
    explained = {f.code: f.message() for f in s.check(text)}
    assert "ngh" in explained["ngh_back"]
    assert "chẩn đoán" in explained["confusion"]


def test_names_codes_links_and_both_tone_styles_are_left_alone():
    s = Speller()
    for text in (
        "Ông Y Moan Niê ở Krông Pắc, tỉnh Đắk Lắk, bán sản phẩm OCOP của HTX.",
        "Thanh Hóa và Thanh Hoá, hòa và hoà, thủy và thuỷ: cả hai kiểu đều đúng.",
        "Quãng đường 12 ki-lô-mét, giá 7,5 tỷ đồng, cúm H5N1, mạng 5G.",
        "Xem https://lnv.vn/nge-ke và ![ảnh](photo:12) hoặc `nge`.",
        "The report says the bar was closed.",
    ):
        assert s.check(text) == (), text


def test_desk_words_and_ignored_words_stop_being_flagged():
    s = Speller()
    assert s.check("Làng Ngòa có nghề đan cói.") == ()
    assert s.check("Xóm Kà Rò có nghề rèn.")
    s.add_words(["Kà Rò"])
    assert s.check("Xóm Kà Rò có nghề rèn.") == ()
    assert s.check("hòang hôn")
    s.ignore("hòang")
    assert s.check("hòang hôn") == ()


def test_rule_file_has_enough_rules_each_with_a_source():
    rules = confusions()
    assert len(rules) >= 150
    assert confusion_version()
    assert all(r.source and r.right and r.wrong != r.right[0] for r in rules)
    assert len({r.wrong for r in rules}) == len(rules)


def test_new_tone_style_house_gets_fixes_in_its_style():
    s = Speller(style="new")
    assert s.check("qủa")[0].fixes == ("quả",)
    assert s.check("hòai")[0].fixes[0] == "hoài"
