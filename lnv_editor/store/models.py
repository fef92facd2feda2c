"""The store's tables (SQLModel). Later features add tables that point at ``article.id``.

Schema changes go through an Alembic migration in ``store/migrations/versions``; a test
checks that migrating an empty file to head gives exactly these tables.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, String
from sqlmodel import Field, SQLModel


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def uuid_field():
    """A row's identity on the newsroom server (0011): set on insert, unique."""
    return Field(default=None, unique=True, index=True, sa_column_kwargs={"default": new_uuid})


class Article(SQLModel, table=True):
    __tablename__ = "article"
    __table_args__ = (
        Index("ix_article_updated", "updated"),
        # A search's matches in library order, without reading the rows (0010).
        Index("ix_article_live", "deleted_at", "id", "updated", "title_key", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uri: str = Field(unique=True)  # stable identity across export/import (ninjs "uri")
    slug: str = Field(unique=True)
    title: str = ""
    lead: str = ""
    body: str = ""
    byline: str = ""
    section: str = Field(default="", index=True)
    status: str = Field(default="draft", index=True)
    created: datetime
    updated: datetime
    version: int = 1
    # core.vietnamese.sort_string(title): Vietnamese alphabetical order with a plain index.
    title_key: str = Field(default="", index=True, sa_column_kwargs={"server_default": ""})
    # The version an editor approved and its snapshot, so the export can take the approved text
    # even after later edits sent the article back for review (store/review.py).
    approved_version: int | None = None
    approved_revision_id: int | None = None
    # Set when the article is moved to the trash; NULL for every live article.
    deleted_at: datetime | None = Field(default=None, index=True)


class Revision(SQLModel, table=True):
    __tablename__ = "revision"
    __table_args__ = (Index("ix_revision_article", "article_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False)
    )
    article_version: int
    created: datetime
    # save | autosave | conflict | before-restore | restore | create
    reason: str
    title: str = ""
    lead: str = ""
    body: str = ""
    byline: str = ""
    section: str = ""
    status: str = "draft"
    # JSON: {"captions": {photo id: caption}, "provinces": [names]} at the time of the snapshot
    # (revisions made before schema 0007 have "{}"), for comparing revisions.
    extras: str = Field(default="{}", sa_column_kwargs={"server_default": "{}"})


class EditorSession(SQLModel, table=True):
    """One running editor window per row; a row left unclosed means the process died."""

    __tablename__ = "editor_session"

    id: int | None = Field(default=None, primary_key=True)
    pid: int
    host: str
    started: datetime
    heartbeat: datetime
    article_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="SET NULL"), nullable=True),
    )
    closed: bool = False


class Photo(SQLModel, table=True):
    """A photo of an article. The original lives in the media store by sha256; removal is
    a flag so that undo brings the same id back (the body refers to photos by id)."""

    __tablename__ = "photo"
    __table_args__ = (Index("ix_photo_article", "article_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False)
    )
    sha256: str = Field(index=True)
    width: int
    height: int
    format: str
    original_name: str = ""
    caption: str = ""
    credit: str = ""
    alt: str = ""
    position: int = 0
    cover: bool = False
    removed: bool = False
    created: datetime
    uuid: str | None = uuid_field()


class ArticleProvince(SQLModel, table=True):
    """A province tag: the current unit's code, and the name the story used (maybe a former one)."""

    __tablename__ = "article_province"
    # Code first: "stories tagged with this province since id n" is a range of it.
    __table_args__ = (Index("ix_article_province_code_article", "code", "article_id"),)

    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), primary_key=True)
    )
    code: str = Field(primary_key=True)
    name_used: str = ""
    position: int = 0


class RelatedLink(SQLModel, table=True):
    """ "Tin liên quan": by id, so a link survives title changes; no foreign key on the target,
    so a link to a deleted story stays and shows as broken."""

    __tablename__ = "related_link"

    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), primary_key=True)
    )
    target_id: int = Field(primary_key=True)
    position: int = 0


class RelatedMissing(SQLModel, table=True):
    """A related story a bundle named that this store does not have yet: kept by uri, with the
    title the bundle gave it, and turned into a ``RelatedLink`` when a story with that uri
    is imported (store/bundles.py)."""

    __tablename__ = "related_missing"
    __table_args__ = (Index("ix_related_missing_uri", "uri"),)

    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), primary_key=True)
    )
    uri: str = Field(primary_key=True)
    title: str = Field(default="", sa_column_kwargs={"server_default": ""})
    position: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class ChangeLog(SQLModel, table=True):
    """One row per committed write (store/changes.py), so another process writing the same
    store can tell which articles and parts changed. Pruned to the newest rows."""

    __tablename__ = "change_log"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: int | None = Field(
        default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True)
    )
    at: datetime
    writer: str
    article_ids: str = ""
    parts: str = ""


class StatusTransition(SQLModel, table=True):
    """One workflow step (core/workflow.py): who moved the article from which status to which,
    when, why, and at which version of its text."""

    __tablename__ = "status_transition"
    __table_args__ = (Index("ix_status_transition_article", "article_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False)
    )
    action: str  # submit | approve | return | reopen | edited | publish
    from_status: str
    to_status: str
    person: str = ""
    role: str = ""
    reason: str = ""
    article_version: int
    revision_id: int | None = None  # the snapshot taken at approval
    at: datetime
    uuid: str | None = uuid_field()


class Comment(SQLModel, table=True):
    """A review comment anchored to a passage of a field (core/anchors.py), or a reply to one."""

    __tablename__ = "comment"
    __table_args__ = (Index("ix_comment_article", "article_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False)
    )
    parent_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("comment.id", ondelete="CASCADE"), nullable=True),
    )
    field: str = "body"  # title | lead | body | caption
    photo_id: int | None = None  # for a caption
    start: int = 0
    end: int = 0
    quote: str = ""
    prefix: str = ""
    suffix: str = ""
    text: str = ""
    author: str = ""
    role: str = ""
    created: datetime
    resolved: bool = False
    orphaned: bool = False
    uuid: str | None = uuid_field()


class ExportRecord(SQLModel, table=True):
    """One export of an article: the version that left the newsroom, when, to which target
    (folder, zip or publish store) and the SHA-256 of its bundle manifest."""

    __tablename__ = "export_record"
    __table_args__ = (Index("ix_export_record_article", "article_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False)
    )
    article_version: int
    exported: datetime
    target: str
    manifest_sha256: str


class DictionaryWord(SQLModel, table=True):
    """A word of the newsroom's own dictionary (Thêm vào từ điển tòa soạn): names, places and
    loanwords the spelling check accepts in this store (core/spelling). *key* is the lookup
    form (lower case, one tone style), so "Hòa"/"hoà" is one entry."""

    __tablename__ = "dictionary_word"

    id: int | None = Field(default=None, primary_key=True)
    word: str
    key: str = Field(sa_column=Column(String, nullable=False, unique=True))
    added: datetime
    added_by: str = ""


class HouseRules(SQLModel, table=True):
    """One version of the house-style rule file (core/spelling/house.py): the whole text as
    the desk saved it, who and when. The newest row is in force; the first one is the file
    the app ships (migration 0014). Rows are never changed: undoing an edit saves an older
    text again as a new version."""

    __tablename__ = "house_rules"

    id: int | None = Field(default=None, primary_key=True)  # the version number
    text: str
    saved: datetime
    saved_by: str = ""


class SearchPending(SQLModel, table=True):
    """An article whose search index is behind its saved text (store/search_pending.py):
    autosaves of a long article defer the index; the next search, a pause in typing or a
    save that indexes brings it level. *since*: when it fell behind (epoch seconds)."""

    __tablename__ = "search_pending"

    article_id: int | None = Field(
        default=None, sa_column=Column(Integer, primary_key=True, autoincrement=False)
    )
    since: float


class SyncArticle(SQLModel, table=True):
    """The laptop's sync state of one article (lnv_editor/sync). No foreign key: the row
    outlives an article deleted for good, so the deletion still reaches the server.
    *uri*: the article's uuid on the server; *server_version*: the server version the local
    text is based on; dirty while *dirty_seq* (the change_log seq of the last local write)
    is past *pushed_seq*; *digest*: of the text last exchanged with the server. An article
    with no row here was never uploaded."""

    __tablename__ = "sync_article"

    article_id: int | None = Field(
        default=None, sa_column=Column(Integer, primary_key=True, autoincrement=False)
    )
    uri: str = Field(default="", index=True, sa_column_kwargs={"server_default": ""})
    server_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    dirty_seq: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    pushed_seq: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    digest: str = Field(default="", sa_column_kwargs={"server_default": ""})


class SyncOutbox(SQLModel, table=True):
    """A push written down before it is sent, with its operation id: after a crash or a cut
    connection the same operation is sent again, and the server applies it at most once."""

    __tablename__ = "sync_outbox"

    op_id: str = Field(primary_key=True)
    kind: str  # article | comment | transition
    article_id: int | None = None
    ref: str = Field(default="", sa_column_kwargs={"server_default": ""})
    base_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    seq: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    doc: str = Field(default="{}", sa_column_kwargs={"server_default": "{}"})
    created: datetime


class SyncPushed(SQLModel, table=True):
    """Rows (comments, workflow steps, photo files, conflict revisions) already exchanged
    with the server, with the digest of what was sent, so an edit is sent again."""

    __tablename__ = "sync_pushed"

    kind: str = Field(primary_key=True)
    uuid: str = Field(primary_key=True)
    digest: str = Field(default="", sa_column_kwargs={"server_default": ""})


class SyncMeta(SQLModel, table=True):
    """The connection: server address without its password, laptop id, pull cursor, login,
    role."""

    __tablename__ = "sync_meta"

    key: str = Field(primary_key=True)
    value: str = Field(default="", sa_column_kwargs={"server_default": ""})
