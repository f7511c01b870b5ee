"""Which clause and which subject is a statement's source: a speech verb under "according to" with an
object, a clause inside an apposition, the end of an "according to" object, a thing read as a name, the
named members of "X including A, B and C"."""

from __future__ import annotations

import pytest


def rows(reader, text: str) -> list[tuple[str | None, str]]:
    """(speaker name, cue) of each statement, in order."""
    return [(st.speaker.name if st.speaker else None, st.cue.text if st.cue else "")
            for st in reader.read_text(text).statements]


def test_a_lower_case_word_tagged_as_a_proper_plural_is_no_speaker(reader):
    # the tagger reads "spiky skulls" as a proper plural (NNPS): no name, no body, no one who speaks
    found = rows(reader, "Herpetologist David Blackburn told Discover Magazine the frequency of spiky skulls "
                         "evolving in otherwise unrelated frogs suggested some deep pattern frogs fell into as "
                         "circumstances arose.\n")
    assert found == [("David Blackburn", "told")], found


def test_a_speech_verb_with_an_object_under_according_to_is_its_subjects(reader):
    found = rows(reader, "According to local news, school districts across the area announced school closings.\n")
    assert found == [("school districts across the area", "announced")], found


def test_an_act_under_according_to_stays_the_relays(reader):
    found = rows(reader, "Trump has admitted to ordering the payments, according to prosecutors.\n")
    assert [cue for _, cue in found] == ["according to"], found


def test_a_speech_verb_on_a_known_thing_under_according_to_is_one_row_of_its_subject(reader):
    found = rows(reader, "According to the filing, Ford disclosed the matter to the agency.\n")
    assert found == [("Ford", "disclosed")], found  # the relay gives way (overlaps.without_nested)


def sources(reader, text: str) -> list[str | None]:
    return [st.source.text if st.source else None for st in reader.read_text(text).statements]


def test_an_according_to_object_stops_where_a_list_of_things_goes_on(reader):
    found = sources(reader, "Resources sent included appliances from Dolgellau, Harlech, and Bala according to a fire "
                            "service statement, as well as an aerial ladder platform, high volume pump, and the "
                            "service's incident command unit.\n")
    assert found == ["a fire service statement"], found


def test_an_according_to_object_that_goes_on_with_a_speaker_stays_whole(reader):
    found = sources(reader, "Two engines were sent, according to a statement from the fire service, as well as "
                            "residents.\n")
    assert found == ["a statement from the fire service, as well as residents"], found


def test_a_verb_whose_object_is_a_thing_under_according_to_stays_the_relays(reader):
    found = rows(reader, "According to a recent report by The Atlantic, the Watch Tower maintains a database of "
                         "the accused.\n")
    assert not any(cue == "maintains" for _, cue in found), found


def test_a_conjoined_cue_the_parse_hangs_on_the_reported_clause_is_the_speakers(reader):
    found = rows(reader, "Republican Senator Mitt Romney, a sometime Trump critic, said the peaceful transfer of power "
                         "is what separates the U.S. from nations like Belarus, and described Trump's potential "
                         "unwillingness as \"unthinkable and unacceptable.\"\n")
    assert found == [("Mitt Romney", "said"), ("Mitt Romney", "described")], found


def test_the_subject_of_a_condition_set_into_the_sentence_is_not_the_source(reader):
    text = ("Secretary of Justice Wanda Vázquez Garced, the would-be successor should Pierluisi remain unconfirmed by "
            "the Senate, has expressed she is uninterested in taking up the office of governor, according to "
            "Reuters.\n")
    assert [name for name, _ in rows(reader, text)] == ["Wanda Vázquez Garced"]


def test_a_place_before_a_role_and_a_name_after_according_to_is_the_persons(reader):
    text = ("According to Connecticut Senator Richard Blumenthal, the involved airplane is one of eighteen B-17s still "
            "in the United States.\n")
    assert [name for name, _ in rows(reader, text)] == ["Richard Blumenthal"]


def test_a_clause_takes_back_the_subject_the_parse_hung_on_the_cue(reader):
    text = "The victim's son told Anadolu Agency one of the deceased was Jalal Saifur Rahman, a director.\n"
    [st] = reader.read_text(text).statements
    assert st.content[0].text.startswith("one of the deceased was"), st.content


def broad(reader, text: str):
    from onrecord.reader import Reader

    return Reader(nlp=reader.nlp, scope="all").read_text(text).statements


def test_a_dateline_is_not_part_of_the_source(reader):
    found = sources(reader, "WASHINGTON -- President Obama, dedicating the museum on Saturday, said it would tell "
                            "an American story.\n")
    assert found == ["President Obama"], found


def test_both_before_two_named_sources_is_not_part_of_them(reader):
    found = sources(reader, "Both Mr. King and Mr. Schultz say the management has never told them what to say.\n")
    assert found == ["Mr. King and Mr. Schultz"], found


def test_a_participle_or_comparison_set_off_by_commas_is_not_part_of_the_source(reader):
    found = sources(reader, "Trump, speaking to a veterans group in Virginia, said that the agency was broken. "
                            "Democratic candidate Hillary Clinton, like Obama, has said that the deal was bad.\n")
    assert found == ["Trump", "Democratic candidate Hillary Clinton"], found


def test_an_emphatic_reflexive_before_the_source_is_not_part_of_it(reader):
    found = sources(reader, "Ford Motor Company sent a filing to regulators. In the filing itself Ford also "
                            "made this point, writing \"We are fully cooperating with all government agencies.\"\n")
    assert found == ["Ford"], found


def test_a_clause_the_parse_folded_into_the_source_is_not_part_of_it(reader):
    found = sources(reader, "The airport and nearby hotel were both evacuated and local police warned people in the "
                            "general vicinity to stay inside.\nAt the time, the company invested in e-commerce and "
                            "started home deliveries, but Gazeta Prawna reports only 0.5% of grocery turnover comes "
                            "from this segment.\n")
    assert found == ["local police", "Gazeta Prawna"], found


def test_among_others_after_a_source_is_not_part_of_it(reader):
    found = sources(reader, "Prominent members of the party, among others, say the nominee is not eligible.\n")
    assert found == ["Prominent members of the party"], found


def test_the_who_in_capitals_is_read_as_a_name_not_a_relative_word(reader):
    # the parser took "WHO" for "who" and "report" for its verb: no source, or "the official"
    text = ("The World Health Organization (WHO) tracks the outbreak.\n\n"
            "According to the official WHO report yesterday, there had been 2741 confirmed cases in China.\n\n"
            "WHO officials said the virus spread.\n")
    found = [(st.source.text, st.speaker.name) for st in reader.read_text(text).statements]
    assert found == [("the official WHO report", "World Health Organization"),
                     ("WHO officials", "WHO officials")], found


def test_the_subject_after_an_according_to_source_with_an_aside_is_not_part_of_the_source(reader):
    found = sources(reader, "According to Manila Bulletin, Wednesday's earthquake, at 6.3, was the strongest "
                            "recorded impacting Kidapawan City.\n")
    assert found == ["Manila Bulletin"], found
    found = sources(reader, "According to Jones, a historian, among the victims were two children.\n")
    assert found == ["Jones, a historian"], found  # a real apposition before an inverted clause


def test_people_the_parse_joined_to_an_object_are_the_subject_of_the_verb_after_them(reader):
    found = sources(reader, "Although its winds are only predicted to reach about 75 miles per hour (120 kph), the "
                            "National Weather Service has issued a flash flood warning covering an area from "
                            "Gulfport, Mississippi, to New Orleans and other forecasters predicted a storm surge of "
                            "three to six feet (one to two meters).\n")
    assert found == ["other forecasters"], found


def test_an_impression_has_no_source(reader):
    # "seems": the subject is what the impression is of, not who gives it (PolNeAR's broad scope)
    found = [(st.cue.text, st.source.text if st.source else None)
             for st in broad(reader, "Now Melania seems to have vanished from the campaign trail.\n")]
    assert found == [("seems", None)], found


def test_a_quotations_source_the_parse_lost_is_the_name_between_the_mark_and_the_cue(reader):
    # the parse reads "Tulsa" as a verb and hangs "said" inside the quotation
    text = ("The U.S. Department of Justice is investigating the shooting. \n“I will just make this promise to "
            "you: We will achieve justice in this case,” Tulsa police Chief Chuck Jordan said Monday.\n")
    found = [(st.speaker.name if st.speaker else None, st.content[0].text) for st in reader.read_text(text).statements]
    assert found == [("Chuck Jordan", "“I will just make this promise to you: We will achieve justice in this case,”")], found


@pytest.mark.parametrize("mark, closed", [('," ', ',"'), ('", ', '"')])
def test_a_lost_source_after_a_quotation_keeps_the_quotation_that_goes_on_after_its_sentence(reader, mark, closed):
    # the parse reads "coach" as a verb; the comma may stand inside or after the closing mark (Australian style)
    text = (f'"I am pretty happy with that{mark}Caloundra coach Geoff Ingram said.  "We made a lot of ground on '
            'where we were. They beat us well."\n')
    found = [(st.speaker.name, [c.text for c in st.content]) for st in reader.read_text(text).statements]
    assert found == [("Geoff Ingram", [f'"I am pretty happy with that{closed}',
                                       '"We made a lot of ground on where we were. They beat us well."'])], found


def test_a_comma_after_a_quoted_word_inside_a_sentence_makes_no_quotation_of_it(reader):
    # the comma after the closing mark brings in a lost source only after a quotation that opens its sentence
    found = [[c.text for c in st.content] for st in reader.read_text(
        'The word was "yes", Caloundra coach Geoff Ingram said.\n').statements]
    assert ['"yes"'] not in found, found


def test_a_passive_cue_with_no_agent_has_no_source(reader):
    # the clause's subject is what was announced, and the subject of the clause after it is not the source
    found = [(st.cue.text, st.source.text if st.source else None)
             for st in broad(reader, "While a curfew was announced from midnight to 6 a.m., authorities did not "
                                     "enforce it in the early hours of Friday.\n")]
    assert found == [("was announced", None)], found


def test_the_object_of_a_verb_of_control_is_the_source_of_its_infinitive(reader):
    # not the subject of "led": "Backlash from the statement led Biden to express ..."
    text = "Pressure from donors led Senator Jones to announce that she would retire.\n"
    found = [(st.source.text if st.source else None, st.speaker.name if st.speaker else None)
             for st in reader.read_text(text).statements]
    assert found == [("Senator Jones", "Jones")], found


def test_an_according_to_name_run_into_the_next_subject_for_want_of_a_comma_is_the_name_alone(reader):
    # the parse reads "Wasef archaeologists" as one noun; "have not yet turned up" needs it as its subject
    doc = reader.read_text("Lead author Sally Wasef of Griffith University explained the findings to the press.\n\n"
                           "While ancient writers mentioned feeding bread to ibises, according to Wasef "
                           "archaeologists have not yet turned up any hatchery structures.\n")
    last = next(st for st in doc.statements if st.cue and st.cue.text == "according to")
    assert (last.source.text, last.speaker.name) == ("Wasef", "Sally Wasef"), (last.source, last.speaker)
    assert last.content[-1].text == "archaeologists have not yet turned up any hatchery structures", last.content


def test_a_common_noun_after_an_according_to_name_is_the_subject_of_the_clause_not_the_names_apposition(reader):
    # the parse hangs "the manifesto" on Bash as an apposition; "could lead" has no other subject
    doc = reader.read_text("The city council met on Monday.\n\nAccording to U.S. Attorney John Bash, the manifesto "
                           "if proven authentic could lead to hate crime charges.\n")
    (st,) = doc.statements
    assert (st.source.text, st.speaker.name) == ("U.S. Attorney John Bash", "John Bash"), (st.source, st.speaker)
    assert st.content[0].text.startswith("the manifesto if proven authentic"), st.content


def test_a_name_set_off_by_commas_after_an_according_to_object_stays_with_the_source(reader):
    doc = reader.read_text("The city council met on Monday.\n\nAccording to officials, John Smith, a farmer, "
                           "was killed.\n\nAccording to the mayor, Dee Margo, police were busy.\n")
    found = [(st.source.text, st.content[0].text) for st in doc.statements]
    assert found == [("officials", "John Smith, a farmer, was killed"),
                     ("the mayor, Dee Margo", "police were busy")], found


def test_an_according_to_object_with_its_own_comma_keeps_its_plural_noun(reader):
    found = sources(reader, "According to NASA scientists, the ice sheet is melting faster than expected.\n")
    assert found == ["NASA scientists"], found


def test_the_noun_before_a_gerund_cue_after_of_is_who_speaks(reader):
    found = sources(reader, "Blankenship attacked the media for maintaining the status quo, providing an example of "
                            "the media falsely describing him as a \"felon\" ahead of the primary.\n")
    assert "Blankenship" not in found and "the media" in found, found


def test_an_according_to_object_a_participle_describes_stays_whole(reader):
    found = sources(reader, "According to Kremlin officials speaking on condition of anonymity, the talks have "
                            "stalled.\n")
    assert found and found[0].startswith("Kremlin officials"), found


def test_a_source_does_not_run_into_the_quotation_that_goes_on_after_it(reader):
    # the parse hangs the second part of the quotation on "release" as its apposition
    doc = reader.read_text("The city council met on Monday.\n\n\"Huber was exceptionally respected and loved in every "
                           "way\", reads an AEW press release, \"a fierce and captivating talent.\"\n")
    (st,) = doc.statements
    assert (st.source.text, st.speaker.name) == ("an AEW press release", "AEW"), (st.source, st.speaker)
    assert [c.text for c in st.content][-1] == "\"a fierce and captivating talent.\"", st.content


def test_a_quoted_name_inside_a_source_stays_in_it(reader):
    found = sources(reader, "Anna Franowska of \"Have no fear\", an abuse victim support charity, told Reuters \"it "
                            "almost appears as if the statement was prepared before\".\n")
    assert found == ["Anna Franowska of \"Have no fear\", an abuse victim support charity"], found


def test_a_name_the_parse_hung_in_the_opening_participle_clause_is_the_source(reader):
    found = sources(reader, "Calling it as \"just another apology\", Anna Franowska of \"Have no fear\", an abuse "
                            "victim support charity, told Reuters \"it almost appears as if the statement was "
                            "prepared before\".\n")
    assert found == ["Anna Franowska"], found


def test_a_participle_after_a_document_with_its_own_author_is_the_authors(reader):
    found = sources(reader, "On Thursday, the journal Science published a report by a team from the University of "
                            "Hawaii, saying the eruption of the volcano was followed by a rise in phytoplankton.\n")
    assert found == ["a team from the University of Hawaii"], found


def test_a_participle_after_a_document_with_no_author_of_its_own_is_the_issuers(reader):
    found = sources(reader, "The ministry released a report on Monday, saying the economy grew.\n")
    assert found == ["The ministry"], found


def test_an_according_to_object_stops_before_a_relative_clause_with_a_statement_of_its_own(reader):
    found = sources(reader, "The stores were reluctant to impose restrictions, according to a report from ABC "
                            "Australia in which they said they had no plans to introduce restrictions.\n")
    assert found[0] == "a report from ABC Australia", found


def test_those_a_report_names_before_a_cue_with_no_subject_are_its_source(reader):
    found = sources(reader, "The elephant died in May.\n\nNDTV later reported officials, following an investigation, "
                            "stated it was a coconut.\n\nThe minister told reporters about the plan and stated that "
                            "it would work.\n")
    assert found[0] == "officials" and found[-1] == "The minister", found  # not "reporters", whom he told


def test_a_name_the_parse_hung_on_an_opening_phrase_before_a_role_subject_is_the_source(reader):
    found = rows(reader, "On Tuesday, software company Red Hat announced a change. In the blog post Chris Wright, the "
                         "Chief Technological Officer of Red Hat said Red Hat had informed the board.\n")
    assert (("Chris Wright", "said")) in found, found


def test_the_one_a_role_subject_speaks_to_is_not_its_source(reader):
    found = rows(reader, "To John Smith, the chief executive of Acme said the company would respond.\n")
    assert not any(name == "John Smith" for name, _ in found), found


def test_a_name_the_parse_hung_on_the_opening_verbs_object_is_the_source(reader):
    text = ("The museum opened on Friday.\nTo understand the real Dred Scott, Chief Justice Roberts said, one should "
            "visit this museum.\nIts founder, John Smith, said the deal was off.\n")
    found = [(st.speaker.name, [c.text for c in st.content]) for st in reader.read_text(text).statements]
    assert found == [("Roberts", ["To understand the real Dred Scott", "one should visit this museum"]),
                     ("John Smith", ["the deal was off"])]


def test_a_concession_set_off_after_a_source_is_no_part_of_it(reader):
    # PolNeAR train (2016)
    text = ("Debate\n\nOutside the campaign, an increasing number of Democrats, while still confident in Clinton's "
            "ultimate victory, are warning against her waging a Trump-only campaign.\n")
    assert [st.source.text for st in reader.read_text(text).statements] == ["an increasing number of Democrats"]


def test_a_participle_on_a_verb_whose_subject_the_parse_joined_to_an_object_is_that_subject_s(reader):
    # session 41's judged PolNeAR train row: the parse joined "Emanuel" to "murder", so "acknowledging" went to the
    # prosecutors of the first clause
    found = rows(reader, "Mayor Rahm Emanuel spoke on Friday. Over the past two weeks, prosecutors charged the officer "
                         "with murder and Emanuel fired his police chief, Garry F. McCarthy, acknowledging that "
                         "significant segments of the city have lost trust in the force.\n")
    assert found == [("Rahm Emanuel", "acknowledging")], found


def test_a_present_tense_conjunct_the_parse_joined_to_a_reported_clause_is_the_reporters(reader):
    # session 41's judged PolNeAR train row: "warn" went to Clinton, as if "Clinton has ... and warn"
    found = rows(reader, "Clinton ran no ads. But some Democratic strategists fear that Clinton has already missed a "
                         "unique opportunity and warn that counting on Hispanic voters is not a reliable strategy.\n")
    assert ("some Democratic strategists", "warn") in found and ("Hillary Clinton", "warn") not in found, found
    plural = rows(reader, "Critics say the companies have ignored the warnings and insist that their products are "
                          "safe.\n")  # the review's probe: a plural may go on "and insist"
    assert ("the companies", "insist") in plural, plural


def test_a_dateline_with_a_country_the_tagger_missed_is_no_source(reader):
    # session 41's judged PolNeAR train row: "RANGOON" was the speaker ("Burma" tagged a building, so no dateline)
    found = rows(reader, "Burma votes.\n\nRANGOON, Burma - Aung San Suu Kyi's political allies on Monday predicted an "
                         "overwhelming victory in Burma's elections.\n")
    assert found == [("Aung San Suu Kyi's political allies", "predicted")], found


def test_a_surname_the_parse_hung_on_an_adverb_of_the_cue_is_the_source(reader):
    # pages dev: "but Early still says" ("Early" read as an adverb of "still")
    text = ("Chris Early is vice president at Ubisoft. \"Streaming is somewhat binary,\" says Early. In places like San "
            "Francisco, bandwidth is less of an issue, but Early still says Ubisoft are \"believers\" in game "
            "streaming as a viable future for the industry.\n")
    found = [(st.speaker.name, st.content[0].text[:10]) for st in reader.read_text(text).statements]
    assert ("Chris Early", "Ubisoft ar") in found, found


def test_a_participle_the_parse_hung_inside_a_quotation_is_the_quoted_speakers(reader):
    # Wikinews (2020): "calling" hung on "make", inside the quotation, whose subject is "I" of the quoted words
    text = ("Sanders said in his live stream, \"I do not make this decision lightly\", calling it a \"difficult and "
            "painful decision\".\n")
    found = [(st.speaker.name, st.cue.text) for st in reader.read_text(text).statements]
    assert found == [("Sanders", "said"), ("Sanders", "calling")], found
