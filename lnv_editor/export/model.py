"""What one article's bundle is made of, independent of where it is written.

``ArticleExport`` is the article as it leaves the newsroom (read once from the store, in one
transaction); ``Bundle`` is the finished set of files, each as bytes, with its manifest.
Photos in the exported Markdown are numbered by their place in the article (``photo:1`` is
the first photo), not by store id, so a bundle means the same in every store.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from lnv_editor.export import safejson

FORMAT = "lnv-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
ARTICLE_JSON = "article.json"
INDEX_HTML = "index.html"
MEDIA_DIR = "media"


def iso(moment: datetime) -> str:
    """UTC, whole seconds, ``Z``: the one way times are written in a bundle."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def folder_name(slug: str, article_id: int) -> str:
    """The bundle's folder (or zip, with ``.zip``) in an export: ``<slug>-<id>``."""
    return f"{slug or 'bai'}-{article_id}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class Rendition:
    width: int  # the rendition size asked for (1600, 800, 320)
    actual_width: int
    actual_height: int
    name: str  # path inside the bundle, e.g. media/<sha256>.jpg
    data: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class PhotoExport:
    number: int  # 1-based place in the article: ``photo:<number>`` in the exported Markdown
    store_id: int
    caption: str
    credit: str
    alt: str
    cover: bool
    renditions: tuple[Rendition, ...]  # largest first
    # The file name the reporter's photo had ("gom-bat-trang.jpg"): ninjs ``title`` of the
    # picture, so another store shows the same name (the files themselves are named by content).
    original_name: str = ""

    @property
    def uri(self) -> str:
        # Named by the largest rendition's bytes: that file is what an importer keeps as the
        # original, so the name survives a round trip through another store.
        return f"urn:sha256:{sha256(self.renditions[0].data)}"


@dataclass(frozen=True, slots=True)
class ProvinceExport:
    code: str
    name: str
    name_used: str


@dataclass(frozen=True, slots=True)
class RelatedExport:
    uri: str
    title: str
    slug: str = ""  # for the page's link; not in article.json (ninjs links by uri)


@dataclass(slots=True)
class ArticleExport:
    id: int
    uri: str
    slug: str
    title: str
    lead: str
    body: str  # Markdown with ``photo:<number>`` references
    byline: str
    section: str
    status: str
    created: datetime
    updated: datetime
    version: int
    photos: list[PhotoExport] = field(default_factory=list)
    provinces: list[ProvinceExport] = field(default_factory=list)
    related: list[RelatedExport] = field(default_factory=list)
    # The time of the workflow's publish step (the first one): datePublished. None for an
    # article read back from a bundle, which does not carry it.
    published: datetime | None = None

    @property
    def folder_name(self) -> str:
        return folder_name(self.slug, self.id)


@dataclass(slots=True)
class Bundle:
    """Every file of one article's bundle (path inside the bundle -> bytes), manifest last."""

    article: ArticleExport
    files: dict[str, bytes]
    html: str = ""
    ninjs: dict = field(default_factory=dict)

    @property
    def manifest_sha256(self) -> str:
        return sha256(self.files[MANIFEST])

    @property
    def timestamp(self) -> datetime:
        return self.article.updated


def manifest_for(files: dict[str, bytes], article: ArticleExport) -> bytes:
    """manifest.json for *files* (which must not include it): sizes and SHA-256 of each."""
    return safejson.dumps(
        {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "uri": article.uri,
            "version": article.version,
            "files": [
                {"path": path, "size": len(data), "sha256": sha256(data)}
                for path, data in sorted(files.items())
            ],
        }
    )
