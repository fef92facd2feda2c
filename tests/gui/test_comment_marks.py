"""A commented passage is marked in the editor, as the preview marks it: from the store's
change record (a comment added, resolved or reopened anywhere), following the words while the
reporter types, and gone when the comment is resolved or its passage is gone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from typing_helpers import type_text

BODY = "Làng gốm Phù Lãng đỏ lửa quanh năm.\n\nThợ gốm giữ nghề qua nhiều thế hệ."


def marked(edit) -> list[str]:
    return [s.cursor.selectedText() for s in edit.extraSelections()]


def open_article(window, qtbot):
    repo = window.repo
    article = repo.create(title="Gốm Phù Lãng", lead="Lò gốm đỏ lửa quanh năm.", body=BODY)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    window.library.select(article.id)
    qtbot.waitUntil(
        lambda: window.editor.article is not None and window.editor.article.id == article.id,
        timeout=3000,
    )
    return article.id


def comment(repo, article_id, field, quote, text="Ghi rõ", *, source):
    start = source.index(quote)
    return repo.comments.add(
        article_id,
        field=field,
        start=start,
        end=start + len(quote),
        text=text,
        author="Trần",
        role="editor",
    )


def test_commented_passages_are_marked_and_follow_the_change_record(qtbot, make_window):
    window = make_window()
    article_id = open_article(window, qtbot)
    body, lead = window.editor.body_edit, window.editor.lead_edit
    assert marked(body) == [] and marked(lead) == []
    # A comment made elsewhere (another window, the command line) shows without a click.
    first = comment(window.repo, article_id, "body", "Thợ gốm", source=BODY)
    qtbot.waitUntil(lambda: marked(body) == ["Thợ gốm"], timeout=3000)
    comment(window.repo, article_id, "lead", "đỏ lửa", source="Lò gốm đỏ lửa quanh năm.")
    qtbot.waitUntil(lambda: marked(lead) == ["đỏ lửa"], timeout=3000)
    assert all(
        s.format.background().style() != Qt.BrushStyle.NoBrush for s in body.extraSelections()
    )

    # Typing before the passage: the mark stays on the same words, at once.
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    body.setTextCursor(cursor)
    body.setFocus()
    type_text(body, "Xưa nay, ")
    assert marked(body) == ["Thợ gốm"]

    # Resolved: no longer marked (the preview hides resolved comments too).
    window.repo.comments.resolve(first.id)
    qtbot.waitUntil(lambda: marked(body) == [], timeout=3000)
    assert marked(lead) == ["đỏ lửa"]
    window.repo.comments.reopen(first.id)
    qtbot.waitUntil(lambda: marked(body) == ["Thợ gốm"], timeout=3000)


def test_marks_belong_to_the_article_on_screen(qtbot, make_window):
    window = make_window()
    article_id = open_article(window, qtbot)
    comment(window.repo, article_id, "body", "Thợ gốm", source=BODY)
    body = window.editor.body_edit
    qtbot.waitUntil(lambda: marked(body) == ["Thợ gốm"], timeout=3000)
    other = window.repo.create(title="Mây tre", lead="Đan lát.", body="Thợ gốm khác.")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=3000)
    window.library.select(other.id)
    qtbot.waitUntil(lambda: window.editor.article.id == other.id, timeout=3000)
    qtbot.waitUntil(lambda: marked(body) == [], timeout=3000)
