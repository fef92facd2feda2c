"""The first screen is the final screen, content included (issue 16, part 1): what a reporter
sees right after the first frame (library rows and columns, the article, the photo dock's
photos, the toolbar's enabled buttons, the status bar, the title) is what is there once the
store layer has loaded; and what the reporter types or clicks in between is not lost."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QDockWidget, QLabel

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from cli_helpers import run_cli  # noqa: E402
from dialog_helpers import answer_file_dialogs  # noqa: E402
from test_first_frame import layout_of  # noqa: E402
from typing_helpers import type_text  # noqa: E402

from lnv_editor.gui.library.model import LibraryModel  # noqa: E402

STATUS, SECTION = LibraryModel.STATUS, LibraryModel.SECTION


@pytest.fixture
def demo_store(tmp_path):
    store = tmp_path / "demo.sqlite"
    assert run_cli("demo", "--store", str(store)).returncode == 0
    return store


def start(qtbot, store, *, keep=True):
    """As `lnv-editor` starts: returns once the first frame has painted."""
    from lnv_editor.app import start_main_window

    _app, window = start_main_window(str(store), "vi")
    if keep:  # else the test closes it itself
        qtbot.addWidget(window)
    return window


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.repo is not None and window.autosaver is not None, timeout=30000)
    qtbot.waitUntil(lambda: window.autosaver.article_id is not None, timeout=10000)
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=10000)
    qtbot.wait(400)  # counts, thumbnails, queued relayouts: the assertion is that none shows


def looks_of(window) -> dict:
    """What a reporter reads and can click, widget by widget."""
    model = window.library.view.model()
    header = window.library.view.horizontalHeader()
    status_bar = window.statusBar()
    shown_status = [
        w.text()
        for w in status_bar.findChildren(QLabel)
        if w.isVisible() and not w.visibleRegion().isEmpty()
    ]
    visible_dock = next(
        (
            d
            for d in window.findChildren(QDockWidget)
            if d.isVisible() and not d.visibleRegion().isEmpty()
        ),
        None,
    )
    editor = window.editor
    return {
        "title": window.windowTitle(),
        "actions": {
            name: action.isEnabled()
            for name, action in window.actions.items()
            if name in ("new", "new_window", "save", "history", "comment", "compare")
        },
        "status bar message": status_bar.currentMessage(),
        "status bar labels": shown_status,
        "library header": [
            model.headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())
        ],
        "library rows": [
            [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ],
        "library count": window.library.count_label.text(),
        "library enabled": window.library.isEnabled(),
        "fields": editor.fields(),
        "editor enabled": (editor.isEnabled(), editor.status_combo.isEnabled()),
        "visible dock": visible_dock.objectName() if visible_dock is not None else None,
        "visible dock enabled": visible_dock.widget().isEnabled() if visible_dock else None,
    }


def photo_texts(window) -> list[str]:
    panel = window.photo_dock.widget()
    photo_list = getattr(panel, "list", None)
    if photo_list is None:
        return []
    return [photo_list.item(row).text() for row in range(photo_list.count())]


def changed_box(a: QImage, b: QImage):
    """The box of pixels that differ between two grabs, or None."""
    if a.size() != b.size():
        return ("size", a.size().toTuple(), b.size().toTuple())
    xs, ys = [], []
    step = 2
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            if a.pixel(x, y) != b.pixel(x, y):
                xs.append(x)
                ys.append(y)
    if not xs:
        return None
    return (min(xs), min(ys), max(xs), max(ys))


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1920, 1080)])
def test_what_the_first_frame_shows_is_what_stays(qtbot, demo_store, monkeypatch, size):
    # A reporter's screen of that size (the test platform's own screen is smaller).
    monkeypatch.setattr("lnv_editor.app.fit_to_screen", lambda window: window.resize(*size))
    window = start(qtbot, demo_store)
    assert (window.width(), window.height()) == size
    assert window.repo is None  # the store layer really is still on its way
    first_layout, first_looks = layout_of(window), looks_of(window)
    first_photos = photo_texts(window)
    first_pixels = window.grab().toImage()
    assert first_looks["library rows"], "the library is filled in the first frame"
    assert first_looks["fields"]["title"], "the article is there in the first frame"
    assert first_photos, "the photo dock shows the article's photos in the first frame"
    # The library's columns are those its width has room for, as the user will see them
    # after any resize (filled before the first layout, it must not keep a narrow choice).
    library = window.library
    header, width = library.view.horizontalHeader(), library.view.viewport().width()
    assert header.isSectionHidden(STATUS) == (width < library.HIDE_STATUS_BELOW)
    assert header.isSectionHidden(SECTION) == (width < library.HIDE_SECTION_BELOW)
    settle(qtbot, window)
    assert layout_of(window) == first_layout
    assert looks_of(window) == first_looks
    assert photo_texts(window) == first_photos
    last_pixels = window.grab().toImage()
    assert changed_box(first_pixels, last_pixels) is None


def test_typing_and_saving_before_the_store_is_ready_are_kept(qtbot, demo_store):
    window = start(qtbot, demo_store, keep=False)
    assert window.repo is None
    article_id = window.editor.article.id
    body = window.editor.body_edit
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Nghệ nhân giữ lửa.")  # Vietnamese through the input method
    assert window.actions["save"].isEnabled()
    window.actions["save"].trigger()  # queued until the store is ready
    settle(qtbot, window)
    assert window.editor.body_edit.toPlainText().endswith(" Nghệ nhân giữ lửa.")
    window.close()

    from lnv_editor.store.repository import Repository

    repo = Repository.open(demo_store, create=False)
    try:
        assert repo.get(article_id).body.endswith(" Nghệ nhân giữ lửa.")
        reasons = [r.reason for r in repo.revisions(article_id)]
    finally:
        repo.close()
    assert "save" in reasons  # the Ctrl+S clicked before the store was ready was done


def test_closing_before_the_store_is_ready_saves_what_was_typed(qtbot, demo_store, monkeypatch):
    """A reporter who types on the first screen and quits at once (the store layer still
    loading) finds the text saved, and no "not closed properly" notice next time."""
    from lnv_editor.gui.window import store_link

    loaded = threading.Event()  # the store layer's import, slow on a reporter's laptop
    real_open = store_link._open_repository

    def slow_open(*args):
        loaded.wait(30)
        return real_open(*args)

    monkeypatch.setattr(store_link, "_open_repository", slow_open)
    window = start(qtbot, demo_store, keep=False)
    qtbot.waitUntil(window.store_link.is_opening)  # the event loop has started opening it
    assert window.repo is None
    article_id = window.editor.article.id
    body = window.editor.body_edit
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Lò vẫn đỏ.")
    loaded.set()  # loaded while the window closes
    window.close()  # before the store is ready: it is opened, the text saved, then closed

    from lnv_editor.store.repository import Repository

    repo = Repository.open(demo_store, create=False)
    try:
        assert repo.get(article_id).body.endswith(" Lò vẫn đỏ.")
        assert repo.claim_crashed_sessions() == []  # the session was ended as on any close
    finally:
        repo.close()


def test_the_desks_own_words_are_not_underlined_in_the_first_frame(qtbot, tmp_path):
    """A name in the newsroom's dictionary is accepted from the first frame, not underlined
    until the store layer has read the dictionary."""
    from lnv_editor.store.repository import Repository

    store = tmp_path / "store.sqlite"
    repo = Repository.open(store)
    article = repo.create(title="Làng gốm", body="Ông giữ lửa lò gốm, dân làng gọi là lò bơlơ.")
    repo.dictionary.add("bơlơ")
    repo.close()
    window = start(qtbot, store)
    assert window.repo is None and window.editor.article.id == article.id
    first = window.editor.body_edit.viewport().grab().toImage()
    settle(qtbot, window)
    assert changed_box(first, window.editor.body_edit.viewport().grab().toImage()) is None


def test_photos_added_before_the_store_is_ready_are_imported_once_it_is(
    qtbot, demo_store, monkeypatch, tmp_path
):
    from PIL import Image

    from lnv_editor.gui.window import store_link

    loaded = threading.Event()
    real_open = store_link._open_repository
    monkeypatch.setattr(
        store_link, "_open_repository", lambda *a: (loaded.wait(30), real_open(*a))[1]
    )
    card = tmp_path / "card"
    card.mkdir()
    photo = card / "lo-gom.jpg"
    Image.new("RGB", (640, 480), (200, 80, 40)).save(photo)
    window = start(qtbot, demo_store)
    qtbot.waitUntil(window.store_link.is_opening)
    panel = window.photo_panel
    before = photo_texts(window)
    assert panel.actions["add"].isEnabled()  # as it will be: the click is not refused
    answer_file_dialogs(monkeypatch, qtbot, lambda _dialog: [photo], card)
    panel.actions["add"].trigger()
    assert photo_texts(window) == before  # nothing can be imported yet: nothing shown yet
    loaded.set()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(photo_texts(window)) == len(before) + 1, timeout=10000)
    assert any("lo-gom.jpg" in text for text in photo_texts(window))


def test_an_empty_store_shows_its_final_screen_at_once(qtbot, tmp_path):
    from lnv_editor.store.repository import Repository

    store = tmp_path / "empty.sqlite"
    Repository.open(store).close()
    window = start(qtbot, store)
    assert window.repo is None
    first_looks, first_pixels = looks_of(window), window.grab().toImage()
    assert first_looks["actions"]["new"]  # a new article can be asked for at once
    qtbot.waitUntil(lambda: window.repo is not None and window.review_panel is not None)
    qtbot.wait(400)
    assert looks_of(window) == first_looks
    last = window.grab().toImage()
    assert changed_box(first_pixels, last) is None
