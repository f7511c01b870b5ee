"""Echoes in the store: each quoted statement (direct or mixed) matched at ingest against the stored ones
that share a MinHash band key with it (``echoes/fingerprints.py``), never the whole store, and put in the
group of those it repeats; the groups read back with their first appearance and every later form's
differences from it (``echoes/variants.py``).

Tables (``schema.py``): ``echo_keys`` (band key, statement) and ``echoes`` (statement, group). A group's
id is the id of its first stored statement; a statement that matches two groups joins them under the
older id. A statement matches only statements of other articles (an article repeating its own quotation
is one appearance). Order of ingest decides the ids, not the groups: the same articles in any order give
the same partition, as long as every match is mutual (``same_words`` is symmetric)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, case, func, insert, select, update

from onrecord.echoes.fingerprints import band_keys, same_words, words
from onrecord.echoes.variants import compare
from onrecord.people.linking import fold
from onrecord.store.schema import articles, echo_keys, echoes, speakers, statements

QUOTED = ("direct", "mixed")


def index_article(conn: Connection, article_id: int) -> int:
    """Match and index the article's quoted statements; the number that joined a group with others."""
    rows = conn.execute(select(statements.c.id, statements.c.content_text)
                        .where(statements.c.article_id == article_id, statements.c.kind.in_(QUOTED))
                        .order_by(statements.c.id)).all()
    own: list[tuple[int, list[str], list[int]]] = []
    for sid, text in rows:
        ws = words(text)
        if keys := band_keys(ws):
            own.append((sid, ws, keys))
    if not own:
        return 0
    all_keys = sorted({k for _, _, keys in own for k in keys})
    by_key: dict[int, set[int]] = defaultdict(set)
    found: dict[int, tuple[list[str], int]] = {}
    for chunk in (all_keys[i:i + 500] for i in range(0, len(all_keys), 500)):
        for key, sid, text, group in conn.execute(
                select(echo_keys.c.key, statements.c.id, statements.c.content_text, echoes.c.group_id)
                .join(statements, statements.c.id == echo_keys.c.statement_id)
                .join(echoes, echoes.c.statement_id == statements.c.id)
                .where(echo_keys.c.key.in_(chunk), statements.c.article_id != article_id)):
            by_key[key].add(sid)
            if sid not in found:
                found[sid] = (words(text), group)
    joined, pending = 0, {}  # this article's statements and their groups, inserted at the end
    for sid, ws, keys in own:
        candidates = set().union(*(by_key.get(k, set()) for k in keys))
        groups = {found[c][1] for c in candidates if same_words(ws, found[c][0])}
        group = min(groups) if groups else sid
        if len(groups) > 1:  # this statement joins two groups: one, under the older id
            conn.execute(update(echoes).where(echoes.c.group_id.in_(groups - {group})).values(group_id=group))
            found = {c: (cw, group if g in groups else g) for c, (cw, g) in found.items()}
            pending = {p: group if g in groups else g for p, g in pending.items()}
        joined += bool(groups)
        pending[sid] = group
    conn.execute(insert(echoes), [{"statement_id": sid, "group_id": g} for sid, g in pending.items()])
    conn.execute(insert(echo_keys), [{"key": k, "statement_id": sid} for sid, _, keys in own for k in keys])
    return joined


def backfill(conn: Connection) -> int:
    """Index every quoted statement stored before echoes were (a store migrated to 0004), article by article
    in the order they were stored; the number of articles."""
    done = select(echoes.c.statement_id).where(echoes.c.statement_id == statements.c.id).exists()
    ids = conn.execute(select(statements.c.article_id).where(statements.c.kind.in_(QUOTED), ~done)
                       .distinct().order_by(statements.c.article_id)).scalars().all()
    for article_id in ids:
        index_article(conn, article_id)
    return len(ids)


def _appearances(conn: Connection, group_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    q = (select(echoes.c.group_id, statements.c.id, statements.c.article_id, statements.c.kind,
                statements.c.content_text, statements.c.speaker_id, statements.c.speaker_name,
                func.coalesce(speakers.c.name, statements.c.speaker_name).label("speaker"),
                articles.c.published, articles.c.outlet, articles.c.title, articles.c.url)
         .join(statements, statements.c.id == echoes.c.statement_id)
         .join(articles, articles.c.id == statements.c.article_id)
         .outerjoin(speakers, speakers.c.id == statements.c.speaker_id)
         .where(echoes.c.group_id.in_(group_ids)))
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in conn.execute(q).mappings():
        out[row["group_id"]].append(dict(row))
    for rows in out.values():  # the first appearance first: by date, then as stored
        rows.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["id"]))
    return out


def _same_speaker(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["speaker_id"] is not None and b["speaker_id"] is not None:
        return a["speaker_id"] == b["speaker_id"]
    return fold(a["speaker"] or "") == fold(b["speaker"] or "")


def describe(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A group: its first appearance, every appearance with its differences from the first (``variants``),
    and its flags: "reattributed" (the words given to another speaker), "altered", "dropped", "added",
    "trimmed"."""
    first = rows[0]
    flags: set[str] = set()
    appearances = []
    for row in rows:
        cmp = compare(first["content_text"], row["content_text"])
        reattributed = row is not first and not _same_speaker(first, row)
        row_flags = cmp.flags + (["reattributed"] if reattributed else [])
        flags.update(row_flags)
        appearances.append({**{k: row[k] for k in ("id", "article_id", "kind", "content_text", "speaker", "published",
                                                   "outlet", "title", "url")},
                            "statement_id": row["id"], "flags": row_flags,
                            "differences": [d.to_dict() for d in cmp.differences],
                            "marked": [{"text": t, "change": k} for t, k in cmp.later],
                            "first_marked": [{"text": t, "change": k} for t, k in cmp.earlier]})
    return {"group": first["group_id"], "first": appearances[0], "appearances": appearances,
            "articles": len({r["article_id"] for r in rows}),
            "outlets": len({r["outlet"] for r in rows if r["outlet"]}),
            "flags": sorted(flags, key=lambda f: (f != "reattributed", f))}


def groups(conn: Connection, limit: int = 50, outlet: str | None = None, speaker: int | None = None,
           flagged: str | None = None) -> list[dict[str, Any]]:
    """Echo groups (a quotation in two or more articles), the most repeated first; ``outlet`` and
    ``speaker``: groups with an appearance there or by them; ``flagged``: only groups with that flag."""
    q = (select(echoes.c.group_id).join(statements, statements.c.id == echoes.c.statement_id)
         .group_by(echoes.c.group_id).having(func.count(func.distinct(statements.c.article_id)) > 1)
         .order_by(func.count(func.distinct(statements.c.article_id)).desc(), echoes.c.group_id))
    if outlet is not None:
        q = q.having(func.sum(case((statements.c.outlet == outlet, 1), else_=0)) > 0)
    if speaker is not None:
        q = q.having(func.sum(case((statements.c.speaker_id == speaker, 1), else_=0)) > 0)
    ids = conn.execute(q if flagged else q.limit(limit)).scalars().all()
    found = _appearances(conn, list(ids))
    out = [describe(found[g]) for g in ids if g in found]
    return [g for g in out if not flagged or flagged in g["flags"]][:limit]


def group(conn: Connection, group_id: int) -> dict[str, Any] | None:
    rows = _appearances(conn, [group_id]).get(group_id)
    return describe(rows) if rows and len({r["article_id"] for r in rows}) > 1 else None


def group_of(conn: Connection, statement_ids: list[int]) -> dict[int, int]:
    """Each of these statements that has echoes, with its group."""
    if not statement_ids:
        return {}
    sizes = (select(echoes.c.group_id, func.count().label("n")).group_by(echoes.c.group_id)
             .having(func.count() > 1).subquery())
    q = (select(echoes.c.statement_id, echoes.c.group_id).join(sizes, sizes.c.group_id == echoes.c.group_id)
         .where(echoes.c.statement_id.in_(statement_ids)))
    return dict(conn.execute(q).all())
