"""index.html: the portal page of the article, from the renderer the preview uses.

Only the addresses and the page's head differ from the preview: photos point at the bundle's
``media/`` files, and the head carries schema.org JSON-LD and Open Graph tags. The page is
standalone: no script (the renderer's Content-Security-Policy forbids them), nothing remote.
"""

from __future__ import annotations

import json
from datetime import datetime

from markupsafe import Markup, escape

from lnv_editor.export.model import ArticleExport, PhotoExport, iso
from lnv_editor.export.page_data import LIST_LENGTH, SIDEBAR_LENGTH, province_label
from lnv_editor.export.portal import BatchStory, BundleLinks, Portal
from lnv_editor.render.markdown_body import photo_ids_in
from lnv_editor.render.page import (
    PageData,
    PagePhoto,
    RenderedPage,
    SiteChrome,
    StoryCard,
    render_page,
    vietnam_time,
    vietnamese_date,
)


class BundleAddresses:
    """The renderer's address policy for a bundle. Photos are identified by their number in
    the article (``PagePhoto.id``), and each rendition is the bundle file named by the SHA-256
    of its bytes, a name that survives import into another store and export again. What the
    page loads stays relative, so the bundle opens from a folder with no network."""

    img_sources = "'self'"

    def __init__(self, article: ArticleExport, links: BundleLinks | None = None) -> None:
        self.links = links or BundleLinks()
        self._names = {(p.number, r.width): r.name for p in article.photos for r in p.renditions}

    def photo(self, photo, width: int) -> str:
        return self._names[(int(photo.id), int(width))]

    def story(self, article_id: int, slug: str) -> str:
        return self.links.portal.article_url(slug)


def page_data(article: ArticleExport, addresses: BundleAddresses) -> PageData:
    """What the page shows, from the exported article and its batch, as ``build_page_data``
    would show it but for two things, so that the page of a bundle is the same whenever it is
    made from the same batch: photos are numbered by their place (no store ids), and the lists
    of other stories (newer, others, latest) hold only the other stories of the same folder or
    zip export (linked relatively, without thumbnails, which are not in this bundle); alone,
    or in a publish store (whose website builds its own lists), they are left out."""
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
        StoryCard(id=0, title=r.title, url=addresses.links.story(r.uri, r.slug) or "")
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
        chrome=SiteChrome(
            date_text=vietnamese_date(vietnam_time(article.updated).date()),
            home_url=addresses.links.portal.base,
            site_name=addresses.links.portal.publisher,
        ),
        photos=photos,
        provinces=tuple(province_label(t.code, t.name_used) for t in article.provinces),
        related=related,
        **_batch_lists(article, addresses.links),
    )


def _batch_lists(article: ArticleExport, links: BundleLinks) -> dict[str, tuple[StoryCard, ...]]:
    """Tin mới hơn, Tin khác, Mới nhất (and Đọc nhiều: no view counts offline, so the latest,
    as ``export.page_data`` does) from the other stories of the batch, ties broken by uri."""
    if not links.relative_batch:
        return {}
    others = [s for s in links.stories if s.uri != article.uri]

    def card(story: BatchStory) -> StoryCard:
        return StoryCard(
            id=0,
            title=story.title,
            lead=story.lead,
            url=story.url,
            section=story.section,
            updated=story.updated,
        )

    # Times as the bundles carry them (whole seconds), ties broken by uri: the same order
    # after the batch is imported into another store and exported again.
    def when(story: BatchStory) -> tuple[str, str]:
        return (iso(story.updated), story.uri)

    mine = (iso(article.updated), article.uri)
    same = [s for s in others if s.section == article.section]
    newer = sorted((s for s in same if when(s) > mine), key=when)[:LIST_LENGTH]
    older = sorted((s for s in same if when(s) < mine), key=when, reverse=True)
    rest = sorted(others, key=when, reverse=True)
    shown = {s.uri for s in newer}
    earlier = older[:LIST_LENGTH]
    earlier += [s for s in rest if s.uri not in shown and s not in earlier][
        : LIST_LENGTH - len(earlier)
    ]
    latest = tuple(card(s) for s in rest[:SIDEBAR_LENGTH])
    return {
        "newer": tuple(card(s) for s in newer),
        "others": tuple(card(s) for s in earlier),
        "latest": latest,
        "most_read": latest,
    }


def _cover(article: ArticleExport) -> PhotoExport | None:
    return next((p for p in article.photos if p.cover), None)


def _distinct_images(article: ArticleExport) -> list[PhotoExport]:
    """The cover first, then the photos the body shows, each once."""
    by_number = {p.number: p for p in article.photos}
    cover = _cover(article)
    numbers = ([cover.number] if cover else []) + photo_ids_in(article.body)
    return [by_number[n] for n in dict.fromkeys(numbers) if n in by_number]


def date_published(article: ArticleExport) -> datetime:
    """The time of the publish step; the version's time for an article without one."""
    return article.published or article.updated


def json_ld(article: ArticleExport, portal: Portal | None = None) -> str:
    """schema.org NewsArticle, escaped for a ``<script type="application/ld+json">`` block:
    ``<``, ``>`` and ``&`` as JSON escapes, so no title can close the element."""
    portal = portal or Portal()
    publisher: dict = {"@type": "Organization", "name": portal.publisher}
    if portal.logo:
        publisher["logo"] = {"@type": "ImageObject", "url": portal.logo}
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead,
        "inLanguage": "vi",
        "datePublished": iso(date_published(article)),
        "dateModified": iso(article.updated),
        "author": [{"@type": "Person", "name": article.byline}] if article.byline else [],
        "publisher": publisher,
        "articleSection": article.section,
        "identifier": article.uri,
        "image": [portal.media_url(p.renditions[0].name) for p in _distinct_images(article)],
        "contentLocation": [{"@type": "Place", "name": t.name} for t in article.provinces],
    }
    if portal.has_address:
        url = portal.article_url(article.slug)
        data |= {"url": url, "mainEntityOfPage": {"@type": "WebPage", "@id": url}}
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


def head_extra(article: ArticleExport, portal: Portal | None = None) -> Markup:
    portal = portal or Portal()
    cover = _cover(article)
    tags = [
        ("og:type", "article"),
        ("og:locale", "vi_VN"),
        ("og:site_name", portal.publisher),
        ("og:title", article.title),
        ("og:description", article.lead),
        ("article:published_time", iso(date_published(article))),
        ("article:modified_time", iso(article.updated)),
    ]
    if portal.has_address:
        tags.append(("og:url", portal.article_url(article.slug)))
    if article.section:
        tags.append(("article:section", article.section))
    if cover is not None:
        main = cover.renditions[0]
        tags += [
            ("og:image", portal.media_url(main.name)),
            ("og:image:width", str(main.actual_width)),
            ("og:image:height", str(main.actual_height)),
            ("og:image:alt", cover.alt),
        ]
    lines = [f'<meta name="description" content="{escape(article.lead)}">']
    if portal.has_address:
        lines.append(f'<link rel="canonical" href="{escape(portal.article_url(article.slug))}">')
    lines.append(f'<script type="application/ld+json">{json_ld(article, portal)}</script>')
    lines += [f'<meta property="{escape(k)}" content="{escape(v)}">' for k, v in tags]
    return Markup("\n".join(lines) + "\n")  # noqa: S704 - every value escaped above


def render_index(article: ArticleExport, links: BundleLinks | None = None) -> RenderedPage:
    """The page of *article* as the bundle's index.html (``.html``) and the sanitised body
    (``.body_html``) that article.json carries."""
    addresses = BundleAddresses(article, links)
    return render_page(
        page_data(article, addresses),
        addresses=addresses,
        head_extra=head_extra(article, addresses.links.portal),
        published=True,
    )
