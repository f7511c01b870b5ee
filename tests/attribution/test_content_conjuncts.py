"""The conjuncts a content takes or leaves (content_conjuncts.py): where the parser hung an "and" on the cue or on
the last verb of what was said, and a hand-judged row of the demo record was cut or ran on."""

from __future__ import annotations

import pytest
from said import contents  # tests/attribution/said.py

from onrecord.reader import Reader


def test_a_noun_the_parse_joined_to_the_cue_is_a_second_object_of_the_request(reader):
    found = contents(reader, "In opening, La Riva called for an end to the capitalist system, and the cancellation "
                             "of all rents and mortgages.\n")
    assert found == [("called for", "an end to the capitalist system, and the cancellation of all rents and "
                                    "mortgages")], found


def test_a_bare_infinitive_the_parse_joined_to_a_past_cue_goes_on_with_the_infinitive(reader):
    found = contents(reader, '"We will use the full force of the law," said Delfin Lorenzana, the Defence Secretary; '
                             'he described the attacks as a "dastardly act" and urged vigilant locals to assist '
                             'authorities and "deny terrorism any victory".\n')
    assert ("urged", 'vigilant locals to assist authorities and "deny terrorism any victory"') in found, found


def test_a_second_past_verb_stays_the_cues_own_conjunct(reader):
    found = contents(reader, "Senator Jane Doe urged voters to register early and thanked the volunteers.\n")
    assert found == [("urged", "voters to register early")], found


def test_the_sources_next_act_after_the_quotation_is_not_what_it_reported(reader):
    found = contents(reader, 'Coles, in its March 8 media release, reported that with the four-pack restriction in '
                             'place, "many stores are still selling out within an hour of delivery", and called the '
                             'demand "unprecedented", while ALDI, in a Facebook post on Tuesday, called it '
                             '"unexpected".\n')
    assert found[0] == ("reported", 'that with the four-pack restriction in place, "many stores are still selling '
                                    'out within an hour of delivery"'), found
    assert ("called", 'it "unexpected"') in found, found


def test_a_source_named_after_the_quotation_keeps_its_clause(reader):
    found = contents(reader, "Protests are acts of patriotism, whether it was wearing a T-shirt with the words "
                             "\"I can't breathe,\" as Eric Garner said before he died, the President said.\n")
    assert found and found[-1][1].endswith("as Eric Garner said before he died"), found


def test_a_second_quotation_joined_by_and_is_said_too_with_its_marks(reader):
    found = contents(reader, 'The Senate Minority Leader, Chuck Schumer, said on Friday "We made a plea to the '
                             'president once again: don\'t hold federal workers hostage" and "So we told the president '
                             'we needed the government open. He resisted."\n')
    assert found == [("said", '"We made a plea to the president once again: don\'t hold federal workers hostage" and '
                              '"So we told the president we needed the government open. He resisted."')], found


@pytest.mark.parametrize("text, row", [
    ('Steve Huhn said Fiorina "was personally, very heavily involved" and shared in "a great amount of regret."\n',
     ("said", 'Fiorina "was personally, very heavily involved" and shared in "a great amount of regret."')),
    ("Governor Jane Doe asked Congress to pass the bill, and will sign it next week.\n",
     ("asked", "Congress to pass the bill")),
    ("The union leader Jane Doe demanded the release of the prisoners, and Smith the return of the funds.\n",
     ("demanded", "the release of the prisoners")),
])
def test_review_guards_what_is_no_conjunct_of_the_content(reader, text, row):
    """Review findings: a verb after the quotation that is no act of saying, a conjunct with its own
    auxiliary, a second subject with its verb left out."""
    found = contents(reader, text)
    assert found == [row], found


def test_a_participles_clause_of_when_a_quotation_was_said_is_not_part_of_it(reader):
    found = contents(reader, 'Erdogan cited Article 5 of the NATO treaty and said, "They need to stand by us", while '
                             'addressing the press yesterday. NATO Secretary-General Jens Stoltenberg wrote, "I count '
                             'on Turkey to act with restraint."\n')
    assert ("said", '"They need to stand by us"') in found, found


def test_a_participle_that_says_something_after_a_quotation_stays(reader):
    found = contents(reader, 'The senator said "I have nothing to hide", while denying that he had ever met the '
                             'lobbyist.\n')
    assert found and found[0][1].endswith("while denying that he had ever met the lobbyist"), found


def test_a_clause_content_goes_on_over_its_verbs_conjunct(reader):
    found = contents(reader, "Donald Trump suggested supporters fill out absentee ballots, and then visit their "
                             "polling places and vote in-person if records indicated they had not voted.\n")
    assert ("suggested", "supporters fill out absentee ballots, and then visit their polling places and vote "
                         "in-person if records indicated they had not voted") in found, found


def test_a_clause_goes_on_over_its_subjects_next_verb_but_not_over_the_speakers_next_words(reader):
    found = contents(reader, "Police reported the attacker exited the Hall and continued to attack others.\n"
                             "Carl Hensman said the ingredients are also found in toothpaste, and are unlikely to "
                             "pollute.\n")
    assert found == [("reported", "the attacker exited the Hall and continued to attack others"),
                     ("said", "the ingredients are also found in toothpaste, and are unlikely to pollute")], found
    found = contents(reader, "Trump said a vaccine was near and said people are learning to live with the virus.\n")
    assert found[0] == ("said", "a vaccine was near"), found



def test_a_past_verb_after_a_modal_goes_on_with_what_was_said(reader):
    # the reported speech goes on in the past ("would not vote ... but planned"); with a comma and "later" it is
    # the reporter's next act (test_content_edges: "would be disbanded, but later reversed himself")
    found = contents(reader, "In interviews promoting the book, Bolton said he would not vote for Trump or Biden but "
                             "planned to write in an alternate candidate instead.\n")
    assert found == [("said", "he would not vote for Trump or Biden but planned to write in an alternate candidate "
                              "instead")], found


@pytest.mark.parametrize("text, said", [  # a review's probes: the source's next act, after a modal or a perfect
    ("The mayor said she would veto the measure and walked out of the meeting.\n", "she would veto the measure"),
    ("Police said the driver had been drinking and arrested him at the scene.\n", "the driver had been drinking"),
    ("The spokeswoman said the plant had closed and declined to comment further.\n", "the plant had closed"),
])
def test_the_sources_next_act_after_and_is_not_what_was_said(reader, text, said):
    assert contents(reader, text)[0] == ("said", said)


def test_a_clause_off_the_record_after_and_goes_on_with_what_was_said(reader):
    # PolNeAR counts "were known" as a cue of its own and cuts the content at "and"; the record has no such row,
    # so the clause is part of what the spokesperson told
    text = ("Council spokesperson Barend Leyts told Brussels-based media network EURACTIV safety procedure had been "
            "followed and only Macron and Matovič were known to have tested positive.\n")
    assert contents(reader, text) == [("told", "safety procedure had been followed and only Macron and Matovič were "
                                               "known to have tested positive")]
    assert ("told", "safety procedure had been followed") in [
        (st.cue.text, st.content[0].text) for st in Reader(scope="all").read_text(text).statements]


@pytest.mark.parametrize("text, said", [  # a review's probes: the reporter's news after the source's words
    ("The victim said she had been attacked and the suspect was charged with assault.\n", "she had been attacked"),
    ("The senator said the vote was fair and the results were announced on Tuesday evening.\n", "the vote was fair"),
])
def test_the_reporters_news_after_and_stays_out_of_the_content(reader, text, said):
    assert contents(reader, text)[0] == ("said", said)


def test_the_sources_next_act_after_and_stays_out_of_the_record(reader):
    found = contents(reader, "Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US "
                             "Secretary of State Mike Pompeo about the case.\n")
    assert found[0] == ("urged", "the embassy to reconsider"), found
