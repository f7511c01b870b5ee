"""Sources that are not the speaker's name but stand for a speaker the article names (the review's
rows of session 7): a participle's host clause, a document, a possessive, a role or a common noun."""

from __future__ import annotations

import pytest

from onrecord.attribution import naming, pipeline


@pytest.fixture(scope="module")
def parse():
    return pipeline.shared()


def rows(reader, text: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker name, speaker kind, cue, source as written) of each statement, in order."""
    return [(st.speaker.name if st.speaker else None, st.speaker.kind if st.speaker else None,
             st.cue.text if st.cue else "", st.source.text if st.source else "")
            for st in reader.read_text(text).statements]


def by_cue(found, cue: str):
    return next(r for r in found if r[2].endswith(cue))


@pytest.mark.parametrize("text, cue, speaker", [
    ("Senate leader Mitch McConnell spoke on Monday. He publicly stated the trial would not be impartial, "
     "saying he anticipated a largely partisan outcome.", "saying", "Mitch McConnell"),
    ("Unnamed industry experts called this dubious, as the market is saturated and margins are thin, while "
     "noting this kind of equipment is needed by the army.", "noting", "industry experts"),
    ("An eyewitness described to the BBC how the attack unfolded, stating, \"I was crossing the road when "
     "I saw a man with a knife.\"", "stating", "eyewitness"),
])
def test_a_participle_cue_takes_the_speaker_of_the_clause_it_hangs_on(reader, text, cue, speaker):
    name, _, _, _ = by_cue(rows(reader, text), cue)
    assert name is not None and speaker.lower() in name.lower()


def test_a_participle_keeps_a_subject_that_can_speak(reader):
    found = rows(reader, "Mayor Anna Berg said the council would meet, adding that the vote was delayed.")
    assert by_cue(found, "adding")[0] == "Anna Berg"


@pytest.mark.parametrize("text, cue, speaker", [
    ("U.S. District Judge Gray Miller ruled on Friday that the law was unconstitutional. Part of the judge's "
     "statement reads \"the average woman could conceivably be better suited for some of today's roles.\"",
     "reads", "Gray Miller"),
    ("Pope Francis changed church law on Thursday. The decree signed by the Pope read \"The crimes of abuse "
     "offend Our Lord and cause lasting damage to the victims.\"", "read", "Pope Francis"),
    ("The plane was a B-17 bomber. It was built in 1944, according to Federal Aviation Administration records.",
     "according to", "Federal Aviation Administration"),
    ("The Las Vegas Review-Journal reported the party had considered a change. According to its polling, "
     "roughly two-thirds of the voters preferred a primary over a caucus.", "According to",
     "Las Vegas Review-Journal"),
])
def test_a_document_part_of_one_or_one_owned_by_a_possessive_is_its_owners(reader, text, cue, speaker):
    assert by_cue(rows(reader, text), cue)[0] == speaker


def test_a_document_with_no_owner_named_stays_a_description(reader):
    name, kind, _, _ = by_cue(rows(reader, "Part of the statement reads \"the average woman could be better "
                                          "suited for some of today's roles.\""), "reads")
    assert kind == "unnamed" and "part" not in name.lower()


@pytest.mark.parametrize("text, noun, owner", [
    ("It was built in 1944, according to Federal Aviation Administration records.", "records", "Administration"),
    ("The decree signed by the Pope read that priests must report abuse.", "decree", "Pope"),
    ("According to its polling, most voters preferred a primary.", "polling", "its"),
])
def test_records_decrees_and_polls_are_documents_their_owner_speaks_for(parse, text, noun, owner):
    doc = parse(text)
    found = naming.owner(next(t for t in doc if t.text == noun))
    assert found is not None and found.text == owner


@pytest.mark.parametrize("text, word, whole", [
    ("Part of the judge's statement reads that the law is void.", "Part", "statement"),
    ("An excerpt from the ruling says that the law is void.", "excerpt", "ruling"),
    ("Part of the crowd said that the law is void.", "Part", "Part"),  # a part of people is not a document
])
def test_a_part_of_a_document_stands_for_the_document(parse, text, word, whole):
    doc = parse(text)
    assert naming.whole_of(next(t for t in doc if t.text == word)).text == whole
