"""Queries the web face needs beyond ``store.queries``: outlets, statements per week, articles by title.

Each function takes a connection in a read transaction (``Store.read()``) and returns plain dicts,
like ``store.queries`` does; they read the tables of ``store.schema`` and write nothing.

Definitions (one place for each):

- an outlet is the ``outlet`` text of articles, compared without case (as ``store.queries`` does);
- a statement is **unnamed** when the article gives it no named speaker: ``speaker_kind`` is
  ``unnamed`` or missing; shares are fractions of the outlet's statements, rounded to 3 places;
- a **week** starts on Monday (ISO weeks); a statement is counted in the week of its article's date
  when that date is a full ``YYYY-MM-DD``; partial or missing dates are counted as ``undated``; weeks
  without statements are not listed (a speaker's years would be hundreds of zeros);
- articles found by title: the words of the query each occur in the title (case ignored), newest first;
- a page of statements goes on from an opaque cursor: the last row's id (``store.queries``' keyset), in
  URL-safe base64 so that clients do not build it themselves (``store.ids``, the one parser of ids and
  cursors).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from onrecord.errors import NotFound
from onrecord.store.ids import decode_cursor, encode_cursor, shown
from onrecord.store.queries import KINDS, Filters, linked_members, of_speakers, statement_dict
from onrecord.store.queries import reading as stored_reading
from onrecord.store.schema import articles, speakers
from onrecord.store.schema import statements as st
from onrecord.store.speakers import resolve_article

__all__ = ["Filters", "article", "decode_cursor", "encode_cursor", "find_articles", "outlet", "outlets",
           "page_of_statements", "per_week"]

TOP_SPEAKERS = 5
FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _unnamed() -> ColumnElement[bool]:
    return or_(st.c.speaker_kind.is_(None), st.c.speaker_kind == "unnamed")


# --- pages of statements ---------------------------------------------------------------------------------


def page_of_statements(store: Any, f: Filters, limit: int, cursor: str | None = None
                       ) -> tuple[list[dict[str, Any]], str | None]:
    """One page of ``store.statements`` (newest first) and the cursor of the next page (None: the last).
    One row more than asked is read to know whether another page follows."""
    after = decode_cursor(cursor) if cursor else None
    rows = store.statements(speaker=f.speaker, outlet=f.outlet, since=f.since, until=f.until, kind=f.kind,
                            search=f.search, limit=limit + 1, after_id=after, min_confidence=f.min_confidence)
    if len(rows) > limit:
        return rows[:limit], encode_cursor(rows[limit - 1]["id"])
    return rows, None


# --- outlets ----------------------------------------------------------------------------------------------


def outlets(conn: Connection, *, top: int = TOP_SPEAKERS, name: str | None = None) -> list[dict[str, Any]]:
    """Every outlet (or the one ``name`` names), most statements first: article and statement counts,
    the shares of direct / mixed / indirect and of unnamed statements, and its ``top`` speakers."""
    outlet_key = func.lower(st.c.outlet)
    where: list[ColumnElement[bool]] = [st.c.outlet.is_not(None)]
    art_where: list[ColumnElement[bool]] = [articles.c.outlet.is_not(None)]
    if name is not None:
        where.append(outlet_key == func.lower(name.strip()))
        art_where.append(func.lower(articles.c.outlet) == func.lower(name.strip()))
    found: dict[str, dict[str, Any]] = {}
    for key, outlet, kind, unnamed, n in conn.execute(
        select(outlet_key, func.min(st.c.outlet), st.c.kind, _unnamed().label("unnamed"), func.count())
        .where(*where).group_by(outlet_key, st.c.kind, _unnamed())
    ):
        entry = found.setdefault(key, {"outlet": outlet, "articles": 0, "statements": 0,
                                                  "kinds": dict.fromkeys(KINDS, 0), "unnamed": 0})
        entry["statements"] += n
        entry["kinds"][kind] = entry["kinds"].get(kind, 0) + n
        if unnamed:
            entry["unnamed"] += n
    art_key = func.lower(articles.c.outlet)
    for key, outlet, n in conn.execute(select(art_key, func.min(articles.c.outlet), func.count())
                                       .where(*art_where).group_by(art_key)):
        found.setdefault(key, {"outlet": outlet, "articles": 0, "statements": 0,
                                          "kinds": dict.fromkeys(KINDS, 0), "unnamed": 0})["articles"] = n
    if name is not None and not found:
        raise NotFound(f"no outlet {shown(name)}")
    for entry in found.values():
        total = entry["statements"]
        entry["kind_shares"] = {k: _share(v, total) for k, v in entry["kinds"].items()}
        entry["unnamed_share"] = _share(entry["unnamed"], total)
        entry["top_speakers"] = []
    if top > 0 and found:
        _add_top_speakers(conn, found, where, top)
    return sorted(found.values(), key=lambda e: (-e["statements"], -e["articles"], e["outlet"].lower()))


def _add_top_speakers(conn: Connection, found: dict[str, dict[str, Any]], where: list[ColumnElement[bool]],
                      top: int) -> None:
    """Each outlet's ``top`` speakers by statements (ties by name), in one query with a window."""
    outlet_key = func.lower(st.c.outlet).label("outlet_key")
    n = func.count().label("n")
    counted = (select(outlet_key, st.c.speaker_id, n,
                      func.row_number().over(partition_by=func.lower(st.c.outlet),
                                             order_by=(func.count().desc(), st.c.speaker_id)).label("rank"))
               .where(*where, st.c.speaker_id.is_not(None)).group_by(func.lower(st.c.outlet), st.c.speaker_id)
               .subquery())
    rows = conn.execute(
        select(counted.c.outlet_key, counted.c.speaker_id, counted.c.n, speakers.c.name, speakers.c.kind)
        .join(speakers, speakers.c.id == counted.c.speaker_id)
        .where(counted.c.rank <= top).order_by(counted.c.outlet_key, counted.c.rank))
    for key, sid, count, sname, kind in rows:
        entry = found.get(key)
        if entry is not None:
            entry["top_speakers"].append({"id": sid, "name": sname, "kind": kind, "statements": count,
                                          "share": _share(count, entry["statements"])})


def outlet(conn: Connection, name: str, *, top: int = 20, latest: int = 20) -> dict[str, Any]:
    """One outlet as ``outlets`` gives it, with its ``top`` speakers and its ``latest`` articles."""
    entry = outlets(conn, top=top, name=name)[0]
    entry["latest_articles"] = [dict(row) for row in conn.execute(
        select(articles.c.id, articles.c.title, articles.c.published, articles.c.url)
        .where(func.lower(articles.c.outlet) == func.lower(name.strip()))
        .order_by(articles.c.published.desc().nulls_last(), articles.c.id.desc()).limit(latest)).mappings()]
    return entry


# --- speakers over time -------------------------------------------------------------------------------------


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def per_week(conn: Connection, speaker_id: int) -> dict[str, Any]:
    """Statements of one speaker per week: ``weeks`` lists the weeks with statements, oldest first
    (a week without is left out: ``web.markup.week_chart`` leaves it a gap); ``undated`` counts the rest."""
    counts: dict[date, int] = {}
    undated = 0
    for published, n in conn.execute(select(st.c.published, func.count()).where(of_speakers([speaker_id]))
                                     .group_by(st.c.published)):
        day = _full_date(published)
        if day is None:
            undated += n
            continue
        week = monday(day)
        counts[week] = counts.get(week, 0) + n
    return {"weeks": [{"week": week.isoformat(), "statements": counts[week]} for week in sorted(counts)],
            "undated": undated}


def _full_date(value: str | None) -> date | None:
    if not value or not FULL_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- articles -----------------------------------------------------------------------------------------------


def find_articles(conn: Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Articles whose title holds every word of ``query`` (case ignored), newest first."""
    words = [w for w in query.split() if w.strip()]
    if not words:
        return []
    where = and_(*(articles.c.title.icontains(w, autoescape=True) for w in words))
    n_statements = (select(func.count()).where(st.c.article_id == articles.c.id).scalar_subquery())
    rows = conn.execute(
        select(articles.c.id, articles.c.title, articles.c.published, articles.c.outlet, articles.c.url,
               n_statements.label("statements"))
        .where(where).order_by(articles.c.published.desc().nulls_last(), articles.c.id.desc()).limit(limit))
    return [dict(row) for row in rows.mappings()]


def article(conn: Connection, ref: int | str) -> dict[str, Any]:
    """One stored article (id, key or URL): its ``id``, ``key``, the ``reading`` as saved, and its
    ``statements`` as ``store.queries.statement_dict`` rows (ids, linked speaker ids and names), in order."""
    found = resolve_article(conn, ref)
    if found is None:
        raise NotFound(f"no article {shown(ref)}: give an id, a key (url:… or text:…) or a URL")
    article_id, key = found
    rows = conn.execute(
        select(st, articles.c.title, articles.c.url, articles.c.input, articles.c.key.label("article_key"),
               speakers.c.name.label("speaker"))
        .join(articles, articles.c.id == st.c.article_id)
        .outerjoin(speakers, speakers.c.id == st.c.speaker_id)
        .where(st.c.article_id == article_id).order_by(st.c.position))
    return {"id": article_id, "key": key, "reading": stored_reading(conn, article_id),
            "statements": linked_members(conn, [statement_dict(row) for row in rows])}
