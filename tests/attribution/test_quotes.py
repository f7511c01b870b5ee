import pytest

from onrecord.attribution.quotes import find_quotes


def inner(text):
    return [text[q.inner_start:q.inner_end] for q in find_quotes(text)]


@pytest.mark.parametrize("text, expected", [
    ("He said “we won” today.", ["we won"]),
    ("He said ‘we won’ today.", ["we won"]),
    ('He said "we won" today.', ["we won"]),
    ("Il a dit « nous avons gagné » hier.", [" nous avons gagné "]),
    ("Er sagte „wir haben gewonnen“ gestern.", ["wir haben gewonnen"]),
    # apostrophes are not closing marks
    ("She said ‘Nagorno-Karabakh’s people are free’, he added.", ["Nagorno-Karabakh’s people are free"]),
    ("‘It’s done’, she said.", ["It’s done"]),
    # nested single inside double
    ("“He called it ‘severe crimes’ twice,” she said.", ["He called it ‘severe crimes’ twice,", "severe crimes"]),
    # two apostrophes as one double mark (newspaper style)
    ("He said ''It's Mexico's weak spot,'' and left.", ["It's Mexico's weak spot,"]),
    # a single quotation inside one of two apostrophes, closed or opened with it: three apostrophes (session 61)
    ("''Sometimes they say, 'Go back,''' said Mr. Regalado. ''This is my country.''",
     ["Sometimes they say, 'Go back,'", "Go back,", "This is my country."]),
    ("He says to him, '''Sir, we stay.' That is all,'' he recalled.", ["'Sir, we stay.' That is all,", "Sir, we stay."]),
    # two right single quotes closing a curly double one (a typed closing mark)
    ("“It was an attempt to mislead voters,’’ Will Moy told the BBC. “And I think it is wrong.”",
     ["It was an attempt to mislead voters,", "And I think it is wrong."]),
    # no quotes at all
    ("The region’s people don’t know.", []),
])
def test_pairs_marks_by_kind(text, expected):
    assert inner(text) == expected


def test_unclosed_quote_ends_with_its_paragraph():
    text = "“First paragraph of a long quote.\n\n“Second paragraph ends it,” she said."
    quotes = find_quotes(text)
    assert [text[q.inner_start:q.inner_end] for q in quotes] == [
        "First paragraph of a long quote.", "Second paragraph ends it,"]
    assert [q.closed for q in quotes] == [False, True]


@pytest.mark.parametrize("text", ['"' * 10_000, "“" * 10_001, "’" * 9_999, "”“" * 5_000, "'x" * 7_777])
def test_odd_and_huge_counts_never_fail(text):
    quotes = find_quotes(text)
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)


# Issue 12: one bad mark loses no more than its own sentence (web pages separate paragraphs by one
# line break, so it used to take the rest of the text), and an unclosed quote never runs past its
# line unless the next one carries it on by opening with a quotation mark.
@pytest.mark.parametrize("text, expected", [
    # a mismatched pair (‘...') ends with its sentence, not with the text
    ("Topic is ‘to vote or not to vote'. Nothing else.\nPaicorg writes that the election should be boycotted.",
     ["to vote or not to vote'."]),
    # a stray opening mark (a typo for an apostrophe) takes its sentence only
    ("The car isn ‘t slowing down. He said ‘we won’ today.\nNext paragraph.", ["t slowing down.", "we won"]),
    ("He said “we will win. Nobody stops us.\nShe left.", ["we will win."]),
])
def test_a_stray_mark_takes_its_sentence_only(text, expected):
    assert inner(text) == expected
    assert [q.closed for q in find_quotes(text)][0] is False


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_quotation_carried_on_over_single_newline_paragraphs(newline):
    text = f"“First paragraph. Two sentences.{newline}“Second paragraph ends it,” she said.{newline}Next."
    quotes = find_quotes(text)
    assert [text[q.inner_start:q.inner_end] for q in quotes] == [
        "First paragraph. Two sentences.", "Second paragraph ends it,"]
    assert [q.closed for q in quotes] == [False, True]


def test_a_stray_mark_never_runs_past_its_line():
    text = "Topic is ‘to vote or not to vote\nPaicorg writes that the election should be boycotted."
    assert inner(text) == ["to vote or not to vote"]


def test_a_line_opened_with_a_closing_mark_opens_a_quotation(reader):
    text = ("Latinos shared their views of the debate.\n”Mr. Trump embodies the lasting legacy of racism. He "
            "represents our greatest shame.” ― Sonya Herridge\n\nThe crowd left ”late”, said one.\n")
    assert inner(text)[0] == "Mr. Trump embodies the lasting legacy of racism. He represents our greatest shame."
    assert "late" not in inner(text)  # a closing mark inside a line opens nothing
    assert not inner("”The economy is strong, the president said.\n")  # nothing closes it on its line
    assert inner("Another said: ”Bird flu in the year of the rooster.”\n") == ["Bird flu in the year of the rooster."]
    assert not inner("He said: the crowd left ”late” at night.\n")  # not right after the colon
    [st] = [st for st in reader.read_text(text).statements if st.speaker and st.speaker.name == "Sonya Herridge"]
    assert st.kind == "direct" and st.content[0].text.startswith("”Mr. Trump embodies")


def test_a_closed_quote_may_span_a_line_break():
    # a block quotation with hard line breaks (Wikinews), closed by its own mark
    text = 'He wrote:\n"It is a long shot. \nThink about it. Our ticket may win." \n\nNext.'
    assert inner(text) == ["It is a long shot. \nThink about it. Our ticket may win."]


def test_a_straight_opening_mark_closed_by_a_curly_one_is_one_quotation(reader):
    text = 'Officers arrived.\n"Fort Worth P.D. Open the door! We’re coming in!” an officer shouts.\n'
    [st] = reader.read_text(text).statements
    assert (st.speaker.name, st.content[0].text) == ("an officer", '"Fort Worth P.D. Open the door! We’re coming in!”')


def test_a_quotation_opening_with_a_reporters_bracket_is_the_content_to_its_closing_mark(reader):
    text = ('Cindy Ferrer, head of a regional civil defense office, said "[Typhoon Phanfone is] like the younger '
            'sibling of Haiyan. It is less destructive, but it followed a similar path". Others agreed.')
    [st] = reader.read_text(text).statements
    assert st.kind == "direct" and [c.text for c in st.content] == [
        '"[Typhoon Phanfone is] like the younger sibling of Haiyan. It is less destructive, but it followed a similar path"']


@pytest.mark.parametrize("text", [
    "Professor Robert Thompson remarked, \"The thing that made her famous was the jeans war of the late '70s and "
    "early 1980s [...] it was her attempt to invest the unglamorous with style.\" Sales rose.",
    "Professor Robert Thompson remarked, \u201cThe thing that made her famous was the jeans war of the late \u201970s "
    "and early 1980s [...] it was her attempt to invest the unglamorous with style.\u201d Sales rose.",
])
def test_a_decades_apostrophe_inside_a_quotation_is_no_quotation_mark(reader, text):
    [st] = reader.read_text(text).statements
    assert st.kind == "direct" and st.content[0].text.endswith("with style.\u201d" if "\u201d" in text else 'style."')


def test_a_british_quotation_may_open_with_a_number():
    from onrecord.attribution.quotes import find_quotes

    text = "'20 people were hurt in the blast,' police said."
    assert [(q.start, q.end) for q in find_quotes(text)] == [(0, text.index(",'") + 2)]


def test_a_finished_quotation_before_a_new_sentences_source_is_not_the_next_statements(reader):
    text = ('"They are among the best athletes in the world — so thank you," said Kipchoge after the run. "I '
            'appreciate them for accepting this job. We did this one together." He posted on Twitter, "Today we went '
            'to the Moon and came back to earth!"\n')
    found = {st.cue.text: [c.text for c in st.content] for st in reader.read_text(text).statements}
    assert found["posted on Twitter"] == ['"Today we went to the Moon and came back to earth!"'], found


def test_a_page_that_mixes_curly_and_straight_marks_pairs_them_where_they_close():
    text = "“When all the evidence is presented,\" he said, \"maybe you’ll have a different appreciation.”"
    assert inner(text) == ["When all the evidence is presented,", "maybe you’ll have a different appreciation."]


def test_a_mark_left_open_on_a_page_ends_with_its_line_not_at_a_later_line_that_opens_a_quotation():
    # web pages separate paragraphs by one line break: a mark left open lines before ends with its own line
    text = ("He warned: “They are already there. They are there to show sovereignty.\nMore narration follows.\n"
            "“A real quotation,” she said.\n")
    assert inner(text)[0] == "They are already there. They are there to show sovereignty."
