"""The body as blocks: same markup as a whole render, and only edited blocks re-render."""

from __future__ import annotations

import re

import pytest

from lnv_editor.core.demo import DEMO_ARTICLES
from lnv_editor.render import blocks as blocks_module
from lnv_editor.render.blocks import (
    BlockRenderer,
    diff_blocks,
    needs_full_render,
    split_blocks,
)
from lnv_editor.render.markdown_body import PhotoRef, render_body
from lnv_editor.render.page import PreviewAddresses, render_page
from tests.render.conftest import make_page

MIXED = (
    '# Tiêu đề\n\nĐoạn một có "trích dẫn".\n\n- mục a\n- mục b\n\n- mục c rời\n\n'
    '    đoạn tiếp của mục c\n\n> trích một\n\n> trích hai\n\n```\ncode "x"\n\n\nvẫn là code\n```\n\n'
    "1. một\n2. hai\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n![](photo:3)\n\n"
    "Câu có ![](photo:3) ở giữa.\n\n<div>\n\nHTML thô\n\n</div>\n\n    mã thụt lề\n\n"
    "<!-- ghi chú\n\nnhiều dòng -->\n\nĐoạn cuối\nhai dòng.\n\n***\n\nTiêu đề gạch\n===\n"
)


def _resolve(photo_id: int) -> PhotoRef | None:
    return (
        PhotoRef(f"lnv-photo:{photo_id}/800", "ảnh", "Chú thích", "Ảnh: LNV")
        if photo_id == 3
        else None
    )


def _squash(html: str) -> str:
    return re.sub(r">\s+<", "><", html).strip()


@pytest.mark.parametrize(
    "source", [MIXED] + [a["body"] for a in DEMO_ARTICLES], ids=lambda s: s[:20]
)
def test_blocks_render_what_the_whole_document_renders(source):
    rendered = BlockRenderer().render(source, _resolve)
    whole = render_body(source, _resolve)
    assert _squash("\n".join(b.html for b in rendered)) == _squash(whole.html)
    assert rendered.photo_ids == whole.photo_ids
    assert rendered.missing_photo_ids == whole.missing_photo_ids


def test_page_body_is_exactly_the_blocks_concatenated():
    page = render_page(make_page(body=MIXED), addresses=PreviewAddresses())
    joined = "\n".join(block.wrapped() for block in page.blocks)
    assert page.body_html == joined
    assert f'<div class="article-body" id="article-body">\n{joined}\n    </div>' in page.html


def test_blocks_carry_their_source_lines():
    source = "Một\n\n## Hai\n\n- a\n- b\n\n```\nx\n\ny\n```\n\nCuối"
    found = [(b.start_line, b.end_line, b.kind) for b in split_blocks(source)]
    assert found == [(1, 1, "paragraph"), (3, 3, "heading"), (5, 6, "list"),
                     (8, 12, "code"), (14, 14, "paragraph")]  # fmt: skip
    rendered = BlockRenderer().render(source)
    assert rendered.block_at_line(10).kind == "code"
    assert rendered.block_at_line(7).index == 2  # a blank line belongs to the block above
    assert 'data-block="3" data-src-line="8" data-src-end="12"' in rendered.html


def test_an_edit_in_one_paragraph_re_renders_and_changes_only_that_block(monkeypatch):
    body = DEMO_ARTICLES[1]["body"]
    renderer = BlockRenderer()
    old = renderer.render(body)
    paragraphs = body.split("\n\n")
    paragraphs[3] += " Câu mới thêm vào."
    converted: list[str] = []
    real = blocks_module.markdown_to_safe_html
    monkeypatch.setattr(blocks_module, "markdown_to_safe_html",
                        lambda text: converted.append(text) or real(text))  # fmt: skip
    new = renderer.render("\n\n".join(paragraphs))
    assert converted == [paragraphs[3]]  # the others came from the cache
    diff = diff_blocks(old, new)
    assert (diff.full, diff.changed, diff.inserted, diff.removed, diff.renumbered) == (
        False, (3,), (), (), ())  # fmt: skip
    assert "Câu mới thêm vào." in new[3].html and new[3].html != old[3].html


def test_inserting_and_removing_paragraphs():
    renderer = BlockRenderer()
    old = renderer.render("Một\n\nHai\n\nBa")
    added = renderer.render("Một\n\nMới chèn\n\nHai\n\nBa")
    diff = diff_blocks(old, added)
    assert (diff.changed, diff.inserted, diff.removed) == ((), (1,), ())
    assert diff.renumbered == (2, 3)  # same HTML, new index and lines: update attributes only
    diff = diff_blocks(added, old)
    assert (diff.changed, diff.inserted, diff.removed) == ((), (), (1,))
    assert diff_blocks(old, renderer.render("Một\n\nHai\n\nBa")).unchanged


def test_reference_definitions_force_a_full_render():
    renderer = BlockRenderer()
    before = "Xem [Bộ][bct].\n\nĐoạn khác."
    after = before + "\n\n[bct]: https://moit.gov.vn"
    assert needs_full_render(before, after)
    assert not needs_full_render(before, before.replace("khác", "sau"))
    old, new = renderer.render(before), renderer.render(after)
    assert diff_blocks(old, new).full
    assert '<a href="https://moit.gov.vn"' in new[0].html  # defined far away, used here
    assert diff_blocks(None, new).full
    # A definition inside fenced code is code, not a definition.
    assert not needs_full_render(before, before + "\n\n```\n[bct]: https://x.vn\n```")


def test_a_caption_edit_shows_without_re_rendering_the_block(monkeypatch):
    renderer = BlockRenderer()
    renderer.render("![](photo:3)", _resolve)
    monkeypatch.setattr(blocks_module, "markdown_to_safe_html", lambda text: pytest.fail(text))
    caption = PhotoRef("lnv-photo:3/800", "ảnh", "Chú thích mới", "")
    again = renderer.render("![](photo:3)", lambda i: caption)
    assert "<figcaption>Chú thích mới</figcaption>" in again.html


def test_the_cache_is_bounded():
    renderer = BlockRenderer(max_cached=3)
    renderer.render("a\n\nb\n\nc\n\nd\n\ne")
    assert len(renderer._cache) == 3


def _line_by_line(source: str) -> list[tuple[str, int, int, str]]:
    """The split as a whole, line by line, as it was made before it learned to start from a
    recent split (typed HTML is text: no block waits for a closing tag)."""
    from lnv_editor.render.split import _chunks, _joins, _kind

    lines = source.split("\n")
    blocks: list[list] = []
    for first, last in _chunks(lines):
        text = "\n".join(lines[first : last + 1])
        if blocks and _joins(blocks[-1][0], blocks[-1][3], text):
            previous = blocks.pop()
            text = "\n".join(lines[previous[1] - 1 : last + 1])
            blocks.append([text, previous[1], last + 1, previous[3]])
            continue
        blocks.append([text, first + 1, last + 1, _kind(text)])
    return [tuple(b) for b in blocks]


PIECES = [
    "Làng gốm Bát Tràng.", "", "", " ", "\t", "\u00a0", "  tiếp", "- mục", "1. một", "> trích",
    "## Tiêu đề", "<div>", "</div>", "<!-- ghi chú", "-->", "    mã", "| a | b |", "|---|---|",
    "![](photo:3)", "[lnv]: https://lnv.vn", "chữ **đậm**", "```", "~~~",
]  # fmt: skip


def test_split_while_typing_is_the_whole_split():
    """Each key re-splits only around the edit: the blocks are those of splitting the whole
    text, whatever the edit (a letter, a line break, a blank line, a pasted list or HTML
    block, a deletion across blocks, undo to an earlier text)."""
    import random

    rng = random.Random(21)
    for _round in range(12):
        lines = [rng.choice(PIECES[:-2]) for _ in range(rng.randint(0, 60))]
        source = "\n".join(lines)
        history = [source]
        for _step in range(60):
            roll, at = rng.random(), rng.randint(0, len(source))
            if roll < 0.45:
                typed = rng.choice(["a", " ", "\n", "\n\n", "> ", "- ", "<div>", "-->", "    "])
                source = source[:at] + typed + source[at:]
            elif roll < 0.65:
                source = source[:at] + source[at + rng.randint(1, 40) :]
            elif roll < 0.85:
                pasted = "\n".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
                source = source[:at] + "\n" + pasted + "\n" + source[at:]
            else:
                source = rng.choice(history)
            history.append(source)
            blocks = split_blocks(source)
            found = [(b.text, b.start_line, b.end_line, b.kind) for b in blocks]
            assert found == _line_by_line(source), source
            # Each block knows where it starts in the text (the comment marks cut by it).
            assert [source[b.offset : b.offset + len(b.text)] for b in blocks] == [
                b.text for b in blocks
            ], source
