"""The store's tables as SQLAlchemy Core objects, for ``store.py``, ``speakers.py`` and ``queries.py``.

The schema itself is made by the Alembic migrations in ``store/migrations`` (a migration never
imports this module, so old migrations keep their meaning); ``tests/store/test_store.py`` checks that the
two agree. What each table holds is described in ``store.py``'s docstring.

Plain names and plain columns, so the database reads well in Datasette: dates are ISO text, lists
are JSON text. Two things exist only in the database: the full-text index (SQLite: the FTS5 table
``statements_fts``; PostgreSQL: the generated column ``statements.content_tsv``) and the views
``statement_view`` and ``speaker_view``.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String, nullable=False, unique=True),  # url:<canonical url> or text:<sha1>
    Column("text_key", String, nullable=False, unique=True),  # text:<sha1 of the squeezed text>
    Column("input", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published", String, index=True),  # ISO date as the article gives it
    Column("outlet", Text),
    Column("authors", Text),  # JSON list
    Column("language", String),
    Column("text", Text, nullable=False),
    Column("body", Text),  # JSON list of {start, end}
    Column("boilerplate", Text),  # JSON list of {start, end, text}
    Column("captions", Text),  # JSON list
    Column("image_credits", Text),  # JSON list
    Column("quotations", Text),  # JSON list of {start, end}: the page's block quotes (NULL before migration 0006)
    Column("ingested_at", String, nullable=False),
)

speakers = Table(
    "speakers", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("folded", Text, nullable=False, index=True),  # the name lower-cased, accents removed
    Column("kind", String, nullable=False),
    Column("first_seen", String),
    Column("last_seen", String),
    Column("statement_count", Integer, nullable=False, server_default="0"),
)

statements = Table(
    "statements", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("kind", String, nullable=False),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("cue_text", Text),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("source_text", Text),
    Column("content_text", Text, nullable=False),  # the fragments joined with " … "
    Column("content", Text, nullable=False),  # JSON list of {start, end, text}
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="SET NULL")),
    Column("speaker_name", Text),  # as the article resolved it
    Column("speaker_kind", String),
    Column("descriptors", Text),  # JSON list
    Column("addressee_start", Integer),
    Column("addressee_end", Integer),
    Column("addressee_text", Text),
    Column("confidence", Float),
    Column("published", String),  # copied from the article
    Column("outlet", Text),  # copied from the article
    Column("members", Text),  # a joint source's members: JSON list of {name, kind, descriptors}; NULL for one
    UniqueConstraint("article_id", "position", name="uq_statements_article_position"),
    Index("ix_statements_speaker_id", "speaker_id"),
    Index("ix_statements_published_id", "published", "id"),
    Index("ix_statements_outlet", "outlet"),
)

statement_members = Table(  # each member of a joint source, with the speaker it is linked to
    "statement_members", metadata,
    Column("statement_id", Integer, ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),  # the member's place in ``statements.members``
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="SET NULL")),  # NULL: unnamed
    Column("name", Text, nullable=False),  # as the article resolved it
    Column("kind", String, nullable=False),
    Index("ix_statement_members_speaker_id", "speaker_id"),
)

speaker_mentions = Table(
    "speaker_mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False),  # the name folded: what overrides name
    Column("kind", String, nullable=False),
    Column("aliases", Text),  # JSON list
    Column("descriptors", Text),  # JSON list
    Column("decided_by", String, nullable=False),  # override | choose | new | apart
    Column("gender", String),  # female | male: the article's own she or he for the person; NULL: not said
    UniqueConstraint("article_id", "name_key", name="uq_speaker_mentions_article_name"),
    Index("ix_speaker_mentions_speaker_id", "speaker_id"),
)

speaker_keys = Table(
    "speaker_keys", metadata,
    Column("key", Text, primary_key=True),
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_speaker_keys_speaker_id", "speaker_id"),
)

speaker_aliases = Table(
    "speaker_aliases", metadata,
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True),
    Column("alias", Text, primary_key=True),
    Column("folded", Text, nullable=False, index=True),
)

speaker_roles = Table(
    "speaker_roles", metadata,
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True),
    Column("role", Text, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seen_on", String),
)

speaker_overrides = Table(
    "speaker_overrides", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String, nullable=False),  # merge | split
    Column("name_key", Text, nullable=False),  # a name form, folded
    Column("article_key", Text),  # articles.key, or NULL for every article
    Column("target_name", Text, nullable=False),  # the speaker such mentions are
    Column("created_at", String, nullable=False),
    Index("ix_speaker_overrides_name_key", "name_key"),
)

echo_keys = Table(  # a quoted statement's MinHash band keys (echoes/fingerprints.py), for matching at ingest
    "echo_keys", metadata,
    Column("key", BigInteger, nullable=False),
    Column("statement_id", Integer, ForeignKey("statements.id", ondelete="CASCADE"), nullable=False),
    Index("ix_echo_keys_key", "key"),
    Index("ix_echo_keys_statement_id", "statement_id"),
)

echoes = Table(  # each indexed statement's echo group: the id of the group's first stored statement
    "echoes", metadata,
    Column("statement_id", Integer, ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", Integer, nullable=False),
    Index("ix_echoes_group_id", "group_id"),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True),
    Column("input", Text, nullable=False, unique=True),
    Column("code", String, nullable=False),
    Column("message", Text, nullable=False),
    Column("at", String, nullable=False),
)

store_state = Table(
    "store_state", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # always 1: one row
    Column("version", BigInteger, nullable=False),  # raised by every write (``Store.write``); starts at random
)
