"""Each readiness rule with an article that fails it and one that passes."""

from __future__ import annotations

import unicodedata

import pytest

from lnv_editor.core.readiness import ERROR, MESSAGES, WARNING, PhotoText, check

WORDS = " ".join(["Nghệ nhân làng gốm Bát Tràng giữ nghề truyền thống qua nhiều thế hệ."] * 16)
GOOD = {
    "title": "Làng gốm Bát Tràng giữ lửa nghề",
    "lead": "Nghệ nhân Bát Tràng vẫn giữ lò bầu cổ giữa thời lò ga.",
    "body": WORDS + "\n\n![](photo:7)\n",
    "photos": [PhotoText(7, "Lò bầu cổ", "Người thợ xếp gốm vào lò", "lo.jpg")],
    "provinces": ["01"],
    "related": [(12, False)],
}


def codes(**changes):
    report = check(**(GOOD | changes))
    return {f.code for f in report.errors}, {f.code for f in report.warnings}, report


def test_a_good_article_passes_everything():
    errors, warnings, report = codes()
    assert report.ok and errors == set() and warnings == set()


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"title": "  "}, "no_title", "title"),
        ({"lead": ""}, "no_lead", "lead"),
        ({"photos": [PhotoText(7, "", "Người thợ", "lo.jpg")]}, "photo_no_caption", "photo"),
        ({"photos": [PhotoText(7, "Lò", " ", "lo.jpg")]}, "photo_no_alt", "photo"),
        ({"photos": []}, "missing_photo", "body"),
        ({"related": [(12, True)]}, "related_deleted", "related"),
        ({"provinces": []}, "no_province", "provinces"),
    ],
)
def test_each_error(changes, code, field):
    errors, _warnings, report = codes(**changes)
    assert errors == {code}
    finding = report.errors[0]
    assert finding.field == field and finding.severity == ERROR
    assert finding.template == MESSAGES[code]
    assert finding.template.format(**finding.params)  # every placeholder is filled


def test_missing_photo_names_its_position():
    body = "Mở đầu.\n\n![](photo:99)\n"
    _e, _w, report = codes(body=body)
    (finding,) = [f for f in report.errors if f.code == "missing_photo"]
    assert finding.position == body.index("![](photo:99)") and finding.params == {"photo": 99}


@pytest.mark.parametrize(
    ("changes", "code", "field", "position"),
    [
        ({"title": "Gốm " * 30}, "title_long", "title", 100),
        ({"lead": "Sapo dài. " * 40}, "lead_long", "lead", 300),
        ({"lead": "Sapo chưa hết câu"}, "lead_no_stop", "lead", 17),
        ({"body": "Ngắn quá.\n\n![](photo:7)"}, "body_short", "body", None),
        ({"lead": "Thanh Hoá hòa nhập kinh tế."}, "mixed_tones", "lead", None),
        ({"title": "Làng  gốm"}, "double_space", "title", 4),
        ({"lead": "Ông nói (rằng nghề khó."}, "unbalanced", "lead", 8),
        ({"lead": "Ông nói \u201cnghề khó."}, "unbalanced", "lead", 8),
        ({"lead": 'Ông nói "nghề khó.'}, "unbalanced", "lead", 8),
        ({"lead": "LNV - Nghệ nhân giữ nghề."}, "lnv_prefix", "lead", 0),
    ],
)
def test_each_warning(changes, code, field, position):
    errors, warnings, report = codes(**changes)
    assert errors == set() and code in warnings
    finding = next(f for f in report.warnings if f.code == code)
    assert finding.field == field and finding.severity == WARNING
    if position is not None:
        assert finding.position == position


def test_warnings_do_not_fire_on_the_right_thing():
    # A quotation that closes, a Markdown link, an ordered list "1)", a line break's two
    # trailing spaces, and a lead ending in a closing quote are all fine.
    body = WORDS + " Ông nói \u201cgiữ nghề\u201d [xem](https://lnv.vn).  \n1) Một\n\n![](photo:7)"
    _e, warnings, _r = codes(body=body, lead="Ông nói: \u201cNghề khó.\u201d")
    assert warnings == set()


def test_one_tone_style_throughout_is_fine_and_nfd_counts_as_nfc():
    _e, warnings, _r = codes(lead="Thanh Hóa hòa nhập kinh tế.", title="Thủy sản")
    assert "mixed_tones" not in warnings
    _e, warnings, report = codes(lead=unicodedata.normalize("NFD", "Thanh Hoá hòa nhập."))
    (finding,) = [f for f in report.warnings if f.code == "mixed_tones"]
    assert {finding.params["word"], finding.params["other"]} == {"Hoá", "hòa"}


def test_html_typed_in_the_body_is_a_warning_with_its_position():
    body = (
        "Đoạn một.\n\n<template>ghi chú\n\n`<i>` là mã, <https://lnv.vn> là liên kết, "
        "a < b > c là phép so sánh.\n\n<!-- ghi chú -->\n\n```\n<p>mã</p>\n```\n"
    )
    report = check(title="Tiêu đề", lead="Sapo.", body=body, provinces=["01"])
    found = [(f.position, f.params["tag"]) for f in report.warnings if f.code == "raw_html"]
    assert found == [(body.index("<template>"), "<template>"), (body.index("<!--"), "<!--")]
    assert all(f.field == "body" for f in report.warnings if f.code == "raw_html")
    assert not [f for f in report.errors if f.code == "raw_html"]  # the text is kept as typed
    clean = check(title="Tiêu đề", lead="Sapo.", body="Không có thẻ nào.", provinces=["01"])
    assert not [f for f in clean.warnings if f.code == "raw_html"]
