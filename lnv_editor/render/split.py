"""The Markdown body cut into its top-level blocks, with their lines and offsets.

``split_blocks`` cuts the source where Python-Markdown itself starts a new top-level
element: at blank lines, except where a construct spans them (fenced code, a list whose
items are separated by blank lines, consecutive quotations, indented continuations). Raw
HTML is text (``markdown_body``), so a tag never holds blocks together. When in doubt it
keeps text together: rendering two pieces together is always what the whole document
renders, rendering them apart may not be.

While a body is typed, each split starts from a recent one of nearly the same text (found
by comparing slices of characters) and splits again only around the edit.

Reference-style link definitions (``[lnv]: https://…``) are the one thing that crosses
blocks: ``definitions_of`` collects them from the whole source (``render.blocks`` gives
them to every block that has a ``[``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from lnv_editor.core.text_edits import shared_end, shared_start

_FENCE_OPEN = re.compile(r"^(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[*+-]|\d+[.)])[ \t]")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_PHOTO_LINE = re.compile(r"^!\[[^\]\n]*\]\(photo:\d+\)\s*$")
_REF_DEF = re.compile(r"^ {0,3}\[[^\[\]]+\]:[ \t]*\S")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


@dataclass(frozen=True, slots=True)
class SourceBlock:
    text: str
    start_line: int  # 1-based, first line of the block
    end_line: int  # 1-based, last line (inclusive)
    kind: str  # paragraph, heading, list, quote, code, table, photo, definitions
    offset: int = 0  # where its first line starts in the source, in characters


def _fences(lines: Sequence[str]) -> dict[int, int]:
    """Fenced code regions as {first line index: last line index}, the way fenced_code finds
    them: a fence at the start of a line, closed by the same fence on a line of its own."""
    regions: dict[int, int] = {}
    if not any(line.startswith(("```", "~~~")) for line in lines):
        return regions
    i = 0
    while i < len(lines):
        match = _FENCE_OPEN.match(lines[i])
        if match:
            fence = match.group(1)
            for j in range(i + 1, len(lines)):
                if lines[j].rstrip(" ") == fence:
                    regions[i] = j
                    i = j
                    break
        i += 1
    return regions


def _kind(text: str) -> str:
    first, _, rest = text.partition("\n")
    if _FENCE_OPEN.match(first) or first.startswith(("    ", "\t")):
        return "code"
    if _HEADING.match(first):
        return "heading"
    if _LIST_ITEM.match(first):
        return "list"
    if first.lstrip().startswith(">"):
        return "quote"
    if not rest and _PHOTO_LINE.match(first):
        return "photo"
    if _REF_DEF.match(first) and all(_REF_DEF.match(line) for line in text.split("\n")):
        return "definitions"
    if rest and "|" in first and _TABLE_RULE.match(rest):
        return "table"
    return "paragraph"


def _chunks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line indexes of runs of non-blank lines; fences count as non-blank."""
    fences = _fences(lines)
    chunks: list[tuple[int, int]] = []
    i, start = 0, None
    while i < len(lines):
        if i in fences:
            start = i if start is None else start
            i = fences[i] + 1
            continue
        if lines[i].strip():
            start = i if start is None else start
        elif start is not None:
            chunks.append((start, i - 1))
            start = None
        i += 1
    if start is not None:
        chunks.append((start, len(lines) - 1))
    return chunks


def _joins(previous: str, previous_kind: str, nxt: str) -> bool:
    """Whether chunk *nxt* continues the block before it (a blank line between them)."""
    first = nxt.split("\n", 1)[0]
    if first.startswith((" ", "\t")):
        return True  # list continuation, indented code, or lazy content: keep together
    if _LIST_ITEM.match(first) and _ends_in_list(previous, previous_kind):
        return True  # a loose list: items separated by blank lines are one list
    return first.lstrip().startswith(">") and previous_kind == "quote"


def _ends_in_list(text: str, kind: str) -> bool:
    """Whether a block ends inside a list: it is one, or a list starts under its first line
    (a list may interrupt a paragraph, render.markdown_body) and runs to its end."""
    if kind == "list":
        return True
    return kind == "paragraph" and any(_LIST_ITEM.match(line) for line in text.split("\n")[1:])


def split_blocks(source: str) -> list[SourceBlock]:
    """The top-level blocks of a Markdown body, with their 1-based line ranges.

    While a body is typed, each split starts from a recent one of nearly the same text and
    splits again only from the block before the edit until the blocks are the old ones again."""
    return list(_memory.split(source))


class _Split(NamedTuple):
    source: str
    lines: list[str]
    blocks: tuple[SourceBlock, ...]
    fenced: bool  # fences make chunks depend on the whole text: never split from this one


def _chunks_from(lines: list[str], i: int) -> Iterator[tuple[int, int]]:
    """``_chunks`` of a text without fences, from line *i* on, one at a time."""
    start = None
    for n in range(i, len(lines)):
        if lines[n].strip():
            start = n if start is None else start
        elif start is not None:
            yield start, n - 1
            start = None
    if start is not None:
        yield start, len(lines) - 1


def _walk(lines, chunks, blocks: list, converge=None, at: tuple[int, int] = (0, 0)) -> None:
    """Turn *chunks* of *lines* into blocks after *blocks* (a list, extended in place).
    *converge*(first line, block before) may return the blocks that follow unchanged.
    *at*: a line index and the character offset where it starts, at or before the chunks."""
    line, offset = at
    for first, last in chunks:
        if converge is not None and blocks:
            rest = converge(first, blocks[-1])
            if rest is not None:
                blocks.extend(rest)
                return
        while line < first:
            offset += len(lines[line]) + 1
            line += 1
        text = "\n".join(lines[first : last + 1])
        if blocks and _joins(blocks[-1].text, blocks[-1].kind, text):
            previous = blocks.pop()
            text = "\n".join(lines[previous.start_line - 1 : last + 1])
            blocks.append(
                SourceBlock(text, previous.start_line, last + 1, previous.kind, previous.offset)
            )
            continue
        blocks.append(SourceBlock(text, first + 1, last + 1, _kind(text), offset))


def _shared_lines(old: str, new: str) -> tuple[int, int]:
    """How many whole lines two texts share at their start, and then at their end (no line
    counted twice); found by comparing characters a slice at a time, not line by line."""
    limit = min(len(old), len(new))
    head = shared_start(old, new, limit)
    tail = shared_end(old, new, limit - head)
    return new.count("\n", 0, head), new.count("\n", len(new) - tail) if tail else 0


def _resplit(old: _Split, source: str, lines: list[str], head: int, tail: int) -> _Split:
    """*lines* split from *old*: its blocks up to the one before the first edited line, then
    the split again until a block starts where an old one did, after a block of the same
    kind that ends in a list the same way (what decides whether the next chunk joins it).
    """
    shift, delta = len(lines) - len(old.lines), len(source) - len(old.source)
    # The first block that ends at or after the blank line before the edit may change (the
    # edit may join a chunk to it), and so may the one before (the next chunk may join it).
    touched = next((n for n, b in enumerate(old.blocks) if b.end_line >= head), len(old.blocks))
    # Split again from the start of the block before (all of it before the edit, as is the
    # blank line after it), or from the top when the first block may change.
    keep = max(0, touched - 1)
    start = old.blocks[keep].start_line - 1 if touched else 0
    starts = {block.start_line - 1: n for n, block in enumerate(old.blocks) if n > keep}

    def converge(first: int, previous: SourceBlock):
        n = starts.get(first - shift) if first >= len(lines) - tail else None
        if n is None or old.blocks[n - 1].kind != previous.kind:
            return None
        # Whether the next chunk joins depends on the block before it ending in a list.
        was = old.blocks[n - 1]
        if _ends_in_list(was.text, was.kind) != _ends_in_list(previous.text, previous.kind):
            return None
        rest = old.blocks[n:]
        if shift or delta:
            rest = [
                SourceBlock(
                    b.text, b.start_line + shift, b.end_line + shift, b.kind, b.offset + delta
                )
                for b in rest
            ]
        return rest

    blocks = list(old.blocks[:keep])
    at = (start, old.blocks[keep].offset) if touched else (0, 0)
    _walk(lines, _chunks_from(lines, start), blocks, converge, at)
    return _Split(source, lines, tuple(blocks), False)


class _SplitMemory:
    """The last few splits (the preview splits the body it shows, and again with comment marks)."""

    def __init__(self, size: int = 4) -> None:
        self._recent: list[_Split] = []
        self._size = size
        self._lock = threading.Lock()

    def split(self, source: str) -> tuple[SourceBlock, ...]:
        fenced = "```" in source or "~~~" in source
        with self._lock:
            recent = [old for old in self._recent if not old.fenced]
        for old in recent:
            if old.source == source:
                return old.blocks
        lines = source.split("\n")
        found = None
        if not fenced and recent:
            ends = [(_shared_lines(old.source, source), old) for old in recent]
            (head, tail), old = max(ends, key=lambda item: sum(item[0]))
            found = _resplit(old, source, lines, head, tail)
        if found is None:
            blocks: list[SourceBlock] = []
            _walk(lines, _chunks(lines), blocks)
            found = _Split(source, lines, tuple(blocks), fenced)
        with self._lock:
            self._recent.append(found)
            del self._recent[: -self._size]
        return found.blocks


_memory = _SplitMemory()


def definitions_of(source: str) -> str:
    """The reference-style link definitions of a body (outside fenced code), one a line."""
    if "]:" not in source:
        return ""
    lines = source.split("\n")
    fenced: set[int] = set()
    for start, end in _fences(lines).items():
        fenced.update(range(start, end + 1))
    return "\n".join(
        line.strip() for n, line in enumerate(lines) if n not in fenced and _REF_DEF.match(line)
    )


def needs_full_render(old_source: str, new_source: str) -> bool:
    """Whether an edit changed something every block depends on (reference definitions)."""
    return definitions_of(old_source) != definitions_of(new_source)
