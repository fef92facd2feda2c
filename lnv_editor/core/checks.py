"""The photo part of the readiness check (core/readiness.py), for views that mark photos.

The rules live in core/readiness.py alone; this only reshapes its photo findings for the photo
panel, which marks each photo missing a text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lnv_editor.core.readiness import PhotoText, photo_findings


@dataclass(frozen=True, slots=True)
class Problem:
    photo_id: int | None
    template: str  # English; translated in the "Readiness" context
    params: dict


def photo_problems(photos: Iterable) -> list[Problem]:
    """Photos missing alt text or a caption (objects with id, alt, caption, original_name)."""
    texts = [PhotoText(p.id, p.caption, p.alt, p.original_name) for p in photos]
    return [Problem(f.photo_id, f.template, f.params) for f in photo_findings(texts)]
