"""Two shapes of saying the cue classifier passed over (session 55; cues.said_by_way, cues.shown_saying):
"saying" after "by", "after", "before" or "upon" ("distanced himself from the movement *by saying* ..."), the
speaker being the subject of the verb before it, and a participle of speaking right after the one who speaks and
before an opening quotation mark ("footage of *Hillary Clinton asking*, "..."", "Witnesses described *Mayor Ann Lee
shouting*, "...""). Before, the first gave no statement and the second no statement or the wrong speaker."""

from __future__ import annotations

import pytest
from said import contents, named  # tests/attribution/said.py

from onrecord.reader import Reader


@pytest.fixture(scope="module")
def broad(reader):
    return Reader(nlp=reader.nlp, scope="all")


def rows(reader, text: str) -> list[tuple[str | None, str, str]]:
    """(speaker name, cue, content joined) of each statement on the record."""
    return [(st.speaker.name if st.speaker else None, st.cue.text if st.cue else "", " … ".join(c.text for c in
                                                                                               st.content))
            for st in reader.read_text(text).statements]


@pytest.mark.parametrize("text, speaker, content", [
    ("Retired Lt. Gen. Michael Flynn distanced himself from the movement by saying he would be willing to help.\n",
     "Michael Flynn", "he would be willing to help"),
    ("Virginia Governor Terry McAuliffe refuses to discuss potential appointees, aside from saying he wants a diverse "
     "congressional delegation.\n", "Terry McAuliffe", "he wants a diverse congressional delegation"),
    ('Hillary Clinton spoke in Ohio on Monday. She followed that by saying, "I am not a natural politician."\n',
     "Hillary Clinton", '"I am not a natural politician."'),
])
def test_what_one_did_by_saying_is_on_the_record(reader, text, speaker, content):
    found = rows(reader, text)
    assert any(name == speaker and said == content for name, _, said in found), found


def test_by_saying_after_a_cue_is_one_statement_with_the_verb(broad):
    # PolNeAR train marks "began by saying", "punctuated his list by saying", "responded by saying" as one cue
    found = contents(broad, 'President Obama punctuated his list by saying "Too many."\n')
    assert found == [("punctuated his list by saying", '"Too many."')], found
    found = contents(broad, "Republican Senator Bob Corker responded by saying that the deal was weak.\n")
    assert found == [("responded by saying", "that the deal was weak")], found


@pytest.mark.parametrize("text", [
    "Critics blasted Senator Jane Doe for saying the program was a waste.\n",  # Jane Doe said it, not the critics
    "It goes without saying that the vote matters.\n",
    "The show offered Trump a platform, from saying that he feels young to playing up his stamina.\n",
])
def test_other_prepositions_before_saying_give_no_statement_of_it(broad, text):
    assert not any(cue == "saying" for cue, _ in contents(broad, text)), contents(broad, text)


@pytest.mark.parametrize("text, speaker, cue", [
    ('The new ad uses footage of Hillary Clinton asking, "Why aren\'t I 50 points ahead?"\n', "Hillary Clinton",
     "asking"),
    ('The video shows Senator Tom Smith telling voters, "We will win this state."\n', "Tom Smith", "telling"),
    ('Witnesses described Mayor Ann Lee shouting, "Get out of here!"\n', "Ann Lee", "shouting"),
])
def test_the_one_shown_saying_a_quotation_says_it(reader, text, speaker, cue):
    found = rows(reader, text)
    assert len(found) == 1 and found[0][:2] == (speaker, cue), found


def test_a_message_or_its_addressee_before_the_participle_is_no_speaker(broad):
    found = named(broad, 'Ivanka Trump released a statement saying, "We are confident in the brand."\n')
    assert found == [("Ivanka Trump", "Ivanka Trump")], found
    found = named(broad, 'Senator Mary Cole sent a letter to the mayor telling him, "Resign now."\n')
    assert not any(source == "the mayor" for _, source in found), found


def test_a_quotation_after_before_asking_is_the_askings_not_the_verb_before(broad):
    found = contents(broad, '"Promise mama you\'ll keep your hands in sight," Mary J. Blige sings to Hillary Clinton '
                            'before asking her, "I just want to know, where do we go from here?"\n')
    assert found == [("sings", '"Promise mama you\'ll keep your hands in sight,"'),
                     ("asking", '"I just want to know, where do we go from here?"')], found


def test_the_one_who_has_another_released_by_saying_says_it(reader):
    # record dev4, Wikinews on Qandeel Baloch: the parents said it, not the brother they wanted released
    text = ("Mohammed Waseem was sentenced for the murder of his sister. In August, the parents tried to have Waseem "
            "released by saying they forgave him for the killing.\n")
    found = named(reader, text)
    assert found and not any(name == "Mohammed Waseem" for name, _ in found), found
    assert any(source == "the parents" for _, source in found), found


@pytest.mark.parametrize("text", [
    'Mehrdad Pahlavanzadeh, the president of the chess federation, explained the decision to ban the players saying, '
    '"As a first step, these two will be denied entry."\n',
    'Donald Trump issued a statement at his golf club outside Washington, D.C. saying, "The election is far from '
    'over."\n',
])
def test_one_done_to_or_a_place_before_the_participle_is_no_speaker(reader, text):
    # record dev6 and dev3: the one who explained or issued keeps the quotation
    found = named(reader, text)
    assert found and found[0][0] in ("Mehrdad Pahlavanzadeh", "Donald Trump"), found


def test_by_saying_inside_a_quotation_is_the_quoted_speakers_account(reader):
    # the real pages' dev set and PolNeAR-record dev: the quotation is Butterfield's, "He" inside it is Trump
    text = ('Representative G.K. Butterfield spoke on Thursday. "Donald Trump is a fraud! He started this silliness '
            'years ago by saying President Obama is not an American citizen," Butterfield said.\n')
    found = rows(reader, text)
    assert not any(cue == "saying" for _, cue, _ in found), found


@pytest.mark.parametrize("text, speaker, content", [
    ("The vote is close. As the Washington Post reported, the plan is deeply flawed.\n", "The Washington Post",
     "the plan is deeply flawed"),
    ("The audit goes on. As many tax experts have pointed out, Mr. Trump is free to disclose his returns.\n",
     "many tax experts",
     "Mr. Trump is free to disclose his returns"),
])
def test_what_one_reported_in_an_as_clause_is_the_clause_after_it(reader, text, speaker, content):
    # before session 55 these gave no statement at all: the "as" clause's cue had no candidate content
    assert (speaker, content) in [(name, said) for name, _, said in rows(reader, text)], rows(reader, text)


@pytest.mark.parametrize("text", [
    "As he spoke, protesters gathered outside the hall.\n",
    "As Senator Smith was testifying, the lights went out.\n",
    "As expected, the bill passed.\n",
])
def test_an_as_clause_of_time_or_expectation_reports_nothing(broad, text):
    assert contents(broad, text) == [], contents(broad, text)


def test_the_one_told_in_an_as_clause_is_the_addressee_not_what_was_said(reader):
    found = reader.read_text("The plan is new. As Clinton told the New York Daily News, tax relief is given in "
                             "exchange for jobs.\n").statements
    assert [(st.speaker.name, st.addressee.text if st.addressee else None, st.content[0].text) for st in found] == [
        ("Clinton", "the New York Daily News", "tax relief is given in exchange for jobs")]


def test_an_as_clause_with_a_topic_of_its_own_is_when_not_what(broad):
    # record dev3 (Wikinews on Joe Biden): the clause after it is the reporter's
    found = contents(broad, "He spoke again. In another incident, as Biden remarked on the investigation, shortly "
                            "before Trump took office, Biden failed to mention his own request.\n")
    assert not any(cue.startswith("remarked") and "failed" in content for cue, content in found), found


# the review of session 55 (155 probes read with the start code and the new): each case a first version got wrong

def test_one_shown_inside_a_report_leaves_the_report_on_the_record(reader):
    found = rows(reader, 'The council met on Monday.\nProsecutors said the footage shows Jones telling the victim, '
                         '"You\'re next."\n')
    assert [(name, cue) for name, cue, _ in found] == [("Prosecutors", "said")], found


def test_the_one_shown_says_the_quotation_and_not_what_follows_it(reader):
    found = rows(reader, "The council met on Monday.\nThe video shows Trump telling the crowd, “Knock the crap out of "
                         "them,” before he left the stage.\n")
    assert found == [("Trump", "telling", "“Knock the crap out of them,”")], found


@pytest.mark.parametrize("text", [
    "Politicians often dodge questions by saying they cannot comment.\n",
    "If the mayor responds by saying the audit is wrong, the council will vote.\n",
    "The White House is expected to respond by saying the charges are baseless.\n",
    "He never responded by saying he was sorry.\n",
    "Critics say you cannot win an election by saying nothing.\n",
    "By saying yes to the merger, shareholders would lose control of the board.\n",
])
def test_what_one_would_often_or_never_do_by_saying_is_no_statement(broad, text):
    found = contents(broad, "The council met on Monday.\n" + text)
    assert not any(cue.endswith("saying") for cue, _ in found), found


def test_an_act_that_is_no_saying_keeps_out_of_the_cue(reader):
    found = rows(reader, "The council met on Monday.\nOhtani thanked the fans after telling reporters that his "
                         "elbow was fine.\n")
    assert ("Ohtani", "telling", "that his elbow was fine") in found, found


def test_a_passive_subject_says_what_it_said_after_being_questioned(reader):
    found = rows(reader, "The council met on Monday.\nThe CEO was questioned by lawmakers after saying the company had "
                         "not broken the law.\n")
    assert [name for name, _, _ in found] == ["The CEO"], found


def test_an_adverb_before_an_as_clause_is_no_part_of_what_was_said(broad):
    found = contents(broad, "The council met on Monday.\nJust as the pundits said, the race tightened.\n")
    assert ("said", "the race tightened") in found, found


def test_a_poll_shows_no_one_saying_its_findings(reader):
    found = rows(reader, 'The council met on Monday.\nThe poll shows voters saying, "The economy is bad."\n')
    assert not any(name == "voters" for name, _, _ in found), found


def test_what_an_as_clause_reports_by_its_agent_is_the_agents(reader):
    # PolNeAR train marks "As reported by Western Journalism, ..." eight times in nine
    found = rows(reader, "The race goes on. As reported by Western Journalism, there are 150 delegates at stake in "
                         "Ohio.\n")
    assert found == [("Western Journalism", "reported", "there are 150 delegates at stake in Ohio")], found


# session 56: "said" right after a quotation whatever the parse, and the one shown saying it after when it was said


def test_said_right_after_a_quotation_is_its_attribution_whatever_the_parse(broad):
    # the parse makes 'she said, but Kevin was drifting off ...' the clause Melanie said
    found = [(cue, said) for _, cue, said in rows(
        broad, 'Melanie sat with Kevin. "You winning?" she said, but Kevin was drifting off again, and as Trump '
               'went on about "how the system is rigged," Melanie said yes, yes, yes, over and over.\n')]
    assert ("said", '"You winning?"') in found, found
    assert not any(said.startswith("she said") for _, said in found), found


def test_a_relay_keeps_the_attribution_inside_what_it_relays(broad):
    found = contents(broad, '"Delegates should be able to vote the way they see fit," Walker said, according to an '
                            'Associated Press account.\n')
    assert ("according to", '"Delegates should be able to vote the way they see fit," Walker said') in found, found


def test_the_one_shown_saying_a_quotation_after_when_it_was_said(broad):
    found = rows(broad, "The spot concludes with footage of Trump saying during the debate last week, “That makes me "
                        "smart,” when Clinton blasted him.\n")  # PolNeAR dev's words; before, the spot's
    quoted = [(name, cue) for name, cue, said in found if "That makes me smart" in said]
    assert quoted == [("Trump", "saying")], found


@pytest.mark.parametrize("text, speaker, quoted", [
    ("The ad shows footage of Hillary Clinton saying in 2008, “We need to secure our borders.”\n", "Hillary Clinton",
     "“We need to secure our borders.”"),
    ("The campaign released a clip of Marco Rubio saying in an interview, “I’m not running.”\n", "Marco Rubio",
     "“I’m not running.”"),
    # the parse makes "The clip" the participle's subject and what follows the quotation its clause
    ("The clip of Barack Obama saying, “You didn't build that,” was played repeatedly.\n", "Barack Obama",
     "“You didn't build that,”"),
])
def test_the_quotation_of_the_one_shown_is_not_the_showers(broad, text, speaker, quoted):
    found = [(name, said) for name, _, said in rows(broad, text) if said == quoted]
    assert found == [(speaker, quoted)], rows(broad, text)


def test_a_relay_of_an_attribution_and_what_followed_it_keeps_its_row(broad):
    found = contents(broad, "“We will win,” Trump said, and the crowd cheered, according to a pool report.\n")
    assert ("according to", "“We will win,” Trump said, and the crowd cheered") in found, found
