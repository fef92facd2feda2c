"""Writing an article as a reporter does: keyboard in, store out."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from typing_helpers import type_text

from lnv_editor.store.repository import Repository


def _new_article(qtbot, window):
    window.actions["new"].trigger()
    assert window.editor.article is not None
    return window.editor.article.id


def test_ctrl_n_focuses_title_and_typing_lands_in_store(qtbot, make_window, tmp_path):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor.article is not None)
    assert window.editor.title_edit.hasFocus()
    article_id = window.editor.article.id
    type_text(window.editor.title_edit, "Làng lụa Vạn Phúc")
    type_text(window.editor.body_edit, "Nghề dệt lụa có từ lâu đời.")
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    other = Repository.open(tmp_path / "store.sqlite")
    try:
        stored = other.get(article_id)
    finally:
        other.close()
    assert stored.title == "Làng lụa Vạn Phúc"
    assert stored.body == "Nghề dệt lụa có từ lâu đời."
    assert window.library.model.rowCount() == 1
    assert "Làng lụa" in window.library.model.index(0, 0).data()


def test_nfd_input_is_stored_nfc(qtbot, make_window):
    window = make_window()
    article_id = _new_article(qtbot, window)
    window.editor.body_edit.insertPlainText(unicodedata.normalize("NFD", "Thủy hoà đồng"))
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    stored = window.repo.get(article_id).body
    assert unicodedata.is_normalized("NFC", stored)
    assert stored == "Thủy hòa đồng"  # NFC, and tone marks in the house style (default "old")


def test_undo_redo_in_body(qtbot, make_window):
    window = make_window()
    _new_article(qtbot, window)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "Gốm")
    qtbot.keyClick(body, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "**Gốm**"
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "Gốm"
    qtbot.keyClick(body, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "**Gốm**"


def test_formatting_commands(qtbot, make_window):
    window = make_window()
    _new_article(qtbot, window)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "Tiêu đề phụ")
    window.actions["heading"].trigger()
    assert body.toPlainText() == "## Tiêu đề phụ"
    window.actions["heading"].trigger()
    assert body.toPlainText() == "Tiêu đề phụ"
    window.actions["quote"].trigger()
    assert body.toPlainText() == "> Tiêu đề phụ"
    body.selectAll()
    window.actions["link"].trigger()
    assert body.toPlainText() == "[> Tiêu đề phụ](https://)"
    assert body.textCursor().selectedText() == "https://"
    type_text(body, "https://lnv.vn")
    assert body.toPlainText().endswith("(https://lnv.vn)")


def test_list_continues_on_enter(qtbot, make_window):
    window = make_window()
    _new_article(qtbot, window)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "- gốm")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "sứ")
    assert body.toPlainText() == "- gốm\n- sứ"


def test_find_ignores_diacritics(qtbot, make_window):
    window = make_window()
    _new_article(qtbot, window)
    body = window.editor.body_edit
    body.setPlainText("Làng nghề đồ gỗ Đồng Kỵ ở Bắc Ninh.")
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.find_bar.isVisible()
    type_text(window.editor.find_bar.field, "dong ky")
    assert body.textCursor().selectedText() == "Đồng Kỵ"
    window.editor.find_bar.exact.setChecked(True)
    assert not window.editor.find_bar.find_next()


def test_word_count_in_status_bar(qtbot, make_window):
    window = make_window()
    _new_article(qtbot, window)
    type_text(window.editor.title_edit, "Một hai ba")
    type_text(window.editor.body_edit, "một hai ba bốn năm **sáu**")
    qtbot.waitUntil(lambda: "6 word" in window.stats_label.text(), timeout=3000)
    assert "1 min read" in window.stats_label.text()


def test_switching_articles_saves_first(qtbot, make_window):
    window = make_window()
    first = _new_article(qtbot, window)
    type_text(window.editor.body_edit, "chữ của bài một")
    _new_article(qtbot, window)  # switching flushes synchronously, no timer needed
    assert window.repo.get(first).body == "chữ của bài một"


def test_status_bar_and_readiness_count_the_same_words(qtbot, make_window):
    """One counting rule: the status bar counts the body's words, as the readiness check
    does ("The body has N words"), and says that it is the body it counts."""
    window = make_window()
    _new_article(qtbot, window)
    type_text(window.editor.title_edit, "Làng gốm Bát Tràng")
    type_text(window.editor.lead_edit, "Nghề gốm có từ lâu đời.")
    type_text(window.editor.body_edit, "## Lịch sử\n\n**Gốm** có [năm trăm](https://lnv.vn) năm.")
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    check = window.review_panel.readiness.list
    qtbot.waitUntil(
        lambda: any("The body has 7 words" in check.item(i).text() for i in range(check.count())),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: window.stats_label.text().startswith("Body: 7 words"), timeout=3000)
    assert "17" not in window.stats_label.text()  # not title + lead + body
