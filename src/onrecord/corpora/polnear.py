"""PolNeAR: load the gold attributions (brat standoff) and score readings against them.

A PolNeAR split folder holds ``text/NAME.txt`` and ``attributions/NAME_<annotator>.ann``, where the
annotator id is four hex digits. An article annotated by several annotators takes as gold the file
that comes first in sorted file-name order.

In an ``.ann`` file, ``T`` lines are text-bound spans (``T3<TAB>Content 13 98;120 140<TAB>text``, with
``;`` between the fragments of a split span) and ``E`` lines tie one attribution's spans together
(``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``). The role names of the ``E`` line decide
what a span is: ``Source``, ``Cue``, and ``Content`` or ``Content2`` (both content); other roles
(``Attribution``, the trigger) are not scored. An attribution with neither cue nor content is dropped.

:func:`score` has the semantics of the reference scorer ``tools/score_polnear.py`` (the metric is
the contract, so the figures must agree):

- per role, *exact*: spans equal after trimming whitespace and punctuation
  (:data:`onrecord.attribution.content.TRIM`) at both
  ends, matched as multisets; each content fragment is one span;
- per role, *loose*: one-to-one matching of overlapping spans, greedy by overlap size (ties go to the
  later predicted span, then the later gold span);
- *triple*: a predicted statement counts when its cue, its content and its source (or the lack of
  one) all overlap one not yet used gold attribution's, taken greedily in statement order and gold
  order. A gold attribution without a cue accepts any cue; one without a source needs a statement
  without one.

A reading whose ``article.text`` is not the split's text unchanged is not scored (its statements
count as neither predicted nor right); an article without a reading counts as missing.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.attribution.token_spans import trim_span
from onrecord.errors import DataError
from onrecord.records import Article, Reading, Span, Statement

Frag = tuple[int, int]

ROLES: tuple[str, ...] = ("source", "cue", "content")

#: Characters trimmed from both ends of a span before exact comparison.

#: ``E``-line role name -> the role it fills; other roles are ignored.
ROLE_OF_ARG: dict[str, str] = {"Source": "source", "Cue": "cue", "Content": "content", "Content2": "content"}

_ANN_NAME = re.compile(r"^(?P<article>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")
_T_ID = re.compile(r"^T\d+$")
_E_ID = re.compile(r"^E\d+$")
_FRAG = re.compile(r"^\s*(\d+)\s+(\d+)\s*$")

_OPENING_QUOTES = frozenset("\"'“‘«")
_CLOSING_QUOTES = frozenset("\"'”’»")
_DOUBLE_QUOTES = frozenset('"“”«»')


# --------------------------------------------------------------------------------------- gold


@dataclass
class GoldAttribution:
    """One gold attribution: character fragments per role, as the ``.ann`` file gives them."""

    source: list[Frag] = field(default_factory=list)
    cue: list[Frag] = field(default_factory=list)
    content: list[Frag] = field(default_factory=list)

    def role(self, name: str) -> list[Frag]:
        return {"source": self.source, "cue": self.cue, "content": self.content}[name]


@dataclass
class GoldArticle:
    name: str  # the file stem, e.g. "politico_2016-09-08_flynn-says-trump-absolutely-righ"
    text: str  # text/NAME.txt decoded as UTF-8, unchanged
    attributions: list[GoldAttribution] = field(default_factory=list)
    annotator: str = ""


def load_split(split_dir: str | Path) -> list[GoldArticle]:
    """Read a PolNeAR split folder (``text/`` and ``attributions/``); articles sorted by name, each with
    its gold: the annotation of the annotator that comes first in sorted file-name order."""
    return _load(split_dir, every_annotator=False)


def load_annotations(split_dir: str | Path) -> list[GoldArticle]:
    """Every annotation of a split, one ``GoldArticle`` per article and annotator, sorted by article
    name, then in sorted file-name order (so an article's gold comes first)."""
    return _load(split_dir, every_annotator=True)


def _load(split_dir: str | Path, every_annotator: bool) -> list[GoldArticle]:
    split = Path(split_dir)
    text_dir, ann_dir = split / "text", split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise DataError(
            f"not a PolNeAR split: {split} needs text/ and attributions/ folders", input=str(split)
        )
    found: dict[str, list[tuple[Path, str]]] = {}  # article -> its .ann files and annotator ids
    for path in sorted(ann_dir.glob("*.ann"), key=lambda p: p.name):
        m = _ANN_NAME.match(path.name)
        if not m:
            raise DataError(
                f"not a PolNeAR annotation file name (want NAME_<4 hex digits>.ann): {path.name}",
                input=str(path),
            )
        found.setdefault(m["article"], []).append((path, m["annotator"]))
    if not found:
        raise DataError(f"not a PolNeAR split: no .ann files in {ann_dir}", input=str(split))
    articles = []
    for name in sorted(found):
        text_path = text_dir / f"{name}.txt"
        if not text_path.is_file():
            raise DataError(f"PolNeAR text missing for {found[name][0][0].name}: {text_path}", input=str(split))
        text = _read_utf8(text_path)
        files = found[name] if every_annotator else found[name][:1]  # the gold alone: the others are not read
        articles.extend(GoldArticle(name, text, read_ann(path, len(text)), annotator) for path, annotator in files)
    return articles


def agreement(split_dir: str | Path) -> dict[str, Any]:
    """How far PolNeAR's own annotators agree: every further annotation of an article scored, as a
    reading, against the article's gold (its first annotation), pooled over all such pairs by
    :func:`score`. Exact F1 that a reader reaches here is as close to the gold as a second annotator
    gets. ``"pairs"`` counts the pairs; ``"articles"`` the articles with more than one annotation."""
    gold: dict[str, GoldArticle] = {}
    pairs: list[GoldArticle] = []
    readings: dict[str, dict[str, Any]] = {}
    for art in load_annotations(split_dir):
        first = gold.setdefault(art.name, art)
        if first is not art:  # scored under its own key, against its article's gold
            key = f"{art.name}#{art.annotator}"
            pairs.append(GoldArticle(key, art.text, first.attributions, first.annotator))
            readings[key] = to_reading(art, input=f"{art.name}.txt")
    res = score(pairs, readings)
    res["pairs"] = len(pairs)
    res["articles"] = len({key.split("#")[0] for key in readings})
    return res


def read_ann(path: str | Path, text_length: int | None = None) -> list[GoldAttribution]:
    """The attributions of one brat ``.ann`` file, in ``E``-line order."""
    path = Path(path)
    spans: dict[str, list[Frag]] = {}
    events: list[dict[str, str]] = []
    for lineno, line in enumerate(_read_utf8(path).split("\n"), 1):
        fields = line.split("\t")
        if len(fields) < 2:
            continue  # blank lines, and continuation lines of a span text that held a newline
        where = f"{path.name}:{lineno}"
        if _T_ID.match(fields[0]):
            spans[fields[0]] = _parse_fragments(fields[1], where, text_length)
        elif _E_ID.match(fields[0]):
            events.append(_parse_event(fields[1], where))
        # other lines (#n AnnotatorNotes, R relations, ...) carry nothing scored
    golds = []
    for args in events:
        gold = GoldAttribution()
        for role_name, ref in args.items():
            role = ROLE_OF_ARG.get(role_name)
            if role is not None and ref in spans:
                gold.role(role).extend(spans[ref])
        if gold.cue or gold.content:
            golds.append(gold)
    return golds


def _parse_fragments(meta: str, where: str, text_length: int | None) -> list[Frag]:
    kind, _, offsets = meta.partition(" ")
    frags = []
    for piece in offsets.split(";"):
        m = _FRAG.match(piece)
        if not kind or not m:
            raise DataError(f"{where}: malformed brat span {meta!r}")
        start, end = int(m[1]), int(m[2])
        if start > end or (text_length is not None and end > text_length):
            raise DataError(f"{where}: span {start}..{end} is outside the text (length {text_length})")
        frags.append((start, end))
    return frags


def _parse_event(body: str, where: str) -> dict[str, str]:
    args: dict[str, str] = {}
    for arg in body.split():
        role, sep, ref = arg.partition(":")
        if not sep or not role or not ref or ":" in ref:
            raise DataError(f"{where}: malformed brat event argument {arg!r}")
        args[role] = ref  # a role named twice keeps its last span, as the reference does
    return args


def _read_utf8(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read {path}: {exc}", input=str(path)) from exc


# ---------------------------------------------------------------------------- gold as readings


def to_statements(gold: GoldArticle) -> list[dict[str, Any]]:
    """The gold attributions as statement dicts of the document format, in annotation order.

    Cue and source become single spans (first fragment's start to last fragment's end, only ever
    several fragments in a handful of train cases); content keeps its fragments, sorted by start.
    ``kind`` is ``direct`` when every content fragment lies inside quote marks, ``mixed`` when the
    content holds a double quote mark otherwise, and ``indirect`` else.
    """
    text = gold.text
    out = []
    for att in gold.attributions:
        content = [Span.of(text, s, e) for s, e in sorted(att.content)]
        statement = Statement(
            kind=quote_kind(text, sorted(att.content)),
            cue=_covering(text, att.cue),
            source=_covering(text, att.source),
            content=content,
            confidence=1.0,
        )
        out.append(statement.to_dict())
    return out


def to_reading(gold: GoldArticle, input: str | None = None) -> dict[str, Any]:
    """A whole reading (document format) holding the gold, e.g. to write a JSONL of the gold."""
    reading = Reading(
        input=input if input is not None else f"{gold.name}.txt", article=Article(text=gold.text)
    )
    d = reading.to_dict()
    d["statements"] = to_statements(gold)
    return d


def quote_kind(text: str, content: list[Frag]) -> str:
    """``direct``, ``mixed`` or ``indirect`` for content fragments of ``text``."""
    if not content:
        return "indirect"
    if all(_is_quoted(text, s, e) for s, e in content):
        return "direct"
    if any(ch in _DOUBLE_QUOTES for s, e in content for ch in text[s:e]):
        return "mixed"
    return "indirect"


def _is_quoted(text: str, start: int, end: int) -> bool:
    inner_s, inner_e = start, end
    while inner_s < inner_e and text[inner_s].isspace():
        inner_s += 1
    while inner_e > inner_s and (text[inner_e - 1].isspace() or text[inner_e - 1] in ".,;:"):
        inner_e -= 1
    if inner_s >= inner_e:
        return False
    before = inner_s - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    after = inner_e
    while after < len(text) and (text[after].isspace() or text[after] in ".,;:"):
        after += 1
    opens = text[inner_s] in _OPENING_QUOTES or (before >= 0 and text[before] in _OPENING_QUOTES)
    closes = text[inner_e - 1] in _CLOSING_QUOTES or (after < len(text) and text[after] in _CLOSING_QUOTES)
    return opens and closes


def _covering(text: str, frags: list[Frag]) -> Span | None:
    if not frags:
        return None
    return Span.of(text, min(s for s, _ in frags), max(e for _, e in frags))


# ------------------------------------------------------------------------------------ scoring


def readings_from_jsonl(path: str | Path) -> dict[str, dict[str, Any]]:
    """Readings keyed as the reference scorer keys them: the ``input`` file name without ``.txt``.

    A later line for the same name replaces an earlier one.
    """
    path = Path(path)
    readings: dict[str, dict[str, Any]] = {}
    for lineno, line in enumerate(_read_utf8(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{path.name}:{lineno}: not JSON: {exc}", input=str(path)) from exc
        readings[article_name(obj.get("input") or "")] = obj
    return readings


def article_name(input: str) -> str:
    """The PolNeAR article name a reading's ``input`` refers to."""
    name = Path(input).name
    return name.removesuffix(".txt")


def score(articles: list[GoldArticle], readings: Mapping[str, Any]) -> dict[str, Any]:
    """Score readings (article name -> reading dict) against the gold; see the module docstring.

    Returns the reference's ``--json`` shape: per role ``{"exact": [P, R, F1], "loose": [P, R, F1],
    "pred": n, "gold": n}``, ``"triple": [P, R, F1]``, ``"articles"``, ``"missing_outputs"``, plus
    ``"text_differs"``: the names whose reading's text is not the article's (their spans unscored).
    Figures are fractions (0..1).
    """
    counts = {r: Counter[str]() for r in ROLES}
    triple = Counter[str]()
    missing = 0
    differs: list[str] = []
    for art in articles:
        reading = readings.get(art.name)
        if reading is not None and hasattr(reading, "to_dict"):
            reading = reading.to_dict()
        statements: list[Mapping[str, Any]] = []
        if reading is None:
            missing += 1
        elif (reading.get("article") or {}).get("text") != art.text:
            differs.append(art.name)
        else:
            statements = list(reading.get("statements") or [])
        predicted = [_statement_frags(art, i, st) for i, st in enumerate(statements)]
        for role in ROLES:
            pred = [f for st in predicted for f in st[role]]
            gold = [f for att in art.attributions for f in att.role(role)]
            counts[role]["exact"] += _exact_matches(art.text, pred, gold)
            counts[role]["loose"] += _loose_matches(pred, gold)
            counts[role]["pred"] += len(pred)
            counts[role]["gold"] += len(gold)
        triple["tp"] += _triple_matches(predicted, art.attributions)
        triple["pred"] += len(predicted)
        triple["gold"] += len(art.attributions)
    res: dict[str, Any] = {}
    for role in ROLES:
        c = counts[role]
        res[role] = {
            "exact": _prf(c["exact"], c["pred"], c["gold"]),
            "loose": _prf(c["loose"], c["pred"], c["gold"]),
            "pred": c["pred"],
            "gold": c["gold"],
        }
    res["triple"] = _prf(triple["tp"], triple["pred"], triple["gold"])
    res["articles"] = len(articles)
    res["missing_outputs"] = missing
    res["text_differs"] = differs
    return res


def format_scores(res: Mapping[str, Any]) -> str:
    """A human table of :func:`score`'s result, ending in the one-line ``polnear:`` summary."""
    lines = []
    for role in ROLES:
        r = res[role]
        (ep, er, ef), (lp, lr, lf) = r["exact"], r["loose"]
        lines.append(
            f"{role:8s} exact P {ep * 100:5.1f} R {er * 100:5.1f} F1 {ef * 100:5.1f} | "
            f"loose P {lp * 100:5.1f} R {lr * 100:5.1f} F1 {lf * 100:5.1f}  "
            f"({r['pred']} predicted, {r['gold']} gold)"
        )
    tp, tr, tf = res["triple"]
    lines.append(
        f"triple   P {tp * 100:5.1f} R {tr * 100:5.1f} F1 {tf * 100:5.1f}   "
        f"articles {res['articles']}, outputs missing {res['missing_outputs']}"
    )
    differs = res.get("text_differs") or []
    if differs:
        shown = ", ".join(differs[:3]) + (", ..." if len(differs) > 3 else "")
        lines.append(f"text differs (spans not scored) in {len(differs)}: {shown}")
    lines.append(
        f"polnear: source F1 {res['source']['exact'][2] * 100:.1f} cue F1 {res['cue']['exact'][2] * 100:.1f} "
        f"content F1 {res['content']['exact'][2] * 100:.1f} (exact), triple F1 {tf * 100:.1f}"
    )
    return "\n".join(lines)


def _statement_frags(art: GoldArticle, index: int, st: Mapping[str, Any]) -> dict[str, list[Frag]]:
    """A predicted statement's spans per role; a role may be null, one span or a list of spans."""
    out: dict[str, list[Frag]] = {}
    for role in ROLES:
        value = st.get(role)
        spans = [] if not value else value if isinstance(value, list) else [value]
        frags = []
        for sp in spans:
            try:
                start, end = int(sp["start"]), int(sp["end"])
            except (KeyError, TypeError, ValueError) as exc:
                raise DataError(f"{art.name}: statement {index} has a malformed {role} span: {sp!r}") from exc
            if not 0 <= start <= end <= len(art.text):
                raise DataError(
                    f"{art.name}: statement {index} {role} span {start}..{end} is outside the text "
                    f"(length {len(art.text)})"
                )
            frags.append((start, end))
        out[role] = frags
    return out


def _exact_matches(text: str, pred: Iterable[Frag], gold: Iterable[Frag]) -> int:
    available = Counter(trim_span(text, s, e) for s, e in gold)
    hits = 0
    for s, e in pred:
        key = trim_span(text, s, e)
        if available[key] > 0:
            available[key] -= 1
            hits += 1
    return hits


def _overlap(a: Frag, b: Frag) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _loose_matches(pred: list[Frag], gold: list[Frag]) -> int:
    candidates = [
        (size, i, j) for i, p in enumerate(pred) for j, g in enumerate(gold) if (size := _overlap(p, g)) > 0
    ]
    candidates.sort(reverse=True)  # largest overlap first; ties: later pred, then later gold
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    for _, i, j in candidates:
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
    return len(used_pred)


def _any_overlap(a: list[Frag], b: list[Frag]) -> bool:
    return any(_overlap(x, y) > 0 for x in a for y in b)


def _triple_matches(predicted: list[dict[str, list[Frag]]], gold: list[GoldAttribution]) -> int:
    used: set[int] = set()
    for st in predicted:
        for j, att in enumerate(gold):
            if j in used:
                continue
            cue_ok = _any_overlap(st["cue"], att.cue) if att.cue else True
            source_ok = _any_overlap(st["source"], att.source) if att.source else not st["source"]
            if cue_ok and source_ok and _any_overlap(st["content"], att.content):
                used.add(j)
                break
    return len(used)


def _prf(tp: int, npred: int, ngold: int) -> list[float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return [p, r, 2 * p * r / (p + r) if p + r else 0.0]
