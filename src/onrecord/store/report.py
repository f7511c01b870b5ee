"""Who gets quoted: for a slice of the record (an outlet, dates, a topic search: ``queries.Filters``), the
statements and the distinct speakers by kind, named against unnamed sources, the most quoted and the
share of the top ten, and the people quoted by gender as the articles themselves refer to them.

Gender is what the articles say: a person is "female" when an article stored says "she" for them (a
pronoun the reading resolved to them, ``Person.gender``, kept in ``speaker_mentions.gender``) and none
says "he", "male" the other way round, and "unknown" otherwise: never guessed from a name. A joint
statement ("Durbin and Schiff said") counts once among the statements, under its kind (group), and once
for each member among the speakers quoted."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import Connection, select

from onrecord.store.queries import Filters, conditions
from onrecord.store.schema import speaker_mentions, speakers, statement_members
from onrecord.store.schema import statements as st

SPEAKER_KINDS = ("person", "organization", "group", "unnamed")
GENDERS = ("female", "male", "unknown")
TOP = 10


def genders(conn: Connection, ids: list[int]) -> dict[int, str]:
    """Each person's gender as the stored articles refer to them (the module docstring)."""
    said: dict[int, set[str]] = {}
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        for sid, gender in conn.execute(select(speaker_mentions.c.speaker_id, speaker_mentions.c.gender)
                                        .where(speaker_mentions.c.speaker_id.in_(chunk),
                                               speaker_mentions.c.gender.is_not(None))):
            said.setdefault(sid, set()).add(gender)
    return {sid: (next(iter(g)) if len(g := said.get(sid, set())) == 1 else "unknown") for sid in ids}


def report(conn: Connection, f: Filters, top: int = TOP) -> dict[str, Any]:
    """The figures of one slice (see the module docstring), as plain numbers and lists."""
    rows = conn.execute(select(st.c.id, st.c.article_id, st.c.speaker_id, st.c.speaker_kind, st.c.members)
                        .where(*conditions(conn, f))).all()
    by_statement: dict[int, list[int]] = {}
    joint = [r.id for r in rows if r.members]
    for chunk in (joint[i:i + 500] for i in range(0, len(joint), 500)):
        for sid, speaker_id in conn.execute(select(statement_members.c.statement_id, statement_members.c.speaker_id)
                                            .where(statement_members.c.statement_id.in_(chunk),
                                                   statement_members.c.speaker_id.is_not(None))):
            by_statement.setdefault(sid, []).append(speaker_id)
    kinds: Counter[str] = Counter()
    quoted: Counter[int] = Counter()
    for r in rows:
        kind = r.speaker_kind if r.speaker_kind in SPEAKER_KINDS else "unnamed"
        kinds["group" if r.members and json.loads(r.members) else kind] += 1
        for speaker_id in by_statement.get(r.id, [r.speaker_id] if r.speaker_id is not None else []):
            quoted[speaker_id] += 1
    info = {row.id: row for row in conn.execute(select(speakers.c.id, speakers.c.name, speakers.c.kind)
                                                 .where(speakers.c.id.in_(list(quoted))))} if quoted else {}
    people = [sid for sid in quoted if sid in info and info[sid].kind == "person"]
    gender_of = genders(conn, sorted(people))
    total = len(rows)
    most = [{"id": sid, "name": info[sid].name, "kind": info[sid].kind, "statements": n,
             "share": n / total if total else 0.0, "gender": gender_of.get(sid)}
            for sid, n in sorted(quoted.items(), key=lambda kv: (-kv[1], kv[0]))[:top] if sid in info]
    named = total - kinds["unnamed"]
    return {
        "statements": total,
        "articles": len({r.article_id for r in rows}),
        "statements_by_kind": {k: kinds[k] for k in SPEAKER_KINDS},
        "speakers_by_kind": {k: sum(1 for sid in info if info[sid].kind == k) for k in SPEAKER_KINDS[:3]},
        "named": named, "unnamed": kinds["unnamed"],
        "named_share": named / total if total else 0.0,
        "most_quoted": most,
        "top_share": sum(sorted(quoted.values(), reverse=True)[:TOP]) / total if total else 0.0,
        "people_by_gender": {g: sum(1 for sid in people if gender_of[sid] == g) for g in GENDERS},
        "statements_by_gender": {g: sum(quoted[sid] for sid in people if gender_of[sid] == g) for g in GENDERS},
    }
