"""Markdown body -> safe HTML, with photos placed by reference.

A photo in the body is standard Markdown image syntax with a ``photo:`` address on a line
of its own: ``![](photo:12)``. The body only refers to photo 12; its alt text, caption and
credit live in the photo record, so editing a caption changes every place it appears. On
the page it becomes::

    <figure class="photo"><img src=… alt=…><figcaption>caption — credit</figcaption></figure>

One renderer serves preview and export; they differ only in ``resolve`` (where a photo's
image file is) .
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

PHOTO_REF = re.compile(r"^photo:(\d+)$")
PHOTO_MARKDOWN = "![]({ref})"


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


Resolver = Callable[[int], PhotoRef | None]


@dataclass
class RenderedBody:
    html: str
    photo_ids: list[int] = field(default_factory=list)  # in body order
    missing_photo_ids: list[int] = field(default_factory=list)  # referred to, not found


ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "sub", "sup",
    "blockquote", "ul", "ol", "li", "a", "code", "pre", "figure", "figcaption", "img", "table",
    "thead", "tbody", "tr", "th", "td", "span",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "loading", "data-photo-id"},
    "figure": {"class", "data-photo-id"},
    "span": {"class"},
    "th": {"align"},
    "td": {"align"},
}
URL_SCHEMES = {"http", "https", "mailto", "file", "data"}


class _PhotoFigures(Treeprocessor):
    def __init__(self, md: markdown.Markdown, resolve: Resolver, result: RenderedBody) -> None:
        super().__init__(md)
        self.resolve = resolve
        self.result = result

    def run(self, root: ET.Element) -> None:
        # A paragraph holding nothing but a photo becomes a figure ...
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag == "p" and len(child) == 1 and child[0].tag == "img" \
                        and not (child.text or "").strip() and not (child[0].tail or "").strip():
                    figure = self._figure(child[0])
                    if figure is not None:
                        figure.tail = child.tail
                        parent.remove(child)
                        parent.insert(index, figure)
        # ... a photo inside running text stays an inline image.
        for img in list(root.iter("img")):
            if PHOTO_REF.match(img.get("src", "")):
                self._inline(img)

    def _lookup(self, img: ET.Element) -> tuple[int, PhotoRef | None] | None:
        match = PHOTO_REF.match(img.get("src", ""))
        if not match:
            return None
        photo_id = int(match.group(1))
        ref = self.resolve(photo_id)
        (self.result.photo_ids if ref else self.result.missing_photo_ids).append(photo_id)
        return photo_id, ref

    def _figure(self, img: ET.Element) -> ET.Element | None:
        found = self._lookup(img)
        if found is None:
            return None
        photo_id, ref = found
        figure = ET.Element("figure", {"class": "photo", "data-photo-id": str(photo_id)})
        if ref is None:
            figure.set("class", "photo photo-missing")
            note = ET.SubElement(figure, "figcaption")
            note.text = f"[photo {photo_id} missing]"
            return figure
        attrs = {"src": ref.src, "alt": ref.alt, "loading": "lazy", "data-photo-id": str(photo_id)}
        if ref.width and ref.height:
            attrs |= {"width": str(ref.width), "height": str(ref.height)}
        ET.SubElement(figure, "img", attrs)
        text = " — ".join(t for t in (ref.caption, ref.credit) if t)
        if text:
            ET.SubElement(figure, "figcaption").text = text
        return figure

    def _inline(self, img: ET.Element) -> None:
        found = self._lookup(img)
        if found is None:
            return
        _photo_id, ref = found
        if ref is None:
            img.set("src", "")
            img.set("alt", "")
        else:
            img.set("src", ref.src)
            img.set("alt", ref.alt)


class _PhotoExtension(Extension):
    def __init__(self, resolve: Resolver, result: RenderedBody) -> None:
        super().__init__()
        self.resolve, self.result = resolve, result

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown API
        # After inline patterns (priority 20) made the <img>, before prettify (10).
        md.treeprocessors.register(_PhotoFigures(md, self.resolve, self.result), "lnv_photos", 15)


def render_body(text: str, resolve: Resolver | None = None) -> RenderedBody:
    """Render a Markdown body to sanitised HTML. Raw HTML in the body is sanitised, never trusted."""
    result = RenderedBody(html="")
    md = markdown.Markdown(
        extensions=["sane_lists", "smarty", _PhotoExtension(resolve or (lambda _i: None), result)],
        extension_configs={"smarty": {"smart_quotes": False}},
        output_format="html",
    )
    html = md.convert(text)
    result.html = nh3.clean(
        html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return result


def photo_ids_in(text: str) -> list[int]:
    """The photo ids a body refers to, in order (cheap: no rendering)."""
    return [int(m) for m in re.findall(r"!\[[^\]\n]*\]\(photo:(\d+)\)", text)]
