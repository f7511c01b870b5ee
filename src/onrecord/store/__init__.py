"""The record: SQLite or PostgreSQL through SQLAlchemy, migrations, queries, speakers linked across articles."""
