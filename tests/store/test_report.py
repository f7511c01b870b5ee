"""Who gets quoted (issue 15, ``store/report.py``): figures of a slice computed from small articles whose
statements are known, and gender only where an article says she or he."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.store.store import Store

FIRST = ("Mayor Maria Lopez said the budget was balanced. She said the city would hire teachers.\n"
         "Police chief Robert Baker said crime had fallen. He said patrols would grow.\n"
         "Susan Bro said the park would reopen in May.\n"
         "Two residents said the plan was unfair.\n")
SECOND = ("Mayor Maria Lopez said taxes would not rise.\n"
          "Coach Tony Gustavsson said training went well.\n")


@pytest.fixture
def store(tmp_path: Path, reader):
    with Store.open(str(tmp_path / "report.db")) as s:
        s.save(reader.read_text(FIRST, input="first.txt", meta={"outlet": "First Post", "published": "2024-01-02"}))
        s.save(reader.read_text(SECOND, input="second.txt", meta={"outlet": "Second Post", "published": "2024-02-03"}))
        yield s


def test_the_figures_of_an_outlet(store, reader):
    reading = reader.read_text(FIRST)
    speakers = [(st.speaker.name, st.speaker.kind) for st in reading.statements]
    assert speakers == [("Maria Lopez", "person"), ("Maria Lopez", "person"), ("Robert Baker", "person"),
                        ("Robert Baker", "person"), ("Susan Bro", "person"), ("Two residents", "group")]
    first, = store.report(["First Post"])
    assert first["slice"] == "First Post" and first["statements"] == 6 and first["articles"] == 1
    assert first["statements_by_kind"] == {"person": 5, "organization": 0, "group": 1, "unnamed": 0}
    assert first["named"] == 6 and first["named_share"] == 1.0
    assert first["speakers_by_kind"]["person"] == 3
    assert [(m["name"], m["statements"]) for m in first["most_quoted"][:2]] == [("Maria Lopez", 2),
                                                                                ("Robert Baker", 2)]
    assert first["top_share"] == 1.0


def test_gender_is_what_the_articles_say_never_a_guess_from_a_name(store):
    everything, = store.report()
    gender = {m["name"]: m["gender"] for m in everything["most_quoted"]}
    assert gender["Maria Lopez"] == "female"  # "She said", in the first article
    assert gender["Robert Baker"] == "male"  # "He said"
    assert gender["Susan Bro"] == "unknown" and gender["Tony Gustavsson"] == "unknown"  # no she or he
    assert everything["people_by_gender"] == {"female": 1, "male": 1, "unknown": 2}
    assert everything["statements_by_gender"] == {"female": 3, "male": 2, "unknown": 2}


def test_slices_by_outlet_and_date(store):
    first, second = store.report(["First Post", "Second Post"])
    assert (first["statements"], second["statements"]) == (6, 2)
    assert [m["name"] for m in second["most_quoted"]] == ["Maria Lopez", "Tony Gustavsson"]
    assert second["most_quoted"][0]["gender"] == "female"  # as the other outlet's article said it
    february, = store.report(since="2024-02")
    assert february["statements"] == 2


def test_the_report_command(store, tmp_path):
    from click.testing import CliRunner

    from onrecord.cli import main

    db = str(tmp_path / "report.db")
    table = CliRunner().invoke(main, ["report", "--db", db, "--outlet", "First Post", "--outlet", "Second Post"])
    assert table.exit_code == 0, table.output
    assert "people: female" in table.output and "Maria Lopez" in table.output
    assert "unknown when they say neither" in table.output  # the page and the table say what gender means
    rows = CliRunner().invoke(main, ["report", "--db", db, "--format", "csv"]).output.splitlines()
    assert rows[0].startswith("slice,statements,articles") and rows[1].startswith("all,8,2")
    data = json.loads(CliRunner().invoke(main, ["report", "--db", db, "--format", "json"]).output)
    assert data[0]["people_by_gender"]["female"] == 1


def test_the_report_pages_and_api(store, reader):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from onrecord.web.app import make_app

    with TestClient(make_app(store, token=None, reader=reader)) as client:
        items = client.get("/api/report", params=[("outlet", "First Post"), ("outlet", "Second Post")]).json()["items"]
        assert [(r["slice"], r["statements"]) for r in items] == [("First Post", 6), ("Second Post", 2)]
        page = client.get("/report", params=[("outlet", "First Post"), ("outlet", "Second Post")])
        assert page.status_code == 200 and page.text.count('class="report-slice"') == 2
        assert page.text.count("<svg class=\"sharebar\"") == 4  # kinds and gender, each outlet
        assert "never guessed from a name" in page.text
        outlet = client.get("/outlets/First Post")
        assert outlet.status_code == 200 and "Who gets quoted" in outlet.text and "Maria Lopez (2, female)" in outlet.text
        assert client.head("/report").status_code == 200
