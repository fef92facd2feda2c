"""Each pair's document count, kept beside the pair index, so that a typed phrase ending in
a prefix ("xuất k") is asked as the pairs it begins and ranked without FTS5 merging their
lists (search_words.py, search_phrase.py, docs/search.md).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from lnv_editor.store.search_words import PAIR_WORDS_CREATE, fill_pair_words

    op.execute(PAIR_WORDS_CREATE)
    fill_pair_words(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE article_pair_words")
