"""Small texts through the whole reader, each a case from the record's review (issue 12): the
statement is found, and its speaker is the person the article names, or nobody is put on record."""

from __future__ import annotations

import pytest


def rows(reader, text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker name, speaker kind, cue) of each statement, in order."""
    return [(st.speaker.name if st.speaker else None, st.speaker.kind if st.speaker else None,
             st.cue.text if st.cue else "")
            for st in reader.read_text(text).statements]


@pytest.mark.parametrize("text, she, he", [
    ("Mayor Maria Lopez said the budget was balanced.\nPolice chief Robert Baker said crime had fallen.\n"
     "She added that taxes would not rise.", "Maria Lopez", None),
    ("Police chief Robert Baker said crime had fallen.\nMayor Maria Lopez said the budget was balanced.\n"
     "He added that more officers would be hired.", None, "Robert Baker"),
])
def test_he_and_she_go_to_the_person_whose_gender_agrees(reader, text, she, he):
    found = rows(reader, text)
    assert len(found) == 3
    assert found[2][0] == (she or he)


@pytest.mark.parametrize("text, speaker", [
    ("His running mate is historian Darcy Richardson. Richardson had his own opinion on the matter.\n\n"
     "He provided reporters with a message.\n\n\"I will withdraw from the race,\" he wrote.", "Darcy Richardson"),
    ("Michael Carter, the club's treasurer, chaired the meeting. Carter had her own doubts about the plan.\n\n"
     "She said the accounts were not ready.", "Michael Carter"),
])
def test_the_article_own_pronoun_for_a_person_outweighs_the_given_name(reader, text, speaker):
    found = rows(reader, text)
    assert found and found[-1][0] == speaker, found


def test_a_person_known_by_one_name_and_praised_is_still_a_person(reader):
    found = rows(reader, "Pele, a legend of the sport, spoke on Monday. Pele is an icon in Brazil. He said he was "
                         "proud of the team.")
    assert found and found[-1][0] == "Pele", found


def test_a_one_word_name_the_article_calls_a_thing_is_no_one_a_pronoun_stands_for(reader):
    found = rows(reader, "Recently, developer Perttu Ahola discussed Minetest, his longest ever project, with reporters."
                         "\n\nStarted in October 2010, Minetest was an attempt by Ahola to create a sandbox game. "
                         "Minecraft is a commercial game, which was in alpha version then, he told reporters.\n\n"
                         "Minetest is an open-source game.\n")
    assert ("Perttu Ahola", "person", "told") in found, found


def test_a_surname_that_is_also_a_venue_word_stays_a_persons(reader):
    found = rows(reader, "Federal agents obtained a warrant to monitor Page in 2016. Page was never charged. He said "
                         "the surveillance had been illegal from the start.\n")
    assert found == [("Page", "person", "said")], found


def test_a_platform_the_tagger_took_for_a_person_is_no_one_a_pronoun_stands_for(reader):
    found = rows(reader, 'The video spread on Twitter. She wrote "we are done" later.\n')
    assert all(name != "Twitter" for name, _, _ in found), found


@pytest.mark.parametrize("text, speaker", [
    ("Darcy Richardson met John Smith. John Smith had his own opinion on the matter.\n\nHe said the plan would "
     "fail.", "John Smith"),
    ("Donald Trump gave Nancy Pelosi her own seat at the table. Later, Trump spoke to reporters. He said the "
     "meeting went well.", "Donald Trump"),  # her own: Pelosi's, in Trump's clause
    ("Laura Bush had her own office. George W. Bush then left. He said the visit was useful.",
     "George W. Bush"),  # two people named Bush: the surname tells no one's gender
])
def test_a_bound_pronoun_of_someone_else_gives_no_gender(reader, text, speaker):
    found = rows(reader, text)
    assert found and found[-1][0] == speaker, found


def test_a_role_written_like_a_name_is_the_person_named_beside_it(reader):
    found = rows(reader, "The Zimbabwean President, Robert Mugabe, was in Harare on Monday. The Namibian "
                         "President, Sam Nujoma, said homosexuality was a foreign import.\n"
                         "The Senate Minority Leader, Chuck Schumer, said the bill would fail.")
    assert ("Sam Nujoma", "person", "said") in found
    assert ("Chuck Schumer", "person", "said") in found
    assert not any(name in ("President", "Namibian President", "Senate Minority Leader") for name, _, _ in found)


def test_the_role_beside_the_name_becomes_a_descriptor(reader):
    st = reader.read_text("The Senate Minority Leader, Chuck Schumer, said the bill would fail.").statements[0]
    assert st.speaker.name == "Chuck Schumer"
    assert "Senate Minority Leader" in st.speaker.descriptors


@pytest.mark.parametrize("text", [
    "A resident, who asked not to be named, said the water had been cut for three days.",
    "A nurse who asked to remain anonymous told reporters the water had been cut for three days.",
])
def test_asking_not_to_be_named_is_not_a_statement(reader, text):
    found = rows(reader, text)
    assert len(found) == 1, found
    name, kind, _ = found[0]
    assert kind == "unnamed" and name.lower().startswith(("a resident", "a nurse"))
    assert name.lower() != "who"


def test_several_people_beside_a_group_are_not_one_of_them(reader):
    found = rows(reader, "Three American Samoans, Pale Tuli, Rosavita Tuli, and John Fitisemanu, who had moved to "
                         "Utah, said the law was unfair.")
    assert found and all(name not in ("Pale Tuli", "Rosavita Tuli", "John Fitisemanu") for name, _, _ in found)


@pytest.mark.parametrize("text, on_record", [
    ("The minister said the plan would work.", 1),
    ("According to the minister, the plan will work.", 1),
    ("The minister thinks the plan will work.", 0),
    ("The minister wants to cut taxes before the election.", 0),
    ("Paul Manafort agreed to help with the investigation.", 0),
    ("Holcomb touted the plan as making strides toward improving teacher pay.", 1),  # praise said in public
    ("Trump hailed the agreements as the \"dawn of a new Middle East.\"", 1),
    ("Mohr lauded Blankenship's \"ability to influence leaders around him\".", 1),
])
def test_the_record_keeps_acts_of_communication_and_all_keeps_attitudes_too(reader, text, on_record):
    from onrecord.reader import Reader

    assert len(reader.read_text(text).statements) == on_record
    broad = Reader(nlp=reader.nlp, scope="all").read_text(text).statements
    assert len(broad) >= on_record
    if not on_record:  # PolNeAR's notion still finds the attitude or intention
        assert broad, text


INTERVIEW = ("Wikinews spoke with researcher Natasha Gownaris about the study.\n\n"
             "((WN)) Some critics said the colony was stable. How do you answer them?\n\n"
             "NG: I said in our paper that the colony is declining, and the data show it.\n\n"
             "((WN)) Others told reporters that storms are rare. Is that so?\n\n"
             "NG: We reported that chicks die in storms every year, and I told the ministry so.\n")


def test_an_interview_answer_is_the_interviewee_and_a_question_is_no_statement(reader):
    statements = reader.read_text(INTERVIEW).statements
    assert statements
    questions = [m.start() for m in __import__("re").finditer(r"\(\(WN\)\)[^\n]*", INTERVIEW)]
    ends = [INTERVIEW.index("\n", q) for q in questions]
    assert not any(q <= st.start < e for st in statements for q, e in zip(questions, ends))
    answers = [st for st in statements if st.start >= INTERVIEW.index("NG:")]
    assert [st.content[0].text for st in answers] == [  # one statement a paragraph, whatever its verbs
        "I said in our paper that the colony is declining, and the data show it.",
        "We reported that chicks die in storms every year, and I told the ministry so."]
    assert {st.speaker.name for st in answers} == {"Natasha Gownaris"}
    assert {st.kind for st in answers} == {"direct"}


def test_an_answer_labelled_with_the_full_name_after_a_question_is_direct_but_a_name_headline_is_not_an_answer(reader):
    text = ("Wikinews spoke with researcher Natasha Gownaris about the study.\n\n"
            "((Wikinews)) What prompted your curiosity about penguins?\n\n"
            "Natasha Gownaris: I've wanted to be a marine scientist since I was a child.\n\n"
            "((WN)) How did you approach the study?\n\n"
            "NG: This study started in 1982, long before my joining the lab.\n")
    answers = [st for st in reader.read_text(text).statements if st.start >= text.index("Natasha Gownaris:")]
    assert [(st.kind, st.speaker.name, st.content[0].text[:14]) for st in answers] == [
        ("direct", "Natasha Gownaris", "I've wanted to"), ("direct", "Natasha Gownaris", "This study sta")]
    from onrecord.attribution.interviews import layout

    headline = ("Q: What happened?\n\nNG: Nothing much.\n\nQ: And then?\n\nNG: The vote.\n\n"
                "Paul Ryan: FBI decision on emails is troubling\n")
    found = layout(headline)
    assert found is not None and {a[2] for a in found.answers} == {"NG"}  # not after a question: no answer


def test_q_and_a_labels_the_answers_are_the_one_person_introduced_and_the_questions_no_statement(reader):
    text = ("Experience is thrilled to have Maria Gonzalez as our new President and CEO.\n"
            "We asked her to share some insights into the business.\n"
            "Q: So far in your journey, tell me one thing that has surprised you the most?\n"
            "A: Being CEO requires that you look at all facets of the business every day.\n"
            "Q: Favorite apps?\n"
            "A: Bleacher Report, Uber Eats, and ParkMobile\n"
            "Q: What is next?\n"
            "A: We are taking ticket sales to the next level.\n")
    statements = reader.read_text(text).statements
    questions = [m.span() for m in __import__("re").finditer(r"^Q:.*$", text, flags=__import__("re").M)]
    assert not any(a <= st.start < b for st in statements for a, b in questions)
    assert [(st.speaker.name, st.content[0].text[:14]) for st in statements if st.start > text.index("Q:")] == [
        ("Maria Gonzalez", "Being CEO requ"), ("Maria Gonzalez", "Bleacher Repor"), ("Maria Gonzalez", "We are taking ")]
    two = text.replace("Experience is thrilled", "Tom Baker and Experience are thrilled")
    assert not [st for st in reader.read_text(two).statements if st.start > two.index("Q:")]  # whose? nobody on record


def test_a_heading_or_a_list_of_charges_is_no_speaker_line(reader):
    text = ("Six people were arrested on Friday, police said.\n\n"
            "The Grow Stage: Leverage your success\n\n"
            "Ryan S. Hollman: Dealing in methamphetamine, possession of heroin, held in jail in lieu of bond.\n\n"
            "Jo Jorgensen: We will cut spending by a third.\n")
    assert [(name, cue) for name, _, cue in rows(reader, text)] == [("police", "said"), ("Jo Jorgensen", ":")]


def test_a_section_named_for_a_person_that_writes_of_them_is_no_speaker_line(reader):
    # a judged PolNeAR train row: a column's section on each candidate's idea was Rubio's own words
    text = ("Ideas worth another look.\n\nMarco Rubio: Retirement accounts Two years ago, Senator Marco Rubio of "
            "Florida proposed that everyone in America ought to be able to invest through the government retirement "
            "program. He had in mind the millions of people who have no workplace retirement plan.\n\n"
            "Joe Biden: My son Hunter Biden did nothing wrong, and I am proud of him.\n\n"
            "Jeb Bush: George W. Bush kept this country safe.\n\n"  # the review's probes: a namesake, a third person of
            "Warren: Elizabeth Warren is the same person she was in 2012.\n")  # one's own in an answer
    assert [(name, cue) for name, _, cue in rows(reader, text)] == [
        ("Marco Rubio", "proposed"), ("Joe Biden", ":"), ("Jeb Bush", ":"), ("Elizabeth Warren", ":")]


NAMED = ("Astronomer Thomas Rivinius discussed the discovery with Wikinews.\n\n"
         "((WSS)) : What prompted your interest in astronomy?\n\n"
         "((Thomas Rivinius))  When I was ten years old, I was already observing from the backyard.\n\n"
         "So the telescope came later, as my parents said it would.\n\n"
         "\u2014Thomas Rivinius\n\n"
         "((WSS)) : And how did you conclude it was a black hole?\n\n"
         "((Thomas Rivinius))  We derive the mass from Kepler's laws.\n")


def test_an_answer_labelled_with_a_name_goes_on_over_its_paragraphs_and_the_askers_label_is_a_question(reader):
    statements = reader.read_text(NAMED).statements
    assert [(st.content[0].text, st.speaker.name) for st in statements] == [
        ("When I was ten years old, I was already observing from the backyard.", "Thomas Rivinius"),
        ("So the telescope came later, as my parents said it would.", "Thomas Rivinius"),
        ("We derive the mass from Kepler's laws.", "Thomas Rivinius")]  # not the sign-off, not "discussed"


def test_a_role_discussed_is_a_topic_not_a_predication(reader):
    text = ("With Wikinews, Richardson discussed his role as the running mate of De La Fuente, the complexity of "
            "ballot access, and his campaign.\nThe mayor criticized the commutation as an abuse of power.\n"
            "The coach discussed the loss as a learning experience for his young team.\n"
            "President Barack Obama spoke of the agreement as a historic step toward peace in the region.\n"
            "Emma Caufield talked of being cast in an NBC television pilot while a recurring guest actor.\n")
    assert [st.cue.text for st in reader.read_text(text).statements] == ["criticized", "discussed", "spoke of"]


def test_a_criticism_or_blame_with_its_reason_is_a_statement_but_its_target_alone_is_not(reader):
    said = ("Joe Biden and Donald Trump met in Ohio.\nThe Trump campaign criticized Biden for not denouncing Antifa.\n"
            "Residents blamed the council for the flooding.\nOfficials blamed the fire on faulty wiring.\n")
    assert [(st.cue.text, st.content[0].text) for st in reader.read_text(said).statements] == [
        ("criticized", "Biden for not denouncing Antifa"), ("blamed", "the council for the flooding"),
        ("blamed", "the fire on faulty wiring")]
    topics = ("The mayor criticized the decision.\nResidents blamed the council.\nThe union criticized Ford for years.\n"
              "Critics condemned the plan for a second time.\nMany voters blame the president for the economy.\n"
              "A court in Iran condemned the man to death for spying.\n")  # a time, an attitude, a sentence
    assert not reader.read_text(topics).statements


def test_called_with_the_one_called_read_into_its_complement_is_a_statement(reader):
    text = ("Joe Biden and Donald Trump met in Ohio.\n"
            "During the debate, Biden called Trump a clown, a racist, and the worst president.\n")
    assert [(st.speaker.name, st.cue.text, st.content[0].text) for st in reader.read_text(text).statements] == [
        ("Joe Biden", "called", "Trump a clown, a racist, and the worst president")]


def test_a_platform_after_on_is_not_part_of_the_name_after_it(reader):
    found = rows(reader, "That same day, rapper Kanye West made a surprise announcement on Twitter that he was running "
                         "for president.\nThe next day on Twitter West accused his wife of attempting to \"lock me "
                         "up\" due to his comments at the rally.\n")
    assert ("Kanye West", "person", "accused") in found, found


def test_discussing_a_topic_is_no_statement_but_quoted_words_are(reader):
    assert not reader.read_text("Jo Jorgensen discussed her background and the pandemic with reporters.").statements
    assert not reader.read_text('Perttu Ahola discussed Minetest, his "longest ever project", with Wikinews.\n'
                                ).statements  # a quoted name for the topic is a topic too
    for text in ['Harris discussed her plans "to rebuild the party from the ground up."',
                 'Brown discussed the possibility that the factory "could close by the end of the year."',
                 'Johnson discussed why the deal "fell apart" at the last minute.']:  # quoted words said of it
        assert [st.cue.text for st in reader.read_text(text + "\n").statements] == ["discussed"], text
    assert not reader.read_text('The two leaders discussed the so-called "phase one" trade deal.\n').statements
    [st] = reader.read_text('Jo Jorgensen discussed the pandemic: "We must reopen now," she said.').statements
    assert st.speaker.name == "Jo Jorgensen"


def test_an_order_is_an_official_act_unless_its_words_are_quoted(reader):
    text = ("Judge Paul Kellar ordered the accused remain in custody until his next court appearance on April 5.\n\n"
            "Nancy Pelosi ordered the Capitol's flags be lowered to half staff.\n\n"
            "\"Hands! Let me see your hands!\" an officer ordered.\n")
    assert [(st.cue.text, st.kind) for st in reader.read_text(text).statements] == [("ordered", "direct")]


def test_thanks_are_a_courtesy_unless_their_words_are_quoted(reader):
    text = ("Senator Maria Lopez thanked her supporters after the vote.\n\n"
            "Mayor Jane Brown thanked the \"incredible\" firefighters on Sunday.\n\n"
            "The mayor of London, Sadiq Khan, thanked \"the police, security and emergency services staff for their "
            "swift and courageous response\".\n")
    assert [(st.speaker.name, st.kind) for st in reader.read_text(text).statements] == [("Sadiq Khan", "direct")]


def test_a_cue_in_a_condition_reports_what_would_be_said_not_what_was(reader):
    text = ("The condition is often misdiagnosed if the person reports no birds in the home.\n\n"
            "He said that if elected he would cut taxes.\n")
    assert [(st.cue.text, st.content[0].text) for st in reader.read_text(text).statements] == [
        ("said", "that if elected he would cut taxes")]


def test_interview_labels_are_read_as_initials_of_one_name():
    from onrecord.attribution.interviews import interviewee, layout

    found = layout(INTERVIEW)
    assert found is not None and {a[2] for a in found.answers} == {"NG"} and len(found.questions) == 2
    assert interviewee("NG", ["Natasha Gownaris", "Dee Boersma"]) == "Natasha Gownaris"
    assert interviewee("NG", ["Natasha Gownaris", "Nick Green"]) is None  # two people: nobody
    assert interviewee("Jaya", []) == "Jaya" and interviewee("IM", ["Dorsa Derakhshani"]) is None
    assert layout("US officials said on Monday that talks would resume.\nUK officials agreed.\n") is None


def test_a_title_in_capitals_before_a_name_is_no_answer_label(reader):
    """ "IM Dorsa Derakhshani grew up ...": the chess title (International Master) opens the reporter's
    paragraphs before any question; a label of initials with no colon answers only if it follows a question."""
    from onrecord.attribution.interviews import layout

    text = ("IM Dorsa Derakhshani, who studies in Saint Louis, discussed her career with Wikinews.\n\n"
            "IM Dorsa Derakhshani grew up in Tehran. She remarked that the lack of tournaments was a challenge.\n\n"
            "Could you tell us about yourself?\n\n"
            "((Dorsa Derakhshani))  I am a chess player and a student.\n\n"
            "((WN))  Who taught you the game?\n\n"
            "((Dorsa Derakhshani))  My dad taught me.\n\n"
            "((WN))  What is your favourite opening?\n\n"
            "((Dorsa Derakhshani))  The French Defence.\n")
    assert {label for _s, _e, label in layout(text).answers} == {"Dorsa Derakhshani"}
    assert ("Dorsa Derakhshani", "person", "remarked") in rows(reader, text)


@pytest.mark.parametrize("text", [
    "The Saudi Press Agency did not say if there were casualties.",
    "Bruce McArthur admitted his guilt in eight murders.",
    "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks.",
    "Mayor Maria Lopez thanked residents for staying home during the storm.",
    "Hurricane Maria did about $90 billion in damage and claimed about 3000 lives.",
])
def test_a_denied_cue_or_a_thing_in_the_reporters_words_is_no_statement(reader, text):
    assert not reader.read_text(text).statements


def test_a_claim_of_responsibility_is_still_a_statement(reader):
    assert [n for n, _, _ in rows(reader, "The group Islamic State claimed responsibility for the attack.")]


def test_an_attribution_the_parse_joined_to_its_clause_names_its_speaker_and_content(reader):
    text = ("If Parliament does not like prorogation, it has the power to change the law. It is not for the Court "
            "to opine about the motivations, argued the government's lawyer, Richard Keen.\n\n\nBritons voted.")
    [st] = reader.read_text(text).statements
    assert (st.speaker.name, st.content[0].text) == ("Richard Keen", "It is not for the Court to opine about the "
                                                                     "motivations")


def test_a_clause_after_the_same_cue_is_a_statement(reader):
    [st] = reader.read_text("Bruce McArthur admitted that he had lied to the police.").statements
    assert st.speaker.name == "Bruce McArthur"


WSS = ("Businessman Don Blankenship answered questions from Wikinews reporter William S. Saturn.\n\n"
       "((WSS)) : Which past U.S. presidents do you most admire and why?\n\n"
       "((WSS)) : Which specific individuals would you want to be in your cabinet?\n\n"
       "Blankenship said in May that he would win the nomination.\n")


def test_an_interview_printed_without_its_answers_still_has_no_statement_in_its_questions(reader):
    statements = reader.read_text(WSS).statements
    assert [st.speaker.name for st in statements] == ["Don Blankenship"]
    assert statements[0].content[0].text.endswith("he would win the nomination")


@pytest.mark.parametrize("text", [
    "One child was, according to the fire service, among the dead.",  # content stops on "was"
    "Senator Lisa Murkowski remarked on the investigation.",  # one word of reported speech
])
def test_content_that_cannot_stand_as_what_was_said_is_left_out(reader, text):
    assert not reader.read_text(text).statements


@pytest.mark.parametrize("text, name, said", [
    ('Mike Pompeo said the crash was "likely" Iran\'s doing. Iran denied the accusation.', "Iran", "the accusation"),
    ("The charge was denied by Irma Tchkadua, Basilashvili's lawyer.", "Irma Tchkadua", "The charge"),
])
def test_a_denial_stands_however_short_what_it_denies(reader, text, name, said):
    assert (name, said) in [(st.speaker.name, st.content[0].text) for st in reader.read_text(text).statements]


@pytest.mark.parametrize("text", ["The court denied the motion.", "The governor denied clemency."])
def test_a_request_refused_in_one_word_is_an_act_not_a_denial(reader, text):
    assert not reader.read_text(text).statements


def test_a_verbs_particle_can_end_what_was_said(reader):
    [st] = reader.read_text("Maria Lopez said the talks would go on.").statements
    assert st.content[0].text == "the talks would go on"


def test_a_quotation_the_writer_closed_stands_whatever_its_last_word(reader):
    [st] = reader.read_text('"Fitness was a big factor in that," coach Jarrod Kidston said.').statements
    assert st.speaker.name == "Jarrod Kidston"


def test_an_answer_whose_label_names_nobody_is_no_row(reader):
    text = WSS.replace("Blankenship said in May", "IM Don Blankenship decided to run, saying in May")
    text += "\n((WSS)) : Why?\n\nDB: Because the party asked me to run for it.\n"
    statements = reader.read_text(text).statements
    assert statements and all(st.speaker.name == "Don Blankenship" for st in statements)
    assert not any(st.content[0].text.startswith("Don Blankenship decided") for st in statements)


@pytest.mark.parametrize("text, name", [
    ('"Warm water is attacking the ice shelves," said study co-author Karen Alley.', "Karen Alley"),
    ("Abortion law passes\n\nThe bill passed on Thursday.\n\nMember of parliament (MP) Kevin Conolly said a law "
     'allowing the termination of a life marked a "sad day for NSW".', "Kevin Conolly"),
])
def test_of_two_subjects_the_persons_name_is_the_speaker(reader, text, name):
    assert [n for n, _, _ in rows(reader, text)] == [name]


def test_a_role_given_with_its_country_before_the_name_is_that_person_later(reader):
    found = rows(reader, "Fernández speaks\n\nPresident of Argentina Alberto Fernández spoke on Monday. The president "
                         'had previously called it "a matter of public health".')
    assert found == [("Alberto Fernández", "person", "had previously called")]


@pytest.mark.parametrize("text", [
    "Friday was when, according to earlier event plans, millions of people were to storm the base.",
    "The crash happened at 5 pm, according to traffic camera footage.",
    "Amongst reported incidents of abuse and cover-ups perpetrated by church authorities, the cardinal was convicted.",
])
def test_plans_footage_and_a_preposition_are_no_source(reader, text):
    assert not reader.read_text(text).statements


def test_the_author_of_memoirs_is_their_owner(reader):
    found = rows(reader, "Gloria Vanderbilt died on Monday.\nAccording to her memoirs, she had a romance with "
                         "Errol Flynn and Frank Sinatra.")
    assert found == [("Gloria Vanderbilt", "person", "According to")]


def test_of_two_subjects_that_name_nobody_the_one_nearest_the_cue_is_the_source(reader):
    text = ("Sale approved\n\nThe Austrian partner asked for the price to be kept secret, but the commissioner stated "
            "the purchase was financed by a loan, so it is not a burden on the state budget. With government resolution "
            "No. 1430/2019, the state issued an indemnity bond to cover for HDT's 38.8 million euro loan.")
    sources = [st.source.text for st in reader.read_text(text).statements if st.cue and st.cue.text == "stated"]
    assert sources == ["the commissioner"]


def test_an_unlabelled_thanks_to_the_one_answering_is_the_interviewers_courtesy(reader):
    text = NAMED + "\nThank you for agreeing to this interview. It has been a great pleasure.\n\n((Thomas Rivinius)) Thank you.\n"
    statements = reader.read_text(text).statements
    assert [st.content[0].text for st in statements][-2:] == ["We derive the mass from Kepler's laws.", "Thank you."]


def test_an_unlabelled_thanks_and_goodbye_after_an_answer_is_no_statement(reader):
    text = (NAMED + "\n((WSS)) : Is there anything else you would like to add?\n\n((Thomas Rivinius))  Not really."
            "\n\nWell, thank you so much!  All right, it was nice talking to you.\n")
    contents = [st.content[0].text for st in reader.read_text(text).statements]
    assert contents[-1] == "Not really.", contents


def test_thanks_with_more_said_after_them_go_on_with_the_answer(reader):
    text = (NAMED + "\n((WSS)) : How does it feel?\n\n((Thomas Rivinius))  It feels wonderful.\n\nThank you all. "
            "We did our best.\n\nThe team worked for ten years on the star and it paid off.\n")
    contents = [st.content[0].text for st in reader.read_text(text).statements]
    assert contents[-1].startswith("The team worked"), contents


def test_the_reporters_paragraph_naming_the_one_answering_ends_the_answer(reader):
    text = (NAMED + "\nHaving discovered it as a student, astronomer Thomas Rivinius decided to study the star, "
            "saying \"it was a good fit\" for him.\n\n((WSS)) : What comes next?\n\n((Thomas Rivinius))  More "
            "observations.\n")
    found = [(st.speaker.name if st.speaker else None, st.content[0].text) for st in reader.read_text(text).statements]
    assert not any(content.startswith("Having discovered") for _, content in found), found
    assert found[-1] == ("Thomas Rivinius", "More observations."), found


def test_an_answer_paragraph_where_the_one_answering_names_himself_goes_on(reader):
    text = NAMED + "\nSo I chose a name that represented me, Thomas Rivinius, the astronomer.\n\nMy parents agreed.\n"
    found = [(st.speaker.name if st.speaker else None, st.content[0].text) for st in reader.read_text(text).statements]
    assert found[-2:] == [("Thomas Rivinius", "So I chose a name that represented me, Thomas Rivinius, the "
                           "astronomer."), ("Thomas Rivinius", "My parents agreed.")], found


CAPTIONED = ("March against Brexit\n\nThousands marched in London on Saturday.\n\n"
             "Protesters with a banner from People's Vote saying \"put it to the people\". Image: Voice of America.\n\n"
             "The organisers said that a million people came.\n")


def test_a_caption_with_its_credit_is_no_statement_of_the_record(reader):
    assert [st.source.text for st in reader.read_text(CAPTIONED).statements] == ["The organisers"]


def test_the_broad_scope_keeps_what_lies_outside_the_story(reader):
    from onrecord.reader import Reader
    assert len(Reader(reader.nlp, scope="all").read_text(CAPTIONED).statements) == 2


@pytest.mark.parametrize("text, name", [
    ("Bombing in Aden\n\nThe bomb was placed on a motorcycle, stated Minister of Information Moammar al-Eryani. "
     "According to al-Eryani, the rebels are backed by Iran.", "Moammar al-Eryani"),
    ("Governor resigns\n\nRicardo Rosselló Nevares, Puerto Rico's governor, announced his resignation on Wednesday. "
     'In his resignation speech, Rosselló said, "Today I feel that I must go."', "Ricardo Rosselló Nevares"),
])
def test_a_surname_written_alone_is_the_full_name_with_its_particle_or_second_surname(reader, text, name):
    assert rows(reader, text)[-1][0] == name


def test_a_passive_relative_clause_does_not_make_its_noun_a_source(reader):
    text = ("Election called\n\nThe Associated Press called the election for Biden, as did NBC News, when Biden "
            "was declared to have won Pennsylvania's 20 electoral college votes.")
    assert all(name != "News" for name, _, _ in rows(reader, text))


def test_she_is_the_fiancee_and_he_the_man_named_in_what_was_reported(reader):
    text = ("Cengiz speaks\n\nOn Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters in "
            "New York, calling for the killers of Khashoggi to be brought to justice.\n\nThe previous day, television "
            "broadcaster PBS revealed that in December, Crown Prince Mohammad bin Salman of Saudi Arabia accepted "
            "responsibility for the murder of journalist Jamal Khashoggi but did not say he'd ordered it.  Speaking to "
            "Martin Smith of PBS, he said, \"It happened under my watch.\"\n\nCengiz called Mohammad's admission a "
            "\"political maneuver.\" She explained, \"By confessing this, he's also distancing himself from the "
            "killing of Jamal.\"")
    found = [name for name, _, _ in rows(reader, text)]
    assert found[-3:] == ["Mohammad bin Salman", "Hatice Cengiz", "Hatice Cengiz"]


@pytest.mark.parametrize("text", [
    "The virus claimed 6606 lives in the country, officials said on Monday. The virus claimed more lives.",
    "Trump publicly stated the trial would not be fair. Mandatory sentencing called for at least 20 years in prison.",
    "The opioid crisis claimed 15,393 lives between January 2016 and December 2019.",
])
def test_a_thing_described_by_a_common_noun_is_no_speaker(reader, text):
    assert all(name is None or name.lower() not in ("the virus", "mandatory sentencing", "the opioid crisis")
               for name, _, _ in rows(reader, text))


@pytest.mark.parametrize("text, speaker", [
    ("A federal judge said the ballots would be counted.", "A federal judge"),
    ("Some scholars said the manuscript was a forgery.", "Some scholars"),
    ("The palace said the queen was well.", "The palace"),
    ("Transport for London (TfL) told passengers to take a longer way around.", "Transport for London"),
    ("Two-thirds of senators said they would vote against the bill.", "Two-thirds of senators"),
])
def test_a_common_noun_for_someone_who_speaks_stays_a_speaker(reader, text, speaker):
    found = rows(reader, text)
    assert found and found[0][0] == speaker, found


@pytest.mark.parametrize("text, name", [
    ("Znak.com reported that the blast was caused by a gas leak.", "Znak.com"),
    ("According to TVN24, the bridge was closed on Monday.", "TVN24"),
    ("ALDI said the stores would close early on Sunday.", "ALDI"),
    ("According to Manila Bulletin, the earthquake was felt in the capital.", "Manila Bulletin"),  # a newspaper
])
def test_a_name_written_as_no_persons_is_an_organization(reader, text, name):
    found = rows(reader, text)
    assert found and found[0][:2] == (name, "organization"), found


def test_a_captions_credit_word_is_no_part_of_a_name(reader):
    found = rows(reader, "Tom Tancredo Image: US Congress.\n"
                         "The race was close. Tancredo told Wikinews the race would be close.")
    assert ("Tom Tancredo", "person", "told") in found, found


def test_went_on_to_say_is_a_statement(reader):
    found = rows(reader, 'Health expert Wendy Parmet said the name would stigmatize the city. She went on to say, '
                         '"People tend to think of the disease as belonging to some group."\n')
    assert len(found) == 2, found
    assert found[1][0] == "Wendy Parmet"


def test_a_quotation_attributed_with_continued_is_a_statement(reader):
    found = rows(reader, 'Big Machine Records issued a statement on Monday. "The truth is, Taylor has admitted to '
                         'owing millions of dollars," the statement continued. "We have worked diligently."\n'
                         'John Smith spoke on Monday. "It is over," he continued.\n')
    assert ("continued" in [cue for _, _, cue in found]) and ("John Smith", "person", "continued") in found, found
    found = rows(reader, 'The fighting continued. "It is over," the war continued.\nThe talks continued for hours.\n')
    assert not any(cue == "continued" for _, _, cue in found), found  # no quotation, or nothing that speaks


def test_a_quotation_attributed_with_a_manner_of_speaking_is_a_statement(reader):
    found = rows(reader, "Filmmaker Charlie McDowell remembers it. \u201cAll of a sudden she was picking up random "
                         "instruments \u2014 the accordion playing drives me nuts,\u201d McDowell laughed.\n")
    assert found == [("Charlie McDowell", "person", "laughed")], found
    found = rows(reader, "The mayor spoke first. The crowd laughed at the joke.\n")
    assert not any(cue == "laughed" for _, _, cue in found), found


def test_going_on_to_act_is_no_statement(reader):
    found = rows(reader, "Police reported the attacker left the hall. He went on to attack others on the bridge.\n")
    assert len(found) == 1, found


def test_going_on_with_a_content_that_holds_the_verb_is_no_statement(reader):
    found = rows(reader, "After Robert Hunter retreated to New Mexico and continued to write songs he would mail "
                         "to Jerry Garcia in the San Francisco Bay Area, Garcia invited him to collaborate.\n")
    assert not any(cue.startswith("continued") for _, _, cue in found), found


@pytest.mark.parametrize("text, on_record", [
    ("Donald Trump tweeted about the riots that followed the death of George Floyd.", False),
    ("Donald Trump took the drug, despite reports about the side effects.", False),
    ("Gloria La Riva spoke at the rally, cautioning about the dangers of pharmaceuticals.", True),
])
def test_a_cue_that_takes_only_its_topic_with_about_is_no_statement(reader, text, on_record):
    assert bool(reader.read_text(text).statements) == on_record


@pytest.mark.parametrize("text, on_record", [
    ("Under Bishop Gutierrez, the diocese had protested against a copper and gold mining project.", False),
    ("Health care providers have protested longer detention periods for migrants.", False),
    ("The union protested that the plan would cut hundreds of jobs in the region.", True),
    ("Smith has always protested his innocence of the murder charges.", True),  # saying he is innocent
])
def test_protesting_a_thing_is_an_act_but_protesting_that_is_a_statement(reader, text, on_record):
    assert bool(reader.read_text(text).statements) == on_record


@pytest.mark.parametrize("text, name", [
    ("Ryan Suter played.\n“It’s hard not to, though,” Suter acknowledged. “We know where we are.”", "Ryan Suter"),
    ("People were quick to react.\n“South Dakota: if we were any higher, we’d be North Dakota,” one user quipped.",
     "one user"),
])
def test_a_not_or_a_label_inside_the_quotation_is_the_quotations_own(reader, text, name):
    assert [n for n, _, _ in rows(reader, text)] == [name]


def test_the_writers_own_i_is_no_statement_and_i_is_never_a_body(reader):
    text = ("Stadia is a platform for streaming games, the company said on Monday.\n\n"
            "You can play Stadia titles on a TV, on a computer or on a smartphone, although there are limitations "
            "on all of these categories, as I will discuss later.\n")
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["the company"]


def test_a_list_of_links_tagged_video_is_no_name_line(reader):
    text = ("The headset is light and the battery lasts a day.\n\n"
            "Audio-Technica ATH-G1WL Review: My new go-to wireless gaming headset [Video]\n\n"
            "Ecoflow River 370 Review: Charge up to 9 devices with this power station [Video]\n")
    assert not reader.read_text(text).statements


def test_a_singular_role_is_never_a_plural_group_s(reader):
    text = ("But public companies such as Gannett, GateHouse and also McClatchy Co. can\u2019t escape the industry\u2019s "
            "economic challenges.\nSacramento-based McClatchy, a chain of 30 newspapers, may be another canary. "
            "McClatchy reported a loss of $304.7 million in the third quarter.\n"
            "But the company also reported long-term debt of more than $700 million.\n")
    names = [st.speaker.name for st in reader.read_text(text).statements]
    assert names and not any("companies" in n for n in names), names


@pytest.mark.parametrize("url, askers", [
    ("https://en.wikinews.org/wiki/Sponges", ["The Guardian"]),
    ("https://www.theguardian.com/science/sponges", ["Wikinews"]),
    ("https://example.org/sponges", ["Wikinews", "The Guardian"]),
])
def test_the_outlets_own_questions_are_not_on_its_record(reader, url, askers):
    text = ("Researcher Maria Lopez studied sponges in Antarctica.\n"
            "Wikinews asked Lopez if sponges could survive the winter. The Guardian asked her whether the lake "
            "was warming. Lopez said the sponges would survive.\n")
    found = [(st.speaker.name, st.cue.text) for st in reader.read_text(text, url=url).statements]
    assert found == [(name, "asked") for name in askers] + [("Maria Lopez", "said")]


def test_a_role_the_parse_joined_to_a_body_is_the_person_named_beside_it(reader):
    st = reader.read_text('"Walter was the most brilliant scientist I have ever known," said University of '
                          "California, San Diego's chancellor, Pradeep Khosla.\n").statements[0]
    assert (st.speaker.name, st.speaker.kind) == ("Pradeep Khosla", "person")
    assert any("chancellor" in d for d in st.speaker.descriptors)


def test_a_past_verb_beside_a_modal_clause_is_the_first_speakers(reader):
    found = rows(reader, "Hawkins predicted President Trump would lose in a massive landslide and asked voters to "
                         "vote for what they truly believe.\n")
    assert ("Hawkins", "person", "asked") in found
    assert not any(name == "Donald Trump" or name == "Trump" for name, _, _ in found)


def test_a_title_makes_a_name_the_tagger_missed_a_persons_full_name(reader):
    found = rows(reader, "On Saturday, the party withdrew from using Princess Ubolratana Mahidol as their "
                         "candidate.\nIn support of her candidacy, Princess Ubolratana pointed out she had "
                         '"relinquished my royal titles and lived as a commoner."\n')
    assert ("Ubolratana Mahidol", "person", "pointed out") in found


def test_an_answer_is_its_translation_without_the_original_wikinews_prints_after_it(reader):
    text = ("Wikinews spoke with Akram Pasha, a community worker in Mysore, about his work and about how the "
            "lockdown had changed the lives of the people he works with every day.\n\n"
            "((WN)) How old are you? ((hi))Hindi language: \u200dआपकी उम्र क्या है?\n\n"
            "((Akram Pasha)) I am currently 45 years old. ((hi))Hindi language: \u200dमैं अभी ४५ साल का हूँ।\n\n"
            "((WN)) How long have you worked there?\n\n"
            "((Akram Pasha)) For the past thirty years.\n")
    answers = [st for st in reader.read_text(text).statements if st.speaker and st.speaker.name == "Akram Pasha"
               and st.kind == "direct"]
    assert [st.content[0].text for st in answers] == ["I am currently 45 years old.", "For the past thirty years."]


def test_an_answer_label_misprinted_once_is_the_interviewee_who_answers_under_the_right_one(reader):
    text = ("Wikinews spoke with Richard Stallman, the founder of the Free Software Foundation, about copyright, "
            "software licences and the laws that restrict what users may do with their own devices.\n\n"
            "((WN)) What is DRM?\n\n((Richard Stallman)) It stands for digital restrictions management.\n\n"
            "((WN)) Why do companies impose licences?\n\n((Richard Sanskrit)) Well they want to restrict people.\n\n"
            "((WN)) Have you agreed to one?\n\n((Richard Stallman)) I have never agreed to any of them.\n")
    answers = [st for st in reader.read_text(text).statements if st.kind == "direct"]
    assert [st.speaker.name for st in answers] == ["Richard Stallman"] * 3
    panel = text.replace("with Richard Stallman,", "with Richard Stallman and Richard Sanskrit,")
    answers = [st for st in reader.read_text(panel).statements if st.kind == "direct"]
    assert [st.speaker.name for st in answers] == ["Richard Stallman", "Richard Sanskrit", "Richard Stallman"]


def test_a_body_named_by_its_kind_alone_is_the_one_body_of_that_kind_the_article_names(reader):
    found = rows(reader, "The California Department of Corrections and Rehabilitation (CDCR) did not identify "
                         "Sirhan as the victim.\n\nThe Department issued a statement that an inmate had been "
                         "stabbed. They also said they believed they had identified the attacker.\n")
    assert ("California Department of Corrections and Rehabilitation", "organization", "also said") in found
    assert not any(name == "Department" for name, _, _ in found)


def test_the_date_after_according_to_a_source_is_not_the_sources_name(reader):
    [st] = reader.read_text("According to officials on Saturday, the virus may have killed two foreign visitors "
                            "in Wuhan.\n").statements
    assert (st.source.text, st.speaker.name) == ("officials", "officials")


def test_an_answers_lead_in_goes_with_the_paragraph_it_opens(reader):
    text = ("Wikinews interviewed Wayne Tseng, a candidate for Lord Mayor of Melbourne, about his campaign and "
            "about his plans for the city and its council.\n\n"
            "((WN)) What is your vision for the city?\n\n((Wayne Tseng))  Democracy 2.0:\n\n\n"
            "When I gave presentations, I always asked what kind of government people would prefer.\n\n"
            "((WN)) Anything else?\n\n((Wayne Tseng))  No, that is all.\n")
    answers = [[c.text for c in st.content] for st in reader.read_text(text).statements if st.kind == "direct"]
    assert answers == [["Democracy 2.0:", "When I gave presentations, I always asked what kind of government "
                                          "people would prefer."], ["No, that is all."]]


def test_an_answers_lead_in_that_nothing_follows_says_nothing(reader):
    text = ("Wikinews interviewed Wayne Tseng, a candidate for Lord Mayor of Melbourne, about his campaign.\n\n"
            "((WN)) What is your plan?\n\n((Wayne Tseng))  I will take gradual steps.\n\n\nIt goes further:\n\n\n"
            "((WN)) Anything else?\n\n((Wayne Tseng))  No, that is all.\n")
    answers = [[c.text for c in st.content] for st in reader.read_text(text).statements if st.kind == "direct"]
    assert answers == [["I will take gradual steps."], ["No, that is all."]]


def test_an_editors_note_in_an_answer_is_not_the_interviewees(reader):
    text = ("Wikinews talked to Jaya, a sex worker, about the lockdown.\n\n"
            "((WN)) How do you get your medicines?\n\n((Jaya))  We go for check ups every month.\n\n\n"
            "[The Ashodaya volunteer mentioned: There was a full time clinic before the lockdown at our office.]\n\n\n"
            "((WN)) Thank you.\n\n((Jaya))  Thank you, sir. We will manage.\n")
    found = {st.content[0].text: st.speaker.name if st.speaker else None for st in reader.read_text(text).statements}
    assert found["We go for check ups every month."] == "Jaya"
    assert not any(name == "Jaya" and "clinic" in words for words, name in found.items())


def test_a_line_that_asks_the_interviewee_by_name_is_the_interviewers(reader):
    text = ("Wikinews talked to Jaya, a sex worker, about the lockdown.\n\n"
            "((WN)) Hello Jaya, I am Agastya from Wikinews.\n\n((Jaya))  Hi Agastya. Nice to meet you.\n\n\n"
            "Same here Jaya. Are you okay?\n\n\n((Jaya))  Ya ya, I am fine.\n\n\n"
            "It has been a hard year for all of us, but we manage?\n\n\n((WN)) Thank you.\n")
    answers = [st.content[0].text for st in reader.read_text(text).statements if st.speaker and st.speaker.name == "Jaya"]
    assert "Same here Jaya. Are you okay?" not in answers
    assert "It has been a hard year for all of us, but we manage?" in answers  # no name: the answer goes on


def test_a_body_of_a_kind_of_people_keeps_its_whole_name(reader):
    [st] = reader.read_text("Bishop Dinualdo Gutierrez died early yesterday morning, according to the Catholic "
                            "Bishops' Conference of the Philippines (CBCP).\n").statements
    assert (st.source.text, st.speaker.name) == ("the Catholic Bishops' Conference of the Philippines (CBCP)",
                                                 "Catholic Bishops' Conference of the Philippines")
    [st] = reader.read_text("The Philippines' Department of Health said cases rose.\n").statements
    assert st.speaker.name == "the Philippines' Department of Health"  # every country has a Department of Health


def test_an_agency_named_with_and_keeps_its_whole_name(reader):
    text = ("Wikinews is also awaiting responses from both the Coast Guard and the National Search and Rescue Agency "
            "detailing the efforts.\n\nYesterday the Search and Rescue Agency told The Jakarta Post it was intending to "
            "end its search on the basis of piracy.\n")
    assert rows(reader, text) == [("National Search and Rescue Agency", "organization", "told")]  # its full name


def test_one_of_a_group_is_one_unnamed_member_not_the_group(reader):
    text = ("Multiple users expressed their disappointment on Twitter. One of the users said \"this is yet another "
            "example of why we should use git\".\n")
    assert rows(reader, text)[-1] == ("One of the users", "unnamed", "said")


def test_writing_to_someone_is_no_statement_without_what_was_written(reader):
    text = ("Northamptonshire's chief constable Nick Adderley wrote to the US Embassy in London asking to waive her "
            "diplomatic immunity.\n")
    assert [(st.cue.text, st.content[0].text) for st in reader.read_text(text).statements] == [
        ("asking", "to waive her diplomatic immunity")]


def test_a_call_for_someone_takes_the_infinitive_the_parse_hung_on_the_verb(reader):
    text = ("The accusation against Biden is that, during his time as vice president, he called for the government of "
            "Ukraine to reduce corruption.\n")
    [st] = [st for st in reader.read_text(text).statements if st.cue.text == "called for"]
    assert st.content[0].text == "the government of Ukraine to reduce corruption"


def test_a_topic_named_by_which_is_not_a_statement(reader):
    text = ("The research team discussed which juvenile and adult birds make it back to the site the next year.\n")
    assert not reader.read_text(text).statements


def test_a_body_named_by_its_owner_and_kind_is_the_body_the_article_names(reader):
    text = ("Day's animal foundation said she had been in otherwise \"excellent physical health for her age\". Day, "
            "they said, desired no memorials.\n\nDay focused her career on animal rights, founding the Doris Day "
            "Animal Foundation.\n")
    assert [name for name, _, _ in rows(reader, text)] == ["Doris Day Animal Foundation"] * 2
    text = "Day's animal foundation said she had died.\n\nDay founded the Los Angeles Zoo Foundation.\n"
    assert rows(reader, text)[0][0] != "Los Angeles Zoo Foundation"  # not a foundation the words do not fit


def test_a_role_refers_back_to_a_titled_name_the_tagger_missed(reader):
    text = ("On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess Ubolratana Mahidol as their "
            "candidate for prime minister.\n\nThis past Friday, the princess, 67, announced her candidacy for the "
            "prime ministry.\n")
    assert rows(reader, text) == [("Ubolratana Mahidol", "person", "announced")]


def test_what_was_discussed_is_a_topic_but_what_was_talked_about_how_may_be_a_claim(reader):
    assert not reader.read_text("Two sex workers, Akram Pasha and Jaya, discussed how their lives had been "
                                "affected by the coronavirus.\n").statements
    [st] = reader.read_text("Paul Sun-Hyung Lee talked about how the series had been underestimated.\n").statements
    assert st.speaker.name == "Paul Sun-Hyung Lee"


def test_an_answers_long_lead_in_goes_with_the_paragraph_it_opens(reader):
    text = ("Wikinews interviewed Gregory Kurtzer about Rocky Linux.\n\n((WN)) How do users switch?\n\n"
            "((Gregory Kurtzer))  To convert a CentOS 8 system to Rocky Linux 8, you only need to run a single "
            "command:\n\n\ndnf install rocky-release.rpm\n\n\n((WN)) And then?\n\n((Gregory Kurtzer))  "
            "Then it is done, and here is why it works so well:\n\n\n((WN)) Thanks.\n")
    answers = [[c.text for c in st.content] for st in reader.read_text(text).statements]
    assert answers == [["To convert a CentOS 8 system to Rocky Linux 8, you only need to run a single command:",
                        "dnf install rocky-release.rpm"],
                       ["Then it is done, and here is why it works so well:"]]  # nothing follows: as it is


def test_the_embassy_is_the_embassy_the_article_names(reader):
    text = ("Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity. The embassy "
            "declined the request and said the family left per advice from the State Department.\n")
    assert rows(reader, text)[-1] == ("US Embassy in London", "organization", "said")  # which embassy, in full


def test_a_content_keeps_the_bracket_it_opens(reader):
    st = reader.read_text("Gloria La Riva argued against Universal Basic Income (UBI), proposing a higher minimum "
                          "wage.\n").statements[0]
    assert st.content[-1].text == "Universal Basic Income (UBI)"


def test_they_of_people_named_only_to_be_denied_is_no_one_earlier(reader):
    """Demo sample of session 47: the "they" of "neither US nor British authorities" was given to "US authorities"
    of the sentences before; it is both of them (the gold's two speakers). The "they" of people denied with "no" is
    no one the record can tell. In the next sentence, a denied subject stops no one: "They" there is still the
    authorities who spoke."""
    before = ("US authorities claimed the site was the largest in the world. They also stated arrests were made in "
              "Australia.\n\n")
    denied = ("Despite the lengthy lists provided, neither US nor British authorities delivered a complete list of "
              "the 38 countries they said were involved.\n")
    assert [r[0] for r in rows(reader, before + denied)] == ["US authorities"] * 2 + ["US and British authorities"]
    assert rows(reader, before + denied.replace("neither US nor British", "British"))[-1][0] == "British authorities"
    none = "US authorities claimed the site was the largest. No officials were hurt, and they said arrests were made.\n"
    assert [r[0] for r in rows(reader, none)] == ["US authorities"]
    later = "US authorities claimed the site was the largest. No officials were hurt. They said arrests were made.\n"
    assert [r[0] for r in rows(reader, later)] == ["US authorities", "US authorities"]


def test_they_after_a_quotation_is_the_spokesperson_just_named_without_he_or_she(reader):
    text = ("Some people are naturally eager to run their profile like a job.\n\nKym Lino, a spokesperson for "
            "Instagram, confirmed to WIRED that the company notifies people who it thinks could benefit. "
            "\u201cWe use a machine learning model which predicts likely commercial intent,\u201d they said in an "
            "email.\n")
    found = rows(reader, text)
    assert found[-1] == ("Kym Lino", "person", "said")
    plural = ("Kym Lino, a spokesperson for Instagram, confirmed that the company notifies people. Instagram users "
              "complained on Monday. \u201cWe never asked for this,\u201d they said.\n")
    assert rows(reader, plural)[-1][0] != "Kym Lino"  # a plural named after the spokesperson: not her
    for text in ('Sam Lee said the plan was rushed as hundreds of residents marched. "We will not be ignored," '
                 'they said.\n',  # a plural subject in between
                 'Alex Kim praised the nurses: "They were heroes." They said they had worked 20 hours.\n'):  # no comma
        assert not any(name == "Sam Lee" and cue == "said" for name, _, cue in rows(reader, text)[1:])
        assert not any(name == "Alex Kim" and cue == "said" for name, _, cue in rows(reader, text))


# Guards from the review of session 16's rules: each of these went wrong under a first version of a rule.
NEUTRAL = "The city council met on Monday.\n\n"


def test_an_answer_that_asks_and_holds_the_interviewees_name_is_still_the_answer(reader):
    text = ("Wikinews interviewed Will Hurd about the border wall.\n\n((WN)) What do you think of the wall?\n\n"
            "((Will Hurd))  We need technology at the border instead.\n\n\nWill that be expensive? Of course it "
            "will.\n\n((WN)) What comes next?\n\n((Will Hurd))  A vote in May.\n")
    answers = [st.content[0].text for st in reader.read_text(text).statements if st.speaker
               and st.speaker.name == "Will Hurd"]
    assert answers == ["We need technology at the border instead.", "Will that be expensive? Of course it will.",
                       "A vote in May."]


@pytest.mark.parametrize("text, cue", [
    ('Senator Maria Lopez called the police chief "a disgrace".\n', "called"),  # a verdict on the police
    ("Senator Lopez voted against the bill, which she criticized as a giveaway to corporations.\n", "criticized"),
])
def test_a_verdict_stays_a_statement(reader, text, cue):
    assert cue in [c for _, _, c in rows(reader, NEUTRAL + text)]


@pytest.mark.parametrize("text, name", [
    ("The National Search and Rescue Agency said the ship sank.\n", "National Search and Rescue Agency"),
    ("The Scottish Fire and Rescue Service said two people died.\n", "Scottish Fire and Rescue Service"),
    ("The Palestinians' Health Ministry said 12 people were hurt.\n", "Health Ministry"),
    ("Several residents were evacuated. One of them said the water rose quickly.\n", "Several residents"),
    ("According to the coach, Marco Rossi, the team will play on Sunday.\n", "Marco Rossi"),
])
def test_a_body_or_person_is_named_whole_and_no_more(reader, text, name):
    assert rows(reader, NEUTRAL + text)[-1][0] == name


def test_a_foundation_is_not_a_fund_or_a_trust(reader):
    text = "The Global Fund gave $2 million. The Wellcome Trust gave more.\n\nThe foundation said it would help.\n"
    assert rows(reader, NEUTRAL + text)[-1][0] not in ("Global Fund", "Wellcome Trust")


# -- guards from the review of session 18's rules: ordinary sentences they must leave as they were ----------

@pytest.mark.parametrize("text, speaker, content_start", [
    ("The city could lose a lot of money: according to Jane Doe, the city's treasurer, as much as $2 million a year.",
     "Jane Doe", "The city could lose"),  # a role after the name is no list after a colon
    ("Google announced layoffs on Friday. It said the cuts would hit Google Cloud hardest.", "Google", "the cuts"),
    ("The governor announced her new chief of staff on Monday and said the appointment would strengthen the team.",
     "The governor", "the appointment"),  # "and said": the verb's own subject
    ('Hillary Clinton immediately posted a Twitter comment of her own, saying, "Thank you, and may The Force be with '
     'you."', "Hillary Clinton", '"Thank you'),  # not Twitter
    ("Mayor Jane Smith told reporters before she left the meeting that the budget would be cut.", "Jane Smith",
     "before she left"),  # what was said hangs in the time clause: the row stays
    ("The company confirmed for the first time that its servers had been hacked.", "The company", "the first time"),
    ("What a disaster, Mayor Jane Smith said.", "Jane Smith", "What a disaster"),
    ("Mayor Jane Smith said every day the children go hungry.", "Jane Smith", "every day"),
    ("The minister denied any access to the messages.", "The minister", "any access"),
])
def test_ordinary_sentences_keep_their_row(reader, text, speaker, content_start):
    found = [(st.speaker.name if st.speaker else None, st.content[0].text)
             for st in reader.read_text("The city council met on Monday.\n\n" + text + "\n").statements]
    assert (speaker, content_start) in [(s, c[:len(content_start)]) for s, c in found], found


def test_a_place_a_letter_came_from_is_not_its_author(reader):
    found = rows(reader, "The city council met on Monday.\n\nThe letter, postmarked from Massachusetts, warned that "
                         "the mayor would be next.\n")
    assert found and all(name != "Massachusetts" for name, _, _ in found), found


@pytest.mark.parametrize("text, speaker", [
    ("According to the Associated Press news agency, the delegates are not to be bound.", "Associated Press"),
    ("The state-run Xinhua news agency reported that the talks had failed.", "Xinhua"),
    ("The Fox News network said the delegates are not bound.", "Fox News"),
    ("The Al-Qaeda network said the attack was a warning.", "Al-Qaeda"),
])
def test_a_noun_that_describes_an_organization_named_before_it_is_no_part_of_its_name(reader, text, speaker):
    assert rows(reader, text)[0][:2] == (speaker, "organization")


@pytest.mark.parametrize("text", [
    "The Russian news agency reported that the talks had failed.",
    "The Sustainable Australia party said the delegates are not bound.",
    "The Time magazine reported that the delegates are not bound.",  # "Time" alone is no name to show
])
def test_a_place_or_a_party_noun_keeps_the_phrase(reader, text):
    name = rows(reader, text)[0][0]
    assert name.lower().startswith("the "), name


@pytest.mark.parametrize("text, cue", [
    ('"We will appeal," Rep. Jim Jordan said in a phone interview.', "said in a phone interview"),
    # PolNeAR train leaves a passive's "by" out of the cue 48 times in 67
    ("The registration issue was first reported by The Washington Post.", "was first reported"),
])
def test_in_an_interview_ends_the_cue_and_a_passives_by_does_not(reader, text, cue):
    assert rows(reader, text)[0][2] == cue


def test_a_page_s_lines_in_capitals_and_a_heading_s_idiom_hold_no_statement(reader):
    text = ("James Van Der Beek eliminated from the show\n"
            "Van Der Beek said it was every parent's worst nightmare.\n"
            "LAUREN ALAINA SAYS 'DWTS' HAS HELPED HER LOSE 25 POUNDS\n"
            "He said, she said\n"
            "The show's host said the verdict was the hardest so far.\n")
    found = [(st.speaker.name, " ".join(c.text for c in st.content)) for st in reader.read_text(text).statements]
    assert found == [("James Van Der Beek", "it was every parent's worst nightmare"),
                     ("The show's host", "the verdict was the hardest so far")], found


def test_who_in_capitals_after_its_quotation_is_the_organization_not_a_relative_word(reader):
    text = ("The World Health Organization tracks plague cases.\n"
            'Untreated pneumonic plague is "always fatal", says WHO.\n')
    assert rows(reader, text)[-1][:2] == ("World Health Organization", "organization")


def test_another_ones_warning_in_a_with_phrase_is_not_the_cues_content(reader):
    text = ('Egypt and Jordan also sharply criticised the US policy shift, with Jordanian Foreign Minister Ayman Safadi '
            'warning of "dangerous consequences".\n')
    assert not any("dangerous consequences" in " ".join(c.text for c in st.content)
                   for st in reader.read_text(text).statements if st.speaker.name != "Ayman Safadi")


def test_a_participle_after_a_quotation_goes_on_from_its_speaker_and_the_quotation_keeps_its_mark(reader):
    text = ("Australian Prime Minister Scott Morrison said in a statement, \u201cWe are profoundly pleased and relieved\u201d "
            "at the hostages\u2019 release, adding that Weeks\u2019 family had asked to convey its own relief.\n")
    found = [(st.speaker.name, " ".join(c.text for c in st.content)) for st in reader.read_text(text).statements]
    assert found == [("Scott Morrison", "\u201cWe are profoundly pleased and relieved\u201d at the hostages\u2019 release"),
                     ("Scott Morrison", "that Weeks\u2019 family had asked to convey its own relief")], found


@pytest.mark.parametrize("text, row", [
    ('"I agree," Smith said.\n', ("Smith", "person", '"I agree,"')),  # a short quote is words
    ("Adam Schiff led the inquiry. Kwame Adams said the hearings were a sham.\n",
     ("Kwame Adams", "person", "the hearings were a sham")),  # a surname in "s" is no family
    ("The senator said the bill was dead and voted against it.\n",
     ("The senator", "unnamed", "the bill was dead")),  # a bill does not vote: the senator's next act
    ("Residents but also local businesses said the new parking rules were unfair.\n",
     ("Residents but also local businesses", "group", "the new parking rules were unfair")),  # no new clause
    ("Ukrainian officials met on Monday. Large troop movements were seen near the border overnight. They said the "
     "buildup was a threat.\n", ("Ukrainian officials", "group", "the buildup was a threat")),
    ("Cia Bertie, a local resident, said the water was unsafe.\n", ("Cia Bertie", "person", "the water was unsafe")),
    ("NATIONAL WEATHER SERVICE SAYS THE STORM WILL HIT THE COAST BY FRIDAY, OFFICIALS SAID.\n",
     ("OFFICIALS", "group", "NATIONAL WEATHER SERVICE SAYS THE STORM WILL HIT THE COAST BY FRIDAY")),  # a bulletin
    ("The prosecutor said the case would go to trial in May, with Smith facing charges of fraud.\n",
     ("The prosecutor", "unnamed", "the case would go to trial in May, with Smith facing charges of fraud")),
    ("Petro Star said fuel prices would rise.\n", ("Petro Star", "organization", "fuel prices would rise")),
])
def test_review_guards_of_session_30s_rules(reader, text, row):
    found = [(st.speaker.name, st.speaker.kind, " ".join(c.text for c in st.content))
             for st in reader.read_text(text).statements]
    assert found[-1] == row, found


@pytest.mark.parametrize("line", [
    'TRUMP SAYS "WE WILL WIN THE WAR"',  # a headline in capitals, ended by its quotation
    "A NURSE WHO ASKED TO REMAIN ANONYMOUS TOLD REPORTERS THE WARD WAS FULL.",  # "WHO" a relative word
])
def test_lines_in_capitals_give_no_headline_row_and_no_relative_who(reader, line):
    text = f"Storm hits coast\n\nOfficials said the storm would weaken by Friday.\n{line}\nThe mayor said schools would reopen.\n"
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Officials", "The mayor"]


@pytest.mark.parametrize("text", ["Voters rejected the measure as too costly.\n",
                                  "The Senate rejected the bill as unconstitutional.\n"])
def test_a_vote_or_a_ruling_that_rejects_something_is_no_statement(reader, text):
    assert not reader.read_text(text).statements



def test_a_relay_the_parse_hung_inside_the_content_is_left_out(reader):
    text = ("In December, a Turkish official said that the trans-Anatolian pipeline, which is already up and running, "
            "renders the EastMed building effort unnecessary, Cyprus Mail reported.\n")
    st = reader.read_text(text).statements[0]
    assert st.speaker.name == "a Turkish official"
    assert st.content[-1].text.endswith("renders the EastMed building effort unnecessary")


def test_a_university_campus_is_named_whole(reader):
    text = ("The death of pioneering oceanographer Walter Munk was announced on Friday by the University of "
            "California, San Diego.\n")
    assert reader.read_text(text).statements[0].speaker.name == "University of California, San Diego"


def test_a_name_given_to_a_thing_is_no_antecedent_of_he(reader):
    text = ("Director Tom Harper knew the song mattered.\n\n"
            "At the last minute, a demo came in called Glasgow. “It grabbed me by the heart the moment I heard it,” "
            "he said.\n")
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Tom Harper"]



@pytest.mark.parametrize("text", [
    "The deal would allow leaders from both countries to claim an easy victory while soothing markets.\n",
    "It seemed like Trump had written the letter himself.\n",  # a document written: the act, not its words
    "He wrote handbooks for the GURPS and Paranoia role-playing game systems.\n",
    "A White House that lies as easily as it tells the truth creates problems.\n",
])
def test_what_could_be_said_a_document_written_or_the_truth_told_is_no_statement(reader, text):
    assert not reader.read_text(text).statements


def test_what_a_past_allowing_let_someone_say_was_said(reader):
    text = "Abandoning likes allowed Adam Mosseri to claim that Instagram wants to be calm.\n"
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Adam Mosseri"]


@pytest.mark.parametrize("text, rows", [  # the review's counter-examples to this session's rules
    ("A neighbour called Tom Reed ran to help. “I just reacted,” he said.\n", [("Tom Reed", "direct")]),
    ("Police arrested a suspect named John Carter on Friday. “I am innocent,” he said in court.\n",
     [("John Carter", "direct")]),
    ("Donald Trump: We are going to win so much. [Applause]\n", [("Donald Trump", "indirect")]),
    ("Sanders: We will raise the minimum wage to $15.\n", [("Sanders", "indirect")]),
    ("New York Gov. Andrew Cuomo: We have flattened the curve.\n", [("Andrew Cuomo", "indirect")]),
    ("The University of Toronto, Canada's largest university, said it would cut fees.\n",
     [("University of Toronto", "indirect")]),
    ("The regulator, Health Canada, said the vaccine was safe. Canada said it would buy 20 million doses.\n",
     [("Health Canada", "indirect"), ("Canada", "indirect")]),
    ("Rep. Jim Banks criticized the rule. Banks, which had lobbied against it, said they would comply.\n",
     [("Banks", "indirect")]),
    ("Forty senators wrote a letter to the president urging him to veto the bill.\n", [("Forty senators", "indirect")]),
    ("Reporter Jane Doe wrote a story saying the mayor had lied.\n", [("Jane Doe", "indirect")]),
    ("“We installed 6\" pipes last year,” the engineer said.\n", [("the engineer", "direct")]),
])
def test_review_guards_of_session_31s_rules(reader, text, rows):
    assert [(st.speaker.name, st.kind) for st in reader.read_text(text).statements] == rows


def test_a_quotation_inside_a_report_after_all_of_it_is_its_speakers(reader):
    text = ("Patrick Carlineo was arrested in April for a call to the congresswoman's office. During the call, "
            "Carlineo called Omar a “terrorist” and said, “somebody ought to put a bullet in her skull,\" the "
            "prosecutor’s office said.\n")
    rows = [(st.speaker.name, st.kind, st.content[0].text) for st in reader.read_text(text).statements]
    assert ("Patrick Carlineo", "direct", "“somebody ought to put a bullet in her skull,\"") in rows
    assert not any(name == "the prosecutor’s office" for name, _, _ in rows)


def test_a_report_after_a_quotation_is_not_part_of_it_nor_a_second_row_of_the_same_act(reader):
    text = ('Carlineo pleaded guilty. The aide recalled that she said, "I\'ll resign tomorrow," the office said.\n')
    rows = [(st.speaker.name, st.content[0].text) for st in reader.read_text(text).statements]
    assert all("the office said" not in words for _, words in rows), rows
    assert sum("resign tomorrow" in words for _, words in rows) == 1, rows


@pytest.mark.parametrize("text, rows", [  # the second review's counter-examples: a quotation with its own
    # speaker inside another's report keeps the report's row, and a report after it passes it on
    ("Detective Sarah Bell testified that the defendant told her, “I wanted him dead,” the Associated Press "
     "reported.\n", [("Sarah Bell", "mixed")]),
    ("Prosecutors said Carlineo told an FBI agent, “I’m a patriot,” the U.S. attorney’s office said.\n",
     [("Prosecutors", "mixed")]),
    ("A student yelled, \"He has a gun,\" a district spokesman said.\n", [("A student", "direct")]),
])
def test_second_review_guards_of_session_31s_rules(reader, text, rows):
    assert [(st.speaker.name, st.kind) for st in reader.read_text(text).statements] == rows


@pytest.mark.parametrize("text, name", [
    ("Local  residents  of the  town said the road would reopen on Monday.\n", "Local residents of the town"),
    ("FBI Director James\u00a0Comey said the case was closed.\n", "James Comey"),
])
def test_a_speaker_written_with_runs_of_spaces_is_named_with_single_spaces(reader, text, name):
    """Wikinews texts put two spaces where a line was joined ("The  travelers say"), web pages a no-break space
    inside a name: the name has one plain space."""
    assert rows(reader, text)[0][0] == name


@pytest.mark.parametrize("text, answers", [
    # the interviewer's initials have no colon either: the first question is a labelled line that asks
    ("Wikinews spoke with Natasha Gownaris about penguins.\n\nJS What led you to study penguins?\n\n"
     "NG I have always been fascinated by seabirds.\n\nJS What did you find?\n\nNG We found that females die more "
     "often.\n\nJS What next?\n\nNG We will study the chicks.\n", 3),
    # questions with no question mark: a line the interviewer's label opens is a question all the same
    ("Wikinews spoke with Mary Smith about fish.\n\n((WN)) Tell us about your study.\n\nMS We counted fish in every "
     "bay of the coast.\n\n((WN)) Tell us what you found.\n\nMS The numbers fell by half in ten years.\n\n"
     "((WN)) Tell us what comes next.\n\nMS We will count them again next year.\n", 3),
])
def test_initials_with_no_colon_after_the_first_question_still_label_answers(reader, text, answers):
    """Review of session 47: only initials that no line after the first question opens are no label."""
    found = reader.read_text(text).statements
    assert len(found) == answers and len({st.speaker.name for st in found}) == 1
    assert {st.speaker.name for st in found} < {"Natasha Gownaris", "Mary Smith"}
    assert not any(st.content[0].text.startswith(("NG ", "MS ")) for st in found)


@pytest.mark.parametrize("text, content", [
    # a passive subject is a subject: the reporter's clause stays out
    ("Reports that Peskov said that the talks were suspended could not be confirmed.\n",
     "that the talks were suspended"),
    ("The revelation that Peskov said that the report was fabricated could be used by prosecutors.\n",
     "that the report was fabricated"),
    # the verb's phrases end at a comma: not the reporter's next clause
    ("When Trump tweeted that state plans to use mail-in ballots to allow people to vote from home would result in "
     "voter fraud, Twitter, which had never flagged his posts before, placed a disclaimer on the tweet.\n",
     "that state plans to use mail-in ballots to allow people to vote from home would result in voter fraud"),
    ("When Trump tweeted that state plans to use mail-in ballots to allow people to vote from home would be "
     "fraudulent, Twitter placed a disclaimer on the tweet.\n",
     "that state plans to use mail-in ballots to allow people to vote from home would be fraudulent"),
    # a hyphen inside a word is no comma: the phrase goes on over it
    ("When Trump tweeted that state plans to use mail-in ballots to allow people to vote from home would result in "
     "large-scale voter fraud, Twitter, which had never flagged his posts before, placed a disclaimer on the tweet.\n",
     "that state plans to use mail-in ballots to allow people to vote from home would result in large-scale voter "
     "fraud"),
])
def test_a_modal_verb_goes_with_a_that_clause_only_when_it_has_no_subject_and_up_to_a_comma(reader, text, content):
    assert [st.content[0].text for st in reader.read_text(text).statements][:1] == [content]


def test_a_quotation_after_a_colon_that_its_own_attribution_gives_to_another_is_theirs(reader):
    """Demo sample 5102 (Wikinews, CC BY 2.5): '... the WHO noted the need to drive governments to action: "All
    countries ...," said Tedros Adhanom Ghebreyesus'. The quotation is Tedros's, in his row alone; the WHO's row says
    what it noted, before the colon (the record's gold dev has both)."""
    text = ("The World Health Organization (WHO) declared the outbreak a pandemic.\n\nAlthough the word only refers "
            "to how widely a disease has spread, the WHO noted the need to drive governments to action: \"All "
            "countries can still change the course of this pandemic. If countries detect, test and treat,\" said "
            "Tedros Adhanom Ghebreyesus, the Director-General of the WHO. \"We are deeply concerned.\"\n")
    found = [(st.speaker.name, st.kind, " ".join(c.text for c in st.content))
             for st in reader.read_text(text).statements]
    assert [name for name, _, words in found if "change the course" in words] == ["Tedros Adhanom Ghebreyesus"], found
    assert ("World Health Organization", "indirect", "the need to drive governments to action") in found, found


def test_a_quotation_after_a_colon_with_no_other_attribution_stays_with_its_cue(reader):
    """The same shape with the quotation's attribution by the same speaker, or none, keeps it whole."""
    text = ("Mayor Maria Lopez noted the need for action: \"All towns can still change course,\" she said.\n"
            "Police chief Robert Baker stressed one point: \"We will not stop.\"\n")
    found = [(st.speaker.name, " ".join(c.text for c in st.content)) for st in reader.read_text(text).statements]
    assert any(name == "Robert Baker" and "We will not stop" in words for name, words in found), found
    assert all(name == "Maria Lopez" for name, words in found if "change course" in words), found


@pytest.mark.parametrize("text, name", [  # the review's guards: an attribution after the quotation that only
    # relays it, or names the first speaker by a title, leaves the quotation with the first speaker
    ('Although sales fell, Tim Cook said demand was strong: "Customers love the new phone. Demand has never been '
     'higher," the Associated Press reported. "We expect a record quarter."', "Tim Cook"),
    ('Although sales fell, Tim Cook said demand was strong: "Customers love the new phone. Demand has never been '
     'higher," the CEO told analysts. "We expect a record quarter."', "Tim Cook"),
    ('Trump said the election had been stolen: "We won this election. We won it by a lot," the president said in a '
     'video posted on Twitter. "Go home in peace."', "Donald Trump"),
])
def test_a_quotation_after_a_colon_stays_when_the_attribution_after_it_names_no_other_person(reader, text, name):
    found = [(st.speaker.name, " ".join(c.text for c in st.content)) for st in reader.read_text(text).statements]
    holders = {who for who, words in found if "never been higher" in words or "by a lot" in words}
    assert name in holders or (name == "Donald Trump" and "Trump" in holders), found


@pytest.mark.parametrize("text", [
    "We don't care. Everything Trump says is a lie unless proven otherwise.\n",  # PolNeAR dev (USA Today letters)
    "Everything the mayor said was false, critics noted.\n",
    "Nothing the senator said made sense to the voters.\n",
    "What Trump says is often untrue.\n",
])
def test_a_judgement_of_what_someone_says_is_not_their_statement(reader, text):
    assert [(st.speaker.name, st.cue.text) for st in reader.read_text(text).statements
            if st.cue and st.cue.text in ("says", "said")] == []


@pytest.mark.parametrize("text, name", [  # what the relative clause says is its own
    ("Clinton, who said the economy was strong, won the state.\n", "Clinton"),
    ("Mr. Lee, who had said that he would resign, stayed on.\n", "Lee"),
])
def test_a_relative_clause_with_its_own_words_is_still_a_statement(reader, text, name):
    assert [st.speaker.name for st in reader.read_text(text).statements] == [name]


def test_a_pronoun_that_may_be_another_known_person_says_nothing_of_the_subjects_gender(reader):
    """PolNeAR dev (Western Journalism, 2016): "she attacked" after "Gov. Chris Christie described ... Hillary Clinton"
    went to Christie (his gender unknown), made him a woman, and his '"She's a disgrace," he said' went to another man."""
    text = ("New Jersey Gov. Chris Christie described Democratic presidential nominee Hillary Clinton as a \u201cdisgrace\u201d"
            " after she attacked law enforcement officers nationwide.\n\nScott, who was black, was shot and killed by a"
            " police officer after Keith Lamont Scott allegedly brandished a pistol.\n\nChristie blasted Clinton as a "
            "\u201cdisgrace\u201d on Wednesday.\n\n\u201cShe\u2019s a disgrace,\u201d he said.\n")
    found = [(st.speaker.name, st.content[0].text) for st in reader.read_text(text).statements]
    assert ("Chris Christie", "\u201cShe\u2019s a disgrace,\u201d") in found, found
    assert not any(content.startswith("law enforcement") for _, content in found), found  # not Christie's, nor sure


@pytest.mark.parametrize("text", [
    "Pat Morgan described Hillary Clinton as a \u201cdisgrace\u201d after she attacked officers nationwide and blamed police"
    " shootings on \u201cimplicit bias\u201d against minorities.\n",
    "Jordan Lee met Senator Elizabeth Warren on Monday, after she blamed the banks for the crisis.\n",
])
def test_she_is_no_one_when_a_subject_of_no_known_gender_stands_beside_a_woman(reader, text):
    """Either may be "she": the record leaves the statement out rather than give it to the subject."""
    assert [st.speaker.name for st in reader.read_text(text).statements if st.cue.text == "blamed"] == []


def test_the_subject_after_a_documents_author_is_what_it_says(reader):
    # session 55's demo sample (Wikinews on the Fishmongers' Hall attack): the tusk had gone into the source
    text = ("The hall reopened on Monday.\nAccording to a Twitter post by Amy Cook, director of the Learning Together "
            "event, the five-foot marine mammal tusk came from the wall in Fishmongers' Hall.\n")
    [st] = reader.read_text(text).statements
    assert st.speaker.name == "Amy Cook"
    assert st.content[0].text == "the five-foot marine mammal tusk came from the wall in Fishmongers' Hall"


def test_she_is_not_a_man_known_by_his_given_name_alone(reader):
    # session 55, a PolNeAR dev feature: "Kevin" alone had no gender, and "she" went to him
    text = ("A night at the rally\n\n“I would,” Melanie said to the TV.\n\nKevin was snoring.\n\n“Here he is, babe,” "
            "she said.\n")
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Melanie", "Melanie"]


def test_markup_stuck_to_a_source_is_not_in_the_speakers_name(reader):
    """PolNeAR dev (Western Journalism, 2016): a tweet's tag left in the text made the speaker '">Sanders'."""
    text = ('The site checked it. <tweet tweet-author=" so we rate it Mostly True.">Sanders said that for young people, '
            "\u201cthe real unemployment rate \u2026 is 51 percent.\u201d\n")
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Sanders"]


@pytest.mark.parametrize("text", [
    # session 56's review: a question-and-answer in running text made "Q" a person and gave it the answer
    'Q: Did you meet with the Russians? A: "No," he said.\n',
    "The senator spoke to us on Monday.\nQ: Do you regret it?\nA: I regret nothing. We won.\n",
])
def test_an_interview_label_outside_an_interview_is_no_speaker(reader, text):
    assert [st.speaker.name for st in reader.read_text(text).statements if st.speaker.name in ("Q", "A")] == []


def test_an_interview_s_labelled_answers_still_go_to_the_one_interviewed(reader):
    text = ("Transcript of our interview with Senator Jane Smith.\n\nQ: Do you regret it?\n\nA: I regret nothing. "
            "We won.\n\nQ: And the tariffs?\n\nA: They work. China pays.\n")
    assert [(st.speaker.name, st.content[0].text) for st in reader.read_text(text).statements] == [
        ("Jane Smith", "I regret nothing. We won."), ("Jane Smith", "They work. China pays.")]



@pytest.mark.parametrize("text, speaker, cue", [
    ("Donald Trump spoke on Monday.\n\nImmediately after the attacks, Trump issued a statement, \u201cLast night, our "
     "nation was attacked by a radical Islamic terrorist.\u201d\n", "Donald Trump", "issued"),
    ("Hillary Clinton spoke on Monday.\n\nLater, Clinton released a statement, \u201cWe grieve with the families of "
     "the victims in Orlando.\u201d\n", "Hillary Clinton", "released"),
])
def test_the_words_of_a_statement_its_speaker_issued_are_on_the_record(reader, text, speaker, cue):
    # session 61: a quotation after "issued a statement," was left off the record ("issued" is no verb of speech)
    assert [(name, found) for name, _, found in rows(reader, text)] == [(speaker, cue)]


@pytest.mark.parametrize("text", [
    "The union spoke on Monday.\n\nThe union released a report, \"The Cost of War,\" which found that many veterans "
    "were unemployed.\n",
    "Daniel Ortiz spoke on Monday.\n\nOrtiz published a book, \u201cWhen Democracies Fall Apart Quietly,\u201d last "
    "year.\n",
    "The Daily Sentinel spoke on Monday.\n\nThe Daily Sentinel released a letter from the governor, \u201cI will not "
    "resign while this investigation continues.\u201d\n",
    "The White House spoke on Monday.\n\nThe White House released a transcript of the call, \u201cI would like you "
    "to do us a favor though.\u201d\n",
])
def test_a_title_or_another_s_words_after_a_document_released_are_not_its_issuer_s(reader, text):
    # session 61: a helper's probes of the first version of the rule above found these four wrong
    found = rows(reader, text)
    assert not any(cue in ("released", "published") for _, _, cue in found), found
