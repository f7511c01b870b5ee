"""A plain text's printed title is a headline: its "X Says ..." is no statement on the record (the guide), though
PolNeAR's scope, which annotates headlines, keeps it; the story's own report of the same words stays."""

from onrecord.reader import Reader

TEXT = ("Hillary Clinton Says Trump's Bigotry Doesn't 'Fit With What I Thought I Knew' About Him.\n\n"
        "WASHINGTON - Hillary Clinton doesn't recognize the bigotry of Donald Trump.\n\n"
        "In an interview with Morning Joe, Clinton said Trump's comments do not \"fit with what I thought I knew "
        "about him.\"\n")  # PolNeAR train (2016)


def test_a_printed_title_gives_no_statement_on_the_record(reader):
    found = [st.cue.text for st in reader.read_text(TEXT).statements]
    assert found == ["said"], found


def test_a_printed_title_keeps_its_statement_in_the_scope_of_all(reader):
    found = [st.cue.text for st in Reader(nlp=reader.nlp, scope="all").read_text(TEXT).statements]
    assert "Says" in found, found


def test_a_first_line_in_sentence_case_before_a_dateline_is_the_title(reader):
    # a judged PolNeAR train row: the title "The Latest: Hillary Clinton tells voters she's with them." was a statement;
    # with no dateline after it, a first line in sentence case may be the story's own
    text = ("The Latest: Hillary Clinton tells voters she\u2019s with them.\n\nCOLUMBIA, S.C. (AP) \u2014 Clinton told "
            "supporters she would build ladders of opportunity.\n")
    assert [st.cue.text for st in reader.read_text(text).statements] == ["told"]
    undated = text.replace("COLUMBIA, S.C. (AP) \u2014 ", "")
    assert [st.cue.text for st in reader.read_text(undated).statements] == ["tells", "told"]


def test_a_title_ending_with_a_semicolon_goes_on_over_the_next_line(reader):
    # session 41's judged PolNeAR train row: a title printed over two lines, "...;" then its second part, whose
    # "analysts say" was a statement
    text = ("Independents alone won't decide N.H.; \nCandidates will need solid backing by party core, analysts say.\n\n"
            "Senator Bernie Sanders said on Monday that he would win the state.\n\nThe polls open at 6 a.m., "
            "officials say.\n")
    assert [st.cue.text for st in reader.read_text(text).statements] == ["said", "say"]
    untitled = text.replace("N.H.; \n", "N.H.\n\n")  # a first line in sentence case may be the story's own
    assert [st.cue.text for st in reader.read_text(untitled).statements] == ["say", "said", "say"]
    story = "Clinton wins Kentucky;\n\nLOUISVILLE, Ky. - Hillary Clinton won, and her campaign said she was strong.\n"
    assert [st.cue.text for st in reader.read_text(story).statements] == ["said"]  # the review's probe: a blank line


def test_a_short_headline_in_sentence_case_above_a_story_of_several_paragraphs_is_the_title(reader):
    """PolNeAR dev (Politico, 2016), read by the record's guide: "De Blasio says Chelsea explosion was an 'intentional
    act.'" is the headline of the story that reports his words again; a first line of more than twenty words, or
    one above a story of one or two paragraphs, is still read as the story's own."""
    story = ("\n\nTwenty-nine people were injured by an explosion that Mayor Bill de Blasio described as \u201can "
             "intentional act.\u201d\n\nAt a press conference, the mayor also said it was too early to tell.\n\n"
             "The police commissioner said the cause had not been determined.\n")
    headline = "De Blasio says Chelsea explosion was an 'intentional act.'"
    assert "says" not in [st.cue.text for st in reader.read_text(headline + story).statements]
    lede = ("Mayor Bill de Blasio says the Chelsea explosion on Saturday night was an intentional act, and that the "
            "city would find out who set it off")
    assert "says" in [st.cue.text for st in reader.read_text(lede + "." + story).statements]
    short = headline + "\n\nAt a press conference, the mayor also said it was too early to tell.\n"
    assert "says" in [st.cue.text for st in reader.read_text(short).statements]


def test_a_name_and_words_as_a_headline_in_sentence_case_is_no_statement_on_the_record(reader):
    """PolNeAR train (Politico, 2015), read by the record's guide (eval/polnear-record/dev3): "Sanders: Endorsements
    prove Clinton 'candidate of the establishment.'" heads the story that reports his words."""
    story = ("\n\nHillary Clinton has 31 endorsements in the Senate. Sanders said that fact speaks volumes.\n\n"
             "\"Let's go back six months,\" Sanders said in an interview.\n\n\"That would be you?\" Borger asked.\n")
    headline = "Sanders: Endorsements prove Clinton 'candidate of the establishment.'"
    assert ":" not in [st.cue.text for st in reader.read_text(headline + story).statements]
    assert ":" in [st.cue.text for st in Reader(nlp=reader.nlp, scope="all").read_text(headline + story).statements]
