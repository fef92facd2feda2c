"""Markdown highlighting for the body editor: light, line-local rules so typing stays fast."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat


def _fmt(color: str | None = None, *, bold: bool = False, italic: bool = False, size: float = 0) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if size:
        fmt.setProperty(QTextCharFormat.Property.FontSizeAdjustment, int(size))
    return fmt


class MarkdownHighlighter(QSyntaxHighlighter):
    # (pattern, format, group to colour); applied in order, later rules win where they overlap.
    RULES = (
        (re.compile(r"^#{1,6}\s.*$"), _fmt("#8a1c1c", bold=True, size=1), 0),
        (re.compile(r"^\s{0,3}>.*$"), _fmt("#5b6b7a", italic=True), 0),
        (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s"), _fmt("#b35c00", bold=True), 0),
        (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), _fmt(bold=True), 0),
        (re.compile(r"(?<![*\w])([*_])(?=\S)(.+?)(?<=\S)\1(?![*\w])"), _fmt(italic=True), 0),
        (re.compile(r"`[^`\n]+`"), _fmt("#6a3d9a"), 0),
        (re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)"), _fmt("#1565c0"), 0),
    )

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        for pattern, fmt, group in self.RULES:
            for match in pattern.finditer(text):
                start, end = match.span(group)
                self.setFormat(start, end - start, fmt)
