"""The confidence (confidence.py): what the reading records for it (where a statement came from, how
its speaker was found), and the packaged model's behaviour."""

from __future__ import annotations

import itertools

import pytest

from onrecord.attribution.confidence import CUE_SCORE, Calibrator, features, load_calibrator, set_confidence
from onrecord.attribution.speakers import ROUTES
from onrecord.records import Span, Speaker, Statement

TEXT = """Hikmat Hajiyev, the presidential adviser, said on Monday that the talks would resume soon.
He said that the border was open to trucks.
Maria Lopez told reporters that the vote would be delayed.
Hajiyev said that the amnesty was real and final.
The adviser said that the corridor was safe for civilians.
A spokesperson said that nothing had changed at all.
They said that the bridge had been repaired.
"""


def test_the_resolver_records_how_it_found_each_speaker(reader):
    reading = reader.read_text(TEXT)
    found = [(st.speaker.name, st.signals.get("speaker_by")) for st in reading.statements]
    assert found == [("Hikmat Hajiyev", "name"), ("Hikmat Hajiyev", "pronoun"), ("Maria Lopez", "name"),
                     ("Hikmat Hajiyev", "surname"), ("Hikmat Hajiyev", "role"), ("A spokesperson", "description")]
    assert all(st.signals["origin"] == "cue" and st.signals["cue_score"] > 0 for st in reading.statements)
    from onrecord.reader import Reader  # an unresolved "They" is no row of the record; scope "all" keeps it

    last = Reader(nlp=reader.nlp, scope="all").read_text(TEXT).statements[-1]
    assert (last.speaker.name, last.signals.get("speaker_by")) == (None, "unresolved")


def test_a_speaker_line_and_a_floating_quote_say_where_they_came_from(reader):
    text = ("Ann Lee: We will open the school on Monday.\n"
            '"We have cleared every road in the city and we will keep at it," Mayor Bob Stone said.\n\n'
            '"The schools will open again on Tuesday morning."\n')
    reading = reader.read_text(text)
    by_content = {st.content[0].text: st for st in reading.statements}
    line = by_content["We will open the school on Monday."]
    assert line.signals["origin"] == "line" and "cue_score" not in line.signals
    assert line.signals["speaker_by"] == "name" and line.speaker.name == "Ann Lee"
    floating = by_content["The schools will open again on Tuesday morning."]
    assert floating.source is None and floating.signals == {"origin": "floating", "speaker_by": "previous"}
    assert floating.speaker.name == "Bob Stone"
    assert set(st.signals["speaker_by"] for st in reading.statements) <= set(ROUTES)


def test_every_statement_read_has_the_packaged_models_confidence(reader):
    model = load_calibrator()
    reading = reader.read_text(TEXT)
    for st in reading.statements:
        assert 0.0 < st.confidence < 1.0
        assert st.confidence == model.confidence(features(st))
    # the signals stay in memory: the document format is as it was
    assert all("signals" not in st.to_dict() for st in reading.statements)


def test_features_of_a_statement_made_by_hand():
    text = "Ann said it rains."
    st = Statement("indirect", Span.of(text, 4, 8), Span.of(text, 0, 3), [Span.of(text, 9, 17)],
                   Speaker("Ann", "person"))
    assert features(st) == {"kind=indirect": 1.0, "origin=cue": 1.0, "speaker_by=unknown": 1.0, "speaker=person": 1.0}
    st.signals = {"origin": "cue", "cue_score": 25.0, "speaker_by": "name"}
    assert features(st)[CUE_SCORE] == 2.5 and features(st)["speaker_by=name"] == 1.0
    floating = Statement("direct", None, None, [Span.of(text, 9, 17)], None)
    assert features(floating) == {"kind=direct": 1.0, "origin=floating": 1.0, "speaker_by=unknown": 1.0,
                                  "speaker=unnamed": 1.0}


def test_the_calibrator_is_logistic_and_ignores_what_it_has_no_weight_for():
    model = Calibrator(-1.0, {"kind=direct": 2.0, CUE_SCORE: 0.5})
    assert model.confidence({"kind=direct": 1.0}) == pytest.approx(0.731, abs=1e-3)
    assert model.confidence({"kind=direct": 1.0, "never=seen": 1.0}) == model.confidence({"kind=direct": 1.0})
    assert model.confidence({CUE_SCORE: 2.0}) == 0.5
    st = Statement("direct", None, None, [Span(0, 1, "x")], None)
    set_confidence([st], model)
    assert st.confidence == model.confidence(features(st))
    assert Calibrator.from_dict(model.to_dict()) == model


def test_the_packaged_model_never_lowers_the_confidence_for_a_stronger_cue():
    model = load_calibrator()
    groups: dict[str, list[str]] = {}
    for name in model.weights:
        if "=" in name:
            groups.setdefault(name.split("=")[0], []).append(name)
    assert {"kind", "speaker", "speaker_by", "origin"} <= set(groups)
    assert model.weights.get(CUE_SCORE, 0.0) >= 0.0
    for combo in itertools.product(*groups.values()):
        base = dict.fromkeys(combo, 1.0)
        logits = [model.logit({**base, CUE_SCORE: s / 4}) for s in range(0, 21)]
        assert logits == sorted(logits), combo
