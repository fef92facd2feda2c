"""The body as top-level blocks, so the live preview re-renders and patches only what changed.

``split_blocks`` cuts the Markdown source where Python-Markdown itself starts a new
top-level element: at blank lines, except where a construct spans them (fenced code, a list
whose items are separated by blank lines, consecutive quotations, indented continuations).
Raw HTML is text (``markdown_body``), so a tag never holds blocks together. When in doubt it keeps text together: rendering two pieces
together is always what the whole document renders, rendering them apart may not be.

Reference-style link definitions (``[lnv]: https://…``) are the one thing that crosses
blocks: a definition anywhere serves a link anywhere. They are collected from the whole
source and given to every block that has a ``[``; when they change, every such block's
cache key changes with them and ``diff_blocks`` reports ``full`` (replace the whole body).

Each block renders to sanitised HTML cached by its text, so an edit re-renders one
paragraph; photos are placed afterwards on every render, so a caption edit shows at once.
The page body is exactly the blocks' wrapped HTML joined by newlines.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import NamedTuple

from lnv_editor.render.guard import defuse, recursion_error, restore
from lnv_editor.render.markdown_body import (
    MISSING_PHOTO_LABEL,
    Resolver,
    markdown_to_safe_html,
    place_photos,
)

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


@dataclass(frozen=True, slots=True)
class Block:
    """One rendered top-level block: sanitised HTML with photos placed."""

    index: int
    start_line: int
    end_line: int
    kind: str
    text: str
    html: str
    photo_ids: tuple[int, ...] = ()
    missing_photo_ids: tuple[int, ...] = ()

    def wrapped(self) -> str:
        """The block in its wrapper, as the page holds it; the preview finds blocks by
        ``data-block`` and maps the cursor by ``data-src-line``/``data-src-end``."""
        return (
            f'<div class="md-block" data-block="{self.index}" data-src-line="{self.start_line}"'
            f' data-src-end="{self.end_line}">{self.html}</div>'
        )


@dataclass(frozen=True, slots=True)
class RenderedBlocks:
    blocks: tuple[Block, ...]
    definitions: str  # the reference definitions every block was rendered with
    # What else a block's HTML depended on besides its text (the comment numbering): a later
    # render may reuse these blocks only with the same key (``BlockRenderer.render``).
    key: tuple = ()

    def __iter__(self):
        return iter(self.blocks)

    def __len__(self) -> int:
        return len(self.blocks)

    def __getitem__(self, index: int) -> Block:
        return self.blocks[index]

    @property
    def html(self) -> str:
        """The preview's body: each block in its wrapper (``Block.wrapped``)."""
        return "\n".join(block.wrapped() for block in self.blocks)

    @property
    def plain_html(self) -> str:
        """The published body: the blocks' HTML without the editor's wrappers."""
        return "\n".join(block.html for block in self.blocks)

    @property
    def photo_ids(self) -> list[int]:
        return [pid for block in self.blocks for pid in block.photo_ids]

    @property
    def missing_photo_ids(self) -> list[int]:
        return [pid for block in self.blocks for pid in block.missing_photo_ids]

    def block_at_line(self, line: int) -> Block | None:
        """The block holding source *line* (1-based), or the nearest one before it."""
        found = None
        for block in self.blocks:
            if block.start_line > line:
                break
            found = block
        return found


@dataclass(frozen=True, slots=True)
class BlockDiff:
    """How a new block list differs from an old one (indexes into the lists named)."""

    full: bool  # reference definitions changed: replace the whole body
    changed: tuple[int, ...]  # new indexes whose HTML differs from the old block in their place
    inserted: tuple[int, ...]  # new indexes with no old counterpart
    removed: tuple[int, ...]  # old indexes that are gone
    renumbered: tuple[int, ...]  # new indexes with the same HTML but another index or lines
    opcodes: tuple[tuple[str, int, int, int, int], ...]  # difflib opcodes, old -> new

    @property
    def unchanged(self) -> bool:
        return not (self.full or self.changed or self.inserted or self.removed or self.renumbered)


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


def _common_ends(old: list[str], new: list[str]) -> tuple[int, int]:
    """How many lines *old* and *new* share at their start, and then at their end."""
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return head, tail


def _shared_lines(old: str, new: str) -> tuple[int, int]:
    """How many whole lines two texts share at their start, and then at their end (no line
    counted twice); found by comparing characters a slice at a time, not line by line."""
    limit = min(len(old), len(new))
    head = _shared_start(old, new, limit)
    tail = _shared_end(old, new, limit - head)
    return new.count("\n", 0, head), new.count("\n", len(new) - tail) if tail else 0


def _shared_start(a: str, b: str, limit: int) -> int:
    """How many characters *a* and *b* share at their start, at most *limit*: slices of
    4,096 characters compared while they match, then halved down to one."""
    n, step = 0, 4096
    while step:
        while n + step <= limit and a[n : n + step] == b[n : n + step]:
            n += step
        step //= 2
    return n


def _shared_end(a: str, b: str, limit: int) -> int:
    """How many characters *a* and *b* share at their end, at most *limit*."""
    la, lb, n, step = len(a), len(b), 0, 4096
    while step:
        while n + step <= limit and a[la - n - step : la - n] == b[lb - n - step : lb - n]:
            n += step
        step //= 2
    return n


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


class BlockRenderer:
    """Renders bodies block by block, caching each block's sanitised HTML by its text.

    One instance per preview (or the module's shared one); safe to use from several threads.
    """

    def __init__(self, max_cached: int = 4096) -> None:
        self._cache: OrderedDict[str, str] = OrderedDict()
        self._max = max_cached
        self._lock = threading.Lock()

    def safe_html(self, text: str, kind: str = "paragraph") -> str:
        """Sanitised HTML of one block (photos as placeholders), from the cache if seen."""
        with self._lock:
            cached = self._cache.get(text)
            if cached is not None:
                self._cache.move_to_end(text)
                return cached
        try:
            safe = text if kind == "code" else defuse(text)
            html = (
                markdown_to_safe_html(safe)
                if safe is text
                else restore(markdown_to_safe_html(safe))
            )
        except RecursionError:
            raise recursion_error() from None
        with self._lock:
            self._cache[text] = html
            if len(self._cache) > self._max:
                self._cache.popitem(last=False)
        return html

    def render(
        self,
        source: str,
        resolve: Resolver | None = None,
        missing_label: str = MISSING_PHOTO_LABEL,
        decorate: Callable[[str], str] | None = None,
        *,
        reuse: RenderedBlocks | None = None,
        key: tuple = (),
    ) -> RenderedBlocks:
        """Every block of *source*, rendered; *resolve* gives each photo's address and texts.
        *decorate* finishes each block's safe HTML (the preview's comment marks).

        *reuse*: a previous render with the same photos and captions (the caller knows): a
        block whose text is unchanged keeps its finished HTML from there, when the reference
        definitions and *key* (what else the HTML depended on) are the same too. So a
        keystroke in a long body renders one block, not every block again."""
        source = source.replace("\r\n", "\n").replace("\r", "\n")
        definitions = definitions_of(source)
        resolve = resolve or (lambda _i: None)
        done: dict[tuple[str, str], Block] = {}
        if reuse is not None and reuse.definitions == definitions and reuse.key == key:
            done = {(b.text, b.kind): b for b in reuse.blocks}
        rendered = []
        for index, block in enumerate(split_blocks(source)):
            old = done.get((block.text, block.kind))
            if old is not None and (old.index, old.start_line, old.end_line) == (
                index,
                block.start_line,
                block.end_line,
            ):
                rendered.append(old)  # the very block shown: nothing about it changed
                continue
            if old is not None:
                html, photo_ids, missing = old.html, old.photo_ids, old.missing_photo_ids
            else:
                text = block.text
                if definitions and "[" in text and block.kind != "code":
                    text = f"{text}\n\n{definitions}"
                placed = place_photos(self.safe_html(text, block.kind), resolve, missing_label)
                html = decorate(placed.html) if decorate else placed.html
                photo_ids = tuple(placed.photo_ids)
                missing = tuple(placed.missing_photo_ids)
            rendered.append(
                Block(
                    index=index,
                    start_line=block.start_line,
                    end_line=block.end_line,
                    kind=block.kind,
                    text=block.text,
                    html=html,
                    photo_ids=photo_ids,
                    missing_photo_ids=missing,
                )
            )
        return RenderedBlocks(tuple(rendered), definitions, key)


def diff_blocks(old: RenderedBlocks | None, new: RenderedBlocks) -> BlockDiff:
    """What the preview must patch to turn the page showing *old* into *new*."""
    if old is None or old.definitions != new.definitions:
        every = tuple(range(len(new.blocks)))
        return BlockDiff(True, every, (), (), (), (("replace", 0, 0, 0, len(new.blocks)),))
    changed: list[int] = []
    inserted: list[int] = []
    removed: list[int] = []
    renumbered: list[int] = []
    opcodes = _opcodes([b.html for b in old.blocks], [b.html for b in new.blocks])
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                a, b = old.blocks[i], new.blocks[j]
                if (a.index, a.start_line, a.end_line) != (b.index, b.start_line, b.end_line):
                    renumbered.append(j)
            continue
        paired = min(i2 - i1, j2 - j1)
        changed.extend(range(j1, j1 + paired))
        inserted.extend(range(j1 + paired, j2))
        removed.extend(range(i1 + paired, i2))
    return BlockDiff(
        False, tuple(changed), tuple(inserted), tuple(removed), tuple(renumbered), opcodes
    )


def _opcodes(old: list[str], new: list[str]) -> tuple[tuple[str, int, int, int, int], ...]:
    """difflib's opcodes from *old* to *new*, matched only between the runs both share at
    their start and end: a keystroke changes one block of hundreds, and difflib's matching
    of the whole list costs more than the render of that block."""
    head, tail = _common_ends(old, new)
    old_end, new_end = len(old) - tail, len(new) - tail
    opcodes = [("equal", 0, head, 0, head)] if head else []
    if head < old_end or head < new_end:
        matcher = SequenceMatcher(None, old[head:old_end], new[head:new_end], autojunk=False)
        opcodes += [
            (tag, i1 + head, i2 + head, j1 + head, j2 + head)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        ]
    if tail:
        opcodes.append(("equal", old_end, len(old), new_end, len(new)))
    return tuple(opcodes)


_shared = BlockRenderer()


def shared_renderer() -> BlockRenderer:
    """The process-wide renderer (and cache) used when a caller brings none."""
    return _shared
