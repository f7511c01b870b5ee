"""PolNeAR loading and scoring: the gold scores 100, and figures agree with the reference scorer."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from onrecord.attribution.token_spans import TRIM
from onrecord.corpora.polnear import (
    GoldArticle,
    GoldAttribution,
    agreement,
    format_scores,
    load_annotations,
    load_split,
    readings_from_jsonl,
    score,
    to_reading,
    to_statements,
)
from onrecord.errors import DataError

SHARED = Path(os.environ.get("ONRECORD_SHARED") or Path(__file__).parents[2].parent / "shared")
DEV = SHARED / "data" / "polnear" / "dev"
REFERENCE = SHARED / "tools" / "score_polnear.py"

Reading = dict[str, Any]


@pytest.fixture(scope="module")
def dev() -> list[GoldArticle]:
    for needed in (DEV / "text", DEV / "attributions", REFERENCE):
        if not needed.exists():
            pytest.fail(
                f"shared data missing: {needed} (set ONRECORD_SHARED to the folder holding data/ and tools/)"
            )
    return load_split(DEV)


# ------------------------------------------------------------------------------- the gold


def test_dev_loads(dev: list[GoldArticle]) -> None:
    assert len(dev) == 84
    assert [a.name for a in dev] == sorted(a.name for a in dev)
    assert sum(len(a.attributions) for a in dev) > 2000
    for art in dev:
        for att in art.attributions:
            assert att.cue or att.content
            for s, e in att.source + att.cue + att.content:
                assert 0 <= s <= e <= len(art.text)


def test_first_annotator_is_gold(dev: list[GoldArticle]) -> None:
    by_name = {a.name: a for a in dev}
    art = by_name["politico_2016-09-08_flynn-says-trump-absolutely-righ"]
    annotators = sorted(p.name[-8:-4] for p in (DEV / "attributions").glob(f"{art.name}_*.ann"))
    assert len(annotators) > 1
    assert art.annotator == annotators[0]


def test_gold_as_predictions_scores_100(dev: list[GoldArticle]) -> None:
    res = score(dev, {a.name: to_reading(a) for a in dev})
    for role in ("source", "cue", "content"):
        assert res[role]["exact"] == [1.0, 1.0, 1.0], role
        assert res[role]["loose"] == [1.0, 1.0, 1.0], role
    assert res["triple"] == [1.0, 1.0, 1.0]
    assert res["missing_outputs"] == 0 and res["text_differs"] == []
    assert format_scores(res).splitlines()[-1] == (
        "polnear: source F1 100.0 cue F1 100.0 content F1 100.0 (exact), triple F1 100.0"
    )


def _at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_to_statements_document_format() -> None:
    text = 'Trump said "We will win." He added that taxes would fall, calling them "a disgrace".'
    art = GoldArticle(
        "x",
        text,
        [
            GoldAttribution(
                source=[_at(text, "Trump")], cue=[_at(text, "said")], content=[_at(text, "We will win.")]
            ),
            GoldAttribution(
                source=[_at(text, "He")], cue=[_at(text, "added")], content=[_at(text, "taxes would fall")]
            ),
            GoldAttribution(source=[], cue=[_at(text, "calling")], content=[_at(text, "a disgrace")]),
        ],
    )
    statements = to_statements(art)
    assert [s["kind"] for s in statements] == ["direct", "indirect", "direct"]
    first = statements[0]
    assert first["source"] == {"start": 0, "end": 5, "text": "Trump"}
    assert first["cue"]["text"] == "said"
    assert first["content"] == [{"start": 12, "end": 24, "text": "We will win."}]
    assert statements[2]["source"] is None
    partly = _at(text, 'taxes would fall, calling them "a disgrace"')
    mixed = GoldArticle("y", text, [GoldAttribution(cue=[_at(text, "added")], content=[partly])])
    assert to_statements(mixed)[0]["kind"] == "mixed"
    split = GoldArticle("z", text, [GoldAttribution(cue=[(6, 8), (0, 3)], content=[(40, 45), (12, 14)])])
    (st,) = to_statements(split)
    assert st["cue"] == {"start": 0, "end": 8, "text": "Trump sa"}
    assert [c["start"] for c in st["content"]] == [12, 40]


# ---------------------------------------------------------------- agreement with the reference


def _shift(frag: dict[str, Any], text: str, rng: random.Random) -> None:
    ds, de = rng.randint(-4, 4), rng.randint(-4, 4)
    s = min(max(0, frag["start"] + ds), len(text))
    e = min(max(s, frag["end"] + de), len(text))
    frag.update(start=s, end=e, text=text[s:e])


def _widen_over_punctuation(frag: dict[str, Any], text: str) -> None:
    s, e = frag["start"], frag["end"]
    while s > 0 and text[s - 1] in TRIM and frag["start"] - s < 3:
        s -= 1
    while e < len(text) and text[e] in TRIM and e - frag["end"] < 3:
        e += 1
    frag.update(start=s, end=e, text=text[s:e])


def _spurious(text: str, rng: random.Random) -> dict[str, Any]:
    def span(width: int) -> dict[str, Any]:
        s = rng.randrange(0, max(1, len(text) - width))
        e = min(len(text), s + rng.choice([0, 1, width]))
        return {"start": s, "end": e, "text": text[s:e]}

    return {
        "kind": "indirect",
        "cue": span(6) if rng.random() < 0.8 else None,
        "source": span(15) if rng.random() < 0.6 else None,
        "content": [span(rng.randint(20, 200)) for _ in range(rng.choice([0, 1, 1, 2]))],
    }


def _perturb(art: GoldArticle, how: set[str], rng: random.Random) -> Reading:
    reading = to_reading(art, input=f"/elsewhere/polnear/dev/text/{art.name}.txt")
    text = art.text
    statements: list[dict[str, Any]] = []
    for st in reading["statements"]:
        if "drop" in how and rng.random() < 0.25:
            continue
        if "nosource" in how and rng.random() < 0.3:
            st["source"] = None
        frags = [st[r] for r in ("cue", "source") if st[r]] + list(st["content"])
        for frag in frags:
            if "shift" in how and rng.random() < 0.3:
                _shift(frag, text, rng)
            if "punct" in how and rng.random() < 0.5:
                _widen_over_punctuation(frag, text)
        if "split" in how and st["content"] and rng.random() < 0.2:
            c = st["content"].pop()
            mid = (c["start"] + c["end"]) // 2
            st["content"] += [
                {"start": c["start"], "end": mid, "text": text[c["start"] : mid]},
                {"start": mid, "end": c["end"], "text": text[mid : c["end"]]},
            ]
        statements.append(st)
        if "duplicate" in how and rng.random() < 0.1:
            statements.append(json.loads(json.dumps(st)))
    if "spurious" in how:
        statements += [_spurious(text, rng) for _ in range(rng.randint(0, 6))]
    if "shuffle" in how:
        rng.shuffle(statements)
    reading["statements"] = statements
    return reading


ALL = {"drop", "nosource", "shift", "punct", "split", "duplicate", "spurious", "shuffle"}
CASES: dict[str, set[str]] = {
    "drop": {"drop"},
    "shift": {"shift"},
    "spurious": {"spurious"},
    "punct": {"punct"},
    "nosource": {"nosource"},
    "shuffled-everything": ALL,
    "everything": ALL - {"shuffle"},
}


def _reference(out: Path) -> tuple[dict[str, Any], str]:
    json_run = subprocess.run(
        [sys.executable, str(REFERENCE), str(DEV), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    table_run = subprocess.run(
        [sys.executable, str(REFERENCE), str(DEV), str(out)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(json_run.stdout.splitlines()[0]), table_run.stdout


def _assert_agrees(mine: dict[str, Any], ref: dict[str, Any]) -> None:
    for role in ("source", "cue", "content"):
        assert (mine[role]["pred"], mine[role]["gold"]) == (ref[role]["pred"], ref[role]["gold"]), role
        for way in ("exact", "loose"):
            for name, a, b in zip("PRF", mine[role][way], ref[role][way], strict=True):
                assert abs(a - b) * 100 < 0.1, (
                    f"{role} {way} {name}: mine {a * 100:.2f} vs reference {b * 100:.2f}"
                )
    for name, a, b in zip("PRF", mine["triple"], ref["triple"], strict=True):
        assert abs(a - b) * 100 < 0.1, f"triple {name}: mine {a * 100:.2f} vs reference {b * 100:.2f}"
    assert (mine["articles"], mine["missing_outputs"]) == (ref["articles"], ref["missing_outputs"])


def _write_jsonl(path: Path, readings: list[Reading]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in readings), encoding="utf-8")


def _check_against_reference(
    dev: list[GoldArticle], readings: list[Reading], tmp_path: Path
) -> dict[str, Any]:
    out = tmp_path / "out.jsonl"
    _write_jsonl(out, readings)
    mine = score(dev, readings_from_jsonl(out))
    ref, ref_table = _reference(out)
    _assert_agrees(mine, ref)
    my_lines = [ln for ln in format_scores(mine).splitlines() if not ln.startswith("text differs")]
    assert my_lines == ref_table.splitlines()
    return mine


@pytest.mark.parametrize("case", sorted(CASES))
def test_agrees_with_reference(dev: list[GoldArticle], tmp_path: Path, case: str) -> None:
    rng = random.Random(f"polnear-{case}")
    readings = [_perturb(a, CASES[case], rng) for a in dev]
    mine = _check_against_reference(dev, readings, tmp_path)
    exact_f1 = [mine[role]["exact"][2] for role in ("source", "cue", "content")]
    if case == "punct":  # edge punctuation is trimmed (only all-punctuation cues like ":" then differ)
        assert min(exact_f1) > 0.99
        assert readings != [to_reading(a, input=r["input"]) for a, r in zip(dev, readings, strict=True)]
    else:
        assert min(exact_f1) < 1.0


def test_agrees_when_text_differs_or_reading_missing(dev: list[GoldArticle], tmp_path: Path) -> None:
    rng = random.Random("polnear-differs")
    readings = [_perturb(a, {"drop", "shift"}, rng) for a in dev]
    readings[3]["article"]["text"] = readings[3]["article"]["text"].replace("\n", " ")
    readings[7]["article"]["text"] = readings[7]["article"]["text"].strip() + " "
    del readings[10]
    del readings[20]
    mine = _check_against_reference(dev, readings, tmp_path)
    assert mine["missing_outputs"] == 2
    assert mine["text_differs"] == [dev[3].name, dev[7].name]
    assert "text differs (spans not scored) in 2" in format_scores(mine)


def test_readings_keyed_by_input_file_name(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    _write_jsonl(out, [{"input": "a/b/NAME.txt", "article": {"text": "x"}, "statements": []}])
    assert list(readings_from_jsonl(out)) == ["NAME"]


# ------------------------------------------------------------------------------ not PolNeAR


def _make_split(root: Path, files: dict[str, str]) -> Path:
    (root / "text").mkdir(parents=True, exist_ok=True)
    (root / "attributions").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (root / name).write_text(content, encoding="utf-8")
    return root


BAD_SPLITS: dict[str, Callable[[Path], Path]] = {
    "missing folder": lambda p: p / "nowhere",
    "no text/ or attributions/": lambda p: p,
    "no .ann files": lambda p: _make_split(p, {"text/a.txt": "Hello."}),
    "bad .ann name": lambda p: _make_split(p, {"text/a.txt": "Hi.", "attributions/a.ann": ""}),
    "text missing": lambda p: _make_split(p, {"attributions/a_1234.ann": ""}),
    "malformed span": lambda p: _make_split(
        p, {"text/a.txt": "He said no.", "attributions/a_1234.ann": "T1\tCue 3 x\tsaid\n"}
    ),
    "span past the text": lambda p: _make_split(
        p, {"text/a.txt": "He said no.", "attributions/a_1234.ann": "T1\tCue 3 70\tsaid\n"}
    ),
    "malformed event": lambda p: _make_split(
        p, {"text/a.txt": "He said no.", "attributions/a_1234.ann": "T1\tCue 3 7\tsaid\nE1\tCue T1\n"}
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_SPLITS))
def test_not_a_polnear_split(tmp_path: Path, case: str) -> None:
    with pytest.raises(DataError) as err:
        load_split(BAD_SPLITS[case](tmp_path))
    assert "\n" not in err.value.one_line()


def test_small_split_loads(tmp_path: Path) -> None:
    ann = (
        "T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 10;12 14\tno no\n"
        "T4\tAttribution 3 7\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
        "#1\tAnnotatorNotes T1\tnote\nE2\tAttribution:T4 Source:T1\n"
    )
    split = _make_split(
        tmp_path,
        {"text/a.txt": "He said no, no.", "attributions/a_beef.ann": ann, "attributions/a_0abc.ann": ""},
    )
    (art,) = load_split(split)
    assert (art.name, art.annotator, art.attributions) == ("a", "0abc", [])
    (split / "attributions" / "a_0abc.ann").unlink()
    (art,) = load_split(split)
    assert art.attributions == [GoldAttribution(source=[(0, 2)], cue=[(3, 7)], content=[(8, 10), (12, 14)])]


def test_bad_prediction_offsets_are_a_data_error(dev: list[GoldArticle]) -> None:
    art = dev[0]
    reading = to_reading(art)
    reading["statements"] = [{"cue": {"start": 5, "end": len(art.text) + 10}, "source": None, "content": []}]
    with pytest.raises(DataError, match="outside the text"):
        score([art], {art.name: reading})


def test_agreement_scores_further_annotators_against_the_first(tmp_path: Path) -> None:
    first = "T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 10\tno\nE1\tSource:T1 Cue:T2 Content:T3\n"
    other_cue = "T1\tSource 0 2\tHe\nT2\tCue 3 10\tsaid no\nT3\tContent 8 10\tno\nE1\tSource:T1 Cue:T2 Content:T3\n"
    split = _make_split(tmp_path, {
        "text/a.txt": "He said no.", "attributions/a_0001.ann": first, "attributions/a_0002.ann": first,
        "attributions/a_0003.ann": other_cue,
        "text/b.txt": "She said so.", "attributions/b_0001.ann": "",  # one annotator: no pair
    })
    assert [(a.name, a.annotator) for a in load_annotations(split)] == [
        ("a", "0001"), ("a", "0002"), ("a", "0003"), ("b", "0001")]
    assert [a.annotator for a in load_split(split)] == ["0001", "0001"]
    res = agreement(split)
    assert (res["pairs"], res["articles"]) == (2, 1)
    assert res["source"]["exact"][2] == res["content"]["exact"][2] == 1.0
    assert res["cue"]["exact"] == [0.5, 0.5, 0.5]  # one of the two further cues is the gold's
    assert res["cue"]["loose"][2] == 1.0
