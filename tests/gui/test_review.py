"""The review widgets driven as a person would: buttons per role and status, the reason dialog,
the readiness list, comments, and the compare dialog on Vietnamese text."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lnv_editor.config import Config
from lnv_editor.core.workflow import Action
from lnv_editor.gui.common.hub import StoreHub
from lnv_editor.gui.review.compare_dialog import CURRENT, CompareDialog
from lnv_editor.gui.review.reason_dialog import ReasonDialog
from lnv_editor.gui.review.review_panel import ReviewPanel
from lnv_editor.store.repository import Repository

BODY = " ".join(["Nghệ nhân làng gốm Bát Tràng giữ nghề truyền thống qua nhiều thế hệ."] * 16)


@pytest.fixture
def repo(tmp_path):
    r = Repository.open(tmp_path / "store.sqlite")
    yield r
    r.close()


@pytest.fixture
def article(repo):
    a = repo.create(title="Gốm Bát Tràng giữ lửa", lead="Làng gốm vẫn đỏ lửa.", body=BODY)
    repo.tags.set_provinces(a.id, [("01", "Hà Nội")])
    return a


@pytest.fixture
def panel(qtbot, repo, tmp_path, english):
    config = Config(tmp_path / "settings.json")
    config.set("person_name", "Lê Nam")
    widget = ReviewPanel(config)
    qtbot.addWidget(widget)
    hub = StoreHub(repo)  # the store's change record as the one Qt signal, as in the app
    widget.set_repository(repo)
    widget.connect_changes(hub.changed)
    yield widget
    hub._poll.stop()
    hub._unsubscribe()


def enabled(panel):
    return {a for a, b in panel.buttons.items() if b.isEnabled()}


def test_buttons_follow_status_and_role(qtbot, panel, repo, article):
    panel.set_article(article.id)
    assert enabled(panel) == {Action.SUBMIT}
    qtbot.mouseClick(panel.buttons[Action.SUBMIT], Qt.MouseButton.LeftButton)
    # The panel shows what the store announced; it did not refresh by hand.
    qtbot.waitUntil(lambda: enabled(panel) == {Action.RETURN})
    assert repo.get(article.id).status.value == "review"
    assert "In review" in panel.status_label.text()
    assert panel.timeline.count() == 1 and "Lê Nam" in panel.timeline.item(0).text()
    panel.config.set("person_role", "editor")
    panel.refresh()
    assert enabled(panel) == {Action.APPROVE, Action.RETURN}
    qtbot.mouseClick(panel.buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: enabled(panel) == {Action.RETURN, Action.REOPEN})
    assert repo.get(article.id).status.value == "ready"


def test_a_step_from_elsewhere_shows_without_a_click(qtbot, panel, repo, article):
    panel.set_article(article.id)
    repo.review.transition(article.id, "submit", person="CLI", role="reporter")
    qtbot.waitUntil(lambda: "In review" in panel.status_label.text())


def test_refusal_is_shown_in_the_panel(qtbot, panel, repo):
    bare = repo.create(title="Chưa có sapo")
    panel.set_article(bare.id)
    assert {f.code for f in panel.readiness.report.errors} == {"no_lead", "no_province"}
    qtbot.mouseClick(panel.buttons[Action.SUBMIT], Qt.MouseButton.LeftButton)
    assert not panel.message.isHidden()
    assert "not ready to submit" in panel.message.text()
    assert repo.get(bare.id).status.value == "draft"


def test_return_asks_a_reason_and_cancelling_changes_nothing(
    qtbot, panel, repo, article, monkeypatch
):
    repo.review.transition(article.id, "submit", person="Lê Nam", role="reporter")
    panel.config.set("person_role", "editor")
    panel.set_article(article.id)
    monkeypatch.setattr(ReasonDialog, "getData", classmethod(lambda cls, *a, **k: ("", False)))
    qtbot.mouseClick(panel.buttons[Action.RETURN], Qt.MouseButton.LeftButton)
    assert repo.get(article.id).status.value == "review"
    monkeypatch.setattr(
        ReasonDialog, "getData", classmethod(lambda cls, *a, **k: ("Sapo thiếu số liệu", True))
    )
    qtbot.mouseClick(panel.buttons[Action.RETURN], Qt.MouseButton.LeftButton)
    assert repo.get(article.id).status.value == "returned"
    qtbot.waitUntil(lambda: "Sapo thiếu số liệu" in panel.timeline.item(0).text())


def test_reason_dialog_refuses_an_empty_reason(qtbot, english, typist):
    dialog = ReasonDialog("Trả lại", "Vì sao?")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.edit, "   ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    typist(dialog.edit, "Thiếu ảnh")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.data() == "Thiếu ảnh"


def test_readiness_finding_emits_where_it_is(qtbot, panel, repo):
    a = repo.create(title="Làng  gốm", lead="Sapo.", body=BODY)
    panel.set_article(a.id)
    items = [panel.readiness.list.item(i) for i in range(panel.readiness.list.count())]
    (double,) = [i for i in items if "Two spaces" in i.text()]
    with qtbot.waitSignal(panel.findingActivated) as signal:
        panel.readiness.list.itemActivated.emit(double)
    assert signal.args == ["title", 4]


def test_comments_reply_resolve_reopen(qtbot, panel, repo, article, monkeypatch):
    panel.set_article(article.id)
    monkeypatch.setattr(
        ReasonDialog, "getData", classmethod(lambda cls, *a, **k: ("Thêm số liệu", True))
    )
    panel.add_comment("lead", 0, 4)
    tree = panel.comments.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    assert "«Làng»" in tree.topLevelItem(0).text(0) and "Lê Nam" in tree.topLevelItem(0).text(0)
    tree.setCurrentItem(tree.topLevelItem(0))
    assert (
        panel.comments.resolve_button.isEnabled() and not panel.comments.reopen_button.isEnabled()
    )
    monkeypatch.setattr(
        ReasonDialog, "getData", classmethod(lambda cls, *a, **k: ("Đã thêm", True))
    )
    qtbot.mouseClick(panel.comments.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: tree.topLevelItemCount() == 1 and tree.topLevelItem(0).childCount() == 1
    )
    qtbot.mouseClick(panel.comments.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "[resolved]" in tree.topLevelItem(0).text(0))
    tree.setCurrentItem(tree.topLevelItem(0))
    assert panel.comments.reopen_button.isEnabled()
    qtbot.mouseClick(panel.comments.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "[resolved]" not in tree.topLevelItem(0).text(0))
    assert not repo.comments.list(article.id)[0].resolved


def test_compare_dialog_marks_insertions_deletions_and_tone_style(qtbot, repo, article, english):
    repo.save(
        article.id,
        {"lead": unicodedata.normalize("NFD", "Làng gốm Thanh Hoá vẫn đỏ lửa.")},
        base_version=1,
        reason="save",
    )
    current = repo.get(article.id)
    revisions = repo.revisions(article.id)
    dialog = CompareDialog(
        revisions,
        {"title": current.title, "lead": "Làng gốm Thanh Hóa đỏ lửa mãi.", "body": current.body},
        None,
    )
    qtbot.addWidget(dialog)
    dialog.old_combo.setCurrentIndex(dialog.old_combo.findData(revisions[-1].id))  # "create"
    dialog.new_combo.setCurrentIndex(dialog.new_combo.findData(revisions[0].id))
    html = dialog.inline_view.toHtml()
    assert "Thanh Hoá" in html  # NFC, marks kept with their letters
    lead = next(d for d in dialog.diffs if d.field == "lead")
    assert [(op.kind, op.new.strip()) for op in lead.ops if op.kind != "equal"] == [
        ("insert", "Thanh Hoá")
    ]
    dialog.old_combo.setCurrentIndex(dialog.old_combo.findData(revisions[0].id))
    dialog.new_combo.setCurrentIndex(dialog.new_combo.findData(CURRENT))
    lead = next(d for d in dialog.diffs if d.field == "lead")
    assert {(op.kind, op.old.strip(), op.new.strip()) for op in lead.ops if op.kind != "equal"} == {
        ("tone", "Hoá", "Hóa"),
        ("delete", "vẫn", ""),
        ("insert", "", "mãi"),
    }
    dialog.hide_tones.setChecked(True)
    lead = next(d for d in dialog.diffs if d.field == "lead")
    assert "tone" not in {op.kind for op in lead.ops}
    dialog.side_by_side.setChecked(True)
    assert dialog.stack.currentIndex() == 1
    assert "vẫn" in dialog.old_view.toPlainText() and "mãi" in dialog.new_view.toPlainText()
    assert "mãi" not in dialog.old_view.toPlainText()
    assert "line-through" in dialog.old_view.toHtml() or "#fbdada" in dialog.old_view.toHtml()


# ----- in the main window (the wiring the window adds: gui/review/wiring.py) -----------------


def test_dock_in_the_window_follows_edits_and_jumps_to_findings(
    qtbot, make_window, typist, monkeypatch
):
    from lnv_editor.gui.review.wiring import attach_store, comment_on_selection, install_review_dock

    window = make_window()
    panel, _dock = install_review_dock(window)
    window.review_panel = panel
    attach_store(panel, window.repo, window.hub)
    repo = window.repo
    a = repo.create(title="Gốm  Bát Tràng", lead="Làng gốm vẫn đỏ lửa.", body=BODY)
    repo.tags.set_provinces(a.id, [("01", "Hà Nội")])
    repo.review.transition(a.id, "submit", person="Lê Nam", role="reporter")
    repo.review.transition(a.id, "approve", person="Biên", role="editor")
    window.open_article(a.id)
    panel.set_article(a.id)
    assert "Ready" in panel.status_label.text()
    # Typing into an approved article sends it back for review; the dock hears it from the hub.
    window.editor.lead_edit.setFocus()
    window.editor.lead_edit.moveCursor(window.editor.lead_edit.textCursor().MoveOperation.End)
    typist(window.editor.lead_edit, " Thêm")
    window.save_now()
    qtbot.waitUntil(lambda: "In review" in panel.status_label.text(), timeout=10000)
    assert repo.review.approved(a.id).lead == "Làng gốm vẫn đỏ lửa."
    # A finding puts the cursor where it is.
    items = [panel.readiness.list.item(i) for i in range(panel.readiness.list.count())]
    (double,) = [i for i in items if "Two spaces" in i.text()]
    panel.readiness.list.itemActivated.emit(double)
    assert window.editor.title_edit.cursorPosition() == 3
    # A comment on the selected passage of the body.
    body = window.editor.body_edit
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(BODY.index("Bát Tràng"))
    cursor.setPosition(BODY.index("Bát Tràng") + 9, cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    monkeypatch.setattr(
        ReasonDialog, "getData", classmethod(lambda cls, *a, **k: ("Tên làng?", True))
    )
    assert comment_on_selection(window)
    (comment,) = repo.comments.list(a.id)
    assert (comment.field, comment.quote) == ("body", "Bát Tràng")
    qtbot.waitUntil(lambda: panel.comments.tree.topLevelItemCount() == 1)


def test_the_status_picked_in_the_form_is_a_workflow_step(qtbot, make_window):
    window = make_window()
    repo = window.repo
    a = repo.create(title="Gốm Bát Tràng", lead="Làng gốm vẫn đỏ lửa.", body=BODY)
    window.open_article(a.id)
    combo = window.editor.status_combo
    combo.setCurrentIndex(combo.findData("ready"))  # no skipping review
    assert combo.currentData() == "draft" and "cannot change" in window.editor.banner.label.text()
    combo.setCurrentIndex(combo.findData("review"))  # not ready: no province
    assert combo.currentData() == "draft" and "not ready" in window.editor.banner.label.text()
    repo.tags.set_provinces(a.id, [("01", "Hà Nội")])
    combo.setCurrentIndex(combo.findData("review"))
    window.save_now()
    qtbot.waitUntil(lambda: repo.get(a.id).status.value == "review", timeout=10000)
    assert [t.action for t in repo.review.timeline(a.id)] == ["submit"]
