"""onrecord_tag_attributes gives every token the part of speech, morphology and lemma the model's own attribute
ruler gives it."""

from pathlib import Path

import spacy

from onrecord.attribution.pipeline import build
from onrecord.attribution.tag_attributes import TagAttributes
from onrecord.attribution.weights import spacy_model_name

ROOT = Path(__file__).resolve().parents[2]
# the ruler's exceptions over several tokens or with a regular expression ("ai n't", "gon na", "y' all", "let 's",
# "there is"), and spaces
EXCEPTIONS = ("Y'all ain't gonna believe it, c'mon.  Let's go!\n\nGotta run. There is a cat and there's a dog.\n"
              "He gets it; she got it. \u00a0They're here. I wanna know what 'll happen.")


def test_the_pipeline_runs_it_in_the_rulers_place_under_its_name():
    nlp = build(attribution=False)
    assert isinstance(nlp.get_pipe("attribute_ruler"), TagAttributes)
    assert nlp.get_pipe_meta("attribute_ruler").factory == "onrecord_tag_attributes"
    assert nlp.pipe_names.index("attribute_ruler") == nlp.pipe_names.index("parser") + 1


def test_every_tokens_annotations_are_the_rulers():
    nlp = spacy.load(spacy_model_name(), exclude=["senter"])
    ruler = nlp.get_pipe("attribute_ruler")
    ours = TagAttributes(nlp, ruler.patterns)
    at = nlp.pipe_names.index("attribute_ruler")
    texts = [(ROOT / "examples" / "oc-media-amnesty.txt").read_text(encoding="utf-8"), EXCEPTIONS] * 2
    compared = 0
    for text in texts:  # twice: the second time every token's values are remembered
        theirs, mine = nlp.make_doc(text), nlp.make_doc(text)
        for _, component in nlp.pipeline[:at]:
            theirs, mine = component(theirs), component(mine)
        theirs, mine = ruler(theirs), ours(mine)
        for a, b in zip(theirs, mine, strict=True):
            assert (a.pos_, a.tag_, str(a.morph), a.lemma_, a.dep_) == (b.pos_, b.tag_, str(b.morph), b.lemma_,
                                                                         b.dep_), a.text
            compared += 1
    assert compared > 1000
    assert {t.lemma_ for t in mine if t.lower_ in ("ai", "gon")} == {"be", "go"}  # the exceptions were applied
