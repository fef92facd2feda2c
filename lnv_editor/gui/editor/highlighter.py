"""Markdown highlighting for the body editor: light, line-local rules so typing stays fast.

Emphasis is paired the way Markdown pairs it (a regex per style cannot tell ``**b**`` from
``*i*`` nested or side by side), over one line at a time."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat


def _fmt(
    color: str | None = None, *, bold: bool = False, italic: bool = False, size: float = 0
) -> QTextCharFormat:
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


_RUN = re.compile(r"\*+|_+")
_CODE = re.compile(r"`[^`\n]+`")


def _punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


@dataclass(slots=True)
class _Delim:
    char: str
    start: int  # a closer is used up from its start,
    end: int  # an opener from its end: both from the inside out
    length: int
    can_open: bool
    can_close: bool


def _delims(text: str) -> list[_Delim]:
    # Code spans are code: their stars are no markers (a backtick stands for them).
    masked = _CODE.sub(lambda m: "`" * len(m.group()), text)
    out = []
    for m in _RUN.finditer(masked):
        before = masked[m.start() - 1] if m.start() else " "
        after = masked[m.end()] if m.end() < len(masked) else " "
        left = not after.isspace() and (not _punct(after) or before.isspace() or _punct(before))
        right = not before.isspace() and (not _punct(before) or after.isspace() or _punct(after))
        if m.group()[0] == "*":
            can_open, can_close = left, right
        else:  # "_" inside a word (tên_tệp_ảnh) is no marker
            can_open = left and (not right or _punct(before))
            can_close = right and (not left or _punct(after))
        out.append(_Delim(m.group()[0], m.start(), m.end(), len(m.group()), can_open, can_close))
    return out


def emphasis_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, strong) of each emphasis in one line, markers included, paired as
    CommonMark pairs them (delimiter runs, flanking, the rule of three): ``**b**`` strong,
    ``*i*`` emphasis, ``***x***`` both, nested and adjacent runs each their own."""
    delims = _delims(text)
    spans = []
    for index, closer in enumerate(delims):
        while closer.can_close and closer.end > closer.start:
            opener_index = None
            for j in range(index - 1, -1, -1):
                o = delims[j]
                if o.char != closer.char or not o.can_open or o.end == o.start:
                    continue
                if (
                    (o.can_close or closer.can_open)
                    and (o.length + closer.length) % 3 == 0
                    and not (o.length % 3 == 0 and closer.length % 3 == 0)
                ):
                    continue
                opener_index = j
                break
            if opener_index is None:
                break
            opener = delims[opener_index]
            n = 2 if opener.end - opener.start >= 2 and closer.end - closer.start >= 2 else 1
            spans.append((opener.end - n, closer.start + n, n == 2))
            opener.end -= n
            closer.start += n
            for between in delims[opener_index + 1 : index]:  # no pairing across an emphasis
                between.end = between.start
    return spans


def _rules_for() -> tuple:
    """The rules in colours that read on the current palette: lighter ones on a dark theme."""
    from PySide6.QtGui import QGuiApplication, QPalette

    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    if not dark:
        return MarkdownHighlighter.RULES
    if not _DARK_RULES:
        for pattern, fmt in MarkdownHighlighter.RULES:
            light = QTextCharFormat(fmt)
            if fmt.hasProperty(QTextCharFormat.Property.ForegroundBrush):
                light.setForeground(fmt.foreground().color().lighter(190))
            _DARK_RULES.append((pattern, light))
    return tuple(_DARK_RULES)


_DARK_RULES: list = []


class MarkdownHighlighter(QSyntaxHighlighter):
    # (pattern, format); applied in order, later rules win where they overlap. Emphasis is
    # laid over these afterwards, so a bold word in a heading or a quotation keeps its colour.
    RULES = (
        (re.compile(r"^#{1,6}\s.*$"), _fmt("#8a1c1c", bold=True, size=1)),
        (re.compile(r"^\s{0,3}>.*$"), _fmt("#5b6b7a", italic=True)),
        (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s"), _fmt("#b35c00", bold=True)),
        (_CODE, _fmt("#6a3d9a")),
        (re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)"), _fmt("#1565c0")),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Other features lay their formats over Markdown's (the spelling underline): one
        # highlighter per document, since two would overwrite each other's formats.
        self.layers: list = []

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        self._markdown(text)
        for layer in self.layers:
            layer(self, text)

    def _markdown(self, text: str) -> None:
        for pattern, fmt in _rules_for():
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
        spans = emphasis_spans(text)
        if not spans:
            return  # most lines: no walk over their characters at every key
        bold, italic = [False] * len(text), [False] * len(text)
        for start, end, strong in spans:
            for i in range(start, end):
                (bold if strong else italic)[i] = True
        # One setFormat per run of characters that share their base format and emphasis.
        i = 0
        while i < len(text):
            if not (bold[i] or italic[i]):
                i += 1
                continue
            base, j = self.format(i), i + 1
            while (
                j < len(text)
                and (bold[j], italic[j]) == (bold[i], italic[i])
                and self.format(j) == base
            ):
                j += 1
            fmt = QTextCharFormat(base)
            if bold[i]:
                fmt.setFontWeight(QFont.Weight.Bold)
            if italic[i]:
                fmt.setFontItalic(True)
            self.setFormat(i, j - i, fmt)
            i = j
