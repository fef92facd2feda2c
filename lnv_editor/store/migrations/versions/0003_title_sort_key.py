"""Vietnamese alphabetical order for the library: a sort key per title.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("article") as batch:
        batch.add_column(sa.Column("title_key", sa.String(), nullable=False, server_default=""))
    op.create_index("ix_article_title_key", "article", ["title_key"])
    from lnv_editor.core.vietnamese import sort_string

    conn = op.get_bind()
    rows = conn.exec_driver_sql("SELECT id, title FROM article").all()
    if rows:
        conn.exec_driver_sql(
            "UPDATE article SET title_key = ? WHERE id = ?",
            [(sort_string(title), article_id) for article_id, title in rows],
        )


def downgrade() -> None:
    op.drop_index("ix_article_title_key", table_name="article")
    with op.batch_alter_table("article") as batch:
        batch.drop_column("title_key")
