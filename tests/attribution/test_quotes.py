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
