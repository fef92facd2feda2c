"""Word-level comparison of two versions of an article, correct for Vietnamese.

Text is NFC first; a token is a word with every combining mark it carries (a mark is never split
from its letter, even in text NFC cannot compose), a run of spaces, or one other character.
Words are matched on their tone-normalised form (core/vietnamese.py ``normalize_tones``), so a
change of tone-mark style only ("hoà" → "hòa") is reported as its own kind, ``tone``, which a
reader may hide.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.core.vietnamese import STYLE_OLD, nfc, normalize_tones

EQUAL, INSERT, DELETE, REPLACE, TONE = "equal", "insert", "delete", "replace", "tone"

FIELD_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Compare", "Title"),
    "lead": QT_TRANSLATE_NOOP("Compare", "Lead"),
    "body": QT_TRANSLATE_NOOP("Compare", "Body"),
    "caption": QT_TRANSLATE_NOOP("Compare", "Caption of photo {photo}"),
    "provinces": QT_TRANSLATE_NOOP("Compare", "Provinces"),
}


@dataclass(frozen=True, slots=True)
class Op:
    kind: str  # equal, insert, delete, replace, tone
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class FieldDiff:
    field: str  # title, lead, body, caption, provinces
    ops: tuple[Op, ...]
    photo_id: int | None = None

    @property
    def changed(self) -> bool:
        return any(op.kind != EQUAL for op in self.ops)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _kind(ch: str) -> int:
    if ch.isalnum():
        return 0
    if ch.isspace():
        return 1
    return 2


def tokenize(text: str) -> list[str]:
    """Words (with their marks), runs of white space, and single other characters."""
    tokens: list[str] = []
    last_kind = -1
    for ch in nfc(text):
        if _is_mark(ch) and tokens:
            tokens[-1] += ch  # a mark belongs to the letter before it, whatever it is
            continue
        kind = _kind(ch)
        if tokens and kind == last_kind and kind != 2:
            tokens[-1] += ch
        else:
            tokens.append(ch)
        last_kind = kind
    return tokens


def _key(token: str) -> str:
    return normalize_tones(token, STYLE_OLD) if token[:1].isalpha() else token


def _merge(ops: list[Op]) -> tuple[Op, ...]:
    merged: list[Op] = []
    for op in ops:
        if merged and merged[-1].kind == op.kind:
            last = merged[-1]
            merged[-1] = Op(op.kind, last.old + op.old, last.new + op.new)
        else:
            merged.append(op)
    return tuple(merged)


def _diff_tokens(a: list[str], b: list[str], hide_tone_style: bool, ops: list[Op]) -> None:
    matcher = SequenceMatcher(None, [_key(t) for t in a], [_key(t) for t in b], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                ops.append(Op(EQUAL if x == y or hide_tone_style else TONE, x, y))
        elif tag == "insert":
            ops.append(Op(INSERT, "", "".join(b[j1:j2])))
        elif tag == "delete":
            ops.append(Op(DELETE, "".join(a[i1:i2]), ""))
        else:
            ops.append(Op(REPLACE, "".join(a[i1:i2]), "".join(b[j1:j2])))


def _lines(text: str) -> list[str]:
    return nfc(text).splitlines(keepends=True)


def diff_words(old: str, new: str, *, hide_tone_style: bool = False) -> tuple[Op, ...]:
    """The edit from *old* to *new* as runs of equal, inserted, deleted, replaced text and
    tone-style-only changes (shown as equal text when *hide_tone_style*).

    Paragraphs are matched first and words only within the paragraphs that changed: a long
    article compares in milliseconds, and a word never matches one in another paragraph."""
    a, b = _lines(old), _lines(new)
    keys_a = [normalize_tones(line, STYLE_OLD) for line in a]
    keys_b = [normalize_tones(line, STYLE_OLD) for line in b]
    ops: list[Op] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes():
        if tag == "equal" and a[i1:i2] == b[j1:j2]:
            ops.append(Op(EQUAL, "".join(a[i1:i2]), "".join(b[j1:j2])))
        elif tag == "insert":
            ops.append(Op(INSERT, "", "".join(b[j1:j2])))
        elif tag == "delete":
            ops.append(Op(DELETE, "".join(a[i1:i2]), ""))
        else:  # changed paragraphs, or ones whose tone-mark style alone changed
            _diff_tokens(
                tokenize("".join(a[i1:i2])), tokenize("".join(b[j1:j2])), hide_tone_style, ops
            )
    return _merge(ops)


def diff_lists(old: Sequence[str], new: Sequence[str]) -> tuple[Op, ...]:
    """Items kept, removed and added (province names), each item whole."""
    ops: list[Op] = []
    matcher = SequenceMatcher(None, list(old), list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.extend(Op(EQUAL, x, x) for x in old[i1:i2])
        else:
            ops.extend(Op(DELETE, x, "") for x in old[i1:i2])
            ops.extend(Op(INSERT, "", y) for y in new[j1:j2])
    return tuple(ops)


def compare_versions(
    old: Mapping, new: Mapping, *, hide_tone_style: bool = False
) -> list[FieldDiff]:
    """Title, lead, body, captions (``captions``: photo id → caption) and provinces
    (``provinces``: names) of two versions. A part one side did not record (an old revision
    made before captions were kept) is left out rather than shown as all new."""
    out = [
        FieldDiff(
            name,
            diff_words(
                str(old.get(name, "")), str(new.get(name, "")), hide_tone_style=hide_tone_style
            ),
        )
        for name in ("title", "lead", "body")
    ]
    if "captions" in old and "captions" in new:
        old_caps = {int(k): v for k, v in old["captions"].items()}
        new_caps = {int(k): v for k, v in new["captions"].items()}
        for photo_id in sorted(old_caps.keys() | new_caps.keys()):
            ops = diff_words(
                old_caps.get(photo_id, ""),
                new_caps.get(photo_id, ""),
                hide_tone_style=hide_tone_style,
            )
            out.append(FieldDiff("caption", ops, photo_id))
    if "provinces" in old and "provinces" in new:
        # One province a line, so the names stay apart when shown.
        out.append(
            FieldDiff(
                "provinces",
                diff_lists(
                    [f"{n}\n" for n in old["provinces"]], [f"{n}\n" for n in new["provinces"]]
                ),
            )
        )
    return out
