"""The store's tables (SQLModel). Later features add tables that point at ``article.id``.

Schema changes go through an Alembic migration in ``store/migrations/versions``; a test
checks that migrating an empty file to head gives exactly these tables.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel


class Article(SQLModel, table=True):
    __tablename__ = "article"
    __table_args__ = (Index("ix_article_updated", "updated"),)

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
    # Folded title/lead/byline (no diacritics, đ -> d, casefolded) for the library's quick filter.
    search_text: str = ""


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
