"""Gather one article page's data from the store: ``build_page_data``, for the preview, and
the page's lists and labels that a bundle's page (export/page.py) shares with it.

The render layer is given this data (``render.page.PageData``) and never reads the store
itself; the export layer sits above both, so the preview and the export build their pages
here and in ``export.page``.

What each list holds (the portal's anatomy, LAYOUT.md):

- *Tin liên quan*: the related stories the reporter picked, in their order. A link to a
  deleted story is left off the page and reported in ``PageData.broken_related_ids``.
- *Tin mới hơn*: up to 5 stories of the same section changed after this one, nearest first.
- *Tin khác*: up to 5 stories of the same section changed before this one, nearest first,
  topped up with the latest stories of other sections when the section has fewer.
- *Mới nhất*: the latest stories of the store.
- *Đọc nhiều*: the portal ranks by view count, which an offline store does not have (every
  story would count 0), so it shows the latest stories as well, as the portal does for a
  tie.

Every list is one indexed query (``store.listings``), plus one query for the cover photos
of all the cards together, so a store of 100,000 articles renders as fast as a small one.
Addresses of photos and story links come from the caller's address policy.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date
from functools import lru_cache

from lnv_editor.core.provinces import is_former_name, province_by_code, resolve_quietly
from lnv_editor.render.addresses import THUMB_WIDTH, AddressPolicy
from lnv_editor.render.page import PageData, PagePhoto, SiteChrome, StoryCard
from lnv_editor.store.listings import CoverPhoto, StoryListings, StoryRow
from lnv_editor.store.repository import Repository

LIST_LENGTH = 5
SIDEBAR_LENGTH = 6


@lru_cache(maxsize=512)
def province_label(code: str, name_used: str) -> str:
    """``Bắc Giang (nay là Bắc Ninh)`` when the story used a former unit's name, else the
    name the story used ("Huế", "TP Hồ Chí Minh") or the unit's short name."""
    province = province_by_code(code)
    if province is None:
        return name_used or code
    if is_former_name(code, name_used):
        return f"{name_used} (nay là {province.short_name})"
    return name_used if resolve_quietly(name_used) is not None else province.short_name


def _cards(
    rows: Sequence[StoryRow], covers: Mapping[int, CoverPhoto], addresses: AddressPolicy
) -> tuple[StoryCard, ...]:
    cards = []
    for row in rows:
        cover = covers.get(row.id)
        cards.append(
            StoryCard(
                id=row.id,
                title=row.title,
                lead=row.lead,
                url=addresses.story(row.id, row.slug),
                thumbnail_src=addresses.photo(cover, THUMB_WIDTH) if cover else "",
                section=row.section,
                updated=row.updated,
            )
        )
    return tuple(cards)


def build_page_data(
    repo: Repository,
    article_id: int,
    *,
    addresses: AddressPolicy,
    today: date,
    chrome: SiteChrome | None = None,
    statuses: Collection[str] | None = None,
) -> PageData:
    """The page of article *article_id* as the portal would show it today.

    *statuses* limits the story lists to stories with those statuses (an export passes
    ``("published",)`` so no list links to a draft); None lists every story of the store.
    Raises ``NotFoundError`` if the article does not exist.
    """
    article = repo.get(article_id)
    listings = StoryListings(repo.engine, repo.writes)
    photos = tuple(
        PagePhoto(p.id, p.sha256, p.width, p.height, p.caption, p.credit, p.alt, p.cover)
        for p in repo.photos.list(article_id)
    )
    provinces = tuple(province_label(t.code, t.name_used) for t in repo.tags.provinces(article_id))

    links = repo.tags.related(article_id)
    broken = tuple(link.target_id for link in links if link.broken)
    found = listings.rows(link.target_id for link in links if not link.broken)
    related_rows = [found[link.target_id] for link in links if link.target_id in found]
    if statuses is not None:
        related_rows = [row for row in related_rows if row.status in statuses]

    newer = listings.beside(
        article_id, article.section, article.updated, newer=True, statuses=statuses
    )
    others = listings.beside(
        article_id, article.section, article.updated, newer=False, statuses=statuses
    )
    shown = {article_id, *(row.id for row in newer), *(row.id for row in others)}
    if len(others) < LIST_LENGTH:
        others += listings.latest(LIST_LENGTH - len(others), exclude=shown, statuses=statuses)
    latest = listings.latest(SIDEBAR_LENGTH, exclude={article_id}, statuses=statuses)
    covers = listings.covers({row.id for row in (*related_rows, *newer, *others, *latest)})
    latest_cards = _cards(latest, covers, addresses)

    return PageData(
        article_id=article.id,
        title=article.title,
        lead=article.lead,
        body=article.body,
        byline=article.byline,
        section=article.section,
        chrome=chrome or SiteChrome.sample(today),
        slug=article.slug,
        updated=article.updated,
        photos=photos,
        provinces=provinces,
        related=_cards(related_rows, covers, addresses),
        broken_related_ids=broken,
        newer=_cards(newer, covers, addresses),
        others=_cards(others, covers, addresses),
        latest=latest_cards,
        most_read=latest_cards,  # no view counts offline: see the module docstring
    )
