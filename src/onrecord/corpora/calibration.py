"""Calibrating the confidence on the record gold: ``onrecord train confidence GOLD_DIR`` and the
reliability table of ``onrecord eval record GOLD_DIR --reliability``.

Fitting reads the gold's articles as ``onrecord eval record`` does, scores each found statement
with the record scorer (``record_gold.score_article``: fully right, or not) and fits the logistic
model of ``attribution/confidence.py`` to those outcomes:

- maximum likelihood with an L2 penalty of ``L2`` on every weight but the bias (a category seen a
  few times stays near zero instead of taking its few rows at face value);
- Newton's method from zero weights, a fixed number of steps at most: the same readings give the
  same weights, to the last digit written;
- the cue score's weight is held at zero or above (if the fit wants it negative, it is fitted
  without the cue score), so a stronger cue never lowers a statement's confidence.

The weights are written to ``out`` (default ``./confidence.json``, in the working directory); to ship
them, write them over ``src/onrecord/models/confidence.json`` in a checkout (docs/confidence.md).

A reliability table bins the found statements by their confidence and gives, per bin, how many
there are, their mean confidence and the share of them that is fully right.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onrecord.attribution.confidence import CUE_SCORE, Calibrator, features, sigmoid
from onrecord.corpora import record_gold
from onrecord.errors import DataError, OnrecordError
from onrecord.records import LOW_CONFIDENCE, Reading

DEFAULT_OUT = "confidence.json"  # in the working directory
L2 = 2.0  # the penalty on each weight's square (chosen by leave-one-article-out on dev, docs/confidence.md)
STEPS = 50  # Newton steps at most (the fit converges in under ten)
DIGITS = 4  # the weights as written
BINS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0)  # the reliability table's bin edges

Example = tuple[dict[str, float], bool]


# --- the examples: found statements and whether each is fully right ---------------------------------------------


def read_gold(gold_dir: str | Path, sources: Sequence[str] = (), reader: Any = None,
              log: Callable[[str], None] | None = None) -> tuple[list[record_gold.GoldArticle], list[Reading]]:
    """The gold articles and their readings (the sources in the gold's ``sources.txt`` unless given)."""
    from onrecord.reader import Reader

    gold = record_gold.load_gold(gold_dir)
    specs = list(sources) or record_gold.default_sources(gold_dir)
    reader = reader or Reader()
    readings = []
    for _, reading in reader.read_sources(
            specs, skip=lambda doc: not record_gold.wanted(gold, doc.location, doc.meta.get("title"))):
        if isinstance(reading, OnrecordError):
            if log:
                log(f"error: {reading.one_line()}")
            continue
        readings.append(reading)
    return gold, readings


def examples(gold: list[record_gold.GoldArticle], readings: list[Reading]) -> list[tuple[str, Example]]:
    """(article key, (features, fully right)) for every statement of every gold article's reading, in
    gold order. A statement's features are those the reading left in memory (``signals``)."""
    dicts = [r.to_dict() for r in readings]
    index = record_gold.index_readings(dicts)
    by_dict = {id(d): r for d, r in zip(dicts, readings)}
    out = []
    for g in gold:
        found = record_gold.reading_for(g, index)
        if found is None:
            continue
        scored = record_gold.score_article(g, found)
        reading = by_dict[id(found)]
        out += [(g.key, (features(st), right)) for st, right in zip(reading.statements, scored.right_rows)]
    return out


# --- the fit ------------------------------------------------------------------------------------------------------


def fit(data: Sequence[Example], l2: float = L2, steps: int = STEPS) -> Calibrator:
    """The logistic model of ``data`` (see the module docstring), weights rounded to ``DIGITS``."""
    if not data:
        raise DataError("no statements to fit the confidence on")
    names = sorted({name for feats, _ in data for name in feats})
    bias, weights = _newton(data, names, l2, steps)
    if weights.get(CUE_SCORE, 0.0) < 0:  # a stronger cue may not lower the confidence
        bias, weights = _newton(data, [n for n in names if n != CUE_SCORE], l2, steps)
        weights[CUE_SCORE] = 0.0
    rounded = {n: round(w, DIGITS) for n, w in weights.items() if round(w, DIGITS)}
    return Calibrator(round(bias, DIGITS), rounded)


def _newton(data: Sequence[Example], names: list[str], l2: float, steps: int) -> tuple[float, dict[str, float]]:
    """Penalized maximum likelihood by Newton's method: coefficient 0 is the bias (not penalized)."""
    k = len(names) + 1
    position = {n: i + 1 for i, n in enumerate(names)}
    rows = [([(0, 1.0)] + [(position[n], v) for n, v in sorted(feats.items()) if n in position], 1.0 if y else 0.0)
            for feats, y in data]
    beta = [0.0] * k
    for _ in range(steps):
        grad = [(-l2 * b if i else 0.0) for i, b in enumerate(beta)]
        hess = [[(l2 if i == j and i else 0.0) for j in range(k)] for i in range(k)]
        for x, y in rows:
            p = sigmoid(sum(beta[i] * v for i, v in x))
            w = p * (1 - p)
            for i, v in x:
                grad[i] += (y - p) * v
                for j, u in x:
                    hess[i][j] += w * v * u
        step = _solve(hess, grad)
        beta = [b + s for b, s in zip(beta, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return beta[0], {n: beta[position[n]] for n in names}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b (Gaussian elimination with partial pivoting; ``a`` is positive definite here)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        if abs(m[c][c]) < 1e-12:
            raise DataError("the confidence fit is singular: too few statements for its features")
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                for j in range(c, n + 1):
                    m[r][j] -= f * m[c][j]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][j] * x[j] for j in range(r + 1, n))) / m[r][r]
    return x


def held_out(keyed: Sequence[tuple[str, Example]], l2: float = L2) -> list[tuple[float, bool]]:
    """(confidence, fully right) for each statement, the model fitted without its article
    (leave-one-article-out): what the confidence is worth on articles it was not fitted on."""
    out = []
    for key in dict.fromkeys(k for k, _ in keyed):
        model = fit([e for k, e in keyed if k != key], l2)
        out += [(model.confidence(feats), right) for k, (feats, right) in keyed if k == key]
    return out


# --- the reliability table -----------------------------------------------------------------------------------------


@dataclass
class Bin:
    low: float
    high: float
    rows: int
    mean_confidence: float
    right: int

    @property
    def share_right(self) -> float:
        return self.right / self.rows if self.rows else 0.0


def reliability(pairs: Iterable[tuple[float, bool]], edges: Sequence[float] = BINS) -> list[Bin]:
    """(confidence, fully right) pairs in bins [edge, next edge), the last bin closed."""
    pairs = list(pairs)
    bins = []
    for k, (low, high) in enumerate(zip(edges, edges[1:])):
        last = k == len(edges) - 2
        inside = [(c, r) for c, r in pairs if low <= c < high or (last and c == high)]
        bins.append(Bin(low, high, len(inside), sum(c for c, _ in inside) / len(inside) if inside else 0.0,
                        sum(1 for _, r in inside if r)))
    return bins


def scored_pairs(res: Mapping[str, Any]) -> list[tuple[float, bool]]:
    """(confidence, fully right) of every found statement of ``record_gold.score``'s result."""
    return [(c, r) for a in res["articles"] for c, r in zip(a.confidences, a.right_rows)]


def brier(pairs: Sequence[tuple[float, bool]]) -> float:
    return sum((c - r) ** 2 for c, r in pairs) / len(pairs) if pairs else 0.0


def log_loss(pairs: Sequence[tuple[float, bool]]) -> float:
    eps = 1e-6
    return -sum(math.log(min(max(c if r else 1 - c, eps), 1.0)) for c, r in pairs) / len(pairs) if pairs else 0.0


def format_reliability(pairs: Sequence[tuple[float, bool]], title: str = "reliability") -> str:
    """The table as Markdown, then the Brier score and what ``LOW_CONFIDENCE`` leaves out."""
    lines = [f"{title}: {len(pairs)} statements, {sum(1 for _, r in pairs if r)} fully right", "",
             "| confidence | statements | mean confidence | fully right | share fully right |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for b in reliability(pairs):
        closing = "]" if b.high == BINS[-1] else ")"
        share = f"{b.share_right:.1%}" if b.rows else "—"
        mean = f"{b.mean_confidence:.3f}" if b.rows else "—"
        lines.append(f"| [{b.low:.1f}, {b.high:.1f}{closing} | {b.rows} | {mean} | {b.right} | {share} |")
    low = [(c, r) for c, r in pairs if c < LOW_CONFIDENCE]
    kept = [(c, r) for c, r in pairs if c >= LOW_CONFIDENCE]
    lines += ["", f"Brier score {brier(pairs):.3f}, log loss {log_loss(pairs):.3f}.",
              f"Below LOW_CONFIDENCE = {LOW_CONFIDENCE}: {len(low)} statements, "
              f"{sum(1 for _, r in low if r)} of them fully right; at or above it: {len(kept)} statements, "
              f"{sum(1 for _, r in kept if r)} fully right"
              f" ({sum(1 for _, r in kept if r) / len(kept):.1%})." if kept else "."]
    return "\n".join(lines)


# --- the command's work ------------------------------------------------------------------------------------------


def train_confidence(gold_dir: str | Path, sources: Sequence[str] = (), out: str | Path | None = None,
                     l2: float = L2, log: Callable[[str], None] | None = None) -> Path:
    """Fit the confidence on the gold folder's articles and write it to ``out``; ``log`` hears how it
    does on the articles it was fitted on, and left out one article at a time."""
    from onrecord.attribution.weights import spacy_model_name

    gold, readings = read_gold(gold_dir, sources, log=log)
    keyed = examples(gold, readings)
    data = [e for _, e in keyed]
    model = fit(data, l2)
    folder = Path(gold_dir).resolve()
    model.meta = {"data": f"{folder.parent.name}/{folder.name} ({len(gold)} articles)",
                  "statements": len(data), "fully_right": sum(1 for _, r in data if r), "l2": l2,
                  "spacy_model": spacy_model_name(), "command": "onrecord train confidence"}
    path = Path(out or DEFAULT_OUT)
    path.write_text(json.dumps(model.to_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if log:
        log(format_reliability([(model.confidence(f), r) for f, r in data], "fitted on these articles"))
        log("")
        log(format_reliability(held_out(keyed, l2), "each article left out of the fit in turn"))
    return path
