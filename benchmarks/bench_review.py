"""Review costs on a 4,800-word article: the readiness check (store side, as the dock and the
submit step run it), an autosave with 20 anchored comments to re-find, a word diff of two
versions, and relocating one anchor. Targets: readiness and diff well under 100 ms (the dock
recomputes after typing settles), autosave with comments under 20 ms."""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from _common import figures, sentence


def main() -> None:
    from lnv_editor.core.anchors import anchor_at, relocate
    from lnv_editor.core.diff import diff_words
    from lnv_editor.store.repository import Repository

    rng = random.Random(5)
    body = "\n\n".join(sentence(rng, 60) for _ in range(80))  # ~4,800 words
    with tempfile.TemporaryDirectory() as tmp:
        repo = Repository.open(Path(tmp) / "review.sqlite", tone_style="old")
        article = repo.create(title="Bài dài", lead="Sapo.", body=body)
        repo.tags.set_provinces(article.id, [("01", "Hà Nội")])
        ready_ms = []
        for _ in range(50):
            t = time.perf_counter()
            repo.review.readiness(article.id)
            ready_ms.append((time.perf_counter() - t) * 1000)
        print(f"article body: {len(body.split())} words, {len(body)} characters")
        print(figures("readiness check (store side)", ready_ms))

        for i in range(20):
            start = (i + 1) * len(body) // 22
            repo.comments.add(
                article.id,
                field="body",
                start=start,
                end=start + 20,
                text="Góp ý",
                author="B",
                role="editor",
            )
        version, save_ms = article.version, []
        for i in range(100):
            text = f"Câu mở đầu {i}. " + body  # every anchor moves
            t = time.perf_counter()
            version = repo.save(
                article.id, {"body": text}, base_version=version, reason="autosave"
            ).version
            save_ms.append((time.perf_counter() - t) * 1000)
        print(figures("autosave re-finding 20 comments", save_ms))

        edited = body.replace("làng", "xóm", 40)
        diff_ms = []
        for _ in range(10):
            t = time.perf_counter()
            diff_words(body, edited)
            diff_ms.append((time.perf_counter() - t) * 1000)
        print(figures("word diff of two versions", diff_ms))

        anchor = anchor_at(body, len(body) // 2, len(body) // 2 + 30)
        moved = body[: len(body) // 2 - 40] + body[len(body) // 2 - 35 :]
        gone = body[: len(body) // 2] + body[len(body) // 2 + 30 :]
        for label, text in (("exact (moved)", moved), ("no match (orphaned)", gone)):
            ms = []
            for _ in range(20):
                t = time.perf_counter()
                relocate(anchor, text)
                ms.append((time.perf_counter() - t) * 1000)
            print(figures(f"relocate one anchor, {label}", ms))
        repo.close()


if __name__ == "__main__":
    sys.exit(main())
