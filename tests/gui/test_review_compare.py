"""Comparing versions as a reviewer means it: the dialog opens on the text someone else left
(the approved one, or the last version another person handed over) against the text now, every
version is named once, and the timeline says each step once, dated as the library dates."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from lnv_editor.core.workflow import Action
from lnv_editor.gui.review.compare_dialog import CURRENT, CompareDialog

BODY = " ".join(["Làng gốm giữ nghề qua nhiều thế hệ thợ."] * 20)


def ready(repo):
    article = repo.create(
        title="Gốm Phù Lãng vào mùa",
        lead="Lò gốm Phù Lãng đỏ lửa quanh năm.",
        body=BODY,
        byline="Lê Nam",
        section="Làng nghề",
    )
    repo.tags.set_provinces(article.id, [("24", "Bắc Ninh")])
    return article.id


def step(repo, article_id, action, person, role, reason=""):
    version = repo.get(article_id).version
    repo.review.transition(
        article_id, action, person=person, role=role, reason=reason, base_version=version
    )


def edit(repo, article_id, body, reason="autosave"):
    version = repo.get(article_id).version
    return repo.save(article_id, {"body": body}, base_version=version, reason=reason)


@pytest.fixture
def opened(monkeypatch):
    """The compare dialog the window opens, captured instead of run."""
    shown: list[CompareDialog] = []

    def capture(dialog):
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(CompareDialog, "exec", capture)
    return shown


def open_compare_in(window, qtbot, article_id, opened):
    from lnv_editor.gui.review.wiring import open_compare

    window.library.select(article_id)
    qtbot.waitUntil(lambda: window.review_panel.article_id == article_id, timeout=3000)
    open_compare(window)
    assert opened
    return opened[-1]


def combo_ids(combo):
    return [combo.itemData(i) for i in range(combo.count())]


def test_compare_opens_on_the_approved_text_against_now(qtbot, make_window, opened):
    window = make_window()
    window.config.set("person_name", "Lê Nam")
    repo = window.repo
    article_id = ready(repo)
    step(repo, article_id, Action.SUBMIT, "Lê Nam", "reporter")
    step(repo, article_id, Action.APPROVE, "Trần Biên Tập", "editor")
    approved = repo.review.approved(article_id)
    # The reporter goes on writing after the approval: two more snapshots, the newest being
    # exactly the current text (what the dialog used to open on: "0 parts changed").
    edit(repo, article_id, BODY + " Thêm một câu.", reason="save")
    edit(repo, article_id, BODY + " Thêm một câu nữa.", reason="save")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    dialog = open_compare_in(window, qtbot, article_id, opened)
    assert dialog.new_combo.currentData() == CURRENT
    assert dialog.old_combo.currentData() == approved.id
    assert any(d.changed for d in dialog.diffs)
    assert not dialog.summary.text().startswith("0 ")
    dialog.deleteLater()


def test_compare_opens_on_the_version_another_person_handed_over(qtbot, make_window, opened):
    window = make_window()
    window.config.set("person_name", "Trần Biên Tập")
    window.config.set("person_role", "editor")
    repo = window.repo
    article_id = ready(repo)
    step(repo, article_id, Action.SUBMIT, "Lê Nam", "reporter")
    handed = repo.revisions(article_id)[0]  # the text Lê Nam submitted
    # The editor (this window's person) then edits twice.
    edit(repo, article_id, BODY + " Biên tập viên sửa.", reason="save")
    edit(repo, article_id, BODY + " Biên tập viên sửa lần hai.", reason="save")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    dialog = open_compare_in(window, qtbot, article_id, opened)
    assert dialog.new_combo.currentData() == CURRENT
    assert dialog.old_combo.currentData() == handed.id
    assert any(d.changed for d in dialog.diffs)
    dialog.deleteLater()


def test_compare_without_anyone_else_opens_on_a_version_that_differs(qtbot, english, tmp_path):
    from lnv_editor.store.repository import Repository

    repo = Repository.open(tmp_path / "store.sqlite")
    article_id = ready(repo)
    edit(repo, article_id, BODY + " Một.", reason="save")
    current = repo.get(article_id)
    revisions = repo.revisions(article_id)
    content = {"title": current.title, "lead": current.lead, "body": current.body}
    dialog = CompareDialog.for_review(repo, article_id, content, person="Lê Nam")
    qtbot.addWidget(dialog)
    repo.close()
    assert dialog.new_combo.currentData() == CURRENT
    # The newest snapshot equals the current text: the one before it is the useful comparison.
    assert dialog.old_combo.currentData() == revisions[1].id
    assert any(d.changed for d in dialog.diffs)


def test_every_version_is_named_once(qtbot, english, tmp_path):
    from lnv_editor.store.repository import Repository

    repo = Repository.open(tmp_path / "store.sqlite")
    article_id = ready(repo)
    step(repo, article_id, Action.SUBMIT, "Lê Nam", "reporter")
    edit(repo, article_id, BODY, reason="save")  # a save with nothing new: same version
    step(repo, article_id, Action.APPROVE, "Trần Biên Tập", "editor")  # same version again
    revisions = repo.revisions(article_id)
    assert len({r.article_version for r in revisions}) < len(revisions)  # the trap
    dialog = CompareDialog(revisions, {"title": "", "lead": "", "body": ""})
    qtbot.addWidget(dialog)
    repo.close()
    for combo in (dialog.old_combo, dialog.new_combo):
        labels = [combo.itemText(i) for i in range(combo.count())]
        assert len(set(labels)) == len(labels), labels
    assert any("approved" in dialog.old_combo.itemText(i) for i in range(dialog.old_combo.count()))
    # One part changed, said as English says it.
    dialog.old_combo.setCurrentIndex(dialog.old_combo.findData(revisions[-1].id))
    dialog.new_combo.setCurrentIndex(dialog.new_combo.findData(CURRENT))
    assert "(s)" not in dialog.summary.text()


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_timeline_says_each_step_once_and_dates_it_like_the_library(
    qtbot, tmp_path, language, qapp
):
    from lnv_editor.config import Config
    from lnv_editor.gui.common.formatting import format_datetime
    from lnv_editor.gui.common.hub import StoreHub
    from lnv_editor.gui.review.review_panel import ReviewPanel
    from lnv_editor.i18n import install_translators
    from lnv_editor.store.repository import Repository

    assert install_translators(language)
    repo = Repository.open(tmp_path / "store.sqlite")
    hub = StoreHub(repo)
    try:
        article_id = ready(repo)
        step(repo, article_id, Action.SUBMIT, "Lê Nam", "reporter")
        step(repo, article_id, Action.RETURN, "Trần", "editor", reason="Thêm số liệu")
        step(repo, article_id, Action.SUBMIT, "Lê Nam", "reporter")
        step(repo, article_id, Action.APPROVE, "Trần", "editor")
        repo.review.publish(article_id, person="Trần")
        panel = ReviewPanel(Config(tmp_path / "settings.json"))
        qtbot.addWidget(panel)
        panel.set_repository(repo)
        panel.connect_changes(hub.changed)
        panel.set_article(article_id)
        steps = list(reversed(repo.review.timeline(article_id)))
        assert panel.timeline.count() == len(steps) == 5
        for row, record in enumerate(steps):
            first_line = panel.timeline.item(row).text().split("\n")[0]
            parts = first_line.split(" · ")
            assert parts[0] == format_datetime(record.at), first_line
            repeated = [a for a, b in zip(parts, parts[1:], strict=False) if a == b]
            assert not repeated, first_line
        panel.close()
    finally:
        hub._poll.stop()
        hub._unsubscribe()
        repo.close()
        install_translators("en")
