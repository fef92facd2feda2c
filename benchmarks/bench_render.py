"""Rendering the article page: a 1,500-word article with 5 photos and a 20,000-word one.

For each: a full page render with a cold block cache (what the preview's first render and
an export cost), a full page render with a warm cache, and the live preview's path after a
one-paragraph edit (re-render the body's blocks, only the edited one converted, plus the
diff the preview patches from), p50/p95 over 100 edits.

``--pathological`` also times the guard's worst cases (40 KB of "[", 5,000 nested ">", …).

Target: a one-paragraph edit re-renders in well under 16 ms (one frame) for both sizes.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date

from _common import figures, sentence


def _article(rng: random.Random, words: int, photos: int) -> str:
    paragraphs, count, n = [], 0, 0
    while count < words:
        if n and n % 6 == 0:
            paragraphs.append(f"## {sentence(rng, 6)}")
        length = rng.randint(40, 90)
        text = sentence(rng, length) + "."
        if n % 5 == 2:
            text = f'"{text}" - ông {sentence(rng, 2)} cho biết.'
        paragraphs.append(text)
        count += length
        n += 1
    step = max(1, len(paragraphs) // (photos + 1))
    for k in range(photos, 0, -1):
        paragraphs.insert(k * step, f"![](photo:{k})")
    return "\n\n".join(paragraphs)


def _page(body: str, photos: int):
    from lnv_editor.render.page import PageData, PagePhoto, SiteChrome, StoryCard

    cards = tuple(
        StoryCard(100 + i, f"Tin liên quan {i}", "Sapo ngắn.", f"lnv-article:{100 + i}")
        for i in range(5)
    )
    return PageData(
        article_id=1, title="Bài thử tốc độ", lead="Sapo bài thử.", body=body, byline="LNV",
        section="Làng nghề", chrome=SiteChrome.sample(date(2026, 11, 29)),
        photos=tuple(
            PagePhoto(k, f"{k:064x}", 1600, 1067, f"Chú thích {k}", "Ảnh: LNV", f"Ảnh {k}")
            for k in range(1, photos + 1)
        ),
        related=cards, newer=cards, others=cards, latest=cards, most_read=cards,
    )  # fmt: skip


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def bench(label: str, words: int, photos: int, rng: random.Random) -> None:
    import dataclasses

    from lnv_editor.render.blocks import BlockRenderer, diff_blocks
    from lnv_editor.render.markdown_body import PhotoRef
    from lnv_editor.render.page import PreviewAddresses, render_page

    body = _article(rng, words, photos)
    page = _page(body, photos)
    addresses = PreviewAddresses()
    cold, warm = [], []
    for _ in range(10 if words > 5000 else 30):
        renderer = BlockRenderer()
        start = time.perf_counter()
        render_page(page, addresses=addresses, renderer=renderer)
        cold.append(_ms(start))
        start = time.perf_counter()
        render_page(page, addresses=addresses, renderer=renderer)
        warm.append(_ms(start))
    print(f"{label}: {len(body.split())} words, {photos} photos, {len(body) // 1024} KB")
    print("  " + figures("full page, cold cache", cold))
    print("  " + figures("full page, warm cache", warm))

    def resolve(photo_id: int) -> PhotoRef:
        return PhotoRef(f"lnv-photo:{photo_id}/800", "alt", "Chú thích", "Ảnh: LNV", 800, 533)

    renderer = BlockRenderer()
    current = renderer.render(body, resolve)
    paragraphs = body.split("\n\n")
    edits, pages = [], []
    for _ in range(100):
        index = rng.choice([i for i, p in enumerate(paragraphs) if not p.startswith(("#", "!"))])
        paragraphs[index] += " " + sentence(rng, 1)
        text = "\n\n".join(paragraphs)
        start = time.perf_counter()
        new = renderer.render(text, resolve)
        diff = diff_blocks(current, new)
        edits.append(_ms(start))
        assert diff.changed == (index,) and not diff.full, diff
        current = new
        start = time.perf_counter()
        render_page(dataclasses.replace(page, body=text), addresses=addresses, renderer=renderer)
        pages.append(_ms(start))
    print("  " + figures("one-paragraph edit: blocks + diff", edits))
    print("  " + figures("one-paragraph edit: whole page from cache", pages))


def pathological() -> None:
    from lnv_editor.render.blocks import BlockRenderer

    cases = {
        "40 KB of '['": "[" * 40000,
        "20,000 '!['": "![" * 20000,
        "10,000 '[a]('": "[a](" * 10000,
        "5,000 nested '>'": "> " * 5000 + "x",
        "3,000 lines, one '>' deeper each": "\n".join(">" * i + " x" for i in range(1, 3000)),
        "list nested 500 deep": "\n".join("    " * i + "- x" for i in range(500)),
        "10,000 '<a '": "<a " * 10000,
    }
    print("pathological input (guarded):")
    for label, text in cases.items():
        start = time.perf_counter()
        BlockRenderer().render(text)
        print(f"  {label}: {_ms(start):.0f} ms")


def main() -> None:
    rng = random.Random(5)
    bench("1,500-word article", 1500, 5, rng)
    bench("20,000-word article", 20000, 5, rng)
    if "--pathological" in sys.argv:
        pathological()


if __name__ == "__main__":
    main()
