"""Autosave cost: one save of a long article (WAL, synchronous=FULL, BEGIN IMMEDIATE), and
what the GUI thread pays per autosave (reading the form and handing it to the worker).
Target: an autosave under 20 ms, never blocking typing.

An autosave notes the search index as behind instead of indexing (store/search_pending.py);
printed beside it, for 4,800 and 20,000 words: the index catching up once typing pauses (one
article), and a save that indexes at once (Ctrl+S; what every autosave cost before)."""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import figures, sentence  # noqa: E402


def measure_store(repo, text: str):
    """(the article, autosave ms, catch-up ms, indexing save ms) for an article of *text*."""
    article = repo.create(title="Bài dài", body=text)
    version = article.version

    def timed(action) -> float:
        started = time.perf_counter()
        action()
        return (time.perf_counter() - started) * 1000

    def save(body: str, reason: str) -> None:
        nonlocal version
        version = repo.save(article.id, {"body": body}, base_version=version, reason=reason).version

    store_ms, catch_ms = [], []
    for i in range(300):
        store_ms.append(timed(lambda i=i: save(text + f" {i}", "autosave")))
        if i % 10 == 9:  # typing pauses: the index catches up
            catch_ms.append(timed(repo.search.catch_up))
    save_ms = [timed(lambda i=i: save(text + f" {i} .", "save")) for i in range(30)]
    return article, store_ms, catch_ms, save_ms


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from lnv_editor.gui.editor.article_editor import ArticleEditor
    from lnv_editor.gui.editor.autosave import Autosaver
    from lnv_editor.store.repository import Repository

    rng = random.Random(3)
    long_body = "\n\n".join(sentence(rng, 60) for _ in range(333))  # ~20,000 words
    body = "\n\n".join(sentence(rng, 60) for _ in range(80))  # ~4,800 words
    with tempfile.TemporaryDirectory() as tmp:
        repo = Repository.open(Path(tmp) / "autosave.sqlite", tone_style="old")
        for text in (long_body, body):  # the 4,800-word one last: the GUI part below uses it
            article, store_ms, catch_ms, save_ms = measure_store(repo, text)
            print(f"article body: {len(text.split())} words, {len(text)} characters")
            print(figures("  autosave in the store (worker thread)", store_ms))
            print(figures("  the search index catching up at a pause", catch_ms))
            print(figures("  a save that indexes at once (Ctrl+S)", save_ms))

        app = QApplication.instance() or QApplication([])
        editor = ArticleEditor()
        editor.load(repo.get(article.id))
        saver = Autosaver(repo, editor.fields)
        saver.attach(article.id, repo.get(article.id).version, editor.fields())
        gui_ms = []
        for _ in range(100):
            editor.body_edit.insertPlainText("x")
            t = time.perf_counter()
            saver.flush()
            gui_ms.append((time.perf_counter() - t) * 1000)
            while saver.state == "saving":
                app.processEvents()
                time.sleep(0.001)
        print(figures("GUI thread per autosave (read form, hand over)", gui_ms))
        saver.shutdown()
        repo.close()
        # Tear Qt objects down before interpreter shutdown (PySide6 dislikes the reverse).
        del saver, editor
        app.processEvents()


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # skip PySide6's shutdown teardown, which can abort after the figures
