"""related_missing: a related story a bundle named that this store does not have yet, kept by
uri (with the title the bundle gave it) until an article with that uri is imported.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A table of its own: related_link holds ids, and these stories have none here yet.
    op.create_table(
        "related_missing",
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("article.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("uri", sa.String(), primary_key=True),
        sa.Column("title", sa.String(), nullable=False, server_default=""),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_related_missing_uri", "related_missing", ["uri"])


def downgrade() -> None:
    op.drop_index("ix_related_missing_uri", table_name="related_missing")
    op.drop_table("related_missing")
