"""Sync with the newsroom server (issue 17): a uuid for photos, comments and workflow steps
(their identity on the server), and the laptop's bookkeeping: which articles changed since
their last upload (``sync_article``), the pushes written down before they are sent
(``sync_outbox``), rows already uploaded (``sync_pushed``) and the connection's settings
(``sync_meta``). Every article of an existing store has no ``sync_article`` row yet, which
means "never uploaded": connecting the laptop uploads it once, keeping its uri.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("photo", "comment", "status_transition")


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        # Native ADD COLUMN (a batch copy of these tables would cascade through foreign keys).
        op.add_column(table, sa.Column("uuid", sa.String(), nullable=True))
        ids = bind.exec_driver_sql(f"SELECT id FROM {table}").scalars().all()
        for row_id in ids:
            bind.exec_driver_sql(
                f"UPDATE {table} SET uuid = ? WHERE id = ?", (str(uuid.uuid4()), row_id)
            )
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)
    op.create_table(
        "sync_article",
        sa.Column("article_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("uri", sa.String(), nullable=False, server_default=""),
        sa.Column("server_version", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("dirty_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("pushed_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("digest", sa.String(), nullable=False, server_default=""),
    )
    op.create_index("ix_sync_article_uri", "sync_article", ["uri"])
    op.create_table(
        "sync_outbox",
        sa.Column("op_id", sa.String(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("ref", sa.String(), nullable=False, server_default=""),
        sa.Column("base_version", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("doc", sa.String(), nullable=False, server_default="{}"),
        sa.Column("created", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "sync_pushed",
        sa.Column("kind", sa.String(), primary_key=True),
        sa.Column("uuid", sa.String(), primary_key=True),
        sa.Column("digest", sa.String(), nullable=False, server_default=""),
    )
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    for name in ("sync_meta", "sync_pushed", "sync_outbox", "sync_article"):
        op.drop_table(name)
    for table in TABLES:
        op.drop_index(f"ix_{table}_uuid", table_name=table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN uuid")
