"""article.deleted_at: an article moved to the trash (Thùng rác) keeps its row until emptied.

Revision ID: 0008
Revises: 0005 (re-chained after 0006/0007 when the branches merge)
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Native ADD COLUMN, not a batch table copy: recreating "article" with foreign keys on
    # would cascade-delete its revisions and photos.
    op.add_column("article", sa.Column("deleted_at", sa.DateTime(), nullable=True))
    op.create_index("ix_article_deleted_at", "article", ["deleted_at"])


def downgrade() -> None:
    op.drop_index("ix_article_deleted_at", table_name="article")
    op.execute("ALTER TABLE article DROP COLUMN deleted_at")
