"""Icons come from the disk cache after the first start, so the first frame has them without
loading qtawesome's fonts (gui/common/icons.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from lnv_editor.gui.common import icons

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import os, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
from lnv_editor.gui.common.icons import apply_icons
from lnv_editor.gui.window.actions import make_actions
window = QMainWindow()
actions = make_actions(window)
apply_icons(actions)
blank = [n for n, a in actions.items() if n in __import__('lnv_editor.gui.common.icons',
         fromlist=['ICONS']).ICONS and a.icon().pixmap(24, 24).toImage().isNull()]
print("qtawesome" in sys.modules, blank)
"""


def start(data_dir: Path) -> str:
    env = dict(os.environ, LNV_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_the_second_start_reads_the_icons_from_disk(tmp_path):
    assert start(tmp_path) == "True []"  # drawn by qtawesome, then kept
    assert start(tmp_path) == "False []"  # read back: every icon there, qtawesome not loaded


def test_another_palette_draws_its_own(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("LNV_DATA_DIR", str(tmp_path))
    light = icons.cache_folder()
    palette = QGuiApplication.palette()
    dark = QPalette(palette)
    dark.setColor(QPalette.ColorRole.ButtonText, QColor("#f0f0f0"))
    QGuiApplication.setPalette(dark)
    try:
        assert icons.cache_folder() != light
        assert not icons.icon("save").isNull()
        assert any(icons.cache_folder().glob("save-normal-*.png"))
    finally:
        QGuiApplication.setPalette(palette)
