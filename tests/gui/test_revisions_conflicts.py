"""History, restore, two windows on one store, and crash recovery in the GUI."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from typing_helpers import type_text

from lnv_editor.gui.dialogs.history import HistoryDialog
from lnv_editor.store.repository import Repository


def test_explicit_save_makes_revision_and_restore_is_undoable(qtbot, make_window, monkeypatch):
    window = make_window()
    window.actions["new"].trigger()
    article_id = window.editor.article.id
    type_text(window.editor.body_edit, "Bản đầu")
    window.actions["save"].trigger()
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    type_text(window.editor.body_edit, " và thêm")
    window.actions["save"].trigger()
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    revisions = window.repo.revisions(article_id)
    assert [r.reason for r in revisions][:2] == ["save", "save"]
    target = next(r for r in revisions if r.body == "Bản đầu")

    def pick(dialog):
        dialog.list.setCurrentRow(dialog.revisions.index(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HistoryDialog, "exec", pick)
    window.actions["history"].trigger()
    assert window.editor.body_edit.toPlainText() == "Bản đầu"
    assert window.repo.get(article_id).body == "Bản đầu"
    assert window.repo.revisions(article_id)[1].body == "Bản đầu và thêm"  # before-restore
    # Ctrl+Z in the body takes the restore back, and autosave stores that
    window.editor.body_edit.undo()
    assert window.editor.body_edit.toPlainText() == "Bản đầu và thêm"
    qtbot.waitUntil(lambda: window.repo.get(article_id).body == "Bản đầu và thêm", timeout=5000)


def test_two_windows_conflict_is_told_and_nothing_lost(qtbot, make_window, tmp_path):
    window = make_window()
    window.actions["new"].trigger()
    article_id = window.editor.article.id
    type_text(window.editor.body_edit, "gốc")
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    # another process saves the same article meanwhile
    other = Repository.open(tmp_path / "store.sqlite")
    base = other.get(article_id).version
    other.save(article_id, {"body": "văn bản từ máy khác"}, base_version=base, reason="save")
    other.close()
    type_text(window.editor.body_edit, " của tôi")
    qtbot.waitUntil(lambda: window.editor.banner.isVisible(), timeout=5000)
    assert "another window" in window.editor.banner.label.text()
    assert window.repo.get(article_id).body == "gốc của tôi"
    kept = [r for r in window.repo.revisions(article_id) if r.reason == "conflict"]
    assert kept and kept[0].body == "văn bản từ máy khác"


def test_second_window_in_same_process_sees_saves(qtbot, make_window):
    window = make_window()
    window.actions["new"].trigger()
    window.actions["new_window"].trigger()
    from PySide6.QtWidgets import QApplication

    second = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w is not window][0]
    qtbot.waitUntil(lambda: second.repo is not None, timeout=5000)
    assert second.library.model.rowCount() == 1
    type_text(window.editor.title_edit, "Tựa mới")
    qtbot.waitUntil(lambda: second.library.model.index(0, 0).data() == "Tựa mới", timeout=5000)
    second.close()


def test_recovery_after_crash_reopens_draft_and_says_so(qtbot, make_window, tmp_path):
    store = tmp_path / "store.sqlite"
    repo = Repository.open(store)
    article = repo.create(title="Bài đang viết dở", body="Những dòng cuối cùng")
    sid = repo.begin_session()
    repo.set_session_article(sid, article.id)
    with repo.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE editor_session SET pid = 999999 WHERE id = ?", (sid,))
    repo.close()
    window = make_window(store)
    assert window.editor.article is not None and window.editor.article.id == article.id
    assert window.editor.body_edit.toPlainText() == "Những dòng cuối cùng"
    assert window.editor.banner.isVisible()
    assert "recovered" in window.editor.banner.label.text()


def test_store_error_is_shown(qtbot, tmp_path, english, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from lnv_editor.gui.window.main_window import MainWindow

    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"not a database at all" * 10)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_store(bogus)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "not an LNV Editor store" in shown[0]
    assert bogus.read_bytes() == b"not a database at all" * 10


def test_photo_and_tag_edits_reach_the_other_window(qtbot, make_window, tmp_path):
    from PIL import Image
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.actions["new"].trigger()
    article_id = window.editor.article.id
    window.actions["new_window"].trigger()
    second = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w is not window][0]
    qtbot.waitUntil(lambda: second.repo is not None, timeout=5000)
    second.ensure_panels()
    second.library.select(article_id)
    qtbot.waitUntil(lambda: second.photo_panel.article_id == article_id, timeout=3000)
    photo = tmp_path / "anh.jpg"
    Image.new("RGB", (400, 300), (10, 120, 200)).save(photo)
    window.photo_panel.import_files([str(photo)])
    qtbot.waitUntil(lambda: second.photo_panel.photo_ids() == window.photo_panel.photo_ids() != [], timeout=10000)
    # a tag added in the first window (as its picker does: store write, then `changed`)
    window.repo.tags.set_provinces(article_id, [("24", "Bắc Giang")])
    window.places_panel.changed.emit(article_id)
    qtbot.waitUntil(lambda: second.places_panel.tag_codes() == ["24"], timeout=3000)
    second.close()
