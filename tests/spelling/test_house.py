"""House style: the desk's rule file, each rule with its fix, nothing on text that follows it."""

from __future__ import annotations

import pytest

from lnv_editor.core.spelling.house import HouseRulesError, check_article, parse_rules


def _found(body: str) -> list[tuple[str, str, str | None]]:
    return [
        (f.rule, body[f.start : f.end], f.fix) for f in check_article(title="", lead="", body=body)
    ]


@pytest.mark.parametrize(
    ("body", "rule", "span", "fix"),
    [
        ("Về TP HCM hôm qua.", "H001", "TP HCM", "TP.HCM"),
        ("Về Tp.HCM hôm qua.", "H001", "Tp.HCM", "TP.HCM"),
        ('Ông nói "sẽ làm ngay" rồi đi.', "H003", '"sẽ làm ngay"', "\u201csẽ làm ngay\u201d"),
        ("Dự án 7.5 tỷ đồng.", "H004", "7.5", "7,5"),
        ("Có 1,100 hộ dân.", "H005", "1,100", "1.100"),
        ("Hơn 3 tỉ đồng.", "H006", "tỉ", "tỷ"),
        ("Tăng 12 % so với năm trước.", "H007", "2 %", "2%"),
        ("Đường dài 12km.", "H008", "12km", "12 km"),
        ("Từ ngày 12-3-2025.", "H009", "ngày 12-3-2025", "ngày 12/3/2025"),
        ("Người dân ở Tỉnh Thanh Hóa.", "H010", "Tỉnh ", "tỉnh "),
        ("Ý kiến của Thủ tướng chính phủ.", "H013", "Thủ tướng chính phủ", "Thủ tướng Chính phủ"),
        (
            "Vải thiều Bắc Giang vào mùa.",
            "former_province",
            "Bắc Giang",
            "Bắc Giang (nay là Bắc Ninh)",
        ),
    ],
)
def test_each_rule_finds_and_fixes(body, rule, span, fix):
    assert (rule, span, fix) in _found(body)


def test_text_in_house_style_has_no_findings():
    body = (
        "Về TP.HCM, ông nói \u201csẽ làm ngay\u201d. Dự án 7,5 tỷ đồng cho 1.100 hộ, tăng 12%, "
        "đường dài 12 km, từ ngày 12/3/2025, ở tỉnh Thanh Hóa. Thủ tướng Chính phủ đến "
        "Bắc Giang (nay là Bắc Ninh). Tỉnh Nghệ An mở đầu câu."
    )
    assert _found(body) == []


def test_a_broken_rule_is_named():
    with pytest.raises(HouseRulesError, match=r"Line 2 \(H999\)"):
        parse_rules("id\tpattern\tmessage\tfix\tseverity\nH999\t(unclosed\tm\t\twarning\n")
