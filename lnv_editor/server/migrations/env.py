"""Alembic environment of the newsroom server: always run on a connection handed over by
``server.schema.init``, with the version table in the ``lnv`` schema."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection, version_table_schema="lnv", transaction_per_migration=False
)
with context.begin_transaction():
    context.run_migrations()
