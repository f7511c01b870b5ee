"""Two shapes PolNeAR counts as attributions with no one named as saying them (session 56): an expectation in the
passive ("The House *is expected* to pass the bill", cues.expected_to) and what a poll found, in a sentence that
opens with it ("*In* a CNN poll released Monday, 31% of Republicans ...", poll_findings.py). Both belong to the
broad scope only: nobody's words, never rows of the record."""

from __future__ import annotations

import pytest

from onrecord.reader import Reader


@pytest.fixture(scope="module")
def broad(reader):
    return Reader(nlp=reader.nlp, scope="all")


def found(reader, text: str) -> list[tuple[str, str | None, str]]:
    """(cue, source as written, content parts joined by " / ") of each statement found."""
    return [(st.cue.text if st.cue else "", st.source.text if st.source else None,
             " / ".join(c.text for c in st.content)) for st in reader.read_text(text).statements]


@pytest.mark.parametrize("text, cue, content", [
    ("The House is expected to pass a bipartisan bill later this week.\n", "is expected",
     "The House / to pass a bipartisan bill later this week"),
    ("Obama's veto is expected to come before the deadline at midnight Friday.\n", "is expected",
     "Obama's veto / to come before the deadline at midnight Friday"),
    ("The efforts are expected to continue leading up to election day.\n", "are expected",
     "The efforts / to continue leading up to election day"),
])
def test_an_expectation_in_the_passive_has_no_source(broad, text, cue, content):
    assert (cue, None, content) in found(broad, text), found(broad, text)


@pytest.mark.parametrize("text", [
    "The House is expected to pass a bipartisan bill later this week.\n",
    "Senator Jane Doe is expected to announce her run on Monday.\n",
])
def test_an_expectation_is_never_on_the_record(reader, text):
    assert found(reader, text) == []


def test_an_expectation_someone_is_named_as_holding_is_not_sourceless(broad):
    rows = found(broad, "The House is expected by analysts to pass the bill.\n")
    assert not any(source is None for _, source, _ in rows), rows


def test_what_a_poll_found_opens_its_sentence(broad):
    rows = found(broad, "In the previous Washington Post/ABC News national poll, conducted in early September, "
                        "Clinton led Trump by 5 percentage points among likely voters.\n")
    assert rows == [("In", "the previous Washington Post/ABC News national poll, conducted in early September",
                     "Clinton led Trump by 5 percentage points among likely voters")], rows


def test_a_poll_finding_keeps_the_statements_inside_it(broad):
    rows = found(broad, "In a CNN/ORC poll released Monday, 31% of Republicans said they were extremely "
                        "enthusiastic about voting.\n")
    assert ("In", "a CNN/ORC poll released Monday",
            "31% of Republicans said they were extremely enthusiastic about voting") in rows, rows
    assert any(cue == "said" for cue, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "In a memo released as polls closed Tuesday, the campaign manager wrote that it was over.\n",  # a memo
    "In the fall of 2007, Hillary Clinton held a 24-point lead among black voters in a CNN national poll.\n",
    "In a recent study, three economists found that trade cost jobs.\n",  # not a poll
    "Clinton leads in the polls, and in a survey released Monday, she gained.\n",  # not the sentence's opening
    "In a survey of the damage, officials found 40 homes destroyed.\n",  # no opinion poll: no one named ran it
    "In a poll he cited at the rally, Trump said he was ahead by 10.\n",  # Trump's poll, Trump's words
    "In a poll of his own making, Trump claimed he had won every debate.\n",
])
def test_other_sentences_with_in_give_no_poll_finding(broad, text):
    assert not any(cue == "In" or cue == "in" for cue, _, _ in found(broad, text)), found(broad, text)


def test_a_poll_finding_is_never_on_the_record(reader):
    rows = found(reader, "In a CNN/ORC poll released Monday, Clinton led Trump by 5 points.\n")
    assert rows == [], rows


@pytest.mark.parametrize("text, cue, content", [
    ("Paradis was at the school. The two both seemed to be well-known in town.\n", "seemed",
     "The two both / to be well-known in town"),
    ("Clinton’s strategy of yoking herself to Obama did not appear to pay any dividends.\n", "did not appear",
     "Clinton’s strategy of yoking herself to Obama / to pay any dividends"),
])
def test_an_impression_has_what_it_is_of_as_its_first_part(broad, text, cue, content):
    # session 61: PolNeAR annotates "X seemed to Y" as content X + "to Y", with no source; the subject was dropped
    assert any(c == cue and source is None and parts == content for c, source, parts in found(broad, text)), \
        found(broad, text)


@pytest.mark.parametrize("text", [
    "It seems likely that the Senate will vote on the bill this week.\n",
    "Republican leaders in the Senate looked to stop the bleeding on Tuesday.\n",
])
def test_an_expletive_it_or_one_who_looks_to_do_something_is_no_part_of_an_impression(broad, text):
    rows = found(broad, text)
    assert not any(parts.startswith(("It /", "Republican leaders")) for _, _, parts in rows), rows


def test_an_impression_is_never_on_the_record(reader):
    assert found(reader, "The two both seemed to be well-known in town.\n") == []


@pytest.mark.parametrize("text, cue, content", [
    ("The vote was on Monday. Republicans have been critical of Clinton’s use of personal email.\n",
     "have been critical of", "Clinton’s use of personal email"),
    ("The vote was on Monday. Some Democrats are concerned that the tactics could make it harder to unite.\n",
     "are concerned", "that the tactics could make it harder to unite"),
    ("The vote was on Monday. Mr. Hurt is eager to get the book out before the election.\n",
     "is eager", "to get the book out before the election"),
    ("The vote was on Monday. McConnell was quick to embrace the mogul after he clinched the nomination.\n",
     "was quick to embrace", "the mogul"),
    ("The vote was on Monday. Democratic leaders are wary of steering the party too far left.\n",
     "are wary of", "steering the party too far left"),
])
def test_an_attitude_s_cue_is_the_copula_with_its_adjective_and_its_content_what_it_is_toward(broad, text, cue,
                                                                                               content):
    # session 61: the cue was the copula alone and the content the whole adjective phrase (no PolNeAR train row of
    # 58 had its cue or content right)
    assert any(c == cue and parts == content for c, _, parts in found(broad, text)), found(broad, text)


def test_an_attitude_is_never_on_the_record(reader):
    assert found(reader, "The vote was on Monday. Republicans have been critical of Clinton’s use of email.\n") == []
