"""The first screen before the ORM: library rows and the last open article, read-only.

SQLAlchemy and SQLModel take most of a cold start to import, and a reporter should not look
at an empty window meanwhile. This module reads what the first screen needs with plain
``sqlite3`` on a read-only connection, after the same refusal checks as the full open
(``engine.probe`` and ``engine.check_local_filesystem``), and only from a store whose schema
is current: an older store waits for its migration, a refused one for its error message.
Nothing here writes; the repository takes over as soon as it is loaded. Besides the
repository, this is the only module that issues SQL.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lnv_editor.core.article import ArticleData, Status
from lnv_editor.core.errors import StoreError
from lnv_editor.store import schema
from lnv_editor.store.engine import BUSY_TIMEOUT_MS, check_local_filesystem, probe


class NotYet(Exception):  # noqa: N818 - not an error the user sees
    """A query the quick reader cannot answer (search, province filter): the library shows
    nothing for it until the repository, a moment later, answers it again."""


@dataclass(frozen=True, slots=True)
class QuickMatches:
    """The shape of ``search.SearchResult`` (which imports SQLAlchemy): ids, and no match
    mode, as the quick reader never searches."""

    ids: list[int]
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class QuickRow:
    """The same fields as ``repository.LibraryRow``, which this module cannot import."""

    id: int
    title: str
    section: str
    status: str
    updated: datetime


@dataclass(frozen=True, slots=True)
class QuickPhoto:
    """The same fields as ``photos.PhotoRecord``, which this module cannot import."""

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


def _when(value: str | None) -> datetime | None:
    # Stored as naive UTC text ("2025-11-11 10:10:00.000000"); the repository hands back
    # aware UTC datetimes, and so do we.
    if not value:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


class QuickReader:
    """Answers the library model's two questions (``list_matches``, ``library_rows``) and says
    which article to open first. Thread-safe: each call opens its own read-only connection
    (a fraction of a millisecond), as library queries run on a thread pool."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._uri = f"{path.resolve().as_uri()}?mode=ro"

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self._uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
        conn.execute("PRAGMA query_only = ON")
        return conn

    def list_ids(
        self,
        *,
        query: str = "",
        status: str | None = None,
        province: str | None = None,
        newest_first: bool = True,
        order: str = "updated",
        trash: bool = False,
        returned_to: str = "",
    ) -> list[int]:
        """Ids in the repository's library order, trashed articles left out; a search, a
        province filter or the trash view is left to the repository (``NotYet``)."""
        if query.strip() or province or trash or returned_to:
            raise NotYet(query or province or returned_to or "trash")
        column = "title_key" if order == "title" else "updated"
        if order == "relevance":  # nothing searched: the library's default order
            newest_first = True
        direction = "DESC" if newest_first else "ASC"
        sql = f"SELECT id FROM article {{where}} ORDER BY {column} {direction}, id {direction}"
        params: tuple = ()
        if status:
            sql, params = sql.format(where="WHERE deleted_at IS NULL AND status = ?"), (status,)
        else:
            sql = sql.format(where="WHERE deleted_at IS NULL")
        with closing(self._connect()) as conn:
            return [row[0] for row in conn.execute(sql, params)]

    def list_matches(self, **query) -> QuickMatches:
        """``list_ids`` as ``Repository.list_matches`` answers, for the library model."""
        return QuickMatches(self.list_ids(**query))

    def library_rows(self, ids: Sequence[int]) -> dict[int, QuickRow]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with closing(self._connect()) as conn:
            rows = conn.execute(
                f"SELECT id, title, section, status, updated FROM article WHERE id IN ({marks})",
                list(ids),
            ).fetchall()
        return {r[0]: QuickRow(r[0], r[1], r[2], r[3], _when(r[4])) for r in rows}

    def photos(self, article_id: int) -> list[QuickPhoto]:
        """The article's photos as ``PhotoRepository.list`` lists them (removed ones left out)."""
        columns = ", ".join(QuickPhoto.__slots__)
        with closing(self._connect()) as conn:
            rows = conn.execute(
                f"SELECT {columns} FROM photo WHERE article_id = ? AND NOT removed"
                " ORDER BY position, id",
                (article_id,),
            ).fetchall()
        return [QuickPhoto(*row[:11], cover=bool(row[11]), removed=bool(row[12])) for row in rows]

    def dictionary_words(self) -> list[str]:
        """The newsroom dictionary's words, as ``DictionaryService.words`` lists them."""
        with closing(self._connect()) as conn:
            return [row[0] for row in conn.execute("SELECT word FROM dictionary_word ORDER BY id")]

    def first_article(self) -> ArticleData | None:
        """The article to show first: the one open when the editor was last used (or when it
        crashed), else the most recently edited one; None in an empty store."""
        with closing(self._connect()) as conn:
            row = (
                conn.execute(
                    "SELECT s.article_id FROM editor_session s JOIN article a ON a.id = s.article_id"
                    " WHERE a.deleted_at IS NULL ORDER BY s.heartbeat DESC, s.id DESC LIMIT 1"
                ).fetchone()
                or conn.execute(
                    "SELECT id FROM article WHERE deleted_at IS NULL"
                    " ORDER BY updated DESC, id DESC LIMIT 1"
                ).fetchone()
            )
            if row is None:
                return None
            a = conn.execute(
                "SELECT id, slug, title, lead, body, byline, section, status, created, updated,"
                " version, uri FROM article WHERE id = ?",
                (row[0],),
            ).fetchone()
        if a is None:
            return None  # deleted between the two reads
        return ArticleData(
            id=a[0],
            slug=a[1],
            title=a[2],
            lead=a[3],
            body=a[4],
            byline=a[5],
            section=a[6],
            status=Status(a[7]),
            created=_when(a[8]),
            updated=_when(a[9]),
            version=a[10],
            extra={"uri": a[11]},
        )


def upgrade_pending(path: Path | str) -> bool:
    """Whether *path* is a store of an older schema, which opening it upgrades (for a large
    archive that takes minutes: the window says so while it opens)."""
    try:
        info = probe(Path(os.path.expanduser(str(path))))
    except StoreError:
        return False
    return info.revision in schema.KNOWN_REVISIONS and info.revision != schema.HEAD


def open_quick(path: Path | str) -> QuickReader | None:
    """A quick reader on *path*, or None when the full open must come first: no store yet,
    a schema to upgrade, or a file the full open will refuse (and explain)."""
    path = Path(os.path.expanduser(str(path)))
    try:
        info = probe(path)
        if info.revision != schema.HEAD:
            return None
        check_local_filesystem(path)
    except StoreError:
        return None
    try:
        reader = QuickReader(path)
        with closing(reader._connect()) as conn:
            conn.execute("SELECT 1 FROM article LIMIT 1").fetchall()
    except sqlite3.Error:
        return None
    return reader
