"""Comment anchors that survive edits around them.

An anchor keeps where the comment was made (start, end in NFC code points), the text it quoted
and a little context either side. After an edit it is found again: the exact quote near the old
place first, then the exact quote anywhere (the occurrence with the best matching context), then
a fuzzy match (difflib) good enough to be the same passage. When none is found the anchor is
orphaned: the comment stays, marked, and shows again if the text comes back (a restore).

The quote and context are never rewritten by relocation: they are what the commenter saw, so a
restored revision finds its comments again exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from lnv_editor.core.vietnamese import nfc

CONTEXT_CHARS = 32
# How near the old place (in characters, beyond the quote's length) counts as "near".
NEAR = 48
# difflib ratio from which a changed passage still counts as the one commented on.
FUZZY_THRESHOLD = 0.7


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Placement:
    start: int
    end: int
    orphaned: bool
    how: str  # "exact", "context", "fuzzy" or "orphaned"


def anchor_at(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> Anchor:
    """The anchor of text[start:end] (positions in NFC text, clamped to it)."""
    text = nfc(text)
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return Anchor(
        start,
        end,
        text[start:end],
        text[max(0, start - context) : start],
        text[end : end + context],
    )


def _context_score(text: str, pos: int, anchor: Anchor) -> int:
    """How many characters of the anchor's context surround an occurrence at *pos*."""
    before = text[max(0, pos - len(anchor.prefix)) : pos]
    after = text[pos + len(anchor.quote) : pos + len(anchor.quote) + len(anchor.suffix)]
    score = 0
    for a, b in zip(reversed(before), reversed(anchor.prefix), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(after, anchor.suffix, strict=False):
        if a != b:
            break
        score += 1
    return score


def _occurrences(text: str, quote: str) -> list[int]:
    found, pos = [], text.find(quote)
    while pos >= 0:
        found.append(pos)
        pos = text.find(quote, pos + 1)
    return found


def _best_span(region: str, quote: str) -> tuple[int, int, float]:
    """The span of *region* most like *quote*: (start, end, ratio)."""
    blocks = [
        b
        for b in SequenceMatcher(None, region, quote, autojunk=False).get_matching_blocks()
        if b.size
    ]
    # Single letters match anywhere in Vietnamese text; spans start and end on longer runs.
    solid = [b for b in blocks if b.size >= 3] or blocks
    solid = sorted(solid, key=lambda b: b.size, reverse=True)[:12]
    solid.sort(key=lambda b: b.a)
    best, best_score = (0, 0, 0.0), float("-inf")
    for i, first in enumerate(solid):
        for last in solid[i:]:
            start, end = first.a, last.a + last.size
            if end - start > 2 * len(quote):
                continue
            matcher = SequenceMatcher(None, region[start:end], quote, autojunk=False)
            matched = sum(b.size for b in matcher.get_matching_blocks())
            # Cover as much of the quote as possible; each extra character costs half a match.
            score = matched - 0.5 * (end - start - matched)
            if score > best_score:
                best, best_score = (start, end, matcher.ratio()), score
    return best


def _fuzzy(text: str, anchor: Anchor, threshold: float) -> Placement | None:
    quote = anchor.quote
    regions = [max(0, anchor.start - len(quote) - NEAR)]
    longest = SequenceMatcher(None, text, quote, autojunk=False).find_longest_match(
        0, len(text), 0, len(quote)
    )
    if longest.size:
        regions.append(max(0, longest.a - longest.b - len(quote)))
    best: tuple[int, int, float] | None = None
    for lo in regions:
        hi = lo + 3 * len(quote) + 2 * NEAR
        start, end, ratio = _best_span(text[lo:hi], quote)
        if ratio >= threshold and (best is None or ratio > best[2]):
            best = (lo + start, lo + end, ratio)
    if best is None:
        return None
    return Placement(best[0], best[1], False, "fuzzy")


def relocate(
    anchor: Anchor,
    text: str,
    *,
    threshold: float = FUZZY_THRESHOLD,
    fuzzy: bool = True,
    text_is_nfc: bool = False,
) -> Placement:
    """Where *anchor* is in *text* now (both taken as NFC). *fuzzy* False skips the close
    match (for an orphan checked again on every save: only its exact text brings it back).
    *text_is_nfc*: the caller has normalised *text* (once for all of an article's comments:
    a 20,000-word body takes half a millisecond)."""
    if not text_is_nfc:
        text = nfc(text)
    anchor = Anchor(
        anchor.start, anchor.end, nfc(anchor.quote), nfc(anchor.prefix), nfc(anchor.suffix)
    )
    quote = anchor.quote
    if not quote:
        # A point comment: the context decides, else it stays where it was.
        pos = text.find(anchor.prefix + anchor.suffix) if anchor.prefix or anchor.suffix else -1
        if pos >= 0:
            at = pos + len(anchor.prefix)
            return Placement(at, at, False, "context")
        at = min(anchor.start, len(text))
        return Placement(at, at, bool(anchor.prefix or anchor.suffix), "orphaned")
    found = _occurrences(text, quote)
    if found:
        near = [p for p in found if abs(p - anchor.start) <= len(quote) + NEAR]
        if near:
            pos = min(near, key=lambda p: (-_context_score(text, p, anchor), abs(p - anchor.start)))
            return Placement(pos, pos + len(quote), False, "exact")
        pos = min(found, key=lambda p: (-_context_score(text, p, anchor), abs(p - anchor.start)))
        return Placement(pos, pos + len(quote), False, "context")
    close = _fuzzy(text, anchor, threshold) if fuzzy else None
    if close is not None:
        return close
    at = min(anchor.start, len(text))
    return Placement(at, min(at + len(quote), len(text)), True, "orphaned")
