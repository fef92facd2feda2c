"""Spelling while typing: the cost of the red underline in the body editor (offscreen).

A 20,000-word article (demo wording, paragraphs of 40-90 words, one misspelt word in every
fifth paragraph) in a BodyEdit with the spelling layer on its Markdown highlighter, as the
window has it. Figures, each as wall time and as the thread's CPU time (the machine may be
shared: CPU time is what the check itself costs):

- highlightBlock per paragraph: *cold* (a fresh speller: no word nor paragraph seen yet),
  *typing* (the paragraph's text is new, as after a keystroke, its words already seen), and
  Markdown alone for comparison;
- a keystroke in the middle of the article, with and without spelling (key event handled,
  including the highlighter's redraw of the paragraph);
- opening the article (setPlainText, which highlights every block) with and without spelling;
- the whole-article check the command line runs (core only, no Qt).

- the house-style pass over the whole article (core, as the review dock's worker runs it).

Targets (issue 19): highlightBlock p95 <= 2 ms per paragraph; keystroke p95 <= 8 ms; opening
<= 100 ms extra; house-style pass <= 200 ms. Exits 1 past a target (on CPU time).
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import article_body, figures, percentile  # noqa: E402

WORDS = 20000
MISTAKES = ["nghành", "Vieejt", "chuẩn đoán", "hòang", "nge", "sử lý", "đươc", "Vie65t"]


def _timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.thread_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000


def make_body() -> str:
    rng = random.Random(19)
    paragraphs = article_body(rng, WORDS, []).split("\n\n")
    for i in range(0, len(paragraphs), 5):
        words = paragraphs[i].split(" ")
        words[len(words) // 2] = MISTAKES[i % len(MISTAKES)]
        paragraphs[i] = " ".join(words)
    return "\n\n".join(paragraphs)


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from lnv_editor.core.spelling.article import check_article
    from lnv_editor.core.spelling.checker import Speller
    from lnv_editor.gui.editor.body_edit import BodyEdit
    from lnv_editor.gui.spelling.controller import SpellingController

    app = QApplication.instance() or QApplication(sys.argv)
    body = make_body()
    print(f"article: {len(body.split())} words, {body.count(chr(10) * 2) + 1} paragraphs")
    Speller()  # load the word lists once: start-up cost, not per paragraph

    plain = BodyEdit()
    plain.resize(900, 700)
    plain.show()
    open_plain = [_timed(lambda: plain.setPlainText(body)) for _ in range(3)]

    edit = BodyEdit()
    edit.resize(900, 700)
    edit.show()
    controller = SpellingController()
    controller.attach(edit)
    open_spell = []
    for _ in range(3):
        controller.set_repository(None, None)  # a fresh speller: nothing cached
        open_spell.append(_timed(lambda: edit.setPlainText(body)))

    blocks = []
    block = edit.document().firstBlock()
    while block.isValid():
        if block.text():
            blocks.append(block)
        block = block.next()
    highlighter = edit.highlighter

    def per_block(prepare=None) -> tuple[list[float], list[float]]:
        wall, cpu = [], []
        for b in blocks:
            if prepare:
                prepare()
            w, c = _timed(lambda b=b: highlighter.rehighlightBlock(b))
            wall.append(w)
            cpu.append(c)
        return wall, cpu

    controller.set_repository(None, None)
    cold = per_block()
    speller = controller.speller()
    typing = per_block(prepare=speller.forget_paragraphs)
    markdown = per_block(prepare=lambda: controller.set_enabled(False) or None)
    controller.set_enabled(True)
    plain_hl = []
    pb = plain.document().firstBlock()
    while pb.isValid():
        if pb.text():
            plain_hl.append(_timed(lambda pb=pb: plain.highlighter.rehighlightBlock(pb))[1])
        pb = pb.next()

    def keys(widget) -> tuple[list[float], list[float]]:
        widget.setFocus()
        cursor = widget.textCursor()
        cursor.setPosition(len(widget.toPlainText()) // 2)
        widget.setTextCursor(cursor)
        wall, cpu = [], []
        for ch in "nghe tin bao " * 8:
            w, c = _timed(
                lambda ch=ch: QTest.keyClick(widget, ch if ch != " " else Qt.Key.Key_Space)
            )
            wall.append(w)
            cpu.append(c)
            app.processEvents()
        return wall, cpu

    key_spell = keys(edit)
    key_plain = keys(plain)

    core = []
    for _ in range(3):
        fresh = Speller()
        core.append(_timed(lambda fresh=fresh: check_article(fresh, title="", lead="", body=body)))

    from lnv_editor.core.spelling.house import check_article as house_style

    house_style(title="", lead="", body="TP HCM")  # compile the rules once
    house = [_timed(lambda: house_style(title="", lead="", body=body)) for _ in range(3)]

    def line(label: str, pair) -> str:
        wall, cpu = pair
        return f"{figures(label + ' wall', wall)}\n{figures(label + ' CPU', cpu)}"

    print(line("highlightBlock, redraw (paragraph seen)", cold))
    print(line("highlightBlock, typing (paragraph new, words seen)", typing))
    print(line("highlightBlock, Markdown only", markdown))
    print(figures("highlightBlock, no spelling layer CPU", plain_hl))
    print(line("keystroke with spelling", key_spell))
    print(line("keystroke without spelling", key_plain))
    o_spell = min(c for _w, c in open_spell)
    o_plain = min(c for _w, c in open_plain)
    print(
        f"opening: with spelling {min(w for w, _c in open_spell):.0f} ms wall / {o_spell:.0f} ms"
        f" CPU, without {min(w for w, _c in open_plain):.0f} ms wall / {o_plain:.0f} ms CPU:"
        f" {o_spell - o_plain:.0f} ms CPU extra"
    )
    print(
        f"whole-article check (core, fresh speller): {min(w for w, _c in core):.0f} ms wall /"
        f" {min(c for _w, c in core):.0f} ms CPU"
    )
    print(
        f"house-style pass, whole article (worker thread in the app): "
        f"{min(w for w, _c in house):.0f} ms wall / {min(c for _w, c in house):.0f} ms CPU"
    )
    failures = []
    if percentile(cold[1], 0.95) > 2.0 or percentile(typing[1], 0.95) > 2.0:
        failures.append("highlightBlock p95 > 2 ms")
    if percentile(key_spell[1], 0.95) > 8.0:
        failures.append("keystroke p95 > 8 ms")
    if o_spell - o_plain > 100:
        failures.append("opening > 100 ms extra")
    if min(c for _w, c in house) > 200:
        failures.append("house-style pass > 200 ms")
    for failure in failures:
        print("MISSED:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
