"""What ``core.provinces`` answers with: current and former units, picker hits, the units
an article names. Imported from ``core.provinces``, which is where callers find them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    short_name: str


@dataclass(frozen=True)
class FormerUnit:
    """A pre-2025 unit (Resolution 202/2025/QH15) and the current unit it is now part of."""

    code: str
    name: str
    division_type: str
    current_code: str


@dataclass(frozen=True)
class ProvinceMatch:
    """A picker hit: tag ``province``; show ``matched_name`` when it differs from its name.

    ``is_former`` is True when the name is that of a unit that no longer exists
    ("Bắc Giang" → Bắc Ninh, "Hà Tây" → Hà Nội), so the interface can say so.
    """

    province: Province
    matched_name: str
    is_former: bool


@dataclass(frozen=True)
class ProvinceSuggestion:
    """A unit named in an article.

    ``names_used``: the forms the text wrote, first seen first ("Thanh Hoá", "Thanh Hóa"),
    without a "tỉnh"/"thành phố" prefix (kept for "TP Hồ Chí Minh", "TP.HCM").
    ``former_names``: those of them that name a former unit ("Bắc Giang").
    ``count``: mentions in all texts. ``first_text``/``first_offset``: which text (index
    into the arguments) and where in its NFC form the first mention, ``names_used[0]``,
    starts.
    ``in_nay_la``: the text itself names this unit in a "(nay là …)" phrase.
    """

    province: Province
    names_used: list[str]
    count: int
    first_offset: int
    first_text: int = 0
    former_names: list[str] = field(default_factory=list)
    in_nay_la: bool = False
