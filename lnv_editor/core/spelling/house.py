"""House style: what the desk wants written one way (TP.HCM, “ ” quotes, 7,5 tỷ, 1.100 hộ,
12 km, ngày 12/3/2025, tỉnh in lower case mid-sentence, former provinces with their present
unit). The rules are a file the desk edits (assets/spelling/house_style.tsv); the messages in
it are the desk's own words. Runs on a worker after typing pauses: a whole article is a few
regular expressions over its text."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.core.spelling.lexicon import asset_text
from lnv_editor.core.vietnamese import nfc

FORMER_MESSAGE = QT_TRANSLATE_NOOP(
    "Spelling",
    "\u201c{former}\u201d is a former province: write \u201c{former} (nay là {current})\u201d.",
)


@dataclass(frozen=True, slots=True)
class HouseRule:
    id: str
    pattern: re.Pattern[str]
    message: str
    fix: str
    severity: str


@dataclass(frozen=True, slots=True)
class HouseFinding:
    field: str
    start: int
    end: int
    rule: str
    message: str  # the desk's words (rule file) or an English template (FORMER_MESSAGE)
    fix: str | None
    params: dict
    photo_id: int | None = None
    typed: str = ""  # the passage as it was checked: a fix applies only while it is still there

    @property
    def position(self) -> int:
        return self.start

    def text(self) -> str:
        """The message with its fields filled (rule-file messages have none)."""
        return self.message.format(**self.params)

    def as_json(self, message: str | None = None) -> dict:
        return {
            "field": self.field,
            "position": self.start,
            "end": self.end,
            "code": f"house.{self.rule}",
            "message": message if message is not None else self.message.format(**self.params),
            "fix": self.fix,
            "photo_id": self.photo_id,
        }


def parse_rules(text: str) -> list[HouseRule]:
    """Rules from a house-style file; a pattern that does not compile is an error naming it."""
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    rules = []
    for row in csv.DictReader(io.StringIO(body), delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            pattern = re.compile(nfc(row["pattern"]))
        except re.error as error:
            raise ValueError(f"house-style rule {row['id']}: {error}") from error
        rules.append(
            HouseRule(
                row["id"],
                pattern,
                nfc(row["message"]),
                nfc(row.get("fix") or ""),
                row.get("severity") or "warning",
            )
        )
    return rules


_DEFAULT: list[HouseRule] | None = None


def default_rules() -> list[HouseRule]:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = parse_rules(asset_text("house_style.tsv"))
    return _DEFAULT


def check_text(field: str, text: str, rules: list[HouseRule] | None = None) -> list[HouseFinding]:
    out = []
    for rule in default_rules() if rules is None else rules:
        for m in rule.pattern.finditer(text):
            fix = m.expand(rule.fix) if rule.fix else None
            out.append(
                HouseFinding(
                    field, m.start(), m.end(), rule.id, rule.message, fix, {}, typed=m.group()
                )
            )
    return out


def former_provinces(texts: list[tuple[str, str]]) -> list[HouseFinding]:
    """A former province (before 1 July 2025) named without its present unit."""
    from lnv_editor.core.provinces import suggest_provinces

    out = []
    for suggestion in suggest_provinces(*(text for _name, text in texts)):
        if suggestion.former_names and not suggestion.in_nay_la:
            field, text = texts[suggestion.first_text]
            former = suggestion.former_names[0]
            start = text.find(former, suggestion.first_offset)
            start = suggestion.first_offset if start < 0 else start
            current = suggestion.province.name
            for prefix in ("Thành phố ", "Tỉnh "):
                current = current.removeprefix(prefix)
            out.append(
                HouseFinding(
                    field,
                    start,
                    start + len(former),
                    "former_province",
                    FORMER_MESSAGE,
                    f"{former} (nay là {current})",
                    {"former": former, "current": current},
                    typed=former,
                )
            )
    return out


def check_article(
    *, title: str, lead: str, body: str, rules: list[HouseRule] | None = None
) -> list[HouseFinding]:
    texts = [("title", nfc(title)), ("lead", nfc(lead)), ("body", nfc(body))]
    out: list[HouseFinding] = []
    for field, text in texts:
        out.extend(check_text(field, text, rules))
    out.extend(former_provinces(texts))
    return out
