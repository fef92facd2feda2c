"""Province tags and related stories ("Tin liên quan") of an article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, and_, delete, insert, select, update

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError, NotFoundError
from lnv_editor.core.provinces import province_by_code
from lnv_editor.core.vietnamese import nfc
from lnv_editor.store.changes import ChangeFeed, Part
from lnv_editor.store.models import Article, ArticleProvince, RelatedLink, RelatedMissing

A = Article.__table__
AP = ArticleProvince.__table__
RL = RelatedLink.__table__
RM = RelatedMissing.__table__


@dataclass(frozen=True, slots=True)
class ProvinceTag:
    code: str
    name: str  # the current unit's name
    name_used: str  # the name the story used ("Bắc Giang" for Bắc Ninh)


@dataclass(frozen=True, slots=True)
class RelatedStory:
    target_id: int
    title: str | None  # None: the story was deleted or is in the trash; the link is broken
    status: str | None

    @property
    def broken(self) -> bool:
        return self.title is None


@dataclass(frozen=True, slots=True)
class MissingStory:
    """A related story known only by the uri (and title) a bundle gave it: not here yet."""

    uri: str
    title: str


class TagRepository:
    def __init__(self, engine: Engine, now, writes: ChangeFeed | None = None) -> None:
        self.engine = engine
        self.writes = writes or ChangeFeed(engine)
        self._now = now

    # ----- provinces -----------------------------------------------------------------------
    def provinces(self, article_id: int) -> list[ProvinceTag]:
        stmt = (
            select(AP.c.code, AP.c.name_used)
            .where(AP.c.article_id == article_id)
            .order_by(AP.c.position)
        )
        with self.writes.reading() as conn:
            rows = conn.execute(stmt).all()
        tags = []
        for code, used in rows:
            province = province_by_code(code)
            tags.append(ProvinceTag(code, province.name if province else code, used))
        return tags

    def set_provinces(self, article_id: int, tags: Sequence[tuple[str, str]]) -> list[ProvinceTag]:
        """Replace the article's tags with *tags* ((code, name used), in order; duplicates
        keep their first place)."""
        seen: dict[str, str] = {}
        for code, used in tags:
            if province_by_code(code) is None:
                raise InputError(
                    QT_TRANSLATE_NOOP("Errors", "{code} is not the code of a current province."),
                    code=code,
                )
            seen.setdefault(str(code), nfc(used or ""))
        with self.writes.transaction() as tx:
            conn = tx.conn
            tx.touch(article_id, Part.PROVINCES)
            self._require(conn, article_id)
            conn.execute(delete(AP).where(AP.c.article_id == article_id))
            for position, (code, used) in enumerate(seen.items()):
                conn.execute(
                    insert(AP).values(
                        article_id=article_id, code=code, name_used=used, position=position
                    )
                )
            conn.execute(update(A).where(A.c.id == article_id).values(updated=self._now()))
        return self.provinces(article_id)

    def add_provinces(self, article_id: int, tags: Sequence[tuple[str, str]]) -> list[ProvinceTag]:
        current = [(t.code, t.name_used) for t in self.provinces(article_id)]
        return self.set_provinces(article_id, current + list(tags))

    # ----- related stories ---------------------------------------------------------------
    def related(self, article_id: int) -> list[RelatedStory]:
        stmt = (
            select(RL.c.target_id, A.c.title, A.c.status)
            # A story in the trash shows as broken, like a deleted one.
            .select_from(RL.outerjoin(A, and_(A.c.id == RL.c.target_id, A.c.deleted_at.is_(None))))
            .where(RL.c.article_id == article_id)
            .order_by(RL.c.position)
        )
        with self.writes.reading() as conn:
            return [RelatedStory(*row) for row in conn.execute(stmt)]

    def missing_related(self, article_id: int) -> list[MissingStory]:
        """Related stories an imported bundle named that this store does not have yet."""
        stmt = select(RM.c.uri, RM.c.title).where(RM.c.article_id == article_id)
        with self.writes.reading() as conn:
            return [MissingStory(*row) for row in conn.execute(stmt.order_by(RM.c.position))]

    def set_missing_related(
        self, article_id: int, stories: Sequence[tuple[str, str]]
    ) -> list[MissingStory]:
        """Replace the links waiting for stories not in this store yet: (uri, title) in order.
        A reporter unlinks one (and undoes it) through this; imports add them."""
        ordered = list(dict((nfc(uri), nfc(title)) for uri, title in stories).items())
        with self.writes.transaction() as tx:
            conn = tx.conn
            tx.touch(article_id, Part.RELATED)
            self._require(conn, article_id)
            conn.execute(delete(RM).where(RM.c.article_id == article_id))
            for position, (uri, title) in enumerate(ordered):
                conn.execute(
                    insert(RM).values(
                        article_id=article_id, uri=uri, title=title, position=position
                    )
                )
            conn.execute(update(A).where(A.c.id == article_id).values(updated=self._now()))
        return self.missing_related(article_id)

    def set_related(self, article_id: int, target_ids: Sequence[int]) -> list[RelatedStory]:
        ordered = list(dict.fromkeys(int(t) for t in target_ids))
        if article_id in ordered:
            raise InputError(QT_TRANSLATE_NOOP("Errors", "A story cannot be related to itself."))
        with self.writes.transaction() as tx:
            conn = tx.conn
            tx.touch(article_id, Part.RELATED)
            self._require(conn, article_id)
            conn.execute(delete(RL).where(RL.c.article_id == article_id))
            for position, target in enumerate(ordered):
                conn.execute(
                    insert(RL).values(article_id=article_id, target_id=target, position=position)
                )
            conn.execute(update(A).where(A.c.id == article_id).values(updated=self._now()))
        return self.related(article_id)

    def _require(self, conn, article_id: int) -> None:
        if conn.execute(select(A.c.id).where(A.c.id == article_id)).first() is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no article with id {id}."), id=article_id
            )
