"""Speaker identities in the store: which stored speaker each speaker an article names is.

``link_article`` links the mentions of one article inside the store's transaction; ``merge`` and
``split`` correct the result by hand and remember the correction in ``speaker_overrides``, so that
ingesting the same articles again, into this database or a fresh one given the same overrides, makes
the same decision. What wins for one mention (numbered, first match wins; ``store`` repeats this):

  1. a split override for the mention's name in this article (``name_key`` + ``article_key``);
  2. an override for the mention's name in every article (a merge, or a split by name form);
     within one scope the latest override wins; its speaker is the oldest one with the target name,
     made when there is none yet;
  3. ``people.linking.same_article``: a surname alone is the speaker of its article's one full name
     with that surname; when the article names several people with it, a speaker apart (``APART``: no
     lookup keys, so no later mention is ever linked to it);
  4. ``people.linking.choose`` over the candidates that ``linking.lookup_keys`` finds in ``speaker_keys``;
  5. a new speaker.

A mention is one name per article: a ``Person`` of the reading, or a statement's speaker that no
person covers (``unnamed`` speakers are never linked). Everything kept about a speaker (keys,
aliases, roles, first and last seen, statement count) follows from its mentions and statements,
so ``refresh`` can rebuild it after a merge or split; ingest keeps it up to date in place. Mentions
that an override decided add no lookup keys beyond the target's name: a name split off a speaker
must not draw that name's later mentions to the split-off speaker.

A speaker is shown under the best of its names (``linking.best_name``: rank, then most mentions, then
longest, then code-point order): when a linked mention names it better ("Recep Tayyip Erdoğan" for a
speaker first seen as "Erdogan"), the speaker takes that name and keeps the old one as an alias. A
speaker named by a correction (an override's target) keeps its name.

Order of arrival does not change the table (``settle``, run by ``Store.save`` after each article): a
surname alone that its own article leaves open is provisional. When an article makes a new person,
renames one, or brings such a surname alone, and two or more speakers carry that surname, every
provisional mention of the surname is taken off and decided again in article-key order, as if all
full names had come first: "Sanders" seen before "Bernie Sanders" and "Sarah Sanders" ends where it
would have had they come first, not with whichever full name came next. Likewise a body known only
by an acronym ("WHO") joins the one body named in full that a mention ties to that acronym ("World
Health Organization (WHO)"), whichever came first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from onrecord.errors import NotFound, QueryError
from onrecord.people import linking
from onrecord.people.linking import fold
from onrecord.records import Reading
from onrecord.store.ids import parse_id, shown
from onrecord.store.schema import (
    articles,
    speaker_aliases,
    speaker_keys,
    speaker_mentions,
    speaker_overrides,
    speaker_roles,
    speakers,
    statement_members,
    statements,
)

OVERRIDE, CHOOSE, NEW, APART = "override", "choose", "new", "apart"


@dataclass
class Found:
    """One name an article gives a speaker under (its ``Person``, with what its statements add)."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    gender: str | None = None  # the article's she or he for the person (``Person.gender``)

    @property
    def name_key(self) -> str:
        return fold(self.name)


def mentions_of(reading: Reading) -> list[Found]:
    """The article's named speakers in a fixed order: its people, then statement speakers no person covers."""
    found: dict[str, Found] = {}

    def add(name: str | None, kind: str, aliases: Iterable[str], descriptors: Iterable[str],
            gender: str | None = None) -> None:
        if not name or not name.strip() or kind == "unnamed":
            return
        key = fold(name)
        if not key:
            return
        item = found.setdefault(key, Found(name.strip(), kind, gender=gender))
        for alias in aliases:
            if alias and alias.strip() and alias.strip() not in item.aliases and fold(alias) != key:
                item.aliases.append(alias.strip())
        for text in descriptors:
            if text and text.strip() and text.strip() not in item.descriptors:
                item.descriptors.append(text.strip())

    for person in reading.people:
        add(person.name, person.kind, person.aliases, person.descriptors, person.gender)
    for st in reading.statements:
        for sp in st.speaker.named() if st.speaker is not None else []:  # a joint source: each member
            add(sp.name, sp.kind, [], sp.descriptors)
    return list(found.values())


def statement_name_key(name: str | None, kind: str | None) -> str | None:
    """The mention a statement's speaker belongs to, or None when it is not linked."""
    if not name or kind == "unnamed":
        return None
    return fold(name) or None


# --- ingest -------------------------------------------------------------------------------------------


@dataclass
class Context:
    """The article a mention is linked for."""

    article_id: int
    article_key: str
    published: str | None
    outlet: str | None
    unsettled: set[str] = field(default_factory=set)  # surnames for ``settle``, found by ``link_article``


def link_article(conn: Connection, ctx: Context, found: list[Found]) -> dict[str, int]:
    """Link each mention to a speaker, recording it; the speaker id for each ``name_key``. Mentions in
    order, those that are a full name of the same article (``linking.same_article``) after the others.
    ``ctx.unsettled`` gets the surnames of the people it made new speakers for, or renamed, and of its
    surnames alone that the article left open: call ``settle(conn, ctx.unsettled)`` once the article's
    statements are stored."""
    within = linking.same_article([linking.Mention(f.name, f.kind) for f in found])
    linked: dict[str, int] = {}
    for i in [*(i for i in range(len(found)) if i not in within), *sorted(within)]:
        item = found[i]
        same = None if i not in within else APART if within[i] is None else linked[found[within[i]].name_key]
        speaker_id, decided_by = _decide(conn, ctx, item, same)
        renamed = _attach(conn, speaker_id, item, ctx, decided_by)
        linked[item.name_key] = speaker_id
        if item.kind not in (linking.PERSON, "unnamed") and decided_by in (NEW, CHOOSE):
            ctx.unsettled |= {f"org:{a}" for form in (item.name, *item.aliases) for a in linking.acronyms(form)}
        if item.kind == linking.PERSON and decided_by in (NEW, CHOOSE) and i not in within \
                and (decided_by == NEW or renamed or linking.surname_alone(item.name)):
            ctx.unsettled |= {k[4:] for form in (item.name, *item.aliases) for k in linking.keys(form, item.kind)
                              if k.startswith("sur:")}
    return linked


def statement_count(conn: Connection, speaker_id: int) -> int:
    """The statements of a speaker: its own, and the joint ones it is a member of (each once)."""
    own = conn.execute(select(func.count()).select_from(statements)
                       .where(statements.c.speaker_id == speaker_id)).scalar_one()
    joint = conn.execute(select(func.count(statement_members.c.statement_id.distinct()))
                         .where(statement_members.c.speaker_id == speaker_id)).scalar_one()
    return int(own) + int(joint)


def settle(conn: Connection, surnames: set[str]) -> None:
    """Decide again every mention that is a surname alone, left open by its own article (not decided by
    an override, nor apart), of a speaker found by one of ``surnames``: all of them taken off their
    speakers first, then each linked again in the order of article keys. So a bare "Sanders" that came
    before "Bernie Sanders" (and "Sarah Sanders") ends where it would have had the full names come first,
    and the table does not depend on the order articles arrived in. Nothing is written when one speaker
    carries the surname or the group has no such mention. ``org:<acronym>`` keys among ``surnames`` go to
    ``_settle_acronyms``."""
    _settle_acronyms(conn, {k for k in surnames if k.startswith("org:")})
    surnames = {k for k in surnames if not k.startswith("org:")}
    if not surnames:
        return
    ids = conn.execute(select(speaker_keys.c.speaker_id).where(
        speaker_keys.c.key.in_(sorted(f"sur:{s}" for s in surnames))).distinct()).scalars().all()
    if len(ids) < 2:
        return  # one speaker carries the surname: every surname alone would go back to it
    rows = conn.execute(
        select(speaker_mentions, articles.c.key.label("article_key"), articles.c.published, articles.c.outlet)
        .join(articles, articles.c.id == speaker_mentions.c.article_id)
        .where(speaker_mentions.c.speaker_id.in_(ids), speaker_mentions.c.kind == linking.PERSON,
               speaker_mentions.c.decided_by.in_([CHOOSE, NEW]))
    ).all()
    bare = [r for r in rows if linking.surname_alone(r.name)]
    if not bare:
        return
    open_ = _left_open_by_article(conn, bare)
    if not open_:
        return
    touched = {r.speaker_id for r in open_}
    moved: list[tuple] = []
    for r in open_:
        statement_ids = [sid for sid, name, kind in conn.execute(
            select(statements.c.id, statements.c.speaker_name, statements.c.speaker_kind)
            .where(statements.c.article_id == r.article_id, statements.c.speaker_id == r.speaker_id))
            if statement_name_key(name, kind) == r.name_key]
        if statement_ids:
            conn.execute(update(statements).where(statements.c.id.in_(statement_ids)).values(speaker_id=None))
        conn.execute(delete(speaker_mentions).where(speaker_mentions.c.id == r.id))
        moved.append((r, statement_ids))
    for sid in sorted(touched):
        if refresh(conn, sid):
            _show_best_name(conn, sid)
    for r, statement_ids in sorted(moved, key=lambda m: (m[0].article_key, m[0].name_key)):
        ctx = Context(r.article_id, r.article_key, r.published, r.outlet)
        item = Found(r.name, r.kind, json.loads(r.aliases or "[]"), json.loads(r.descriptors or "[]"), r.gender)
        speaker_id, decided_by = _decide(conn, ctx, item)
        _attach(conn, speaker_id, item, ctx, decided_by)
        if statement_ids:
            conn.execute(update(statements).where(statements.c.id.in_(statement_ids)).values(speaker_id=speaker_id))
        touched.add(speaker_id)
    for sid in sorted(touched):
        if conn.execute(select(speakers.c.id).where(speakers.c.id == sid)).scalar() is not None:
            refresh(conn, sid)


def _settle_acronyms(conn: Connection, keys: set[str]) -> None:
    """An organization or group known only by an acronym ("WHO") joins the one body named in full that a
    mention has tied to that acronym ("World Health Organization (WHO)"), as if that mention had come
    first; with several such bodies it stays apart."""
    for key in sorted(keys):
        ids = conn.execute(select(speaker_keys.c.speaker_id).where(speaker_keys.c.key == key)
                           .order_by(speaker_keys.c.speaker_id)).scalars().all()
        if len(ids) < 2:
            continue
        alone, named = [], []
        for sid in ids:
            mentions = speaker_mentions.c
            forms = conn.execute(select(mentions.name, mentions.aliases, mentions.decided_by)
                                 .where(speaker_mentions.c.speaker_id == sid)).all()
            names = [f for m in forms for f in (m.name, *json.loads(m.aliases or "[]"))]
            if forms and all(m.decided_by in (CHOOSE, NEW) for m in forms) \
                    and all(linking.acronyms(n) == [linking.fold(n)] for n in names):
                alone.append(sid)
            else:
                named.append(sid)
        if len(named) != 1 or not alone:
            continue
        for sid in alone:
            conn.execute(update(statements).where(statements.c.speaker_id == sid).values(speaker_id=named[0]))
            conn.execute(update(speaker_mentions).where(speaker_mentions.c.speaker_id == sid)
                         .values(speaker_id=named[0]))
            refresh(conn, sid)  # no mention left: deleted
        refresh(conn, named[0])
        _show_best_name(conn, named[0])


def _left_open_by_article(conn: Connection, bare: list) -> list:
    """The mentions among ``bare`` that their own article does not decide (``linking.same_article``)."""
    by_article: dict[int, list] = {}
    for r in bare:
        by_article.setdefault(r.article_id, []).append(r)
    out = []
    for article_id, mine in sorted(by_article.items()):
        all_rows = conn.execute(select(speaker_mentions.c.name, speaker_mentions.c.kind, speaker_mentions.c.name_key)
                                .where(speaker_mentions.c.article_id == article_id)
                                .order_by(speaker_mentions.c.id)).all()
        within = linking.same_article([linking.Mention(m.name, m.kind) for m in all_rows])
        decided = {all_rows[i].name_key for i in within}
        out += [r for r in mine if r.name_key not in decided]
    return out


def add_statement_counts(conn: Connection, counts: dict[int, int]) -> None:
    for speaker_id, n in sorted(counts.items()):
        conn.execute(update(speakers).where(speakers.c.id == speaker_id)
                     .values(statement_count=speakers.c.statement_count + n))


def _decide(conn: Connection, ctx: Context, item: Found, same: int | str | None = None) -> tuple[int, str]:
    """The speaker of one mention and what decided it; ``same``: the speaker of its article's full name
    (stage 3), ``APART`` when several of the article's people carry its surname, else None."""
    target = override_target(conn, item.name_key, ctx.article_key)  # stages 1 and 2
    if target is not None:
        return speaker_named(conn, target) or new_speaker(conn, target, item.kind), OVERRIDE
    if same == APART:  # stage 3
        return new_speaker(conn, item.name, item.kind, keyed=False), APART
    if isinstance(same, int):
        return same, CHOOSE
    mention = linking.Mention(name=item.name, kind=item.kind, aliases=list(item.aliases),
                              descriptors=list(item.descriptors), outlet=ctx.outlet, published=ctx.published)
    chosen = linking.choose(mention, candidates(conn, linking.lookup_keys(mention)))  # stage 4
    if chosen is not None:
        return chosen.id, CHOOSE
    return new_speaker(conn, item.name, item.kind), NEW  # stage 5


def override_target(conn: Connection, name_key: str, article_key: str | None) -> str | None:
    rows = conn.execute(
        select(speaker_overrides.c.article_key, speaker_overrides.c.target_name)
        .where(speaker_overrides.c.name_key == name_key)
        .order_by(speaker_overrides.c.id.desc())
    ).all()
    for row in rows:
        if article_key is not None and row.article_key == article_key:
            return row.target_name
    for row in rows:
        if row.article_key is None:
            return row.target_name
    return None


def speaker_named(conn: Connection, name: str, *, besides: int | None = None) -> int | None:
    """The oldest speaker whose name folds to ``name``'s."""
    query = select(speakers.c.id).where(speakers.c.folded == fold(name))
    if besides is not None:
        query = query.where(speakers.c.id != besides)
    return conn.execute(query.order_by(speakers.c.id).limit(1)).scalar()


def new_speaker(conn: Connection, name: str, kind: str, *, keyed: bool = True) -> int:
    speaker_id = int(conn.execute(insert(speakers).values(name=name, folded=fold(name), kind=kind, statement_count=0)
                                  .returning(speakers.c.id)).scalar_one())
    if keyed:
        _insert_ignore(conn, speaker_keys, [{"key": k, "speaker_id": speaker_id} for k in linking.keys(name, kind)])
    return speaker_id


def candidates(conn: Connection, keys: list[str]) -> list[linking.Candidate]:
    """The stored speakers any of ``keys`` finds, oldest first, with what linking compares."""
    if not keys:
        return []
    ids = conn.execute(select(speaker_keys.c.speaker_id).where(speaker_keys.c.key.in_(sorted(set(keys))))
                       .distinct().order_by(speaker_keys.c.speaker_id)).scalars().all()
    if not ids:
        return []
    found = {row.id: linking.Candidate(id=row.id, name=row.name, kind=row.kind, first_seen=row.first_seen,
                                       last_seen=row.last_seen)
             for row in conn.execute(select(speakers).where(speakers.c.id.in_(ids)))}
    for sid, alias in conn.execute(select(speaker_aliases.c.speaker_id, speaker_aliases.c.alias)
                                   .where(speaker_aliases.c.speaker_id.in_(ids))):
        found[sid].aliases.add(alias)
    for sid, role in conn.execute(select(speaker_roles.c.speaker_id, speaker_roles.c.role)
                                  .where(speaker_roles.c.speaker_id.in_(ids))):
        found[sid].descriptors.add(role)
    for sid, outlet in conn.execute(
        select(speaker_mentions.c.speaker_id, articles.c.outlet)
        .join(articles, articles.c.id == speaker_mentions.c.article_id)
        .where(speaker_mentions.c.speaker_id.in_(ids), articles.c.outlet.is_not(None)).distinct()
    ):
        found[sid].outlets.add(outlet)
    return [found[i] for i in sorted(found)]


def _attach(conn: Connection, speaker_id: int, item: Found, ctx: Context, decided_by: str) -> bool:
    """Record the mention and what it adds to its speaker (the incremental form of ``refresh``); whether
    the speaker took a better name from it."""
    conn.execute(insert(speaker_mentions).values(
        article_id=ctx.article_id, speaker_id=speaker_id, name=item.name, name_key=item.name_key, kind=item.kind,
        aliases=json.dumps(item.aliases, ensure_ascii=False),
        descriptors=json.dumps(item.descriptors, ensure_ascii=False), decided_by=decided_by, gender=item.gender))
    row = conn.execute(select(speakers).where(speakers.c.id == speaker_id)).one()
    renamed = False
    if decided_by == CHOOSE:
        renamed, row = _show_best_name(conn, speaker_id, row)
    forms = [item.name, *item.aliases]
    if decided_by not in (OVERRIDE, APART):
        _insert_ignore(conn, speaker_keys, [{"key": k, "speaker_id": speaker_id}
                                            for k in linking.mention_keys(item.name, item.aliases, item.kind)])
    _insert_ignore(conn, speaker_aliases, [{"speaker_id": speaker_id, "alias": form, "folded": fold(form)}
                                           for form in forms if fold(form) != row.folded])
    _insert_ignore(conn, speaker_roles, [{"speaker_id": speaker_id, "role": d, "article_id": ctx.article_id,
                                          "seen_on": ctx.published} for d in item.descriptors])
    if ctx.published:
        first = min(filter(None, [row.first_seen, ctx.published]))
        last = max(filter(None, [row.last_seen, ctx.published]))
        if (first, last) != (row.first_seen, row.last_seen):
            conn.execute(update(speakers).where(speakers.c.id == speaker_id).values(first_seen=first, last_seen=last))
    return renamed


def _show_best_name(conn: Connection, speaker_id: int, row=None) -> tuple[bool, object]:
    """Show the speaker under the best name its mentions give (``linking.best_name``: a fixed order, so
    not the first seen), unless a correction named it. (Whether it was renamed, the speaker's row.)"""
    row = row if row is not None else conn.execute(select(speakers).where(speakers.c.id == speaker_id)).one()
    names = conn.execute(select(speaker_mentions.c.name).where(speaker_mentions.c.speaker_id == speaker_id)
                         ).scalars().all()
    best = linking.best_name(names, row.kind) if names else row.name
    if best == row.name or _named_by_override(conn, row.folded):
        return False, row
    return True, _rename(conn, row, best)


def _named_by_override(conn: Connection, folded: str) -> bool:
    targets = conn.execute(select(speaker_overrides.c.target_name).distinct()).scalars()
    return any(fold(t) == folded for t in targets)


def _rename(conn: Connection, row, name: str):
    """Show the speaker ``row`` under ``name``; its old name becomes an alias. The new row."""
    conn.execute(update(speakers).where(speakers.c.id == row.id).values(name=name, folded=fold(name)))
    conn.execute(delete(speaker_aliases).where(speaker_aliases.c.speaker_id == row.id,
                                               speaker_aliases.c.folded == fold(name)))
    _insert_ignore(conn, speaker_aliases, [{"speaker_id": row.id, "alias": row.name, "folded": row.folded}])
    return conn.execute(select(speakers).where(speakers.c.id == row.id)).one()


def _insert_ignore(conn: Connection, table, rows: list[dict]) -> None:
    """Insert rows, skipping those whose primary key is there already (and duplicates among them)."""
    unique = list({tuple(r[c.name] for c in table.primary_key.columns): r for r in rows}.values())
    if not unique:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(), unique)


# --- refresh, merge, split ---------------------------------------------------------------------------


def refresh(conn: Connection, speaker_id: int) -> bool:
    """Rebuild a speaker's keys, aliases, roles, dates and count from its mentions and statements.

    A speaker left with no mention is deleted (its statements moved with the mentions); False then."""
    row = conn.execute(select(speakers).where(speakers.c.id == speaker_id)).one()
    mentions = conn.execute(
        select(speaker_mentions, articles.c.published)
        .join(articles, articles.c.id == speaker_mentions.c.article_id)
        .where(speaker_mentions.c.speaker_id == speaker_id).order_by(speaker_mentions.c.id)
    ).all()
    for table in (speaker_keys, speaker_aliases, speaker_roles):
        conn.execute(delete(table).where(table.c.speaker_id == speaker_id))
    if not mentions:
        conn.execute(update(statements).where(statements.c.speaker_id == speaker_id).values(speaker_id=None))
        conn.execute(update(statement_members).where(statement_members.c.speaker_id == speaker_id)
                     .values(speaker_id=None))
        conn.execute(delete(speakers).where(speakers.c.id == speaker_id))
        return False
    apart = all(m.decided_by == APART for m in mentions)
    keys = [] if apart else list(linking.keys(row.name, row.kind))
    aliases: list[dict] = []
    roles: list[dict] = []
    for m in mentions:
        forms = [m.name, *json.loads(m.aliases or "[]")]
        if m.decided_by not in (OVERRIDE, APART):
            keys += linking.mention_keys(m.name, forms[1:], m.kind)
        aliases += [{"speaker_id": speaker_id, "alias": f, "folded": fold(f)} for f in forms if fold(f) != row.folded]
        roles += [{"speaker_id": speaker_id, "role": d, "article_id": m.article_id, "seen_on": m.published}
                  for d in json.loads(m.descriptors or "[]")]
    _insert_ignore(conn, speaker_keys, [{"key": k, "speaker_id": speaker_id} for k in keys])
    _insert_ignore(conn, speaker_aliases, aliases)
    _insert_ignore(conn, speaker_roles, roles)
    dates = [m.published for m in mentions if m.published]
    count = statement_count(conn, speaker_id)
    conn.execute(update(speakers).where(speakers.c.id == speaker_id).values(
        first_seen=min(dates) if dates else None, last_seen=max(dates) if dates else None, statement_count=count))
    return True


def resolve_speaker(conn: Connection, ref: int | str) -> int:
    """One speaker by id, or by a name only one speaker has (compared folded)."""
    given = parse_id(ref, "speaker")
    if given is not None:
        found = conn.execute(select(speakers.c.id).where(speakers.c.id == given)).scalar()
        if found is None:
            raise NotFound(f"no speaker with id {given}")
        return int(found)
    ids = conn.execute(select(speakers.c.id).where(speakers.c.folded == fold(ref)).order_by(speakers.c.id)
                       ).scalars().all()
    if not ids:
        raise NotFound(f"no speaker named {shown(ref)}")
    if len(ids) > 1:
        raise QueryError(f"{len(ids)} speakers are named {ref!r} (ids {', '.join(map(str, ids))}): give an id")
    return int(ids[0])


def resolve_article(conn: Connection, ref: int | str) -> tuple[int, str] | None:
    """An article by id, key (``url:…``/``text:…``) or URL; None when ``ref`` names no article that way."""
    from onrecord.extraction.identity import url_key

    value: int | str | None = None
    column = articles.c.id
    given = parse_id(ref, "article")
    if given is not None:
        value = given
    elif str(ref).startswith(("url:", "text:")):
        column, value = articles.c.key, ref
    elif str(ref).lower().startswith(("http://", "https://")):
        column, value = articles.c.key, url_key(str(ref))
    if value is None:
        return None
    row = conn.execute(select(articles.c.id, articles.c.key).where(column == value)).first()
    if row is None:
        raise NotFound(f"no article {shown(ref)}")
    return int(row.id), row.key


def remember(conn: Connection, kind: str, name_key: str, article_key: str | None, target_name: str,
             created_at: str) -> None:
    """Record an override, replacing the one of the same scope (name, and article or every article)."""
    scope = speaker_overrides.c.article_key.is_(None) if article_key is None \
        else speaker_overrides.c.article_key == article_key
    conn.execute(delete(speaker_overrides).where(speaker_overrides.c.name_key == name_key, scope))
    conn.execute(insert(speaker_overrides).values(kind=kind, name_key=name_key, article_key=article_key,
                                                  target_name=target_name, created_at=created_at))


def merge(conn: Connection, source_id: int, target_id: int, now: str) -> dict:
    """Move every mention and statement of ``source_id`` to ``target_id`` and remember each name form."""
    if source_id == target_id:
        raise QueryError("cannot merge a speaker into itself")
    source = conn.execute(select(speakers).where(speakers.c.id == source_id)).one()
    target = conn.execute(select(speakers).where(speakers.c.id == target_id)).one()
    keys = sorted(set(conn.execute(select(speaker_mentions.c.name_key)
                                   .where(speaker_mentions.c.speaker_id == source_id)).scalars()))
    moved = conn.execute(update(statements).where(statements.c.speaker_id == source_id)
                         .values(speaker_id=target_id)).rowcount
    moved += conn.execute(update(statement_members).where(statement_members.c.speaker_id == source_id)
                          .values(speaker_id=target_id)).rowcount
    conn.execute(update(speaker_mentions).where(speaker_mentions.c.speaker_id == source_id)
                 .values(speaker_id=target_id, decided_by=OVERRIDE))
    for key in keys:
        remember(conn, "merge", key, None, target.name, now)
    if speaker_named(conn, source.name, besides=source_id) is None:  # overrides that led to the source
        for oid, name in conn.execute(select(speaker_overrides.c.id, speaker_overrides.c.target_name)).all():
            if fold(name) == source.folded:
                conn.execute(update(speaker_overrides).where(speaker_overrides.c.id == oid)
                             .values(target_name=target.name))
    refresh(conn, source_id)  # no mention left: deleted
    refresh(conn, target_id)
    return {"speaker_id": target_id, "name": target.name, "merged": source.name, "statements_moved": moved,
            "name_keys": keys}


def split(conn: Connection, speaker_id: int, form_or_article: int | str, new_name: str, now: str) -> dict:
    """Move a speaker's mentions under one name form, or in one article, to the speaker ``new_name``."""
    source = conn.execute(select(speakers).where(speakers.c.id == speaker_id)).one()
    if not new_name.strip() or fold(new_name) == source.folded:
        raise QueryError("the new name must differ from the speaker's name")
    article = resolve_article(conn, form_or_article)
    query = select(speaker_mentions).where(speaker_mentions.c.speaker_id == speaker_id)
    if article is not None:
        query = query.where(speaker_mentions.c.article_id == article[0])
        scope, what = article[1], f"article {form_or_article}"
    else:
        query = query.where(speaker_mentions.c.name_key == fold(str(form_or_article)))
        scope, what = None, f"the name {form_or_article!r}"
    mentions = conn.execute(query.order_by(speaker_mentions.c.id)).all()
    if not mentions:
        raise QueryError(f"speaker {source.name!r} has no mention under {what}")
    new_name = new_name.strip()
    target_id = speaker_named(conn, new_name, besides=speaker_id) or new_speaker(conn, new_name, mentions[0].kind)
    moved = 0
    for m in mentions:
        conn.execute(update(speaker_mentions).where(speaker_mentions.c.id == m.id)
                     .values(speaker_id=target_id, decided_by=OVERRIDE))
        ids = [sid for sid, name, kind in conn.execute(
            select(statements.c.id, statements.c.speaker_name, statements.c.speaker_kind)
            .where(statements.c.article_id == m.article_id, statements.c.speaker_id == speaker_id))
            if statement_name_key(name, kind) == m.name_key]
        if ids:
            moved += conn.execute(update(statements).where(statements.c.id.in_(ids))
                                  .values(speaker_id=target_id)).rowcount
        members = [(sid, position) for sid, position, name, kind in conn.execute(
            select(statement_members.c.statement_id, statement_members.c.position, statement_members.c.name,
                   statement_members.c.kind)
            .join(statements, statements.c.id == statement_members.c.statement_id)
            .where(statements.c.article_id == m.article_id, statement_members.c.speaker_id == speaker_id))
            if statement_name_key(name, kind) == m.name_key]
        for sid, position in members:  # a joint source's member under that name
            moved += conn.execute(update(statement_members).where(
                statement_members.c.statement_id == sid, statement_members.c.position == position)
                .values(speaker_id=target_id)).rowcount
        remember(conn, "split", m.name_key, scope, new_name, now)
    kept = refresh(conn, speaker_id)
    refresh(conn, target_id)
    return {"speaker_id": target_id, "name": new_name, "from": source.name, "statements_moved": moved,
            "name_keys": sorted({m.name_key for m in mentions}), "article_key": scope, "source_kept": kept}
