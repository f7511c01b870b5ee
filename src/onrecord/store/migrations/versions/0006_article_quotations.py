"""Block quotes: ``articles.quotations``, where the page set story lines in a ``<blockquote>`` (JSON list of
{start, end}, the format's ``Article.quotations``), so a stored article reads back as it was read. Articles
stored before keep NULL, read back as no block quotes: the readings they came from did not keep them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("quotations", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("quotations")
