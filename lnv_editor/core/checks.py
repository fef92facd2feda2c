"""Editorial checks an article must pass before it is marked ready or published."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lnv_editor.core.article import Status
from lnv_editor.core.errors import QT_TRANSLATE_NOOP

# Statuses that need every check to pass; while drafting, problems are warnings only.
GATED = frozenset({Status.READY, Status.PUBLISHED})


@dataclass(frozen=True, slots=True)
class Problem:
    photo_id: int | None
    template: str  # English; translated in the "Errors" context
    params: dict


def photo_problems(photos: Iterable) -> list[Problem]:
    """Photos missing alt text or a caption (objects with id, alt, caption, original_name)."""
    problems = []
    for photo in photos:
        if not photo.alt.strip():
            problems.append(Problem(photo.id, QT_TRANSLATE_NOOP(
                "Errors", "Photo {name} has no alt text (describe it for readers who cannot see it)."),
                {"name": photo.original_name or f"#{photo.id}"}))
        if not photo.caption.strip():
            problems.append(Problem(photo.id, QT_TRANSLATE_NOOP(
                "Errors", "Photo {name} has no caption."), {"name": photo.original_name or f"#{photo.id}"}))
    return problems
