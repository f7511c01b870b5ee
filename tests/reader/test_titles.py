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
