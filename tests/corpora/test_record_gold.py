"""The record's own gold: the scorer's rules by hand, and `onrecord eval record` against the reference."""

import json
import subprocess
import sys
from pathlib import Path

from onrecord.corpora.record_gold import format_by_kind, input_key, load_gold, name_key, score

ROOT = Path(__file__).resolve().parents[2]
TEXT = ('Mayor Maria Lopez said the bridge would reopen in May. "We are ready," she told reporters. '
        'The council voted to fund it. A spokesperson for the city said the work cost $4 million.')


def gold_file(folder: Path, name: str, statements, title="Bridge", file=None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps({"file": file or name, "title": title, "statements": statements,
                                "not_statements": [{"text": "The council voted to fund it.", "why": "narration"}]}))
    return path


def reading(input, text, found, title="Bridge"):
    """A reading as Reading.to_dict gives it: each found statement is (content text, speaker name)."""
    statements = []
    for content, speaker in found:
        start = text.index(content)
        statements.append({"content": [{"start": start, "end": start + len(content), "text": content}],
                           "speaker": {"name": speaker, "kind": "person", "descriptors": []}})
    return {"input": input, "article": {"text": text, "title": title}, "statements": statements}


GOLD = [
    {"content": "the bridge would reopen in May", "kind": "indirect", "cue": "said",
     "speakers": [{"name": "Maria Lopez", "kind": "person", "accepted_names": []}]},
    {"content": "We are ready", "kind": "direct", "cue": "told",
     "speakers": [{"name": "Maria Lopez", "kind": "person"}]},
    {"content": "the work cost $4 million", "kind": "indirect", "cue": "said",
     "speakers": [{"name": "a spokesperson for the city", "kind": "unnamed"}]},
]


def test_the_counts_follow_the_guides_rules(tmp_path):
    gold_file(tmp_path, "bridge", GOLD)
    found = reading("news/bridge.txt", TEXT, [
        ("the bridge would reopen in May", "Ms Maria Lopez"),  # a title aside: right
        ("We are ready", "Robert Baker"),  # matched, wrong speaker
        ("the work cost $4 million", "spokesperson"),  # half the description's words: right
        ("The council voted to fund it", "council"),  # a false statement
    ])
    res = score(load_gold(tmp_path), [found])
    assert (res["gold"], res["predicted"], res["matched"], res["right_speaker"]) == (3, 4, 3, 2)
    assert res["precision"] == 0.75 and res["recall"] == 1.0
    assert res["rows_fully_right"] == 0.5
    [article] = res["articles"]
    assert [f.content for f in article.false] == ["The council voted to fund it"]
    assert [f.speaker for f, _ in article.wrong_speaker] == ["Robert Baker"]


def test_by_kind_counts_each_kind_of_gold_statement_found_and_with_the_right_speaker(tmp_path):
    gold_file(tmp_path, "bridge", GOLD)
    found = reading("news/bridge.txt", TEXT, [("the bridge would reopen in May", "Maria Lopez"),
                                              ("We are ready", "Robert Baker")])
    lines = format_by_kind(score(load_gold(tmp_path), [found])).splitlines()
    assert lines == ["direct   found 1/1 (100.0%), right speaker 0/1 (0.0%)",
                     "indirect found 1/2 (50.0%), right speaker 1/1 (100.0%)"]


def test_contents_match_one_to_one_on_half_the_shorter_ones_words(tmp_path):
    gold_file(tmp_path, "bridge", GOLD[:1])
    twice = reading("bridge.html.gz", TEXT, [("the bridge would reopen", "Maria Lopez"),
                                             ("the bridge would reopen in May", "Maria Lopez")])
    res = score(load_gold(tmp_path), [twice])
    assert (res["matched"], res["predicted"]) == (1, 2)
    too_little = reading("bridge.txt", TEXT, [("Mayor Maria Lopez said the bridge", "Maria Lopez")])
    assert score(load_gold(tmp_path), [too_little])["matched"] == 0  # 2 of 6 words


def test_a_reading_finds_its_gold_by_file_name_else_by_title(tmp_path):
    gold_file(tmp_path, "a", GOLD[:1], title="Bridge", file="wikinews.csv#7")
    by_name = reading("data/wikinews.csv#7", TEXT, [("the bridge would reopen in May", "Maria Lopez")], title="x")
    by_title = reading("elsewhere.txt", TEXT, [("the bridge would reopen in May", "Maria Lopez")])
    assert score(load_gold(tmp_path), [by_name])["matched"] == 1
    assert score(load_gold(tmp_path), [by_title])["matched"] == 1
    assert score(load_gold(tmp_path), [])["articles"][0].missing
    assert input_key("x/0a1b.html.gz") == "0a1b" and name_key("The President Joe Biden") == "joe biden"


def test_eval_record_prints_what_the_reference_scorer_prints(shared, tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "bridge.txt").write_text(TEXT)
    (texts / "seed.txt").write_text((shared / "data/seed/oc-media-amnesty.txt").read_text())
    gold = tmp_path / "gold"
    gold_file(gold, "bridge", GOLD)
    gold_file(gold, "seed", [{"content": "Azerbaijan will offer an amnesty", "kind": "indirect", "cue": "said",
                              "speakers": [{"name": "Ilham Aliyev", "kind": "person"}]}], title="no such title")
    (gold / "sources.txt").write_text("../texts\n")
    out = tmp_path / "out.jsonl"
    ours = subprocess.run([sys.executable, "-m", "onrecord", "eval", "record", str(gold), "--out", str(out),
                           "--json"], capture_output=True, text=True, cwd=ROOT, check=True)
    ref = subprocess.run([sys.executable, str(shared / "tools/score_record.py"), str(gold), str(out), "--json"],
                         capture_output=True, text=True, check=True)
    assert json.loads(ours.stdout) == json.loads(ref.stdout)
    assert json.loads(ours.stdout)["predicted"] > 3  # both articles were read
    again = subprocess.run([sys.executable, "-m", "onrecord", "eval", "record", str(gold), "--readings", str(out)],
                           capture_output=True, text=True, cwd=ROOT, check=True)
    plain = subprocess.run([sys.executable, str(shared / "tools/score_record.py"), str(gold), str(out)],
                           capture_output=True, text=True, check=True)
    assert again.stdout == plain.stdout


def test_eval_record_without_sources_says_what_is_missing(tmp_path):
    gold_file(tmp_path / "gold", "bridge", GOLD)
    res = subprocess.run([sys.executable, "-m", "onrecord", "eval", "record", str(tmp_path / "gold")],
                         capture_output=True, text=True, cwd=ROOT)
    assert res.returncode != 0
    assert "sources.txt" in res.stderr and len(res.stderr.strip().splitlines()) == 1
