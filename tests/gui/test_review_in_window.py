"""The review dock inside the main window: a workflow step shows at once in the editor's
status, the library and the dock; comments go on the selected text."""

from __future__ import annotations

from PySide6.QtCore import Qt


def ready_article(window):
    repo = window.repo
    body = " ".join(["Làng gốm giữ nghề qua nhiều thế hệ thợ."] * 20)
    article = repo.create(
        title="Gốm Phù Lãng vào mùa",
        lead="Lò gốm Phù Lãng đỏ lửa quanh năm.",
        body=body,
        byline="Lê Nam",
        section="Làng nghề",
    )
    repo.tags.set_provinces(article.id, [("24", "Bắc Ninh")])
    return article.id


def test_submit_from_the_dock_updates_the_editor_and_library(qtbot, make_window):
    window = make_window()
    article_id = ready_article(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    window.library.select(article_id)
    qtbot.waitUntil(lambda: window.review_panel.article_id == article_id, timeout=3000)
    panel = window.review_panel
    submit = panel.buttons[next(a for a in panel.buttons if a.value == "submit")]
    assert submit.isEnabled()
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    assert window.repo.get(article_id).status.value == "review"
    qtbot.waitUntil(lambda: window.editor.status_combo.currentData() == "review", timeout=3000)
    assert window.editor.status_combo.currentText() == "In review"
    assert window.model.index(0, window.model.STATUS).data() == "In review"
    assert window.autosaver.state == "clean"  # showing the new status is not an edit
    qtbot.waitUntil(lambda: not submit.isEnabled(), timeout=3000)


def test_add_comment_needs_a_selection_and_anchors_to_it(qtbot, make_window):
    window = make_window()
    article_id = ready_article(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    window.library.select(article_id)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=3000)
    window.actions["comment"].trigger()
    assert "Select the text" in window.statusBar().currentMessage()
    assert window.repo.comments.list(article_id) == []
