"""Echoes: the same quotation across articles. ``echo_keys`` indexes each quoted statement's MinHash band
keys (``echoes/fingerprints.py``), so a new statement is matched against the few stored ones that share a
key; ``echoes`` gives each indexed statement its group, the id of the group's first stored statement.
Statements stored before this migration are indexed when ``Store.migrate`` runs it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "echo_keys",
        sa.Column("key", sa.BigInteger, nullable=False),
        sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_echo_keys_key", "echo_keys", ["key"])
    op.create_index("ix_echo_keys_statement_id", "echo_keys", ["statement_id"])
    op.create_table(
        "echoes",
        sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("group_id", sa.Integer, nullable=False),
    )
    op.create_index("ix_echoes_group_id", "echoes", ["group_id"])


def downgrade() -> None:
    op.drop_table("echoes")
    op.drop_table("echo_keys")
