"""Child process for the kill test: the real app, offscreen, typing into a new article.

Prints "ready <article id>" once the article is open, then "typed <n>" after each
character, until it is killed. Usage: python kill_typist.py STORE
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QTimer  # noqa: E402
from typing_helpers import type_text  # noqa: E402

from lnv_editor.app import start_main_window  # noqa: E402

TEXT = (
    "Làng gốm Bát Tràng (Gia Lâm, Hà Nội) đỏ lửa quanh năm. Những người thợ trẻ học "
    "nghề từ ông bà, rồi mang sản phẩm lên sàn thương mại điện tử. “Giữ nghề là giữ "
    "làng”, nghệ nhân Nguyễn Văn Hùng nói.\n\n## Khuyến công tiếp sức\n\nNăm 2025, "
    "chương trình khuyến công hỗ trợ lò nung khí tiết kiệm năng lượng cho 12 hộ. "
) * 4
INTERVAL_MS = 40  # 25 characters a second: a fast typist


def main() -> None:
    app, window = start_main_window(sys.argv[1], "en")
    state = {"i": 0}

    def type_next() -> None:
        i = state["i"]
        if i >= len(TEXT):
            return
        type_text(window.editor.body_edit, TEXT[i])
        state["i"] = i + 1
        print(f"typed {i + 1}", flush=True)
        QTimer.singleShot(INTERVAL_MS, type_next)

    def begin() -> None:
        window.new_article()
        print(f"ready {window.editor.article.id}", flush=True)
        QTimer.singleShot(INTERVAL_MS, type_next)

    window.storeReady.connect(begin)
    app.exec()


if __name__ == "__main__":
    main()
