"""Photos as a reporter handles them: drop, describe, place, reorder, undo."""

from __future__ import annotations

import os
import threading
import time

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from typing_helpers import type_text

from lnv_editor.gui.common import file_dialogs
from lnv_editor.gui.photos.importer import ICON_SIZE
from lnv_editor.gui.photos.photo_list import THUMB_ROLE
from lnv_editor.render.markdown_body import PhotoRef, render_body

RED, GREEN, BLUE = (220, 30, 30), (30, 180, 60), (40, 60, 220)


# ----- helpers ----------------------------------------------------------------------------------
def make_photo(folder, name, color=RED, size=(640, 480)):
    path = folder / name
    Image.new("RGB", size, color).save(path, "PNG" if name.endswith(".png") else "JPEG", quality=90)
    return path


def drop_files(widget, paths, pos: QPoint | None = None):
    """What a file manager does: enter, move, drop, with the files as URLs."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = pos or widget.rect().center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Enter and move take a QPoint, the drop a QPointF (PySide6 6.8-6.11 signatures).
    enter = QDragEnterEvent(QPoint(pos), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(QPoint(pos), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, move)
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, drop)
    return enter, drop


def wait_imports(qtbot, panel, timeout=15000):
    qtbot.waitUntil(lambda: not panel.is_importing(), timeout=timeout)


def new_article(window):
    window.actions["new"].trigger()
    return window.editor.article.id


def stored_ids(window, article_id):
    return [p.id for p in window.repo.photos.list(article_id)]


def cover_id(window, article_id):
    return next((p.id for p in window.repo.photos.list(article_id) if p.cover), None)


def click(qtbot, panel, photo_id):
    """Click a photo in the list, as the reporter does (selects it alone)."""
    rect = panel.list.visualItemRect(panel.item_for(photo_id))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.selected_ids() == [photo_id]
    focus(qtbot, panel.list)


def focus(qtbot, widget):
    widget.window().activateWindow()  # the progress dialog may have been the active window
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def ctrl(qtbot, widget, key):
    focus(qtbot, widget)
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def three(tmp_path):
    folder = tmp_path / "card"
    folder.mkdir()
    return [
        make_photo(folder, "do.jpg", RED),
        make_photo(folder, "xanh-la.png", GREEN),
        make_photo(folder, "xanh-duong.jpg", BLUE),
    ]


@pytest.fixture
def with_three(qtbot, make_window, three):
    window = make_window()
    article_id = new_article(window)
    panel = window.photo_panel
    drop_files(panel.list.viewport(), three)
    wait_imports(qtbot, panel)
    assert panel.list.count() == 3
    return window, article_id, panel


# ----- tests ------------------------------------------------------------------------------------
def test_drop_on_panel_imports_in_order_with_thumbnails(qtbot, with_three):
    window, article_id, panel = with_three
    records = window.repo.photos.list(article_id)
    assert [r.original_name for r in records] == ["do.jpg", "xanh-la.png", "xanh-duong.jpg"]
    assert [r.cover for r in records] == [True, False, False]  # the first photo is the cover
    assert panel.photo_ids() == [r.id for r in records]
    assert panel.selected_ids() == [r.id for r in records]  # ready to be described
    qtbot.waitUntil(
        lambda: all(panel.item_for(r.id).data(THUMB_ROLE) for r in records), timeout=10000
    )
    for record, color in zip(records, (RED, GREEN, BLUE), strict=True):
        image = panel.item_for(record.id).icon().pixmap(ICON_SIZE).toImage()
        pixel = image.pixelColor(image.width() // 2, image.height() // 2)
        assert abs(pixel.red() - color[0]) < 12 and abs(pixel.green() - color[1]) < 12
        assert abs(pixel.blue() - color[2]) < 12
    assert panel.item_for(records[0].id).text().startswith("★")
    # Photos without texts are flagged while drafting, not refused.
    assert panel.problems_label.isVisible()
    assert "3 photo" in panel.problems_label.text()
    assert not panel.notice.isVisible()


def test_drop_on_body_imports_and_places_photo_at_drop_point(qtbot, make_window, tmp_path):
    window = make_window()
    article_id = new_article(window)
    body = window.editor.body_edit
    type_text(body, "Đoạn một.\n\nĐoạn hai.")
    cursor = QTextCursor(body.document())
    cursor.setPosition(len("Đoạn một."))
    point = body.cursorRect(cursor).center()
    enter, drop = drop_files(body.viewport(), [make_photo(tmp_path, "IMG_0001.JPG")], point)
    assert enter.isAccepted() and drop.isAccepted()
    wait_imports(qtbot, window.photo_panel)
    (photo_id,) = stored_ids(window, article_id)
    assert body.toPlainText() == f"Đoạn một.\n\n![](photo:{photo_id})\n\nĐoạn hai."
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=5000)
    assert window.repo.get(article_id).body == body.toPlainText()
    # Ctrl+Z in the text takes the placement back in one step; the photo stays attached.
    ctrl(qtbot, body, Qt.Key.Key_Z)
    assert body.toPlainText() == "Đoạn một.\n\nĐoạn hai."
    assert stored_ids(window, article_id) == [photo_id]


def test_drop_of_other_files_on_body_is_left_to_the_text_editor(qtbot, make_window, tmp_path):
    window = make_window()
    new_article(window)
    notes = tmp_path / "notes.txt"
    notes.write_text("ghi chép", encoding="utf-8")
    drop_files(window.editor.body_edit.viewport(), [notes])
    assert not window.photo_panel.is_importing()


def test_add_photos_button_uses_file_dialog(qtbot, make_window, monkeypatch, three):
    window = make_window()
    article_id = new_article(window)
    asked = {}

    def fake_dialog(parent, caption, directory, filters):
        asked["filters"] = filters
        return [str(p) for p in three[:2]], ""

    monkeypatch.setattr(file_dialogs, "get_open_file_names", fake_dialog)
    window.photo_panel.actions["add"].trigger()
    wait_imports(qtbot, window.photo_panel)
    assert "*.heic" in asked["filters"] and "*.heif" in asked["filters"]
    assert len(stored_ids(window, article_id)) == 2


def test_caption_credit_alt_reach_rendered_figure(qtbot, make_window, tmp_path):
    window = make_window()
    article_id = new_article(window)
    panel, form = window.photo_panel, window.photo_panel.form
    drop_files(panel, [make_photo(tmp_path, "gom.jpg")])
    wait_imports(qtbot, panel)
    (photo_id,) = stored_ids(window, article_id)
    assert form.record.id == photo_id
    assert form.warnings["caption"].isVisible() and form.warnings["alt"].isVisible()

    for name, text in (
        ("caption", "Nghệ nhân làng gốm Bát Tràng"),
        ("credit", "Ảnh: Lê Nam"),
        ("alt", "Bình gốm men lam trên bàn xoay"),
    ):
        type_text(form.fields[name], text)
        qtbot.keyClick(form.fields[name], Qt.Key.Key_Return)
    record = window.repo.photos.get(photo_id)
    assert (record.caption, record.credit, record.alt) == (
        "Nghệ nhân làng gốm Bát Tràng",
        "Ảnh: Lê Nam",
        "Bình gốm men lam trên bàn xoay",
    )
    assert not form.warnings["caption"].isVisible() and not panel.problems_label.isVisible()

    panel.list.setFocus()
    panel.actions["insert"].trigger()
    body = window.editor.body_edit
    assert body.toPlainText().strip() == f"![](photo:{photo_id})"

    def resolve(pid):
        photo = window.repo.photos.get(pid)
        return PhotoRef(f"photos/{pid}.jpg", photo.alt, photo.caption, photo.credit)

    html = render_body(body.toPlainText(), resolve).html
    assert 'alt="Bình gốm men lam trên bàn xoay"' in html
    assert "<figcaption>Nghệ nhân làng gốm Bát Tràng — Ảnh: Lê Nam</figcaption>" in html

    # The body only refers to the photo: a caption edit shows in the same body at once.
    caption = form.fields["caption"]
    caption.setFocus()
    caption.moveCursor(QTextCursor.MoveOperation.End)
    type_text(caption, " ở Hà Nội")
    qtbot.waitUntil(
        lambda: "Hà Nội" in window.repo.photos.get(photo_id).caption, timeout=3000
    )  # debounce
    html = render_body(body.toPlainText(), resolve).html
    assert "<figcaption>Nghệ nhân làng gốm Bát Tràng ở Hà Nội — Ảnh: Lê Nam</figcaption>" in html

    # Ctrl+Z with the photo list focused undoes the caption edit, in the store and the field.
    ctrl(qtbot, panel.list, Qt.Key.Key_Z)
    assert window.repo.photos.get(photo_id).caption == "Nghệ nhân làng gốm Bát Tràng"
    assert caption.toPlainText() == "Nghệ nhân làng gốm Bát Tràng"


def test_each_photo_keeps_its_own_texts(qtbot, with_three, tmp_path):
    window, article_id, panel = with_three
    a, b, _c = stored_ids(window, article_id)
    caption = panel.form.fields["caption"]
    click(qtbot, panel, a)
    type_text(caption, "Lò gốm")  # no Enter: clicking another photo must still save it
    click(qtbot, panel, b)
    assert window.repo.photos.get(a).caption == "Lò gốm"
    assert panel.form.record.id == b and caption.toPlainText() == ""
    type_text(caption, "Men lam")
    # Photos arriving while the reporter types do not take the form away from them.
    drop_files(panel, [make_photo(tmp_path, "moi.jpg")])
    wait_imports(qtbot, panel)
    assert panel.form.record.id == b and caption.toPlainText() == "Men lam"
    qtbot.keyClick(caption, Qt.Key.Key_Return)
    assert window.repo.photos.get(b).caption == "Men lam"
    assert window.repo.photos.get(a).caption == "Lò gốm"
    assert len(stored_ids(window, article_id)) == 4


def test_reorder_by_drag_and_keyboard_then_undo(qtbot, with_three):
    window, article_id, panel = with_three
    a, b, c = stored_ids(window, article_id)
    # A drag in the list moves the row just so; the panel stores the new order.
    panel.list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    qtbot.waitUntil(lambda: stored_ids(window, article_id) == [c, a, b], timeout=2000)
    click(qtbot, panel, a)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored_ids(window, article_id) == [c, b, a]
    assert panel.photo_ids() == [c, b, a]
    ctrl(qtbot, panel.list, Qt.Key.Key_Z)
    assert stored_ids(window, article_id) == panel.photo_ids() == [c, a, b]
    ctrl(qtbot, panel.list, Qt.Key.Key_Z)
    assert stored_ids(window, article_id) == panel.photo_ids() == [a, b, c]
    ctrl(qtbot, panel.list, Qt.Key.Key_Y)
    assert stored_ids(window, article_id) == [c, a, b]


def test_reorder_by_real_mouse_drag(qtbot, with_three):
    """A real drag needs a platform with drag and drop; offscreen has none. Run with
    QT_QPA_PLATFORM=xcb xvfb-run -a pytest tests/gui/test_photos.py to include it."""
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("drag and drop needs a windowing platform (xcb)")
    window, article_id, panel = with_three
    a, b, c = stored_ids(window, article_id)
    click(qtbot, panel, c)
    handle, viewport = window.windowHandle(), panel.list.viewport()
    start = viewport.mapTo(window, panel.list.visualItemRect(panel.item_for(c)).center())
    target = viewport.mapTo(
        window, panel.list.visualItemRect(panel.item_for(a)).topLeft() + QPoint(20, 3)
    )

    def release():  # runs inside the drag's own event loop
        QTest.mouseMove(handle, target)
        QTest.mouseMove(handle, target + QPoint(0, 1))
        QTest.mouseRelease(
            handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target + QPoint(0, 1)
        )

    QTimer.singleShot(200, release)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in (30, 60):
        QTest.mouseMove(handle, start - QPoint(0, step))
    qtbot.waitUntil(lambda: stored_ids(window, article_id) == [c, a, b], timeout=3000)
    ctrl(qtbot, panel.list, Qt.Key.Key_Z)
    assert stored_ids(window, article_id) == panel.photo_ids() == [a, b, c]


def test_set_cover_then_undo(qtbot, with_three):
    window, article_id, panel = with_three
    a, b, _c = stored_ids(window, article_id)
    click(qtbot, panel, b)
    assert panel.actions["cover"].isEnabled()
    panel.actions["cover"].trigger()
    assert cover_id(window, article_id) == b
    assert panel.item_for(b).text().startswith("★") and not panel.item_for(a).text().startswith("★")
    ctrl(qtbot, panel.list, Qt.Key.Key_Z)
    assert cover_id(window, article_id) == a
    assert panel.item_for(a).text().startswith("★")


def test_remove_then_undo_brings_back_same_photo(qtbot, with_three):
    window, article_id, panel = with_three
    a, b, c = stored_ids(window, article_id)
    for photo_id in (a, b):  # a is the cover
        click(qtbot, panel, photo_id)
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert stored_ids(window, article_id) == panel.photo_ids() == [c]
    assert cover_id(window, article_id) == c  # the cover passed on
    ctrl(qtbot, panel.list, Qt.Key.Key_Z)
    ctrl(qtbot, panel.list, Qt.Key.Key_Z)
    assert stored_ids(window, article_id) == panel.photo_ids() == [a, b, c]
    assert cover_id(window, article_id) == a
    assert panel.selected_ids() == [a]


def test_bad_file_among_good_ones(qtbot, make_window, tmp_path):
    window = make_window()
    article_id = new_article(window)
    bad = tmp_path / "hỏng.jpg"
    bad.write_bytes(os.urandom(4096))
    empty = tmp_path / "rỗng.jpg"
    empty.write_bytes(b"")
    files = [
        make_photo(tmp_path, "tốt-1.jpg"),
        bad,
        empty,
        make_photo(tmp_path, "tốt-2.png", GREEN),
    ]
    drop_files(window.photo_panel.list.viewport(), files)
    wait_imports(qtbot, window.photo_panel)
    names = [p.original_name for p in window.repo.photos.list(article_id)]
    assert names == ["tốt-1.jpg", "tốt-2.png"]
    panel = window.photo_panel
    assert panel.notice.isVisible()
    text = panel.notice.text()
    assert "2 files could not be added" in text
    assert "hỏng.jpg" in text and "rỗng.jpg" in text and "tốt-1" not in text
    assert "The other photos were added." in text


def test_cancel_keeps_finished_photos_and_runs_off_gui_thread(
    qtbot, make_window, tmp_path, monkeypatch
):
    from lnv_editor.media import importer

    real_import = importer.import_photo
    threads = []

    def slow_import(store, path):
        threads.append(threading.current_thread())
        time.sleep(0.15)  # a 24 MP photo on a slow card
        return real_import(store, path)

    monkeypatch.setattr(importer, "import_photo", slow_import)
    window = make_window()
    article_id = new_article(window)
    panel = window.photo_panel
    files = [make_photo(tmp_path, f"anh-{i:02}.jpg") for i in range(12)]
    job = panel.import_files([str(f) for f in files])
    dialog = job.progress_dialog
    assert not dialog.isVisible()  # shown only once the import looks long, never as a flash
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert not dialog.isModal()  # the reporter can keep writing meanwhile
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    wait_imports(qtbot, panel)
    added = stored_ids(window, article_id)
    assert 1 <= len(added) < 12
    assert all(thread is not threading.main_thread() for thread in threads)
    assert "Cancelled" in panel.notice.text()
    ctrl(qtbot, panel.list, Qt.Key.Key_Z)  # the import is one undo step
    assert stored_ids(window, article_id) == []


def test_photos_follow_the_open_article(qtbot, make_window, tmp_path):
    window = make_window()
    first = new_article(window)
    drop_files(window.photo_panel, [make_photo(tmp_path, "mot.jpg")])
    wait_imports(qtbot, window.photo_panel)
    second = new_article(window)
    assert window.photo_panel.list.count() == 0
    assert window.photo_panel.undo_stack.count() == 0
    window.library.select(first)
    qtbot.waitUntil(lambda: window.editor.article.id == first)
    assert window.photo_panel.photo_ids() == stored_ids(window, first)
    assert second != first
