"""House style in the store: every version of the desk's rule file, the first one being the
file the app ships (store/house_rules.py).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from lnv_editor.core.spelling.house import shipped_text
    from lnv_editor.core.vietnamese import nfc

    table = op.create_table(
        "house_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("saved", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    now = datetime.now(UTC)
    op.bulk_insert(table, [{"text": nfc(shipped_text()), "saved": now, "saved_by": ""}])


def downgrade() -> None:
    op.drop_table("house_rules")
