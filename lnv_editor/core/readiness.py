"""Kiểm tra trước khi gửi duyệt: every check an article goes through before review, in one place.

Errors block submitting and approving (the store refuses them, core/workflow.py says when);
warnings only inform. Each finding names its field, a position in that field's NFC text (or
None), a stable code, and an English template translated in the "Readiness" context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.core.stats import body_words
from lnv_editor.core.vietnamese import STYLE_NEW, STYLE_OLD, nfc, normalize_tones

ERROR, WARNING = "error", "warning"
TITLE_MAX = 100
LEAD_MAX = 300
BODY_MIN_WORDS = 150

MESSAGES: dict[str, str] = {
    "no_title": QT_TRANSLATE_NOOP("Readiness", "The article has no title."),
    "no_lead": QT_TRANSLATE_NOOP("Readiness", "The article has no lead (sapo)."),
    "photo_no_caption": QT_TRANSLATE_NOOP("Readiness", "Photo {name} has no caption."),
    "photo_no_alt": QT_TRANSLATE_NOOP(
        "Readiness", "Photo {name} has no alt text (describe it for readers who cannot see it)."
    ),
    "missing_photo": QT_TRANSLATE_NOOP(
        "Readiness", "The body shows photo {photo}, which this article does not have."
    ),
    "related_deleted": QT_TRANSLATE_NOOP(
        "Readiness", "The related story {id} has been deleted; remove the link."
    ),
    "no_province": QT_TRANSLATE_NOOP("Readiness", "Tag at least one province."),
    "title_long": QT_TRANSLATE_NOOP(
        "Readiness", "The title has {length} characters; keep it under {limit}."
    ),
    "lead_long": QT_TRANSLATE_NOOP(
        "Readiness", "The lead has {length} characters; keep it under {limit}."
    ),
    "lead_no_stop": QT_TRANSLATE_NOOP("Readiness", "The lead does not end a sentence."),
    "body_short": QT_TRANSLATE_NOOP(
        "Readiness", "The body has {words} words; a story needs at least {limit}."
    ),
    "mixed_tones": QT_TRANSLATE_NOOP(
        "Readiness",
        "Both tone-mark styles in one article: \u201c{word}\u201d here, "
        "\u201c{other}\u201d elsewhere.",
    ),
    "double_space": QT_TRANSLATE_NOOP("Readiness", "Two spaces in a row."),
    "unbalanced": QT_TRANSLATE_NOOP("Readiness", "\u201c{char}\u201d has no partner."),
    "lnv_prefix": QT_TRANSLATE_NOOP(
        "Readiness", "Remove \u201cLNV -\u201d from the lead: the portal adds it."
    ),
    "raw_html": QT_TRANSLATE_NOOP(
        "Readiness",
        "The body has an HTML tag ({tag}): readers see it as typed text, not as formatting.",
    ),
}
MAX_HTML_FINDINGS = 20  # a pasted web page would otherwise list hundreds


@dataclass(frozen=True, slots=True)
class Finding:
    severity: str  # error | warning
    code: str
    field: str  # title, lead, body, photo, related, provinces
    position: int | None
    params: dict = field(default_factory=dict, compare=False)
    photo_id: int | None = None

    @property
    def template(self) -> str:
        return MESSAGES[self.code]

    def as_json(self, message: str | None = None) -> dict:
        return {
            "field": self.field,
            "position": self.position,
            "code": self.code,
            "photo_id": self.photo_id,
            "message": message if message is not None else self.template.format(**self.params),
        }


@dataclass(frozen=True, slots=True)
class Report:
    errors: tuple[Finding, ...]
    warnings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True, slots=True)
class PhotoText:
    id: int
    caption: str
    alt: str
    name: str = ""


_PHOTO_REF = re.compile(r"!\[[^\]\n]*\]\(photo:(\d+)\)")
_STOPS = (".", "!", "?", "…", ".\u201d", "!\u201d", "?\u201d", '."', '!"', '?"', ".)")
_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
_LNV = re.compile(r"^\s*LNV\s*[-\u2013\u2014]")
_PAIRS = {"(": ")", "[": "]", "\u201c": "\u201d", "\u2018": "\u2019"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_WORD = re.compile(r"[^\W\d_]+")
_LIST_MARKER = re.compile(r"^\s{0,3}\d+\)", re.MULTILINE)  # "1)" opens a Markdown list item


def photo_findings(photos: Iterable[PhotoText]) -> list[Finding]:
    """A photo without caption or alt text: the gate the photo panel marks too."""
    out = []
    for p in photos:
        name = p.name or f"#{p.id}"
        if not p.alt.strip():
            out.append(Finding(ERROR, "photo_no_alt", "photo", None, {"name": name}, p.id))
        if not p.caption.strip():
            out.append(Finding(ERROR, "photo_no_caption", "photo", None, {"name": name}, p.id))
    return out


def _unbalanced(name: str, text: str) -> list[Finding]:
    out: list[Finding] = []
    stack: list[tuple[str, int]] = []
    straight: list[int] = []
    markers = {m.end() - 1 for m in _LIST_MARKER.finditer(text)}
    for i, ch in enumerate(text):
        if i in markers:
            continue
        if ch in _PAIRS:
            stack.append((ch, i))
        elif ch in _CLOSERS:
            if stack and stack[-1][0] == _CLOSERS[ch]:
                stack.pop()
            else:
                out.append(Finding(WARNING, "unbalanced", name, i, {"char": ch}))
        elif ch == '"':
            straight.append(i)
    out.extend(Finding(WARNING, "unbalanced", name, i, {"char": ch}) for ch, i in stack)
    if len(straight) % 2:
        out.append(Finding(WARNING, "unbalanced", name, straight[-1], {"char": '"'}))
    return out


@lru_cache(maxsize=16384)
def _word_style(word: str) -> str | None:
    """The tone-mark style *word* is written in, None when both styles write it alike."""
    old, new = normalize_tones(word, STYLE_OLD), normalize_tones(word, STYLE_NEW)
    if old == new:
        return None
    return STYLE_OLD if word == old else STYLE_NEW if word == new else None


def _tone_styles(texts: Sequence[tuple[str, str]]) -> list[Finding]:
    """Words written in the old style (hòa) and in the new (hoà) in the same article."""
    seen: dict[str, list[tuple[str, int, str]]] = {STYLE_OLD: [], STYLE_NEW: []}
    for name, text in texts:
        for m in _WORD.finditer(text):
            style = _word_style(m.group())
            if style is not None:
                seen[style].append((name, m.start(), m.group()))
    if not seen[STYLE_OLD] or not seen[STYLE_NEW]:
        return []
    fewer, more = sorted(seen.values(), key=len)
    name, pos, word = fewer[0]
    return [Finding(WARNING, "mixed_tones", name, pos, {"word": word, "other": more[0][2]})]


_HTML_TAG = re.compile(r"<!--|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
_CODE = re.compile(r"^(`{3,}|~{3,}).*?^\1[ \t]*$|`[^`\n]+`", re.S | re.M)


def _html_tags(body: str) -> list[Finding]:
    """Tags and comments typed in the body (outside code): the renderer shows them as text
    (render.markdown_body), which may not be what the author meant."""
    if "<" not in body:
        return []
    code = [m.span() for m in _CODE.finditer(body)]
    out: list[Finding] = []
    for m in _HTML_TAG.finditer(body):
        if any(start <= m.start() < end for start, end in code):
            continue
        tag = m.group() if len(m.group()) <= 40 else m.group()[:39] + "…"
        out.append(Finding(WARNING, "raw_html", "body", m.start(), {"tag": tag}))
        if len(out) >= MAX_HTML_FINDINGS:
            break
    return out


def check(
    *,
    title: str,
    lead: str,
    body: str,
    photos: Sequence[PhotoText] = (),
    provinces: Sequence[str] = (),
    related: Sequence[tuple[int, bool]] = (),
) -> Report:
    """Every finding for an article: *photos* its photos' texts, *provinces* its tag codes,
    *related* (target id, deleted) for each related link."""
    title, lead, body = nfc(title), nfc(lead), nfc(body)
    found: list[Finding] = []
    if not title.strip():
        found.append(Finding(ERROR, "no_title", "title", 0))
    if not lead.strip():
        found.append(Finding(ERROR, "no_lead", "lead", 0))
    found.extend(photo_findings(photos))
    have = {p.id for p in photos}
    for m in _PHOTO_REF.finditer(body):
        if int(m.group(1)) not in have:
            found.append(
                Finding(ERROR, "missing_photo", "body", m.start(), {"photo": int(m.group(1))})
            )
    for target, deleted in related:
        if deleted:
            found.append(Finding(ERROR, "related_deleted", "related", None, {"id": target}))
    if not provinces:
        found.append(Finding(ERROR, "no_province", "provinces", None))

    if len(title) > TITLE_MAX:
        found.append(
            Finding(
                WARNING,
                "title_long",
                "title",
                TITLE_MAX,
                {"length": len(title), "limit": TITLE_MAX},
            )
        )
    if len(lead) > LEAD_MAX:
        found.append(
            Finding(
                WARNING, "lead_long", "lead", LEAD_MAX, {"length": len(lead), "limit": LEAD_MAX}
            )
        )
    if lead.strip() and not lead.rstrip().endswith(_STOPS):
        found.append(Finding(WARNING, "lead_no_stop", "lead", len(lead.rstrip())))
    if _LNV.match(lead):
        found.append(Finding(WARNING, "lnv_prefix", "lead", 0))
    words = body_words(body)
    if words < BODY_MIN_WORDS:
        found.append(
            Finding(WARNING, "body_short", "body", None, {"words": words, "limit": BODY_MIN_WORDS})
        )
    texts = [("title", title), ("lead", lead), ("body", body)]
    found.extend(_tone_styles(texts + [("photo", p.caption) for p in photos]))
    for name, text in texts:
        found.extend(
            Finding(WARNING, "double_space", name, m.start()) for m in _DOUBLE_SPACE.finditer(text)
        )
        found.extend(_unbalanced(name, text))
    found.extend(_html_tags(body))
    return Report(
        tuple(f for f in found if f.severity == ERROR),
        tuple(f for f in found if f.severity == WARNING),
    )
