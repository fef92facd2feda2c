"""Vietnamese text: NFC, tone styles, folding, sorting, slugs."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lnv_editor.core.vietnamese import (
    HOUSE_STYLE,
    STYLES,
    fold,
    nfc,
    normalize_tones,
    slugify,
    sort_key,
    unique_slug,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# ----- fold ------------------------------------------------------------------------------

FOLD_CASES = [
    ("Đồng Kỵ", "dong ky"),
    ("Thanh Hoá", "thanh hoa"),
    ("Thanh Hóa", "thanh hoa"),
    (nfd("Thanh Hoá"), "thanh hoa"),
    (nfd("Hà Nội"), "ha noi"),
    ("ĐÀ NẴNG", "da nang"),
    ("\u00d0à Nẵng", "da nang"),  # Icelandic eth standing in for Đ (legacy encodings)
    ("  TP.HCM \t", "tp.hcm"),
    ("Hà\u00a0Nội\n\nmới", "ha noi moi"),
    ("Ưu đãi ở Bắc Kạn", "uu dai o bac kan"),
    ("Nguyễn Thị Ánh", "nguyen thi anh"),
    ("Huỳnh  Quỳnh", "huynh quynh"),
    ("Bà Rịa – Vũng Tàu", "ba ria – vung tau"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), FOLD_CASES)
def test_fold(text, expected):
    assert fold(text) == expected


def test_fold_treats_both_tone_styles_and_nfd_alike():
    forms = ["Thanh Hoá", "Thanh Hóa", nfd("Thanh Hoá"), nfd("Thanh Hóa"), "THANH HOÁ"]
    assert {fold(f) for f in forms} == {"thanh hoa"}


def test_nfc():
    assert nfc(nfd("Hà Nội")) == "Hà Nội"
    assert len(nfc(nfd("Hà Nội"))) == 6


# ----- tone placement --------------------------------------------------------------------

# (as typed, old style, new style)
TONE_CASES = [
    ("hoà", "hòa", "hoà"),
    ("hòa", "hòa", "hoà"),
    ("thuỷ", "thủy", "thuỷ"),
    ("oá", "óa", "oá"),
    ("Thanh Hoá", "Thanh Hóa", "Thanh Hoá"),
    ("Thanh Hóa", "Thanh Hóa", "Thanh Hoá"),
    ("khoẻ", "khỏe", "khoẻ"),
    ("Uỷ ban", "Ủy ban", "Uỷ ban"),
    ("HOÀ BÌNH", "HÒA BÌNH", "HOÀ BÌNH"),
    ("Khánh Hoà", "Khánh Hòa", "Khánh Hoà"),
    ("tuỳ", "tùy", "tuỳ"),
    ("hoạ sĩ", "họa sĩ", "hoạ sĩ"),
    # The same in both styles: closed syllables, qu/gi, other clusters.
    ("hoàng", "hoàng", "hoàng"),
    ("toán", "toán", "toán"),
    ("huỳnh", "huỳnh", "huỳnh"),
    ("quý", "quý", "quý"),
    ("quà", "quà", "quà"),
    ("quyển", "quyển", "quyển"),
    ("giá", "giá", "giá"),
    ("giữa", "giữa", "giữa"),
    ("gìn giữ", "gìn giữ", "gìn giữ"),
    ("người", "người", "người"),
    ("chuyện", "chuyện", "chuyện"),
    ("khuỷu", "khuỷu", "khuỷu"),
    ("thuở", "thuở", "thuở"),
    ("Huế", "Huế", "Huế"),
    ("ngoài", "ngoài", "ngoài"),
    ("mùa", "mùa", "mùa"),
    ("Nguyễn", "Nguyễn", "Nguyễn"),
    # Misplaced marks are put right.
    ("hòang", "hoàng", "hoàng"),
    ("qúy", "quý", "quý"),
    ("gía", "giá", "giá"),
    # Not Vietnamese syllables: left as typed.
    ("café", "café", "café"),
    ("Pokémon", "Pokémon", "Pokémon"),
    ("TP.HCM 2025", "TP.HCM 2025", "TP.HCM 2025"),
]


@pytest.mark.parametrize(("text", "old", "new"), TONE_CASES)
def test_normalize_tones(text, old, new):
    assert normalize_tones(text, "old") == old
    assert normalize_tones(text, "new") == new
    assert normalize_tones(nfd(text), "new") == new  # NFD in, NFC out


def test_house_style_is_a_known_style_and_the_default():
    assert HOUSE_STYLE in STYLES
    assert normalize_tones("Thanh Hoá") == normalize_tones("Thanh Hoá", HOUSE_STYLE)


def test_normalize_tones_keeps_the_rest_of_the_text():
    text = "Làng nghề Thanh Hoá “vươn mình” — khoẻ, 40.000 tỷ đồng!\n\n**Uỷ ban**"
    assert (
        normalize_tones(text, "old")
        == "Làng nghề Thanh Hóa “vươn mình” — khỏe, 40.000 tỷ đồng!\n\n**Ủy ban**"
    )


def test_normalize_tones_rejects_an_unknown_style():
    with pytest.raises(ValueError):
        normalize_tones("hoà", "modern")


# ----- sorting ---------------------------------------------------------------------------


def test_sort_provinces():
    names = ["Đà Nẵng", "Bắc Ninh", "An Giang", "Điện Biên", "Cà Mau", "Ăn"]
    assert sorted(names, key=sort_key) == [
        "An Giang",
        "Ăn",
        "Bắc Ninh",
        "Cà Mau",
        "Đà Nẵng",
        "Điện Biên",
    ]


@pytest.mark.parametrize(
    "ordered",
    [
        list("aăâbcdđeêghioôơuưvy"),
        ["ma", "mà", "mả", "mã", "má", "mạ"],  # unmarked, huyền, hỏi, ngã, sắc, nặng
        ["da", "dz", "đa"],  # đ after every d-word
        ["Bà Rịa", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh"],
        ["ba c", "bà b"],  # word by word, as dictionaries sort
        ["an", "An", "ăn"],  # case is the last difference
        ["bài 2", "bài 10", "bài a"],  # numbers by value, before words
        ["Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng"],
        ["Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế"],
    ],
)
def test_sort_order(ordered):
    assert sorted(reversed(ordered), key=sort_key) == ordered
    assert sorted(ordered, key=sort_key) == ordered


def test_sort_key_ignores_tone_style_and_normal_form_but_never_ties():
    assert sort_key("hoà")[0] == sort_key("hòa")[0]
    assert sort_key(nfd("Đà Nẵng")) == sort_key("Đà Nẵng")
    assert sort_key("hoà") != sort_key("hòa")
    assert sort_key("“Hà Nội”")[0] == sort_key("Hà Nội")[0]  # quotes do not count


# ----- slugs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Hà Nội đồng hành cùng doanh nghiệp", "ha-noi-dong-hanh-cung-doanh-nghiep"),
        ("Đắk Lắk – mùa cà phê 2025", "dak-lak-mua-ca-phe-2025"),
        ("  TP.HCM: “40.000 tỷ đồng”!  ", "tp-hcm-40-000-ty-dong"),
        (nfd("Thanh Hoá"), "thanh-hoa"),
        ("---", ""),
        ("", ""),
        ("🙂 中文", ""),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_slugify_cuts_at_a_word_boundary():
    text = "Hà Nội đồng hành cùng doanh nghiệp"
    assert slugify(text, max_length=20) == "ha-noi-dong-hanh"
    assert slugify(text, max_length=16) == "ha-noi-dong-hanh"  # cut lands on a boundary
    assert slugify(text, max_length=15) == "ha-noi-dong"
    assert slugify("a" * 100, max_length=10) == "a" * 10  # one long word: cut inside it


def test_unique_slug():
    taken = {"ha-noi", "ha-noi-2", "bai-viet"}
    assert unique_slug("ha-noi", taken.__contains__) == "ha-noi-3"
    assert unique_slug("hue", taken.__contains__) == "hue"
    assert unique_slug("", taken.__contains__) == "bai-viet-2"
    assert unique_slug("", set().__contains__) == "bai-viet"


# ----- properties ------------------------------------------------------------------------

VIETNAMESE = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
vietnamese_text = st.text(
    alphabet=st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + "bcdghklmnpqrstvx  -.,"), max_size=60
)
any_text = st.one_of(st.text(), vietnamese_text, vietnamese_text.map(nfd))
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@settings(max_examples=400)
@given(any_text)
def test_fold_never_raises_and_is_idempotent(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert fold(nfd(text)) == folded
    assert folded == folded.strip()


@settings(max_examples=400)
@given(any_text, st.sampled_from(STYLES))
def test_normalize_tones_properties(text, style):
    out = normalize_tones(text, style)
    assert out == nfc(out)
    assert normalize_tones(out, style) == out
    assert fold(out) == fold(text)  # only marks move
    other = "new" if style == "old" else "old"
    assert normalize_tones(normalize_tones(text, other), style) == out


@settings(max_examples=400)
@given(any_text, st.integers(min_value=1, max_value=100))
def test_slugify_output_shape(text, max_length):
    slug = slugify(text, max_length)
    assert slug == "" or SLUG_RE.match(slug)
    assert len(slug) <= max_length


@settings(max_examples=300)
@given(st.lists(any_text, max_size=8))
def test_sort_key_never_raises_and_is_a_total_order(texts):
    keys = [sort_key(t) for t in texts]
    ordered = sorted(keys)  # every pair of keys compares: no mixed types inside
    assert all(a <= b for a, b in zip(ordered, ordered[1:], strict=False))
    assert [sort_key(t) for t in sorted(texts, key=sort_key)] == ordered
    for text, key in zip(texts, keys, strict=True):
        assert sort_key(nfd(text)) == key


def test_sort_string_orders_as_sort_key():
    from lnv_editor.core.vietnamese import sort_key, sort_string

    names = [
        "Đà Nẵng",
        "Bắc Ninh",
        "An Giang",
        "Điện Biên",
        "Cà Mau",
        "Ăn",
        "an",
        "An",
        "Hòa Bình",
        "Hoà Bình",
        "Hoa",
        "Hóa",
        "Hà Nội 2",
        "Hà Nội 10",
        "Hà",
        "Hà Nội",
        "ư",
        "u",
        "Ơ",
        "o",
        "ô",
        "",
        "123",
        "Thanh Hoá",
        "Thanh Hóa",
        "Thanh",
    ]
    assert sorted(names, key=sort_string) == sorted(names, key=sort_key)


@given(st.lists(st.text(max_size=12), max_size=12))
def test_sort_string_matches_sort_key_on_any_text(texts):
    from lnv_editor.core.vietnamese import sort_key, sort_string

    assert sorted(texts, key=sort_string) == sorted(texts, key=sort_key)
