"""The store's version: one number that every write transaction raises, so that readers (the web
face's page cache) can tell cheaply whether anything changed since they last looked. It starts at a
random number, so that a store made again at the same URL does not give the numbers of the old one.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    state = op.create_table(
        "store_state",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("version", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(state, [{"id": 1, "version": secrets.randbelow(2**40) + 1}])


def downgrade() -> None:
    op.drop_table("store_state")
