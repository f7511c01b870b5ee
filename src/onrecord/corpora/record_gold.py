"""Measuring the record: onrecord's own gold of statements and speakers (``eval/record-gold/``).

One JSON file per annotated article, in the format of the annotation guide
(``eval/record-gold/GUIDE.md``): ``{"file", "title", "statements": [{"content", "kind", "speakers":
[{"name", "kind", "accepted_names"}], "cue", "descriptors"}], "not_statements": [...]}``.

``onrecord eval record GOLD_DIR`` reads the articles, matches its statements to the gold ones and
reports what a user of the record meets:

- words are runs of ``\\w`` after NFKC and lowercasing (punctuation and quotation marks drop out);
- a found statement matches a gold one when their contents share at least half of the shorter
  one's words (as bags); matching is one-to-one, the best overlap first (on a tie the later found
  statement, then the later gold one, as the reference scorer ``score_record.py`` breaks ties);
- the speaker is right when the found name (or a member's) equals a gold name or accepted name,
  titles and "the" aside, or, for a gold source of kind ``unnamed`` or ``group``, shares half the
  words of its description;
- precision counts every found statement; "rows fully right" is matched-with-the-right-speaker over
  all found statements.

A reading belongs to the gold file whose ``file`` is its input's file name without folders and
extensions (``.html``, ``.txt``, ``.json``, ``.gz``), or whose ``title`` is its article's title.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.errors import DataError

WORD = re.compile(r"\w+")
TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "sen", "senator", "rep", "president",
                    "prof", "gov", "the"})
MATCH = 0.5  # share of the shorter content's words two statements must have in common


def words(text: str | None) -> list[str]:
    return WORD.findall(unicodedata.normalize("NFKC", text or "").lower())


def name_key(name: str | None) -> str:
    """A speaker's name as the gold compares it: its words without titles and "the"."""
    return " ".join(w for w in words(name) if w not in TITLES)


def overlap(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    return sum((Counter(a) & Counter(b)).values()) / min(len(a), len(b))


def input_key(location: str | None) -> str:
    """``examples/x/0a1b.html.gz`` -> ``0a1b``; ``table.csv#3`` -> ``table.csv#3``."""
    return re.sub(r"(\.html?|\.txt|\.json)?(\.gz)?$", "", Path(location or "").name)


@dataclass
class GoldStatement:
    content: str
    names: set[str]  # name keys of the gold speakers and their accepted names
    descriptions: list[list[str]]  # the words of an unnamed or group source's description
    speaker: str | None = None
    kind: str = ""  # direct, mixed or indirect, as annotated


@dataclass
class GoldArticle:
    key: str
    title: str
    statements: list[GoldStatement]
    path: Path | None = None


def load_gold(folder: str | Path) -> list[GoldArticle]:
    """Every ``*.json`` file of the folder, in name order."""
    paths = sorted(Path(folder).glob("*.json"))
    if not paths:
        raise DataError("no gold files (*.json) in the folder", input=str(folder))
    gold = []
    for path in paths:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            gold.append(GoldArticle(
                key=re.sub(r"(\.html?|\.txt)?(\.gz)?$", "", raw.get("file") or path.stem),
                title=(raw.get("title") or "").strip(),
                statements=[_gold_statement(s) for s in raw.get("statements") or []],
                path=path))
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            raise DataError(f"not a gold file: {exc}", input=str(path)) from exc
    return gold


def _gold_statement(s: Mapping[str, Any]) -> GoldStatement:
    speakers = s.get("speakers") or []
    names = {name_key(n) for sp in speakers for n in [sp.get("name"), *(sp.get("accepted_names") or [])] if n}
    return GoldStatement(
        content=s["content"], names=names,
        descriptions=[words(sp.get("name")) for sp in speakers if sp.get("kind") in ("unnamed", "group")],
        speaker=speakers[0].get("name") if speakers else None, kind=str(s.get("kind") or ""))


def default_sources(folder: str | Path) -> list[str]:
    """The sources a gold folder names in its ``sources.txt`` (or its parent's), one path a line,
    relative to that file."""
    for where in (Path(folder), Path(folder).parent):
        listing = where / "sources.txt"
        if listing.is_file():
            lines = listing.read_text(encoding="utf-8").splitlines()
            return [str(where / line.strip()) for line in lines if line.strip() and not line.startswith("#")]
    raise DataError("name the articles' sources (no sources.txt in the gold folder or its parent)",
                    input=str(folder))


def wanted(gold: Iterable[GoldArticle], location: str, title: object) -> bool:
    """Whether a document (by its location, or its title when known) belongs to a gold article."""
    return any(g.key == input_key(location) or (isinstance(title, str) and g.title == title.strip())
               for g in gold)


@dataclass
class Found:
    content: str
    names: list[str]  # name keys of the speaker and its members
    speaker: str | None
    confidence: float | None = None


def found_statements(reading: Mapping[str, Any]) -> list[Found]:
    """A reading's statements (as ``Reading.to_dict`` gives them) with their content's text."""
    text = (reading.get("article") or {}).get("text", "")
    out = []
    for s in reading.get("statements") or []:
        content = " ".join(text[c["start"]:c["end"]] for c in s.get("content") or [])
        sp = s.get("speaker") or {}
        names = [sp.get("name")] + [m.get("name") if isinstance(m, dict) else m for m in sp.get("members") or []]
        out.append(Found(content, [name_key(n) for n in names if n], sp.get("name"), s.get("confidence")))
    return out


def speaker_right(found: Found, gold: GoldStatement) -> bool:
    if set(found.names) & gold.names:
        return True
    return any(overlap(n.split(), d) >= MATCH for n in found.names for d in gold.descriptions if d)


@dataclass
class ArticleScore:
    key: str
    gold: int
    found: int
    matched: int
    right: int
    missing: bool  # no reading for this gold article
    false: list[Found] = field(default_factory=list)
    missed: list[GoldStatement] = field(default_factory=list)
    wrong_speaker: list[tuple[Found, GoldStatement]] = field(default_factory=list)
    right_rows: list[bool] = field(default_factory=list)  # per found statement, in order: fully right
    gold_found: list[bool] = field(default_factory=list)  # per gold statement, in order: matched
    gold_right: list[bool] = field(default_factory=list)  # per gold statement, in order: matched, right speaker
    confidences: list[float] = field(default_factory=list)  # per found statement, in order (0 if none)
    kinds: list[str] = field(default_factory=list)  # per gold statement, in order: its kind


def score_article(gold: GoldArticle, reading: Mapping[str, Any] | None) -> ArticleScore:
    found = found_statements(reading) if reading else []
    fw = [words(f.content) for f in found]
    gw = [words(g.content) for g in gold.statements]
    pairs = sorted(((overlap(a, b), i, j) for i, a in enumerate(fw) for j, b in enumerate(gw)),
                   key=lambda p: (-p[0], -p[1], -p[2]))
    used_f: set[int] = set()
    used_g: set[int] = set()
    res = ArticleScore(gold.key, len(gold.statements), len(found), 0, 0, reading is None)
    for ov, i, j in pairs:
        if ov < MATCH:
            break
        if i in used_f or j in used_g:
            continue
        used_f.add(i)
        used_g.add(j)
        res.matched += 1
        if speaker_right(found[i], gold.statements[j]):
            res.right += 1
        else:
            res.wrong_speaker.append((found[i], gold.statements[j]))
    res.false = [f for i, f in enumerate(found) if i not in used_f]
    wrong = {id(f) for f, _ in res.wrong_speaker}
    res.right_rows = [i in used_f and id(f) not in wrong for i, f in enumerate(found)]
    res.confidences = [f.confidence or 0.0 for f in found]
    res.kinds = [g.kind for g in gold.statements]
    res.missed = [g for j, g in enumerate(gold.statements) if j not in used_g]
    wrong_gold = {id(g) for _, g in res.wrong_speaker}
    res.gold_found = [j in used_g for j in range(len(gold.statements))]
    res.gold_right = [j in used_g and id(g) not in wrong_gold for j, g in enumerate(gold.statements)]
    return res


def format_by_kind(res: Mapping[str, Any]) -> str:
    """Of the gold statements of each kind (direct quotes first): how many were found, and of those how
    many with the right speaker (``onrecord eval record --by-kind``; issue 14's measure for quotes)."""
    lines = []
    for kind in ("direct", "mixed", "indirect"):
        rows = [(f, r) for a in res["articles"] for g, f, r in zip(a.kinds, a.gold_found, a.gold_right) if g == kind]
        n, found, right = len(rows), sum(f for f, _ in rows), sum(r for _, r in rows)
        if n:
            lines.append(f"{kind:8} found {found}/{n} ({found / n:.1%}), right speaker {right}/{found}"
                         f" ({right / found if found else 0:.1%})")
    return "\n".join(lines)


def reading_for(gold: GoldArticle, readings: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The reading (from ``index_readings``) that belongs to a gold article, by file name, else title."""
    return readings.get(gold.key) or readings.get("title:" + gold.title)


def index_readings(readings: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    """Readings by input key (the last one wins) and by title (the first one wins)."""
    index: dict[str, Mapping[str, Any]] = {}
    for r in readings:
        index[input_key(r.get("input"))] = r
        title = (r.get("article") or {}).get("title")
        if title:
            index.setdefault("title:" + title.strip(), r)
    return index


def score(gold: list[GoldArticle], readings: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    index = index_readings(readings)
    articles = [score_article(g, reading_for(g, index)) for g in gold]
    n_gold = sum(a.gold for a in articles)
    n_found = sum(a.found for a in articles)
    matched = sum(a.matched for a in articles)
    right = sum(a.right for a in articles)
    precision = matched / n_found if n_found else 0.0
    recall = matched / n_gold if n_gold else 0.0
    return {
        "precision": precision, "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "speaker_right": right / matched if matched else 0.0,
        "rows_fully_right": right / n_found if n_found else 0.0,
        "gold": n_gold, "predicted": n_found, "matched": matched, "right_speaker": right,
        "articles": articles,
    }


def format_scores(res: Mapping[str, Any], show: bool = False) -> str:
    lines = []
    for a in res["articles"]:
        lines.append(f"{a.key:28} gold {a.gold:3}  predicted {a.found:3}  matched {a.matched:3}  "
                     f"right speaker {a.right:3}" + ("  (no output)" if a.missing else ""))
        if show:
            lines += [f"  FALSE   {f.speaker!r}: {f.content[:90]!r}" for f in a.false]
            lines += [f"  MISSED  {g.speaker!r}: {g.content[:90]!r}" for g in a.missed]
            lines += [f"  SPEAKER {f.speaker!r} (gold {g.speaker!r}): {f.content[:70]!r}" for f, g in a.wrong_speaker]
    lines.append(f"record: precision {res['precision']:.1%} recall {res['recall']:.1%} F1 {res['f1']:.1%}; "
                 f"speaker right {res['right_speaker']}/{res['matched']} ({res['speaker_right']:.1%}); "
                 f"rows fully right {res['right_speaker']}/{res['predicted']} ({res['rows_fully_right']:.1%})")
    return "\n".join(lines)


def as_json(res: Mapping[str, Any]) -> str:
    return json.dumps({k: v for k, v in res.items() if k != "articles"})
