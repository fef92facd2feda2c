"""index.html: the portal page of the article, from the renderer the preview uses.

Only the addresses and the page's head differ from the preview: photos point at the bundle's
``media/`` files, and the head carries schema.org JSON-LD and Open Graph tags. The page is
standalone: no script (the renderer's Content-Security-Policy forbids them), nothing remote.
"""

from __future__ import annotations

import json

from markupsafe import Markup, escape

from lnv_editor.export.model import ArticleExport, iso
from lnv_editor.render.addresses import ExportAddresses
from lnv_editor.render.context import province_label
from lnv_editor.render.page import (
    PageData,
    PagePhoto,
    RenderedPage,
    SiteChrome,
    StoryCard,
    render_page,
    vietnamese_date,
)


class BundleAddresses:
    """The renderer's address policy for a bundle. Photos are identified by their number in
    the article (``PagePhoto.id``), and each rendition is the bundle file named by the SHA-256
    of its bytes, a name that survives import into another store and export again. Story
    links are the portal's ``<slug>.html``, as ``ExportAddresses`` makes them."""

    img_sources = "'self'"

    def __init__(self, article: ArticleExport) -> None:
        self._stories = ExportAddresses()
        self._names = {(p.number, r.width): r.name for p in article.photos for r in p.renditions}

    def photo(self, photo, width: int) -> str:
        return self._names[(int(photo.id), int(width))]

    def story(self, article_id: int, slug: str) -> str:
        return self._stories.story(article_id, slug)


def page_data(article: ArticleExport, addresses: BundleAddresses) -> PageData:
    """What the page shows, from the exported article alone, as ``build_page_data`` would
    show it but for two things, so that the page of a bundle is the same whenever and wherever
    it is made: photos are numbered by their place (no store ids), and the lists of other
    stories (newer, others, latest) are left out: they change whenever another story is
    published, and their thumbnails are not in the bundle."""
    photos = tuple(
        PagePhoto(
            id=p.number,
            sha256=p.uri.removeprefix("urn:sha256:"),
            width=p.renditions[0].actual_width,
            height=p.renditions[0].actual_height,
            caption=p.caption,
            credit=p.credit,
            alt=p.alt,
            cover=p.cover,
        )
        for p in article.photos
    )
    related = tuple(
        StoryCard(id=0, title=r.title, url=addresses.story(0, r.slug))
        for r in article.related
        if r.slug  # a story not in this store yet has no page to link to
    )
    return PageData(
        article_id=0,
        title=article.title,
        lead=article.lead,
        body=article.body,
        byline=article.byline,
        section=article.section,
        slug=article.slug,
        updated=article.updated,
        # The date strip shows the article's date, not today's: the same version must give
        # the same bytes whenever it is exported.
        chrome=SiteChrome(date_text=vietnamese_date(article.updated.date())),
        photos=photos,
        provinces=tuple(province_label(t.code, t.name_used) for t in article.provinces),
        related=related,
    )


def json_ld(article: ArticleExport) -> str:
    """schema.org NewsArticle, escaped for a ``<script type="application/ld+json">`` block:
    ``<``, ``>`` and ``&`` as JSON escapes, so no title can close the element."""
    cover = next(
        (p for p in article.photos if p.cover), article.photos[0] if article.photos else None
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead,
        "inLanguage": "vi",
        "datePublished": iso(article.created),
        "dateModified": iso(article.updated),
        "author": [{"@type": "Person", "name": article.byline}] if article.byline else [],
        "articleSection": article.section,
        "identifier": article.uri,
        "image": [r.name for r in cover.renditions] if cover else [],
        "contentLocation": [{"@type": "Place", "name": t.name} for t in article.provinces],
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def head_extra(article: ArticleExport) -> Markup:
    cover = next((p for p in article.photos if p.cover), None)
    tags = [
        ("og:type", "article"),
        ("og:locale", "vi_VN"),
        ("og:title", article.title),
        ("og:description", article.lead),
        ("article:published_time", iso(article.created)),
        ("article:modified_time", iso(article.updated)),
    ]
    if article.section:
        tags.append(("article:section", article.section))
    if cover is not None:
        main = cover.renditions[0]
        tags += [
            ("og:image", main.name),
            ("og:image:width", str(main.actual_width)),
            ("og:image:height", str(main.actual_height)),
            ("og:image:alt", cover.alt),
        ]
    lines = [f'<script type="application/ld+json">{json_ld(article)}</script>']
    lines += [f'<meta property="{escape(k)}" content="{escape(v)}">' for k, v in tags]
    return Markup("\n".join(lines) + "\n")  # noqa: S704 - every value escaped above


def render_index(article: ArticleExport) -> RenderedPage:
    """The page of *article* as the bundle's index.html (``.html``) and the sanitised body
    (``.body_html``) that article.json carries."""
    addresses = BundleAddresses(article)
    return render_page(
        page_data(article, addresses), addresses=addresses, head_extra=head_extra(article)
    )
