"""Every store file made by a past schema version opens and upgrades with today's code."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from search_helpers import kept_counts
from sqlalchemy import create_engine

from lnv_editor.store import schema
from lnv_editor.store.migrate import script_revisions, upgrade
from lnv_editor.store.models import Article  # noqa: F401 - registers the tables
from lnv_editor.store.repository import Repository

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_known_revisions_match_the_scripts():
    assert tuple(script_revisions()) == schema.KNOWN_REVISIONS


def test_there_is_a_fixture_for_every_schema_version():
    for rev in schema.KNOWN_REVISIONS:
        assert (FIXTURES / f"store_{rev}.sqlite").is_file(), (
            f"add tests/fixtures/store_{rev}.sqlite"
        )


def _row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'article_fts%' "
                "AND name NOT LIKE 'article_pairs%' AND name NOT LIKE 'article_heads%' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


@pytest.mark.parametrize("rev", schema.KNOWN_REVISIONS)
def test_fixture_opens_and_upgrades(tmp_path, rev):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / f"store_{rev}.sqlite", path)
    before = _row_counts(path)
    repo = Repository.open(path)
    try:
        # Nothing is lost on the way: every row of every table the old version had is there.
        after = _row_counts(path)
        assert {t: after[t] for t in before} == before
        assert before["revision"] >= 2
        with repo.engine.connect() as conn:
            assert (
                conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                == schema.HEAD
            )
        ids = repo.list_ids()
        assert len(ids) >= 2
        article = repo.get(ids[-1])
        assert article.title  # the fixture's Vietnamese text survived
        # and it is writable with today's code
        result = repo.save(
            article.id,
            {"body": article.body + "\n\nThêm."},
            base_version=article.version,
            reason="save",
        )
        assert result.changed
    finally:
        repo.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The kept counts (0016, 0017) are FTS5's own, the triples (0018) and the prefixes'
    # overlaps (0019) the pair index's, filled on upgrade and kept by the save (a fixture's
    # few articles hold no two pairs of one prefix: no overlaps).
    kept = kept_counts(conn)
    assert kept.pop("article_pair_overlaps") == [] and all(kept.values())
    conn.close()


def test_migrations_give_exactly_the_models(tmp_path):
    """The migration scripts and the SQLModel tables describe the same schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite'}")
    upgrade(engine)

    def not_fts(obj, name, type_, reflected, compare_to):
        # FTS5 virtual tables and their shadow tables are raw SQL, not models.
        return not (
            type_ == "table"
            and name
            and name.startswith(
                (
                    "article_fts",
                    "article_pairs",
                    "article_heads",
                    "article_words",
                    "article_pair_words",
                    "article_triples",
                    "article_pair_overlaps",
                )
            )
        )

    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": not_fts})
        diff = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert diff == []
