"""Store writes for bundles: publishing and recording exports, and importing articles.

Each public method is one transaction through the change feed (``repo.writes``), so an import
of many articles with their photos, provinces and related links commits whole or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, insert, select, update

from lnv_editor.core.article import Status
from lnv_editor.core.vietnamese import nfc, sort_string
from lnv_editor.store.changes import Part
from lnv_editor.store.clock import utcnow
from lnv_editor.store.fields import clean_fields
from lnv_editor.store.models import (
    Article,
    ArticleProvince,
    ExportRecord,
    Photo,
    RelatedLink,
    RelatedMissing,
)
from lnv_editor.store.repository import Repository
from lnv_editor.store.revisions import write_snapshot
from lnv_editor.store.search_index import index_row

A = Article.__table__
P = Photo.__table__
AP = ArticleProvince.__table__
RL = RelatedLink.__table__
RM = RelatedMissing.__table__
X = ExportRecord.__table__
# ``![alt](photo:12)`` in a body (core of render.markdown_body's photo syntax).
PHOTO_LINK = re.compile(r"(!\[[^\]\n]*\]\()photo:(\d+)(\))")


@dataclass(frozen=True, slots=True)
class ExportMark:
    article_id: int
    version: int
    target: str  # folder | zip | sqlite
    manifest_sha256: str


@dataclass(slots=True)
class ImportPhoto:
    sha256: str
    width: int
    height: int
    caption: str
    credit: str
    alt: str
    cover: bool
    original_name: str


@dataclass(slots=True)
class ImportArticle:
    """An article from a bundle, ready to write. *body* refers to photos as ``photo:<n>``
    (1-based place in *photos*); the writer turns them into the new photo ids."""

    uri: str
    slug: str
    fields: dict[str, str]  # title, lead, body, byline, section
    status: str
    created: datetime
    updated: datetime
    version: int
    photos: list[ImportPhoto] = field(default_factory=list)
    provinces: list[tuple[str, str]] = field(default_factory=list)
    related_uris: list[str] = field(default_factory=list)
    related_titles: dict[str, str] = field(default_factory=dict)  # uri: the bundle's title


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    article_id: int
    uri: str
    created: bool  # False: an existing article got a new revision
    missing_related: tuple[str, ...]


class BundleWrites:
    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    # ----- export -------------------------------------------------------------------------
    def publish(self, article_ids: Sequence[int]) -> None:
        """Take the workflow's publish step (Sẵn sàng → Đã xuất bản) for each ready article,
        in one transaction; published ones stay as they are. The step changes the article's
        ``updated`` time, which the bundle's times come from, so it is taken before the
        bundle is made: exporting the same version again then gives the same bytes."""
        with self.repo.writes.transaction():
            for article_id in article_ids:
                if self.repo.get(article_id).status != Status.PUBLISHED:
                    self.repo.review.publish(article_id)

    def record_exports(self, marks: Sequence[ExportMark]) -> None:
        """Remember which version of each article was exported, where, with which manifest."""
        if not marks:
            return
        now = utcnow()
        with self.repo.writes.transaction() as tx:
            for mark in marks:
                tx.conn.execute(
                    insert(X).values(
                        article_id=mark.article_id,
                        article_version=mark.version,
                        exported=now,
                        target=mark.target,
                        manifest_sha256=mark.manifest_sha256,
                    )
                )
                tx.touch(mark.article_id, Part.STATUS)

    def exported_version(self, article_id: int) -> int | None:
        """The version of the article last exported, or None."""
        stmt = (
            select(X.c.article_version)
            .where(X.c.article_id == article_id)
            .order_by(X.c.id.desc())
            .limit(1)
        )
        with self.repo.engine.connect() as conn:
            return conn.execute(stmt).scalar_one_or_none()

    # ----- import -------------------------------------------------------------------------
    def import_articles(self, articles: Sequence[ImportArticle]) -> list[ImportOutcome]:
        """Write *articles* in one transaction. A new uri becomes a new article; a known uri
        gets the bundle's text as a new revision (its current text is kept as a revision
        first, as for a save from another window), its photos replaced, its tags set."""
        repo = self.repo
        now = utcnow()
        outcomes: list[tuple[int, ImportArticle, bool]] = []
        before: dict[int, dict[Part, tuple]] = {}
        with repo.writes.transaction() as tx:
            conn = tx.conn
            for item in articles:
                values = clean_fields(dict(item.fields), repo.tone_style)
                existing = conn.execute(
                    select(A.c.id).where(A.c.uri == item.uri)
                ).scalar_one_or_none()
                if existing is None:
                    slug = repo.free_slug(conn, item.slug or values["title"], None)
                    article_id = conn.execute(
                        insert(A).values(
                            uri=item.uri,
                            slug=slug,
                            created=item.created,
                            updated=item.updated,
                            version=item.version,
                            title_key=sort_string(values["title"]),
                            status=item.status,
                            **(values | {"body": ""}),
                        )
                    ).inserted_primary_key[0]
                    tx.touch(article_id, Part.CREATED)
                else:
                    article_id = existing
                    before[article_id] = _parts_of(conn, article_id)
                ids = self._place_photos(conn, article_id, item.photos, now)
                body = renumber_photos(values["body"], {n: i for n, i in enumerate(ids, start=1)})
                if existing is None:
                    conn.execute(update(A).where(A.c.id == article_id).values(body=body))
                    write_snapshot(
                        conn,
                        article_id,
                        item.version,
                        values | {"body": body, "status": item.status},
                        "import",
                        now,
                    )
                    index_row(conn, article_id)
                else:
                    # base_version 0 never matches: the current text is kept as a revision
                    # before the bundle's is written, so nothing is overwritten.
                    current = repo.get(article_id)  # reads join the open transaction
                    if current.content() != values | {"body": body}:
                        repo.save(
                            article_id, values | {"body": body}, base_version=0, reason="import"
                        )
                    if current.status != item.status:
                        conn.execute(
                            update(A).where(A.c.id == article_id).values(status=item.status)
                        )
                    index_row(conn, article_id)
                seen: dict[str, str] = {}
                for code, used in item.provinces:
                    seen.setdefault(code, used)
                conn.execute(AP.delete().where(AP.c.article_id == article_id))
                for position, (code, used) in enumerate(seen.items()):
                    conn.execute(
                        insert(AP).values(
                            article_id=article_id, code=code, name_used=used, position=position
                        )
                    )
                outcomes.append((article_id, item, existing is None))
            # Related links last: a story may link to another one in the same batch. One this
            # store does not have yet is kept by uri until it arrives.
            results = []
            for article_id, item, created in outcomes:
                missing = self._link_related(conn, article_id, item)
                results.append(ImportOutcome(article_id, item.uri, created, tuple(missing)))
            for article_id, item, _created in outcomes:
                self._arrived(tx, article_id, item.uri)
            for article_id, _item, _created in outcomes:
                # Announce what changed; a bundle imported again announces (and logs) nothing.
                after = _parts_of(conn, article_id)
                old = before.get(article_id, {})
                changed = [part for part, rows in after.items() if old.get(part) != rows]
                if changed:
                    tx.touch(article_id, *changed)
        return results

    def _link_related(self, conn, article_id: int, item: ImportArticle) -> list[str]:
        """The article's related links as the bundle names them; the uris not here yet."""
        conn.execute(RL.delete().where(RL.c.article_id == article_id))
        conn.execute(RM.delete().where(RM.c.article_id == article_id))
        missing, position = [], 0
        for uri in dict.fromkeys(item.related_uris):
            target = conn.execute(select(A.c.id).where(A.c.uri == uri)).scalar_one_or_none()
            if target == article_id:
                continue  # a story is never related to itself
            if target is None:
                missing.append(uri)
                title = nfc(item.related_titles.get(uri, ""))
                conn.execute(
                    insert(RM).values(
                        article_id=article_id, uri=uri, title=title, position=len(missing)
                    )
                )
                continue
            conn.execute(
                insert(RL).values(article_id=article_id, target_id=target, position=position)
            )
            position += 1
        return missing

    def _arrived(self, tx, article_id: int, uri: str) -> None:
        """Stories that were waiting for *uri* now link to the article that has it."""
        conn = tx.conn
        waiting = conn.execute(select(RM.c.article_id).where(RM.c.uri == uri)).scalars().all()
        for owner in waiting:
            if owner != article_id:
                last = conn.execute(
                    select(func.coalesce(func.max(RL.c.position) + 1, 0)).where(
                        RL.c.article_id == owner
                    )
                ).scalar_one()
                exists = conn.execute(
                    select(RL.c.target_id).where(
                        RL.c.article_id == owner, RL.c.target_id == article_id
                    )
                ).first()
                if exists is None:
                    conn.execute(
                        insert(RL).values(article_id=owner, target_id=article_id, position=last)
                    )
            conn.execute(RM.delete().where(RM.c.article_id == owner, RM.c.uri == uri))
            tx.touch(owner, Part.RELATED)

    def _place_photos(
        self, conn, article_id: int, photos: Sequence[ImportPhoto], now: datetime
    ) -> list[int]:
        """Make the article's photos exactly *photos*, in order; their ids. A photo the
        article already has (same file) keeps its id, so the body and undo stay valid and
        importing the same bundle twice changes nothing; the others are removed (a flag)."""
        existing: dict[str, list[int]] = {}
        for pid, sha in conn.execute(
            select(P.c.id, P.c.sha256).where(P.c.article_id == article_id).order_by(P.c.id)
        ):
            existing.setdefault(sha, []).append(pid)
        ids: list[int] = []
        for position, p in enumerate(photos):
            texts = dict(
                caption=p.caption,
                credit=p.credit,
                alt=p.alt,
                position=position,
                cover=p.cover,
                removed=False,
            )
            if existing.get(p.sha256):
                pid = existing[p.sha256].pop(0)
                conn.execute(update(P).where(P.c.id == pid).values(**texts))
            else:
                pid = conn.execute(
                    insert(P).values(
                        article_id=article_id,
                        sha256=p.sha256,
                        width=p.width,
                        height=p.height,
                        format="jpeg",
                        original_name=p.original_name,
                        created=now,
                        **texts,
                    )
                ).inserted_primary_key[0]
            ids.append(pid)
        leftover = [pid for pids in existing.values() for pid in pids]
        if leftover:
            conn.execute(update(P).where(P.c.id.in_(leftover)).values(removed=True, cover=False))
        return ids


def _parts_of(conn, article_id: int) -> dict[Part, tuple]:
    """The rows behind each part of an article, to tell what an import changed."""
    row = conn.execute(select(A).where(A.c.id == article_id)).one()
    return {
        Part.FIELDS: tuple(getattr(row, n) for n in ("title", "lead", "body", "byline", "section")),
        Part.STATUS: (row.status,),
        Part.REVISIONS: (row.version,),
        Part.PHOTOS: tuple(
            conn.execute(select(P).where(P.c.article_id == article_id).order_by(P.c.id))
        ),
        Part.PROVINCES: tuple(
            conn.execute(select(AP).where(AP.c.article_id == article_id).order_by(AP.c.position))
        ),
        Part.RELATED: tuple(
            conn.execute(select(RL).where(RL.c.article_id == article_id).order_by(RL.c.position))
        )
        + tuple(
            conn.execute(select(RM).where(RM.c.article_id == article_id).order_by(RM.c.position))
        ),
    }


def renumber_photos(body: str, numbers: dict[int, int]) -> str:
    """*body* with each ``photo:<a>`` reference replaced by ``photo:<numbers[a]>`` (store
    ids to places in the article on export, places to new ids on import); others stay."""

    def swap(match: re.Match[str]) -> str:
        found = numbers.get(int(match.group(2)))
        ref = found if found is not None else match.group(2)
        return f"{match.group(1)}photo:{ref}{match.group(3)}"

    return PHOTO_LINK.sub(swap, body)
