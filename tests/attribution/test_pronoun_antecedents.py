"""He, she and they across sentences and paragraphs (``attribution/antecedents.py``): the subject of the
nearest sentence that has one, not a person only named inside reported speech, a subordinate clause or
after a preposition; the speaker of the statement just before goes on ("he added"); two people equally
likely -> no speaker (the statement stays off the record)."""

from __future__ import annotations

import pytest


def speakers(reader, text: str) -> dict[str, str | None]:
    """Each statement's speaker by the first word of its content."""
    return {st.content[0].text.strip('"“ ').split()[0]: st.speaker.name if st.speaker else None
            for st in reader.read_text(text).statements}


def test_a_person_named_in_reported_speech_is_not_the_he_who_added(reader):
    text = ("Minister resigns\n\nYesterday, President Adam Novak declined Prime Minister Victor Hale's offer to "
            "resign.\n\nHale filed his resignation after the recording was published on Wednesday. He said Novak "
            "is \"a model of honesty for me\"; however, \"to remove any doubts, I wrote a resignation offer\", he "
            "added.")
    assert speakers(reader, text)["to"] == "Victor Hale"


def test_the_subject_of_the_sentence_before_beats_one_inside_a_subordinate_clause(reader):
    text = ("Rapper joins race\n\nThat same day, rapper Kevin Walsh made a surprise announcement that he was "
            "running for president. Walsh backed away from his previous support for President Paul Grant, "
            "expressing disappointment at reports Grant hid in the basement during riots. He leveled greater "
            "criticism at the governor, saying he was not \"special\" like himself.")
    assert speakers(reader, text)["he"] == "Kevin Walsh"


def test_a_surname_the_tagger_misses_is_still_the_subject_he_stands_for(reader):
    text = ("Brother sentenced\n\nA court sentenced Mohammed Waseem to life in prison on Friday. Some of the "
            "cleric's supporters threw flower petals as he was leaving the courthouse.\n\nWaseem appeared in a "
            "news conference after his 2016 arrest. He has since said his initial confession was forced.")
    assert speakers(reader, text)["his"] == "Mohammed Waseem"


def test_a_name_the_parse_made_the_root_above_its_verb_is_still_the_subject_she_stands_for(reader):
    text = (
        "Actress Mary Steenburgen wrote the song that Jessie Buckley sings. \u201cIt may sound shallow,\u201d "
        "Steenburgen said. \u201cI always think of it like this.\u201d\n\nBuckley, who hadn\u2019t sung in a long "
        "time before the production, worried about doing justice to a song like \u201cGlasgow,\u201d especially "
        "given that she had no background in country music. \u201cBut the story of it really moved me,\u201d she "
        "said, \u201cso I sat down with a guitarist in a room and sang it really badly.\u201d\n")
    doc = reader.nlp(text)
    assert next(t for t in doc if t.text == "Buckley" and t.is_sent_start).dep_ == "ROOT"  # the case
    assert speakers(reader, text)["But"] == "Jessie Buckley"  # the quotation split by "she said", whole


def test_according_to_a_medium_he_is_not_the_medium(reader):
    text = ("Analyst predicts\n\nRon Gunzburger, a trial lawyer since 1988, founded the site Politics1.com in "
            "1997. He currently serves as senior advisor to Governor Larry Hogan. According to Twitter, he "
            "describes himself as a centrist Democrat.")
    assert speakers(reader, text).get("himself") in (None, "Ron Gunzburger")


def test_he_after_according_to_someone_in_the_sentence_before_is_that_someone(reader):
    text = ("Rugby\n\nCaloundra coach Jarrod Kidston praised his side. Backs coach Matt Myers said the scrum was "
            "good. Fitness was a big factor according to Kidston. \"We've been working hard on our fitness so "
            "it was pretty good to get the points\", he said.")
    assert speakers(reader, text)["We've"] == "Jarrod Kidston"


def test_a_person_named_in_the_paragraph_so_far_beats_the_subject_of_the_paragraph_before(reader):
    text = ("Eligibility debate\n\nLaw professor John Eastman wrote an essay on the question. He holds that "
            "she meets the requirement if her parents were residents.\n\nFor Andy Martin, it does not make much "
            "of a difference. While he believes she does not qualify, he says court decisions have left the "
            "clause unenforceable.")
    assert speakers(reader, text)["court"] == "Andy Martin"


@pytest.mark.parametrize("text", [
    "Talks\n\nMayor Tom Baker met Governor Jim Fox on Monday. Baker praised the plan, and Fox criticized it. "
    "He said the talks would continue next week.",
])
def test_two_people_equally_likely_give_no_speaker(reader, text):
    assert "the" not in speakers(reader, text)  # "He said the talks ...": not put in either man's mouth


def test_the_previous_speaker_goes_on_past_a_subject_inside_reported_speech(reader):
    text = ("Budget\n\nSenator Tom Reyes said on Monday that the budget was a disgrace. Officials feared Governor "
            "Jim Fox would veto it. \"We will not accept this,\" he added.")
    assert speakers(reader, text)["We"] == "Tom Reyes"


def test_they_is_the_body_that_spoke_not_the_people_in_what_it_said(reader):
    text = ("Outbreak\n\nThe Chilean Armed Forces said on Sunday, the 36 people infected included 26 army personnel. "
            "They said the 36 people were moved to Patagonia, where they were being monitored.")
    moved = [st for st in reader.read_text(text).statements if "moved" in st.content[0].text]
    assert [st.speaker.name for st in moved] == ["Chilean Armed Forces"]


def test_they_is_the_body_its_own_sentence_names_before_it(reader):
    text = ("The National Telecommunications Commission (NTC) ordered ABS-CBN off the air. The NTC said the franchise "
            "had expired.\n\nABS-CBN Corporation is the largest network in the Philippines. President Rodrigo Duterte "
            "threatened the network's franchise after the network didn't carry some of his campaign commercials, which "
            "they've said was due to a lack of airtime.\n")
    assert [st.speaker.name for st in reader.read_text(text).statements] == [
        "National Telecommunications Commission", "ABS-CBN Corporation"]


def test_they_set_inside_what_they_said_is_not_a_body_named_in_it(reader):
    # PolNeAR train (2016): "the campaign" inside the attributed clause is Russia's war, and no "they"
    text = ("Syria\n\nThe Clinton campaign said the policy was sound. Military analysts say Mr. Putin would recognize "
            "the folly in waging an open-ended war in Syria. Russia's military successes in Syria since the campaign "
            "began last year, they said, could be solidified by a political settlement.\n")
    assert speakers(reader, text)["Russia's"] == "Military analysts"


def test_he_is_never_a_thing_that_carried_words(reader):
    text = ("The November 4 issue of Magyar Nemzet reported that the deal was done.\n\n"
            "He said he expects no political turmoil between Austria and Hungary over the sale.")
    names = [st.speaker.name for st in reader.read_text(text).statements if st.speaker]
    assert "The November 4 issue of Magyar Nemzet" not in names[1:], names


def test_one_of_a_group_of_people_as_the_subject_before_is_the_she_who_said(reader):
    text = ("Nine jailed\n\nProsecutor Kama Melly QC said the victims were \"ripe and vulnerable to manipulation\".\n\n"
            "One of the victims decided to allow her name to be made public. She said she did this to show victims "
            "\"there is nothing to be ashamed of\".")
    assert speakers(reader, text)["she"] == "One of the victims"


def test_one_of_a_group_of_companies_is_not_a_she(reader):
    text = ("Merger talks\n\nChief executive Maria Lopez said the talks were going well.\n\n"
            "One of the companies declined to comment. She said the deal \"will close this year\".")
    assert speakers(reader, text)["the"] == "Maria Lopez"


def test_he_after_two_men_who_both_spoke_in_the_sentence_before_is_nobody(reader):
    text = ("Escape room fire\n\nPresident Andrzej Duda said the victims were \"joyful girls\" in an \"appalling "
            "tragedy\" while Interior Minister Joachim Brudziński wrote he had ordered fire safety checks on escape "
            "rooms. He tweeted, \"I want to express my sympathy to the families of the victims\".")
    assert speakers(reader, text).get("I") is None  # Duda's or Brudziński's: the article does not say


def test_he_after_a_speaker_in_a_relative_clause_is_the_main_clauses(reader):
    text = ("Debate\n\nBiden slammed Trump, viewing the president as having no plan to combat COVID-19.  Trump said "
            "he banned travel from China in January, which Biden opposed as xenophobic.  He claimed a vaccine was near.")
    assert speakers(reader, text)["a"] == "Trump"


@pytest.mark.parametrize("text, name", [
    ("Vote\n\nSenator Mitch McConnell said the vote would happen on Friday, even though Senator Chuck Schumer said it "
     "was premature. He added that he was confident.", "Mitch McConnell"),
    ("Match\n\nCoach Tom Harris said his team played well, although captain Ben Stokes admitted they were lucky. He "
     "added that the fans had been \"incredible\".", "Tom Harris"),
    ("Crash\n\nChief Maria Gomez said the crash happened at noon. One of the victims died at the scene. She said more "
     "details would follow.", "Maria Gomez"),  # no word gives the victim a gender: not her
])
def test_a_pronoun_keeps_the_main_speaker_over_a_conceding_clause_or_a_group_member(reader, text, name):
    said = [st for st in reader.read_text(text).statements if st.source and st.source.text in ("He", "She")]
    assert said and said[-1].speaker.name == name, [(st.source, st.speaker) for st in said]


def test_they_in_an_according_to_report_is_the_subject_of_its_sentence(reader):
    found = speakers(reader, "Shoppers queued on Monday.\n\nThe stores were originally reluctant to impose "
                             "restrictions, according to a report from ABC Australia on March 3 in which they said "
                             "they had no plans to introduce restrictions on the purchases.\n")
    assert found.get("they") == "The stores", found


def test_they_is_not_the_one_they_called_on(reader):
    found = speakers(reader, "In November, Turkey and Libya agreed on a maritime border.\n\nThey called on Turkey to "
                             "halt its drilling operations near Cyprus.\n")
    assert found.get("Turkey") is None, found


def test_they_before_whose_own_words_their_name_opens_are_still_they(reader):
    found = speakers(reader, "The suspect was arrested on Saturday.\n\nState prosecutors charged the suspect in the "
                             "shooting with capital murder, they said Sunday.\n")
    assert found.get("State") == "State prosecutors", found


def test_they_is_not_a_group_named_to_say_it_did_nothing(reader):
    text = ("Australian authorities claimed the site was the largest in the world.\n\n"
            "Despite the lists provided, neither French nor Dutch authorities delivered a list of the countries. "
            "Later they said arrests were made in Spain.\n")
    assert speakers(reader, text)["arrests"] == "Australian authorities"


def test_he_is_never_a_woman_named_jane(reader):
    text = "Mayor Jane Adams said the city was safe. Police arrested Kevin Moore on Monday. He said he was innocent."
    assert speakers(reader, text)["he"] != "Jane Adams"


def test_he_joined_to_a_clause_with_another_name_as_subject_is_not_someone_named_before(reader):
    text = ("Barack Obama spoke in Cairo on Thursday.\nLarbi_org followed the event and he wrote that it was "
            "a great and important speech.\nJohn Baker left the room and he said the talks had failed.\n")
    found = speakers(reader, text)
    assert found.get("it") != "Barack Obama"  # Larbi_org's, whom the record cannot name
    assert found["the"] == "John Baker"
    text = ("Tom Smith was questioned by police for two hours. His lawyer arrived at noon and he said his client was "
            "innocent.\nPrime Minister Tom Hart met President Ann Lee on Monday. Lee's husband greeted the guests and "
            "he said the visit was historic.\n")
    assert not {"Tom Smith", "Tom Hart"} & set(speakers(reader, text).values())  # the lawyer's, the husband's


@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday. The minister met his Turkish counterpart and he "
     "told reporters that the talks had been constructive.\n", "Sergei Lavrov"),  # a role he holds
    ("GM chief executive Mary Barra spoke on Tuesday. GM posted a quarterly loss and she said the strike had cost "
     "it $3.6 billion.\n", "Mary Barra"),  # a company: not whom "she" is
    ("Coach Bill Belichick watched from the sideline. The team lost 24-10 and he said his players had no "
     "excuses.\n", "Bill Belichick"),
    ("Judge Maria Lopez read the verdict. The defendant, John Hart, stood silently and he later told reporters he "
     "would appeal.\n", "John Hart"),
])
def test_he_joined_to_a_clause_with_a_role_or_a_body_as_subject_keeps_its_antecedent(reader, text, name):
    assert name in speakers(reader, text).values()


def test_a_source_cited_in_brackets_is_not_who_they_are(reader):
    """Global Voices, 2009 (CC BY 3.0): "they" are the Facebook page's people, whom the record cannot name; not CNN,
    cited in brackets three sentences before (the statement stays off the record)."""
    text = ("News coming out of Pyongyang is not encouraging. After being accused of illegally crossing the border to "
            "North Korea, American Current TV journalists Laura Ling and Euna Lee have been sentenced to 12 years of "
            "hard labor (according to CNN). Jillian York rounded up blog posts for Global Voices prior to the "
            "journalists' sentencing.\n"
            "The bleak outcome is eliciting strong reactions online from those who support freedom of press. A "
            "Facebook page for Laura and Euna already has more than five thousand members. Today they are asking the "
            "public to respect the families privacy at this moment and not to get emotional:\n")
    found = speakers(reader, text)
    assert "CNN" in found.values() and found.get("the") is None, found


def test_a_source_cited_in_brackets_still_speaks_its_own_statement(reader):
    text = "The two journalists have been sentenced to 12 years of hard labor (according to CNN).\n"
    assert list(speakers(reader, text).values()) == ["CNN"]


@pytest.mark.parametrize("text, key, name", [
    ("The outbreak has killed at least 40 people (according to Dr. Maria Lopez, the region's health chief). She said "
     "more deaths were likely in the coming weeks.\n", "more", "Maria Lopez"),
    ("The team (according to coach Mike Brown) is healthy for the first time this season. \"We have everybody back,\" "
     "he said.\n", "We", "Mike Brown"),
])
def test_a_source_cited_in_brackets_is_who_the_next_sentence_speaks_of(reader, text, key, name):
    """The review's counter-examples (session 37): right after its citation, the one cited is the pronoun's."""
    assert speakers(reader, text).get(key) == name, speakers(reader, text)


def test_they_after_a_citation_in_brackets_is_not_the_subject_the_citation_sources(reader):
    """The review's counter-example (session 37): not the hospitals, which do not speak."""
    found = speakers(reader, "Hospitals are running short of beds (according to nurses' unions). They said staff were "
                             "exhausted and that many had quit.\n")
    assert found.get("staff") in (None, "nurses' unions"), found


def test_he_is_never_a_woman_named_by_her_given_name_alone(reader):
    # PolNeAR train (2016): "Jane", a given name no one in the article bears as a surname, is a woman
    text = ("Sanders meets the pope\n\nROME - Bernie Sanders met privately with Pope Francis on Saturday.\n\n"
            "\"He is a man of peace, and you see that,\" Sanders said.\n\nSome of Sanders's advisers, including his "
            "wife, Jane, also were at the meeting. He said that there was no discussion of the election.")
    assert speakers(reader, text)["that"] == "Bernie Sanders"


def test_they_after_what_they_say_is_no_one_named_inside_it_but_its_subject(reader):
    # PolNeAR train (2016): "voters" stands inside what "they" say; Wikinews 2019: the prosecutors' own act
    text = ("Debate\n\nStill, Clinton can't afford to be just a counterpuncher. Outside the campaign, an increasing "
            "number of Democrats, while still confident in Clinton's ultimate victory, are warning against her waging "
            "a Trump-only campaign. If she can strike the right balance between trashing Trump and providing "
            "reassurance to voters leaning, but not sold, on her, the debate could be decisive, they say.\n")
    assert not any(name == "voters" for name in speakers(reader, text).values())
    text = ("Shooting\n\nPolice said the suspect surrendered.\n\nState prosecutors charged the suspect in the shooting "
            "with capital murder, they said Sunday.\n")
    assert speakers(reader, text)["State"] == "State prosecutors"


def test_she_is_the_woman_named_beside_her_role_though_the_tagger_drew_no_person(reader):
    # PolNeAR train (2016): "Naureen Jahangir" is no entity to the tagger; "Clinton" is only talked about
    text = ("Sanders supporters\n\nHillary Clinton won the primary.\n\nState party chairman John Burton has also "
            "implored state party delegates to unite and focus on Trump. \u201cWe\u2019ve got a common enemy for almost "
            "anybody decent,\u201d Burton told state delegates recently. \u201cDonald Trump.\u201d\n\nNaureen Jahangir, a "
            "Sanders supporter from Hemet, California, is among those who say they have no intention of backing "
            "Clinton. The Sanders campaign was the first time she had been politically involved, and she doesn\u2019t "
            "think Clinton can address the issues that Sanders raised during the primary.\n\nChoosing between Clinton "
            "and Sanders is a \u201cfalse choice, because it's a choice between Clinton, Trump, Gary Johnson, and Dr. "
            "Jill Stein, at the very least,\u201d she said.\n")
    assert speakers(reader, text)["Choosing"] == "Naureen Jahangir"


def test_he_is_a_man_whose_surname_is_also_a_womans_given_name(reader):
    # the review's probe: "Kelly" with a title is a surname; only a word like "wife" beside a name tells she
    text = "Team\n\nCoach Kelly told reporters the team had played poorly. He said the defense was \"a mess.\"\n"
    assert speakers(reader, text)["the"] == "Kelly"


def test_she_is_never_a_man_named_by_a_short_given_name(reader):
    # the review's probe: "Tom" tells a man as "Thomas" does (given_name_genders.tsv)
    text = ("Drought\n\nTom Harris and his wife, Jane, run a farm outside Fresno. She said the drought had cost them "
            "$50,000.\n")
    assert speakers(reader, text)["the"] != "Tom Harris"


def test_a_surname_the_tagger_took_for_a_place_is_the_person_a_he_stands_for(reader):
    # a judged PolNeAR train row: "West" (LOC) was an organization, so "he" went to Sanders, for whom he filled in
    text = ("Debate\n\nThat is where author and liberal firebrand Cornel West took the conversation. Filling in for "
            "Sanders at the same event where Clinton and O'Malley appeared Sunday, West landed a sharp dig at \"my dear "
            "sister Hillary Clinton.\"\n\n\"I took Wall Street money but it did not affect me?\" he said, paraphrasing "
            "Clinton.\n")
    assert speakers(reader, text)["I"] == "Cornel West"


def test_he_after_an_unnamed_delegate_or_aide_is_that_person_not_a_name_before(reader):
    # session 41's judged PolNeAR train row: "delegate" was no word for a person, so "he" passed over the delegate
    # who spoke to a name before (there, "Latinos")
    text = ("Convention\n\nThe party lost ground, as 2012 nominee Mitt Romney's showing made plain. One California "
            "delegate said he tried to give away guest passes. \u201cNot even one,\u201d he said.\n")
    assert speakers(reader, text)["Not"] == "One California delegate"
    text = text.replace("One California delegate", "A senior aide")
    assert speakers(reader, text)["Not"] == "A senior aide"


def test_he_may_be_the_person_whose_name_opens_what_he_said(reader):
    # session 41's judged PolNeAR train row: "Former Rep. Chris Shays" opens the content, but only "Chris", not its
    # phrase, was checked, so "he" went to Donald Trump named before
    text = ("Endorsements\n\nSome Republicans oppose Donald Trump so much that they endorse Hillary Clinton.\nFormer "
            "Rep. Chris Shays (R-Conn.) was pro John Kasich while the Ohio governor was in the running, he said "
            "Wednesday on MSNBC.\n")
    assert speakers(reader, text)["Former"] == "Chris Shays"


def test_he_after_a_question_is_the_one_asked_not_the_asker(reader):
    # session 41's judged PolNeAR train row: the asker had spoken (his question is a statement), so he took the answer
    text = ("Bernie Sanders spoke in Iowa.\n\nLast month, The Huffington Post\u2019s Scott Conroy asked Sanders "
            "whether questions about his health were fair game.\n\n\u201cSure it is. I would not have run if I was "
            "not blessed,\u201d he said.\n")
    assert speakers(reader, text)["Sure"] == "Bernie Sanders"


def test_he_after_a_question_is_still_the_asker_when_he_goes_on(reader):
    # the session's review probes: the one asked answers only in a quotation or a reply that follows
    text = ("Debate\n\nFox News host Bret Baier asked Marco Rubio whether he would support Trump. He then said the "
            "question was fair.\n")
    assert speakers(reader, text)["the"] == "Bret Baier"


def test_the_pronoun_of_an_as_clause_with_nothing_said_in_it_is_the_subject_it_hangs_on(reader):
    # "as it promised": what was promised is the clause it hangs on, whose subject made the promise; not the
    # organization that spoke last (the Trump administration, the nearest "it" before)
    from onrecord.reader import Reader

    text = ("The Trump administration said it would appeal the ruling.\n\nEach day that is wasted is another day that "
            "the new House majority did not, as it promised, address substantive issues.")
    found = {st.cue.text: st.speaker.name for st in Reader(nlp=reader.nlp, scope="all").read_text(text).statements}
    assert found.get("promised") != "The Trump administration", found


def test_the_pronoun_of_an_as_clause_of_time_is_not_the_subject_before_it(reader):
    from onrecord.reader import Reader

    text = ("When Deval Patrick walked into the back of the room, the women turned around as he sheepishly apologized "
            "for his tardiness.")
    assert [st.speaker.name for st in Reader(nlp=reader.nlp, scope="all").read_text(text).statements] == ["Deval Patrick"]


def test_a_name_in_a_phrase_set_before_the_verb_is_not_its_pronoun_subject(reader):
    from onrecord.reader import Reader

    # Adel is no entity to the tagger, so he may stay unnamed; never one of the others listed
    text = ("Adel, a 23-year-old blogger, took a break from his studies. Like many others, including Blue Stone, "
            "Nawara Negm and Doaa, he believed Obama was trying to please all parties.")
    found = [st.speaker.name for st in Reader(nlp=reader.nlp, scope="all").read_text(text).statements]
    assert len(found) == 1 and found[0] not in ("Doaa", "Nawara Negm", "Blue Stone"), found


def test_a_name_in_a_phrase_on_a_noun_may_be_its_pronoun_subject(reader):
    text = ("The accusation against Biden is that, during his time as vice president, he called for the government of "
            "Ukraine to reduce corruption.\n")
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Biden"]


def test_the_person_a_framing_noun_is_about_is_its_pronoun_subject_over_earlier_subjects(reader):
    # "The accusation against Biden is that ... he called for": Biden, though Trump is the subject before
    text = ("Last week President Donald Trump asked Volodymyr Zelensky to investigate Joe Biden. Trump had ordered his "
            "staff to delay aid. The accusation against Biden is that, during his time as vice president, he called for "
            "the government of Ukraine to reduce corruption.\n")
    found = {st.cue.text: st.speaker.name for st in reader.read_text(text).statements}
    assert found["called for"] == "Joe Biden", found


def test_a_framing_nouns_person_of_the_other_gender_is_not_the_pronoun(reader):
    from onrecord.reader import Reader

    found = [st.speaker.name for st in Reader(nlp=reader.nlp, scope="all").read_text(
        "Mary Smith spoke. The question about John Smith is whether she said he lied.").statements]
    assert found == ["Mary Smith"], found


@pytest.mark.parametrize("text", [
    # PolNeAR dev (session 52): Obama is the subject only of the "While" clause; Henry Crespo, named in full with his
    # role for the first time, speaks next; the old reading gave the quotation to Obama
    "Florida\n\nWhile Obama had a wide array of black artists writing songs about him, that has not been happening "
    "for Clinton, which is something that concerns Henry Crespo, president of the Miami-based Florida Democratic "
    "Black Caucus.\n\n\u201cNo one is writing songs for Hillary,\u201d he said.\n",
    # session 52's review: there the subject of the subordinate clause speaks
    "Hearing\n\nAfter Sherrod Brown questioned John Stumpf, chief executive of Wells Fargo, for two hours, the hearing "
    "ended in silence.\n\n\u201cNo one should keep that bonus,\u201d he said.\n",
])
def test_a_sentence_with_only_subordinate_subjects_that_introduces_someone_gives_the_next_he_to_nobody(reader, text):
    assert speakers(reader, text).get("No") is None


@pytest.mark.parametrize("text, name", [
    # the main clause's subject: not the newcomer
    ("Florida\n\nObama met Henry Crespo, president of the Florida Democratic Black Caucus, on Monday.\n\n"
     "\u201cNo one is writing songs for Hillary,\u201d he said.\n", None),
    # a person named before is no newcomer: the subject of the subordinate clause, as before
    ("Florida\n\nHenry Crespo spoke first.\n\nWhile Obama had many songs, that has not been happening for "
     "Clinton, which concerns Henry Crespo, president of the caucus.\n\n\u201cNo one is writing songs for "
     "Hillary,\u201d he said.\n", "Obama"),
])
def test_a_newcomer_does_not_beat_a_main_subject_or_a_known_one(reader, text, name):
    assert speakers(reader, text).get("No") == name


@pytest.mark.parametrize("text, first, name", [
    # session 59's review of two rules taken out: one named in a "by" phrase with a role is not the next "he", and
    # "the 47-year-old" is not the first sentence's subject when another is named after it
    ("Court\n\n\u201cI was shocked by the decision,\u201d Smith said.\n\nThe ruling was handed down by Judge Robert "
     "Miller, a federal judge in Ohio, on Tuesday.\n\n\u201cI will appeal,\u201d he said.\n", "I", "Smith"),
    ("Tottenham chairman Daniel Levy has appointed Jose Mourinho as manager.\n\nMourinho replaces Mauricio "
     "Pochettino, who was sacked on Tuesday.\n\nThe 47-year-old said he was heartbroken.\n", "he", None),
])
def test_review_guards_of_session_59s_speaker_rules(reader, text, first, name):
    assert speakers(reader, text).get(first) == name
