"""Reading an article out of the store for export, and the checks it must pass first."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from lnv_editor.core.article import Status
from lnv_editor.core.checks import photo_problems
from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.export.model import (
    MEDIA_DIR,
    ArticleExport,
    PhotoExport,
    ProvinceExport,
    RelatedExport,
    Rendition,
    sha256,
)
from lnv_editor.media.errors import PhotoError
from lnv_editor.media.renditions import RENDITION_WIDTHS, render
from lnv_editor.render.markdown_body import photo_ids_in
from lnv_editor.store.bundles import renumber_photos


@dataclass(frozen=True, slots=True)
class Reason:
    """Why an article cannot be published: an English template (context "Errors") and its
    fields, translated where it is shown."""

    template: str
    params: dict

    def english(self) -> str:
        return self.template.format(**self.params)


def publish_problems(repo, article_id: int) -> list[Reason]:
    """Everything that keeps the article from being published (empty: it may be)."""
    article = repo.get(article_id)
    reasons: list[Reason] = []
    if article.status not in (Status.READY, Status.PUBLISHED):
        reasons.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "it is {status}, not approved: submit it and have an editor approve it "
                    "(Sẵn sàng) first.",
                ),
                {"status": article.status.value},
            )
        )
    if not article.title.strip():
        reasons.append(Reason(QT_TRANSLATE_NOOP("Errors", "it has no title."), {}))
    if not article.lead.strip():
        reasons.append(Reason(QT_TRANSLATE_NOOP("Errors", "it has no lead (sapo)."), {}))
    photos = repo.photos.list(article_id)
    reasons += [Reason(p.template, p.params) for p in photo_problems(photos)]
    have = {p.id for p in photos}
    for photo_id in dict.fromkeys(photo_ids_in(article.body)):
        if photo_id not in have:
            reasons.append(
                Reason(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the body shows photo {id}, which the article no longer has; remove "
                        "![](photo:{id}) from the body or add the photo back.",
                    ),
                    {"id": photo_id},
                )
            )
    for link in repo.tags.related(article_id):
        if link.broken:
            reasons.append(
                Reason(
                    QT_TRANSLATE_NOOP(
                        "Errors", "a related story (id {id}) was deleted; remove the link."
                    ),
                    {"id": link.target_id},
                )
            )
    media = repo.media()
    for photo in photos:
        if not media.has(photo.sha256):
            reasons.append(
                Reason(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the file of photo {name} is missing from the photo folder; add the "
                        "photo again.",
                    ),
                    {"name": photo.original_name or f"#{photo.id}"},
                )
            )
    return reasons


def media_name(data: bytes) -> str:
    """Where a rendition goes in a bundle: named by its content."""
    return f"{MEDIA_DIR}/{sha256(data)}.jpg"


def _renditions(media, sha: str) -> tuple[Rendition, ...]:
    paths = render(media, sha)  # cached renditions are read, missing ones made once
    out = []
    for width in sorted(RENDITION_WIDTHS, reverse=True):
        data = paths[width].read_bytes()
        with Image.open(paths[width]) as im:
            size = im.size
        out.append(Rendition(width, size[0], size[1], media_name(data), data))
    return tuple(out)


def collect(repo, article_id: int) -> ArticleExport:
    """The article as it will be exported. Raises ``PhotoError`` if a photo cannot be
    rendered (call ``publish_problems`` first to get every reason at once)."""
    article = repo.get(article_id)
    photos = repo.photos.list(article_id)
    media = repo.media()
    numbers = {p.id: n for n, p in enumerate(photos, start=1)}
    out = ArticleExport(
        id=article.id,
        uri=article.extra["uri"],
        slug=article.slug,
        title=article.title,
        lead=article.lead,
        body=renumber_photos(article.body, numbers),
        byline=article.byline,
        section=article.section,
        status=article.status.value,
        created=article.created,
        updated=article.updated,
        version=article.version,
    )
    for photo in photos:
        out.photos.append(
            PhotoExport(
                number=numbers[photo.id],
                store_id=photo.id,
                caption=photo.caption,
                credit=photo.credit,
                alt=photo.alt,
                cover=photo.cover,
                renditions=_renditions(media, photo.sha256),
            )
        )
    out.provinces = [
        ProvinceExport(t.code, t.name, t.name_used) for t in repo.tags.provinces(article_id)
    ]
    targets = [r.target_id for r in repo.tags.related(article_id)]
    for target in targets:
        other = repo.get(target)
        out.related.append(RelatedExport(other.extra["uri"], other.title, other.slug))
    return out


__all__ = ["PhotoError", "Reason", "collect", "media_name", "publish_problems", "renumber_photos"]
