"""The first screen is the final screen: what is on screen at the first frame (toolbar with
its icons, the docks at their places and widths, the library's columns, the preview if it
was open at the last close) does not move when the store layer and the panels arrive a
moment later; only content fills in (issue 16). (A preview shown for the first time is wide
enough to read its page: tests/gui/test_layout.py, at the sizes of reporters' screens.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDockWidget, QToolButton

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from cli_helpers import run_cli  # noqa: E402


def layout_of(window) -> dict:
    """Where everything is: what a reporter's pointer would hit."""

    def place(widget) -> tuple:
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            return ("not shown",)  # closed, or a tab behind another
        at = widget.mapTo(window, QPoint(0, 0))
        return (at.x(), at.y(), widget.width(), widget.height())

    header = window.library.view.horizontalHeader()
    buttons = window.toolbar.findChildren(QToolButton)
    return {
        "window": (window.width(), window.height()),
        "toolbar": place(window.toolbar),
        "toolbar icons": [b.icon().isNull() for b in buttons if b.isVisible()],
        "library": place(window.library),
        "editor": place(window.editor),
        "title field": place(window.editor.title_edit),
        "body": place(window.editor.body_edit),
        "docks": {
            d.objectName(): (place(d), window.dockWidgetArea(d))
            for d in window.findChildren(QDockWidget)
            if d.objectName() in ("photoDock", "placesDock", "reviewDock", "previewDock")
        },
        "columns": [
            (header.isSectionHidden(i), header.sectionSize(i)) for i in range(header.count())
        ],
    }


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
    qtbot.waitUntil(
        lambda: window.repo is not None and window.review_panel is not None, timeout=30000
    )
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10000)
    qtbot.wait(300)  # let every queued relayout run: the assertion is that none moved anything


def test_nothing_moves_after_the_first_frame(qtbot, demo_store):
    window = start(qtbot, demo_store)
    first = layout_of(window)
    assert window.review_panel is None  # the panels really are still on their way
    assert not any(first["toolbar icons"]), "the toolbar shows text where icons will be"
    tabbed = {d.objectName() for d in window.tabifiedDockWidgets(window.photo_dock)}
    assert tabbed == {"placesDock", "reviewDock"}  # the docks are there, tabbed, from the start
    settle(qtbot, window)
    assert layout_of(window) == first
    assert window.photo_dock.widget() is window.photo_panel  # filled in, in place


def test_a_saved_layout_is_the_first_frame_next_time(qtbot, demo_store):
    window = start(qtbot, demo_store, keep=False)
    settle(qtbot, window)
    # The reporter moves the places dock to the left, wider, and quits.
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.places_dock)
    window.resizeDocks([window.places_dock], [340], Qt.Orientation.Horizontal)
    qtbot.waitUntil(
        lambda: window.dockWidgetArea(window.places_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    )
    window.close()

    again = start(qtbot, demo_store)
    first = layout_of(again)
    # Where the reporter left it, from the first frame (its width follows the window's, which
    # the test platform's small screen may shrink).
    assert first["docks"]["placesDock"][1] == Qt.DockWidgetArea.LeftDockWidgetArea
    assert first["docks"]["placesDock"][0][0] == 0
    settle(qtbot, again)
    assert layout_of(again) == first


def preview_place(window) -> tuple:
    """Where the preview dock is, as the reporter sees it: its area, which tab, its distance
    from the window's right edge and top, its width, and how much shorter than the window it
    is (the test screen is smaller than the window's minimum, so the window's own size may
    differ by a few pixels from one start to the next)."""
    dock = window.preview.dock
    if not dock.isVisible() or dock.visibleRegion().isEmpty():
        return (("not shown",),)
    at = dock.mapTo(window, QPoint(0, 0))
    tabs = [d.objectName() for d in window.tabifiedDockWidgets(dock)]
    return (
        (window.width() - at.x(), at.y(), dock.width(), window.height() - dock.height()),
        window.dockWidgetArea(dock),
        sorted(tabs),
    )


def _preview_loaded(qtbot, window) -> None:
    panel = window.preview.panel
    qtbot.waitUntil(
        lambda: panel is not None and panel.view.loads >= 1 and not panel.view._loading,
        timeout=20000,
    )


def test_the_preview_open_at_the_last_close_is_open_at_the_same_place(qtbot, demo_store):
    window = start(qtbot, demo_store, keep=False)
    settle(qtbot, window)
    assert not window.preview.dock.isVisible()  # a first start: no preview
    window.preview.toggle_action.trigger()
    _preview_loaded(qtbot, window)
    qtbot.wait(300)  # the sizer's queued widening
    preview_place_before = preview_place(window)
    assert preview_place_before[0] != ("not shown",)
    window.close()

    again = start(qtbot, demo_store, keep=False)
    first = layout_of(again)
    # From the first frame: open, at the place and size it had, the menu entry checked, and
    # nothing of QtWebEngine built yet (the store layer is still loading).
    assert preview_place(again) == preview_place_before
    assert again.preview.toggle_action.isChecked()
    assert again.preview.panel is None
    settle(qtbot, again)
    _preview_loaded(qtbot, again)
    assert again.preview.dock.widget() is again.preview.panel  # filled in, in place
    qtbot.wait(300)
    assert layout_of(again) == first  # nothing moved while it filled in

    # Closed this time: closed at the next start too, and no web view is built for it.
    again.preview.toggle_action.trigger()
    assert not again.preview.dock.isVisible()
    again.close()
    third = start(qtbot, demo_store)
    assert not third.preview.dock.isVisible() and not third.preview.toggle_action.isChecked()
    settle(qtbot, third)
    assert third.preview.panel is None
