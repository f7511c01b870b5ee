"""Languages: plain text is told like an HTML page; an article in a language the pipeline does not
read is stored with its language, gets no statements (or, in a language of ``quote_cues.tsv``, only its
plainest direct quotes: tests/attribution/test_quoted_speech.py) and says so (``not_attributed``)."""

from pathlib import Path

import pytest

from onrecord.extraction import language, textpage, webpage
from onrecord.extraction.language import detect_language
from onrecord.extraction.textpage import read_text_page
from onrecord.records import Reading

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
REFERENCE = ROOT / "examples" / "oc-media-amnesty.txt"
SHORT_ENGLISH = [
    "Merkel, Scholz and Steinmeier met in Berlin on Monday.",  # py3langid alone says German
    "Hajiyev said Baku had no plans to negotiate.\nTbilisi mayor Kaladze said protests were illegal.\n",
    "Officials said the vote would go ahead.",
]


def test_plain_text_and_html_tell_the_language_by_one_rule():
    assert textpage.detect_language is language.detect_language
    assert webpage.detect_language is language.detect_language


@pytest.mark.parametrize(("name", "code"), [("budget-fr.txt", "fr"), ("budget-ru.txt", "ru")])
def test_a_french_or_russian_text_is_read_with_its_language_and_says_it_was_not_attributed(reader, name, code):
    reading = reader.read(DATA / name)
    assert reading.article.language == code
    assert reading.statements == [] and reading.people == []  # its one quotation is a pronoun's ("elle", "она")
    assert reading.not_attributed == f"language {code}, direct quotes only"
    doc = reading.to_dict()
    assert doc["not_attributed"] == f"language {code}, direct quotes only"
    assert doc["article"]["title"] and doc["article"]["body"]  # read all the same
    assert Reading.from_dict(doc).to_dict() == doc


def test_an_english_text_stays_english_with_its_statements_and_no_new_field(reader):
    reading = reader.read(REFERENCE)
    assert reading.article.language == "en"
    assert len(reading.statements) >= 16
    assert reading.not_attributed is None
    assert "not_attributed" not in reading.to_dict()


@pytest.mark.parametrize("text", SHORT_ENGLISH)
def test_a_short_english_text_stays_english(reader, text):
    assert read_text_page(text).language == "en"
    reading = reader.read_text(text)
    assert reading.article.language == "en" and reading.not_attributed is None


def test_too_little_text_keeps_the_declared_language_and_enough_text_overrides_it():
    assert detect_language(SHORT_ENGLISH[0], declared="en") == "en"
    french = (DATA / "budget-fr.txt").read_text(encoding="utf-8")
    assert detect_language(french, declared="en") == "fr"
    assert detect_language(french) == "fr"


def test_a_language_that_cannot_be_told_is_named_unknown():
    from onrecord.records import Article

    reading = Reading(input=None, article=Article(text="…", language=None))
    assert reading.not_attributed == "language unknown"
    assert Reading(input=None, article=Article(text="…", language="ja")).not_attributed == "language ja"
