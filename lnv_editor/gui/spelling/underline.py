"""The red wavy underline, laid over whatever formats a field's highlighter already gives.

A layer is called by the field's highlighter for each block it redraws. It only tokenises and
looks words up (core/spelling/checker.py remembers each paragraph's findings), so drawing
never waits on anything slower than a set lookup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from lnv_editor.core.spelling.checker import Speller

UNDERLINE = QColor("#d32f2f")


class SpellLayer:
    """Underlines each finding of ``speller()`` in a block (None: checking is off)."""

    def __init__(self, speller: Callable[[], Speller | None]) -> None:
        self._speller = speller

    def __call__(self, highlighter: QSyntaxHighlighter, text: str) -> None:
        speller = self._speller()
        if speller is None or not text:
            return
        for finding in speller.check(text):
            i = finding.start
            # One setFormat per run that shares its base format (bold, a heading colour…).
            while i < finding.end:
                base, j = highlighter.format(i), i + 1
                while j < finding.end and highlighter.format(j) == base:
                    j += 1
                fmt = QTextCharFormat(base)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                fmt.setUnderlineColor(UNDERLINE)
                highlighter.setFormat(i, j - i, fmt)
                i = j


class LayeredHighlighter(QSyntaxHighlighter):
    """A highlighter for plain fields (lead, caption, alt text) that only draws its layers,
    with the same ``layers`` list as the body's Markdown highlighter."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self.layers: list = []

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        for layer in self.layers:
            layer(self, text)
