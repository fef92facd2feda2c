"""The syllable-triple index beside the pair index, so that a phrase typed on past its
second word ("xuất khẩu thị t") is found without FTS5 merging the lists of every pair its
last word may end (search_triples.py, search_phrase.py, docs/search.md).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from lnv_editor.store.search_triples import TRIPLES_CREATE, fill_triples

    op.execute(TRIPLES_CREATE)
    fill_triples(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE article_triples")
