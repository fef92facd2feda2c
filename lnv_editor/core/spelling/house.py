"""House style: what the desk wants written one way (TP.HCM, “ ” quotes, 7,5 tỷ, 1.100 hộ,
12 km, ngày 12/3/2025, tỉnh in lower case mid-sentence, former provinces with their present
unit). The rules are a file the desk edits from the app or the command line; it lives in the store,
one version per change (store/house_rules.py), and the app's copy (assets/spelling/
house_style.tsv) is its first version. The messages in it are the desk's own words. Runs on a worker after typing pauses: a whole article is a few
regular expressions over its text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError
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


class HouseRulesError(InputError):
    """A house-style rule file that cannot be used; the message names the line and what to do."""


COLUMNS = ("id", "pattern", "message", "fix", "severity")
SEVERITIES = ("warning", "info")
# A pattern that matches nothing at all would flag every position of every article.
_SAMPLE = "Ngày 12/3/2025, tỉnh Thanh Hóa hỗ trợ 7,5 tỷ đồng cho 1.100 hộ (12 km)."


def _bad(template: str, line: int, **params: object) -> HouseRulesError:
    return HouseRulesError(template, line=line, **params)


def _check_fix(rule_id: str, line: int, pattern: re.Pattern[str], fix: str) -> None:
    """The fix refers only to groups the pattern has: tried on an empty match with them."""
    names = {index: name for name, index in pattern.groupindex.items()}
    groups = "".join(
        f"(?P<{names[i]}>)" if i in names else "()" for i in range(1, pattern.groups + 1)
    )
    try:
        re.compile(groups).match("").expand(fix)
    except (re.error, IndexError) as error:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Line {line} ({id}): the fix cannot be used ({error}). Refer only to the "
                "pattern's groups (it has {groups}), or leave the fix empty.",
            ),
            line,
            id=rule_id,
            error=str(error),
            groups=pattern.groups,
        ) from error


def _rule(cells: dict[str, str], line: int, seen: dict[str, int]) -> HouseRule:
    rule_id = cells["id"].strip()
    if not rule_id:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors", "Line {line}: the rule has no id. Write one (e.g. H014) in column 1."
            ),
            line,
        )
    if rule_id in seen:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Line {line}: the id {id} is already used on line {first}. "
                "Give each rule its own id.",
            ),
            line,
            id=rule_id,
            first=seen[rule_id],
        )
    seen[rule_id] = line
    source = nfc(cells["pattern"])
    try:
        pattern = re.compile(source)
    except re.error as error:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Line {line} ({id}): the pattern is not a valid regular expression ({error}). "
                "Check its brackets and backslashes.",
            ),
            line,
            id=rule_id,
            error=str(error),
        ) from error
    if not source or any(m.start() == m.end() for m in pattern.finditer(_SAMPLE)):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Line {line} ({id}): the pattern matches empty text, so it would mark every "
                "letter. Make it match at least one character.",
            ),
            line,
            id=rule_id,
        )
    message = nfc(cells["message"]).strip()
    if not message:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Line {line} ({id}): the message is empty. Say in column 3 what the desk wants "
                "written.",
            ),
            line,
            id=rule_id,
        )
    fix = nfc(cells.get("fix") or "")
    _check_fix(rule_id, line, pattern, fix)
    severity = (cells.get("severity") or "warning").strip()
    if severity not in SEVERITIES:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Line {line} ({id}): the severity \u201c{severity}\u201d is unknown. "
                "Write warning or info.",
            ),
            line,
            id=rule_id,
            severity=severity,
        )
    return HouseRule(rule_id, pattern, message, fix, severity)


def parse_rules(text: str) -> list[HouseRule]:
    """Rules from a house-style file: tab-separated, a header line naming the columns, lines
    starting with # are comments. Anything wrong raises HouseRulesError naming its line."""
    header: list[str] | None = None
    rules: list[HouseRule] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in COLUMNS[:3] if c not in header]
            if missing:
                raise _bad(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Line {line}: the first line that is not a comment must name the "
                        "columns id, pattern, message, fix, severity, separated by tabs "
                        "(missing: {missing}).",
                    ),
                    number,
                    missing=", ".join(missing),
                )
            continue
        if len(cells) > len(header):
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Line {line}: {count} columns where the header has {expected}. Separate "
                    "the columns with one tab each, and put no tab inside a message.",
                ),
                number,
                count=len(cells),
                expected=len(header),
            )
        cells += [""] * (len(header) - len(cells))
        rules.append(_rule(dict(zip(header, cells, strict=True)), number, seen))
    if header is None:
        raise HouseRulesError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The rule file has no header line. Start it with the columns id, pattern, "
                "message, fix, severity, separated by tabs.",
            )
        )
    return rules


def shipped_text() -> str:
    """The rule file that ships with the app: the first version of every store's rules."""
    return asset_text("house_style.tsv")


_DEFAULT: list[HouseRule] | None = None


def default_rules() -> list[HouseRule]:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = parse_rules(shipped_text())
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


class LineMemory:
    """The rules' findings per line of a body, for one list of rules. A rule's regular
    expression holds the interpreter for its whole scan (~40 ms for the shipped rules over
    20,000 words); checked again after a pause in typing, only a line or two changed. A rule
    that would match across two lines is not found this way: the whole-text check finds it."""

    def __init__(self) -> None:
        self.rules: list[HouseRule] | None = None
        self.lines: dict[str, list[HouseFinding]] = {}

    def check(self, field: str, text: str, rules: list[HouseRule]) -> list[HouseFinding]:
        if rules is not self.rules:
            self.rules, self.lines = rules, {}
        if len(self.lines) > 20000:
            self.lines.clear()
        out: list[HouseFinding] = []
        offset = 0
        for line in text.split("\n"):
            found = self.lines.get(line)
            if found is None:
                found = self.lines[line] = check_text(field, line, rules)
            out += (replace(f, start=f.start + offset, end=f.end + offset) for f in found)
            offset += len(line) + 1
        return out


def check_article(
    *,
    title: str,
    lead: str,
    body: str,
    rules: list[HouseRule] | None = None,
    lines: LineMemory | None = None,
) -> list[HouseFinding]:
    """Every house-style finding in the article's texts. *lines*: check the body a line at a
    time from that memory (as typed, again and again), else as one text."""
    texts = [("title", nfc(title)), ("lead", nfc(lead)), ("body", nfc(body))]
    out: list[HouseFinding] = []
    for field, text in texts:
        if field == "body" and lines is not None:
            out.extend(lines.check(field, text, default_rules() if rules is None else rules))
        else:
            out.extend(check_text(field, text, rules))
    out.extend(former_provinces(texts))
    return out
