"""The snippet under each search hit: a window of its lead (or, when the lead lacks the
query, its body) around the first match, with the matched spans.

Each hit's text is folded once (``fold_chars``: positions stay those of the text) and that
one fold serves both the choice of the lead or the body and the window's spans; the query's
pattern is compiled once per search. Folding dominated a search's Python time: the lead,
then the body, each folded whole to choose, then the chosen one folded again for the spans.
"""

from __future__ import annotations

import re

from lnv_editor.core.vietnamese import fold_chars

SNIPPET_CHARS = 160


class Snippets:
    """Snippets for the hits of one query. *units*: what is highlighted, folded (each phrase
    whole, or each word)."""

    def __init__(self, units: list[str], width: int = SNIPPET_CHARS) -> None:
        self.units = units
        self.width = width
        self.pattern = (
            re.compile(
                r"(?<![0-9a-z])(?:"
                + "|".join(re.escape(w) for w in sorted(units, key=len, reverse=True))
                + ")"
            )
            if units
            else None
        )

    def of_hit(self, lead: str, body: str) -> tuple[str, tuple[tuple[int, int], ...]]:
        """The snippet of the lead if it holds any unit, else of the body if it does, else
        of whichever text there is."""
        first = None
        for text in (lead, body):
            if not text:
                continue
            flat = " ".join(text.split())
            folded = fold_chars(flat).lower()
            if any(unit in folded for unit in self.units):
                return self._cut(flat, folded)
            first = first or (flat, folded)
        return self._cut(*first) if first else ("", ())

    def _cut(self, text: str, folded: str) -> tuple[str, tuple[tuple[int, int], ...]]:
        width, pattern = self.width, self.pattern
        match = pattern.search(folded) if pattern else None
        start = 0
        if match and match.start() > width // 3:
            start = text.rfind(" ", 0, match.start() - width // 3) + 1
        end = min(len(text), start + width)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start else end
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(text) else ""
        # A phrase is highlighted word by word, so the spaces between stay plain.
        shift = len(prefix) - start
        spans = (
            tuple(
                (m.start() + w.start() + shift, m.start() + w.end() + shift)
                for m in pattern.finditer(folded, start, end)
                for w in re.finditer(r"\S+", m.group())
            )
            if pattern
            else ()
        )
        return prefix + text[start:end] + suffix, spans
