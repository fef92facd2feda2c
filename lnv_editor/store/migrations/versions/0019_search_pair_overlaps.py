"""How many times too many the articles are counted under each pair prefix ("bat_t") when
the counts of the pairs it begins are summed, kept, so that a typed two-word phrase is
ranked without FTS5 counting its prefix (search_words.py, search_phrase.py, docs/search.md).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04
"""

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from lnv_editor.store.search_words import PAIR_OVERLAPS_CREATE, fill_pair_overlaps

    op.execute(PAIR_OVERLAPS_CREATE)
    fill_pair_overlaps(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE article_pair_overlaps")
