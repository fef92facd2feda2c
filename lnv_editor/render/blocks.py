"""The body as top-level blocks, so the live preview re-renders and patches only what changed.

The source is cut by ``render.split``. Reference-style link definitions (``[lnv]: …``)
are the one thing that crosses blocks: a definition anywhere serves a link anywhere. They
are given to every block that has a ``[``; when they change, every such block's cache key
changes with them and ``diff_blocks`` reports ``full`` (replace the whole body).

Each block renders to sanitised HTML cached by its text, so an edit re-renders one
paragraph; photos are placed afterwards on every render, so a caption edit shows at once.
The page body is exactly the blocks' wrapped HTML joined by newlines.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from lnv_editor.render.guard import defuse, recursion_error, restore
from lnv_editor.render.markdown_body import (
    MISSING_PHOTO_LABEL,
    Resolver,
    markdown_to_safe_html,
    place_photos,
)
from lnv_editor.render.split import definitions_of, needs_full_render, split_blocks

__all__ = [
    "Block",
    "BlockDiff",
    "BlockRenderer",
    "RenderedBlocks",
    "diff_blocks",
    "needs_full_render",
    "shared_renderer",
    "split_blocks",
]


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
