"""The record's gold on PolNeAR articles (eval/polnear-record: dev, dev2 and test from PolNeAR's dev split, sessions 51
and 52; dev3 from its train split, session 58) keeps to its own rules: short excerpts only (PolNeAR states no
license), one file per article, each excerpt verbatim, no article in two splits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from gold_excerpts import check_short, parts  # tests/corpora/gold_excerpts.py

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval/polnear-record"
SPLITS = {"dev": 16, "dev2": 16, "test": 12, "dev3": 12}
TEXTS = {"dev3": "train"}  # the PolNeAR split each gold split's articles come from; "dev" where not named


@pytest.mark.parametrize("split", SPLITS)
def test_every_excerpt_is_short_and_every_statement_has_a_speaker(split):
    files = sorted((GOLD / split).glob("*.json"))
    assert len(files) == SPLITS[split]
    for path in files:
        g = json.loads(path.read_text(encoding="utf-8"))
        assert g["file"] == path.stem
        check_short(path, g)


def test_no_article_is_in_two_splits():
    names = [p.name for split in SPLITS for p in (GOLD / split).glob("*.json")]
    assert len(names) == len(set(names)) == sum(SPLITS.values())


@pytest.mark.parametrize("split", SPLITS)
def test_each_excerpt_stands_in_its_article(shared, split):
    texts = shared / "data/polnear" / TEXTS.get(split, "dev") / "text"
    for path in sorted((GOLD / split).glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        article = " ".join((texts / f"{g['file']}.txt").read_text(encoding="utf-8").split())
        for s in g["statements"]:
            for part in parts(s["content"]):  # an annotator's [insertion] aside
                for piece in re.split(r"\s*\[[^\]]*\]\s*", part):
                    assert " ".join(piece.split()) in article, (path.name, part)
