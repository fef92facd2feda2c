"""Creating and upgrading the newsroom schema ``lnv`` with Alembic (its own migration line in
``server/migrations``, version table ``lnv.alembic_version``). ``init`` is idempotent: run it
again after an update of LNV Editor and it upgrades what is there."""

from __future__ import annotations

from pathlib import Path

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.server.connect import ServerError, connect, first_line, redact

SCHEMA = "lnv"
MIN_SERVER_VERSION = 130000  # xid8, pg_current_snapshot, gen_random_uuid
INIT_LOCK = 0x6C6E76  # advisory lock: two inits at once run one after the other


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    return cfg


def head() -> str:
    """The newest revision this LNV Editor knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_version(conn) -> str | None:
    """The schema revision of the database behind a psycopg connection (None: no schema)."""
    found = conn.execute("SELECT to_regclass('lnv.alembic_version') IS NOT NULL").fetchone()[0]
    if not found:
        return None
    row = conn.execute("SELECT version_num FROM lnv.alembic_version").fetchone()
    return row[0] if row else None


SYNCED = (
    "article",
    "revision",
    "comment",
    "transition",
    "purge",
    "dictionary_word",
    "house_rules",
)


def restamp(conn) -> int:
    """Stamp again the rows whose writing transaction is in this cluster's future: they were
    restored from another cluster's dump (pg_restore copies xact as it was). Laptops pull
    them once more. Returns the number of rows stamped."""
    count = 0
    for table in SYNCED:
        count += conn.execute(
            f"UPDATE lnv.{table} SET seq = seq WHERE xact > pg_current_xact_id()"
        ).rowcount
    return count


def init(url: str) -> str:
    """Create or upgrade the newsroom schema at *url* (an administrator's address); returns
    the revision reached."""
    import psycopg
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    raw = connect(url)
    try:
        if raw.info.server_version < MIN_SERVER_VERSION:
            raise ServerError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The server at {address} runs PostgreSQL {version}; the newsroom needs "
                    "PostgreSQL 13 or newer.",
                ),
                address=redact(url),
                version=raw.info.server_version // 10000,
            )
        engine = create_engine("postgresql+psycopg://", creator=lambda: raw, poolclass=StaticPool)
        cfg = alembic_config()
        try:
            with engine.begin() as conn:
                driver = conn.connection.driver_connection
                driver.execute("SELECT pg_advisory_xact_lock(%s)", (INIT_LOCK,))
                driver.execute("CREATE SCHEMA IF NOT EXISTS lnv")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                restamp(driver)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise ServerError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The server at {address} refused to create the newsroom schema: {reason}. "
                    "Run init as the database's owner or a superuser (docs/server.md).",
                ),
                address=redact(url),
                reason=first_line(str(exc)),
            ) from exc
        return current_version(raw)
    finally:
        raw.close()
