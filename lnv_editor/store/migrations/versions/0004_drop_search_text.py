"""Drop article.search_text: the FTS5 index (0002) does its job, and nothing reads it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Native DROP COLUMN (SQLite 3.35+), not a batch table copy: dropping and recreating
    # "article" with foreign keys on would cascade-delete its revisions and photos.
    op.execute("ALTER TABLE article DROP COLUMN search_text")


def downgrade() -> None:
    op.add_column(
        "article", sa.Column("search_text", sa.String(), nullable=False, server_default="")
    )
