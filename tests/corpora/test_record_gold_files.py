"""The record's gold (eval/record-gold, issue 12) keeps to its guide's format, and no article is in two splits:
a test article tuned on as dev would no longer be held back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval/record-gold"
SPLITS = {"dev": 40, "dev2": 28, "dev3": 23, "dev4": 25, "dev5": 25, "dev6": 22, "dev7": 20, "dev8": 19, "dev9": 23, "dev10": 41, "dev11": 7, "test": 20}
KINDS = {"person", "organization", "group", "unnamed"}


@pytest.mark.parametrize("split", SPLITS)
def test_every_file_is_in_the_guides_format(split):
    files = sorted((GOLD / split).glob("*.json"))
    assert len(files) == SPLITS[split]
    for path in files:
        g = json.loads(path.read_text(encoding="utf-8"))
        year, row = path.stem.removeprefix("wikinews_").split("-")
        assert g["file"] == f"wikinews_{year}.csv#{int(row)}" and g["title"], path.name
        for s in g["statements"]:
            assert s["content"] and s["kind"] in ("direct", "mixed", "indirect"), (path.name, s)
            assert s["speakers"] and all(p["name"] and p["kind"] in KINDS for p in s["speakers"]), (path.name, s)
        assert all(n["text"] for n in g.get("not_statements", [])), path.name


def test_no_article_is_in_two_splits():
    files = [json.loads(p.read_text(encoding="utf-8"))["file"] for split in SPLITS for p in (GOLD / split).glob("*.json")]
    assert len(files) == len(set(files))
