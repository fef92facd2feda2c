"""Make docs/screenshot.png: the app on the demo store, one article open.

Run under Xvfb for a real window (``xvfb-run -a python docs/make_screenshot.py``) or
offscreen (QT_QPA_PLATFORM=offscreen). Used for the README.
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
    from lnv_editor.store.demo import seed_demo
    from lnv_editor.store.repository import Repository

    language = sys.argv[1] if len(sys.argv) > 1 else "vi"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshot.png"
    store = Path(tempfile.mkdtemp()) / "demo.sqlite"
    repo = Repository.open(store)
    seed_demo(repo)
    repo.close()
    os.environ["LNV_CONFIG_DIR"] = str(store.parent / "config")
    app, window = start_main_window(store, language)
    window.resize(1400, 860)

    def ready() -> None:
        window.library.view.selectRow(1)
        body = window.editor.body_edit
        cursor = body.textCursor()
        cursor.setPosition(0)
        body.setTextCursor(cursor)
        body.setFocus()
        QTimer.singleShot(800, shoot)

    def shoot() -> None:
        window.grab().save(str(out))
        print(out)
        window.close()

    window.storeReady.connect(ready)
    app.exec()


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)
