"""Review comments highlighted in the preview's page (render layer), and nowhere without them."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from lnv_editor.render.blocks import BlockRenderer
from lnv_editor.render.page import PreviewAddresses, render_body_blocks, render_page
from lnv_editor.store.comments import CommentRange
from tests.render.conftest import make_page

BODY = "Đoạn mở đầu về làng gốm.\n\nLò nung **Hưng Phát** đỏ lửa suốt đêm.\n\n![](photo:3)\n"
MARK = re.compile(r'<mark class="lnv-comment[^"]*" data-comment-id="(\d+)">(.*?)</mark>', re.S)


def at(text: str, passage: str, comment_id: int = 7) -> CommentRange:
    start = text.index(passage)
    return CommentRange(comment_id, start, start + len(passage), False)


def marks(html: str) -> list[tuple[str, str]]:
    return MARK.findall(html)


class _Balance(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element."""

    VOID = {"br", "hr", "img", "meta", "link", "input"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()


def well_formed(html: str) -> None:
    parser = _Balance()
    parser.feed(html)
    parser.close()
    assert parser.stack == []


def body_blocks(body: str, comments):
    page = make_page(body=body)
    return render_body_blocks(
        page, addresses=PreviewAddresses(), renderer=BlockRenderer(), comments=comments
    )


def test_body_range_is_one_mark_in_its_block_with_one_marker():
    blocks = body_blocks(BODY, {"body": [at(BODY, "làng gốm")]})
    assert marks(blocks[0].html) == [("7", "làng gốm")]
    assert blocks[0].html.count('<sup class="lnv-comment-marker" data-comment-id="7">7</sup>') == 1
    assert all("lnv-comment" not in block.html for block in blocks.blocks[1:])
    # The rest of the body renders as without comments.
    plain = body_blocks(BODY, None)
    assert [b.html for b in blocks.blocks[1:]] == [b.html for b in plain.blocks[1:]]
    assert (
        MARK.sub(r"\2", blocks[0].html).replace(
            '<sup class="lnv-comment-marker" data-comment-id="7">7</sup>', ""
        )
        == plain[0].html
    )


def test_range_across_inline_markup_and_blocks_stays_well_formed():
    passage = "làng gốm.\n\nLò nung **Hưng"
    blocks = body_blocks(BODY, {"body": [at(BODY, passage, 9)]})
    for block in blocks:
        well_formed(block.wrapped())
    assert [text for _id, text in marks(blocks[0].html)] == ["làng gốm."]
    assert [text for _id, text in marks(blocks[1].html)] == ["Lò nung ", "Hưng"]
    assert "<strong><mark" in blocks[1].html
    # One marker, after the last piece; the block structure is unchanged.
    assert "lnv-comment-marker" not in blocks[0].html
    assert blocks[1].html.count("lnv-comment-marker") == 1
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "photo"]


def test_overlapping_ranges_nest_without_broken_html():
    body = "Một hai ba bốn năm sáu bảy."
    blocks = body_blocks(body, {"body": [at(body, "hai ba bốn", 1), at(body, "bốn năm", 2)]})
    well_formed(blocks[0].html)
    assert "".join(text for _i, text in marks(blocks[0].html)) == "hai ba bốn năm"
    assert blocks[0].html.count("lnv-comment-marker") == 2


def test_list_heading_and_link_syntax_survive_a_range():
    body = "## Tiêu đề phụ\n\n- mục một\n- mục [hai](https://lnv.vn/a)\n"
    comments = {"body": [CommentRange(3, 0, len(body), False)]}
    blocks = body_blocks(body, comments)
    assert blocks[0].html.startswith("<h2><mark")
    assert "<ul>" in blocks[1].html and blocks[1].html.count("<li>") == 2
    assert '<a href="https://lnv.vn/a" rel="noopener noreferrer">' in blocks[1].html
    for block in blocks:
        well_formed(block.html)


def test_script_in_a_commented_range_stays_escaped():
    title = "Lò <script>alert(1)</script> gốm"
    body = "Chữ <script>alert(2)</script> và <b onclick=x>đậm</b>."
    html = render_page(
        make_page(title=title, body=body),
        addresses=PreviewAddresses(),
        comments={"title": [at(title, "<script>alert(1)</script>")], "body": [at(body, body)]},
    ).html
    assert "<script>" not in html and "<b onclick" not in html
    assert '<mark class="lnv-comment" data-comment-id="7">&lt;script&gt;alert(1)' in html
    # raw HTML in the body is text: shown as typed, never markup
    assert "&lt;script&gt;alert(2)&lt;/script&gt; và &lt;b onclick=x&gt;đậm&lt;/b&gt;." in html


def test_title_lead_and_caption_marks():
    page = make_page(body=BODY)
    caption = page.photos[0].caption
    html = render_page(
        page,
        addresses=PreviewAddresses(),
        comments={
            "title": [at(page.title, "Bát Tràng", 1)],
            "lead": [at(page.lead, "đỏ lửa", 2)],
            f"caption:{page.photos[0].id}": [at(caption, "Hưng Phát", 3)],
        },
    ).html
    title_tag = re.search(r"<title>(.*?)</title>", html).group(1)
    assert "mark" not in title_tag and "Bát Tràng" in title_tag and "\U000f0000" not in html
    h1 = re.search(r'<h1 class="article-title">(.*?)</h1>', html).group(1)
    assert marks(h1) == [("1", "Bát Tràng")]
    lead = re.search(r'<p class="article-lead">(.*?)</p>', html).group(1)
    assert lead.startswith("LNV - ") and marks(lead) == [("2", "đỏ lửa")]
    figcaption = re.search(r"<figcaption>(.*?)</figcaption>", html).group(1)
    assert marks(figcaption) == [("3", "Hưng Phát")]
    assert len(marks(html)) == 3 and html.count("lnv-comment-marker") == 3


@pytest.mark.parametrize("comments", [None, {}, {"body": []}])
def test_no_comments_is_byte_identical(comments):
    page = make_page(body=BODY, title='Gốm "Bát Tràng"')
    plain = render_page(page, addresses=PreviewAddresses()).html
    assert render_page(page, addresses=PreviewAddresses(), comments=comments).html == plain
    assert "lnv-comment" not in plain and "<mark" not in plain


def test_sentinels_typed_by_the_author_are_neutralised():
    body = "Chữ \U000f0000 lạ và \U00100000 nữa."
    blocks = body_blocks(body, {"body": [at(body, "lạ", 4)]})
    assert marks(blocks[0].html) == [("4", "lạ")]
    assert "\U000f0000" not in blocks[0].html and "\U00100000" not in blocks[0].html


def test_ranges_out_of_the_text_are_ignored():
    blocks = body_blocks("Ngắn.", {"body": [CommentRange(5, 3, 99, False)]})
    assert marks(blocks[0].html) == [("5", "n.")]
    empty = body_blocks("Ngắn.", {"body": [CommentRange(5, 40, 99, False)]})
    assert "mark" not in empty[0].html
