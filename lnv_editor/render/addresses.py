"""Where the page's photos and story links point: the one thing preview and export differ in.

The renderer never builds a photo or story address itself; it asks the address policy passed
to it. The preview points photos at the ``lnv-photo:`` scheme its web view serves from the
media store, and story links at ``lnv-article:`` (which it intercepts); an export points them
at files it writes beside the page and at portal URLs.

Addresses are set on the page *after* the author's content is sanitised, so an address policy
may use a scheme the sanitiser would refuse in author content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from lnv_editor.media.renditions import RENDITION_WIDTHS

BODY_WIDTH = 800  # the body column is ~700 px wide; 1600 serves high-density screens
LARGE_WIDTH = 1600
THUMB_WIDTH = 320


class PhotoLike(Protocol):
    """What an address policy needs to know of a photo (``PhotoRecord``, ``PagePhoto``)."""

    id: int
    sha256: str
    width: int
    height: int


@runtime_checkable
class AddressPolicy(Protocol):
    #: Sources the page's Content-Security-Policy allows for images (``img-src``).
    img_sources: str

    def photo(self, photo: PhotoLike, width: int) -> str:
        """The address of *photo*'s rendition *width* (one of ``RENDITION_WIDTHS``)."""
        ...

    def story(self, article_id: int, slug: str) -> str:
        """The address of another story's page."""
        ...


def rendition_size(photo: PhotoLike, width: int) -> tuple[int, int]:
    """The pixel size of *photo*'s rendition at *width*: never upscaled, aspect kept."""
    if not photo.width or not photo.height or photo.width <= width:
        return photo.width, photo.height
    return width, max(1, round(photo.height * width / photo.width))


def _check_width(width: int) -> int:
    if width not in RENDITION_WIDTHS:
        raise ValueError(f"rendition width must be one of {RENDITION_WIDTHS}, not {width!r}")
    return width


@dataclass
class PreviewAddresses:
    """Photos as ``lnv-photo:<id>/<width>``, stories as ``lnv-article:<id>``.

    The preview's web view serves the photo scheme from the media store (making the
    rendition on demand) and intercepts the article scheme to open that story.
    """

    photo_scheme: str = "lnv-photo"
    story_scheme: str = "lnv-article"
    link_stories: bool = True  # False: story links are "#" (a preview that opens nothing)

    @property
    def img_sources(self) -> str:
        return f"{self.photo_scheme}:"

    def photo(self, photo: PhotoLike, width: int) -> str:
        return f"{self.photo_scheme}:{int(photo.id)}/{_check_width(width)}"

    def story(self, article_id: int, slug: str) -> str:
        return f"{self.story_scheme}:{int(article_id)}" if self.link_stories else "#"


@dataclass
class ExportAddresses:
    """Photos as relative files ``media/<sha256>-<width>.jpg``, stories as portal URLs.

    Every photo address handed out is remembered in ``media`` (sha256 -> widths), so the
    exporter copies exactly the renditions the page uses. Names are by content hash, so the
    same photo used by two stories of one bundle is one file.
    """

    media_dir: str = "media"
    #: Absolute portal base ("https://lnv.example/") or None for relative ``<slug>.html``.
    portal_url: str | None = None
    media: dict[str, set[int]] = field(default_factory=dict)

    img_sources: str = "'self'"

    def photo(self, photo: PhotoLike, width: int) -> str:
        self.media.setdefault(photo.sha256, set()).add(_check_width(width))
        return f"{self.media_dir}/{photo.sha256}-{width}.jpg"

    def story(self, article_id: int, slug: str) -> str:
        if self.portal_url:
            return f"{self.portal_url.rstrip('/')}/{slug}.html"
        return f"{slug}.html"

    def files(self) -> list[tuple[str, int, str]]:
        """(sha256, width, relative file name) of every rendition the pages refer to."""
        return [
            (sha, width, f"{self.media_dir}/{sha}-{width}.jpg")
            for sha, widths in sorted(self.media.items())
            for width in sorted(widths)
        ]
