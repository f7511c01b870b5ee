"""Shared fixtures: the shared data folder, one Reader per session, and the slow marker for corpus tests."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    path = Path(os.environ.get("ONRECORD_SHARED", ROOT.parent / "shared"))
    if not (path / "data").is_dir():
        pytest.fail(f"shared data not found at {path}; set ONRECORD_SHARED", pytrace=False)
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_dir()


@pytest.fixture(scope="session")
def reader():
    from onrecord.reader import Reader

    return Reader()


# A test that needs one of these reads a whole corpus first: it is slow (left out by `make check`).
CORPUS_FIXTURES = {"wikinews_readings", "wikinews_record", "reference_db"}


def pytest_collection_modifyitems(items):
    for item in items:
        if CORPUS_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def _joint_reading(published: str = "2019-01-08"):
    """ "Dick Durbin and Adam Schiff said ...; Durbin said ...": one joint statement, one of Durbin's."""
    from onrecord.records import Article, Person, Reading, Span, Speaker, Statement

    text = ("Senators Dick Durbin and Adam Schiff said the order was unlawful. "
            "Durbin said he would vote against it.\n")
    source = Span.of(text, text.index("Dick"), text.index(" said"))
    said = Span.of(text, text.index("said"), text.index("said") + 4)
    second = text.index("Durbin said")
    members = [Speaker("Dick Durbin", "person", ["Senators"]), Speaker("Adam Schiff", "person", [])]
    statements = [
        Statement("indirect", said, source, [Span.of(text, said.end + 1, text.index("."))],
                  Speaker("Dick Durbin and Adam Schiff", "group", [], members), confidence=0.9),
        Statement("indirect", Span.of(text, second + 7, second + 11), Span.of(text, second, second + 6),
                  [Span.of(text, second + 12, len(text) - 2)], Speaker("Dick Durbin", "person", ["Senators"]),
                  confidence=0.9),
    ]
    article = Article(text=text, title="Senators on the order", published=published, outlet="Wikinews",
                      body=[Span.of(text, 0, len(text))])
    return Reading(input=f"joint-{published}", article=article, statements=statements,
                   people=[Person("Dick Durbin", "person", ["Durbin"], ["Senators"]), Person("Adam Schiff", "person")])


@pytest.fixture(scope="session")
def joint_reading():
    """A function that makes a reading with a joint source: "Dick Durbin and Adam Schiff said ...; Durbin
    said ..." (the store's and the web face's joint-source tests)."""
    return _joint_reading
