"""Review comments highlighted on the preview's page: never on an exported one.

The preview passes the open article's comment ranges ({"title"|"lead"|"body"|"caption:<id>":
[range with ``comment_id``, ``start``, ``end``]}, positions into the stored NFC text); the
export passes nothing, so no comment ever reaches a bundle.

How a range becomes ``<mark class="lnv-comment">…</mark><sup class="lnv-comment-marker">``:

1. Private-use sentinel characters (planes 15 and 16, which Markdown, nh3 and the typography
   helpers leave alone) are inserted around each range in the field's source text. Any such
   character the author typed becomes U+FFFD first (same length, so positions hold).
   In the body a range is cut per top-level block and trimmed to the block's content, so it
   never changes where blocks or lines start; a sentinel that would fall inside a link
   address or a line's list/heading/quote marker is moved out of it.
2. The field renders as usual (Markdown + nh3, or Jinja2 autoescape for title and lead).
3. ``decorate`` turns the sentinels in the finished, safe HTML into tags. Marks only ever
   wrap runs of text between two tags (reopened after each inline tag), so whatever the
   range crossed, the HTML stays well formed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import Protocol

from markupsafe import escape

from lnv_editor.render.split import split_blocks

_OPEN, _CLOSE, _QUIET = 0xF0000, 0x100000, 0x108000  # open; close + marker; close only
_MAX = 0x7FFE
_SENTINELS = re.compile("[\U000f0000-\U0010ffff]")
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_LINE_MARKER = re.compile(r"[ \t]*(?:(?:#{1,6}|>|[*+-]|\d+[.)])[ \t]+|>)*")
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")
_SKIPPED_KINDS = {"photo", "html", "definitions"}


class CommentSpan(Protocol):
    comment_id: int
    start: int
    end: int


class CommentMarks:
    """One render's comment ranges, and the sentinels that carry them through the renderer."""

    def __init__(self, ranges: Mapping[str, Sequence[CommentSpan]]) -> None:
        self.ranges = {key: list(spans) for key, spans in ranges.items() if spans}
        self.ids: list[int] = []

    def __bool__(self) -> bool:
        return bool(self.ranges)

    def _index(self, comment_id: int) -> int | None:
        if comment_id not in self.ids:
            if len(self.ids) >= _MAX:
                return None
            self.ids.append(comment_id)
        return self.ids.index(comment_id)

    def field(self, key: str, text: str) -> str:
        """*text* of field *key* with sentinels around its commented ranges."""
        if not self.ranges:
            return text
        if _beyond_bmp(text):
            text = _SENTINELS.sub("\ufffd", text)
        pieces = []  # (start, end, index, last piece of its comment)
        blocks = _block_spans(text) if key == "body" and self.ranges.get(key) else []
        for span in self.ranges.get(key, ()):
            start, end = max(0, span.start), min(len(text), span.end)
            index = self._index(span.comment_id)
            if index is None or start >= end:
                continue
            if key == "body":
                cut = _body_pieces(text, blocks, start, end)
                pieces += [(s, e, index, n == len(cut) - 1) for n, (s, e) in enumerate(cut)]
            else:
                pieces.append((start, end, index, True))
        return _insert(text, pieces)

    def decorate(self, html: str) -> str:
        """Safe *html* with the sentinels turned into marks and markers."""
        if not self.ids or not _SENTINELS.search(html):
            return html
        out: list[str] = []
        active: list[int] = []
        position = 0
        for tag in _TAG.finditer(html):
            self._text(html[position : tag.start()], active, out)
            out.append(_SENTINELS.sub("", tag.group()))
            position = tag.end()
        self._text(html[position:], active, out)
        # A close the sanitiser dropped (it sat inside raw HTML): the marker still shows.
        out += [self._marker(self.ids[index]) for index in active]
        return "".join(out)

    @staticmethod
    def _marker(comment_id: int) -> str:
        return (
            f'<sup class="lnv-comment-marker" data-comment-id="{comment_id}">'
            f"{escape(str(comment_id))}</sup>"
        )

    def _text(self, text: str, active: list[int], out: list[str]) -> None:
        # Whitespace between tags (in a table, a list) is no place for a mark.
        run: list[str] = []

        def flush() -> None:
            if run and active and "".join(run).strip():
                comment_id = self.ids[active[-1]]
                css = "lnv-comment lnv-comment-overlap" if len(active) > 1 else "lnv-comment"
                out.append(f'<mark class="{css}" data-comment-id="{comment_id}">')
                out.append("".join(run))
                out.append("</mark>")
            else:
                out.append("".join(run))
            run.clear()

        for ch in text:
            code = ord(ch)
            if code < _OPEN:
                run.append(ch)
                continue
            flush()
            if code < _CLOSE:
                active.append(code - _OPEN)
                continue
            index = code - (_QUIET if code >= _QUIET else _CLOSE)
            if index in active:
                active.remove(index)
            if code < _QUIET and index < len(self.ids):
                out.append(self._marker(self.ids[index]))
        flush()


def _beyond_bmp(text: str) -> bool:
    """Whether *text* has a character past U+FFFF (a sentinel is one): 15x faster than the
    regex over a 20,000-word body, which the preview marks at every keystroke."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def strip_sentinels(text: str) -> str:
    """*text* without the sentinels (for places no mark belongs, like ``<title>``)."""
    return _SENTINELS.sub("", text)


def _insert(text: str, pieces: list[tuple[int, int, int, bool]]) -> str:
    inserts: list[tuple[int, int, str]] = []  # (position, order, sentinel)
    for start, end, index, last in pieces:
        inserts.append((start, 1, chr(_OPEN + index)))
        inserts.append((end, 0, chr((_CLOSE if last else _QUIET) + index)))
    inserts.sort(key=lambda item: (item[0], item[1]))
    out, position = [], 0
    for at, _order, sentinel in inserts:
        out.append(text[position:at])
        out.append(sentinel)
        position = at
    out.append(text[position:])
    return "".join(out)


def _block_spans(source: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the body's blocks that may hold a mark."""
    return [
        (block.offset, block.offset + len(block.text))
        for block in split_blocks(source)
        if block.kind not in _SKIPPED_KINDS
    ]


def _body_pieces(
    source: str, blocks: list[tuple[int, int]], start: int, end: int
) -> list[tuple[int, int]]:
    """The range [start, end) of a Markdown body cut per block, trimmed to content."""
    pieces = []
    # Blocks end in order: start from the first one that ends after the range starts.
    first = bisect_right(blocks, start, key=lambda block: block[1])
    for b_start, b_end in blocks[first:]:
        if b_start >= end:
            break
        s, e = max(start, b_start), min(end, b_end)
        if s >= e:
            continue
        s, e = _snap(source, s, e, b_end)
        if s < e and source[s:e].strip():
            pieces.append((s, e))
    return pieces


def _snap(source: str, s: int, e: int, block_end: int) -> tuple[int, int]:
    while s < e and source[s].isspace():
        s += 1
    while e > s and source[e - 1].isspace():
        e -= 1
    # Out of a line's leading syntax ("## ", "> ", "- ", "1. ").
    line_start = source.rfind("\n", 0, s) + 1
    prefix_end = line_start + _LINE_MARKER.match(source, line_start).end() - line_start
    if s < prefix_end:
        s = min(prefix_end, e)
    line_start = source.rfind("\n", 0, e) + 1
    if e <= line_start + _LINE_MARKER.match(source, line_start).end() - line_start:
        e = max(s, line_start)
        while e > s and source[e - 1].isspace():
            e -= 1
    # Out of a link's address: the sentinel moves past its closing parenthesis.
    for target in _LINK_TARGET.finditer(source, max(0, s - 2000), min(block_end, e + 2000)):
        if target.start() + 1 < s < target.end():
            s = target.end()
        if target.start() + 1 < e < target.end():
            e = target.end()
    return s, max(s, e)
