"""A statement inside what another reports is that speaker's account, not the article's; a relay gives
way to the words it relays; a claim set off by "while" or a semicolon, and the same speaker going on,
stand on their own (``overlaps.without_nested``)."""

from __future__ import annotations

import pytest


def found(reader, text: str) -> list[str]:
    return [st.speaker.name for st in reader.read_text(text).statements]


@pytest.mark.parametrize("text, names", [
    ('Donald Trump alleged the media was falsely claiming he had suffered from "mini-strokes."', ["Donald Trump"]),
    ('According to NBC, Nancy Pelosi called Donald Trump\'s conduct a "breach of his Constitutional '
     'responsibilities."', ["Nancy Pelosi"]),
    ('President Andrzej Duda said the victims were "joyful girls starting out in life", while Interior Minister '
     'Joachim Brudziński wrote he had ordered fire safety checks on escape rooms.', ["Andrzej Duda",
                                                                                     "Joachim Brudziński"]),
    ('Bank president Okey Oramah said the use of third-party currencies "costs Africa between $5 and $7 billion," '
     'further saying, "Beyond that, it also reduces trade because Africa has a scarcity of foreign exchange."',
     ["Okey Oramah", "Okey Oramah"]),
])
def test_a_statement_inside_another_is_its_speakers_account_unless_it_only_relays(reader, text, names):
    assert found(reader, text) == names



def test_the_one_an_outlet_quotes_as_saying_is_the_speaker_of_all_the_quoted_words(reader):
    found = [(st.speaker.name, st.cue.text, " … ".join(c.text for c in st.content))
             for st in reader.read_text('Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as '
                                        'saying "FEMA has an important role in coordinating the larger response to '
                                        'the crisis" and "[i]f there\'s an emergency, FEMA needs to be involved."\n'
                                        ).statements]
    assert found == [("Tim Manning", "saying", '"FEMA has an important role in coordinating the larger response to '
                      'the crisis" and "[i]f there\'s an emergency, FEMA needs to be involved."')], found


@pytest.mark.parametrize("text", [
    "The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the suspects were "
    "linked to the network.\n",
    "The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the suspects were "
    "linked to the network, which itself was related to the Islamic State.\n",  # "as" hung on a later verb
])
def test_an_outlet_citing_someone_as_saying_relays_their_words(reader, text):
    found = [(st.speaker.name, " … ".join(c.text for c in st.content)) for st in reader.read_text(text).statements]
    assert found == [("Budi Gunawan", "the suspects were linked to the network")], found


def test_a_clause_the_parse_split_after_the_one_cited_as_stating_is_whole(reader):
    found = [(st.speaker.name, " … ".join(c.text for c in st.content))
             for st in reader.read_text("The Aviation Herald reported the landing was a mistake. It cited the Air Force "
                                        "as stating Saha Airlines owned the plane, and claimed a sixteenth death.\n"
                                        ).statements]
    assert ("Air Force", "Saha Airlines owned the plane") in found, found
    assert not any(content.startswith("the Air Force") for _, content in found), found


@pytest.mark.parametrize("text, names", [
    ('Sarah Smith told reporters that Jones said, "We will win."', ["Jones"]),  # Jones's words, passed on
    ('Governor Kay Ivey signed the act.\n\nPlanned Parenthood, along with the American Civil Liberties Union, have '
     'announced their plans to oppose the bill by lawsuit.\n\nThe governor tweeted her reasoning saying, "Today, I '
     'signed into law the Alabama Human Life Protection Act."', ["Planned Parenthood and American Civil Liberties Union",
                                                                 "Kay Ivey"]),  # a participle's subject: the first's
    ('Ed Henry posted a message which said, "Jeff Weaver told me the photo violates DNC rules."',
     ["Ed Henry"]),  # a relative word names no one else: the one who posted it
    ('Wire\n\nNancy Pelosi said that she told McCarthy, "You do not have the votes."', ["Nancy Pelosi"]),  # a pronoun
])
def test_a_quotation_passed_on_is_the_words_of_the_speaker_it_names(reader, text, names):
    assert [name for name in found(reader, text) if name] == names
