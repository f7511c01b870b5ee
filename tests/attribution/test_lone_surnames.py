"""A lone surname and the full name it stands for (attribution/speakers.py, rule 5). In an article that
names several people of that surname: the one of them who spoke just before, else the one the article
named first (its principal), never the relative or namesake named later or more often. A surname with a
particle ("La Riva") is the full name that ends with it, and a full name the tagger calls something else
("candidate Brock Pierce", tagged ORG) still names a surname it tags as a person elsewhere (both by
naming.lone_surname and persons.name_forms; these cases came with the linking branch's own rule for it)."""

from __future__ import annotations

import pytest
from said import named  # tests/attribution/said.py

from onrecord.attribution.speakers import resolve
from onrecord.records import Span, Statement


def said(text: str, source: str, cue: str, content: str) -> Statement:
    """The statement written "<source> <cue> <content>" (its last occurrence in ``text``)."""
    start = text.rindex(f"{source} {cue} {content}")
    c = start + len(source) + 1
    return Statement("indirect", Span.of(text, c, c + len(cue)), Span.of(text, start, start + len(source)),
                     [Span.of(text, c + len(cue) + 1, c + len(cue) + 1 + len(content))])


def speakers(reader, text: str, statements: list[Statement]) -> list[str | None]:
    resolve(reader.nlp(text), statements)
    return [st.speaker.name if st.speaker else None for st in statements]


@pytest.mark.parametrize("text, expected", [
    # the demo's debate: "Biden" is Joe, not the son named last
    ("Joe Biden, the Democratic nominee, spoke in Ohio. Trump brought up Biden's son Hunter Biden and his "
     "dealings in Ukraine. Biden said the attacks were lies.", "Joe Biden"),
    # a namesake is written in full, however often: "Trump" is still the first named
    ("Donald Trump unveiled a leave plan on Monday. Melania Trump helped write it, and Melania Trump praised "
     "it in an essay. Economists were unsure of the cost. Trump said cutting fraud would pay for it.",
     "Donald Trump"),
    ("Hunter Biden, the son of Joe Biden, sat on the board of Burisma. Biden said he had done nothing "
     "wrong.", "Hunter Biden"),
])
def test_a_lone_surname_is_the_principal_the_article_named_first(reader, text, expected):
    surname = expected.split()[-1]
    statement = said(text, surname, "said", text.rsplit(f"{surname} said ", 1)[1].rstrip("."))
    assert speakers(reader, text, [statement]) == [expected]


def test_a_lone_surname_goes_on_with_the_one_who_just_spoke(reader):
    text = ("Gary Johnson, the Libertarian nominee, campaigned in Ohio. Homeland Security Secretary Jeh Johnson "
            "said hackers had targeted state systems. He said one attempt had succeeded. Johnson said officials "
            "should ask for help.")
    statements = [said(text, "Homeland Security Secretary Jeh Johnson", "said", "hackers had targeted state systems"),
                  said(text, "He", "said", "one attempt had succeeded"),
                  said(text, "Johnson", "said", "officials should ask for help")]
    assert speakers(reader, text, statements) == ["Jeh Johnson"] * 3


def test_the_forms_of_one_name_are_one_person(reader):
    text = ("Robert Gabriel Mugabe was born in 1924. Robert Mugabe led Zimbabwe for decades. Robert Mugabe "
            "died in 2019. Mugabe said the land was theirs.")
    (name,) = speakers(reader, text, [said(text, "Mugabe", "said", "the land was theirs")])
    assert name == "Robert Gabriel Mugabe"  # one person, by the fullest name the article gives (the guide)


@pytest.mark.parametrize("name, other, same", [
    ("Bill Brown", "Sheriff Bill Brown", True), ('Jeremy "Spike" Cohen', "Spike Cohen", True),
    ("Robert Gabriel Mugabe", "Robert Mugabe", True), ("Joe Biden", "Hunter Biden", False),
    ("J. Smith", "K. Smith", False),
])
def test_which_full_names_sharing_a_surname_are_one_person(name, other, same):
    from onrecord.attribution.naming import same_person

    assert same_person(name, other, name.split()[-1].lower()) is same


@pytest.mark.parametrize("text, source, expected", [
    ("Party for Socialism and Liberation presidential nominee Gloria La Riva took part. La Riva said the system "
     "was broken.", "La Riva", "Gloria La Riva"),
    ("Mayor Bill de Blasio spoke on Monday. De Blasio said the schools would reopen.", "De Blasio", "Bill de Blasio"),
    # two words with no particle are a name of their own, not the end of a longer one
    ('Trump called her "Crooked Hillary Clinton" at a rally. Hillary Clinton said the remark was beneath him.',
     "Hillary Clinton", "Hillary Clinton"),
])
def test_a_surname_with_a_particle_is_the_full_name_it_ends(reader, text, source, expected):
    content = text.rsplit(f"{source} said ", 1)[1].rstrip(".")
    assert speakers(reader, text, [said(text, source, "said", content)]) == [expected]


def test_a_full_name_tagged_otherwise_counts_when_its_surname_is_a_person_elsewhere(reader):
    text = ("The debate included independent presidential candidate Brock Pierce and Green Party nominee Howie "
            "Hawkins. Hawkins and Pierce both called for reform. Pierce said he would abolish the income tax.")
    doc = reader.nlp(text)
    assert {(e.text, e.label_) for e in doc.ents} >= {("Brock Pierce", "ORG"), ("Pierce", "PERSON")}  # the case
    statement = said(text, "Pierce", "said", "he would abolish the income tax")
    assert speakers(reader, text, [statement]) == ["Brock Pierce"]


def test_a_full_name_tagged_a_place_completes_its_surname(reader):
    text = ("Steenburgen\u2019s co-writers Caitlyn Smith and Kate York came to the project with a similar "
            "appreciation. \u201cIt\u2019s a totally different muscle,\u201d York said.")
    doc = reader.nlp(text)
    assert ("Kate York", "GPE") in {(e.text, e.label_) for e in doc.ents}  # the case
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Kate York"]


def test_a_place_sharing_a_persons_surname_is_not_their_full_name(reader):
    text = ("The singer moved from Virginia Beach to Nashville. Her manager, Tom Beach, agreed. \u201cIt was the "
            "right time,\u201d Beach said.")
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Tom Beach"]


@pytest.mark.parametrize("source", ["The chancellor, Pradeep Khosla,",
                                    "University of California, Los Angeles's chancellor, Pradeep Khosla,"])
def test_a_name_in_apposition_to_a_source_completes_its_surname(reader, source):
    # "Pradeep" is no given name the lists know, and the tagger names no person here
    text = f'{source} said the school was strong. Khosla talked of the "countless discoveries" of its staff.\n'
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Pradeep Khosla"] * 2


def test_a_surname_the_tagger_reads_as_a_plural_noun_before_a_relative_clause_is_the_person(reader):
    text = ('"The president wants a bigger deal," said Derek Scissors, a China scholar in Washington.\n'
            "Scissors, who consults with administration officials, said the tariffs may stay.\n")
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Derek Scissors"] * 2


def test_a_given_name_alone_before_any_full_name_is_someone_else(reader):
    # Global Voices: "Ahmed" is one blogger, "Ahmed Shokier" another, named later
    text = ("The first opinion came from Ahmed, who said he was happy with the speech. Another blogger, Ahmed "
            "Shokier, said the speech was aimed at American voters as well.")
    assert named(reader, text) == [("Ahmed", "who"), ("Ahmed Shokier", "Another blogger, Ahmed Shokier")]


def test_a_surname_with_two_letters_swapped_is_the_full_name(reader):
    text = ("Another blogger, Ahmed Shokier, analyzed the speech on Friday. Shokeir said the speech was aimed at "
            "American voters as well.")
    assert ("Ahmed Shokier", "Shokeir") in named(reader, text)


def test_a_name_the_tagger_read_with_its_dateline_is_the_full_name(reader):
    # PolNeAR train (2016): "ROME - Bernie Sanders" is one entity to the tagger, an organization
    text = ("Sanders meets the pope\n\nROME - Bernie Sanders met privately with Pope Francis on Saturday.\n\n"
            "\"He is a man of peace,\" Sanders said.\n")
    assert ("Bernie Sanders", "Sanders") in named(reader, text)


def test_a_name_the_tagger_ran_on_in_a_headline_is_cut_where_the_story_stops_capitalising(reader):
    # PolNeAR train (2016): "Glenn Beck Blasts Drudge" is one person to the tagger in the title
    text = ("Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana\n\n"
            "Conservative radio host Glenn Beck spoke in Indiana on Monday. Matt Drudge had mocked him.\n\n"
            "\"Man, it couldn't be more clear,\" Beck said.\n")
    assert ("Glenn Beck", "Beck") in named(reader, text)


@pytest.mark.parametrize("text, source, name", [
    ("DLC\n\n\"We won a smaller share,\" said Al From, who helped found the DLC.\n\nMany Americans saw the Democrats "
     "as \"the party of overwhelming government,\" From said.\n", "From", "Al From"),  # PolNeAR train (2016)
    ("Gore\n\nFormer Vice President Al Gore spoke in Nashville on Monday.\n\nGore said the climate could not wait.\n",
     "Gore", "Al Gore"),
])
def test_al_as_a_given_name_opens_a_full_name(reader, text, source, name):
    assert (name, source) in named(reader, text)


def test_a_word_the_tagger_took_for_a_person_is_no_one_a_pronoun_stands_for(reader):
    # PolNeAR train (2016): "Nationally" tagged a person, an adverb to the parse
    text = ("Debt\n\nA variety of factors impact the cost of college, said Mark Kantrowitz, a national student loan "
            "debt expert. The amount of debt is affordable -- but then there are the outliers, he said.\n\n"
            "Nationally, about a quarter of students graduate with excessive debt, but those who hurt the most are "
            "low-income students. As a general rule, if a student's income is more than their debt, they shouldn't "
            "have trouble paying the loans back, he said.\n")
    assert [name for name, _ in named(reader, text)] == ["Mark Kantrowitz"] * 3


@pytest.mark.parametrize("text, source, name", [
    ("Injury\n\nMark Krieger, the team doctor, said the injury was minor.\n\nKreiger, the coach, said the player "
     "would miss two games.\n", "Kreiger, the coach", "Kreiger"),
    ("Shooting\n\nPolice Chief Anna Schreiber said the suspect fled. A neighbor, Mr. Schrieber, said he heard three "
     "shots.\n", "A neighbor, Mr. Schrieber", "Schrieber"),
])
def test_a_surname_spelled_a_letter_apart_that_the_article_introduces_is_someone_else(reader, text, source, name):
    # the review's probes: a description of its own introduces another person, not a misspelling
    assert (name, source) in named(reader, text)


@pytest.mark.parametrize("text", [
    # NYT style: "Mrs. Clinton" is Hillary whichever Clinton the article names first
    "Iowa\n\nFormer President Bill Clinton joined Hillary Clinton in Iowa on Monday.\n\n\"We need to build ladders of "
    "opportunity,\" Mrs. Clinton said.\n\nMr. Clinton said his wife was the best qualified candidate he had seen.\n",
    "Iowa\n\nHillary Clinton campaigned in Iowa on Monday with her husband, former President Bill Clinton.\n\n\"We "
    "need to build ladders of opportunity,\" Mrs. Clinton said.\n\nMr. Clinton said his wife was the best qualified "
    "candidate he had seen.\n",
])
def test_an_honorific_picks_the_namesake_of_its_gender_by_given_name(reader, text):
    assert named(reader, text) == [("Hillary Clinton", "Mrs. Clinton"), ("Bill Clinton", "Mr. Clinton")]


def test_an_honorific_picks_the_namesake_of_its_gender_by_a_noun_beside_the_name(reader):
    # session 38's judged row: "Ms. Khan" was given to Khizr Khan; neither given name is in the list,
    # "his wife, Ghazala Khan" tells hers
    text = ("Convention\n\nKhizr Khan and his wife, Ghazala Khan, appeared at the convention in July. Their son was "
            "killed in Iraq.\n\nMs. Khan said Mr. Trump was \"ignorant\" of Islam. Mr. Khan accused Mr. Trump of never "
            "having sacrificed anything.\n")
    assert named(reader, text) == [("Ghazala Khan", "Ms. Khan"), ("Khizr Khan", "Mr. Khan")]


@pytest.mark.parametrize("text, name", [
    ("Skiing\n\nLindsey Vonn won the downhill on Saturday. \"I felt great,\" Ms. Vonn said.\n", "Lindsey Vonn"),
    ("Football\n\nAshley Young scored twice. \"We deserved it,\" Mr. Young said.\n", "Ashley Young"),
])
def test_an_honorific_never_leaves_the_only_namesake_for_a_list_gender(reader, text, name):
    # the review's probes: the given-name list is no proof of gender; the one person of that surname is still named
    assert [n for n, _ in named(reader, text)] == [name]


def test_a_relative_the_tagger_drew_no_person_for_is_still_the_principal(reader):
    # session 41's judged rows (PolNeAR train, an article about Ivanka Trump): the tagger drew no person for "Ivanka
    # Trump" (none, or a product), so "Trump told Business Insider" went to Donald Trump, named only as her father
    text = ("Ivanka Trump champions working moms.\n\nOn the last day of the convention, Ivanka Trump strode across the "
            "stage.\n\nDonald Trump's eldest daughter, 34, has built her personal brand around this cause.\n\n"
            "Trump signed a licensing agreement with G-III in 2012.\n\n\"I think parental leave is enormously "
            "important,\" Trump told Business Insider in March.\n")
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Ivanka Trump"]
    # the end of a longer name is no relative: "Eva-Marie Persson" is not a "Marie Persson"
    text = ("Chief prosecutor Eva-Marie Persson said the case was closed. Marie Persson's lawyer Anna Persson agreed."
            "\n\nPersson said the evidence had weakened.\n")
    assert "Marie Persson" not in [st.speaker.name for st in reader.read_text(text).statements]
    # a relative set beside a noun of family is not the principal (the review's probe)
    text = ("Senate\n\nThe senator's wife, Edythe Booker, was not present. Senator Cory Booker spoke for twenty "
            "minutes.\n\n\"We must do better,\" Booker said.\n")
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["Cory Booker"]


def test_a_work_named_by_its_title_is_its_author_s(reader):
    # the same session: a book's title holds a name; the book is "by" another person, whose it is
    text = ("Fiorina showed subtle hints of doubt. One Sunday in late 2001, according to \"Perfect Enough: Carly "
            "Fiorina and the Reinvention of Hewlett-Packard\" by George Anders, Fiorina called half a dozen HP "
            "directors.\n")
    assert [st.speaker.name for st in reader.read_text(text).statements] == ["George Anders"]
