"""The review dock inside the main window: a workflow step shows at once in the editor's
status, the library and the dock; comments go on the selected text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from typing_helpers import type_text


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


def test_status_filter_counts_and_returned_to_me_first(qtbot, make_window, tmp_path):
    from lnv_editor.config import Config
    from lnv_editor.core.workflow import Action
    from lnv_editor.store.repository import Repository

    store = tmp_path / "review.sqlite"
    repo = Repository.open(store)
    body = " ".join(["Làng gốm giữ nghề qua nhiều thế hệ thợ."] * 20)
    ids = []
    for title in ("Bài của tôi", "Bài của người khác", "Bản nháp"):
        a = repo.create(
            title=title, lead="Sapo một câu.", body=body, byline="x", section="Làng nghề"
        )
        repo.tags.set_provinces(a.id, [("24", "Bắc Ninh")])
        ids.append(a.id)
    mine, theirs, _draft = ids
    for article_id, who in ((mine, "Lê Nam"), (theirs, "Trần Hòa")):
        repo.review.transition(article_id, Action.SUBMIT, person=who, role="reporter", reason="")
        repo.review.transition(
            article_id, Action.RETURN, person="Biên tập", role="editor", reason="Thêm số liệu"
        )
    repo.close()

    config = Config(tmp_path / "settings.json")
    config.set("person_name", "Lê Nam")
    config.set("person_role", "reporter")
    window = make_window(store, config)
    panel = window.library
    # the reporter's returned article is what the library shows first
    qtbot.waitUntil(lambda: panel.model.ids == [mine], timeout=5000)
    assert "Sent back to you: 1" in window.statusBar().currentMessage()
    texts = [panel.status_filter.itemText(i) for i in range(panel.status_filter.count())]
    assert "Returned to me (1)" in texts
    assert "Draft (1)" in texts and "Returned (2)" in texts
    # all statuses again: every article, the other reporter's included
    panel.status_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: sorted(panel.model.ids) == sorted(ids), timeout=3000)


def test_no_returned_list_without_a_name(qtbot, make_window):
    window = make_window()
    window.repo.create(title="Một bài")
    panel = window.library
    qtbot.waitUntil(
        lambda: (
            "Draft (1)"
            in [panel.status_filter.itemText(i) for i in range(panel.status_filter.count())]
        ),
        timeout=3000,
    )
    mine = panel.status_filter.findData("__returned_to_me__")
    assert panel.status_filter.view().isRowHidden(mine)
    assert panel.status_filter.currentIndex() == 0


def test_the_whole_review_round_trip_in_the_window(qtbot, make_window, monkeypatch, tmp_path):
    """A reporter submits; an editor comments on a passage and returns it with a reason; the
    reporter fixes the text and resubmits; the editor approves. All through the window."""
    from PySide6.QtGui import QTextCursor

    from lnv_editor.config import Config
    from lnv_editor.gui.review.reason_dialog import ReasonDialog

    config = Config(tmp_path / "settings.json")
    window = make_window(config=config)
    article_id = ready_article(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    window.library.select(article_id)
    qtbot.waitUntil(lambda: window.review_panel.article_id == article_id, timeout=3000)
    panel = window.review_panel

    def be(name, role):
        config.set("person_name", name)
        config.set("person_role", role)
        panel.refresh()

    def click(action_value):
        button = panel.buttons[next(a for a in panel.buttons if a.value == action_value)]
        qtbot.waitUntil(button.isEnabled, timeout=3000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def status():
        return window.repo.get(article_id).status.value

    answers = []
    monkeypatch.setattr(
        ReasonDialog, "getData", classmethod(lambda cls, *a: (answers.pop(0), True))
    )

    be("Lê Nam", "reporter")
    click("submit")
    assert status() == "review"

    be("Trần Biên Tập", "editor")
    body = window.editor.body_edit
    cursor = body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(8, QTextCursor.MoveMode.KeepAnchor)  # "Làng gốm"
    body.setTextCursor(cursor)
    window.activateWindow()
    body.setFocus()
    qtbot.waitUntil(body.hasFocus, timeout=3000)  # the selection is where the editor works
    answers.append("Ghi rõ tên làng")
    window.actions["comment"].trigger()
    comments = window.repo.comments.list(article_id)
    assert [(c.text, c.quote) for c in comments] == [("Ghi rõ tên làng", "Làng gốm")]
    answers.append("Cần thêm số liệu")
    click("return")
    assert status() == "returned"

    be("Lê Nam", "reporter")
    qtbot.waitUntil(lambda: window.editor.status_combo.currentData() == "returned", timeout=3000)
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Năm nay làng có 120 lò.")
    window.actions["save"].trigger()
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    click("submit")
    assert status() == "review"

    be("Trần Biên Tập", "editor")
    click("approve")
    assert status() == "ready"
    qtbot.waitUntil(lambda: window.editor.status_combo.currentData() == "ready", timeout=3000)
    assert window.repo.get(article_id).body.endswith("Năm nay làng có 120 lò.")
    anchored = window.repo.comments.list(article_id)[0]
    assert not anchored.orphaned and anchored.quote == "Làng gốm"
