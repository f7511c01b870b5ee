"""Alembic environment for the onrecord store.

``Store.migrate`` runs this with the store's own connection, already in a transaction, in
``config.attributes["connection"]``: the same code serves SQLite files, ``sqlite://`` memory
databases (where a second connection would be another, empty database) and PostgreSQL. Run by the
``alembic`` command instead, it connects to ``sqlalchemy.url`` of the config.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

config = context.config


def run_migrations(connection) -> None:
    context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.begin() as connection:
            run_migrations(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("onrecord migrations run against a database (no --sql mode)")
run_online()
