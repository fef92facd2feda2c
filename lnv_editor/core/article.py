"""Articles as the newsroom thinks of them: fields, statuses, sections."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from lnv_editor.core.errors import QT_TRANSLATE_NOOP

CONTEXT = "Article"


class Status(StrEnum):
    DRAFT = "draft"
    RETURNED = "returned"  # sent back by an editor with a reason (core/workflow.py)
    REVIEW = "review"
    READY = "ready"
    PUBLISHED = "published"


# English labels, translated on the Qt side with QCoreApplication.translate("Article", label).
STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Article", "Draft"),
    Status.RETURNED: QT_TRANSLATE_NOOP("Article", "Returned"),
    Status.REVIEW: QT_TRANSLATE_NOOP("Article", "In review"),
    Status.READY: QT_TRANSLATE_NOOP("Article", "Ready"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Article", "Published"),
}

# The portal's sections (chuyên mục). Section names are content, not UI: they stay Vietnamese.
SECTIONS: tuple[str, ...] = (
    "Làng nghề",
    "Khuyến công",
    "Nông thôn mới",
    "Sản phẩm OCOP",
    "Doanh nghiệp",
    "Chính sách",
    "Địa phương",
)

# The text fields a reporter writes; each is stored NFC.
TEXT_FIELDS: tuple[str, ...] = ("title", "lead", "body", "byline", "section")


@dataclass(slots=True)
class ArticleData:
    """One article's content and bookkeeping, detached from any database session."""

    id: int | None = None
    slug: str = ""
    title: str = ""
    lead: str = ""
    body: str = ""
    byline: str = ""
    section: str = ""
    status: Status = Status.DRAFT
    created: datetime | None = None
    updated: datetime | None = None
    version: int = 0
    extra: dict = field(default_factory=dict)

    def content(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in TEXT_FIELDS}
