"""The portal's article page: one renderer for the live preview and the HTML export.

``render_page(page, addresses=…)`` lays out a ``PageData`` (gathered from the store by
``export.page_data.build_page_data``, or from a bundle by ``export.page``) with the Jinja2 template
``assets/templates/article.html.j2`` and the one stylesheet ``assets/css/portal.css``.
Preview and export call it alike; they differ only in the address policy
(``PreviewAddresses`` or ``ExportAddresses``) that says where photos and story links point.

Safety: every author field reaches the page through Jinja2 autoescape; the body is
sanitised by nh3 (``markdown_body``); a Content-Security-Policy meta tag forbids every script,
every remote resource and every style but the page's own stylesheet (pinned by its hash).
The preview's own patching runs through ``QWebEnginePage.runJavaScript``, which CSP does not
govern, so the page never needs ``script-src``.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.render.addresses import (
    BODY_WIDTH,
    LARGE_WIDTH,
    AddressPolicy,
    ExportAddresses,
    PreviewAddresses,
    rendition_size,
)
from lnv_editor.render.blocks import BlockRenderer, RenderedBlocks, shared_renderer
from lnv_editor.render.comments import CommentMarks, CommentSpan, strip_sentinels
from lnv_editor.render.markdown_body import (
    MISSING_PHOTO_LABEL,
    PhotoRef,
    Resolver,
    figure_html,
)
from lnv_editor.render.typography import byline_text, lead_text, smart_quotes

__all__ = [
    "DEFAULT_LABELS",
    "MISSING_PHOTO_NOTE",
    "AddressPolicy",
    "ExportAddresses",
    "PageData",
    "PagePhoto",
    "PreviewAddresses",
    "RenderedPage",
    "SiteChrome",
    "StoryCard",
    "photo_resolver",
    "render_body_blocks",
    "render_page",
]

# Asia/Ho_Chi_Minh: UTC+7 all year since 1975 (no daylight saving), so a fixed offset gives
# the same dates as the tz database without needing tzdata on Windows.
VIETNAM_TIME = timezone(timedelta(hours=7), "GMT+7")
# The marker a missing photo leaves in the page is the editor's note to the author, so the
# preview shows it in the interface language: QCoreApplication.translate("Render", …) of
# this, passed as labels={"missing_photo": …}. An export refuses such a body anyway.
MISSING_PHOTO_NOTE = QT_TRANSLATE_NOOP("Render", "Photo {id} is no longer in this article")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")

# The portal's own words. They are Vietnamese whatever the editor's interface language, as
# on the portal; a caller may pass translations (the missing-photo marker is the editor's
# note to the author, so the preview passes it in the interface language).
DEFAULT_LABELS: Mapping[str, str] = {
    "missing_photo": MISSING_PHOTO_LABEL,
    "home": "Trang chủ",
    "related": "Tin liên quan",
    "newer": "Tin mới hơn",
    "others": "Tin khác",
    "see_more": "Xem thêm",
    "latest": "Mới nhất",
    "most_read": "Đọc nhiều",
    "mobile": "Giao diện di động",
    "desktop": "Giao diện máy tính",
    "places": "Địa phương",
}


@dataclass(frozen=True, slots=True)
class PagePhoto:
    """A photo of the article (not removed), as the page needs it."""

    id: int
    sha256: str
    width: int
    height: int
    caption: str = ""
    credit: str = ""
    alt: str = ""
    cover: bool = False


@dataclass(frozen=True, slots=True)
class StoryCard:
    """Another story in a list ("Tin liên quan", "Tin mới hơn", "Tin khác", the sidebar).
    Addresses are already resolved by the page's address policy."""

    id: int
    title: str
    lead: str = ""
    url: str = "#"
    thumbnail_src: str = ""  # the cover's thumbnail rendition; "" when the story has none
    section: str = ""
    updated: datetime | None = None


@dataclass(frozen=True, slots=True)
class SiteChrome:
    """What surrounds every article on the portal. Offline: from settings or the sample."""

    date_text: str
    weather: tuple[tuple[str, str], ...] = ()
    site_name: str = "LNV"
    tagline: str = "Làng nghề Việt Nam · Công nghiệp nông thôn"
    sections: tuple[str, ...] = (
        "Làng nghề", "Khuyến công", "Doanh nghiệp", "Sản phẩm OCOP", "Chính sách",
        "Nông thôn mới", "Địa phương",
    )  # fmt: skip
    # "" leaves the link out (a page on its own has no home page or list to link to).
    home_url: str = ""
    see_more_url: str = ""
    # "#di-dong" targets the page itself: the stylesheet narrows a targeted page to the
    # mobile layout, so the link works in an exported file without any script.
    mobile_url: str = "#di-dong"

    @classmethod
    def sample(cls, today: date) -> SiteChrome:
        """A fixed sample weather strip (never fetched: the editor works offline)."""
        weather = (
            ("Hà Nội", "24°C"), ("Đà Nẵng", "27°C"), ("TP Hồ Chí Minh", "31°C"), ("Huế", "26°C"),
        )  # fmt: skip
        return cls(date_text=vietnamese_date(today), weather=weather)


@dataclass(frozen=True)
class PageData:
    """Everything one article page shows, read from the store in one go."""

    article_id: int
    title: str
    lead: str
    body: str
    byline: str
    section: str
    chrome: SiteChrome
    slug: str = ""
    updated: datetime | None = None
    photos: tuple[PagePhoto, ...] = ()
    provinces: tuple[str, ...] = ()  # as shown: "Bắc Giang (nay là Bắc Ninh)"
    related: tuple[StoryCard, ...] = ()
    broken_related_ids: tuple[int, ...] = ()  # links to deleted stories, left off the page
    newer: tuple[StoryCard, ...] = ()
    others: tuple[StoryCard, ...] = ()
    latest: tuple[StoryCard, ...] = ()
    most_read: tuple[StoryCard, ...] = ()


@dataclass
class RenderedPage:
    html: str
    photo_ids: list[int] = field(default_factory=list)  # placed in the body, in order
    missing_photo_ids: list[int] = field(default_factory=list)  # referred to, not found
    blocks: RenderedBlocks = field(default_factory=lambda: RenderedBlocks((), ""))
    # The inside of #article-body: ``blocks.html`` in the preview (block wrappers for live
    # patching), ``blocks.plain_html`` in a published page (no editor markers).
    body_html: str = ""


def vietnamese_date(day: date) -> str:
    """``Chủ nhật, 29/11/2026``: the portal's date style (day/month, no leading zero day)."""
    return f"{WEEKDAYS[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year}"


def vietnam_time(moment: datetime) -> datetime:
    """*moment* (naive means UTC, as the store keeps times) in Vietnam's time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(VIETNAM_TIME)


def _time_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = vietnam_time(moment)
    return f"{vietnamese_date(local.date())} {local:%H:%M} (GMT+7)"


def _time_iso(moment: datetime | None) -> str:
    """The ``datetime`` attribute of ``<time>``: ISO 8601 with the +07:00 offset."""
    return "" if moment is None else vietnam_time(moment).isoformat(timespec="seconds")


def _cover_html(page: PageData, addresses: AddressPolicy, shown: Sequence[int], missing: str):
    """The cover as a figure above the body, when the body does not show it already."""
    cover = next((p for p in page.photos if p.cover), None)
    if cover is None or cover.id in shown:
        return ""
    ref = photo_resolver(page, addresses)(cover.id)
    return Markup(figure_html(cover.id, ref, missing))  # noqa: S704 - escaped in figure_html


def photo_resolver(page: PageData, addresses: AddressPolicy) -> Resolver:
    """Where each of the page's photos is, for the body renderer: ``None`` for a photo the
    article does not have (removed, or another article's)."""
    photos = {photo.id: photo for photo in page.photos}

    def resolve(photo_id: int) -> PhotoRef | None:
        photo = photos.get(photo_id)
        if photo is None:
            return None
        src = addresses.photo(photo, BODY_WIDTH)
        srcset = ""
        if photo.width > BODY_WIDTH:
            srcset = f"{src} {BODY_WIDTH}w, {addresses.photo(photo, LARGE_WIDTH)} {LARGE_WIDTH}w"
        width, height = rendition_size(photo, BODY_WIDTH)
        return PhotoRef(src, photo.alt, photo.caption, photo.credit, width, height, srcset)

    return resolve


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("lnv_editor", "assets/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["quotes"] = smart_quotes
    env.filters["lead"] = lead_text
    return env


@cache
def stylesheet() -> str:
    """The one stylesheet of desktop and mobile layouts (``assets/css/portal.css``)."""
    return (resources.files("lnv_editor") / "assets" / "css" / "portal.css").read_text("utf-8")


def content_security_policy(addresses: AddressPolicy, css: str) -> str:
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return "; ".join(
        (
            "default-src 'none'",
            f"img-src {addresses.img_sources}",
            f"style-src 'sha256-{digest}'",
            "script-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


def render_body_blocks(
    page: PageData,
    *,
    addresses: AddressPolicy,
    labels: Mapping[str, str] | None = None,
    renderer: BlockRenderer | None = None,
    comments: Mapping[str, Sequence[CommentSpan]] | None = None,
    reuse: RenderedBlocks | None = None,
) -> RenderedBlocks:
    """Only the body, as blocks: what the live preview re-renders on a keystroke and patches
    into ``#article-body`` (``diff_blocks`` says which blocks). Same markup as ``render_page``.

    *reuse*: the body rendered for this page before, with the same photos, captions and
    caption comments (the caller checks): unchanged blocks are taken from it."""
    return _body(page, addresses, labels, renderer, CommentMarks(comments or {}), reuse)


def _body(
    page: PageData,
    addresses: AddressPolicy,
    labels: Mapping[str, str] | None,
    renderer: BlockRenderer | None,
    marks: CommentMarks,
    reuse: RenderedBlocks | None = None,
) -> RenderedBlocks:
    missing = {**DEFAULT_LABELS, **(labels or {})}["missing_photo"]
    resolve = photo_resolver(page, addresses)
    if not marks:
        return (renderer or shared_renderer()).render(page.body, resolve, missing, reuse=reuse)

    def resolve_marked(photo_id: int) -> PhotoRef | None:
        ref = resolve(photo_id)
        if ref is None or not ref.caption:
            return ref
        return replace(ref, caption=marks.field(f"caption:{photo_id}", ref.caption))

    body = marks.field("body", page.body)
    # The body's sentinels number its comments in order: a block keeps its finished HTML
    # only while the numbers mean the same comments (captions are numbered after them).
    return (renderer or shared_renderer()).render(
        body, resolve_marked, missing, marks.decorate, reuse=reuse, key=tuple(marks.ids)
    )


def render_page(
    page: PageData,
    *,
    addresses: AddressPolicy,
    labels: Mapping[str, str] | None = None,
    head_extra: Markup | str = "",
    mobile: bool = False,
    renderer: BlockRenderer | None = None,
    comments: Mapping[str, Sequence[CommentSpan]] | None = None,
    published: bool = False,
) -> RenderedPage:
    """The article page as one HTML document.

    *labels* overrides ``DEFAULT_LABELS`` (e.g. the translated missing-photo marker).
    *head_extra* is trusted, already-safe HTML for ``<head>`` (the export's JSON-LD and Open
    Graph tags): a plain ``str`` is escaped like any text, so pass ``Markup``.
    *mobile* starts the page in the mobile layout (the ``layout-mobile`` class, which the
    preview may also toggle later without reloading). *renderer* keeps the block cache
    between renders (the preview's own); by default the process-wide one is used.
    *comments* (the preview's only: an export passes none) highlights review comments
    (``render.comments``).
    *published* makes the page readers get (the export's): the body without the preview's
    block wrappers and source lines, and the cover above the body when the body does not
    show it (the preview patches the body live and leaves the cover where the author put it).
    """
    words = {**DEFAULT_LABELS, **(labels or {})}
    marks = CommentMarks(comments or {})
    body = _body(page, addresses, words, renderer, marks)
    title = smart_quotes(page.title)
    lead = lead_text(page.lead)
    title_html: Markup | str = title
    if marks:
        marked_title = smart_quotes(marks.field("title", page.title))
        title = strip_sentinels(marked_title)
        title_html = Markup(marks.decorate(str(escape(marked_title))))  # noqa: S704 - escaped
        lead = Markup(marks.decorate(str(escape(lead_text(marks.field("lead", page.lead))))))  # noqa: S704
    css = stylesheet()
    body_html = body.plain_html if published else body.html
    cover_html = (
        _cover_html(page, addresses, body.photo_ids, words["missing_photo"]) if published else ""
    )
    html = (
        _environment()
        .get_template("article.html.j2")
        .render(
            page=page,
            chrome=page.chrome,
            labels=words,
            title=title,
            title_html=title_html,
            lead=lead,
            byline=byline_text(page.byline),
            time_text=_time_text(page.updated),
            time_iso=_time_iso(page.updated),
            cover_html=cover_html,
            body_html=Markup(body_html),  # noqa: S704 - nh3-sanitised in render.markdown_body
            css=Markup(css),  # noqa: S704 - our own packaged stylesheet
            csp=content_security_policy(addresses, css),
            head_extra=head_extra,
            mobile=mobile,
        )
    )
    return RenderedPage(
        html=html,
        photo_ids=body.photo_ids,
        missing_photo_ids=body.missing_photo_ids,
        blocks=body,
        body_html=body_html,
    )
