"""Search that stays fast on a large archive: the syllable-pair index and a covering index
for the library's order of search matches (docs/search.md).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from lnv_editor.store.search_pairs import PAIRS_CREATE, rebuild_pairs

    op.execute(PAIRS_CREATE)
    rebuild_pairs(op.get_bind())
    # The library orders a search's matches by date or title: read from this index, not
    # from article rows whose date sits behind the body's overflow pages.
    op.create_index(
        "ix_article_live", "article", ["deleted_at", "id", "updated", "title_key", "status"]
    )


def downgrade() -> None:
    op.drop_index("ix_article_live", table_name="article")
    op.execute("DROP TABLE article_pairs")
