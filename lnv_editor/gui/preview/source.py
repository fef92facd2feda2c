"""The open article's portal page, rendered for the preview and turned into patches.

Qt-free on purpose: it runs on the preview's render thread. The page comes from the render
layer (``render_page``); this module only decides how little of it the web view must change:

- a body edit re-renders the edited blocks (the render layer caches the others) and becomes
  a list of block replacements (``diff_blocks``);
- an edit elsewhere (title, lead, byline, a caption, a tag, a related story) also sends the
  new page, and the page's script replaces only the elements that differ;
- the first page of an article, or a page whose shape changed, is loaded whole.

Review comments are highlighted (``render.comments``) where the text still holds the passage
they were read against. Their places follow the typing here (``_follow_edits``: a comment
after the edited stretch moves with it), so a save need not read them again; only an edit
through a comment's passage does (``comments_disturbed``), and a comment added, resolved or
restored.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from lnv_editor.core.text_edits import edited_span
from lnv_editor.export.page_data import build_page_data
from lnv_editor.gui.preview.sandbox import GuardedRenderer
from lnv_editor.render.blocks import RenderedBlocks, diff_blocks
from lnv_editor.render.page import (
    VIETNAM_TIME,
    PageData,
    PreviewAddresses,
    render_body_blocks,
    render_page,
)
from lnv_editor.store.comments import CommentRange

EDITOR_FIELDS = ("title", "lead", "body", "byline", "section")


@dataclass(frozen=True, slots=True)
class Update:
    """What the web view must do to show one render."""

    serial: int
    article_id: int
    full: bool  # load ``html`` as a new document
    html: str  # the whole page; "" when only the body changed
    patch: dict | None  # for ``lnvPatch`` when not full
    blocks: RenderedBlocks  # the body as the page now shows it
    page: PageData
    render_ms: float


def body_patch(old: RenderedBlocks, new: RenderedBlocks) -> dict | None:
    """Block replacements that turn the body showing *old* into *new*; None if nothing
    changed. Runs of blocks, in old indexes, last first."""
    diff = diff_blocks(old, new)
    if diff.unchanged:
        return None
    if diff.full:
        ops = [[0, len(old.blocks), [block.wrapped() for block in new.blocks]]]
    else:
        ops = [
            [i1, i2, [new.blocks[j].wrapped() for j in range(j1, j2)]]
            for tag, i1, i2, j1, j2 in diff.opcodes
            if tag != "equal"
        ]
        ops.reverse()
    lines = [[j, new.blocks[j].start_line, new.blocks[j].end_line] for j in diff.renumbered]
    return {"expect": len(old.blocks), "count": len(new.blocks), "ops": ops, "lines": lines}


class PreviewSource:
    """Renders one article's page at a time and remembers what the view shows."""

    def __init__(self, repo, labels: Mapping[str, str] | None = None) -> None:
        self.repo = repo
        self.labels = dict(labels or {})
        self.addresses = PreviewAddresses()
        self.renderer = GuardedRenderer()  # the preview's own block cache
        self.context: PageData | None = None
        self.shown: tuple[PageData, RenderedBlocks, dict] | None = None
        self.comments: list[tuple[str, CommentRange, str]] = []  # key, range, quote
        self.comments_of: int | None = None  # the article they were read for
        # An edit went through a comment's passage since they were read: the store's places
        # (re-anchored at each save) are worth reading again. Read from the GUI thread.
        self.comments_disturbed = False
        self.mobile = False  # set from the GUI thread; only whole-page loads read it

    def render(
        self,
        serial: int,
        article_id: int,
        fields: Mapping[str, str],
        *,
        reload: bool = False,
        full: bool = False,
        comments: bool = False,
        today: date | None = None,
    ) -> Update:
        """The page of *article_id* with the editor's unsaved *fields* over the stored ones.

        *reload*: read the article's photos, tags and story lists from the store again (a
        change record said they changed). *full*: load the page whole. *comments*: read the
        review comments again."""
        started = time.perf_counter()
        if reload or self.context is None or self.context.article_id != article_id:
            self.context = build_page_data(
                self.repo,
                article_id,
                addresses=self.addresses,
                today=today or datetime.now(VIETNAM_TIME).date(),
            )
        overrides = {name: fields[name] for name in EDITOR_FIELDS if name in fields}
        page = replace(self.context, **overrides)
        if reload or comments or self.comments_of != article_id:
            self._read_comments(article_id, page)
        elif self.shown is not None and self.shown[0].article_id == article_id:
            self._follow_edits(_texts(self.shown[0]), page)
        marks = self._applicable(page)
        previous = self.shown
        patchable = not full and previous is not None and previous[0].article_id == article_id
        html = ""
        if (
            patchable
            and replace(previous[0], body="") == replace(page, body="")
            and _without_body(previous[2]) == _without_body(marks)
        ):
            # Only the body changed (the usual keystroke): its blocks are all we need, and
            # only the edited ones render again (photos, captions and their comments are
            # those of the page shown).
            blocks = render_body_blocks(
                page,
                addresses=self.addresses,
                labels=self.labels,
                renderer=self.renderer,
                comments=marks,
                reuse=previous[1],
            )
        else:
            rendered = render_page(
                page,
                addresses=self.addresses,
                labels=self.labels,
                renderer=self.renderer,
                mobile=self.mobile,
                comments=marks,
            )
            html, blocks = rendered.html, rendered.blocks
        self.shown = (page, blocks, marks)
        patch: dict | None = None
        if patchable:
            patch = {}
            body = body_patch(previous[1], blocks)
            if body is not None:
                patch["body"] = body
            if html:
                patch["page"] = html
        return Update(
            serial=serial,
            article_id=article_id,
            full=patch is None,
            html=html,
            patch=patch,
            blocks=blocks,
            page=page,
            render_ms=(time.perf_counter() - started) * 1000,
        )

    def _read_comments(self, article_id: int, page: PageData) -> None:
        """The review comments as stored, their places moved from the stored text to the
        editor's (*page*: the typing the store has not seen yet)."""
        self.comments_of = article_id
        self.comments = []
        self.comments_disturbed = False
        comments = getattr(self.repo, "comments", None)
        if comments is None:
            return
        ranges = comments.ranges(article_id)
        if not ranges:
            return
        quotes = {c.id: c.quote for c in comments.list(article_id)}
        self.comments = [
            (key, span, quotes.get(span.comment_id, ""))
            for key, spans in ranges.items()
            for span in spans
        ]
        stored = self.repo.get(article_id)
        texts = _texts(page) | {"title": stored.title, "lead": stored.lead, "body": stored.body}
        self._follow_edits(texts, page)

    def _follow_edits(self, before: dict[str, str], page: PageData) -> None:
        """Moves the comments' places with the edit that turned the texts *before* into
        *page*'s: a place before the edited stretch stays, one after it moves by the
        stretch's change of length; one the edit went through stays (its passage no longer
        holds there, so it is not shown) and the comments are marked disturbed."""
        after = _texts(page)
        edits = {}
        for key in {key for key, _span, _quote in self.comments}:
            old, new = before.get(key), after.get(key)
            if old is not None and new is not None and old != new:
                edits[key] = edited_span(old, new)
        if not edits:
            return
        moved = []
        for key, span, quote in self.comments:
            if key in edits:
                start, old_end, new_end = edits[key]
                if span.start >= old_end:
                    shift = new_end - old_end
                    span = replace(span, start=span.start + shift, end=span.end + shift)
                elif span.end > start:
                    self.comments_disturbed = True
            moved.append((key, span, quote))
        self.comments = moved

    def _applicable(self, page: PageData) -> dict[str, list[CommentRange]]:
        """The comments whose passage the (possibly unsaved) text still holds in place."""
        texts = _texts(page)
        out: dict[str, list[CommentRange]] = {}
        for key, span, quote in self.comments:
            text = texts.get(key)
            if text is not None and quote and text[span.start : span.end] == quote:
                out.setdefault(key, []).append(span)
        return out


def _texts(page: PageData) -> dict[str, str]:
    """The page's texts that comments are on, by comment key."""
    texts = {"title": page.title, "lead": page.lead, "body": page.body}
    texts.update({f"caption:{photo.id}": photo.caption for photo in page.photos})
    return texts


def _without_body(marks: dict) -> dict:
    return {key: spans for key, spans in marks.items() if key != "body"}
