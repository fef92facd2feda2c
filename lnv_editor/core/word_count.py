"""The status bar's word count, kept up to date without recounting the whole article.

``core/stats.py`` is the rule (``body_words``; title and lead counted as plain words). Counting a 20,000-word body with it takes tens of
milliseconds, too long for the GUI thread while a reporter types; but an edit changes one
paragraph. ``ParagraphCounter`` counts the body paragraph by paragraph (split at blank lines),
remembers each paragraph's count by its text, and so after an edit counts only the paragraph
that changed: the same total as the rule on the whole text, in about a millisecond.

Splitting is exact because the rule's markup patterns stay within a paragraph, except where
an image's alt text or a link's ``](…)`` target is still open at a paragraph's end, or a list
or heading marker stands alone on its last line (its trailing whitespace takes the blank line):
those paragraphs are counted together with the following ones, up to the one that closes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lnv_editor.core.stats import READING_RATE_PER_MINUTE, count_words, markdown_plain

# A list or heading marker alone on a paragraph's last line.
_MARKER_END = re.compile(r"^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s*\Z", re.MULTILINE)
_PARAGRAPH_BREAK = "\n\n"
OPENS, CLOSES, NEITHER = 1, 0, -1


@dataclass(frozen=True, slots=True)
class WordCount:
    words: int
    reading_minutes: int


def reading_minutes(words: int) -> int:
    """As ``core/stats.body_stats`` reckons it."""
    return max(1, round(words / READING_RATE_PER_MINUTE)) if words else 0


def _ends(text: str, opener: str, closer: str) -> int:
    """Whether *text* leaves *opener* (``![``, ``](``) open at its end, closes it, or neither."""
    last_open, last_close = text.rfind(opener), text.rfind(closer)
    if last_open > last_close:
        return OPENS
    return CLOSES if last_close >= 0 else NEITHER


class ParagraphCounter:
    """``count(title, lead, body)``: the words and reading time the rule gives, from
    the counts of the body's paragraphs, each counted once while its text stays the same."""

    def __init__(self) -> None:
        # paragraph text: (words, how it ends an image's alt, a link's target, marker alone)
        self._known: dict[str, tuple[int, int, int, bool]] = {}

    def _paragraph(self, text: str, seen: dict) -> tuple[int, int, int, bool]:
        entry = seen.get(text) or self._known.get(text)
        if entry is None:
            entry = (
                count_words(markdown_plain(text)),
                _ends(text, "![", "]"),
                _ends(text, "](", ")"),
                _MARKER_END.search(text) is not None,
            )
        seen[text] = entry
        return entry

    def count(self, title: str, lead: str, body: str) -> WordCount:
        seen: dict[str, tuple[int, int, int, bool]] = {}
        words = count_words(f"{title}\n{lead}")
        pending: list[str] = []  # paragraphs an open image or link runs through
        image = link = CLOSES
        for paragraph in body.split(_PARAGRAPH_BREAK):
            entry = self._paragraph(paragraph, seen)
            image = entry[1] if entry[1] != NEITHER else image
            link = entry[2] if entry[2] != NEITHER else link
            is_open = image == OPENS or link == OPENS or entry[3]
            if not pending and not is_open:
                words += entry[0]
                continue
            pending.append(paragraph)
            if not is_open:  # closed: count the run as one piece, as the rule reads it
                words += self._paragraph(_PARAGRAPH_BREAK.join(pending), seen)[0]
                pending = []
        if pending:  # the end of the text closes whatever is open
            words += self._paragraph(_PARAGRAPH_BREAK.join(pending), seen)[0]
        self._known = seen  # forget paragraphs that are gone
        return WordCount(words, reading_minutes(words))
