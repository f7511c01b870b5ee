"""Sources that are not the speaker's name but stand for a speaker the article names (the review's
rows of session 7): a participle's host clause, a document, a possessive, a role or a common noun."""

from __future__ import annotations

import pytest


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
