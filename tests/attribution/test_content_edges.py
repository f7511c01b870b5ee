"""Where a content starts and ends (content_edges.py), and cues that report nothing said (issue s7-content):
a prepositional phrase of the cue is where or when it was said, not what; the reporter's narration and
another source's claim after a content are not part of it; a participle's or a naming verb's subject is
no speaker; an interview answer goes on over a hard line break, and a chart's legend is no answer."""

from __future__ import annotations

import pytest
from said import contents  # tests/attribution/said.py

from onrecord.attribution.content_edges import without_dangling_word


def test_the_quotation_after_a_setting_is_the_content(reader):
    found = contents(reader, 'The bill was drafted by Alex Greenwich who said on the parliament floor, "It follows '
                             'decades of work from campaigners and activists."\n')
    assert found and found[0][1].startswith('"It follows decades')
    assert not any(c == "the parliament floor" for _, c in found)


def test_a_clause_hung_on_the_setting_is_the_content(reader):
    found = contents(reader, "Judge Amy Jackson clarified in the proceedings that her sentencing decisions were not "
                             "connected to the earlier case.\n")
    assert found and found[0][1].startswith("her sentencing decisions were not connected")


def test_a_setting_with_nothing_said_after_it_is_no_statement(reader):
    found = contents(reader, "Police officer Mark Davis testified in his own defense at the trial on Monday.\n")
    assert not found, found


def test_the_cue_subjects_own_act_after_the_content_is_narration(reader):
    found = contents(reader, "President Donald Trump hinted that the task force would be disbanded, but later "
                             "reversed himself.\n")
    assert found and found[0][1] == "that the task force would be disbanded"


def test_another_sources_claim_after_the_content_is_not_part_of_it(reader):
    found = contents(reader, "The Investigative Committee says it has found no trace of explosives, despite "
                             "Znak.com claiming an anonymous source described an apartment being used as a depot.\n")
    assert found and found[0][1] == "it has found no trace of explosives"


def test_the_descriptor_of_a_source_after_the_content_is_not_content(reader):
    found = contents(reader, "Various activities are being held this month, including yoga, sports competition "
                             "and trekking, newspaper The Hindu reported.\n")
    assert found and found[0][1].endswith("and trekking")


def test_the_clause_of_a_relative_cue_is_its_content_not_the_noun(reader):
    # with its relative word where that is the clause's subject, as PolNeAR's annotators mark it
    found = contents(reader, "NASA has selected two astronauts for the first manned mission, which NASA said might "
                             "take place this summer.\n")
    assert ("said", "which … might take place this summer") in found


def test_a_relative_clause_the_parse_hung_on_the_main_verb_says_only_its_own_clause(reader):
    # the parse makes "claimed" a complement of "posted": the content is still the relative clause's, never
    # the sentence around it (which put "Donald Trump posted footage ..." in Trump's mouth)
    found = contents(reader, "Donald Trump posted footage on Twitter from a soon-to-be released 60 Minutes interview "
                             "with Leslie Stahl, that Trump claimed was unfair.\n")
    assert ("claimed", "that … was unfair") in found, found


def test_the_one_asked_is_no_speaker_of_the_question(reader):
    found = contents(reader, "When asked to clarify his association with the donor, Rocky De La Fuente said no.\n")
    assert not any("clarify" in c for _, c in found), found


def test_a_name_given_is_not_said(reader):
    found = contents(reader, "The team of scientists studied the statues of the island of Rapa Nui, also called "
                             "Easter Island.\n")
    assert not any(c == "Easter Island" for _, c in found), found
    found = contents(reader, 'The move was met with what WalesOnline called "fury" from local tourism chiefs.\n')
    assert found == [], found
    found = contents(reader, "Vanderbilt also authored several books, including the 2009 novel Obsession, which the "
                             "New York Times called \"the steamiest book ever written by an octogenarian.\"\n")
    assert [c for c, _ in found] == ["called"], found  # a verdict, not a name


def test_who_wrote_a_work_is_not_said(reader):
    assert contents(reader, "Dear Abby is written by Abigail Van Buren, also known as Jeanne Phillips.\n") == []
    found = contents(reader, '"We will win," was written by the mayor on a sign.\n')  # words, quoted
    assert [c for c, _ in found] == ["was written"], found


@pytest.mark.parametrize("text, found", [
    ("The Verge found the game does not run in native 4K. Google confirmed this in a statement.\n", []),
    ("The minister was asked about the payments. The minister denied it.\n", []),
    ("Taylor Swift described this as the \"worst case scenario\".\n", ["this as the \"worst case scenario\""]),
])
def test_a_word_that_points_back_is_no_content(reader, text, found):
    assert [c for _, c in contents(reader, text)] == found


def test_a_research_model_is_no_speaker(reader):
    found = contents(reader, "The new model indicated these traces of oxygen should be able to enter salty seeps "
                             "of water on the planet.\n")
    assert not found, found


INTERVIEW = """((WN))  What happened to the code?

((Richard Stallman))  It was a distortion of the law, and I believe that is why it was an additional level
of oppression.  But that is what the law was there to achieve.

((WN))  What did the chart show?

((Naomi Martisius))  It showed the bones we found.

██ Rhinoceros: 1

((WN))  Thank you.
"""


def test_an_answer_goes_on_over_a_hard_line_break_and_a_legend_is_no_answer(reader):
    found = contents(reader, INTERVIEW)
    answers = [c for cue, c in found if not cue]
    assert any(c.startswith("It was a distortion") and c.endswith("there to achieve.") for c in answers), answers
    assert not any(c.startswith("of oppression") for c in answers), answers
    assert not any("Rhinoceros" in c for c in answers), answers


def test_a_trailing_saying_with_its_quotation_is_its_own_statement(reader):
    found = contents(reader, "In a livestream, Senator Maria Lopez told her supporters her reasons, pointing out "
                             "she had secured around 300 delegates fewer than Joe Biden, saying \"the path toward "
                             "victory is virtually impossible\".\n")
    pointing = [c for cue, c in found if cue.startswith("pointing")]
    assert pointing == ["she had secured around 300 delegates fewer than Joe Biden"], found
    assert sum("the path toward victory" in c for _, c in found) == 1, found


def test_a_cue_in_an_aside_already_cut_off_does_not_cut_the_claim(reader):
    found = contents(reader, "In the book, John Bolton claims the president asked Xi Jinping for help in the 2020 "
                             "election, which the president denied.\n")
    claims = [c for cue, c in found if cue == "claims"]
    assert claims == ["the president asked Xi Jinping for help in the 2020 election"], found


def test_an_editors_bracket_opening_the_first_word_stays(reader):
    found = contents(reader, 'Ghebreyesus expressed a similar view, saying "[w]e have never before seen a pandemic '
                             'sparked by a coronavirus." He continued, "[a]nd we have never before seen a pandemic '
                             'that can be controlled at the same time."')
    assert [c for _, c in found] == [
        '"[w]e have never before seen a pandemic sparked by a coronavirus."',
        '"[a]nd we have never before seen a pandemic that can be controlled at the same time."'], found


def test_a_content_goes_on_over_a_sentence_end_the_parse_made_with_no_mark(reader):
    text = ("Differing slightly in a Newsweek essay, Professor John C. Eastman of Chapman University School of Law "
            "writes that the term \"subject to\" in the 14th Amendment requires parents to be citizens subject to "
            "\"complete jurisdiction\" rather than mere \"partial jurisdiction\" as noncitizens.")
    [st] = reader.read_text(text).statements
    assert st.content[0].text.endswith("as noncitizens")


def test_a_content_stops_at_a_line_s_end(reader):
    text = "Officials said the bridge would reopen in May\nTraffic is expected to rise sharply after that."
    assert [st.content[0].text for st in reader.read_text(text).statements] == ["the bridge would reopen in May"]


def test_a_content_does_not_go_on_into_a_sentence_with_its_own_cue(reader):
    text = ("DuVernay said she felt the 13th Amendment was worth examining because \"most people don't know about "
            "that loop-hole,\" she said.")
    for st in reader.read_text(text).statements:
        assert not st.content[-1].text.endswith("she said")


def test_the_quotation_after_the_one_told_is_the_content_and_the_one_told_its_addressee(reader):
    text = ('Joe Biden made a couple of gaffes in May. More consequential, he told African American radio host '
            'Charlamagne tha God "if you have a problem figuring out whether you\u2019re for me or Trump, then you '
            'ain\u2019t black."\n')
    [st] = [st for st in reader.read_text(text).statements if st.cue.text == "told"]
    assert st.kind == "direct" and st.content[0].text.startswith('"if you have a problem')
    assert st.addressee is not None and st.addressee.text.endswith("Charlamagne tha God")
    assert st.speaker.name == "Joe Biden"


def test_an_outlet_told_is_not_the_quotations_subject(reader):
    text = ('Politicians mourned his death. Democrat Chuck Schumer, the Senate minority leader, told MSNBC Cummings '
            '"was a great man," while Republican President Trump noted his "strength, passion and wisdom" on Twitter.\n')
    st = next(st for st in reader.read_text(text).statements if st.cue.text == "told")
    assert (st.kind, st.content[0].text, st.speaker.name) == ("mixed", 'Cummings "was a great man,"', "Chuck Schumer")


def test_the_reporters_clause_after_a_quotation_is_not_content_but_and_that_is(reader):
    text = ('Adamowicz died on Monday. Health Minister Lukasz Szumowski said "We could not win," and the city flag '
            'is at half-mast.\nCoach Tom Baker said "we lost the game," and that the team would rebuild.\n')
    found = [(st.kind, st.content[-1].text) for st in reader.read_text(text).statements]
    assert found[0] == ("direct", '"We could not win,"')
    assert found[1][1].endswith("and that the team would rebuild")


def test_the_reporters_scene_after_a_quotation_closed_on_a_comma_is_not_content(reader):
    text = ("Thousands of teachers rallied in Indianapolis.\nTeachers chanted, “Fund our schools,” and “Put kids "
            "first,” as hundreds of them lined entrances to the Statehouse, many holding handmade signs.\n"
            "The mayor said, “We will rebuild,” as residents lined the streets.\n"
            "The governor said, “We will rebuild,” and “We will be stronger.”\n")
    found = [(st.kind, [c.text for c in st.content]) for st in reader.read_text(text).statements]
    assert found[:2] == [("direct", ["“Fund our schools,”", "“Put kids first,”"]), ("direct", ["“We will rebuild,”"])]
    assert found[2][1] == ["“We will rebuild,” and “We will be stronger.”"]  # no scene after: both, as one


@pytest.mark.parametrize("text, content", [
    ('The finance minister warned, "Prices will rise sharply," if the tariffs go ahead.\n',
     '"Prices will rise sharply," if the tariffs go ahead'),  # a condition: the speaker's
    ('The general said, "The troops will withdraw," after the ceasefire takes hold.\n',
     '"The troops will withdraw," after the ceasefire takes hold'),  # a time still to come
    ('The chancellor said, "Germany stands with Ukraine," while Russia continues its attacks.\n',
     '"Germany stands with Ukraine," while Russia continues its attacks'),
])
def test_a_clause_after_a_quotation_that_may_be_the_speakers_stays(reader, text, content):
    assert reader.read_text(text).statements[0].content[-1].text == content


def test_a_clause_joined_after_a_quoted_object_is_what_happens_next_not_content(reader):
    text = ('It borrowed an analogy from The Lord of the Rings. The travelers say "friend" and the door opens.\n'
            'The  travelers say "friend" and the door opens.\n'  # as the article spaces it, parsed otherwise
            'The minister said the plan was good and the opposition disagreed.\n')
    found = [(st.kind, [c.text for c in st.content]) for st in reader.read_text(text).statements]
    assert found == [("direct", ['"friend"'])] * 2 + [("indirect", ["the plan was good and the opposition disagreed"])]


def test_a_content_the_parse_laid_over_its_own_source_is_no_statement(reader):
    text = ("Ricardo Llerandi, Rossell\u00f3's chief of staff, also announced his resignation effective next "
            "Wednesday, July 31.\n")
    assert not [st for st in reader.read_text(text).statements
                if st.source and any(c.start < st.source.end and st.source.start < c.end for c in st.content)]


@pytest.mark.parametrize("text", [
    "The party posted an edit of an interview with Keir Starmer. The video had been altered to show Starmer failing "
    "to answer a question about Brexit, when, in fact, he responded quickly.\n",
    "Maria Lopez resigned from the cabinet after she criticized the budget.\n",
])
def test_a_cue_in_a_subordinate_clause_did_not_say_the_main_clause(reader, text):
    assert not reader.read_text(text).statements


def test_as_the_source_said_still_attributes_the_main_clause(reader):
    [st] = reader.read_text("The plan will fail, as Maria Lopez said last week.\n").statements
    assert st.content[0].text == "The plan will fail" and st.speaker.name == "Maria Lopez"


@pytest.mark.parametrize("text, content", [
    ("VIENNA \u2014 The house where Adolf Hitler was born will be turned into a police station, Maria Lopez said "
     "on Tuesday.\n", "The house where Adolf Hitler was born will be turned into a police station"),
    ("NATO - the alliance - is strong, Maria Lopez said.\n", "NATO - the alliance - is strong"),
])
def test_a_content_opening_its_paragraph_does_not_take_the_dateline(reader, text, content):
    assert [c.text for st in reader.read_text(text).statements for c in st.content] == [content]


def test_a_source_opening_its_paragraph_does_not_take_the_dateline(reader):
    text = ("HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists using a telescope atop Mauna Kea have confirmed the "
            "presence of water vapor on the surface of Europa.\n")
    assert [st.source.text for st in reader.read_text(text).statements] == [
        "NASA scientists using a telescope atop Mauna Kea"]


def test_an_object_content_does_not_take_the_document_it_was_said_in(reader):
    from onrecord.reader import Reader

    text = "The ministry rejected the claims of the opposition in a statement posted on its website.\n"
    found = [" ".join(c.text for c in st.content) for st in Reader(nlp=reader.nlp, scope="all").read_text(text).statements]
    assert all("statement" not in c for c in found), found


@pytest.mark.parametrize("text, cue, content", [
    ("China said it was opposed to the test and warned North Korea to refrain from further actions.\n",
     "warned", "North Korea to refrain from further actions"),
    ("Palmieri called on Trump to stop attacking Machado and apologize.\n",
     "called on", "Trump to stop attacking Machado and apologize"),
    ("Trump called for female contestants to wear shorter dresses.\n",
     "called for", "female contestants to wear shorter dresses"),
])
def test_an_infinitive_content_takes_the_one_urged_to_carry_it_out(reader, text, cue, content):
    from onrecord.reader import Reader

    found = [(st.cue.text, " ".join(c.text for c in st.content))
             for st in Reader(nlp=reader.nlp, scope="all").read_text(text).statements]
    assert (cue, content) in found, found


def test_the_one_told_to_do_something_stays_out_of_the_content(reader):
    [st] = reader.read_text("The minister told his advisers to prepare for a long fight.\n").statements
    assert st.content[0].text == "to prepare for a long fight" and st.addressee.text == "his advisers"


@pytest.mark.parametrize("text, content", [
    ("Some feared a recession. But the goal is not revenue, Maria Lopez said.\n", "the goal is not revenue"),
    ("Growth slowed. However, slower growth in Europe is being offset by Asia, the report by the bank said.\n",
     "slower growth in Europe is being offset by Asia"),
    ("However laudable the goal, the tax is a misguided approach, Maria Lopez said.\n",
     "However laudable the goal, the tax is a misguided approach"),  # "however" of degree stays
])
def test_a_content_before_its_cue_does_not_take_the_connective_opening_it(reader, text, content):
    from onrecord.reader import Reader

    found = [c.text for st in Reader(nlp=reader.nlp, scope="all").read_text(text).statements for c in st.content]
    assert content in found, found


@pytest.mark.parametrize("text, cue, content", [
    ("Sanders said the plan was bad, going on to say that the country has spent years fighting racism.\n",
     "going on to say", "that the country has spent years fighting racism"),
    ("He again refused to pledge to release his tax returns before the election.\n",
     "again refused to pledge", "to release his tax returns before the election"),
    ("He vowed to fight the ruling.\n", "vowed", "to fight the ruling"),  # no verb of saying: the infinitive is it
    ("Trump called for the president to resign.\n", "called for", "the president to resign"),  # "for" is the cue's
    ("The group has been quietly pushing for Mr. Trump to own the issue.\n", "has been quietly pushing for",
     "Mr. Trump to own the issue"),
    ("The senator declined to discuss potential appointees.\n", "declined",
     "to discuss potential appointees"),  # declining is the act reported
    ("Clinton is describing as \u201cunhinged\u201d a Donald Trump tweet attacking a former Miss Universe.\n",
     "is describing", "\u201cunhinged\u201d a Donald Trump tweet attacking a former Miss Universe"),  # "as": neither
])
def test_an_infinitive_of_saying_and_a_leading_for_join_the_cue(reader, text, cue, content):
    from onrecord.reader import Reader

    found = [(st.cue.text, " ".join(c.text for c in st.content))
             for st in Reader(nlp=reader.nlp, scope="all").read_text(text).statements]
    assert (cue, content) in found, found


@pytest.mark.parametrize("text, content", [
    ("The campaign reported record donations on Twitter.\n", "record donations"),
    ("The senator denied the bribery charges Thursday.\n", "the bribery charges"),
    ("The state news agency announced the death on television.\n",
     "the death on television"),  # not down to a bare noun, which the record would leave out as a topic
])
def test_an_object_content_does_not_take_where_or_when_it_was_said(reader, text, content):
    from onrecord.reader import Reader

    found = [c.text for st in Reader(nlp=reader.nlp, scope="all").read_text(text).statements for c in st.content]
    assert content in found, found


@pytest.mark.parametrize("text, content", [
    ("Drinks that critics described as dangerous were banned.\n", ["Drinks", "dangerous"]),  # the first words
    ("The company sells a drink that critics described as dangerous.\n", ["a drink", "dangerous"]),
    ("The coating uses polymers that Wang described as resembling human hairs.\n",  # parsed as "uses" + a clause
     ["polymers", "resembling human hairs"]),
])
def test_a_relative_clause_that_describes_its_noun_says_it_of_the_noun(reader, text, content):
    assert [[c.text for c in st.content] for st in reader.read_text(text).statements] == [content]


@pytest.mark.parametrize("text", [
    'He fired the coach, which club president Anna Berg described as "long overdue and very welcome."',
    'The agency released the report on Friday, which Governor Eric Holcomb described as "a deliberate attempt to '
    'mislead."\n',
])
def test_which_after_a_clause_may_stand_for_the_clause_so_only_the_quotation_is_said(reader, text):
    assert [[c.text for c in st.content] for st in reader.read_text(text).statements][-1][0].startswith('"')


@pytest.mark.parametrize("text, content", [
    ("Waseem confessed to killing his sister in 2016 in what has widely been called an honor killing.\n",
     "killing his sister in 2016"),
    ("The minister said troops entered the town in what has been termed a rescue.\n", "troops entered the town"),
])
def test_what_others_call_it_is_not_what_was_said(reader, text, content):
    assert [c.text for st in reader.read_text(text).statements for c in st.content] == [content]


def test_by_saying_gives_what_was_said_not_the_one_answered(reader):
    text = ("President Barack Obama responded to a Gold Star mother Wednesday night by saying his refusal to use "
            "the words was a manufactured issue.\n")
    [st] = reader.read_text(text).statements
    assert st.content[0].text == "his refusal to use the words was a manufactured issue"
    assert st.addressee.text == "a Gold Star mother" and st.speaker.name == "Barack Obama"


def test_a_contrast_after_according_to_is_the_reporters(reader):
    from said import contents

    found = contents(reader, "Trump has admitted to ordering the payments, according to prosecutors, but the "
                             "Justice Department maintains a policy of not charging a sitting president.\n"
                             "Five people died, according to police, and twenty were injured.\n")
    assert found == [("according to", "Trump has admitted to ordering the payments"),
                     ("according to", "Five people died … and twenty were injured")]


def test_a_content_ends_at_a_semicolon_that_opens_another_clause_over_the_cue(reader):
    from said import contents

    found = contents(reader, "Both officers indicated they would appeal; Quirin wept in his lawyer's arms when "
                             "convicted. In addition to prison, the men's identities are now public.\n")
    assert found == [("indicated", "they would appeal")]
    found = contents(reader, "In findings published Wednesday, researchers reported that premature deaths attributable "
                             "to power plants were disproportionately caused by coal; that race was a significant "
                             "factor in who was affected; and that a substantial fraction of the deaths were from "
                             "pollution crossing state lines.\n")
    assert found[0][1].endswith("crossing state lines"), found  # "that ...; that ...": one list of what was said


def test_an_object_takes_the_clause_the_parse_left_without_it_after_a_comma(reader):
    from said import contents

    found = contents(reader, "On Friday the government announced the new region, to be called Bangsamoro, would be "
                             "governing itself from 2022.\n")
    assert found == [("announced", "the new region, to be called Bangsamoro, would be governing itself from 2022")]
    found = contents(reader, "This week saw a referendum seeking to create a new autonomous, self-administered region "
                             "in Muslim-majority Mindanao, potentially ending decades of conflict with the Moro Islamic "
                             "Liberation Front. Of the 2.8 million who voted, 85% were in favour and on Friday the "
                             "government announced the new region, to be called Bangsamoro, would be governing itself "
                             "from 2022.\n")  # the parse hangs the clause on "were"
    assert ("announced", "the new region, to be called Bangsamoro, would be governing itself from 2022") in found


def test_an_object_with_the_cues_phrase_after_it_takes_the_past_clause_left_without_a_subject(reader):
    from said import contents

    found = contents(reader, "The German government announced the tests by a military laboratory found Novichok in "
                             "Navalny's blood, and said there was \"unequivocal\" proof he had been poisoned.\n")
    assert found[0] == ("announced", "the tests by a military laboratory found Novichok in Navalny's blood"), found


def test_the_one_asked_is_not_what_was_asked_for(reader):
    from onrecord.reader import Reader
    text = "Johnson asked Queen Elizabeth II for this prorogation in August.\n"
    found = [[c.text for c in st.content] for st in Reader(nlp=reader.nlp, scope="all").read_text(text).statements]
    assert found == [["for this prorogation"]], found
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Johnson"]  # asking someone is saying


def test_the_one_asked_for_an_act_stays_with_it(reader):
    from onrecord.reader import Reader
    found = [" ".join(c.text for c in st.content)
             for st in Reader(nlp=reader.nlp, scope="all").read_text("The mayor asked residents to stay home.\n").statements]
    assert found == ["residents to stay home"], found


def test_the_message_issued_before_a_colon_joins_the_cue_and_the_words_after_it_are_said(reader):
    # "released" alone is an act, not speech: the statement was left off the record
    found = contents(reader, "The city council met on Monday.\n\nBiden-Harris released a statement: \"We cannot "
                             "accept that in this country a mental health crisis ends in death.\"\n")
    assert found == [("released a statement",
                      "\"We cannot accept that in this country a mental health crisis ends in death.\"")], found


def test_a_message_issued_with_no_colon_after_it_is_no_statement(reader):
    assert contents(reader, "The city council met on Monday.\n\nShe wrote a letter to the editor last week.\n") == []


def test_an_exclamation_is_on_the_record(reader):
    found = contents(reader, "The city council met on Monday.\n\nAs Pence attempted to interrupt, Harris exclaimed, "
                             "\"Mr. Vice President, I'm speaking.\"\n")
    assert found == [("exclaimed", "\"Mr. Vice President, I'm speaking.\"")], found


def test_a_concession_or_a_purpose_the_cue_governs_is_not_what_was_said(reader):
    found = contents(reader, "The debate was held on Thursday.\n\nTrump accused Biden of wanting to ban fracking. "
                             "Biden denied, though Trump said it is on tape.\n\nOn Friday, President Trump declared a "
                             "state of emergency so he could fund a wall on the border.\n\nAttorneys general filed a lawsuit against the "
                             "state of emergency United States President Donald Trump declared last Friday so he could "
                             "fund a wall on the U.S.-Mexican border.\n")  # the parse makes this "so" a complement
    assert found == [("accused", "Biden of wanting to ban fracking"), ("said", "it is on tape")], found


def test_what_was_asked_if_stays_the_content(reader):
    found = contents(reader, "The debate was held on Thursday.\n\nReporters asked the mayor if the budget would "
                             "be cut.\n")
    assert [cue for cue, _ in found] == ["asked"] and found[0][1].endswith("the budget would be cut"), found


def test_a_refusal_is_not_a_denial_said(reader):
    found = contents(reader, "The court met on Monday.\n\nCongress has repeatedly denied funding for such a wall. "
                             "The minister denied that the funds were misused. The House of Representatives confirmed "
                             "Pierluisi's nomination on Friday.\n")
    assert found == [("denied", "that the funds were misused")], found


def test_a_parenthetical_cue_does_not_take_the_clause_a_semicolon_closes_before_it(reader):
    found = contents(reader, "Sea-Eye renamed their ship on Sunday.\n\nKurdi, his brother, and his mother were among "
                             "eleven migrants who died; they had, his surviving father says, paid people smugglers to "
                             "take them to Greece.\n")
    assert found == [("says", "they had … paid people smugglers to take them to Greece")], found


def test_an_according_to_after_a_colon_attributes_what_follows_the_colon(reader):
    # the parse hangs the list after the name on it as an apposition
    found = contents(reader, "The lawsuit was filed on Monday.\n\nTrump's state of emergency appears to allow him to "
                             "pull funding for the border wall from other places: potentially, according to Al "
                             "Jazeera, US$3.6 billion from a Pentagon construction budget, $2.5 billion from anti-drug "
                             "programs, and $601 million from a fund.\n")
    assert found == [("according to", "US$3.6 billion from a Pentagon construction budget, $2.5 billion from "
                      "anti-drug programs, and $601 million from a fund")], found


def test_a_relative_word_is_not_what_was_said(reader):
    found = contents(reader, "The debate was held on Thursday.\n\nAt his town hall, which newspaper The Hill described "
                             "as combative, Trump refused to disavow the conspiracy theory.\n")
    assert all("which" not in content.split() for _, content in found), found


def test_what_a_description_stands_for_is_not_what_was_said(reader):
    found = contents(reader, "Van Der Beek was eliminated in what host Tom Bergeron described as the \u201chardest "
                             "judge\u2019s verdict so far this season.\u201d\n")
    assert found == [("described", "the \u201chardest judge\u2019s verdict so far this season.\u201d")], found


def test_the_time_it_was_said_is_not_the_start_of_what_was_said(reader):
    found = contents(reader, "The court met on Monday.\n\nPrime Minister Jacinda Ardern said at a press conference "
                             "yesterday morning the gun laws should be changed.\n\nYesterday morning the gun laws were "
                             "changed, she said.\n\nGovernor Kay Ivey signed the act on Wednesday.\n\nThe governor "
                             "tweeted her reasoning saying, \"Today, I signed into law the Alabama Human Life Protection "
                             "Act. To the bill's many supporters, this legislation stands as a powerful testament.\"\n")
    assert found[:2] == [("said", "the gun laws should be changed"),
                         ("said", "Yesterday morning the gun laws were changed")], found
    assert [content[:12] for _, content in found[2:]] == ["\"Today, I si"], found  # the time inside it is said


@pytest.mark.parametrize("text, content", [
    ("Erdogan also said earlier he might rename the monument.", "he might rename the monument"),
    ("Mary Smith said later the park would close.", "the park would close"),
    ("Mary Smith said recently opened parks would close.", "recently opened parks would close"),  # of "opened"
    ("Mary Smith said the park would close later.", "the park would close later"),
    ("Mary Smith said on Monday the park would close.", "the park would close"),
    ("Mary Smith said on Monday that the park would close.", "that the park would close"),
    ("The ministry said previously unknown species had been found.",  # of "unknown"
     "previously unknown species had been found"),
    ("Mary Smith said later that year the law was void.", "later that year the law was void"),
    ("Mary Smith said Monday the victim was one of two people who caught the virus.",
     "the victim was one of two people who caught the virus"),
    ("Mary Smith said every day the children go hungry.", "every day the children go hungry"),
])
def test_a_time_right_after_the_cue_is_when_it_was_said(reader, text, content):
    assert contents(reader, text) == [("also said" if "also" in text else "said", content)]


def test_the_verb_after_an_objects_relative_aside_is_the_objects(reader):
    found = contents(reader, "A few days later, Joe Biden made another frank comment when he claimed 56 percent of "
                             "respondents to a Gallup poll, who regarded their personal situation as better now than "
                             "four years ago, were not remembering correctly, adding people should vote.\n")
    assert ("claimed", "56 percent of respondents to a Gallup poll, who regarded their personal situation as better "
                       "now than four years ago, were not remembering correctly") in found, found
    assert ("adding", "people should vote") in found, found


def test_a_clause_after_the_object_and_a_phrase_of_the_cue_is_the_objects(reader):
    found = contents(reader, "The National Transportation Safety Committee of Indonesia on Monday announced the cockpit "
                             "voice recorder from Lion Air Flight 610 has been recovered from the Java Sea.\n")
    assert found == [("on Monday announced", "the cockpit voice recorder from Lion Air Flight 610 has been recovered "
                                             "from the Java Sea")], found


def test_a_content_stopped_inside_a_clause_set_against_it_ends_before_while(reader):
    found = contents(reader, "Officials later announced an arrest of a rubber tapper — a man in his forties identified "
                             "only as \"P Wilson\" — in the elephant's death while as of yesterday two other suspects "
                             "were reportedly at large.\n")
    assert found == [("later announced", "an arrest of a rubber tapper — a man in his forties identified only as "
                                         "\"P Wilson\" — in the elephant's death")], found


@pytest.mark.parametrize("text, content", [
    ("Mary Smith said he would leave the group. (The group has 40 members.)", "he would leave the group"),
    ("Mary Smith said they would sue HDT Ipari Kft. (Reporting by Jane Doe; Editing by Tom Lee)",
     "they would sue HDT Ipari Kft"),
])
def test_a_full_stop_after_a_word_or_before_a_credit_line_ends_the_content(reader, text, content):
    assert [c for _, c in contents(reader, text)] == [content]


def test_the_stop_of_a_legal_form_ends_no_content(reader):
    found = contents(reader, "On Monday, Hungarian daily newspaper Magyar Nemzet revealed a deal whereby, on October 29, "
                             "Hungarian state-owned enterprise HDT Védelmi Ipari Kft. (HDT Limited) acquired Austrian "
                             "mortar and shell manufacturer Hirtenberger Defence Group.\n")
    assert found[0][1].endswith("Kft. (HDT Limited) acquired Austrian mortar and shell manufacturer Hirtenberger "
                                "Defence Group"), found


@pytest.mark.parametrize("text, content", [
    ("Nettie Baker said he died in Britain without elaborating.", "he died in Britain"),
    ("Mary Smith claimed the vote was rigged without providing evidence.", "the vote was rigged"),
    ("Mary Smith said the country could not grow without investing in schools.",
     "the country could not grow without investing in schools"),  # what was said
])
def test_a_trailing_without_of_how_it_was_said_is_not_said(reader, text, content):
    assert [c for _, c in contents(reader, text)] == [content]


def test_the_one_asked_alone_is_no_statement(reader):
    found = contents(reader, "The court met on Monday.\n\nTrump had asked the United States District Court for the "
                             "Southern District of New York intervene in a New York City criminal proceeding.\n\n"
                             "Johnson asked Queen Elizabeth II for this prorogation.\n")
    assert found == [("asked", "for this prorogation")], found



def test_a_content_cut_at_the_comma_closing_an_aside_takes_the_phrase_completing_its_verb(reader):
    found = contents(reader, "The vote was held on Sunday.\n\nOn Wednesday, as a part of his pre-election campaign, the "
                             "Turkish President Recep Tayyip Erdoğan  pledged converting Hagia Sophia, formerly a Greek "
                             "Orthodox church and now a museum, to a mosque, following the election today. He announced "
                             "this change by live television on Wednesday and again verbally in a rally on Friday.\n")
    assert found[0] == ("pledged", "converting Hagia Sophia, formerly a Greek Orthodox church and now a museum, to a "
                                   "mosque"), found


def test_another_claim_before_a_semicolon_is_not_the_content_of_the_cue_after_it(reader):
    found = contents(reader, "The elephant died in May.\n\nInitial reports stated the firecracker-laden fruit was a "
                             "pineapple; NDTV later reported officials, following an investigation, stated it was a "
                             "coconut.\n")
    assert not any("pineapple" in content for _, content in found), found


def test_a_venue_the_parse_hung_on_the_subject_it_gave_back_is_not_content(reader):
    found = contents(reader, "The city of Calabasas announced on Twitter the Federal Aviation Administration and the "
                             "National Transportation Safety Board were to investigate the cause of the crash.\n")
    assert found == [("announced", "the Federal Aviation Administration and the National Transportation Safety "
                                    "Board were to investigate the cause of the crash")], found


def test_a_relative_clause_opened_by_a_preposition_is_the_reporters_aside(reader):
    found = contents(reader, "Brock Pierce called for an end to the War on Drugs, with which Hawkins and La Riva "
                             "somewhat agreed.\n")
    assert found == [("called for", "an end to the War on Drugs")], found


def test_a_clause_hung_on_the_cue_after_a_later_nouns_is_that_nouns_not_what_was_asked(reader):
    found = contents(reader, "Protesters called for Rosselló's resignation after revelations he and his staffers sent "
                             "anti-homosexual and misogynistic comments using Telegram, a messaging app.\n")
    assert found == [("called for", "Rosselló's resignation")], found


def test_a_clause_with_that_after_a_later_noun_stays_the_content(reader):
    found = contents(reader, "Mayor Jane Doe said after the storm that the roads would reopen on Monday.\n")
    assert found == [("said", "that the roads would reopen on Monday")], found


def test_an_aside_before_the_that_of_what_was_said_is_how_it_was_said(reader):
    found = contents(reader, "The company said, citing its own sales data, that revenue rose in March.\n\n"
                             "Police said, if the weather holds, that the road would open on Monday.\n")
    assert found == [("said", "that revenue rose in March"),
                     ("said", "if the weather holds, that the road would open on Monday")], found


def test_a_quotation_hung_on_the_cue_right_after_the_object_is_part_of_what_was_said(reader):
    found = contents(reader, "President Donald Trump responded to her letter on Twitter, calling for the beginning of "
                             "a presidential transition process \"in the best interests of the country\".\n")
    assert found == [("calling for", 'the beginning of a presidential transition process "in the best interests of '
                                      'the country"')], found


def test_a_quoted_phrase_the_parse_hung_on_the_cue_by_its_last_word_is_part_of_what_was_said(reader):
    found = contents(reader, "According to Forbes, West claimed to be in communication with Trump's son-in-law and "
                             "White House adviser Jared Kushner \"almost daily.\" In mid-August, Kushner helped "
                             "broker a deal.\n")
    assert found == [("claimed", "to be in communication with Trump's son-in-law and White House adviser Jared "
                                 "Kushner \"almost daily.\"")], found


def test_what_the_cue_names_someone_as_goes_with_the_one_named(reader):
    found = contents(reader, "The riots went on. Trump referred to the riots as acts of \"domestic terror\" and "
                             "placed further emphasis on maintaining \"law and order.\"\n\n"
                             "Jerome Segal is running for president. He announced de Graaf as his running mate this "
                             "past April.\n")
    assert found == [("referred to", 'the riots as acts of "domestic terror"'),
                     ("announced", "de Graaf as his running mate")], found


def test_what_the_cue_names_someone_as_ends_before_where_and_when(reader):
    found = contents(reader, "The senator referred to the president as a \"fraud\" in a tweet on Friday.\n\n"
                             "Putin referred to the protesters as \"provocateurs\" on state television on Wednesday.\n\n"
                             "The judge referred the case to a higher court as a matter of urgency.\n")
    assert found[:2] == [("referred to", 'the president as a "fraud"'),
                         ("referred to", 'the protesters as "provocateurs"')], found
    assert all(cue != "referred the case to" for cue, _ in found), found  # "to" not right after the cue
    found = contents(reader, "Biden referred to Putin as a \"killer\" in an interview with ABC News that aired on "
                             "Wednesday.\n\nThe coach referred to Messi as the greatest player in the world.\n")
    assert found == [("referred to", 'Putin as a "killer"'),
                     ("referred to", "Messi as the greatest player in the world")], found


def test_a_reason_before_a_cue_set_in_the_sentence_is_part_of_what_was_said(reader):
    found = contents(reader, "Because warmer water is more buoyant, says the study, it rises above cooler water, "
                             "creating what the scientists describe as an \"upside-down river\".\n")
    assert found[0] == ("says", "Because warmer water is more buoyant … it rises above cooler water"), found


def test_a_passive_report_of_an_infinitive_keeps_the_subject_it_is_said_of(reader):
    found = contents(reader, "Politicians and the Archbishop of Gdansk were reported by local media to have visited "
                             "the hospital while the mayor received emergency surgery.\n")
    assert found == [("were reported", "Politicians and the Archbishop of Gdansk … to have visited the hospital "
                                       "while the mayor received emergency surgery")], found


def test_a_cue_with_a_thing_as_its_object_says_that_not_the_clause_before_it(reader):
    found = contents(reader, "In brief: the Libertarian Party's nominee secures ballot access in all 50 states, the "
                             "Unity Party nominee proposes a novel solution to the issue of \"packing\" the Supreme "
                             "Court, and three candidates give their thoughts on the conflict.\n\n"
                             "The roads are closed, the mayor said Tuesday. The plan is bad, he told reporters.\n")
    assert found == [("proposes", 'a novel solution to the issue of "packing" the Supreme Court'),
                     ("said", "The roads are closed"), ("told", "The plan is bad")], found
    from onrecord.reader import Reader

    found = contents(reader, "The vaccine is safe and effective, the agency stressed the point again on Friday.\n\n"
                             "\"We are devastated by the news,\" the family released a statement on Sunday.\n")
    assert [c for _, c in found] == ["The vaccine is safe and effective", "\"We are devastated by the news,\""], found
    broad = Reader(nlp=reader.nlp, scope="all")  # the object after a cue with no subject is its speaker
    found = [(st.cue.text, st.content[0].text) for st in broad.read_text(
        "\"Our political revolution has already forced a former senator to change her mind on trade,\" read the "
        "email.\n").statements]
    assert found == [("read", "\"Our political revolution has already forced a former senator to change her mind "
                              "on trade,\"")], found


def test_according_to_a_source_who_said_more_is_two_rows_of_that_source(reader):
    text = ("The shooting began at 10:39 a.m. local time, according to police, who said officers arrived at the "
            "Walmart six minutes later.\n")
    found = [(st.speaker.name, st.cue.text, st.content[0].text) for st in reader.read_text(text).statements]
    assert found == [("police", "according to", "The shooting began at 10:39 a.m. local time"),
                     ("police", "said", "officers arrived at the Walmart six minutes later")], found


def test_according_to_sources_whose_clause_goes_on_after_but_is_said_of_the_clause_before(reader):
    # a judged PolNeAR train row: the parse hung "according to" on "were not authorized", the second verb of the
    # sources' own clause, which became the content
    text = ("Now the FBI is looking into whether Clinton was guilty of public corruption while secretary of state, "
            "according to three intelligence sources who spoke to Fox News but were not authorized to speak on the "
            "record.\n")
    found = [(st.source.text, st.content[0].text) for st in reader.read_text(text).statements]
    assert found == [("three intelligence sources who spoke to Fox News", "Now the FBI is looking into whether "
                      "Clinton was guilty of public corruption while secretary of state")], found


def test_a_relative_clause_on_an_according_to_source_is_no_part_of_the_content(reader):
    # a judged PolNeAR train row ("That's according to fundraising reports ... that Sanders campaign is filing on
    # Saturday"): the parse hung "that the agency released ..." on the main verb, and it became a second part
    found = [(st.source.text, [c.text for c in st.content]) for st in reader.read_text(
        "The plan will cost $5 billion, according to documents that the agency released on Friday.\n").statements]
    assert found == [("documents", ["The plan will cost $5 billion"])], found


def test_a_condition_opening_the_sentence_of_a_content_before_its_cue_is_said_too(reader):
    found = contents(reader, "Aversion was equal in both sexes. If the actor rats were previously exposed to the "
                             "shocks, their degree of harm aversion for others was heightened, the study revealed.\n")
    assert found[-1] == ("revealed", "If the actor rats were previously exposed to the shocks, their degree of harm "
                                     "aversion for others was heightened"), found


@pytest.mark.parametrize("text, row", [
    ("Minister Jane Doe told reporters after the meeting the deal was off.\n", ("told", "the deal was off")),
    ('Ben Carson praised those who left but said, "We are in a different ballgame now."\n',
     ("said", '"We are in a different ballgame now."')),
    ("Senator Jane Doe said the treaty includes a clause, under which Congress must approve any changes.\n",
     ("said", "the treaty includes a clause, under which Congress must approve any changes")),
])
def test_review_guards_rows_the_new_edge_rules_keep(reader, text, row):
    """Review findings: the one told is no content, a verb after "but" is no clause of the object, a relative
    clause under a modal is what was said."""
    found = contents(reader, text)
    assert found == [row], found


def test_the_one_urged_before_a_comma_and_a_quotation_is_not_the_content(reader):
    text = ('Former First Lady Michelle Obama gave the keynote address on the opening night, urging viewers, "we have '
            'got to vote for Joe Biden like our lives depend on it." After the address, the crowd left.\n'
            'Bill Hammons urged voters to "vote their conscience."\n')
    found = [(st.cue.text, st.content[0].text) for st in reader.read_text(text).statements]
    assert ("urging", '"we have got to vote for Joe Biden like our lives depend on it."') in found, found
    assert ("urged", 'voters to "vote their conscience."') in found, found  # no comma: the one urged to do it


def test_where_a_quotation_was_posted_is_not_part_of_it(reader):
    text = ('President Trump has yet to concede, saying earlier in the morning before the call for Biden, "I WON THIS '
            'ELECTION, BY A LOT!" on Twitter. He told reporters, "We will win."\n')
    st = next(st for st in reader.read_text(text).statements if st.cue.text == "saying")
    assert (st.kind, st.content[-1].text) == ("direct", '"I WON THIS ELECTION, BY A LOT!"')


@pytest.mark.parametrize("text, content", [
    ('Representative Marjorie Taylor Greene said she had received "vile and threatening abuse" on Twitter.\n',
     'she had received "vile and threatening abuse" on Twitter'),
    ('Johnson said he had watched "hours of footage" on YouTube.\n', 'he had watched "hours of footage" on YouTube'),
])
def test_a_platform_inside_what_was_said_stays(reader, text, content):
    [st] = reader.read_text(text).statements
    assert st.content[-1].text == content


def test_a_cue_in_an_opening_subordinate_clause_says_nothing_of_the_main_clause(reader):
    text = ("After President Trump suggested in a late July tweet that mail-in voting could result in fraud, early "
            "August debate centered around the postal service.\n")
    [st] = reader.read_text(text).statements
    assert st.content[-1].text == "that mail-in voting could result in fraud"


def test_a_dotted_abbreviation_before_a_lower_case_word_ends_no_content(reader):
    [st] = reader.read_text("According to the researchers, sacrifice and mummification of sacred ibises was common in "
                            "Egypt from about 664 b.c.e. to 250 c.e., from the twenty-sixth dynasty into the early "
                            "period of Roman Egypt.\n").statements
    assert st.content[-1].text == ("sacrifice and mummification of sacred ibises was common in Egypt from about 664 "
                                   "b.c.e. to 250 c.e., from the twenty-sixth dynasty into the early period of Roman "
                                   "Egypt")


def test_an_urging_joined_to_a_clause_with_no_one_to_urge_is_the_speakers_own_act(reader):
    text = ("Former national security adviser Michael Flynn said there was a lack of transparency in the elections "
            "and urged the crowd to consider what the counters are hiding from them.\n")
    st = next(st for st in reader.read_text(text).statements if st.cue.text == "said")
    assert st.content[-1].text == "there was a lack of transparency in the elections"


def test_what_was_reported_to_someone_is_not_the_one_reported_to(reader):
    text = ('The 64-year-old mayor left his home on Thursday with a backpack. At about 5:17 p.m. his daughter reported '
            'to the police he "left home four\u2013five hours ago after leaving words like a will, with his phone '
            'currently off."\n')
    st = next(st for st in reader.read_text(text).statements if st.cue.text == "reported")
    assert (st.kind, st.content[0].text[:16]) == ("mixed", 'he "left home fo')
    from onrecord.reader import Reader  # PolNeAR's scope: "pointed to" is an attribution there

    found = contents(Reader(scope="all"), "Trump pointed to reports that he called the winner names.\n")
    assert found == [("pointed to", "reports that he called the winner names")]  # no one told: the noun stays


def test_a_quotation_ending_the_sentence_before_is_not_the_next_cues(reader):
    text = ('Gutierrez was described by the CBCP as "a strong advocate for the environment in a province threatened '
            'by mining interests." Under him, the diocese had protested against a copper and gold mining project.\n\n'
            'Imus was dropped after he referred to the team as "nappy headed hos." He later apologized for it.\n\n'
            '"We will rebuild the town." The mayor, Ann Hill, said so on Monday.\n')
    found = contents(reader, text)
    assert not any(("advocate" in c or "nappy" in c) and cue.startswith(("had protested", "later apologized"))
                   for cue, c in found)
    assert any(c == '"We will rebuild the town."' for _, c in found)  # a quotation that opens its sentence


def test_what_was_pledged_keeps_its_object_before_a_quoted_purpose(reader):
    text = ('GitHub said it would side with developers. GitHub also pledged a donation of USD 1 million for a defense '
            'fund "to help protect open source developers from unwarranted takedown claims".\n')
    st = next(st for st in reader.read_text(text).statements if st.cue.text.endswith("pledged"))
    assert (st.kind, st.content[0].text[:22]) == ("mixed", "a donation of USD 1 mi")


def test_a_passive_subject_takes_what_was_said_of_it(reader):
    text = ('Bishop Dinualdo Gutierrez died on Sunday. Gutierrez was described by the Catholic Bishops\' Conference '
            'as "a strong advocate for the environment in a province threatened by mining interests."\n')
    st = next(st for st in reader.read_text(text).statements if "described" in st.cue.text)
    assert [c.text[:16] for c in st.content] == ["Gutierrez", 'as "a strong adv']
    assert st.kind == "mixed"


@pytest.mark.parametrize("text,speaker,quoted", [
    ('Why is the city "doing nothing?" asked resident Jane Doe.\n', "Jane Doe", '"doing nothing?"'),
    ('And "we will never give up!" President Volodymyr Zelensky said.\n', "Volodymyr Zelensky",
     '"we will never give up!"'),
    ('We are "not going anywhere." the mayor, Tom Blake, said.\n', "Tom Blake", '"not going anywhere."'),
])
def test_a_quotation_ending_with_its_own_cue_after_it_stays_that_cues(reader, text, speaker, quoted):
    [st] = reader.read_text(text).statements
    assert (st.speaker.name, st.content[0].text) == (speaker, quoted)


@pytest.mark.parametrize("text", ['Governor Greg Abbott apologized to the voters he "let down."\n',
                                  'Helen Ward wrote to the workers she "fired without cause."\n'])
def test_the_subjects_own_act_after_the_one_addressed_is_not_what_was_said(text):
    from onrecord.reader import Reader

    contents_found = [c.text for st in Reader(scope="all").read_text(text).statements for c in st.content]
    assert not any(c.startswith(("he ", "she ")) for c in contents_found)


def test_a_subject_the_parse_made_the_cues_object_goes_back_to_its_clause(reader):
    text = ('Last month, a study conducted by archaeologist Dr. Naomi Martisius concluded Neanderthals living in Europe '
            'tens of thousands of years ago were more sophisticated than previously thought.\n')
    st = next(st for st in reader.read_text(text).statements if st.cue.text == "concluded")
    assert st.content[0].text.startswith("Neanderthals living in Europe tens of")
    found = contents(reader, "Ann Hill, the mayor, tried to convince them that the plan would work.\n")
    assert not any(c.startswith("them") for _, c in found)  # the one convinced is no part of what was said


def test_a_content_cut_at_the_reporters_dashed_aside_goes_on_after_it(reader):
    text = ("Parliament was suspended on Monday.\nAccording to the BBC, it is commonplace for new governments — Johnson "
            "became prime minister in July — to suspend parliament, but using it as a tool has been controversial.\n"
            "The minister said the plan — unveiled in May — would pass.\n")
    found = [[c.text for c in st.content] for st in reader.read_text(text).statements]
    assert found[0] == ["it is commonplace for new governments", "to suspend parliament"]
    assert found[1][0].startswith("the plan") and found[1][-1].endswith("would pass")  # as before


def test_a_percent_sign_ending_the_content_stays_with_its_number(reader):
    text = "The minister said unemployment fell to 5%.\nOfficials said temperatures reached 45°.\n"
    assert [st.content[0].text for st in reader.read_text(text).statements] == [
        "unemployment fell to 5%", "temperatures reached 45°"]


def test_a_content_stops_before_the_speakers_next_act(reader):
    """'called X a "witch hunt", and on Twitter referred to ...': what the speaker did next is the reporter's;
    not a verb the parse joined to the cue inside what was said ("pledged to triple ..., grow ... and create")."""
    text = ('Trump repeatedly called the Democrats\' investigation a "witch hunt", and on Twitter referred to the '
            'vote as "The Impeachment Hoax".\n'
            "She said the bill would pass and the Senate agreed.\n")
    found = contents(reader, text)
    assert found[0] == ("repeatedly called", 'the Democrats\' investigation a "witch hunt"'), found
    assert ("said", "the bill would pass and the Senate agreed") in found, found  # another's clause: kept


def test_a_subject_the_parse_took_for_the_cues_object_opens_the_content(reader):
    text = "Sky News reported Netflix Japan due to Kimura's death have delayed releasing a new episode.\n"
    assert contents(reader, text) == [("reported", "Netflix Japan due to Kimura's death have delayed releasing a new "
                                                   "episode")]
    assert contents(reader, "Tom Kell told reporters the talks had failed.\n") == [("told", "the talks had failed")]


def test_a_content_does_not_open_with_words_in_another_script_before_it(reader):
    """Wikinews sets a quotation's original before the next sentence, which the parse takes in."""
    text = ("The mayor of Seoul was found dead on Friday, hours after his daughter reported him missing to the police, "
            "officials in the city said on Saturday morning.\n"
            "More than six hundred police officers and firefighters, with drones and sniffer dogs, searched the hills "
            "in the north of the city through the night before they found his body near a restaurant.\n"
            "The mayor, who had led the city since 2011, had been expected to run for president next year.\n"
            'His daughter told the police he "left home after leaving words like a will." ((ko))Korean language: '
            '\u200d4~5시간 전에 아버지가 유언 같은 말을 남기고 집을 나갔는데 전화기가 꺼져 있다  Park\'s phone was last active '
            'in Seongbuk-gu, The Korea Herald reported.\n')
    found = dict(contents(reader, text))
    assert found["reported"] == "Park's phone was last active in Seongbuk-gu", found


def test_a_name_the_parse_joined_to_an_according_to_object_is_the_clauses_subject(reader):
    # PolNeAR train (2016): the verb after the phrase has no subject of its own; "Mills" is its subject
    [st] = reader.read_text("Emails\n\nAccording to the FBI summary, Mills and another Clinton aide asked the Platte "
                            "River employee to delete emails in December 2014.\n").statements
    assert (st.source.text, st.content[-1].text) == (
        "the FBI summary", "Mills and another Clinton aide asked the Platte River employee to delete emails in "
                           "December 2014")


@pytest.mark.parametrize("text, cue, content", [
    # session 42's judged PolNeAR train rows: the reporter's words after a dash
    ("Clinton weighed in hours after Sanders said he was \u201cencouraged\u201d by the plan \u2014 a modest boost "
     "for Obama since 2009, when Sanders joined 89 other senators to reject it.\n", "said",
     "he was \u201cencouraged\u201d by the plan"),
    ('Gingrich described NATO member Estonia as being in the "suburbs of St. Petersburg" \u2014 a metaphor for the '
     "party's turn away from its allies.\n", "described", 'NATO member Estonia as being in the "suburbs of St. '
     'Petersburg"'),
    ("Fiorina was a microscopic planner - a former speechwriter said she demanded detailed analyses of her audiences "
     "before speaking events - and her management in the run-up to the merger was no less precise.\n", "said",
     "she demanded detailed analyses of her audiences before speaking events"),
])
def test_a_content_ends_before_a_dash_that_opens_the_reporters_words(reader, text, cue, content):
    assert (cue, content) in contents(reader, text), contents(reader, text)


@pytest.mark.parametrize("text, cue, words", [
    # a noun after a dash that may be what was said; an aside closed by a second dash; a dateline's dash
    ("Authorities said officers encountered Scott because they were searching for another man - a suspect with an "
     "outstanding warrant.\n", "said", "a suspect with an outstanding warrant"),
    ("The agency's team used ESA's Concurrent Design Facility\u2014a multimedia facility enabling expert teams to "
     "evaluate missions\u2014to assess the advantages of hibernation, the agency said.\n", "said", "to assess"),
    ("MEXICO CITY - The rise of Donald Trump has alarmed the government so much that it has, according to officials, "
     "adopted a new strategy - to defend the image of Mexicans abroad.\n", "according to", "to defend the image"),
    # the review's probes: a dateline before a pair of dashes; a pair inside the aside; the speaker's own restatement
    ("KYIV, Ukraine \u2014 President Volodymyr Zelensky said on Sunday that Russia's strikes \u2014 which killed at "
     "least 12 people \u2014 amounted to terrorism.\n", "said", "amounted to terrorism"),
    ("He had one request \u2014 Smith said he wanted his mother \u2014 his only family \u2014 to be there.\n", "said",
     "to be there"),
    ("The mayor said the vote was a victory \u2014 a win for every family in the city.\n", "said", "a win for every"),
    ("The minister said the sanctions were a message to Moscow \u2014 a signal that Europe would not back down.\n",
     "said", "a signal that Europe"),
    ("His lawyer said Mr. Smith was 'a victim' \u2014 a man who had been set up by his business partners.\n", "said",
     "a man who had been set up"),
])
def test_a_dash_inside_what_was_said_does_not_end_it(reader, text, cue, words):
    found = [c for k, c in contents(reader, text) if k == cue]
    assert found and words in found[0], contents(reader, text)


@pytest.mark.parametrize("text, end_word, kept", [
    # session 42's judged row (set K): a cut that fell inside a coordination leaves no dangling word
    ("it wasn't hiding anything by refusing to cooperate but rather chose to prioritize the inquiry", "rather",
     "it wasn't hiding anything by refusing to cooperate"),
    ("Cook said Carter stopped the practice, but Cook did not say when", "but", "Cook said Carter stopped the practice"),
    ("he would back someone else instead", "instead", "he would back someone else instead"),  # no coordination
])
def test_a_content_part_never_ends_on_a_coordinating_word(reader, text, end_word, kept):
    doc = reader.nlp(text + ", she said.")
    end = next(t.i for t in doc if t.text == end_word) + 1
    start, stop = without_dangling_word(next(t for t in doc if t.text == "said" and t.i > end), 0, end)
    assert doc[start:stop].text == kept


def test_a_coordinating_word_before_the_cue_stays(reader):
    # session 42's demo record: "largely Kurdish and, according to Turkey, supportive of the PKK" is Turkey's claim,
    # not the clause before the "and"
    found = contents(reader, "PKK is a banned militant organization in Turkey; YPG is the main fighting force of the "
                             "SDF, largely Kurdish and, according to Turkey, supportive of the PKK.\n")
    assert not any(c.startswith("PKK is a banned") for _, c in found), found


def test_a_that_clause_goes_on_over_a_modal_verb_cut_from_its_subject(reader):
    """The parse read "plans" as the clause's verb and hung "would result" on the reporter's clause: the claim is
    what was said."""
    found = contents(reader, "When Trump tweeted that state plans to use mail-in ballots to allow people to vote "
                             "from home would result in voter fraud, Twitter placed a disclaimer on the tweet.\n")
    assert [c for _, c in found] == [
        "that state plans to use mail-in ballots to allow people to vote from home would result in voter fraud"]
