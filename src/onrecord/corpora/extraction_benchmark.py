"""Measuring main-text extraction: the article-extraction benchmark and its shingle F1.

``onrecord eval extraction DIR`` reads a benchmark folder (``html/<id>.html.gz`` pages and
``ground-truth.json`` mapping each id to ``{"articleBody": ...}`` or ``{"body": [paragraph, ...]}``),
extracts every page as ``onrecord read`` does, and scores the result the way the benchmark does:

- words are runs of ``\\w``; a text becomes a bag of 4-word shingles;
- per page, the shingles' true positives, false positives and false negatives are normalised to sum
  to 1; a page where both texts are empty counts as perfect;
- precision and recall are means over the pages where they are defined, F1 their harmonic mean.

A reading's text for scoring is its body spans joined by newlines (the whole text if it has none);
a page with no reading counts as an empty extraction.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from onrecord.errors import DataError

WORD = re.compile(r"\w+")


def page_id(name: str) -> str:
    """The benchmark id of a page file or input: ``0a1b.html.gz`` -> ``0a1b``."""
    return re.sub(r"(\.html?)?(\.gz)?$", "", Path(name).name)


def load_truth(folder: str | Path) -> dict[str, str]:
    path = Path(folder) / "ground-truth.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read the ground truth: {exc}", input=str(path)) from exc
    truth = {}
    for key, value in raw.items():
        body = value.get("articleBody")
        truth[page_id(key)] = body if body is not None else "\n".join(value.get("body") or [])
    return truth


def pages(folder: str | Path) -> list[Path]:
    found = sorted(p for p in (Path(folder) / "html").glob("*") if re.search(r"\.html?(\.gz)?$", p.name))
    if not found:
        raise DataError("no pages (html/*.html or *.html.gz) in the benchmark folder", input=str(folder))
    return found


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = WORD.findall(text or "")
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)) if words[i:i + n])


def _page(truth: str, predicted: str) -> tuple[float, float, float]:
    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def reading_text(reading: Mapping[str, Any]) -> str:
    article = reading.get("article") or {}
    text = article.get("text") or ""
    spans = article.get("body")
    if spans:
        return "\n".join(text[s["start"]:s["end"]] for s in spans)
    return text


def score(truth: Mapping[str, str], readings: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Shingle precision, recall and F1 (fractions) of readings (page id -> reading dict)."""
    precisions, recalls = [], []
    for key, body in truth.items():
        reading = readings.get(key)
        tp, fp, fn = _page(body, reading_text(reading) if reading else "")
        if tp + fp > 0:
            precisions.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if fp == fn == 0 else tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"f1": f, "precision": p, "recall": r, "pages": len(truth),
            "missing": sum(1 for k in truth if k not in readings)}


def format_score(res: Mapping[str, Any]) -> str:
    return (f"extraction: F1 {res['f1']:.3f} precision {res['precision']:.3f} recall {res['recall']:.3f} "
            f"pages {res['pages']} missing {res['missing']}")
