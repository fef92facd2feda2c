"""Schema upgrades with Alembic, run on a write transaction of the store's own engine."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    return cfg


def script_revisions() -> list[str]:
    """Every revision id in the migration scripts, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    # One IMMEDIATE transaction: two processes opening a new store do not both migrate.
    with engine.execution_options(write=True).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
