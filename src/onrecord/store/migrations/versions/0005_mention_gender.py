"""Who gets quoted: ``speaker_mentions.gender``, the article's own she or he for a person it quotes
("female", "male"; NULL when the article says neither, or both). Articles stored before keep NULL:
the readings they came from did not record it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("speaker_mentions", sa.Column("gender", sa.String))


def downgrade() -> None:
    with op.batch_alter_table("speaker_mentions") as batch:
        batch.drop_column("gender")
