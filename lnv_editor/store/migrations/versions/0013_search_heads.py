"""Suggestions and province filters that stay fast on a large archive: the title-and-lead
index ``article_heads`` (search_heads.py) and article_province ordered by code, then article
(docs/search.md).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from lnv_editor.store.search_heads import HEADS_CREATE, rebuild_heads

    op.execute(HEADS_CREATE)
    rebuild_heads(op.get_bind())
    # "Recent stories tagged with this province": a range of this index, not every story
    # ever tagged with it. It answers everything the index on code alone did.
    op.drop_index("ix_article_province_code", table_name="article_province")
    op.create_index("ix_article_province_code_article", "article_province", ["code", "article_id"])


def downgrade() -> None:
    op.drop_index("ix_article_province_code_article", table_name="article_province")
    op.create_index("ix_article_province_code", "article_province", ["code"])
    op.execute("DROP TABLE article_heads")
