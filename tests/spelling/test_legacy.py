"""Text in the old encodings is recognised and converted; Unicode and other languages are not."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from lnv_editor.core.spelling.legacy import detect_and_convert

TCVN3 = "B¶o Th¾ng, M\xadêng Kh\xad¬ng, B¸t X¸t lµ c¸c huyÖn cña tØnh Lµo Cai."
UNICODE = "Bảo Thắng, Mường Khương, Bát Xát là các huyện của tỉnh Lào Cai."


def test_tcvn3_and_viqr_are_converted_to_nfc():
    assert detect_and_convert(TCVN3) == ("tcvn3", UNICODE)
    viqr = "Vie^.t Nam ddu+o+.c mu`a, ngu+o+`i da^n vui ve?."
    assert detect_and_convert(viqr) == ("viqr", "Việt Nam được mùa, người dân vui vẻ.")


@pytest.mark.parametrize(
    "text",
    [
        UNICODE,
        "Cà phê có ông bà và cô chú ở nhà.",  # Unicode with Latin-1 letters only
        "Café, naïve, Señor Müller, Zoë and José.",
        "Are you sure? Yes. I am (really) fine, it's 1.5 USD.",
        "Xem mục (a) và (b).",
    ],
)
def test_other_text_is_left_alone(text):
    assert detect_and_convert(text) is None


def test_a_paste_in_tcvn3_becomes_unicode_as_its_own_undo_step(qtbot, spell_window):
    window = spell_window
    window.new_article()
    qtbot.waitUntil(lambda: window.editor.isEnabled())
    body = window.editor.body_edit
    body.setPlainText("Mở đầu. ")
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    QGuiApplication.clipboard().setText(TCVN3)
    body.paste()
    qtbot.waitUntil(lambda: body.toPlainText() == "Mở đầu. " + UNICODE)
    assert window.editor.banner.isVisible() and "TCVN3" in window.editor.banner.label.text()
    body.undo()
    assert body.toPlainText() == "Mở đầu. " + TCVN3
    # a paste of Unicode text is never touched
    QGuiApplication.clipboard().setText(" " + UNICODE)
    body.paste()
    qtbot.wait(50)
    assert body.toPlainText().endswith(TCVN3 + " " + UNICODE)


# VNI-Windows, written by hand from the published table (resources/spelling/SOURCE.md): the
# vowel, then the byte of its shape and tone; ô ö are ơ ư, í ì æ ó ò the i's, î ỵ, ñ đ.
VNI_SAMPLES = [
    (
        "Laøng goám Baùt Traøng ôû Haø Noäi ñöôïc muøa Teát.",
        "Làng gốm Bát Tràng ở Hà Nội được mùa Tết.",
    ),
    (
        "Kyø hoïp thöù tö, tænh Thaùi Bình hoã trôï 7,5 tyû ñoàng cho hoä ngheøo.",
        "Kỳ họp thứ tư, tỉnh Thái Bình hỗ trợ 7,5 tỷ đồng cho hộ nghèo.",
    ),
    ("ÑAØ NAÜNG, QUAÛNG TRÒ vaø Ñaék Laék", "ĐÀ NẴNG, QUẢNG TRỊ và Đắk Lắk"),
    (
        "Ngöôøi thôï deät chieáu Nga Sôn giöõ ngheà, nhaø nhaø ñeàu coù khung cöûi.",
        "Người thợ dệt chiếu Nga Sơn giữ nghề, nhà nhà đều có khung cửi.",
    ),
    ("Vieät Nam ñoåi môùi, kinh teá taêng tröôûng; myõ ngheä, xuaát khaåu.",
     "Việt Nam đổi mới, kinh tế tăng trưởng; mỹ nghệ, xuất khẩu."),
    ("Trôøi möa to, caây ñoå, ngöôøi daân vöôït luõ; ñeâm khuya yeân tónh.",
     "Trời mưa to, cây đổ, người dân vượt lũ; đêm khuya yên tĩnh."),
]  # fmt: skip


@pytest.mark.parametrize(("vni", "unicode"), VNI_SAMPLES)
def test_vni_windows_is_converted_to_nfc(vni, unicode):
    import unicodedata

    assert detect_and_convert(vni) == ("vni", unicode)
    assert unicodedata.is_normalized("NFC", detect_and_convert(vni)[1])


def test_every_vni_letter_of_the_table_converts():
    from lnv_editor.core.spelling.legacy import VNI, vni_to_unicode

    # 68 lower case sequences (a e o u y with 5 tones, â ê ô ă with 6 forms, ơ ư with 6, the
    # five i's, î for ỵ, đ), as many upper case. (y + ï is read as ỵ too, as î is.)
    assert len(VNI) == 2 * 68
    assert vni_to_unicode("yï î") == "ỵ ỵ"
    assert vni_to_unicode("aâ aê oâ eâ ô ö ñ î æ") == "â ă ô ê ơ ư đ ỵ ỉ"
    assert vni_to_unicode("AÂ AÊ OÂ EÂ Ô Ö Ñ Î Æ") == "Â Ă Ô Ê Ơ Ư Đ Ỵ Ỉ"
    assert vni_to_unicode("aù aø aû aõ aï") == "á à ả ã ạ"
    assert vni_to_unicode("aá aà aå aã aä aé aè aú aü aë") == "ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ"
    assert vni_to_unicode("ôù ôø ôû ôõ ôï öù öø öû öõ öï") == "ớ ờ ở ỡ ợ ứ ừ ử ữ ự"


@pytest.mark.parametrize(
    "text",
    [
        "Làng gốm Bát Tràng ở Hà Nội được mùa Tết, người dân vui vẻ đón xuân.",
        "Thái Bình, Ninh Bình và Hòa Bình có nghề chiếu cói, mây tre đan.",
        "Año nuevo en España: el señor Muñoz y la niña comen piñata.",
        "Là où il a été, déjà vu: une naïve façade, à côté du château.",
        "Über Ärger und Öl: schön, müde, Größe, Fußgänger.",
        "The café's menu: crème brûlée, jalapeño, São Paulo, Zürich.",
        "Nha Trang co bien dep, du lich phat trien manh.",
    ],
)
def test_vietnamese_and_other_languages_are_not_taken_for_vni(text):
    assert detect_and_convert(text) is None


def test_a_vni_paste_becomes_unicode_as_its_own_undo_step_in_body_and_title(qtbot, spell_window):
    window = spell_window
    window.new_article()
    qtbot.waitUntil(lambda: window.editor.isEnabled())
    vni, unicode = VNI_SAMPLES[0]
    for edit, before in ((window.editor.body_edit, "Mở đầu. "), (window.editor.title_edit, "")):
        edit.setPlainText(before)
        edit.setFocus()
        cursor = edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        edit.setTextCursor(cursor)
        QGuiApplication.clipboard().setText(vni)
        edit.paste()
        qtbot.waitUntil(lambda e=edit, b=before: e.toPlainText() == b + unicode)
        assert "VNI" in window.editor.banner.label.text()
        edit.undo()
        assert edit.toPlainText() == before + vni
        edit.redo()
        assert edit.toPlainText() == before + unicode


def test_a_long_paste_is_judged_on_its_start_and_converted_whole():
    from lnv_editor.core.spelling.legacy import SAMPLE_WORDS

    vni, unicode = VNI_SAMPLES[1]
    times = SAMPLE_WORDS // len(vni.split()) + 50
    assert detect_and_convert(" ".join([vni] * times)) == ("vni", " ".join([unicode] * times))
    latin = "Año nuevo en España: el señor Muñoz y la niña comen piñata."
    assert detect_and_convert(" ".join([latin] * times)) is None
