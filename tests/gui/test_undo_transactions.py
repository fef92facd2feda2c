"""Every undoable edit is one transaction: a failure half-way through a command's redo or
undo leaves the store exactly as it was, and the undo stack true to the store."""

from __future__ import annotations

import pytest
from PIL import Image

from lnv_editor.gui.photos import commands as photo_cmd
from lnv_editor.gui.places import commands as place_cmd


class Injected(RuntimeError):
    pass


def fail_on_call(monkeypatch, obj, name, n):
    """Make obj.name raise on its n-th call (1-based); earlier calls go through."""
    real = getattr(obj, name)
    calls = []

    def wrapper(*args, **kwargs):
        calls.append(args)
        if len(calls) == n:
            raise Injected(f"injected failure in {name}")
        return real(*args, **kwargs)

    monkeypatch.setattr(obj, name, wrapper)
    return calls


@pytest.fixture
def with_photos(qtbot, make_window, tmp_path):
    window = make_window()
    window.actions["new"].trigger()
    article_id = window.editor.article.id
    files = []
    for i, colour in enumerate([(200, 30, 30), (30, 200, 30), (30, 30, 200)]):
        path = tmp_path / f"anh-{i}.jpg"
        Image.new("RGB", (320, 240), colour).save(path)
        files.append(str(path))
    panel = window.photo_panel
    panel.import_files(files)
    qtbot.waitUntil(lambda: len(window.repo.photos.list(article_id)) == 3, timeout=15000)
    qtbot.waitUntil(lambda: not panel.is_importing(), timeout=15000)
    return window, panel, article_id


def photo_state(repo, article_id):
    return [
        (p.id, p.position, p.cover, p.removed)
        for p in repo.photos.list(article_id, include_removed=True)
    ]


def test_a_failing_remove_of_several_photos_removes_none(with_photos, monkeypatch):
    window, panel, article_id = with_photos
    repo, stack = window.repo, panel.undo_stack
    before, depth = photo_state(repo, article_id), stack.count()
    ids = [p.id for p in repo.photos.list(article_id)]
    fail_on_call(monkeypatch, repo.photos, "set_removed", 2)  # the second of three
    monkeypatch.setattr(panel, "command_failed", lambda error: None)
    panel._push(photo_cmd.RemovePhotosCommand(panel, article_id, ids, "Remove"), save_first=False)
    assert photo_state(repo, article_id) == before  # the first removal was rolled back too
    assert stack.count() == depth  # and no step that did not happen is on the stack
    assert panel.photo_ids() == ids  # the panel shows the store as it is


def test_a_failing_undo_leaves_the_store_as_the_redo_left_it(with_photos, monkeypatch):
    window, panel, article_id = with_photos
    repo, stack = window.repo, panel.undo_stack
    ids = [p.id for p in repo.photos.list(article_id)]
    panel._push(
        photo_cmd.RemovePhotosCommand(panel, article_id, ids[:2], "Remove"), save_first=False
    )
    after_redo = photo_state(repo, article_id)
    assert [p.id for p in repo.photos.list(article_id)] == ids[2:]
    failed = []
    monkeypatch.setattr(panel, "command_failed", failed.append)
    fail_on_call(monkeypatch, repo.photos, "set_cover", 1)  # undo brings two back, then fails
    stack.undo()
    assert photo_state(repo, article_id) == after_redo  # neither photo came back half-way
    assert failed and isinstance(failed[0], Injected)
    assert not stack.canUndo() or stack.command(stack.index() - 1).text() != "Remove 2 photos"


def test_redo_after_undo_of_an_import_is_all_or_nothing(with_photos, monkeypatch):
    window, panel, article_id = with_photos
    repo, stack = window.repo, panel.undo_stack
    assert stack.canUndo() and stack.undoText().startswith("Add")
    stack.undo()
    assert repo.photos.list(article_id) == []
    undone = photo_state(repo, article_id)
    monkeypatch.setattr(panel, "command_failed", lambda error: None)
    fail_on_call(monkeypatch, repo.photos, "set_cover", 1)  # after three set_removed(False)
    stack.redo()
    assert photo_state(repo, article_id) == undone


def test_a_failing_related_move_changes_nothing(qtbot, make_window, monkeypatch):
    window = make_window()
    repo = window.repo
    a, b, c = (repo.create(title=t).id for t in ("Bài A", "Bài B", "Bài C"))
    repo.tags.set_related(a, [b, c])
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=3000)  # via the change record
    window.library.select(a)
    panel = window.places_panel
    qtbot.waitUntil(lambda: panel.article_id == a, timeout=3000)
    depth = panel.undo_stack.count()
    monkeypatch.setattr(panel, "command_failed", lambda error: None)
    fail_on_call(monkeypatch, repo.tags, "set_related", 1)
    panel._push(place_cmd.MoveRelatedCommand(panel, a, c, 1, 0))
    assert [r.target_id for r in repo.tags.related(a)] == [b, c]
    assert panel.undo_stack.count() == depth
