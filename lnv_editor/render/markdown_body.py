"""Markdown body -> safe HTML, with photos placed by reference.

A photo in the body is standard Markdown image syntax with a ``photo:`` address on a line
of its own: ``![](photo:12)``. The body only refers to photo 12; its alt text, caption and
credit live in the photo record, so editing a caption changes every place it appears. On
the page it becomes::

    <figure class="photo"><img src=… alt=…><figcaption>caption — credit</figcaption></figure>

Order of work, and why:

1. Python-Markdown turns the author's text into HTML. Photo references become empty
   placeholders carrying a per-process secret token; any other image (a remote address)
   becomes its alt text, since the page loads nothing from the network.
2. nh3 sanitises the result with only ``http``, ``https`` and ``mailto`` addresses allowed.
3. The placeholders are replaced by the figures, with addresses from the caller's resolver.
   The renderer's own addresses (``lnv-photo:…``, ``media/…``) never pass the sanitiser,
   and the author cannot forge a placeholder without the token.

Steps 1-2 depend only on the text, so ``render.blocks`` caches them per block; step 3 is a
cheap string pass that follows caption edits at once.
"""

from __future__ import annotations

import re
import secrets
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field

import markdown
import nh3
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markupsafe import escape

from lnv_editor.render.typography import smart_quotes

PHOTO_REF = re.compile(r"^photo:(\d+)$")
PHOTO_MARKDOWN = "![]({ref})"
MISSING_PHOTO_LABEL = "Ảnh {id} không còn trong bài"

# Unguessable per process: only the renderer's own placeholders are replaced by figures.
_TOKEN = secrets.token_hex(8)
_PLACEHOLDER = re.compile(r'<(figure|img) data-lnv-photo="' + _TOKEN + r':(\d+)">(?:</figure>)?')
_STRAY_MARK = re.compile(r' data-lnv-photo="[^"]*"')
_BARE_IMG = re.compile(r"<img>")  # an author's raw <img> once its address was removed


def photo_markdown(photo_id: int) -> str:
    """The Markdown that places photo *photo_id* in a body."""
    return PHOTO_MARKDOWN.format(ref=f"photo:{int(photo_id)}")


@dataclass(frozen=True, slots=True)
class PhotoRef:
    """What the page needs of a photo: the image address and its texts."""

    src: str
    alt: str
    caption: str
    credit: str
    width: int | None = None
    height: int | None = None
    srcset: str = ""


Resolver = Callable[[int], PhotoRef | None]


@dataclass
class RenderedBody:
    html: str
    photo_ids: list[int] = field(default_factory=list)  # in body order
    missing_photo_ids: list[int] = field(default_factory=list)  # referred to, not found


ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "sub",
    "sup", "blockquote", "ul", "ol", "li", "a", "code", "pre", "figure", "img", "table",
    "thead", "tbody", "tr", "th", "td", "span", "del",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"data-lnv-photo"},  # only placeholders: every real <img> is the renderer's
    "figure": {"data-lnv-photo"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}
_SMARTY = {
    "left-double-quote": "“", "right-double-quote": "”",
    "left-single-quote": "‘", "right-single-quote": "’",
    "ndash": "–", "mdash": "—", "ellipsis": "…",
}  # fmt: skip


class _PhotoPlaceholders(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag == "p" and _only_photo(child):
                    # A paragraph holding nothing but a photo becomes a figure ...
                    figure = ET.Element("figure", {"data-lnv-photo": _mark(child[0])})
                    figure.tail = child.tail
                    parent.remove(child)
                    parent.insert(index, figure)
        for parent in list(root.iter()):
            for child in list(parent):
                if child.tag != "img":
                    continue
                if PHOTO_REF.match(child.get("src", "")):
                    # ... a photo inside running text stays an inline image.
                    child.attrib = {"data-lnv-photo": _mark(child)}
                else:
                    _replace_with_text(parent, child, child.get("alt", ""))


def _only_photo(p: ET.Element) -> bool:
    return (
        len(p) == 1
        and p[0].tag == "img"
        and bool(PHOTO_REF.match(p[0].get("src", "")))
        and not (p.text or "").strip()
        and not (p[0].tail or "").strip()
    )


def _mark(img: ET.Element) -> str:
    return f"{_TOKEN}:{PHOTO_REF.match(img.get('src', '')).group(1)}"


def _replace_with_text(parent: ET.Element, child: ET.Element, text: str) -> None:
    # A remote image would load from the network: the page keeps only its alt text.
    text = text + (child.tail or "")
    index = list(parent).index(child)
    if index:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(child)


# A list may start right under a line of text, as CommonMark allows ("Các sản phẩm chính:"
# then "- Chum vại"); Python-Markdown would run it on in the paragraph. Only a bullet or
# "1." starts one there (CommonMark's rule: "2024. Một năm" in a sentence stays text).
_INTERRUPTING_ITEM = re.compile(r"^ {0,3}(?:[-*+]|1[.)])[ \t]+\S")
_ANY_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d+[.)])[ \t]")


class _ListAfterParagraph(Preprocessor):
    """Insert the blank line Python-Markdown needs between a paragraph and a list under it.
    Runs after fenced code and raw HTML are stashed, so their lines are placeholders."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        prose = in_list = False  # the previous line is running text / inside a list
        for line in lines:
            if not line.strip():
                prose = in_list = False
            elif _ANY_ITEM.match(line):
                if prose and not in_list and _INTERRUPTING_ITEM.match(line):
                    out.append("")
                in_list, prose = True, False
            elif not in_list:
                # Not a stashed block (\x02…), not indented code after a blank line.
                prose = not line.startswith("\x02") and (
                    prose or not line.startswith(("    ", "\t"))
                )
            out.append(line)
        return out


class _PhotoExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown API
        # After inline patterns (priority 20) made the <img>, before prettify (10).
        md.treeprocessors.register(_PhotoPlaceholders(md), "lnv_photos", 15)
        # After fenced code (25) and raw HTML (20) are stashed.
        md.preprocessors.register(_ListAfterParagraph(md), "lnv_list_after_paragraph", 10)


_local = threading.local()


def _markdown() -> markdown.Markdown:
    # One converter per thread, reset between documents: building one costs more than
    # converting a paragraph, and the preview renders from a worker thread.
    md = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(
            extensions=["sane_lists", "tables", "fenced_code", "smarty", _PhotoExtension()],
            extension_configs={
                "smarty": {"substitutions": _SMARTY},
                # align="…" survives sanitising; the default style="…" would not
                "tables": {"use_align_attribute": True},
            },
            output_format="html",
        )
        # Raw HTML is text: what the reporter typed is what readers see. A line starting
        # with a tag would otherwise open an HTML block that swallows what follows (and nh3
        # then drops it), so both HTML parsers of Python-Markdown are switched off and "<"
        # reaches the page escaped. Autolinks (<https://…>) and entities stay.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        _local.md = md
    return md


def markdown_to_safe_html(text: str) -> str:
    """Steps 1-2: Markdown to sanitised HTML with photo placeholders (no addresses yet)."""
    md = _markdown()
    try:
        html = md.reset().convert(text)
    finally:
        md.reset()
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def figure_html(photo_id: int, ref: PhotoRef | None, missing_label: str) -> str:
    """A photo on a line of its own: ``<figure>`` with image and caption, or the marker of a
    missing photo (class ``photo-missing``; *missing_label* is the caller's translation)."""
    if ref is None:
        note = escape(missing_label.format(id=photo_id))
        return (
            f'<figure class="photo photo-missing" data-photo-id="{photo_id}">'
            f"<figcaption>{note}</figcaption></figure>"
        )
    text = " — ".join(smart_quotes(t) for t in (ref.caption, ref.credit) if t)
    caption = f"<figcaption>{escape(text)}</figcaption>" if text else ""
    return (
        f'<figure class="photo" data-photo-id="{photo_id}">{_img(photo_id, ref, "")}'
        f"{caption}</figure>"
    )


def _img(photo_id: int, ref: PhotoRef, css_class: str) -> str:
    attrs = [f'src="{escape(ref.src)}"']
    if ref.srcset:
        attrs.append(f'srcset="{escape(ref.srcset)}" sizes="(max-width: 800px) 100vw, 760px"')
    attrs.append(f'alt="{escape(ref.alt)}"')
    if ref.width and ref.height:
        attrs.append(f'width="{int(ref.width)}" height="{int(ref.height)}"')
    if css_class:
        attrs.append(f'class="{css_class}"')
    attrs.append(f'loading="lazy" data-photo-id="{photo_id}"')
    return f"<img {' '.join(attrs)}>"


def place_photos(
    html: str, resolve: Resolver, missing_label: str = MISSING_PHOTO_LABEL
) -> RenderedBody:
    """Step 3: replace the placeholders in sanitised *html* by figures and inline images."""
    result = RenderedBody(html=html)
    if "data-lnv-photo" not in html and "<img>" not in html:
        return result  # most blocks: nothing to place

    def substitute(match: re.Match[str]) -> str:
        photo_id = int(match.group(2))
        ref = resolve(photo_id)
        (result.photo_ids if ref else result.missing_photo_ids).append(photo_id)
        if match.group(1) == "figure":
            return figure_html(photo_id, ref, missing_label)
        if ref is None:
            note = escape(missing_label.format(id=photo_id))
            return f'<span class="photo-missing" data-photo-id="{photo_id}">{note}</span>'
        return _img(photo_id, ref, "photo-inline")

    placed = _PLACEHOLDER.sub(substitute, html)
    result.html = _BARE_IMG.sub("", _STRAY_MARK.sub("", placed))
    return result


def render_body(
    text: str, resolve: Resolver | None = None, missing_label: str = MISSING_PHOTO_LABEL
) -> RenderedBody:
    """Render a whole Markdown body at once (no block cache, no pathological-input guard:
    ``render.blocks.BlockRenderer`` has both). Raw HTML in the body is shown as text."""
    return place_photos(markdown_to_safe_html(text), resolve or (lambda _i: None), missing_label)


def photo_ids_in(text: str) -> list[int]:
    """The photo ids a body refers to, in order (cheap: no rendering)."""
    return [int(m) for m in re.findall(r"!\[[^\]\n]*\]\(photo:(\d+)\)", text)]
