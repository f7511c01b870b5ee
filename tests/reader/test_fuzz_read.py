"""The reader fuzzed (issue 13, must-show 4): 10,000 seeded hostile texts through ``Reader.read``.

The inputs and the check are ``bench/fuzz_read.py``'s (``python bench/fuzz_read.py 100000`` is the
longer run): each read gives a whole reading (spans that are slices of the text, UTF-8 JSON) or
raises onrecord's own error, and none takes over 5 s. Short inputs (1 to 8 pieces) keep it within
CI's time: the inputs are shared between 2 processes forked from the test's, each with the
session's loaded reader.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow  # about 30 s on 2 cores


def _fuzz_module():
    spec = importlib.util.spec_from_file_location("fuzz_read", ROOT / "bench" / "fuzz_read.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_ten_thousand_hostile_texts_read_or_are_refused_and_none_is_slow(reader):
    fuzz = _fuzz_module()
    res = fuzz.run(10_000, seed=13, reader=reader, workers=min(2, os.cpu_count() or 1), pieces=8)
    assert res["crashes"] == [], res["crashes"][:5]
    assert res["slow"] == [], res["slow"][:5]
    assert res["refused"] < 1_000  # most inputs are read, not turned away
    assert res["slowest"] < 5


def test_the_inputs_are_the_same_for_a_seed_and_hostile():
    fuzz = _fuzz_module()
    texts = fuzz.inputs(13, 2_000, pieces=8)
    assert texts == fuzz.inputs(13, 2_000, pieces=8) and texts != fuzz.inputs(14, 2_000, pieces=8)
    joined = "".join(texts)
    for bad in ("\ud800", "\x00", "\x1b", "\u202e", "\U0001F600", "\u0301", "“", "<", "&", "said"):
        assert bad in joined, bad


def test_the_check_tells_a_crash_from_a_refusal(reader):
    fuzz = _fuzz_module()
    assert fuzz.check(reader, "The minister said that it was bad.") == ("read", "")
    status, message = fuzz.check(reader, "   \n")
    assert status == "refused" and "empty" in message

    class Broken:
        def read(self, *a, **k):
            raise KeyError("boom")

        read_text = read

    assert fuzz.check(Broken(), "x")[0] == "crash"
