"""The first screen is the final screen: what is on screen at the first frame (toolbar with
its icons, the docks at their places and widths, the library's columns) does not move when
the store layer and the panels arrive a moment later; only content fills in (issue 16)."""

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
            if d.objectName() in ("photoDock", "placesDock", "reviewDock")
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
