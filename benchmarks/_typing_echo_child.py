"""The app side of bench_typing_echo.py (run only by it, under its Xvfb with QT_QPA_PLATFORM=xcb):
the real app built as bench_typing builds it, answering the driver one JSON line per command.

Commands on stdin, one a line:
- ``open LABEL PREVIEW`` (PREVIEW 0 or 1): opens that article of bench_typing's store as
  bench_typing does (cursor mid-body, the body focused); answers the window's X id, the body
  viewport's and the cursor's rectangles on the screen ([x, y, width, height]) and the body's
  length;
- ``cursor``: the cursor's rectangle on the screen now;
- ``end``: lets the last autosave and the preview catch up, then answers the autosaves and
  preview patches since ``open`` and how much the body grew; saves, as bench_typing does;
- ``quit``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

# The answers go to the driver on the real stdout; anything else printed goes to stderr.
_ANSWERS = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
os.dup2(2, 1)

from _common import run_until  # noqa: E402
from bench_typing import open_case, start_app, wait_ms  # noqa: E402


def screen_rect(widget, rect) -> list[int]:
    top_left = widget.mapToGlobal(rect.topLeft())
    return [top_left.x(), top_left.y(), rect.width(), rect.height()]


class Child:
    def __init__(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="app-", dir=os.environ.get("LNV_BENCH_WORK")))
        self.trace = None
        before_window = None
        if os.environ.get("LNV_ECHO_TRACE"):
            from _echo_trace import Recorder

            self.trace = Recorder()

            def before_window() -> None:
                from lnv_editor.gui.editor.body_edit import BodyEdit

                self.trace.install(BodyEdit)

        self.app, self.window, self.ids = start_app(folder, before_window)
        # No caret blink: the driver takes any change of the caret's line for the key's echo.
        self.app.styleHints().setCursorFlashTime(0)
        self.body = self.window.editor.body_edit
        if self.trace is not None:
            self.trace.watch_keys(self.body)
        self.saves: list[int] = []
        self.patches: list[int] = []
        self.watched: set[int] = set()
        self.length = 0
        if self.window.autosaver is not None:
            self.window.autosaver.saved.connect(lambda _result: self.saves.append(1))

    def watch(self, view) -> None:
        if id(view) not in self.watched:
            view.patched.connect(lambda _asked, _applied: self.patches.append(1))
            if self.trace is not None:
                view.patched.connect(
                    lambda _asked, applied: self.trace.note(
                        "gui", "page patched", applied, applied, 0
                    )
                )
            self.watched.add(id(view))

    def cursor(self) -> list[int]:
        return screen_rect(self.body.viewport(), self.body.cursorRect())

    def command(self, line: str) -> dict | None:
        from PySide6.QtGui import QTextCursor

        words = line.split()
        if words[0] == "open":
            label, preview = " ".join(words[1:-1]), words[-1] == "1"
            open_case(self.window, self.ids[label], preview, self.watch)
            self.window.activateWindow()
            self.window.raise_()
            self.body.setFocus()
            wait_ms(300)
            self.saves.clear()
            self.patches.clear()
            if self.trace is not None:
                self.trace.take()
            self.length = len(self.body.toPlainText())
            viewport = self.body.viewport()
            return {
                "window": int(self.window.winId()),
                "viewport": screen_rect(viewport, viewport.rect()),
                "cursor": self.cursor(),
                "length": self.length,
            }
        if words[0] == "cursor":
            return {"cursor": self.cursor()}
        if words[0] == "end":
            wait_ms(900)  # the last autosave, the status bar, the preview catch up
            answer = {
                "saves": len(self.saves),
                "patches": len(self.patches),
                "grown": len(self.body.toPlainText()) - self.length,
            }
            if self.trace is not None:
                answer["trace"] = self.trace.take()
            self.body.moveCursor(QTextCursor.MoveOperation.End)
            self.window.save_now()
            run_until(lambda: self.window.autosaver.state == "clean")
            return answer
        if words[0] == "quit":
            self.window.close()
            self.app.quit()
            return None
        return {"error": f"unknown command: {line}"}


def main() -> None:
    from PySide6.QtCore import QSocketNotifier, QTimer

    child = Child()
    pending = bytearray()

    def read() -> None:
        data = os.read(0, 4096)
        if not data:  # the driver went away
            child.app.quit()
            return
        pending.extend(data)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            answer = child.command(line.decode())
            if answer is not None:
                _ANSWERS.write(json.dumps(answer) + "\n")

    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    notifier.activated.connect(read)
    QTimer.singleShot(0, lambda: _ANSWERS.write(json.dumps({"ready": list(child.ids)}) + "\n"))
    child.app.exec()
    notifier.setEnabled(False)


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    _ANSWERS.flush()
    os._exit(0)  # skip PySide6's shutdown teardown
