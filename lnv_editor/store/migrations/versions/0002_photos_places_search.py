"""Photos, province tags, related stories, and the full-text search index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# FTS5 over folded text (no diacritics, đ -> d, one tone-mark style, casefolded): the
# repository writes it, so matching is the same in Python and in SQL. rowid = article.id.
FTS_CREATE = (
    "CREATE VIRTUAL TABLE article_fts USING fts5("
    "title, lead, body, byline, captions, tokenize = 'unicode61 remove_diacritics 2', "
    # Prefix indexes: search-as-you-type asks for "ngh*", which would otherwise merge the
    # doclists of every word starting so.
    "prefix = '2 3')"
)


def upgrade() -> None:
    op.create_table(
        "photo",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("article.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(), nullable=False),
        sa.Column("original_name", sa.String(), nullable=False),
        sa.Column("caption", sa.String(), nullable=False),
        sa.Column("credit", sa.String(), nullable=False),
        sa.Column("alt", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("cover", sa.Boolean(), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_photo_article", "photo", ["article_id", "position"])
    op.create_index("ix_photo_sha256", "photo", ["sha256"])
    op.create_table(
        "article_province",
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("article.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("code", sa.String(), primary_key=True),
        sa.Column("name_used", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_article_province_code", "article_province", ["code"])
    op.create_table(
        "related_link",
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("article.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        # No foreign key on purpose: a link to a deleted story stays, shown as broken.
        sa.Column("target_id", sa.Integer(), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.execute(FTS_CREATE)
    from lnv_editor.store.search_index import rebuild_index

    rebuild_index(op.get_bind(), pairs=False)  # the pair table came with 0010


def downgrade() -> None:
    op.execute("DROP TABLE article_fts")
    op.drop_table("related_link")
    op.drop_index("ix_article_province_code", table_name="article_province")
    op.drop_table("article_province")
    op.drop_index("ix_photo_sha256", table_name="photo")
    op.drop_index("ix_photo_article", table_name="photo")
    op.drop_table("photo")
