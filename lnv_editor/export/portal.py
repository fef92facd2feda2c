"""The portal's address, and where a bundle's links point.

Standards ask for absolute addresses in some places: ninjs ``href`` (``"format": "uri"``),
``og:url``, ``og:image``, ``<link rel="canonical">`` and the JSON-LD ``url``,
``mainEntityOfPage`` and ``image``. Those are made from the portal's address (the setting
``portal_url``, the publish store's ``meta``, or ``--base-url``) with the portal's URL
patterns:

- an article: ``{base}/{slug}.html``
- a photo rendition: ``{base}/media/{sha256}.jpg`` (the bundle's own ``media/`` name)

What the page itself loads stays relative (``media/…``), so a bundle opens from a folder with
no network. Without an address (``--no-base-url``) the standard fields are written relative
and are not valid ninjs; the export says so.

Links between stories of one exported batch are relative (``../<slug>-<id>/index.html``), so
they work in the folder layout and in zips unzipped side by side; a story outside the batch is
linked at the portal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError

ARTICLE_PATTERN = "{base}/{slug}.html"
PHOTO_PATTERN = "{base}/{name}"  # name: "media/<sha256>.jpg", as in the bundle
DEFAULT_PUBLISHER = "LNV"


def normalise_base_url(text: str) -> str:
    """*text* as the portal's address (``https://lnv.vn``, no trailing slash), or
    ``InputError`` saying what a good one looks like."""
    value = text.strip().rstrip("/")
    try:
        parts = urlsplit(value)
        ok = (
            parts.scheme in ("http", "https")
            and bool(parts.hostname)
            and not parts.query
            and not parts.fragment
            and value.isascii()
            and " " not in value
        )
    except ValueError:
        ok = False
    if not ok:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{value} is not a portal address: give the address readers open, starting "
                "with https:// (e.g. https://lnv.vn), without ? or #.",
            ),
            value=text.strip() or '""',
        )
    return value


@dataclass(frozen=True, slots=True)
class Portal:
    """The portal an export is made for. ``base`` is "" when the desk exports without an
    address (not valid ninjs: the standard fields are relative then)."""

    base: str = ""
    publisher: str = DEFAULT_PUBLISHER
    logo: str = ""  # an absolute address of the publisher's logo, or ""

    @property
    def has_address(self) -> bool:
        return bool(self.base)

    def article_url(self, slug: str) -> str:
        if not self.base:
            return f"{slug}.html"
        return ARTICLE_PATTERN.format(base=self.base, slug=slug)

    def media_url(self, name: str) -> str:
        """The absolute address of a bundle file *name* (``media/<sha>.jpg``)."""
        if not self.base:
            return name
        return PHOTO_PATTERN.format(base=self.base, name=name)


@dataclass(frozen=True, slots=True)
class BatchStory:
    """Another story of the same export: what its card on this page shows (the text an
    editor approved, as its own bundle carries it) and where its bundle is."""

    uri: str
    folder: str  # its bundle's folder name, <slug>-<id>
    title: str
    lead: str
    section: str
    updated: datetime

    @property
    def url(self) -> str:
        return f"../{self.folder}/index.html"


@dataclass(frozen=True, slots=True)
class BundleLinks:
    """What one bundle needs to know beyond its article: the portal, and the stories of the
    same export batch, for relative links and the page's lists of other stories. Both
    survive pickling into the export's worker processes."""

    portal: Portal = field(default_factory=Portal)
    stories: tuple[BatchStory, ...] = ()
    relative_batch: bool = True  # False for the publish store: the website serves the pages

    @property
    def batch(self) -> Mapping[str, str]:
        """uri -> bundle folder of every story of the batch."""
        return {s.uri: s.folder for s in self.stories}

    def story(self, uri: str, slug: str) -> str | None:
        """The address of a related story: relative inside the batch, at the portal outside
        it, None when neither is possible (no portal address)."""
        folder = self.batch.get(uri) if self.relative_batch else None
        if folder is not None:
            return f"../{folder}/index.html"
        if self.portal.has_address:
            return self.portal.article_url(slug)
        return None


def make_portal(
    base_url: str | None, *, publisher: str = "", logo: str = "", no_base_url: bool = False
) -> Portal | None:
    """The portal from the settings or the command line: None when there is no address
    (the export then refuses), ``Portal()`` without one when the desk asked for that
    (*no_base_url*). *logo* is an address, or a path on the portal (``/logo.png``)."""
    publisher = publisher.strip() or DEFAULT_PUBLISHER
    if no_base_url:
        return Portal("", publisher, logo.strip() if "://" in logo else "")
    if not (base_url or "").strip():
        return None
    base = normalise_base_url(base_url or "")
    logo = logo.strip()
    if logo and "://" not in logo:
        logo = f"{base}/{logo.lstrip('/')}"
    elif logo:
        logo = normalise_base_url(logo)
    return Portal(base, publisher, logo)
