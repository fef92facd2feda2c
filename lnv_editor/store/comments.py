"""Review comments: anchored to a passage of the title, lead, body or a photo's caption, with
replies, resolved and reopened.

Anchors follow the text (core/anchors.py): each save of the text re-finds the comments on the
fields it changed, in the same transaction; reading re-finds them against the text as it is, so
a caption edit or a restore shows them in the right place too. A comment whose passage is gone
is marked orphaned, never dropped. Comments are review material only: no export path reads them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime

from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from lnv_editor.core.anchors import Anchor, anchor_at, relocate
from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError, NotFoundError
from lnv_editor.core.vietnamese import nfc
from lnv_editor.core.workflow import parse_role
from lnv_editor.store.changes import ChangeFeed, Part
from lnv_editor.store.models import Article, Comment, Photo

A = Article.__table__
C = Comment.__table__
P = Photo.__table__
FIELDS = ("title", "lead", "body", "caption")


@dataclass(frozen=True, slots=True)
class CommentRecord:
    id: int
    article_id: int
    parent_id: int | None
    field: str
    photo_id: int | None
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    text: str
    author: str
    role: str
    created: datetime
    resolved: bool
    orphaned: bool
    uuid: str | None = dataclass_field(default=None, compare=False)  # its id on the server

    @property
    def key(self) -> str:
        """The field as the preview names it: "body", "lead", "title" or "caption:12"."""
        return f"caption:{self.photo_id}" if self.field == "caption" else self.field

    def as_json(self) -> dict:
        out = {k: getattr(self, k) for k in self.__slots__ if k not in ("created", "uuid")}
        out["created"] = self.created.isoformat()
        return out


@dataclass(frozen=True, slots=True)
class CommentRange:
    comment_id: int
    start: int
    end: int
    resolved: bool


class CommentService:
    """``repo.comments``."""

    def __init__(self, engine: Engine, writes: ChangeFeed, now: Callable[[], datetime]) -> None:
        self.engine = engine
        self.writes = writes
        self.now = now

    # ----- reads ---------------------------------------------------------------------------
    def list(self, article_id: int) -> list[CommentRecord]:
        """Every comment and reply, oldest first, placed in the text as it is now."""
        with self.writes.reading() as conn:
            rows = conn.execute(
                select(C).where(C.c.article_id == article_id).order_by(C.c.id)
            ).all()
            texts = self._texts(conn, article_id)
        return [self._placed(CommentRecord(*row), texts) for row in rows]

    def get(self, comment_id: int) -> CommentRecord:
        with self.writes.reading() as conn:
            row = conn.execute(select(C).where(C.c.id == comment_id)).one_or_none()
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no comment with id {id}."), id=comment_id
                )
            record = CommentRecord(*row)
            return self._placed(record, self._texts(conn, record.article_id))

    def ranges(
        self, article_id: int, *, include_resolved: bool = False
    ) -> dict[str, list[CommentRange]]:
        """For the preview: the passages commented on, per field ("title", "lead", "body",
        "caption:<photo id>"), orphaned comments left out, in text order."""
        out: dict[str, list[CommentRange]] = {}
        for c in self.list(article_id):
            if c.parent_id is not None or c.orphaned or (c.resolved and not include_resolved):
                continue
            out.setdefault(c.key, []).append(CommentRange(c.id, c.start, c.end, c.resolved))
        for ranges in out.values():
            ranges.sort(key=lambda r: (r.start, r.end))
        return out

    # ----- writes --------------------------------------------------------------------------
    def add(
        self,
        article_id: int,
        *,
        field: str,
        start: int,
        end: int,
        text: str,
        author: str,
        role: str,
        photo_id: int | None = None,
    ) -> CommentRecord:
        """Comment on text[start:end] of *field* (positions in its NFC text)."""
        if field not in FIELDS:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "Comments go on {choices}, not on {field}."),
                choices=", ".join(FIELDS),
                field=field,
            )
        text, role = self._text(text), parse_role(role).value
        with self.writes.transaction() as tx:
            conn = tx.conn
            texts = self._texts(conn, article_id, require=True)
            key = f"caption:{photo_id}" if field == "caption" else field
            if key not in texts:
                raise InputError(
                    QT_TRANSLATE_NOOP("Errors", "Photo {photo} is not a photo of article {id}."),
                    photo=photo_id,
                    id=article_id,
                )
            source = texts[key]
            if not 0 <= start <= end <= len(source):
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The passage {start}–{end} is outside the {field} ({length} characters).",
                    ),
                    start=start,
                    end=end,
                    field=field,
                    length=len(source),
                )
            anchor = anchor_at(source, start, end)
            new_id = conn.execute(
                insert(C).values(
                    article_id=article_id,
                    parent_id=None,
                    field=field,
                    photo_id=photo_id if field == "caption" else None,
                    start=anchor.start,
                    end=anchor.end,
                    quote=anchor.quote,
                    prefix=anchor.prefix,
                    suffix=anchor.suffix,
                    text=text,
                    author=nfc(author).strip(),
                    role=role,
                    created=self.now(),
                    resolved=False,
                    orphaned=False,
                )
            ).inserted_primary_key[0]
            tx.touch(article_id, Part.COMMENTS)
        return self.get(new_id)

    def reply(self, comment_id: int, *, text: str, author: str, role: str) -> CommentRecord:
        text, role = self._text(text), parse_role(role).value
        root = self._root(comment_id)
        with self.writes.transaction() as tx:
            new_id = tx.conn.execute(
                insert(C).values(
                    article_id=root.article_id,
                    parent_id=root.id,
                    field=root.field,
                    photo_id=root.photo_id,
                    start=root.start,
                    end=root.end,
                    quote="",
                    prefix="",
                    suffix="",
                    text=text,
                    author=nfc(author).strip(),
                    role=role,
                    created=self.now(),
                    resolved=False,
                    orphaned=False,
                )
            ).inserted_primary_key[0]
            tx.touch(root.article_id, Part.COMMENTS)
        return self.get(new_id)

    def resolve(self, comment_id: int) -> CommentRecord:
        return self._set_resolved(comment_id, True)

    def reopen(self, comment_id: int) -> CommentRecord:
        return self._set_resolved(comment_id, False)

    # ----- inside Repository.save ------------------------------------------------------------
    def reanchor(self, tx, article_id: int, current: dict, merged: dict) -> None:
        """Re-find the comments on the title, lead and body a save changed."""
        changed = [f for f in ("title", "lead", "body") if merged[f] != current[f]]
        if not changed:
            return
        conn: Connection = tx.conn
        rows = conn.execute(
            select(
                C.c.id,
                C.c.field,
                C.c.start,
                C.c.end,
                C.c.quote,
                C.c.prefix,
                C.c.suffix,
                C.c.orphaned,
            ).where(C.c.article_id == article_id, C.c.parent_id.is_(None), C.c.field.in_(changed))
        ).all()
        moved = []
        texts = {f: nfc(merged[f]) for f in changed}
        for row in rows:
            place = relocate(
                Anchor(row.start, row.end, row.quote, row.prefix, row.suffix),
                texts[row.field],
                fuzzy=not row.orphaned,
                text_is_nfc=True,
            )
            # An orphan keeps its last place: if the text comes back, it is found near there.
            start, end = (row.start, row.end) if place.orphaned else (place.start, place.end)
            if (start, end, place.orphaned) != (row.start, row.end, row.orphaned):
                moved.append({"cid": row.id, "s": start, "e": end, "o": place.orphaned})
        if moved:  # one statement for all: an autosave moves every comment after the cursor
            conn.execute(
                update(C)
                .where(C.c.id == bindparam("cid"))
                .values(start=bindparam("s"), end=bindparam("e"), orphaned=bindparam("o")),
                moved,
            )
            tx.touch(article_id, Part.COMMENTS)

    # ----- helpers -------------------------------------------------------------------------
    def _set_resolved(self, comment_id: int, resolved: bool) -> CommentRecord:
        root = self._root(comment_id)
        with self.writes.transaction() as tx:
            tx.conn.execute(update(C).where(C.c.id == root.id).values(resolved=resolved))
            tx.touch(root.article_id, Part.COMMENTS)
        return self.get(root.id)

    def _root(self, comment_id: int) -> CommentRecord:
        record = self.get(comment_id)
        return self.get(record.parent_id) if record.parent_id is not None else record

    @staticmethod
    def _text(text: str) -> str:
        text = nfc(text or "").strip()
        if not text:
            raise InputError(QT_TRANSLATE_NOOP("Errors", "Write the comment first: it is empty."))
        return text

    def _texts(self, conn: Connection, article_id: int, require: bool = False) -> dict[str, str]:
        row = conn.execute(
            select(A.c.title, A.c.lead, A.c.body).where(A.c.id == article_id)
        ).one_or_none()
        if row is None:
            if require:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no article with id {id}."), id=article_id
                )
            return {}
        texts = {"title": row.title, "lead": row.lead, "body": row.body}
        for pid, caption in conn.execute(
            select(P.c.id, P.c.caption).where(P.c.article_id == article_id, P.c.removed.is_(False))
        ):
            texts[f"caption:{pid}"] = caption
        return texts

    @staticmethod
    def _placed(record: CommentRecord, texts: dict[str, str]) -> CommentRecord:
        if record.parent_id is not None:
            return record
        source = texts.get(record.key)
        if source is None:  # the photo was removed: the passage is gone
            return _replace(record, orphaned=True)
        place = relocate(
            Anchor(record.start, record.end, record.quote, record.prefix, record.suffix),
            source,
            fuzzy=not record.orphaned,
            text_is_nfc=True,  # stored text is NFC: not normalised again per comment
        )
        if place.orphaned:
            return _replace(record, orphaned=True)
        return _replace(record, start=place.start, end=place.end, orphaned=False)


def _replace(record: CommentRecord, **changes) -> CommentRecord:
    from dataclasses import replace

    return replace(record, **changes)
