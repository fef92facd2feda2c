"""Each word's document count, kept beside the word index, so that bm25 no longer reads a
word's whole list on every query to count it (search_words.py, docs/search.md).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from lnv_editor.store.search_words import WORDS_CREATE, fill_words

    op.execute(WORDS_CREATE)
    fill_words(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE article_words")
