"""Raw HTML in the body is text: every word the reporter typed reaches the preview, the
exported page and the ninjs body, and nothing typed becomes markup."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from bundle_helpers import PORTAL

from lnv_editor.export.page_data import build_page_data
from lnv_editor.export.run import export_articles
from lnv_editor.render.addresses import PreviewAddresses
from lnv_editor.render.page import render_page

BODY = """Đoạn một về làng gốm.

<template>ghi chú của phóng viên

Đoạn hai không được mất.

<div>
Đoạn ba nằm sau thẻ div, có <b onclick="x()">chữ đậm giả</b> và <span>nhãn</span>.

<!-- bình luận chưa đóng

Đoạn bốn sau bình luận.

<script>alert("xin chào")</script> Đoạn năm có mã độc giả.

Mẫu {{ 7*7 }} và {% if cờ %}khối{% endif %} cùng ${biến} không được tính.

</div> Đoạn sáu khép thẻ <style>p{}</style> cuối bài.

<img src="https://ảnh.vn/a.jpg" alt="ảnh ngoài"> Đoạn bảy sau ảnh ngoài."""

# Every word of every paragraph, as readers must see it.
WORDS = sorted(set(re.findall(r"\w+", BODY)))


class _Text(HTMLParser):
    """The text of #article-body, and the tags inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth, self.text, self.tags = 0, [], []

    def handle_starttag(self, tag, attrs):
        if self.depth or dict(attrs).get("id") == "article-body":
            self.depth += 1
            own = dict(attrs).get("class") == "md-block" or dict(attrs).get("id") == "article-body"
            if not own:  # the body's container and the preview's block wrappers are ours
                self.tags.append(tag)

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def _body_text(html: str, *, whole: bool = False) -> tuple[str, list[str]]:
    parser = _Text()
    parser.depth = 1 if whole else 0
    parser.feed(html)
    return "".join(parser.text), parser.tags


def _assert_as_typed(text: str, tags: list[str]) -> None:
    missing = [w for w in WORDS if w not in text]
    assert not missing, f"words lost: {missing}"
    for typed in ("<template>", "<div>", '<b onclick="x()">', "<script>", "{{ 7*7 }}"):
        assert typed in text.replace("\u201c", '"').replace("\u201d", '"'), typed
    assert not {"template", "div", "b", "span", "script", "style", "img"} & set(tags), tags


def test_every_word_reaches_preview_page_and_ninjs(repo, newsroom, tmp_path):
    article_id = newsroom.article(photos=0)
    article = repo.get(article_id)
    repo.save(article_id, {"body": BODY}, base_version=article.version, reason="save")
    newsroom.approve(article_id)

    preview = render_page(
        build_page_data(repo, article_id, addresses=PreviewAddresses(), today=article.created),
        addresses=PreviewAddresses(),
    ).html
    _assert_as_typed(*_body_text(preview))

    export_articles(repo, [article_id], "folder", tmp_path / "out", workers=1, portal=PORTAL)
    (folder,) = (tmp_path / "out").glob("*-*/")
    _assert_as_typed(*_body_text((folder / "index.html").read_text(encoding="utf-8")))
    doc = json.loads((folder / "article.json").read_text(encoding="utf-8"))
    (html_body,) = [b["value"] for b in doc["bodies"] if b["contentType"] == "text/html"]
    _assert_as_typed(*_body_text(html_body, whole=True))
    # the readiness check told the reporter where the first tag is
    report = repo.review.readiness(article_id)
    found = [f.position for f in report.warnings if f.code == "raw_html"]
    assert found and found[0] == BODY.index("<template>")
