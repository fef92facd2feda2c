"""First schema: articles, revisions, editor sessions.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uri", sa.String(), nullable=False, unique=True),
        sa.Column("slug", sa.String(), nullable=False, unique=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("lead", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("byline", sa.String(), nullable=False),
        sa.Column("section", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    op.create_index("ix_article_section", "article", ["section"])
    op.create_index("ix_article_status", "article", ["status"])
    op.create_index("ix_article_updated", "article", ["updated"])
    op.create_table(
        "revision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("article.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("article_version", sa.Integer(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("lead", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("byline", sa.String(), nullable=False),
        sa.Column("section", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
    )
    op.create_index("ix_revision_article", "revision", ["article_id", "id"])
    op.create_table(
        "editor_session",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("host", sa.String(), nullable=False),
        sa.Column("started", sa.DateTime(), nullable=False),
        sa.Column("heartbeat", sa.DateTime(), nullable=False),
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("article.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("closed", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("editor_session")
    op.drop_index("ix_revision_article", table_name="revision")
    op.drop_table("revision")
    op.drop_index("ix_article_updated", table_name="article")
    op.drop_index("ix_article_status", table_name="article")
    op.drop_index("ix_article_section", table_name="article")
    op.drop_table("article")
