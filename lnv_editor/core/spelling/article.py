"""The spelling check of a whole article: every text field and every photo's caption and
alt text, for the command line and the readiness list."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lnv_editor.core.spelling.checker import Speller, SpellFinding
from lnv_editor.core.vietnamese import nfc

# The readiness check already reports two spaces in a row (readiness.double_space).
_ALSO_IN_READINESS = frozenset(("two_spaces",))


@dataclass(frozen=True, slots=True)
class FieldFinding:
    field: str  # title, lead, body, caption, alt
    finding: SpellFinding
    photo_id: int | None = None

    def as_json(self, message: str | None = None) -> dict:
        out = self.finding.as_json(self.field, message)
        out["photo_id"] = self.photo_id
        return out


def check_article(
    speller: Speller,
    *,
    title: str,
    lead: str,
    body: str,
    photos: Sequence[tuple[int, str, str]] = (),
) -> list[FieldFinding]:
    """Findings in field order; *photos* are (id, caption, alt). Positions are in each
    field's NFC text."""
    out: list[FieldFinding] = []

    def add(name: str, text: str, photo_id: int | None = None) -> None:
        for f in _check(speller, nfc(text)):
            out.append(FieldFinding(name, f, photo_id))

    add("title", title)
    add("lead", lead)
    add("body", body)
    for photo_id, caption, alt in photos:
        add("caption", caption, photo_id)
        add("alt", alt, photo_id)
    return out


def _check(speller: Speller, text: str) -> Iterable[SpellFinding]:
    # Paragraph by paragraph, as the editor draws them (and caches them).
    offset = 0
    for line in text.split("\n"):
        for f in speller.check(line):
            if f.code not in _ALSO_IN_READINESS:
                yield SpellFinding(
                    f.start + offset, f.end + offset, f.code, f.fixes, f.params, f.rule
                )
        offset += len(line) + 1
