"""Import: bundles from another reporter become articles in the working store.

All bundles are read and checked completely first (``reader.read_any``); only then are the
photos copied into the photo store and the articles written, in one transaction. A photo's
largest rendition becomes its original through the media layer's import (so it is named by
its content like any photo), and the bundle's renditions seed the rendition cache: they are
exactly what the pipeline made from the sender's original, so exporting the imported article
again gives the same media files, byte for byte.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lnv_editor.core.checks import photo_problems
from lnv_editor.core.processes import Cancel, is_cancelled
from lnv_editor.core.provinces import province_by_code
from lnv_editor.core.vietnamese import nfc
from lnv_editor.export import errors
from lnv_editor.export.model import sha256
from lnv_editor.export.reader import IncomingBundle, read_any
from lnv_editor.media.errors import PhotoError
from lnv_editor.media.importer import import_photo
from lnv_editor.media.renditions import RENDITION_WIDTHS
from lnv_editor.render.markdown_body import photo_ids_in
from lnv_editor.store.bundles import BundleWrites, ImportArticle, ImportOutcome, ImportPhoto

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ImportReport:
    outcomes: tuple[ImportOutcome, ...]

    def as_json(self) -> list[dict]:
        return [
            {
                "id": o.article_id,
                "uri": o.uri,
                "created": o.created,
                "missing_related": list(o.missing_related),
            }
            for o in self.outcomes
        ]


def _plan_checks(bundle: IncomingBundle) -> None:
    article = bundle.article
    for number in photo_ids_in(article.body):
        if not 1 <= number <= len(article.photos):
            raise errors.bad_ninjs(
                bundle.source, f"the body shows photo {number}, which the bundle does not have"
            )
    for tag in article.provinces:
        if province_by_code(tag.code) is None:
            raise errors.bad_ninjs(
                bundle.source, f"{tag.code} is not the code of a current province"
            )


def import_bundles(
    repo, path: Path | str, *, progress: Progress | None = None, cancel: Cancel = None
) -> ImportReport:
    """Import every bundle at *path* into *repo*. Raises ``BundleError`` (nothing written)
    if any bundle fails a check; *cancel* is honoured until the store write starts."""
    bundles = read_any(Path(path))
    for bundle in bundles:
        _plan_checks(bundle)
    media = repo.media()
    added: list[str] = []  # originals this import added, removed again if the write fails
    plans: list[ImportArticle] = []
    try:
        for done, bundle in enumerate(bundles, start=1):
            if is_cancelled(cancel):
                raise errors.import_cancelled()
            plans.append(_plan(repo, bundle, media, added))
            if progress is not None:
                progress(done, len(bundles))
        outcomes = BundleWrites(repo).import_articles(plans)
    except BaseException:
        for sha in added:
            media.delete(sha)
        raise
    return ImportReport(tuple(outcomes))


def _known_photos(repo, uri: str) -> dict[str, object]:
    """Photos the article with *uri* already has in this store, by the SHA-256 of their
    largest rendition: a bundle made here carries that rendition, not the original, and the
    photo must stay the same photo (same original, same id) when it comes back."""
    article_id = repo.find_by_uri(uri)
    if article_id is None:
        return {}
    media, known = repo.media(), {}
    for record in repo.photos.list(article_id, include_removed=True):
        path = media.rendition_file(record.sha256, max(RENDITION_WIDTHS))
        if path.is_file():
            known[sha256(path.read_bytes())] = record
    return known


def _plan(repo, bundle: IncomingBundle, media, added: list[str]) -> ImportArticle:
    article = bundle.article
    photos = []
    known = _known_photos(repo, article.uri)
    for photo in article.photos:
        largest = photo.renditions[0]
        record = known.get(sha256(largest.data))
        if record is not None:
            photos.append(
                ImportPhoto(
                    record.sha256,
                    record.width,
                    record.height,
                    photo.caption,
                    photo.credit,
                    photo.alt,
                    photo.cover,
                    record.original_name,
                )
            )
            continue
        with tempfile.TemporaryDirectory(prefix="lnv-import-") as tmp:
            source = Path(tmp) / os.path.basename(largest.name)
            source.write_bytes(largest.data)
            existed = None
            try:
                existed = media.has(sha256(largest.data))
                info = import_photo(media, source)
            except PhotoError as exc:
                raise errors.bad_photo(bundle.source, largest.name, exc.english()) from exc
        if not existed:
            added.append(info.sha256)
        for rendition in photo.renditions:
            if rendition.width in RENDITION_WIDTHS:
                target = media.rendition_file(info.sha256, rendition.width)
                if not target.is_file():
                    media.write_atomic(target, rendition.data)
        photos.append(
            ImportPhoto(
                info.sha256,
                info.width,
                info.height,
                photo.caption,
                photo.credit,
                photo.alt,
                photo.cover,
                display_name(photo.original_name) or f"{info.sha256[:12]}.jpg",
            )
        )
    status = "published"
    if (
        not article.title.strip()
        or not article.lead.strip()
        or photo_problems([_Texts(p.alt, p.caption) for p in photos])
    ):
        status = "draft"  # a foreign bundle that would not pass our own gate
    return ImportArticle(
        uri=article.uri,
        slug=article.slug,
        fields={
            "title": article.title,
            "lead": article.lead,
            "body": article.body,
            "byline": article.byline,
            "section": article.section,
        },
        status=status,
        created=article.created,
        updated=article.updated,
        version=article.version,
        photos=photos,
        provinces=[(t.code, t.name_used) for t in article.provinces],
        related_uris=[r.uri for r in article.related],
        related_titles={r.uri: r.title for r in article.related},
    )


def display_name(name: str) -> str:
    """The photo's original file name as the bundle gave it, made safe to show: its last
    path part only, no control characters, NFC, at most 200 characters."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return nfc(name)[:200]


@dataclass(frozen=True, slots=True)
class _Texts:
    alt: str
    caption: str
    id: int = 0
    original_name: str = ""
