"""Helpers for the render tests: page data without a store, and golden-file comparison.

Regenerate the golden files after an intended change with
``LNV_REGEN_GOLDEN=1 python -m pytest tests/render``: each rewritten file fails its test, so
review ``git diff``, then run again without the variable.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import golden

from lnv_editor.render.page import PageData, PagePhoto, SiteChrome, StoryCard

GOLDEN = Path(__file__).parent / "golden"
TODAY = date(2026, 11, 29)
UPDATED = datetime(2026, 11, 28, 1, 30, tzinfo=UTC)

PHOTOS = (
    PagePhoto(3, "a" * 64, 1600, 1067, "Lò nung \"Hưng Phát\" đỏ lửa", "Ảnh: Minh Thu",
              "Lò gốm rực lửa", cover=True),
    PagePhoto(4, "b" * 64, 600, 400, "Bình men lam", "", "Bình gốm men lam"),
)  # fmt: skip


def card(n: int, thumb: bool = True) -> StoryCard:
    return StoryCard(
        id=100 + n,
        title=f"Tin thứ {n} về làng nghề",
        lead=f"Phần sapo của tin thứ {n}.",
        url=f"lnv-article:{100 + n}",
        thumbnail_src=f"lnv-photo:{200 + n}/320" if thumb else "",
    )


def make_page(**fields) -> PageData:
    values = dict(
        article_id=1,
        title="Gốm Bát Tràng vào mùa hàng Tết",
        lead="Các lò gốm đỏ lửa suốt ngày đêm.",
        body="Đoạn mở đầu.",
        byline="Minh Thu",
        section="Làng nghề",
        chrome=SiteChrome.sample(TODAY),
        slug="gom-bat-trang",
        updated=UPDATED,
        photos=PHOTOS,
    )
    values.update(fields)
    return PageData(**values)


def compare_golden(name: str, actual: str) -> None:
    """Compare with golden/NAME (tests/golden.py: LNV_REGEN_GOLDEN rewrites it and fails)."""
    golden.compare_golden(GOLDEN / name, actual, what="rendered")
