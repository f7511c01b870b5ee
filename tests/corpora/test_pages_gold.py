"""The real pages' gold (eval/pages-gold, issue 14) keeps to its own rules: short excerpts only (the
pages are their publishers'), one file per page of the benchmark, in the guide's format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gold_excerpts import check_short  # tests/corpora/gold_excerpts.py

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval/pages-gold"
SPLITS = {"dev": 44, "dev2": 20, "dev3": 20, "dev4": 19}  # pages each holds


@pytest.mark.parametrize("split", SPLITS)
def test_every_excerpt_is_short_and_every_statement_has_a_speaker(split):
    files = sorted((GOLD / split).glob("*.json"))
    assert len(files) == SPLITS[split]
    for path in files:
        g = json.loads(path.read_text(encoding="utf-8"))
        assert g["file"] == path.stem + ".html.gz"
        check_short(path, g)


def test_no_page_is_in_two_splits():
    names = [p.name for split in SPLITS for p in (GOLD / split).glob("*.json")]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("split", SPLITS)
def test_each_gold_file_names_a_page_of_the_benchmark(shared, split):
    pages = shared / "data/extraction/scrapinghub/html"
    for path in (GOLD / split).glob("*.json"):
        assert (pages / json.loads(path.read_text(encoding="utf-8"))["file"]).is_file(), path.name
