"""Provinces: the data, the picker, name resolution and suggestions from article text."""

from __future__ import annotations

import time
import unicodedata
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest
from vietnam_provinces import Province as PackageProvince
from vietnam_provinces import ProvinceCode

from lnv_editor.core.errors import InputError
from lnv_editor.core.provinces import (
    current_provinces,
    find_provinces,
    former_units,
    province_by_code,
    resolve_province,
    suggest_provinces,
)
from lnv_editor.core.vietnamese import sort_key

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_CODES = {f"{int(code):02d}" for code in ProvinceCode}


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# ----- data ------------------------------------------------------------------------------


def test_there_are_34_current_units_from_the_package():
    provinces = current_provinces()
    assert len(provinces) == 34
    assert {p.code for p in provinces} == PACKAGE_CODES
    official = {f"{int(p.code):02d}": p.name for p in PackageProvince.iter_all()}
    assert {p.code: p.name for p in provinces} == official


def test_current_units_are_in_vietnamese_order_with_everyday_names():
    provinces = current_provinces()
    plain = [p.name.removeprefix("Thành phố ") for p in provinces]
    assert plain == sorted(plain, key=sort_key)
    short = {p.code: p.short_name for p in provinces}
    assert short["01"] == "Hà Nội"
    assert short["79"] == "TP Hồ Chí Minh"
    assert short["46"] == "Huế"
    assert short["38"] == "Thanh Hóa"


def test_every_one_of_the_63_old_units_maps_to_a_current_code_from_the_package():
    units = former_units()
    assert len(units) == 63
    assert len({u.code for u in units}) == 63
    assert len({u.name for u in units}) == 63
    assert {u.current_code for u in units} <= PACKAGE_CODES
    assert {u.division_type for u in units} == {"tỉnh", "thành phố trung ương"}


def test_every_current_unit_has_an_old_unit():
    per_unit = Counter(u.current_code for u in former_units())
    assert set(per_unit) == PACKAGE_CODES
    # Resolution 202/2025/QH15: 11 units unchanged, 52 merged into 23 (17 pairs, 6 triples).
    assert sorted(Counter(per_unit.values()).items()) == [(1, 11), (2, 17), (3, 6)]


def test_a_merged_unit_keeps_the_code_of_one_of_its_old_units():
    # The new code is the old code of the unit holding the administrative centre; a typo
    # in the data file shows up here.
    old_codes = {}
    for unit in former_units():
        old_codes.setdefault(unit.current_code, set()).add(unit.code)
    assert all(code in olds for code, olds in old_codes.items())


def test_data_file_names_match_the_package():
    import csv

    official = {f"{int(p.code):02d}": p.name for p in PackageProvince.iter_all()}
    path = ROOT / "resources" / "provinces" / "former_units.csv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            assert official[row["current_code"]] == row["current_name"], row


def test_runtime_copy_matches_the_source_data():
    source = (ROOT / "resources" / "provinces" / "former_units.csv").read_bytes()
    shipped = resources.files("lnv_editor").joinpath("assets", "provinces", "former_units.csv")
    assert shipped.read_bytes() == source
    assert (ROOT / "resources" / "provinces" / "SOURCE.md").is_file()


@pytest.mark.parametrize(
    ("code", "name"), [("01", "Hà Nội"), ("1", "Hà Nội"), (1, "Hà Nội"), ("24", "Bắc Ninh")]
)
def test_province_by_code(code, name):
    assert province_by_code(code).short_name == name


@pytest.mark.parametrize("code", ["02", "99", "", "abc", "٣", "-1"])
def test_province_by_code_unknown(code):
    assert province_by_code(code) is None


# ----- picker ----------------------------------------------------------------------------

# (typed, current code, matched name, is former)
PICKER_CASES = [
    ("thanh hoa", "38", "Thanh Hóa", False),
    ("Thanh Hoá", "38", "Thanh Hóa", False),
    ("tỉnh Thanh Hóa", "38", "Thanh Hóa", False),
    (nfd("Thanh Hoá"), "38", "Thanh Hóa", False),
    ("TP HCM", "79", "TP.HCM", False),
    ("TP.HCM", "79", "TP.HCM", False),
    ("TPHCM", "79", "TP.HCM", False),
    ("HCM", "79", "TP.HCM", False),
    ("Sài Gòn", "79", "Sài Gòn", False),
    ("saigon", "79", "Sài Gòn", False),
    ("Hồ Chí Minh", "79", "TP Hồ Chí Minh", False),
    ("Thành phố Hồ Chí Minh", "79", "TP Hồ Chí Minh", False),
    ("Huế", "46", "Huế", False),
    ("TP Huế", "46", "Huế", False),
    ("Thừa Thiên Huế", "46", "Thừa Thiên Huế", True),
    ("Thừa Thiên - Huế", "46", "Thừa Thiên Huế", True),
    ("Bắc Giang", "24", "Bắc Giang", True),
    ("bac giang", "24", "Bắc Giang", True),
    ("Hà Tây", "01", "Hà Tây", True),
    ("hanoi", "01", "Hà Nội", False),
    ("Đắk Lắk", "66", "Đắk Lắk", False),
    ("Dak Lak", "66", "Đắk Lắk", False),
    ("Bà Rịa - Vũng Tàu", "79", "Bà Rịa - Vũng Tàu", True),
    ("ba ria vung tau", "79", "Bà Rịa - Vũng Tàu", True),
    ("BR-VT", "79", "BR-VT", True),
    ("Bắc Cạn", "19", "Bắc Cạn", True),
    ("Kon Tum", "51", "Kon Tum", True),
    ("Hòa Bình", "25", "Hòa Bình", True),
    ("Hoà Bình", "25", "Hòa Bình", True),
]


@pytest.mark.parametrize(("query", "code", "matched", "former"), PICKER_CASES)
def test_find_provinces_best_match(query, code, matched, former):
    best = find_provinces(query)[0]
    assert (best.province.code, best.matched_name, best.is_former) == (code, matched, former)


def test_find_provinces_lists_former_units_while_typing():
    hits = [(m.province.short_name, m.matched_name, m.is_former) for m in find_provinces("bac")]
    assert hits[0] == ("Bắc Ninh", "Bắc Ninh", False)
    assert ("Bắc Ninh", "Bắc Giang", True) in hits
    assert ("Thái Nguyên", "Bắc Kạn", True) in hits
    assert ("Cà Mau", "Bạc Liêu", True) in hits
    assert len(hits) == len(set(hits))
    assert ("Thái Nguyên", "Bắc Cạn", True) not in hits  # one row per unit, official spelling


def test_find_provinces_prefers_the_marks_typed():
    assert find_provinces("bạc")[0].matched_name == "Bạc Liêu"
    assert find_provinces("bắc")[1].matched_name != "Bạc Liêu"


def test_find_provinces_later_words_and_limits():
    ninh = {m.province.short_name for m in find_provinces("ninh", limit=20)}
    assert {"Ninh Bình", "Bắc Ninh", "Quảng Ninh", "Tây Ninh"} <= ninh
    assert len(find_provinces("a", limit=3)) == 3
    assert find_provinces("a", limit=0) == []


@pytest.mark.parametrize("query", ["", "   ", "xyz", "!!!", "\x00", "🙂", "-x", "col:"])
def test_find_provinces_nothing(query):
    assert find_provinces(query) == []


@pytest.mark.parametrize(
    ("name", "code", "former"),
    [
        ("Bắc Giang", "24", True),
        ("TP.HCM", "79", False),
        ("24", "24", False),
        ("1", "01", False),
        ("Bà Rịa", "79", True),
        ("thua thien", "46", True),
        ("Thanh Hoá", "38", False),
    ],
)
def test_resolve_province(name, code, former):
    match = resolve_province(name)
    assert (match.province.code, match.is_former) == (code, former)


def test_resolve_province_says_what_went_wrong():
    with pytest.raises(InputError) as nothing:
        resolve_province("Atlantis")
    assert nothing.value.params == {"name": "Atlantis"}
    assert "{name}" in nothing.value.template
    assert "Atlantis" in str(nothing.value)
    with pytest.raises(InputError) as several:
        resolve_province("Quảng")
    assert several.value.params["candidates"] == "Đà Nẵng, Quảng Ngãi, Quảng Ninh, Quảng Trị"
    assert "{candidates}" in several.value.template


# ----- suggestions -----------------------------------------------------------------------

TITLE = "Làng mây tre Bắc Giang (nay là Bắc Ninh) vào mùa xuất khẩu"
LEAD = "LNV - Hàng thủ công của tỉnh Thanh Hoá và TP.HCM đến hội chợ cùng làng nghề Bắc Ninh."
BODY = (
    "Đoàn doanh nghiệp Thanh Hóa mang theo sản phẩm cói. Một nhà phân phối ở Sài Gòn cho "
    "biết đơn hàng tăng.\n\nTại xưởng ở Chương Mỹ, Hà Nội (nay là xã Xuân Mai, Hà Nội), "
    "ông Nguyễn Hải Dương kể về mùa hàng trên phố Huế. Nước sơn bóng, gỗ cao bằng đầu người."
)


def _by_name(suggestions):
    return {s.province.short_name: s for s in suggestions}


def test_suggest_provinces_in_an_article():
    found = _by_name(suggest_provinces(TITLE, LEAD, BODY))
    assert set(found) == {"Bắc Ninh", "Thanh Hóa", "TP Hồ Chí Minh", "Hà Nội"}

    bac_ninh = found["Bắc Ninh"]
    assert bac_ninh.names_used == ["Bắc Giang", "Bắc Ninh"]
    assert bac_ninh.former_names == ["Bắc Giang"]
    assert bac_ninh.in_nay_la
    assert bac_ninh.count == 3
    assert (bac_ninh.first_text, bac_ninh.first_offset) == (0, TITLE.index("Bắc Giang"))

    thanh_hoa = found["Thanh Hóa"]
    assert thanh_hoa.names_used == ["Thanh Hoá", "Thanh Hóa"]  # both tone styles, as written
    assert (thanh_hoa.count, thanh_hoa.first_text, thanh_hoa.in_nay_la) == (2, 1, False)

    assert found["TP Hồ Chí Minh"].names_used == ["TP.HCM", "Sài Gòn"]
    assert found["Hà Nội"].count == 2 and found["Hà Nội"].in_nay_la
    assert [s.province.short_name for s in suggest_provinces(TITLE, LEAD, BODY)][0] == "Bắc Ninh"


# (text, short names expected, forms expected)
FOUND_CASES = [
    ("tỉnh Thanh Hoá", ["Thanh Hóa"], ["Thanh Hoá"]),
    ("Thành phố Hồ Chí Minh", ["TP Hồ Chí Minh"], ["Thành phố Hồ Chí Minh"]),
    ("ở TP Hồ Chí Minh", ["TP Hồ Chí Minh"], ["TP Hồ Chí Minh"]),
    ("TP. HCM", ["TP Hồ Chí Minh"], ["TP. HCM"]),
    ("TPHCM", ["TP Hồ Chí Minh"], ["TPHCM"]),
    ("Thừa Thiên - Huế", ["Huế"], ["Thừa Thiên - Huế"]),
    ("thành phố Huế", ["Huế"], ["Huế"]),
    ("Bà Rịa–Vũng Tàu", ["TP Hồ Chí Minh"], ["Bà Rịa–Vũng Tàu"]),
    ("LÀNG NGHỀ HÀ NỘI", ["Hà Nội"], ["HÀ NỘI"]),
    (nfd("Hà Nội"), ["Hà Nội"], ["Hà Nội"]),
    ("_Hà Nội_ và **Đắk Lắk**", ["Hà Nội", "Đắk Lắk"], None),
    ("thời Hà Nam Ninh", ["Ninh Bình"], ["Hà Nam Ninh"]),
    ("Hà Tây cũ", ["Hà Nội"], ["Hà Tây"]),
    ("Long An và Long Anh", ["Tây Ninh"], ["Long An"]),
    ("Bình Dương, gần Thái Bình Dương", ["TP Hồ Chí Minh"], ["Bình Dương"]),
    ("Hà Nội\u00a0mới", ["Hà Nội"], ["Hà Nội"]),
]


@pytest.mark.parametrize(("text", "names", "forms"), FOUND_CASES)
def test_suggest_finds(text, names, forms):
    found = suggest_provinces(text)
    assert [s.province.short_name for s in found] == names
    if forms is not None:
        assert found[0].names_used == forms


NOT_PLACES = [
    "gỗ cao bằng đầu người",  # ordinary words that spell a province name
    "hà giang, thái bình và hòa bình",
    "Giải thưởng Hòa bình",  # sentence case: "bình" is not capitalised
    "Long Anh, Quảng Namx, XHà Nội, Hà Nội9",  # substrings of longer words
    "vùng biển Thái Bình Dương",
    "số 10 Điện Biên Phủ",
    "phố Huế, đường Hà Nội, ngõ Thái Bình",
    "Chủ tịch Hồ Chí Minh",  # the person, not the city
    "tư tưởng HCM",
    "anh Hải Dương và chị Hà Giang",
    "ông Nguyễn Thái Bình, bà Lê Thị Hà Nam",
    "",
]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_suggest_ignores(text):
    assert suggest_provinces(text) == []


def test_suggest_offsets_point_at_the_first_form_used():
    texts = [TITLE, LEAD, BODY, "Chợ ở TP Hồ Chí Minh"]
    for found in suggest_provinces(*texts):
        text = texts[found.first_text]
        assert text[found.first_offset :].startswith(found.names_used[0])


def test_suggest_offsets_refer_to_the_nfc_text():
    text = nfd("Về Đồng Kỵ, Bắc Ninh")
    (found,) = suggest_provinces(text)
    assert unicodedata.normalize("NFC", text)[found.first_offset :].startswith("Bắc Ninh")


def test_suggest_is_fast_on_a_long_body():
    # The target is 100 ms for one article; a 5,000-word body takes a few ms.
    words = (BODY + " " + LEAD).split()
    body = " ".join(words[i % len(words)] for i in range(5000))
    suggest_provinces(TITLE, LEAD, body)  # builds the scanner once
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        suggest_provinces(TITLE, LEAD, body)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.1
