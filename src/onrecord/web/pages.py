"""The record's pages: server-rendered HTML (Jinja2, autoescaped), usable without JavaScript.

- ``/`` — one search box (``?q=`` shows results here too), counts, top speakers, outlets, latest;
- ``/search?q=`` — statements (full text), speakers (name or alias), articles (title);
- ``/articles/{id}`` — the text with each statement's content in ``<mark class="statement">`` in its
  speaker's colour (``web.markup``), details on hover (``title``) and on click (a link to the
  statement's entry, ``#st-N``, in the list below, which CSS ``:target`` brings forward);
- ``/speakers/{id}`` — names, roles over time, statements per week as inline SVG, statements;
- ``/outlets/{name}`` — top speakers, shares of direct/mixed/indirect and of unnamed sources;
- ``/report`` — who gets quoted, one column per outlet chosen (``?outlet=A&outlet=B``, dates, a topic),
  with server-rendered SVG bars; each outlet's page has its own column;
- ``/echoes`` — quotations that appear in two or more articles (``?flagged=reattributed`` and the like);
  ``/echoes/{group}`` — one of them: every appearance beside the first, the words dropped, altered and
  added marked; every statement that has echoes links its group ("echoed");
- ``/docs`` — the API's routes from the OpenAPI description (the default docs load scripts from a CDN).

Low-confidence statements (``records.low_confidence``: more likely wrong than right, docs/confidence.md)
are left out of every list and highlight; ``?uncertain=1`` shows them too, each marked "uncertain",
and every page that lists statements links to the other view (``switch``).

Every text from an article reaches HTML through a template with autoescape on (SVG included); styles
live in ``/static/style.css`` (the Content-Security-Policy allows no inline style or script).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from onrecord.records import LOW_CONFIDENCE, low_confidence
from onrecord.store import queries
from onrecord.store.queries import search_terms
from onrecord.store.store import Store
from onrecord.web import markup as web_markup
from onrecord.web import queries as web_queries

router = APIRouter(include_in_schema=False)

env = Environment(loader=PackageLoader("onrecord.web", "templates"), autoescape=select_autoescape(default=True),
                  undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, auto_reload=False)
env.globals.update(colour=web_markup.colour, percent=web_markup.percent, speaker_label=web_markup.speaker_label,
                   statement_title=web_markup.statement_title, shown_content=web_markup.shown_content,
                   low_confidence=low_confidence, share_bar=web_markup.share_bar,
                   kind_colours=web_markup.SPEAKER_KIND_COLOURS, gender_colours=web_markup.GENDER_COLOURS)

PAGE_SIZE = 50
UNCERTAIN = Query(False, description="Also show low-confidence statements, marked uncertain")
OUTLETS = Query([], max_length=200, description="Outlets to compare, one column each")


def render(name: str, context: dict[str, Any] | None = None, *, status_code: int = 200, **more: Any
           ) -> HTMLResponse:
    """A template rendered with ``context`` and ``more`` (every page has ``q``, the search box's text, and
    ``uncertain`` and ``switch``: whether low-confidence statements are shown, and the link that turns them
    on or off, none by default)."""
    values = {"q": "", "uncertain": False, "switch": None, **(context or {}), **more}
    return HTMLResponse(env.get_template(name).render(**values), status_code=status_code)


def error_page(status: int, code: str, message: str) -> HTMLResponse:
    return render("error.html", {"status": status, "code": code, "message": message}, status_code=status)


def _store(request: Request) -> Store:
    return request.app.state.store


def min_confidence(uncertain: bool) -> float | None:
    """The confidence a listed statement needs: none with ``?uncertain=1``, else ``LOW_CONFIDENCE``."""
    return None if uncertain else LOW_CONFIDENCE


def switch(request: Request, uncertain: bool, hidden: int | None = None) -> dict[str, Any]:
    """The link to the page's other view (uncertain statements shown or left out), from the first page;
    ``hidden``: how many statements the page leaves out, when known."""
    url = request.url.remove_query_params(["uncertain", "cursor"])
    if not uncertain:
        url = url.include_query_params(uncertain=1)
    return {"shown": uncertain, "href": url.path + (f"?{url.query}" if url.query else ""), "hidden": hidden}


def _search(store: Store, q: str, cursor: str | None, uncertain: bool) -> dict[str, Any]:
    """What one box finds: statements by full text, speakers by name, articles by title."""
    q = q.strip()
    if not q:
        return {"statements": [], "next": None, "speakers": [], "articles": []}
    statements: list[dict[str, Any]] = []
    next_cursor = None
    if search_terms(q):
        statements, next_cursor = web_queries.page_of_statements(
            store, web_queries.Filters(search=q, min_confidence=min_confidence(uncertain)), PAGE_SIZE, cursor)
    with store.read() as conn:
        found_articles = web_queries.find_articles(conn, q, limit=20)
    return {"statements": with_echoes(store, statements), "next": next_cursor,
            "speakers": store.speakers(search=q, limit=20),
            "articles": found_articles}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: str = Query("", max_length=500), cursor: str | None = None,
         uncertain: bool = UNCERTAIN) -> HTMLResponse:
    store = _store(request)
    if q.strip():
        return render("search.html", q=q, results=_search(store, q, cursor, uncertain), page="/",
                      uncertain=uncertain, switch=switch(request, uncertain))
    with store.read() as conn:
        outlets = web_queries.outlets(conn, top=0)[:12]
    return render("home.html", counts=store.counts(), speakers=store.speakers(limit=12), outlets=outlets,
                  latest=with_echoes(store, store.statements(limit=10, min_confidence=min_confidence(uncertain))),
                  switch=switch(request, uncertain))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = Query("", max_length=500), cursor: str | None = None,
           uncertain: bool = UNCERTAIN) -> HTMLResponse:
    return render("search.html", q=q, results=_search(_store(request), q, cursor, uncertain), page="/search",
                  uncertain=uncertain, switch=switch(request, uncertain))


@router.get("/articles/{article:path}", response_class=HTMLResponse)
def article(request: Request, article: str, uncertain: bool = UNCERTAIN) -> HTMLResponse:
    with _store(request).read() as conn:
        found = web_queries.article(conn, article)
    reading = found["reading"]
    rows = [row for row in found["statements"] if uncertain or not low_confidence(row["confidence"])]
    boilerplate = [b.to_dict() for b in reading.article.boilerplate]
    segments = web_markup.highlight(reading.article.text, rows, boilerplate)
    return render("article.html", id=found["id"], key=found["key"], art=reading.article,
                  statements=with_echoes(_store(request), rows),
                  segments=segments, people=reading.people, not_attributed=reading.not_attributed,
                  switch=switch(request, uncertain, len(found["statements"]) - len(rows)))


@router.get("/speakers/{speaker:path}", response_class=HTMLResponse)
def speaker(request: Request, speaker: str, cursor: str | None = None, uncertain: bool = UNCERTAIN) -> HTMLResponse:
    store = _store(request)
    least = min_confidence(uncertain)
    with store.read() as conn:  # what ``Store.speaker`` reads, and the weeks, in one transaction
        info = queries.speaker(conn, speaker, statement_limit=PAGE_SIZE + 1, min_confidence=least)
        weeks = web_queries.per_week(conn, info["id"])
    if cursor:
        rows, next_cursor = web_queries.page_of_statements(
            store, web_queries.Filters(speaker=info["id"], min_confidence=least), PAGE_SIZE, cursor)
    else:  # the speaker's first page comes with it (one row more: whether another page follows)
        rows = info["statements"][:PAGE_SIZE]
        next_cursor = web_queries.encode_cursor(rows[-1]["id"]) if len(info["statements"]) > PAGE_SIZE else None
    return render("speaker.html", sp=info, chart=web_markup.week_chart(weeks["weeks"]),
                  undated=weeks["undated"], statements=with_echoes(store, rows), next=next_cursor, uncertain=uncertain,
                  switch=switch(request, uncertain))


@router.get("/outlets/{name:path}", response_class=HTMLResponse)
def outlet(request: Request, name: str) -> HTMLResponse:
    store = _store(request)
    with store.read() as conn:
        info = web_queries.outlet(conn, name, top=20)
    return render("outlet.html", outlet=info, kinds=list(info["kinds"]), who=store.report([info["outlet"]])[0])


@router.get("/report", response_class=HTMLResponse)
def report(request: Request, outlet: list[str] = OUTLETS, since: str | None = None,
           until: str | None = None, q: str = Query("", max_length=500)) -> HTMLResponse:
    """Who gets quoted, side by side: one column per outlet (``?outlet=A&outlet=B``), else the whole record."""
    store = _store(request)
    with store.read() as conn:
        known = [o["outlet"] for o in web_queries.outlets(conn, top=0)]
    found = store.report(outlet[:6] or None, since=since or None, until=until or None, search=q.strip() or None)
    return render("report.html", slices=found, known=known, chosen=outlet, since=since or "", until=until or "",
                  topic=q)


ECHO_FLAGS = ("reattributed", "altered", "dropped", "added", "trimmed")


@router.get("/echoes", response_class=HTMLResponse)
def echoes(request: Request, flagged: str = Query("", max_length=20)) -> HTMLResponse:
    flag = flagged if flagged in ECHO_FLAGS else None
    return render("echoes.html", groups=_store(request).echoes(limit=PAGE_SIZE, flagged=flag), flags=ECHO_FLAGS,
                  flagged=flag or "")


@router.get("/echoes/{group}", response_class=HTMLResponse)
def echo(request: Request, group: int) -> HTMLResponse:
    return render("echo.html", echo=_store(request).echo(group))


def with_echoes(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows, each with ``echo_group``: the echo group of a statement whose words appear in another
    article (the pages link it), else None."""
    groups = store.echo_groups([row["id"] for row in rows])
    for row in rows:
        row["echo_group"] = groups.get(row["id"])
    return rows


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    schema = request.app.openapi()
    routes = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "description": p.get("description") or "",
                       "required": p.get("required", False)} for p in op.get("parameters", [])]
            routes.append({"method": method.upper(), "path": path, "summary": op.get("summary") or "",
                           "params": params, "body": "requestBody" in op})
    return render("docs.html", routes=routes, title=schema.get("info", {}).get("title", "onrecord"))
