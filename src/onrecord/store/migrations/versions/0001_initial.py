"""The first schema: articles, statements, speakers and how they were linked, failures, full-text search, views.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATEMENT_VIEW = """
CREATE VIEW statement_view AS
SELECT s.id, s.article_id, s.position, s.kind,
       s.speaker_id, COALESCE(sp.name, s.speaker_name) AS speaker, s.speaker_name AS speaker_as_named,
       s.speaker_kind, s.descriptors, s.cue_text, s.source_text, s.content_text, s.addressee_text,
       s.confidence, a.published, a.outlet, a.title, a.url, a.input
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN speakers sp ON sp.id = s.speaker_id
"""

SPEAKER_VIEW = """
CREATE VIEW speaker_view AS
SELECT sp.id, sp.name, sp.kind, sp.statement_count, sp.first_seen, sp.last_seen,
       (SELECT COUNT(DISTINCT m.article_id) FROM speaker_mentions m WHERE m.speaker_id = sp.id) AS article_count,
       {outlets} AS outlets
FROM speakers sp
"""

SQLITE_OUTLETS = """(SELECT group_concat(o.outlet, ', ') FROM (
           SELECT DISTINCT a.outlet FROM speaker_mentions m JOIN articles a ON a.id = m.article_id
           WHERE m.speaker_id = sp.id AND a.outlet IS NOT NULL ORDER BY a.outlet) AS o)"""

POSTGRES_OUTLETS = """(SELECT string_agg(DISTINCT a.outlet, ', ' ORDER BY a.outlet)
           FROM speaker_mentions m JOIN articles a ON a.id = m.article_id WHERE m.speaker_id = sp.id)"""

SQLITE_FTS = [
    """CREATE VIRTUAL TABLE statements_fts USING fts5(
           content_text, content='statements', content_rowid='id',
           tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
           INSERT INTO statements_fts(rowid, content_text) VALUES (new.id, new.content_text);
       END""",
    """CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
           INSERT INTO statements_fts(statements_fts, rowid, content_text) VALUES ('delete', old.id, old.content_text);
       END""",
    """CREATE TRIGGER statements_fts_update AFTER UPDATE OF content_text ON statements BEGIN
           INSERT INTO statements_fts(statements_fts, rowid, content_text) VALUES ('delete', old.id, old.content_text);
           INSERT INTO statements_fts(rowid, content_text) VALUES (new.id, new.content_text);
       END""",
]

POSTGRES_FTS = [
    """ALTER TABLE statements ADD COLUMN content_tsv tsvector
           GENERATED ALWAYS AS (to_tsvector('english', coalesce(content_text, ''))) STORED""",
    "CREATE INDEX ix_statements_content_tsv ON statements USING gin (content_tsv)",
    # newest first, undated last: the order of every statement list (SQLite's plain index serves it)
    "CREATE INDEX ix_statements_published_desc ON statements (published DESC NULLS LAST, id DESC)",
]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String, nullable=False, unique=True),
        sa.Column("text_key", sa.String, nullable=False, unique=True),
        sa.Column("input", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String, index=True),
        sa.Column("outlet", sa.Text),
        sa.Column("authors", sa.Text),
        sa.Column("language", sa.String),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("body", sa.Text),
        sa.Column("boilerplate", sa.Text),
        sa.Column("captions", sa.Text),
        sa.Column("image_credits", sa.Text),
        sa.Column("ingested_at", sa.String, nullable=False),
    )
    op.create_table(
        "speakers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("folded", sa.Text, nullable=False, index=True),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("first_seen", sa.String),
        sa.Column("last_seen", sa.String),
        sa.Column("statement_count", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("cue_start", sa.Integer),
        sa.Column("cue_end", sa.Integer),
        sa.Column("cue_text", sa.Text),
        sa.Column("source_start", sa.Integer),
        sa.Column("source_end", sa.Integer),
        sa.Column("source_text", sa.Text),
        sa.Column("content_text", sa.Text, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id", ondelete="SET NULL")),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_kind", sa.String),
        sa.Column("descriptors", sa.Text),
        sa.Column("addressee_start", sa.Integer),
        sa.Column("addressee_end", sa.Integer),
        sa.Column("addressee_text", sa.Text),
        sa.Column("confidence", sa.Float),
        sa.Column("published", sa.String),
        sa.Column("outlet", sa.Text),
        sa.UniqueConstraint("article_id", "position", name="uq_statements_article_position"),
    )
    op.create_index("ix_statements_speaker_id", "statements", ["speaker_id"])
    op.create_index("ix_statements_published_id", "statements", ["published", "id"])
    op.create_index("ix_statements_outlet", "statements", ["outlet"])
    op.create_table(
        "speaker_mentions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("aliases", sa.Text),
        sa.Column("descriptors", sa.Text),
        sa.Column("decided_by", sa.String, nullable=False),
        sa.UniqueConstraint("article_id", "name_key", name="uq_speaker_mentions_article_name"),
    )
    op.create_index("ix_speaker_mentions_speaker_id", "speaker_mentions", ["speaker_id"])
    op.create_table(
        "speaker_keys",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_speaker_keys_speaker_id", "speaker_keys", ["speaker_id"])
    op.create_table(
        "speaker_aliases",
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("alias", sa.Text, primary_key=True),
        sa.Column("folded", sa.Text, nullable=False, index=True),
    )
    op.create_table(
        "speaker_roles",
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("role", sa.Text, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("seen_on", sa.String),
    )
    op.create_table(
        "speaker_overrides",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("article_key", sa.Text),
        sa.Column("target_name", sa.Text, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
    )
    op.create_index("ix_speaker_overrides_name_key", "speaker_overrides", ["name_key"])
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("input", sa.Text, nullable=False, unique=True),
        sa.Column("code", sa.String, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("at", sa.String, nullable=False),
    )

    postgres = op.get_bind().dialect.name == "postgresql"
    for sql in POSTGRES_FTS if postgres else SQLITE_FTS:
        op.execute(sql)
    op.execute(STATEMENT_VIEW)
    op.execute(SPEAKER_VIEW.format(outlets=POSTGRES_OUTLETS if postgres else SQLITE_OUTLETS))


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS speaker_view")
    op.execute("DROP VIEW IF EXISTS statement_view")
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("statements_fts_insert", "statements_fts_delete", "statements_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS statements_fts")
    for table in ("failures", "speaker_overrides", "speaker_roles", "speaker_aliases", "speaker_keys",
                  "speaker_mentions", "statements", "speakers", "articles"):
        op.drop_table(table)
