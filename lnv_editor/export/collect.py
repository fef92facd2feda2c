"""Reading an article out of the store for export, and the checks it must pass first."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from lnv_editor.core.article import TEXT_FIELDS, Status
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
    """Why an article cannot be published: an English template and its fields, translated
    where it is shown (in *context*: "Errors", or "Readiness" for the readiness check's own)."""

    template: str
    params: dict
    context: str = "Errors"

    def english(self) -> str:
        return self.template.format(**self.params)


def edited_since_approval(repo, article_id: int):
    """The approved revision (``RevisionInfo``) when the article's text has changed since an
    editor approved it, else None. Only a published article can be edited without going back
    to review (the workflow sends an edited Sẵn sàng text to Chờ duyệt)."""
    article = repo.get(article_id)
    if article.status not in (Status.READY, Status.PUBLISHED):
        return None
    approved = repo.review.approved(article_id)
    # No approved revision: made ready outside the workflow (the demo's seeded stories); the
    # migration gave every older ready or published story one, so its text goes out as it is.
    if approved is None or all(
        getattr(approved, name) == getattr(article, name) for name in TEXT_FIELDS
    ):
        return None
    return approved


def exported_text(repo, article_id: int, *, current: bool = False) -> dict[str, object]:
    """The text fields the bundle carries, with its version and time: the text an editor
    approved, or with *current* the text as it is now (the desk's explicit override)."""
    article = repo.get(article_id)
    approved = None if current else edited_since_approval(repo, article_id)
    if approved is None:
        return {name: getattr(article, name) for name in TEXT_FIELDS} | {
            "version": article.version,
            "updated": article.updated,
        }
    return {name: getattr(approved, name) for name in TEXT_FIELDS} | {
        "version": approved.article_version,
        "updated": approved.created,
    }


def publish_problems(repo, article_id: int, *, current: bool = False) -> list[Reason]:
    """Everything that keeps the article from being published (empty: it may be). The text
    checked is the one the bundle would carry (``exported_text``)."""
    article = repo.get(article_id)
    text = exported_text(repo, article_id, current=current)
    reasons: list[Reason] = []
    if article.status not in (Status.READY, Status.PUBLISHED):
        reasons.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "it is {status}, not approved: submit it and have an editor approve it "
                    "({ready}) first.",
                ),
                {"status": article.status.value, "ready": Status.READY.value},
            )
        )
    if not text["title"].strip():
        reasons.append(Reason(QT_TRANSLATE_NOOP("Errors", "it has no title."), {}))
    if not text["lead"].strip():
        reasons.append(Reason(QT_TRANSLATE_NOOP("Errors", "it has no lead (sapo)."), {}))
    photos = repo.photos.list(article_id)
    reasons += [Reason(p.template, p.params, "Readiness") for p in photo_problems(photos)]
    have = {p.id for p in photos}
    for photo_id in dict.fromkeys(photo_ids_in(text["body"])):
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


def published_at(repo, article_id: int):
    """When the article was first published (the workflow's publish step), or None if it
    never went through it (a story imported as published)."""
    steps = [t.at for t in repo.review.timeline(article_id) if t.action == "publish"]
    return steps[0] if steps else None


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


def collect(repo, article_id: int, *, current: bool = False) -> ArticleExport:
    """The article as it will be exported: its approved text (or with *current* the text as
    it is now). Raises ``PhotoError`` if a photo cannot be rendered (call
    ``publish_problems`` first to get every reason at once)."""
    article = repo.get(article_id)
    text = exported_text(repo, article_id, current=current)
    photos = repo.photos.list(article_id)
    media = repo.media()
    numbers = {p.id: n for n, p in enumerate(photos, start=1)}
    out = ArticleExport(
        id=article.id,
        uri=article.extra["uri"],
        slug=article.slug,
        title=text["title"],
        lead=text["lead"],
        body=renumber_photos(text["body"], numbers),
        byline=text["byline"],
        section=text["section"],
        status=article.status.value,
        created=article.created,
        updated=text["updated"],
        version=text["version"],
        published=published_at(repo, article_id),
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
                original_name=photo.original_name,
            )
        )
    out.provinces = [
        ProvinceExport(t.code, t.name, t.name_used) for t in repo.tags.provinces(article_id)
    ]
    targets = [r.target_id for r in repo.tags.related(article_id)]
    for target in targets:
        other = repo.get(target)
        out.related.append(RelatedExport(other.extra["uri"], other.title, other.slug))
    # Stories an imported bundle linked that have not arrived here: the bundle keeps naming
    # them by uri (the page lists only the stories it can link to).
    out.related += [RelatedExport(m.uri, m.title) for m in repo.tags.missing_related(article_id)]
    return out


__all__ = [
    "PhotoError",
    "Reason",
    "collect",
    "edited_since_approval",
    "exported_text",
    "media_name",
    "publish_problems",
    "renumber_photos",
]
