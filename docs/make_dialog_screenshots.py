"""Screenshots of Help → Phím tắt and Help → Giới thiệu, for checking layout and translation.

``QT_QPA_PLATFORM=offscreen python docs/make_dialog_screenshots.py vi OUT_DIR`` (add
``QT_SCALE_FACTOR=2`` for 200 %). Writes shortcuts-<lang>-<scale>.png, about-…, and the main
window with its menus (window-…), each grabbed from the widget itself.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtCore import QTimer

    from lnv_editor.app import start_main_window
    from lnv_editor.gui.dialogs.about import AboutDialog
    from lnv_editor.gui.dialogs.shortcuts import ShortcutsDialog
    from lnv_editor.store.demo import seed_demo
    from lnv_editor.store.repository import Repository

    language = sys.argv[1] if len(sys.argv) > 1 else "vi"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    suffix = f"{language}-{round(float(scale) * 100)}"
    folder = Path(tempfile.mkdtemp())
    os.environ["LNV_CONFIG_DIR"] = str(folder / "config")
    os.environ["LNV_LOG_DIR"] = str(folder / "logs")
    store = folder / "demo.sqlite"
    repo = Repository.open(store)
    seed_demo(repo)
    repo.close()
    app, window = start_main_window(store, language)
    window.resize(1280, 800)

    def ready() -> None:
        window.apply_icons()
        window.library.select(1)
        QTimer.singleShot(600, grab)  # the word count and save state settle first

    def grab() -> None:
        window.grab().save(str(out / f"window-{suffix}.png"))
        for name, dialog in (
            ("shortcuts", ShortcutsDialog(window)),
            ("about", AboutDialog(store, window)),
        ):
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"{name}-{suffix}.png"))
            dialog.close()
        help_menu = window.help_menu
        help_menu.popup(window.mapToGlobal(window.rect().center()))
        app.processEvents()
        help_menu.grab().save(str(out / f"help-menu-{suffix}.png"))
        file_menu = window.menuBar().actions()[0].menu()
        file_menu.popup(window.mapToGlobal(window.rect().center()))
        app.processEvents()
        file_menu.grab().save(str(out / f"file-menu-{suffix}.png"))
        window.close()
        app.quit()

    window.storeReady.connect(lambda: QTimer.singleShot(300, ready))
    app.exec()
    print(f"screenshots in {out}")
    os._exit(0)


if __name__ == "__main__":
    main()
