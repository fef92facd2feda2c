"""A window opened on a screen smaller than its default (or saved) size fits the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect

from lnv_editor.app import fit_to_screen
from lnv_editor.config import Config


def test_the_window_opens_no_larger_than_the_screen(qtbot, tmp_path, english):
    from lnv_editor.gui.window.main_window import MainWindow

    window = MainWindow(Config(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    window.resize(room.width() + 500, room.height() + 300)  # as saved on a larger screen
    window.move(room.left() + 200, room.top() + 100)
    fit_to_screen(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= max(room.width(), window.minimumSizeHint().width())
    assert window.height() <= max(room.height(), window.minimumSizeHint().height())
    if window.minimumSizeHint().width() <= room.width():
        assert QRect(room).contains(window.frameGeometry()), (room, window.frameGeometry())


def test_a_window_that_fits_is_left_alone(qtbot, tmp_path, english):
    from lnv_editor.gui.window.main_window import MainWindow

    window = MainWindow(Config(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    window.resize(min(950, room.width()), min(600, room.height()))
    window.move(room.topLeft())
    before = window.size()
    fit_to_screen(window)
    assert window.size() == before
