"""Read-only story lists for the article page: newer and older stories of a section, the
latest stories, and each story's cover photo.

Each list is one query that walks an index (``ix_article_updated``) and stops after a few
rows, so it costs the same with 100 articles or 100,000; covers of a whole list are one
more query.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, and_, or_, select

from lnv_editor.store.changes import ChangeFeed
from lnv_editor.store.models import Article, Photo

A = Article.__table__
P = Photo.__table__


@dataclass(frozen=True, slots=True)
class CoverPhoto:
    id: int
    sha256: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True, slots=True)
class StoryRow:
    id: int
    slug: str
    title: str
    lead: str
    section: str
    status: str
    updated: datetime


_ROW = (A.c.id, A.c.slug, A.c.title, A.c.lead, A.c.section, A.c.status, A.c.updated)


class StoryListings:
    def __init__(self, engine: Engine, feed: ChangeFeed | None = None) -> None:
        self.engine = engine
        self._feed = feed

    def _reading(self) -> AbstractContextManager[Connection]:
        # Through the repository's feed, a read inside a write on this thread sees that write.
        return self._feed.reading() if self._feed is not None else self.engine.connect()

    def rows(self, ids: Iterable[int]) -> dict[int, StoryRow]:
        ids = list(ids)
        if not ids:
            return {}
        with self._reading() as conn:
            found = conn.execute(select(*_ROW).where(A.c.id.in_(ids))).all()
        return {row.id: StoryRow(*row) for row in found}

    def covers(self, article_ids: Iterable[int]) -> dict[int, CoverPhoto]:
        """The cover photo (not removed) of each article that has one."""
        ids = list(article_ids)
        if not ids:
            return {}
        stmt = select(P.c.article_id, P.c.id, P.c.sha256, P.c.width, P.c.height, P.c.alt).where(
            P.c.article_id.in_(ids), P.c.cover.is_(True), P.c.removed.is_(False)
        )
        with self._reading() as conn:
            return {row[0]: CoverPhoto(*row[1:]) for row in conn.execute(stmt)}

    def beside(
        self,
        article_id: int,
        section: str,
        updated: datetime,
        *,
        newer: bool,
        limit: int = 5,
        statuses: Collection[str] | None = None,
    ) -> list[StoryRow]:
        """Stories of *section* changed just after (*newer*) or just before the story
        (*article_id*, *updated*), nearest first."""
        if newer:
            position = or_(A.c.updated > updated, and_(A.c.updated == updated, A.c.id > article_id))
            order = (A.c.updated, A.c.id)
        else:
            position = or_(A.c.updated < updated, and_(A.c.updated == updated, A.c.id < article_id))
            order = (A.c.updated.desc(), A.c.id.desc())
        stmt = select(*_ROW).where(A.c.section == section, position).order_by(*order).limit(limit)
        if statuses is not None:
            stmt = stmt.where(A.c.status.in_(list(statuses)))
        with self._reading() as conn:
            return [StoryRow(*row) for row in conn.execute(stmt)]

    def latest(
        self,
        limit: int = 5,
        *,
        exclude: Collection[int] = (),
        statuses: Collection[str] | None = None,
    ) -> list[StoryRow]:
        """The most recently changed stories, newest first, leaving out *exclude*."""
        stmt = select(*_ROW).order_by(A.c.updated.desc(), A.c.id.desc()).limit(limit)
        if exclude:
            stmt = stmt.where(A.c.id.not_in(list(exclude)))
        if statuses is not None:
            stmt = stmt.where(A.c.status.in_(list(statuses)))
        with self._reading() as conn:
            return [StoryRow(*row) for row in conn.execute(stmt)]
