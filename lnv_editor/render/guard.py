"""A cheap pre-check that keeps pathological Markdown from hanging the renderer.

Measured with Python-Markdown 3.11 (``benchmarks/bench_render.py --pathological`` prints
the figures): time grows with the square of the number of unclosed ``[`` in one paragraph
(2,000 take 0.6 s, 40,000 would take minutes); lists nested 500 deep exhaust the recursion
limit after seconds of work; a blockquote nested one level deeper on each of 1,000 lines
takes 3 s and writes a megabyte. Real articles come nowhere near these limits, so beyond
them the text is flattened (the characters stay, their nesting goes) instead of refused:
the author still sees every word and can fix the markup.
"""

from __future__ import annotations

import re

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, LnvError

MAX_QUOTE_DEPTH = 12  # ">" levels kept per line
MAX_INDENT = 48  # leading columns kept (12 list levels of 4 spaces)
MAX_BRACKETS = 300  # "[" in one block that may open a link or image

_QUOTE_PREFIX = re.compile(r"^(?:[ \t]*>)+")
_INDENT = re.compile(r"^[ \t]+")


class RenderError(LnvError):
    """The body could not be rendered (the message says what to change)."""


def recursion_error() -> RenderError:
    return RenderError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The body is nested too deeply to show (lists or quotations inside each other "
            "hundreds of times). Remove some of the nesting and the preview comes back.",
        )
    )


def _flatten_line(line: str) -> str:
    match = _QUOTE_PREFIX.match(line)
    if match and match.group().count(">") > MAX_QUOTE_DEPTH:
        line = "> " * MAX_QUOTE_DEPTH + line[match.end() :].lstrip(" \t>")
    match = _INDENT.match(line)
    if match and len(match.group().expandtabs(4)) > MAX_INDENT:
        line = " " * MAX_INDENT + line[match.end() :]
    return line


def _escape_brackets(text: str) -> str:
    # Keep the first MAX_BRACKETS as they are (links still work); escape the rest.
    seen = 0
    out: list[str] = []
    for part in re.split(r"(\[)", text):
        if part == "[":
            seen += 1
            out.append("[" if seen <= MAX_BRACKETS else "\\[")
        else:
            out.append(part)
    return "".join(out)


def defuse(text: str) -> str:
    """*text* (one block, not fenced code) with pathological nesting flattened; ordinary
    text comes back unchanged (the same object, so cache keys stay equal)."""
    changed = text
    if ">" in text or "\t" in text or "    " * (MAX_INDENT // 4) in text:
        lines = text.split("\n")
        flat = [_flatten_line(line) for line in lines]
        if flat != lines:
            changed = "\n".join(flat)
    if changed.count("[") > MAX_BRACKETS:
        changed = _escape_brackets(changed)
    return text if changed == text else changed
