"""Ranking by the diacritics the user typed.

The index holds folded text, so "Đồng Kỵ" and "Đông Kỳ" are one phrase to it. A user who
typed the diacritics meant one of them: the top candidates are checked again against their
stored text (cheap for a few hundred rows) and exact matches rank first. Tone-mark style
still does not count ("Thanh Hoá" is "Thanh Hóa"), and a word typed without diacritics
matches any.
"""

from __future__ import annotations

import itertools
import re
import string

from lnv_editor.core.vietnamese import STYLES, fold, normalize_tones
from lnv_editor.store.search_index import PHRASE, ParsedQuery


def _letter_classes() -> dict[str, str]:
    """For each index letter, a regex class of every lower-case letter that folds to it."""
    classes: dict[str, set[str]] = {}
    for code in itertools.chain(range(0x20, 0x250), range(0x1E00, 0x1F00)):
        ch = chr(code).lower()
        folded = fold(ch) if len(ch) == 1 else ""
        if len(folded) == 1 and folded in string.ascii_lowercase + string.digits:
            classes.setdefault(folded, set()).add(ch)
    return {k: "[" + "".join(re.escape(c) for c in sorted(v)) + "]" for k, v in classes.items()}


_LETTERS = _letter_classes()


def _variants(typed: str) -> list[str]:
    return sorted({normalize_tones(typed, style) for style in STYLES})


def _syllable(folded: str, typed: str) -> str:
    if typed == folded:  # typed without diacritics: any diacritics match
        return "".join(_LETTERS.get(c, re.escape(c)) for c in folded)
    return "(?:" + "|".join(re.escape(v) for v in _variants(typed)) + ")"


class ExactMatcher:
    """Tells whether a text holds every phrase of a query with the diacritics as typed.
    Each pattern may come with literals one of which it cannot match without (its first
    syllable as typed): a plain substring test rules most texts out before the regex runs."""

    def __init__(
        self, patterns: list[re.Pattern[str]], needs: list[tuple[str, ...] | None] | None = None
    ) -> None:
        self.patterns = patterns
        self.needs = needs or [None] * len(patterns)

    def __call__(self, *texts: str) -> bool:
        text = "\n".join(texts).lower()
        return all(
            p.search(text) if need is None else _found_at(p, need, text)
            for p, need in zip(self.patterns, self.needs, strict=True)
        )


def _found_at(pattern: re.Pattern[str], starts: tuple[str, ...], text: str) -> bool:
    """``pattern.search(text)``, for a pattern every match of which begins with one of
    *starts*: tried only where ``str.find`` (C, a fast scan) finds one. The regex's search
    cannot skip ahead (it opens with a look-behind) and tries every position of a body."""
    for start in starts:
        at = text.find(start)
        while at >= 0:
            if pattern.match(text, at):  # the look-behind still sees text[at - 1]
                return True
            at = text.find(start, at + 1)
    return False


def exact_matcher(
    parsed: ParsedQuery, mode: str, *, prefix_last: bool = False
) -> ExactMatcher | None:
    """None when the query has no diacritics: then every match ranks alike."""
    if all(w == t for s in parsed.segments for w, t in zip(s.words, s.typed, strict=True)):
        return None
    units: list[list[tuple[str, str]]] = []
    for segment in parsed.segments:
        pairs = list(zip(segment.words, segment.typed, strict=True))
        units += [pairs] if segment.quoted or mode == PHRASE else [[p] for p in pairs]
    patterns, needs = [], []
    for n, unit in enumerate(units):
        open_end = prefix_last and n == len(units) - 1 and not parsed.segments[-1].quoted
        body = r"[\W_]+".join(_syllable(w, t) for w, t in unit)
        patterns.append(re.compile(r"(?<![^\W_])" + body + ("" if open_end else r"(?![^\W_])")))
        first_folded, first_typed = unit[0]
        needs.append(None if first_typed == first_folded else tuple(_variants(first_typed)))
    return ExactMatcher(patterns, needs)
