"""The repository: the only code that reads and writes the store.

Reads run in ordinary (deferred) transactions; every write runs in one ``BEGIN IMMEDIATE``
transaction, so a save is atomic and waits for another writer instead of failing.
Safe to call from several threads: each call takes its own pooled connection.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, func, insert, select, update

from lnv_editor.core.article import TEXT_FIELDS, ArticleData, Status
from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError, NotFoundError
from lnv_editor.core.vietnamese import slugify, sort_string, unique_slug
from lnv_editor.core.workflow import RULES
from lnv_editor.store import search_pending
from lnv_editor.store.changes import ChangeFeed, Part
from lnv_editor.store.clock import utcnow
from lnv_editor.store.comments import CommentService
from lnv_editor.store.dictionary import DictionaryService
from lnv_editor.store.engine import open_engine
from lnv_editor.store.fields import CONTENT_COLUMNS, clean_fields
from lnv_editor.store.house_rules import HouseRulesService
from lnv_editor.store.models import Article, EditorSession, Revision
from lnv_editor.store.review import ReviewService
from lnv_editor.store.revisions import (
    RevisionInfo,
    snapshot_due,
    write_snapshot,
)
from lnv_editor.store.save_journal import content_digest
from lnv_editor.store.search import SearchResult
from lnv_editor.store.search_index import index_row
from lnv_editor.store.sessions import EditorSessions

A = Article.__table__
R = Revision.__table__
S = EditorSession.__table__


@dataclass(frozen=True, slots=True)
class LibraryRow:
    id: int
    title: str
    section: str
    status: str
    updated: datetime


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save did. ``conflict_revision`` is set when another writer had saved first:
    their text was kept as that revision before ours was written."""

    article_id: int
    version: int
    updated: datetime
    changed: bool
    revision_id: int | None = None
    conflict_revision: int | None = None
    conflict_version: int | None = None
    digest: str = ""  # of the text the store now holds (store/save_journal.py)
    search_behind: bool = False  # the index waits for a catch-up (store/search_pending.py)


def _to_article(row) -> ArticleData:
    return ArticleData(
        id=row.id,
        slug=row.slug,
        title=row.title,
        lead=row.lead,
        body=row.body,
        byline=row.byline,
        section=row.section,
        status=Status(row.status),
        created=row.created,
        updated=row.updated,
        version=row.version,
        extra={"uri": row.uri, "deleted_at": row.deleted_at},
    )


class Repository(EditorSessions):
    def __init__(
        self, engine: Engine, path: Path | None = None, tone_style: str | None = None
    ) -> None:
        from lnv_editor.store.photos import PhotoRepository
        from lnv_editor.store.tags import TagRepository
        from lnv_editor.store.trash import TrashRepository

        self.engine = engine
        self.path = path
        # The house tone-mark style ("old": hòa, "new": hoà) stored text is put in; None keeps
        # the writer's marks. Search and matching ignore the style either way.
        self.tone_style = tone_style
        self._writer = engine.execution_options(write=True)
        # Every write that changes articles goes through this feed: one transaction, one Change.
        self.writes = ChangeFeed(engine)
        self.photos = PhotoRepository(engine, utcnow, tone_style, self.writes)
        self.tags = TagRepository(engine, utcnow, self.writes)
        # Autosaves index later; every query first brings the index level (search_pending.py).
        self.search = search_pending.CaughtUpSearch(engine, self.writes)
        # The editorial workflow and review comments (store/review.py, store/comments.py).
        self.review = ReviewService(
            engine, self.writes, utcnow, article=self.get, revision=self.revision
        )
        self.comments = CommentService(engine, self.writes, utcnow)
        self.dictionary = DictionaryService(engine, self.writes, utcnow)
        self.house_rules = HouseRulesService(engine, self.writes, utcnow)
        self.trash = TrashRepository(engine, utcnow, self.writes, self.media)

    def media(self):
        """The photo store beside this store file (``<store>.media/``)."""
        from lnv_editor.media.store import PhotoStore

        return PhotoStore.beside(self.path)

    @classmethod
    def open(
        cls, path: Path | str, *, create: bool = True, tone_style: str | None = None
    ) -> Repository:
        path = Path(path)
        return cls(open_engine(path, create=create), path, tone_style)

    def close(self) -> None:
        self.engine.dispose()

    # ----- reads -------------------------------------------------------------------------
    def count(self) -> int:
        with self.writes.reading() as conn:
            return conn.execute(select(func.count()).select_from(A)).scalar_one()

    def list_ids(self, **query) -> list[int]:
        """Ids in library order: by last change (*newest_first*), or with ``order="title"``
        in Vietnamese alphabetical order (a-z when *newest_first* is False, z-a when True),
        or with ``order="relevance"`` best match first. *query* searches title, lead, body,
        byline and captions, ignoring case, diacritics and tone-mark style ("dong ky" finds
        "Đồng Kỵ"); several words match as a phrase first (see ``list_matches``). Trashed
        articles are left out; *trash* lists only them instead, most recently trashed first."""
        return self.list_matches(**query).ids

    def list_matches(
        self,
        *,
        query: str = "",
        status: str | None = None,
        province: str | None = None,
        newest_first: bool = True,
        order: str = "updated",
        trash: bool = False,
        returned_to: str = "",
        cancel=None,
    ) -> SearchResult:
        """``list_ids`` with how the query matched: ``mode`` is "phrase" when the words were
        found in a row, "all-words" when no article had them so and each word anywhere
        counted instead, None when there was nothing to search for. *returned_to*: only
        the articles sent back to that person (their "returned to me" list). *cancel* (a
        ``threading.Event``) stops a search still running: ``SearchCancelled``."""
        if trash:
            return SearchResult(self.trash.ids())
        if returned_to:
            return SearchResult(self.review.returned_to(returned_to))
        found = self.search.matching_ids(
            query,
            status=status,
            province=province,
            newest_first=newest_first,
            order=order,
            cancel=cancel,
        )
        if found.ids is not None:
            return found
        # No filter: relevance means nothing, so the library's default order.
        column = A.c.title_key if order == "title" else A.c.updated
        if order == "relevance":
            newest_first = True
        keys = (column.desc(), A.c.id.desc()) if newest_first else (column, A.c.id)
        with self.writes.reading() as conn:
            stmt = select(A.c.id).where(A.c.deleted_at.is_(None)).order_by(*keys)
            return SearchResult(list(conn.execute(stmt).scalars()))

    def library_rows(self, ids: Sequence[int]) -> dict[int, LibraryRow]:
        if not ids:
            return {}
        # One row (the library after a save) without IN's expanding parameter, which
        # SQLAlchemy compiles again at each call (0.8 ms of the GUI thread).
        stmt = select(A.c.id, A.c.title, A.c.section, A.c.status, A.c.updated).where(
            A.c.id == ids[0] if len(ids) == 1 else A.c.id.in_(list(ids))
        )
        with self.writes.reading() as conn:
            return {r.id: LibraryRow(*r) for r in conn.execute(stmt)}

    def get(self, article_id: int) -> ArticleData:
        with self.writes.reading() as conn:
            row = conn.execute(select(A).where(A.c.id == article_id)).one_or_none()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no article with id {id}."), id=article_id
            )
        return _to_article(row)

    def find_by_uri(self, uri: str) -> int | None:
        with self.writes.reading() as conn:
            return conn.execute(select(A.c.id).where(A.c.uri == uri)).scalar_one_or_none()

    def revisions(self, article_id: int) -> list[RevisionInfo]:
        """Newest first."""
        stmt = select(R).where(R.c.article_id == article_id).order_by(R.c.id.desc())
        with self.writes.reading() as conn:
            return [RevisionInfo(*row) for row in conn.execute(stmt)]

    def revision(self, revision_id: int) -> RevisionInfo:
        with self.writes.reading() as conn:
            row = conn.execute(select(R).where(R.c.id == revision_id)).one_or_none()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no revision with id {id}."),
                id=revision_id,
            )
        return RevisionInfo(*row)

    # ----- writes ------------------------------------------------------------------------
    def create(self, *, uri: str | None = None, **fields: object) -> ArticleData:
        values = {name: "" for name in TEXT_FIELDS} | {"status": Status.DRAFT.value}
        values |= clean_fields(fields, self.tone_style)
        now = utcnow()
        with self.writes.transaction() as tx:
            conn = tx.conn
            slug = self.free_slug(conn, values["title"], None)
            new_id = conn.execute(
                insert(A).values(
                    uri=uri or f"urn:uuid:{uuid.uuid4()}",
                    slug=slug,
                    created=now,
                    updated=now,
                    version=1,
                    title_key=sort_string(values["title"]),
                    **values,
                )
            ).inserted_primary_key[0]
            rev_id = write_snapshot(conn, new_id, 1, values, "create", now)
            if values["status"] in (Status.READY, Status.PUBLISHED):
                # Imported or scripted as approved already: this text is the approved one.
                conn.execute(
                    update(A)
                    .where(A.c.id == new_id)
                    .values(approved_version=1, approved_revision_id=rev_id)
                )
            index_row(conn, new_id)
            tx.touch(new_id, Part.CREATED, Part.FIELDS, Part.REVISIONS)
        return self.get(new_id)

    def save(
        self, article_id: int, fields: dict[str, object], *, base_version: int, reason: str
    ) -> SaveResult:
        """Write *fields* over the article the caller loaded at *base_version*.

        *reason* is "save" (explicit: always snapshots) or "autosave" (snapshots at most every
        AUTOSAVE_REVISION_INTERVAL). If someone else saved since *base_version*, their text is
        first kept as a "conflict" revision, then ours is written: nothing is lost silently.
        """
        values = clean_fields(fields, self.tone_style)
        now = utcnow()
        with self.writes.transaction() as tx:
            conn = tx.conn
            row = conn.execute(select(A).where(A.c.id == article_id)).one_or_none()
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The article {id} no longer exists in the store; it may have been "
                        "deleted in another window.",
                    ),
                    id=article_id,
                )
            current = {name: getattr(row, name) for name in CONTENT_COLUMNS}
            merged = current | values
            step = self.review.status_for_save(conn, article_id, current, merged)
            if step is not None:
                values["status"] = merged["status"] = RULES[step].target.value
            changed = merged != current
            conflict_rev = None
            if row.version != base_version and changed:
                conflict_rev = write_snapshot(
                    conn, article_id, row.version, current, "conflict", now
                )
            version, updated = row.version, row.updated
            behind = False
            if changed:
                version, updated = row.version + 1, now
                extra = {}
                if merged["title"] != current["title"]:
                    extra["title_key"] = sort_string(merged["title"])
                    if row.status != Status.PUBLISHED:
                        extra["slug"] = self.free_slug(conn, merged["title"], article_id)
                conn.execute(
                    update(A)
                    .where(A.c.id == article_id)
                    .values(
                        version=version,
                        updated=now,
                        **values,
                        **extra,
                    )
                )
                behind = reason == "autosave" and search_pending.defer(
                    conn, article_id, now.timestamp()
                )
                if not behind:
                    index_row(conn, article_id)
                    search_pending.indexed(conn, article_id)
                if step is not None:
                    self.review.record_save_step(tx, article_id, step, current["status"], version)
                self.comments.reanchor(tx, article_id, current, merged)
            revision_id = None
            if reason != "autosave" or (changed and snapshot_due(conn, article_id, now)):
                revision_id = write_snapshot(conn, article_id, version, merged, reason, now)
            if changed:
                tx.touch(article_id, Part.FIELDS)
                if merged["status"] != current["status"]:
                    tx.touch(article_id, Part.STATUS)
            if revision_id is not None or conflict_rev is not None:
                tx.touch(article_id, Part.REVISIONS)
        return SaveResult(
            article_id=article_id,
            version=version,
            updated=updated,
            changed=changed,
            revision_id=revision_id,
            conflict_revision=conflict_rev,
            conflict_version=row.version if conflict_rev else None,
            digest=content_digest(merged),
            search_behind=behind,
        )

    def restore_revision(
        self, article_id: int, revision_id: int, *, base_version: int
    ) -> SaveResult:
        """Bring back an old revision. The text it replaces is kept first as a revision, so a
        restore can itself be undone from the history."""
        rev = self.revision(revision_id)
        if rev.article_id != article_id:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Revision {rev} belongs to another article, not to {id}."
                ),
                rev=revision_id,
                id=article_id,
            )
        # One transaction: the kept text and the restore commit together or not at all.
        with self.writes.transaction() as tx:
            current = self.get(article_id)
            write_snapshot(
                tx.conn,
                article_id,
                current.version,
                current.content() | {"status": current.status.value},
                "before-restore",
                utcnow(),
            )
            tx.touch(article_id, Part.REVISIONS)
            # The text comes back; the status stays the workflow's (an edit of approved text
            # still sends it back for review).
            content = {k: v for k, v in rev.content().items() if k != "status"}
            return self.save(article_id, content, base_version=base_version, reason="restore")

    def delete(self, article_id: int) -> None:
        with self.writes.transaction() as tx:
            tx.conn.execute(A.delete().where(A.c.id == article_id))
            index_row(tx.conn, article_id)
            tx.touch(article_id, Part.DELETED)

    # ----- helpers ------------------------------------------------------------------------
    def free_slug(self, conn: Connection, title: str, article_id: int | None) -> str:
        def taken(candidate: str) -> bool:
            stmt = select(A.c.id).where(A.c.slug == candidate)
            if article_id is not None:
                stmt = stmt.where(A.c.id != article_id)
            return conn.execute(stmt).first() is not None

        return unique_slug(slugify(title), taken)

    def bulk_insert(self, articles: Iterable[dict[str, object]]) -> int:
        """Insert many articles in one transaction (demo data, benchmarks, imports)."""
        now = utcnow()
        count = 0
        with self.writes.transaction() as tx:
            conn = tx.conn
            tx.touch(None, Part.CREATED)
            for fields in articles:
                uri = str(fields.pop("uri", "") or f"urn:uuid:{uuid.uuid4()}")
                updated = fields.pop("updated", now)
                values = (
                    {name: "" for name in TEXT_FIELDS}
                    | {"status": "draft"}
                    | clean_fields(fields, self.tone_style)
                )
                new_id = conn.execute(
                    insert(A).values(
                        uri=uri,
                        slug=self.free_slug(conn, values["title"], None),
                        created=updated,
                        updated=updated,
                        version=1,
                        title_key=sort_string(values["title"]),
                        **values,
                    )
                ).inserted_primary_key[0]
                index_row(conn, new_id)
                count += 1
        return count
