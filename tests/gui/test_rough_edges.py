"""Smaller rough edges a new user tripped over: the find bar's message, the related-stories
hint, toolbar tooltips, what Ctrl+S says, plural forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from typing_helpers import type_text

from lnv_editor.store.repository import Repository


def _new_article(qtbot, window):
    window.actions["new"].trigger()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=3000)


def test_find_bar_messages_never_resize_the_window(qtbot, make_window):
    from lnv_editor.i18n import install_translators

    install_translators("vi")  # the longest message is the Vietnamese one ("Đã tìm hết một vòng")
    window = make_window()
    _new_article(qtbot, window)
    body = window.editor.body_edit
    body.setPlainText("gốm " * 5)
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.editor.find_bar
    qtbot.wait(50)
    width, library = window.width(), window.library.width()
    type_text(bar.field, "gom")
    for _ in range(10):  # past the last match: the wrap message
        bar.find_next()
        if bar.status.text():
            break
    assert bar.status.text() == bar.tr("Wrapped around") != "Wrapped around"
    qtbot.wait(50)
    assert window.width() == width and window.library.width() == library
    type_text(bar.field, "xyz")
    assert bar.status.text() == bar.tr("Not found")
    qtbot.wait(50)
    assert window.width() == width
    # and the whole message is there for whoever hovers it, even in a narrow editor
    assert bar.status.toolTip() == bar.status.text() and bar.status.isVisible()


def test_related_hint_says_what_is_missing(qtbot, make_window, tmp_path):
    path = tmp_path / "store.sqlite"
    repo = Repository.open(path)
    lonely = repo.create(title="").id
    repo.create(title="Lụa Vạn Phúc", section="Làng nghề")
    repo.close()
    window = make_window(path)
    window.library.select(lonely)
    window.places_dock.raise_()
    panel = window.places_panel
    qtbot.waitUntil(lambda: panel.results_label.text() != "", timeout=3000)
    assert panel.results_label.text() == "No suggestion yet: tag provinces or write a title."
    type_text(window.editor.title_edit, "Nón lá Chuông")
    panel.set_article(lonely)  # looked at again, as when switching back to the article
    qtbot.waitUntil(
        lambda: "No province or city is tagged" in panel.results_label.text(), timeout=3000
    )
    assert "write a title" not in panel.results_label.text()  # it is written
    assert "No province or city is tagged" in panel.results_label.text()
    window.repo.tags.set_provinces(lonely, [("1", "Hà Nội")])
    panel.set_article(lonely)
    qtbot.waitUntil(lambda: "shares a province" in panel.results_label.text(), timeout=3000)
    assert (
        panel.results_label.text()
        == "No story shares a province or city, the section or the subject."
    )


def test_toolbar_tooltips_show_shortcuts_natively(make_window):
    window = make_window()
    bold = window.actions["bold"]
    native = bold.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert native and bold.toolTip().endswith(f"({native})")
    assert window.actions["history"].toolTip().endswith("(Ctrl+Shift+H)")
    assert window.actions["save"].toolTip().startswith("Save now")


def test_ctrl_s_names_the_revision_it_made(qtbot, make_window):
    window = make_window()
    _new_article(qtbot, window)
    type_text(window.editor.title_edit, "Gốm")
    window.editor.title_edit.setFocus()
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("Saved version"), timeout=3000
    )
    version = window.repo.get(window.editor.article.id).version
    assert window.statusBar().currentMessage() == f"Saved version v{version}"
    assert window.repo.revisions(window.editor.article.id)[0].reason == "save"


def test_plural_forms_in_english_and_vietnamese(qtbot, make_window, tmp_path):
    from lnv_editor.i18n import install_translators

    path = tmp_path / "store.sqlite"
    repo = Repository.open(path)
    repo.create(title="Gốm Bát Tràng", body="một hai ba")
    repo.close()
    window = make_window(path)
    assert window.library.count_label.text() == "1 article"
    window.actions["new"].trigger()
    qtbot.waitUntil(lambda: window.library.count_label.text() == "2 articles", timeout=3000)
    type_text(window.editor.body_edit, "một")
    qtbot.waitUntil(lambda: window.stats_label.text().startswith("Body: 1 word "), timeout=3000)
    type_text(window.editor.body_edit, " hai")
    qtbot.waitUntil(lambda: window.stats_label.text().startswith("Body: 2 words "), timeout=3000)
    assert "(s)" not in window.stats_label.text()
    install_translators("vi")
    assert window.library.tr("%Ln article(s)", "", 2) == "2 bài viết"
    assert window.library.tr("%Ln article(s)", "", 1) == "1 bài viết"
