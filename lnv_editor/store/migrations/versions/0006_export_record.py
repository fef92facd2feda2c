"""export_record: which version of an article was exported, when, and to what.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A table of its own, not a column on article: no ALTER of article, and the history of
    # exports (several formats, several versions) stays.
    op.create_table(
        "export_record",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("article.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("article_version", sa.Integer(), nullable=False),
        sa.Column("exported", sa.DateTime(), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.Column("manifest_sha256", sa.String(), nullable=False),
    )
    op.create_index("ix_export_record_article", "export_record", ["article_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_export_record_article", table_name="export_record")
    op.drop_table("export_record")
