"""Fitting the confidence (corpora/calibration.py) and its reliability table; ``onrecord train
confidence`` and ``onrecord eval record --reliability`` on a few dev articles (the whole of dev: slow)."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import onrecord
from onrecord.attribution.confidence import CUE_SCORE, load_calibrator
from onrecord.cli import main
from onrecord.corpora.calibration import BINS, fit, format_reliability, held_out, reliability

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "eval" / "record-gold" / "dev"
PACKAGED = Path(onrecord.__file__).parent / "models" / "confidence.json"


def synthetic(n: int = 400, seed: int = 1) -> list[tuple[dict[str, float], bool]]:
    """Named speakers right 80% of the time, unnamed ones 30%; the cue score says nothing."""
    rng = random.Random(seed)
    data = []
    for _ in range(n):
        named = rng.random() < 0.5
        feats = {"speaker=person" if named else "speaker=unnamed": 1.0, CUE_SCORE: rng.uniform(0, 4)}
        data.append((feats, rng.random() < (0.8 if named else 0.3)))
    return data


def test_the_fit_is_calibrated_in_the_large_and_follows_the_evidence():
    data = synthetic()
    model = fit(data)
    predicted = [model.confidence(f) for f, _ in data]
    assert sum(predicted) / len(data) == pytest.approx(sum(r for _, r in data) / len(data), abs=2e-3)
    named = [model.confidence(f) for f, _ in data if "speaker=person" in f]
    unnamed = [model.confidence(f) for f, _ in data if "speaker=unnamed" in f]
    assert min(named) > max(unnamed)
    assert 0.7 < sum(named) / len(named) < 0.9 and 0.2 < sum(unnamed) / len(unnamed) < 0.4


def test_the_fit_is_reproducible():
    data = synthetic()
    assert fit(data) == fit(list(data))
    assert fit(data).to_dict() == fit([({k: f[k] for k in reversed(list(f))}, r) for f, r in data]).to_dict()


def test_a_stronger_cue_never_lowers_the_confidence():
    rng = random.Random(7)  # here a high cue score goes with wrong rows: the fit may not follow
    data = []
    for _ in range(300):
        score = rng.uniform(0, 4)
        data.append(({"kind=direct": 1.0, CUE_SCORE: score}, rng.random() < 0.9 - 0.2 * score))
    model = fit(data)
    assert model.weights.get(CUE_SCORE, 0.0) == 0.0
    values = [model.confidence({"kind=direct": 1.0, CUE_SCORE: s / 10}) for s in range(41)]
    assert values == sorted(values)
    rising = fit([({CUE_SCORE: s}, r) for s, r in ((f[CUE_SCORE], r) for f, r in synthetic())] +
                 [({CUE_SCORE: 3.5 + i / 100}, True) for i in range(50)])
    assert rising.weights[CUE_SCORE] > 0


def test_held_out_fits_leave_each_article_out():
    keyed = [(f"a{i % 5}", e) for i, e in enumerate(synthetic(100))]
    pairs = held_out(keyed)
    assert len(pairs) == 100 and [r for _, r in pairs] == [r for k in ("a0", "a1", "a2", "a3", "a4")
                                                            for kk, (_, r) in keyed if kk == k]


def test_reliability_bins():
    pairs = [(0.0, False), (0.19, False), (0.2, True), (0.5, True), (0.55, False), (0.99, True), (1.0, True)]
    bins = reliability(pairs)
    assert [b.low for b in bins] == list(BINS[:-1]) and sum(b.rows for b in bins) == len(pairs)
    assert (bins[0].rows, bins[0].right) == (2, 0) and (bins[1].rows, bins[1].right) == (1, 1)
    assert (bins[4].rows, bins[4].right, bins[4].share_right) == (2, 1, 0.5)
    assert (bins[-1].rows, bins[-1].right) == (2, 2) and bins[-1].mean_confidence == pytest.approx(0.995)
    table = format_reliability(pairs)
    assert "| [0.5, 0.6) | 2 | 0.525 | 1 | 50.0% |" in table and "| [0.8, 1.0] | 2 |" in table
    assert "Below LOW_CONFIDENCE = 0.5: 3 statements, 1 of them fully right" in table


@pytest.fixture(scope="module")
def little_gold(tmp_path_factory):
    """A gold folder of three dev articles, reading from the same sources."""
    folder = tmp_path_factory.mktemp("gold") / "dev"
    folder.mkdir()
    for name in ("wikinews_2019-007.json", "wikinews_2019-107.json", "wikinews_2020-055.json"):
        shutil.copy(DEV / name, folder / name)
    (folder / "sources.txt").write_text(str(ROOT / "examples" / "wikinews") + "\n", encoding="utf-8")
    return folder


def test_train_confidence_writes_the_same_model_twice_and_never_into_the_package(little_gold, tmp_path,
                                                                                 monkeypatch, reader):
    shipped = PACKAGED.read_bytes()
    monkeypatch.chdir(tmp_path)
    first = CliRunner().invoke(main, ["train", "confidence", str(little_gold)])
    assert first.exit_code == 0, first.output
    second = CliRunner().invoke(main, ["train", "confidence", str(little_gold), "--out", "again.json"])
    assert second.exit_code == 0, second.output
    assert PACKAGED.read_bytes() == shipped
    written = (tmp_path / "confidence.json").read_bytes()
    assert written == (tmp_path / "again.json").read_bytes()
    model = json.loads(written)
    assert model["meta"]["data"].endswith("dev (3 articles)") and model["meta"]["statements"] > 20
    assert model["weights"].get(CUE_SCORE, 0.0) >= 0
    assert "each article left out of the fit in turn" in first.output and "| confidence |" in first.output


def test_eval_record_prints_the_reliability_of_what_it_read(little_gold):
    res = CliRunner().invoke(main, ["eval", "record", str(little_gold), "--reliability"])
    assert res.exit_code == 0, res.output
    scores, table = res.output.split("\nreliability on ")
    predicted = sum(int(line.split("predicted")[1].split()[0]) for line in scores.splitlines() if "predicted" in line)
    rows = [line for line in table.splitlines() if line.startswith("| [")]
    assert len(rows) == len(BINS) - 1 and sum(int(r.split("|")[2]) for r in rows) == predicted
    fully_right = int(scores.split("rows fully right ")[1].split("/")[0])
    assert sum(int(r.split("|")[4]) for r in rows) == fully_right


@pytest.mark.slow
def test_the_packaged_model_is_what_the_command_fits_on_dev(tmp_path):
    """The committed model is reproducible: refit it (docs/confidence.md) when attribution changes."""
    out = tmp_path / "confidence.json"
    res = CliRunner().invoke(main, ["train", "confidence", str(DEV), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text()) == json.loads(PACKAGED.read_text()), \
        "refit: onrecord train confidence eval/record-gold/dev --out src/onrecord/models/confidence.json"
    assert load_calibrator().weights == json.loads(out.read_text())["weights"]
