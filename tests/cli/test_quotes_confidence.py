"""Confidence on the command line: ``quotes`` leaves low-confidence statements out unless --uncertain
(then marks them), ``read``'s table shows every statement with its confidence."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from onrecord.cli import main
from onrecord.cli.output import statements_table
from onrecord.records import LOW_CONFIDENCE, Article, Reading, Span, Speaker, Statement
from onrecord.store.store import Store

SURE = "the plum harvest was the best in a decade"
UNSURE = "the plum tax would be doubled next spring"


def reading() -> Reading:
    text = f"Ann Lee said that {SURE}. Ann Lee said that {UNSURE}.\n"

    def span(piece: str) -> Span:
        start = text.index(piece)
        return Span.of(text, start, start + len(piece))

    said = [Span.of(text, i, i + 4) for i in (text.index("said"), text.rindex("said"))]
    ann = Speaker("Ann Lee", "person")
    return Reading("plums", Article(text=text, title="Plum day", published="2024-05-06", outlet="Orchard News"),
                   [Statement("indirect", said[0], None, [span(SURE)], ann, confidence=0.81),
                    Statement("indirect", said[1], None, [span(UNSURE)], ann, confidence=LOW_CONFIDENCE - 0.2)])


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("plums") / "plums.db"
    with Store.open(str(path)) as store:
        store.save(reading())
    return str(path)


def quotes(db: str, *args: str) -> str:
    res = CliRunner().invoke(main, ["quotes", "--db", db, *args])
    assert res.exit_code == 0, res.output
    return res.output


def test_quotes_leaves_low_confidence_statements_out(db):
    out = quotes(db)
    assert SURE[:30] in out and UNSURE[:30] not in out and "uncertain" not in out
    rows = json.loads(quotes(db, "--format", "json"))
    assert [r["content_text"] for r in rows] == [SURE] and rows[0]["uncertain"] is False
    assert rows[0]["confidence"] == 0.81


@pytest.mark.parametrize("switch", ["--uncertain", "--all-confidence"])
def test_quotes_shows_them_marked_when_asked(db, switch):
    lines = {line for line in quotes(db, switch).splitlines() if "plum" in line}
    unsure = [line for line in lines if UNSURE[:30] in line]
    sure = [line for line in lines if SURE[:30] in line]
    assert len(unsure) == 1 and "uncertain" in unsure[0] and f"{LOW_CONFIDENCE - 0.2:.2f}" in unsure[0]
    assert len(sure) == 1 and "uncertain" not in sure[0] and "0.81" in sure[0]
    rows = {r["content_text"]: r for r in map(json.loads, quotes(db, switch, "--format", "jsonl").splitlines())}
    assert rows[UNSURE]["uncertain"] is True and rows[SURE]["uncertain"] is False
    table = {r["content_text"]: r for r in csv.DictReader(io.StringIO(quotes(db, switch, "--format", "csv")))}
    assert table[UNSURE]["uncertain"] == "True" and table[SURE]["uncertain"] == "False"


def test_reads_table_keeps_every_statement_with_its_confidence():
    table = statements_table(reading()).splitlines()
    assert table[2].split()[:4] == ["SPEAKER", "KIND", "CONF", "CUE"]
    sure = next(line for line in table if SURE[:20] in line)
    unsure = next(line for line in table if UNSURE[:20] in line)
    assert "0.81" in sure and "uncertain" not in sure
    assert f"{LOW_CONFIDENCE - 0.2:.2f} uncertain" in unsure
