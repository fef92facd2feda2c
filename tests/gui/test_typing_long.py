"""Typing in a long article (issue 21): what reads the whole text (word count, readiness,
comment anchors, province suggestions, the preview) runs once typing pauses or off the GUI
thread, and still shows the right thing once it has caught up."""

from __future__ import annotations

import re

from PySide6.QtGui import QGuiApplication, QTextCursor
from typing_helpers import type_text

from lnv_editor.core.demo import DEMO_ARTICLES
from lnv_editor.core.stats import body_words
from tests.gui.test_preview import dom, settle, wait_dom

# About 5,000 words of the demo articles, with a subheading and a quotation here and there.
LONG_BODY = "\n\n".join(
    ("## " if n % 7 == 3 else "> " if n % 11 == 5 else "") + paragraph
    for n, paragraph in enumerate(
        p for article in DEMO_ARTICLES * 2 for p in article["body"].split("\n\n") if p.strip()
    )
)
PASSAGE = "nghệ nhân"  # an editor's comment is on its first occurrence


def long_article(window) -> int:
    repo = window.repo
    article = repo.create(
        title="Làng nghề vào mùa Tết",
        lead="Các làng nghề tăng ca cho mùa hàng Tết.",
        body=LONG_BODY,
        byline="Lê Nam",
        section="Làng nghề",
    )
    repo.tags.set_provinces(article.id, [("01", "Hà Nội")])
    return article.id


def open_article(qtbot, window, article_id: int) -> None:
    qtbot.waitUntil(lambda: window.model is not None and window.model.rowCount() >= 1)
    window.library.select(article_id)
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=3000)
    assert window.editor.article.id == article_id


def cursor_at(body, position: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(position)
    body.setTextCursor(cursor)


def expected_words(window) -> int:
    return body_words(window.editor.body_edit.toPlainText())  # the body's words, one rule


def words_shown(window) -> int:
    return int(re.sub(r"\D", "", window.stats_label.text().split(" · ")[0]))


def test_word_count_is_right_after_typing_paste_and_undo(qtbot, make_window):
    window = make_window()
    article_id = long_article(window)
    open_article(qtbot, window, article_id)
    body = window.editor.body_edit
    qtbot.waitUntil(lambda: words_shown(window) == expected_words(window), timeout=3000)
    before = words_shown(window)

    cursor_at(body, LONG_BODY.index("\n\n", len(LONG_BODY) // 2))
    type_text(body, " thêm ba chữ")
    qtbot.waitUntil(lambda: words_shown(window) == expected_words(window), timeout=3000)
    assert words_shown(window) != before

    # A paragraph pasted in the middle, with a link still open across a blank line.
    QGuiApplication.clipboard().setText("\n\nĐoạn dán [liên kết](\n\nhttps://lnv.vn) một hai ba.")
    cursor_at(body, 100)
    body.paste()
    qtbot.waitUntil(lambda: words_shown(window) == expected_words(window), timeout=3000)

    body.undo()  # the paste out again
    qtbot.waitUntil(lambda: words_shown(window) == expected_words(window), timeout=3000)
    body.selectAll()
    body.textCursor().removeSelectedText()
    qtbot.waitUntil(lambda: words_shown(window) == 0, timeout=3000)  # title and lead not counted


def test_readiness_and_comments_follow_typing_once_saved(qtbot, make_window):
    window = make_window()
    article_id = long_article(window)
    start = LONG_BODY.index(PASSAGE)
    note = window.repo.comments.add(
        article_id, field="body", start=start, end=start + len(PASSAGE),
        text="Nghệ nhân nào?", author="Trần Biên", role="editor",
    )  # fmt: skip
    open_article(qtbot, window, article_id)
    panel = window.review_panel
    qtbot.waitUntil(lambda: panel.comments.tree.topLevelItemCount() == 1, timeout=3000)
    double_spaces = [
        f for f in panel.readiness.report.warnings if f.code == "double_space"
    ]  # fmt: skip
    assert double_spaces == []

    # Typed before the commented passage: the comment moves with its words once saved.
    body = window.editor.body_edit
    cursor_at(body, 0)
    type_text(body, "Mở  đầu. ")  # a double space the readiness check warns about
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    span = window.repo.comments.ranges(article_id)["body"][0]
    assert (span.start, span.end) == (start + len("Mở  đầu. "), start + len("Mở  đầu. ") + 9)
    assert window.repo.get(article_id).body[span.start : span.end] == PASSAGE
    qtbot.waitUntil(
        lambda: any(f.code == "double_space" for f in panel.readiness.report.warnings),
        timeout=5000,
    )
    warning = next(f for f in panel.readiness.report.warnings if f.code == "double_space")
    assert (warning.field, warning.position) == ("body", 2)
    assert panel.comments.current_id() in (None, note.id)
    assert panel.comments.tree.topLevelItemCount() == 1


def test_preview_follows_typing_in_a_long_article(qtbot, make_window):
    window = make_window()
    article_id = long_article(window)
    window.preview.toggle_action.setChecked(True)
    open_article(qtbot, window, article_id)
    panel = window.preview.panel
    qtbot.waitUntil(lambda: panel.view.shown is not None, timeout=10000)
    settle(qtbot, panel, timeout=10000)
    loads = panel.view.loads
    blocks = dom(qtbot, panel.view, "document.querySelectorAll('.md-block').length")

    body = window.editor.body_edit
    middle = LONG_BODY.index("\n\n", len(LONG_BODY) // 2)
    cursor_at(body, middle)
    type_text(body, " Chữ mới gõ")
    settle(qtbot, panel)
    wait_dom(qtbot, panel.view, "document.body.textContent.includes('Chữ mới gõ')", True)
    # A new paragraph, then a key deleted: still one block more, the page never reloaded.
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, "\n\nĐoạn cuối mớii")
    body.textCursor().deletePreviousChar()
    settle(qtbot, panel)
    wait_dom(qtbot, panel.view, "document.body.textContent.includes('Đoạn cuối mới')", True)
    wait_dom(qtbot, panel.view, "document.body.textContent.includes('mớii')", False)
    wait_dom(qtbot, panel.view, "document.querySelectorAll('.md-block').length", blocks + 1)
    assert panel.view.loads == loads


def test_the_preview_comment_mark_follows_typing_without_reading_the_store(qtbot, make_window):
    """Typing before a commented passage across several autosaves: the preview keeps the mark
    on its words, and the preview reads the comments once, not at each save."""
    window = make_window()
    article_id = long_article(window)
    start = LONG_BODY.index(PASSAGE)
    window.repo.comments.add(
        article_id, field="body", start=start, end=start + len(PASSAGE),
        text="Nghệ nhân nào?", author="Trần Biên", role="editor",
    )  # fmt: skip
    window.preview.toggle_action.setChecked(True)
    open_article(qtbot, window, article_id)
    panel = window.preview.panel
    qtbot.waitUntil(lambda: panel.view.shown is not None, timeout=10000)
    settle(qtbot, panel, timeout=10000)
    mark = "document.querySelector('mark.lnv-comment').textContent"
    wait_dom(qtbot, panel.view, mark, PASSAGE)
    reads = []
    ranges = window.repo.comments.ranges
    window.repo.comments.ranges = lambda article: reads.append(article) or ranges(article)
    saves = []
    window.autosaver.saved.connect(saves.append)

    body = window.editor.body_edit
    for word in ("Mở ", "đầu ", "bài. "):
        cursor_at(body, body.toPlainText().index(PASSAGE) - 1)
        type_text(body, word)
        qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
        settle(qtbot, panel)
        wait_dom(qtbot, panel.view, mark, PASSAGE)
    assert len(saves) >= 3
    assert reads == []  # (the review dock reads its own list, not through the preview)
    wait_dom(qtbot, panel.view, "document.querySelectorAll('mark.lnv-comment').length", 1)


def test_readiness_waits_for_typing_to_settle_not_for_each_autosave(qtbot, make_window, tmp_path):
    from lnv_editor.config import Config

    config = Config(tmp_path / "settings.json")
    config.set("autosave_idle_ms", 300)
    config.set("autosave_max_ms", 500)  # saves while typing, closer together than the dock waits
    window = make_window(config=config, fast_autosave=False)
    article_id = long_article(window)
    open_article(qtbot, window, article_id)
    panel = window.review_panel
    report = panel.readiness.report
    assert report is not None
    body = window.editor.body_edit
    cursor_at(body, 0)
    saves = []
    window.autosaver.saved.connect(lambda _result: saves.append(1))
    while len(saves) < 3:  # typing on, a key every 0.1 s, through three autosaves
        type_text(body, "a")
        qtbot.wait(100)
    assert panel.readiness.report is report  # not checked again at each save
    qtbot.waitUntil(lambda: panel.readiness.report is not report, timeout=5000)  # paused


def test_the_search_index_catches_up_once_typing_pauses_and_nothing_redraws(qtbot, make_window):
    """Autosaves leave the search index behind (store/search_pending.py); a pause in typing
    brings it level on the save worker, announced as the index only: the preview renders
    nothing for it and the window reads nothing back."""
    from lnv_editor.store.changes import Part
    from lnv_editor.store.search_pending import pending

    window = make_window()
    article_id = long_article(window)
    open_article(qtbot, window, article_id)
    window.preview.toggle_action.setChecked(True)
    panel = window.preview.panel
    settle(qtbot, panel, timeout=15000)
    body = window.editor.body_edit
    cursor_at(body, len(LONG_BODY))
    changes = []
    window.hub.changed.connect(changes.append)

    def behind() -> list[int]:
        with window.repo.engine.connect() as conn:
            return pending(conn)

    type_text(body, " Khoáivừa")
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    assert behind() == [article_id]  # saved, the index not yet (it waits for a pause)
    assert body.toPlainText().endswith(" Khoáivừa")
    settle(qtbot, panel)
    renders = []
    panel.queue.rendered.connect(lambda *args: renders.append(args))
    qtbot.waitUntil(lambda: behind() == [], timeout=6000)
    qtbot.wait(700)  # anything the catch-up would have set off
    assert [c.parts for c in changes if Part.INDEX in c.parts] == [{Part.INDEX}]
    assert renders == []
    assert window.autosaver.state == "clean"
    assert [h.id for h in window.repo.search.search("Khoáivừa")] == [article_id]


def test_closing_the_window_right_after_typing_leaves_the_index_level(qtbot, make_window):
    from PySide6.QtCore import Qt

    from lnv_editor.store.repository import Repository
    from lnv_editor.store.search_pending import pending

    window = make_window()
    article_id = long_article(window)
    open_article(qtbot, window, article_id)
    path = window.repo.path
    body = window.editor.body_edit
    cursor_at(body, len(LONG_BODY))
    type_text(body, " Khoáivừa")
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the fixture tidies up
    window.close()  # before the pause's catch-up
    assert window.repo is None
    repo = Repository.open(path)
    try:
        with repo.engine.connect() as conn:
            assert pending(conn) == []
            assert conn.exec_driver_sql(
                "SELECT rowid FROM article_fts WHERE article_fts MATCH 'khoaivua'"
            ).all() == [(article_id,)]
    finally:
        repo.close()
