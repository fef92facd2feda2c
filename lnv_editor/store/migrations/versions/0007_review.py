"""Editorial review: status transitions, comments, the approved version, revision extras.

Revision ID: 0007
Revises: 0005 (set to 0006 when the export branch's migration is merged)
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Native ALTER TABLE ADD COLUMN: a table copy of `article` would cascade deletes.
    op.add_column("article", sa.Column("approved_version", sa.Integer(), nullable=True))
    op.add_column("article", sa.Column("approved_revision_id", sa.Integer(), nullable=True))
    op.add_column("revision", sa.Column("extras", sa.String(), nullable=False, server_default="{}"))
    op.create_table(
        "status_transition",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("article.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("from_status", sa.String(), nullable=False),
        sa.Column("to_status", sa.String(), nullable=False),
        sa.Column("person", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("article_version", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_status_transition_article", "status_transition", ["article_id", "id"])
    op.create_table(
        "comment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("article.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "parent_id",
            sa.Integer(),
            sa.ForeignKey("comment.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.String(), nullable=False),
        sa.Column("prefix", sa.String(), nullable=False),
        sa.Column("suffix", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("orphaned", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_comment_article", "comment", ["article_id", "id"])
    # Ready and published articles were approved before the workflow kept track: their current
    # text is the approved one.
    op.get_bind().exec_driver_sql(
        "UPDATE article SET approved_version = version, approved_revision_id = "
        "(SELECT max(id) FROM revision WHERE revision.article_id = article.id) "
        "WHERE status IN ('ready', 'published')"
    )


def downgrade() -> None:
    op.drop_index("ix_comment_article", table_name="comment")
    op.drop_table("comment")
    op.drop_index("ix_status_transition_article", table_name="status_transition")
    op.drop_table("status_transition")
    op.drop_column("revision", "extras")
    op.drop_column("article", "approved_revision_id")
    op.drop_column("article", "approved_version")
