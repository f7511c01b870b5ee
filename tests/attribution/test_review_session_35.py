"""The review of session 35's rules: each probe a helper ran against them that the first versions got wrong."""

import pytest


def rows(reader, text):
    return [(st.speaker.name, [c.text for c in st.content]) for st in reader.read_text(text).statements]


@pytest.mark.parametrize("text", [
    'Mayor John Smith said: "The city will rebuild every home." A man at the back of the room laughed. "That is a lie."',
    'The chief executive told shareholders: "Our best years are ahead of us." Several investors walked out of the '
    'meeting. "This company is finished."',
])
def test_a_quotation_after_someone_else_s_act_is_not_the_speaker_s(reader, text):
    """An aside that is a clause of its own is someone else acting: the quotation after it is not the speaker's."""
    assert len(rows(reader, text)) == 1


@pytest.mark.parametrize("text, speaker, content", [
    ("CNN anchor Jake Tapper — Biden's frequent critic — said the debate was a disaster.", "Jake Tapper",
     ["the debate was a disaster"]),
    ("NATO allies - Britain and France - will send more troops, officials said.", "officials",
     ["NATO allies - Britain and France - will send more troops"]),
])
def test_a_dash_after_capitals_is_no_dateline_unless_all_before_it_could_be_one(reader, text, speaker, content):
    assert rows(reader, text) == [(speaker, content)]


def test_a_stage_name_may_open_with_a_number(reader):
    [st] = reader.read_text("Rapper 2 Chainz said he was opening a restaurant in Atlanta.").statements
    assert (st.speaker.name, st.speaker.kind) == ("2 Chainz", "person")


def test_a_tagged_name_ending_in_a_document_plural_is_a_name(reader):
    [st] = reader.read_text("Consumer Reports said the car failed its braking test.").statements
    assert (st.speaker.name, st.speaker.kind) == ("Consumer Reports", "organization")


def test_a_meaningful_adverb_before_a_wrapped_cue_stays(reader):
    assert rows(reader, "Only, Smith said, if the board agrees.")[0][1] == ["Only", "if the board agrees"]
