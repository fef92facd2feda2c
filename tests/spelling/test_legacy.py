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
