"""Photos of articles: the rows that point at originals in the media store.

Photo edits touch the article's ``updated`` time but not its ``version``: the version
guards the text against two writers, and a caption edit must not make the text editor
believe someone else rewrote the story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, insert, select, update

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, NotFoundError
from lnv_editor.core.vietnamese import nfc, normalize_tones
from lnv_editor.store.changes import ChangeFeed, Part, Transaction
from lnv_editor.store.models import Article, Photo
from lnv_editor.store.search_index import index_row

P = Photo.__table__
A = Article.__table__
EDITABLE = ("caption", "credit", "alt")


@dataclass(frozen=True, slots=True)
class PhotoRecord:
    id: int
    article_id: int
    sha256: str
    width: int
    height: int
    format: str
    original_name: str
    caption: str
    credit: str
    alt: str
    position: int
    cover: bool
    removed: bool

    def as_json(self) -> dict:
        return {
            k: getattr(self, k)
            for k in (
                "id",
                "sha256",
                "width",
                "height",
                "caption",
                "credit",
                "alt",
                "position",
                "cover",
            )
        }


_COLUMNS = [P.c[name] for name in PhotoRecord.__slots__]


class PhotoRepository:
    def __init__(self, engine: Engine, now, tone_style: str | None = None, writes=None) -> None:
        self.engine = engine
        self.tone_style = tone_style
        self.writes = writes or ChangeFeed(engine)
        self._now = now

    def list(self, article_id: int, *, include_removed: bool = False) -> list[PhotoRecord]:
        stmt = select(*_COLUMNS).where(P.c.article_id == article_id).order_by(P.c.position, P.c.id)
        if not include_removed:
            stmt = stmt.where(P.c.removed.is_(False))
        with self.writes.reading() as conn:
            return [PhotoRecord(*row) for row in conn.execute(stmt)]

    def get(self, photo_id: int) -> PhotoRecord:
        with self.writes.reading() as conn:
            row = conn.execute(select(*_COLUMNS).where(P.c.id == photo_id)).one_or_none()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no photo with id {id}."), id=photo_id
            )
        return PhotoRecord(*row)

    def by_ids(self, ids: Sequence[int]) -> dict[int, PhotoRecord]:
        with self.writes.reading() as conn:
            rows = conn.execute(select(*_COLUMNS).where(P.c.id.in_(list(ids)))).all()
        return {row.id: PhotoRecord(*row) for row in rows}

    def add(self, article_id: int, infos: Sequence, **texts: str) -> list[PhotoRecord]:
        """Attach imported photos (media ``PhotoInfo``) at the end; the first photo of an
        article becomes its cover."""
        values = {k: self._text(texts.get(k, "")) for k in EDITABLE}
        now = self._now()
        with self.writes.transaction() as tx:
            conn = tx.conn
            self._require_article(conn, article_id)
            position = conn.execute(
                select(func.coalesce(func.max(P.c.position) + 1, 0)).where(
                    P.c.article_id == article_id
                )
            ).scalar_one()
            has_cover = (
                conn.execute(
                    select(P.c.id).where(
                        P.c.article_id == article_id, P.c.cover.is_(True), P.c.removed.is_(False)
                    )
                ).first()
                is not None
            )
            rows = []
            for offset, info in enumerate(infos):
                rows.append(
                    dict(
                        article_id=article_id,
                        sha256=info.sha256,
                        width=info.width,
                        height=info.height,
                        format=info.format,
                        original_name=nfc(info.original_name),
                        position=position + offset,
                        cover=not has_cover and offset == 0,
                        removed=False,
                        created=now,
                        **values,
                    )
                )
            # One multi-row INSERT … RETURNING: ids come back in the order given.
            ids = (
                list(
                    conn.execute(
                        insert(P).returning(P.c.id, sort_by_parameter_order=True), rows
                    ).scalars()
                )
                if rows
                else []
            )
            self._touch(tx, article_id)
        found = self.by_ids(ids)
        return [found[i] for i in ids]

    def update(self, photo_id: int, **fields: str) -> PhotoRecord:
        values = {k: self._text(v).strip() for k, v in fields.items() if k in EDITABLE}
        if set(fields) - set(EDITABLE):
            raise KeyError(sorted(set(fields) - set(EDITABLE)))
        with self.writes.transaction() as tx:
            conn = tx.conn
            article_id = self._article_of(conn, photo_id)
            conn.execute(update(P).where(P.c.id == photo_id).values(**values))
            self._touch(tx, article_id)
        return self.get(photo_id)

    def reorder(self, article_id: int, ordered_ids: Sequence[int]) -> None:
        with self.writes.transaction() as tx:
            conn = tx.conn
            for position, photo_id in enumerate(ordered_ids):
                conn.execute(
                    update(P)
                    .where(P.c.id == photo_id, P.c.article_id == article_id)
                    .values(position=position)
                )
            self._touch(tx, article_id)

    def set_cover(self, article_id: int, photo_id: int | None) -> None:
        with self.writes.transaction() as tx:
            conn = tx.conn
            conn.execute(
                update(P).where(P.c.article_id == article_id).values(cover=P.c.id == photo_id)
            )
            self._touch(tx, article_id)

    def set_removed(self, photo_id: int, removed: bool) -> PhotoRecord:
        """Remove a photo from its article, or bring it back (undo keeps the same id)."""
        with self.writes.transaction() as tx:
            conn = tx.conn
            article_id = self._article_of(conn, photo_id)
            conn.execute(update(P).where(P.c.id == photo_id).values(removed=removed))
            if removed:
                was_cover = conn.execute(select(P.c.cover).where(P.c.id == photo_id)).scalar_one()
                if was_cover:
                    conn.execute(update(P).where(P.c.id == photo_id).values(cover=False))
                    first = conn.execute(
                        select(P.c.id)
                        .where(P.c.article_id == article_id, P.c.removed.is_(False))
                        .order_by(P.c.position)
                        .limit(1)
                    ).scalar_one_or_none()
                    if first is not None:
                        conn.execute(update(P).where(P.c.id == first).values(cover=True))
            self._touch(tx, article_id)
        return self.get(photo_id)

    # ----- helpers -------------------------------------------------------------------------
    def _text(self, value) -> str:
        text = nfc(str(value or ""))
        return normalize_tones(text, self.tone_style) if self.tone_style else text

    def _require_article(self, conn: Connection, article_id: int) -> None:
        if conn.execute(select(A.c.id).where(A.c.id == article_id)).first() is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no article with id {id}."), id=article_id
            )

    def _article_of(self, conn: Connection, photo_id: int) -> int:
        article_id = conn.execute(
            select(P.c.article_id).where(P.c.id == photo_id)
        ).scalar_one_or_none()
        if article_id is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no photo with id {id}."), id=photo_id
            )
        return article_id

    def _touch(self, tx: Transaction, article_id: int) -> None:
        tx.touch(article_id, Part.PHOTOS)
        conn = tx.conn
        conn.execute(update(A).where(A.c.id == article_id).values(updated=self._now()))
        index_row(conn, article_id)  # captions are searchable
