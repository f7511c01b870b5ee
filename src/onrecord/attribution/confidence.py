"""A confidence you can use: the ``onrecord_confidence`` component, last in the pipeline.

A statement's ``confidence`` is the estimated probability that its row is fully right: the
statement is one the annotation guide counts (eval/record-gold/GUIDE.md) and its speaker is the
right one. It comes from a logistic model over what the reading knew (``features``):

- the statement's kind: direct, mixed or indirect;
- where it came from (``signals["origin"]``, set by the statement finder): a cue, a speaker line
  ("Name: words"), a sign-off, a floating quotation;
- the cue classifier's score (``signals["cue_score"]``; for statements found by a cue), which may
  only raise the confidence (its weight is held at zero or above when fitted);
- how the speaker was found (``signals["speaker_by"]``, set by the speaker resolver, one of
  ``speakers.ROUTES``) and the speaker's kind (person, organization, group, unnamed).

The weights live in ``models/confidence.json``, fitted on eval/record-gold/dev by ``onrecord train
confidence`` (corpora/calibration.py; docs/confidence.md has the reliability table). A feature the
model has no weight for adds nothing. Which confidence counts as low is ``records.LOW_CONFIDENCE``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from onrecord.attribution.extensions import ensure_extensions
from onrecord.errors import ModelError
from onrecord.records import Statement

CONFIDENCE_MODEL = "models/confidence.json"
CUE_SCORE = "cue_score"  # the one numeric feature: the cue classifier's score over CUE_SCALE
CUE_SCALE = 10.0  # cue scores run from about 0 (the cue threshold) to 40


def features(st: Statement) -> dict[str, float]:
    """The statement's features by name: one-hot categories (``kind=indirect``, ``origin=cue``,
    ``speaker_by=pronoun``, ``speaker=unnamed``) and the scaled cue score."""
    signals = st.signals
    origin = signals.get("origin") or ("cue" if st.cue is not None else "floating")
    speaker = st.speaker.kind if st.speaker is not None else "unnamed"
    out = {f"kind={st.kind}": 1.0, f"origin={origin}": 1.0,
           f"speaker_by={signals.get('speaker_by') or 'unknown'}": 1.0, f"speaker={speaker}": 1.0}
    score = signals.get("cue_score")
    if score is not None:
        out[CUE_SCORE] = float(score) / CUE_SCALE
    return out


@dataclass
class Calibrator:
    """A logistic model: confidence = sigmoid(bias + sum of weight times feature value)."""

    bias: float
    weights: dict[str, float]
    meta: dict[str, Any] = field(default_factory=dict)

    def logit(self, feats: Mapping[str, float]) -> float:
        return self.bias + sum(self.weights.get(name, 0.0) * value for name, value in feats.items())

    def confidence(self, feats: Mapping[str, float]) -> float:
        return round(sigmoid(self.logit(feats)), 3)

    def to_dict(self) -> dict[str, Any]:
        return {"meta": self.meta, "bias": self.bias, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Calibrator:
        return cls(float(d["bias"]), {str(k): float(v) for k, v in d["weights"].items()}, dict(d.get("meta") or {}))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def packaged_path() -> Path:
    """The confidence model that comes with onrecord."""
    return Path(str(resources.files("onrecord").joinpath(CONFIDENCE_MODEL)))


@lru_cache(maxsize=4)
def load_calibrator(path: str | None = None) -> Calibrator:
    where = path or str(packaged_path())
    try:
        return Calibrator.from_dict(json.loads(Path(where).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"cannot load onrecord's confidence model: {exc}", input=where) from exc


def set_confidence(statements: list[Statement], calibrator: Calibrator) -> None:
    """Each statement's ``confidence`` from its features (in place)."""
    for st in statements:
        st.confidence = calibrator.confidence(features(st))


class ConfidenceSetter:
    """The ``onrecord_confidence`` pipeline component: reads ``doc._.statements`` (with their
    speakers and signals) and sets each one's ``confidence``."""

    def __init__(self, calibrator: Calibrator) -> None:
        ensure_extensions()
        self.calibrator = calibrator

    def __call__(self, doc: Doc) -> Doc:
        set_confidence(doc._.statements or [], self.calibrator)
        return doc


@Language.factory("onrecord_confidence", requires=["doc._.statements"], assigns=["doc._.statements"])
def make_confidence_setter(nlp: Language, name: str) -> ConfidenceSetter:
    return ConfidenceSetter(load_calibrator())


__all__ = ["Calibrator", "ConfidenceSetter", "features", "load_calibrator", "set_confidence"]
