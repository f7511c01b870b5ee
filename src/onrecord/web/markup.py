"""What the web pages draw, as plain data for the templates: highlights, colours, the weekly chart.

Pure functions of their input; the templates (Jinja2, autoescaped) turn the data into HTML, so every
text from an article — SVG labels included — is escaped in one place, by the template engine.

Highlighting an article: the text is cut at every span boundary and each piece takes the span of
highest precedence that covers it:

  1. a statement's content (an earlier statement wins where two contents overlap);
  2. a statement's source (who, as written), then its cue;
  3. boilerplate (outlet banners, appeals) around the story;
  4. plain text.

A highlighted statement's number (its anchor ``#st-N`` in the page's list) is its ``position`` in the
article plus one, so links into an article hold whichever statements the page leaves out; the
highlight of a low-confidence statement (``records.low_confidence``) has the class ``uncertain``.

A statement's content outside the article (lists on the home, search, speaker and article pages) is
shown by ``shown_content``, the one rule for quotation marks: only direct content is put in quotation
marks, and never twice (a mark the content already has is not added again); mixed content is shown as
written, its own quoted words keeping their marks; indirect content (a paraphrase) gets no marks, a
``reported:`` label and its own style, so nobody takes it for the speaker's words.

Colours: a speaker's colour is ``sp-(id mod PALETTE)`` — a class of the stylesheet, since the
Content-Security-Policy allows no inline style — so one speaker has one colour on every page, and
speakers with neighbouring ids (as one article's speakers usually are) differ. A statement with no
linked speaker takes the colour of its name's checksum, or ``sp-none`` when it has no name.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from onrecord.records import low_confidence

PALETTE = 12
DATE_LABEL_WIDTH = 64.0  # a date ("2024-01-15") at the chart's 11 px in a wide sans-serif (DejaVu Sans: 64 px)

CONTENT, SOURCE, CUE, BOILERPLATE = "content", "source", "cue", "boilerplate"
PRECEDENCE = {CONTENT: 3, SOURCE: 2, CUE: 2, BOILERPLATE: 1}


def colour(speaker_id: int | None, name: str | None = None) -> str:
    """The stylesheet class that colours this speaker's statements."""
    if speaker_id is not None:
        return f"sp-{int(speaker_id) % PALETTE}"
    if name:
        return f"sp-{zlib.crc32(name.casefold().encode('utf-8')) % PALETTE}"
    return "sp-none"


def speaker_label(row: dict[str, Any]) -> str:
    """A statement's speaker as a page names it."""
    return row.get("speaker") or row.get("speaker_name") or "unnamed source"


def statement_title(row: dict[str, Any]) -> str:
    """The hover text of a highlighted statement: who, in what role, how, to whom."""
    parts = [speaker_label(row)]
    if row.get("descriptors"):
        parts[0] += f" ({'; '.join(row['descriptors'])})"
    parts.append(f"{row.get('kind')} statement")
    if row.get("cue"):
        parts.append(f"cue: {row['cue']['text']}")
    if row.get("addressee"):
        parts.append(f"to: {row['addressee']['text']}")
    if "confidence" in row and low_confidence(row["confidence"]):
        parts.append(f"uncertain (confidence {row['confidence'] or 0:.2f})")
    return " — ".join(parts)


# quotation marks: an opening mark and the mark that closes it
PAIRS = {"“": "”", "‘": "’", "„": "“", "‚": "‘", "«": "»", "‹": "›", "「": "」", "『": "』", '"': '"', "'": "'"}
CLOSERS = {"”": "“", "’": "‘", "»": "«", "›": "‹", "」": "「", "』": "『", '"': '"', "'": "'"}
APOSTROPHES = {"’", "'"}  # a closing single mark, or an apostrophe ("the soldiers’")
AFTER_CLOSING = ".,;:!?…"  # punctuation that may follow a closing mark ("“Yes”.")
KINDS = {"direct", "mixed", "indirect"}
KIND_TITLES = {
    "direct": "Direct quote: the speaker's words",
    "mixed": "Reported speech with some of the speaker's words, in quotation marks as the article has them",
    "indirect": "Reported speech: the article's paraphrase, not the speaker's words",
    "unknown": "Statement of unknown kind, shown as written",
}


@dataclass(frozen=True)
class ShownContent:
    """A statement's content as a page shows it: ``opening`` + ``text`` + ``closing``, after ``label``;
    ``kind`` is its stylesheet class."""

    kind: str  # direct | mixed | indirect | unknown
    text: str
    opening: str = ""
    closing: str = ""
    label: str = ""
    title: str = ""


def shown_content(row: dict[str, Any]) -> ShownContent:
    """How a statement's content (``content_text``) is shown: direct content in quotation marks (one
    pair: a mark it already has at either end is not added again, the other end gets its partner),
    mixed content as written, indirect content without marks after a ``reported:`` label. A kind this
    does not know is shown as written, like mixed content: no marks are added to what may be no quote."""
    text = (row.get("content_text") or "").strip()
    kind = row.get("kind") if row.get("kind") in KINDS else "unknown"
    title = KIND_TITLES[kind]
    if kind == "indirect":
        return ShownContent(kind, text, label="reported:", title=title)
    if kind != "direct":
        return ShownContent(kind, text, title=title)
    opened, closed = _marks_at_ends(text)
    opening = "" if opened else CLOSERS.get(closed or "", "“")
    closing = "" if closed else PAIRS.get(opened or "", "”")
    return ShownContent(kind, text, opening, closing, title=title)


def _marks_at_ends(text: str) -> tuple[str | None, str | None]:
    """The quotation marks ``text`` opens and closes with, None where it has none."""
    opened = text[0] if text[:1] in PAIRS else None
    core = text.rstrip(AFTER_CLOSING)
    last = core[-1:] if len(core) > (1 if opened else 0) else ""
    closed = last if last in CLOSERS or (opened is not None and last == PAIRS[opened]) else None
    if closed in APOSTROPHES and opened is None and not any(m in core[:-1] for m in ("‘", "'", "‚")):
        closed = None  # an apostrophe ("the soldiers’"), not the end of a quotation
    return opened, closed


@dataclass
class Segment:
    """A piece of the article text and what covers it (``kind`` None: plain text)."""

    text: str
    start: int
    end: int
    kind: str | None = None
    statement: int | None = None  # the index into the statements list
    first: bool = False  # the first highlighted piece of its statement (carries the anchor)
    attrs: dict[str, Any] = field(default_factory=dict)


def highlight(text: str, statements: list[dict[str, Any]], boilerplate: list[dict[str, Any]] | None = None
              ) -> list[Segment]:
    """Cut ``text`` into segments by the spans of ``statements`` (rows with ``content``, ``cue`` and
    ``source`` spans) and ``boilerplate``; see the module docstring for what wins."""
    n = len(text)
    spans: list[tuple[int, int, str, int | None]] = []
    for i, row in enumerate(statements):
        for c in row.get("content") or []:
            spans.append((c["start"], c["end"], CONTENT, i))
        for role in (SOURCE, CUE):
            if row.get(role):
                spans.append((row[role]["start"], row[role]["end"], role, i))
    for extra in boilerplate or []:
        spans.append((extra["start"], extra["end"], BOILERPLATE, None))
    spans = sorted(((max(0, s), min(n, e), k, i) for s, e, k, i in spans if 0 <= s < e and s < n),
                   key=lambda span: (span[0], span[1]))
    cuts = sorted({0, n, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    segments: list[Segment] = []
    seen: set[int] = set()
    active: list[tuple[int, int, str, int | None]] = []
    j = 0
    for a, b in zip(cuts, cuts[1:]):  # a sweep: every span starts and ends on a cut
        active = [span for span in active if span[1] > a]
        while j < len(spans) and spans[j][0] <= a:
            if spans[j][1] > a:
                active.append(spans[j])
            j += 1
        best: tuple[int, int, str, int | None] | None = None
        for span in active:
            if best is None or _wins(span, best):
                best = span
        kind, index = (best[2], best[3]) if best else (None, None)
        last = segments[-1] if segments else None
        if last is not None and last.kind == kind and last.statement == index:
            last.text += text[a:b]
            last.end = b
            continue
        first = kind == CONTENT and index is not None and index not in seen
        if first and index is not None:
            seen.add(index)
        segments.append(Segment(text[a:b], a, b, kind, index, first, _attrs(kind, index, statements)))
    return segments


def _wins(span: tuple[int, int, str, int | None], best: tuple[int, int, str, int | None]) -> bool:
    rank, best_rank = PRECEDENCE[span[2]], PRECEDENCE[best[2]]
    if rank != best_rank:
        return rank > best_rank
    return (span[3] if span[3] is not None else 1 << 30) < (best[3] if best[3] is not None else 1 << 30)


def _attrs(kind: str | None, index: int | None, statements: list[dict[str, Any]]) -> dict[str, Any]:
    if index is None or kind is None:
        return {}
    row = statements[index]
    return {"speaker": speaker_label(row), "colour": colour(row.get("speaker_id"), row.get("speaker_name")),
            "title": statement_title(row), "number": int(row.get("position", index)) + 1,
            "uncertain": "confidence" in row and low_confidence(row["confidence"])}


# --- the weekly chart ----------------------------------------------------------------------------------------


@dataclass
class Bar:
    """One week's bar: place, size and hover label."""

    x: float
    y: float
    width: float
    height: float
    label: str


@dataclass
class Chart:
    """An SVG bar chart's geometry: ``bars`` of (x, y, width, height, label) for the weeks with
    statements (an empty week is a gap), axis labels and size."""

    width: int
    height: int
    bars: list[Bar]
    y_max: int
    x_first: str
    x_last: str
    baseline: float
    left: float
    total: int
    weeks: int
    x_first_at: float  # where the first date label starts: under the first week's bar
    x_last_at: float | None  # where the last one ends, under the last week's bar (None: one label only)


def week_chart(weeks: list[dict[str, Any]], *, width: int = 720, height: int = 180) -> Chart | None:
    """Bars for ``[{"week": "YYYY-MM-DD" (a Monday), "statements": n}, ...]``, oldest first; a week
    not listed is a gap. None when there is no week."""
    if not weeks:
        return None
    first, last = date.fromisoformat(weeks[0]["week"]), date.fromisoformat(weeks[-1]["week"])
    span = (last - first).days // 7 + 1
    left, right, top, bottom = 36.0, 8.0, 10.0, 26.0
    plot_w, plot_h = width - left - right, height - top - bottom
    y_max = max(1, max(w["statements"] for w in weeks))
    step = min(plot_w / span, 48.0)  # a few weeks make narrow bars, not a wall
    gap = min(2.0, step * 0.2)
    bars = []
    for w in weeks:
        n = w["statements"]
        if not n:
            continue
        i = (date.fromisoformat(w["week"]) - first).days // 7
        h = plot_h * n / y_max
        x, bar_w = _slot(i, left, step, gap)
        bars.append(Bar(x, round(top + plot_h - h, 2), bar_w,
                        round(h, 2), f"week of {w['week']}: {n} statement{'s' if n != 1 else ''}"))
    x_first_at = _slot(0, left, step, gap)[0]
    last_x, last_w = _slot(span - 1, left, step, gap)
    x_last_at: float | None = round(last_x + last_w, 2)
    if x_last_at - x_first_at < 2 * DATE_LABEL_WIDTH + 4:  # the two labels would overlap: the first only
        x_last_at = None
    return Chart(width, height, bars, y_max, weeks[0]["week"], weeks[-1]["week"], top + plot_h, left,
                 sum(w["statements"] for w in weeks), span, x_first_at, x_last_at)


def _slot(i: int, left: float, step: float, gap: float) -> tuple[float, float]:
    """The x and width of week ``i``'s bar: one scale for the bars and their date labels."""
    return round(left + i * step + gap / 2, 2), round(max(0.5, step - gap), 2)


def percent(share: float) -> str:
    """0.456 as ``46%``."""
    return f"{round(share * 100)}%"


@dataclass
class BarPart:
    label: str
    value: int
    x: float
    width: float
    colour: str


SPEAKER_KIND_COLOURS = {"person": "#1565c0", "organization": "#6a1b9a", "group": "#00838f", "unnamed": "#9e9e9e"}
GENDER_COLOURS = {"female": "#c2185b", "male": "#283593", "unknown": "#bdbdbd"}


def share_bar(counts: dict[str, int], colours: dict[str, str], width: int = 360) -> list[BarPart]:
    """A stacked bar of ``counts`` (in ``colours``' order), as segments ``width`` wide in all; none for no count."""
    total = sum(counts.get(k, 0) for k in colours)
    out, x = [], 0.0
    for key, fill in colours.items():
        n = counts.get(key, 0)
        if n and total:
            w = width * n / total
            out.append(BarPart(key, n, round(x, 2), round(w, 2), fill))
            x += w
    return out
