"""The publish store: one SQLite file the website reads with plain SQL.

Schema version 1 (``PRAGMA user_version`` and the ``meta`` table say so). Photos are BLOBs in
the ``media`` table, named by content, not files beside it: the file is then the whole
delivery (one copy, one upload, one backup), an article and its photos arrive in the same
transaction (a reader never sees a page whose photos are not there yet), and a photo shared by
two articles is stored once. Renditions are 30–400 KB, the size SQLite serves from a BLOB as
fast as a file system does. docs/bundle.md shows the website's queries.

Upsert by article uri and version: a newer version replaces the older one in one transaction,
the same version again changes nothing, an older version is refused with a message.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from lnv_editor.export import errors
from lnv_editor.export.model import ARTICLE_JSON, INDEX_HTML, MANIFEST, Bundle

SCHEMA_VERSION = 1
FORMAT = "lnv-publish-store"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE article (
    uri TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    lead TEXT NOT NULL,
    byline TEXT NOT NULL,
    section TEXT NOT NULL,
    first_created TEXT NOT NULL,
    version_created TEXT NOT NULL,
    cover TEXT,
    html TEXT NOT NULL,
    ninjs TEXT NOT NULL,
    manifest TEXT NOT NULL
);
CREATE INDEX article_slug ON article (slug);
CREATE INDEX article_latest ON article (version_created DESC);
CREATE TABLE photo (
    article_uri TEXT NOT NULL REFERENCES article (uri) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    caption TEXT NOT NULL,
    alt TEXT NOT NULL,
    credit TEXT NOT NULL,
    is_cover INTEGER NOT NULL,
    PRIMARY KEY (article_uri, number)
);
CREATE TABLE rendition (
    article_uri TEXT NOT NULL REFERENCES article (uri) ON DELETE CASCADE,
    photo_number INTEGER NOT NULL,
    width INTEGER NOT NULL,
    actual_width INTEGER NOT NULL,
    actual_height INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (article_uri, photo_number, width)
);
CREATE INDEX rendition_name ON rendition (name);
CREATE TABLE media (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE province (
    article_uri TEXT NOT NULL REFERENCES article (uri) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    name_used TEXT NOT NULL,
    PRIMARY KEY (article_uri, code)
);
CREATE INDEX province_code ON province (code, article_uri);
CREATE TABLE related (
    article_uri TEXT NOT NULL REFERENCES article (uri) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    target_uri TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (article_uri, position)
);
"""

TABLES = ("meta", "article", "photo", "rendition", "media", "province", "related")


class Outcome(StrEnum):
    WRITTEN = "written"  # new, or a newer version replaced the older
    UNCHANGED = "unchanged"  # this version was already there
    OLDER = "older"  # the store has a newer version; nothing written


@dataclass(frozen=True, slots=True)
class UpsertResult:
    uri: str
    version: int
    outcome: Outcome
    stored_version: int | None = None


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


class PublishStore:
    """A publish store opened for writing (created if the file does not exist)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = _connect(self.path)
            if fresh:
                self.conn.execute("BEGIN IMMEDIATE")
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO meta VALUES ('format', ?), ('schema_version', ?)",
                    (FORMAT, str(SCHEMA_VERSION)),
                )
                self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                self.conn.execute("COMMIT")
            else:
                check_schema(self.conn, str(self.path))
        except sqlite3.DatabaseError as exc:
            raise errors.unsafe_store(str(self.path), str(exc)) from exc

    def close(self) -> None:
        self.conn.close()

    def base_url(self) -> str | None:
        """The portal address the store's pages were made for (``meta.base_url``), if any."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'base_url'").fetchone()
        return row[0] if row else None

    def set_base_url(self, base_url: str) -> None:
        # One statement in autocommit mode: its own transaction.
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('base_url', ?)", (base_url,))

    def __enter__(self) -> PublishStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def upsert(self, bundle: Bundle) -> UpsertResult:
        """Write *bundle* unless the store already has this or a newer version."""
        return self.upsert_many([bundle])[0]

    def upsert_many(self, bundles: list[Bundle]) -> list[UpsertResult]:
        """``upsert`` each of *bundles*, all in one transaction (one disk sync for many
        articles: a batch to sqlite would otherwise spend most of its time waiting for it)."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            results = [self._upsert(bundle) for bundle in bundles]
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return results

    def _upsert(self, bundle: Bundle) -> UpsertResult:
        a = bundle.article
        conn = self.conn
        conn.execute("SAVEPOINT article")
        try:
            row = conn.execute("SELECT version FROM article WHERE uri = ?", (a.uri,)).fetchone()
            if row is not None and row[0] >= a.version:
                conn.execute("RELEASE article")
                outcome = Outcome.UNCHANGED if row[0] == a.version else Outcome.OLDER
                return UpsertResult(a.uri, a.version, outcome, row[0])
            old_names: list[str] = []
            if row is not None:
                old_names = [
                    r[0]
                    for r in conn.execute(
                        "SELECT name FROM rendition WHERE article_uri = ?", (a.uri,)
                    )
                ]
                conn.execute("DELETE FROM article WHERE uri = ?", (a.uri,))  # cascades
            cover = next((p.renditions[0].name for p in a.photos if p.cover), None)
            conn.execute(
                "INSERT INTO article VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    a.uri,
                    a.version,
                    a.slug,
                    a.title,
                    a.lead,
                    a.byline,
                    a.section,
                    bundle.ninjs["firstCreated"],
                    bundle.ninjs["versionCreated"],
                    cover,
                    bundle.files[INDEX_HTML].decode("utf-8"),
                    bundle.files[ARTICLE_JSON].decode("utf-8"),
                    bundle.files[MANIFEST].decode("utf-8"),
                ),
            )
            for p in a.photos:
                conn.execute(
                    "INSERT INTO photo VALUES (?,?,?,?,?,?)",
                    (a.uri, p.number, p.caption, p.alt, p.credit, int(p.cover)),
                )
                for r in p.renditions:
                    conn.execute(
                        "INSERT INTO rendition VALUES (?,?,?,?,?,?)",
                        (a.uri, p.number, r.width, r.actual_width, r.actual_height, r.name),
                    )
                    conn.execute(
                        "INSERT OR IGNORE INTO media VALUES (?,?,?,?)",
                        (r.name, r.name.rsplit("/", 1)[-1].split(".")[0], len(r.data), r.data),
                    )
            for position, t in enumerate(a.provinces):
                conn.execute(
                    "INSERT INTO province VALUES (?,?,?,?,?)",
                    (a.uri, position, t.code, t.name, t.name_used),
                )
            for position, r in enumerate(a.related):
                conn.execute(
                    "INSERT INTO related VALUES (?,?,?,?)", (a.uri, position, r.uri, r.title)
                )
            for name in set(old_names):
                conn.execute(
                    "DELETE FROM media WHERE name = ? AND NOT EXISTS "
                    "(SELECT 1 FROM rendition WHERE rendition.name = media.name)",
                    (name,),
                )
            conn.execute("RELEASE article")
        except BaseException:
            conn.execute("ROLLBACK TO article")
            conn.execute("RELEASE article")
            raise
        return UpsertResult(a.uri, a.version, Outcome.WRITTEN, row[0] if row else None)


def check_schema(conn: sqlite3.Connection, name: str) -> None:
    """Refuse a file that is not a publish store of a version we know, or that holds
    triggers or views (code that would run when we read or write)."""
    kinds = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
    ).fetchall()
    if kinds:
        raise errors.unsafe_store(name, f"it holds a {kinds[0][0]} ({kinds[0][1]})")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not set(TABLES) <= tables:
        raise errors.not_a_bundle(name, "it is an SQLite file without the publish store's tables")
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("format") != FORMAT:
        raise errors.not_a_bundle(name, "its meta table does not name the publish store format")
    if meta.get("schema_version") != str(SCHEMA_VERSION):
        raise errors.bad_format_version(name, meta.get("schema_version"))
