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
MAX_BRACKETS = 300  # "[" or "(" in one block before unclosed ones are escaped
MAX_BRACKET_DEPTH = 16  # "[" nested in "["
MAX_ANGLES = 300  # "<" in one block before those that cannot open a tag are escaped

# Stand-ins (Unicode private use) for characters taken out of Markdown's sight; ``restore``
# puts them back in the HTML. Markdown escapes ("\\[", "&#91;") would not do: Python-Markdown
# stashes each one, and tens of thousands of them in one paragraph take quadratic time.
OPEN_BRACKET, CLOSE_BRACKET, OPEN_PAREN, OPEN_ANGLE = "\ue000", "\ue001", "\ue002", "\ue003"
_STAND_INS = {OPEN_BRACKET: "[", CLOSE_BRACKET: "]", OPEN_PAREN: "(", OPEN_ANGLE: "&lt;"}
_STAND_IN_RE = re.compile("[\ue000-\ue003]")

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


def _balance_brackets(text: str) -> str:
    """``[`` that no ``]`` closes, pairs nested deeper than MAX_BRACKET_DEPTH, and a ``(``
    after ``]`` that no ``)`` closes are set aside as stand-ins: each of them would send
    Python-Markdown scanning the rest of the block for a link that is not there."""
    out = list(text)
    stack: list[int] = []
    parens: list[int] = []
    for i, ch in enumerate(text):
        if ch == "[":
            stack.append(i)
        elif ch == "]" and stack:
            start = stack.pop()
            if len(stack) >= MAX_BRACKET_DEPTH:
                out[start], out[i] = OPEN_BRACKET, CLOSE_BRACKET
        elif ch == "(":
            parens.append(i)
        elif ch == ")" and parens:
            parens.pop()
    for i in stack:
        out[i] = OPEN_BRACKET
    for i in parens:
        if i and text[i - 1] == "]":
            out[i] = OPEN_PAREN
    return "".join(out)


def _escape_open_angles(text: str) -> str:
    # A "<" with no ">" before the next "<" cannot start a tag: write it as an entity.
    return re.sub(r"<(?=[^>]*(?:<|$))", OPEN_ANGLE, text)


def defuse(text: str) -> str:
    """*text* (one block, not fenced code) with pathological nesting flattened; ordinary
    text comes back unchanged (the same object, so cache keys stay equal)."""
    changed = text
    if ">" in text or "\t" in text or "    " * (MAX_INDENT // 4) in text:
        lines = text.split("\n")
        flat = [_flatten_line(line) for line in lines]
        if flat != lines:
            changed = "\n".join(flat)
    if _STAND_IN_RE.search(text):
        return text if changed == text else changed  # the author's own private-use text
    if changed.count("[") > MAX_BRACKETS or changed.count("(") > MAX_BRACKETS:
        changed = _balance_brackets(changed)
    if changed.count("<") > MAX_ANGLES:
        changed = _escape_open_angles(changed)
    return text if changed == text else changed


def restore(html: str) -> str:
    """The HTML of a defused block with the stand-ins turned back into what was typed."""
    return _STAND_IN_RE.sub(lambda m: _STAND_INS[m.group()], html)
