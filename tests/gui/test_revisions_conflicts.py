"""History, restore, two windows on one store, and crash recovery in the GUI."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from typing_helpers import type_text

from lnv_editor.gui.dialogs.history import HistoryDialog
from lnv_editor.store.changes import Part
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
    # Ctrl+Z in the body takes the restore back, in the store too
    window.editor.body_edit.setFocus()
    qtbot.keyClick(window.editor.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.body_edit.toPlainText() == "Bản đầu và thêm"
    assert window.repo.get(article_id).body == "Bản đầu và thêm"


def test_one_undo_takes_back_a_whole_restore(qtbot, make_window, monkeypatch):
    """A restore is one user action: one Ctrl+Z brings back every field, section included,
    and the library shows the right title throughout; Ctrl+Y restores again."""
    window = make_window()
    window.actions["new"].trigger()
    article_id = window.editor.article.id
    e = window.editor
    first = {
        "title": "Tựa cũ",
        "lead": "Sapo cũ",
        "byline": "Lê Nam",
        "section": "Làng nghề",
        "body": "Thân bài cũ",
    }
    second = {
        "title": "Tựa mới",
        "lead": "Sapo mới",
        "byline": "Trần Hòa",
        "section": "Khuyến công",
        "body": "Thân bài mới",
    }
    for values in (first, second):
        e.title_edit.setText(values["title"])
        e.lead_edit.setPlainText(values["lead"])
        e.byline_edit.setText(values["byline"])
        e.section_combo.setCurrentText(values["section"])
        e.body_edit.setPlainText(values["body"])
        window.actions["save"].trigger()
        qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    target = next(r for r in window.repo.revisions(article_id) if r.title == "Tựa cũ")
    monkeypatch.setattr(
        HistoryDialog,
        "exec",
        lambda d: (d.list.setCurrentRow(d.revisions.index(target)), QDialog.DialogCode.Accepted)[1],
    )
    window.actions["history"].trigger()
    shown = lambda: {k: v for k, v in e.fields().items() if k != "status"}  # noqa: E731
    assert shown() == first

    e.body_edit.setFocus()
    qtbot.keyClick(e.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown() == second  # every field, in one step
    stored = window.repo.get(article_id)
    assert (stored.title, stored.section, stored.body) == ("Tựa mới", "Khuyến công", "Thân bài mới")
    qtbot.waitUntil(lambda: window.model.index(0, 0).data() == "Tựa mới", timeout=3000)

    qtbot.keyClick(e.body_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert shown() == first
    qtbot.waitUntil(lambda: window.model.index(0, 0).data() == "Tựa cũ", timeout=3000)

    # typing after a restore is undone first, then the restore
    qtbot.keyClicks(e.body_edit, "xyz")
    qtbot.keyClick(e.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert e.body_edit.toPlainText() == "Thân bài cũ" and e.title_edit.text() == "Tựa cũ"
    qtbot.keyClick(e.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown() == second


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

    second = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "mainWindow" and w is not window
    ][0]
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
    assert "not closed properly" in window.editor.banner.label.text()


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
    second = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "mainWindow" and w is not window
    ][0]
    qtbot.waitUntil(lambda: second.repo is not None, timeout=5000)
    second.ensure_panels()
    second.library.select(article_id)
    qtbot.waitUntil(lambda: second.photo_panel.article_id == article_id, timeout=3000)
    photo = tmp_path / "anh.jpg"
    Image.new("RGB", (400, 300), (10, 120, 200)).save(photo)
    window.photo_panel.import_files([str(photo)])
    qtbot.waitUntil(
        lambda: second.photo_panel.photo_ids() == window.photo_panel.photo_ids() != [],
        timeout=10000,
    )
    # a tag added in the first window reaches the second through the change record alone
    window.repo.tags.set_provinces(article_id, [("24", "Bắc Giang")])
    qtbot.waitUntil(lambda: second.places_panel.tag_codes() == ["24"], timeout=3000)
    second.close()


def test_another_process_writing_the_store_is_seen_within_a_second(qtbot, make_window, tmp_path):
    """The command line (another process) writes while the app is open: the library, the
    open article's panels and its text (nothing unsaved here) follow within a second."""
    import subprocess
    import sys
    import time

    store = tmp_path / "shared.sqlite"
    window = make_window(store)
    window.actions["new"].trigger()
    article_id = window.editor.article.id
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), LNV_LANGUAGE="en")

    def cli(*args):
        out = subprocess.run(
            [sys.executable, "-m", "lnv_editor", *args, "--store", str(store)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert out.returncode == 0, out.stderr

    rows_before = window.model.rowCount()
    cli("new", "--title", "Bài viết từ dòng lệnh")
    started = time.monotonic()
    qtbot.waitUntil(lambda: window.model.rowCount() == rows_before + 1, timeout=3000)
    assert time.monotonic() - started < 1.5  # polled every 0.5 s

    cli("tag", str(article_id), "--province", "Huế")
    qtbot.waitUntil(lambda: window.places_panel.tag_codes() == ["46"], timeout=3000)


def test_external_edit_never_replaces_unsaved_text(qtbot, make_window, tmp_path):
    """Someone else rewrites the article while this window has unsaved typing: the typing
    stays in the editor; once saved, the other text is kept as a conflict revision."""
    from lnv_editor.store.repository import Repository

    store = tmp_path / "shared.sqlite"
    window = make_window(store)
    window.actions["new"].trigger()
    article_id = window.editor.article.id
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    window.autosaver._idle.setInterval(60000)  # keep our typing unsaved for the test
    window.autosaver._max.setInterval(60000)
    window.editor.body_edit.setFocus()
    type_text(window.editor.body_edit, "chữ chưa lưu")
    other = Repository.open(store)
    # The window hears of the other write (its poll of the store); its own handler, connected
    # first, has run by the time this wait sees the change.
    with qtbot.waitSignal(
        window.hub.changed,
        timeout=5000,
        check_params_cb=lambda change: change.touches(article_id, Part.FIELDS),
    ):
        try:
            base = other.get(article_id).version
            other.save(article_id, {"body": "bản của người khác"}, base_version=base, reason="save")
        finally:
            other.close()
    assert window.editor.body_edit.toPlainText() == "chữ chưa lưu"
    window.save_now()
    qtbot.waitUntil(lambda: window.editor.banner.isVisible(), timeout=5000)
    reasons = [r.reason for r in window.repo.revisions(article_id)]
    assert "conflict" in reasons
