"""The live preview re-renders only the blocks an edit changed: a render that reuses the
previous one's blocks is exactly a fresh render, whatever the edit, the comments or photos."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from lnv_editor.render.blocks import BlockRenderer
from lnv_editor.render.page import PreviewAddresses, render_body_blocks
from tests.render.conftest import PHOTOS, make_page


@dataclass(frozen=True)
class Span:
    comment_id: int
    start: int
    end: int


PIECES = [
    "Làng gốm Bát Tràng đỏ lửa suốt ngày đêm.", "", "", "- mục một", "1. một", "> trích dẫn",
    "## Tiêu đề", "    mã thụt lề", "| a | b |", "|---|---|", "![](photo:3)", "![](photo:4)",
    "![](photo:9)", "Câu có [liên kết][lnv] và **đậm**.", "[lnv]: https://lnv.vn", "<div>",
    "chữ *nghiêng* và `mã`",
]  # fmt: skip


def _comments(rng: random.Random, body: str, captions: dict[int, str]) -> dict:
    """A few comments on the body and the captions, some of them overlapping."""
    ranges: dict[str, list[Span]] = {}
    for comment_id in rng.sample(range(1, 30), rng.randint(0, 6)):
        key = rng.choice(["body", "body", "body", "caption:3", "caption:4"])
        text = body if key == "body" else captions[int(key.split(":")[1])]
        if len(text) < 2:
            continue
        start = rng.randrange(len(text) - 1)
        end = min(len(text), start + rng.randint(1, 60))
        ranges.setdefault(key, []).append(Span(comment_id, start, end))
    return ranges


def _shown(blocks) -> list[tuple]:
    return [
        (b.index, b.start_line, b.end_line, b.kind, b.text, b.html, b.photo_ids,
         b.missing_photo_ids)
        for b in blocks
    ]  # fmt: skip


def test_reusing_the_previous_render_is_a_fresh_render_after_random_edits():
    rng = random.Random(7)
    addresses = PreviewAddresses()
    for _round in range(6):
        body = "\n\n".join(rng.choice(PIECES) for _ in range(rng.randint(5, 40)))
        page = make_page(body=body)
        renderer = BlockRenderer()
        comments = _comments(rng, body, {p.id: p.caption for p in PHOTOS})
        previous = render_body_blocks(
            page, addresses=addresses, renderer=renderer, comments=comments
        )
        for _step in range(40):
            roll, at = rng.random(), rng.randint(0, len(body))
            if roll < 0.5:
                typed = rng.choice(["a", " ", "ế", "\n", "\n\n", "*", "[", "]: x"])
                body = body[:at] + typed + body[at:]
            elif roll < 0.7:
                body = body[:at] + body[at + rng.randint(1, 30) :]
            elif roll < 0.85:
                pasted = "\n\n".join(rng.choice(PIECES) for _ in range(rng.randint(1, 4)))
                body = body[:at] + pasted + body[at:]
            else:  # the comments moved, came or went (a save, a reply, a resolve)
                comments = _comments(rng, body, {p.id: p.caption for p in PHOTOS})
            page = replace(page, body=body)
            reused = render_body_blocks(
                page, addresses=addresses, renderer=renderer, comments=comments, reuse=previous
            )
            fresh = render_body_blocks(
                page, addresses=addresses, renderer=BlockRenderer(), comments=comments
            )
            assert _shown(reused) == _shown(fresh), body
            assert reused.definitions == fresh.definitions
            previous = reused


def test_an_edit_renders_only_the_edited_block(monkeypatch):
    """Unchanged blocks take their HTML, photos and marks from the previous render."""
    body = "\n\n".join(f"Đoạn số {n} của bài." for n in range(50)) + "\n\n![](photo:3)"
    page = make_page(body=body)
    comments = {"body": [Span(1, 0, 5), Span(2, 40, 50)]}  # before the edit: still in place
    renderer = BlockRenderer()
    addresses = PreviewAddresses()
    previous = render_body_blocks(page, addresses=addresses, renderer=renderer, comments=comments)
    rendered: list[str] = []
    original = BlockRenderer.safe_html

    def spy(self, text, kind="paragraph"):
        rendered.append(text)
        return original(self, text, kind)

    monkeypatch.setattr(BlockRenderer, "safe_html", spy)
    edited = replace(page, body=body.replace("Đoạn số 20 ", "Đoạn số 20 mới "))
    render_body_blocks(
        edited, addresses=addresses, renderer=renderer, comments=comments, reuse=previous
    )
    assert rendered == ["Đoạn số 20 mới của bài."]
