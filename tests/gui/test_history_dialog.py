"""The revision history as an editor reads it: each snapshot labelled once, reasons explained,
opened on the version the editor shows, an empty byline shown as empty."""

from __future__ import annotations

from lnv_editor.gui.dialogs.history import HistoryDialog


def test_labels_are_distinct_and_explained_and_the_shown_version_is_preselected(
    qtbot, english, tmp_path
):
    from lnv_editor.store.repository import Repository

    repo = Repository.open(tmp_path / "store.sqlite")
    a = repo.create(title="Gốm")
    v = repo.save(a.id, {"body": "một"}, base_version=1, reason="save").version
    v = repo.save(a.id, {"body": "hai"}, base_version=v, reason="save").version
    # Another window saved meanwhile: the same version number is kept twice (conflict + save).
    stale = repo.save(a.id, {"body": "ba"}, base_version=v - 1, reason="save")
    restored = repo.restore_revision(a.id, repo.revisions(a.id)[-1].id, base_version=stale.version)
    revisions = repo.revisions(a.id)
    repo.close()
    versions = [r.article_version for r in revisions]
    assert len(set(versions)) < len(versions)  # the trap: two snapshots share a version
    dialog = HistoryDialog(revisions, current_version=stale.version)
    qtbot.addWidget(dialog)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(set(labels)) == len(labels) == len(revisions)
    assert labels[-1].startswith("#1 ") and labels[0].startswith(f"#{len(revisions)} ")
    assert any("before a restore" in t for t in labels) and any(
        "another window" in t for t in labels
    )
    for i, rev in enumerate(revisions):
        assert f"v{rev.article_version}" in labels[i]
        assert dialog.list.item(i).toolTip()  # what the reason means
    # Opened on the newest snapshot of the version the editor showed, not simply the newest.
    current = dialog.data()
    assert current.article_version == stale.version
    assert current is next(r for r in revisions if r.article_version == stale.version)
    assert restored.version != stale.version
    # No byline: nothing shown for it (no lone dash).
    assert not dialog.view.toPlainText().rstrip().endswith("—")
    dialog.list.setCurrentRow(len(revisions) - 1)
    assert "—" not in dialog.view.toPlainText()


def test_byline_shown_when_there_is_one(qtbot, english, tmp_path):
    from lnv_editor.store.repository import Repository

    repo = Repository.open(tmp_path / "store.sqlite")
    a = repo.create(title="Gốm", byline="Lê Nam")
    revisions = repo.revisions(a.id)
    repo.close()
    dialog = HistoryDialog(revisions, current_version=99)  # no match: the newest
    qtbot.addWidget(dialog)
    assert dialog.list.currentRow() == 0
    assert "Lê Nam" in dialog.view.toPlainText()
