"""Joint sources: a statement of two or more speakers acting together ("Dick Durbin and Adam Schiff
said") keeps its members (``statements.members``, JSON, NULL for a single source) and links each
member's speaker (``statement_members``), so that the statement is on each member's page and counts
for each of them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("statements", sa.Column("members", sa.Text))
    op.create_table(
        "statement_members",
        sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id", ondelete="SET NULL")),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
    )
    op.create_index("ix_statement_members_speaker_id", "statement_members", ["speaker_id"])


def downgrade() -> None:
    op.drop_index("ix_statement_members_speaker_id", "statement_members")
    op.drop_table("statement_members")
    with op.batch_alter_table("statements") as batch:
        batch.drop_column("members")
