"""Plain-text page reading: the seed article against its gold, small texts for each rule, corpora."""

from __future__ import annotations

import csv
import json
import os
import time
from pathlib import Path

import pytest

from onrecord.extraction.textpage import (
    is_boilerplate,
    parse_credit_line,
    parse_date_line,
    read_text_page,
    teasers,
)
from onrecord.records import Article

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shared() -> Path:
    root = Path(os.environ.get("ONRECORD_SHARED", REPO.parent / "shared"))
    if not (root / "data" / "seed" / "gold.json").is_file():
        pytest.fail(f"shared data not found at {root} (set ONRECORD_SHARED to the folder holding data/seed)")
    return root


@pytest.fixture(scope="module")
def seed(shared: Path) -> tuple[str, dict, Article]:
    gold = json.loads((shared / "data/seed/gold.json").read_text(encoding="utf-8"))
    text = (shared / "data/seed" / gold["file"]).read_text(encoding="utf-8")
    return text, gold["article"], read_text_page(text)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _spans_consistent(article: Article) -> None:
    for span in [*article.body, *article.boilerplate]:
        assert article.text[span.start : span.end] == span.text
        assert span.text == span.text.strip(), f"span has edge whitespace: {span.text[:40]!r}"


# ----------------------------------------------------------------------------- the seed article


def test_seed_text_unchanged_and_metadata(seed):
    text, gold, art = seed
    assert art.text is text
    assert art.title == gold["title"]
    assert art.published == gold["published"]
    assert art.image_credits == [gold["image_credit"]]
    assert art.outlet == gold["outlet"]
    assert art.language == "en"
    _spans_consistent(art)


def test_seed_boilerplate_matches_gold_exactly(seed):
    _, gold, art = seed
    got = [(b.start, b.end, b.text) for b in art.boilerplate]
    want = [(b["start"], b["end"], b["text"]) for b in gold["boilerplate"]]
    assert got == want


def test_seed_boilerplate_passes_the_scorer_rule(seed):
    _, gold, art = seed
    for g in gold["boilerplate"]:
        best = max(_overlap(g["start"], g["end"], b.start, b.end) for b in art.boilerplate)
        assert best >= 0.8 * (g["end"] - g["start"]), g["text"]


def test_seed_body_covers_gold_region_paragraph_by_paragraph(seed):
    text, gold, art = seed
    region = gold["body"]
    assert art.body[0].start == region["start"]
    assert art.body[-1].end == region["end"]
    for span in art.body:
        assert "\n\n" not in span.text
        assert region["start"] <= span.start < span.end <= region["end"]
        assert not any(_overlap(span.start, span.end, b.start, b.end) for b in art.boilerplate)
    # every paragraph of the region is one body span
    paragraphs = [p.strip() for p in text[region["start"] : region["end"]].split("\n\n") if p.strip()]
    assert [s.text for s in art.body] == paragraphs


def test_seed_body_excludes_title_date_credit(seed):
    _, gold, art = seed
    joined = "\n".join(s.text for s in art.body)
    assert gold["title"] not in joined
    assert "22 September 2023" not in joined
    assert "Image via" not in joined


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "line, iso",
    [
        ("22 September 2023", "2023-09-22"),
        ("September 22, 2023", "2023-09-22"),
        ("2023-09-22", "2023-09-22"),
        ("Sept. 22, 2023", "2023-09-22"),
        ("Sep 22 2023", "2023-09-22"),
        ("22nd September, 2023", "2023-09-22"),
        ("Friday, 22 September 2023", "2023-09-22"),
        ("Friday, September 22, 2023\u00a0", "2023-09-22"),
        ("Fri 22 Sep 2023 14:05", "2023-09-22"),
        ("22 September 2023, 14:05 GMT", "2023-09-22"),
        ("September 22, 2023 at 3:15 pm", "2023-09-22"),
        ("2023-09-22T10:00:00Z", "2023-09-22"),
        ("Published: 22 September 2023", "2023-09-22"),
        ("Updated on September 22, 2023", "2023-09-22"),
        ("By Jane Doe | 22 September 2023", "2023-09-22"),
        ("22.09.2023", "2023-09-22"),
        ("22/09/2023", "2023-09-22"),
        ("09/22/2023", "2023-09-22"),
    ],
)
def test_date_lines(line: str, iso: str):
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "On 22 September 2023, the council met to discuss the budget.",
        "September 2023",
        "31 February 2023",
        "03/04/2023",  # day and month order unknown
        "The 2023 budget",
        "",
    ],
)
def test_not_date_lines(line: str):
    assert parse_date_line(line) is None


# ----------------------------------------------------------------------------- credits


@pytest.mark.parametrize(
    "line, who",
    [
        ("Image via MFA of Azerbaijan", "MFA of Azerbaijan"),
        ("Photo: Jane Doe", "Jane Doe"),
        ("Photo by Jane Doe", "Jane Doe"),
        ("Image: Reuters", "Reuters"),
        ("(Photo credit: Jane Doe)", "Jane Doe"),
        ("Photo: Jane Doe/Example News", "Jane Doe/Example News"),
        ("Protesters outside parliament. Photo: Jane Doe", "Jane Doe"),
        ("Protesters outside parliament (Photo: AP)", "AP"),
        ("Photo courtesy of Jane Doe", "Jane Doe"),
        ("Kamala Harris Image: U.S. Senate.", "U.S. Senate"),
        ("Gloria La RivaImage: Pax Ahimsa Gethen.", "Pax Ahimsa Gethen"),  # caption glued to its credit
        ("Children. Image: Garry Knight (flickr).", "Garry Knight (flickr)"),  # a note in brackets
    ],
)
def test_credit_lines(line: str, who: str):
    assert parse_credit_line(line) == who


@pytest.mark.parametrize(
    "line",
    [
        "Photos by Reuters showed the damage to the building.",
        "Images of the protest spread quickly on social media.",
        "The photo was taken on Friday.",
        "Image:",
        "McDonald said: we will go.",
        "WALLACE: Let’s start with the news of the day.",
    ],
)
def test_not_credit_lines(line: str):
    assert parse_credit_line(line) is None


# ----------------------------------------------------------------------------- small pages

PAGE = """Become an Example Herald Member

Council votes to close the central library after long debate

Tuesday, 3 October 2023
Photo: Jane Doe

The city council voted on Tuesday to close the central library, ending months of debate over its cost and future.

\u2018We had no other choice,\u2019 the mayor told reporters after the vote.

Residents said they would appeal the decision.

*We choose not to publish the names of minors. This does not imply a position on the case.

Interested in directly assisting Example Herald? Consider becoming a member.
"""


def test_small_page():
    art = read_text_page(PAGE, url="https://example.org/x")
    assert art.text == PAGE
    assert art.url == "https://example.org/x"
    assert art.title == "Council votes to close the central library after long debate"
    assert art.published == "2023-10-03"
    assert art.image_credits == ["Jane Doe"]
    assert art.outlet == "Example Herald"
    assert [b.text for b in art.boilerplate] == [
        "Become an Example Herald Member",
        "We choose not to publish the names of minors. This does not imply a position on the case.",
        "Interested in directly assisting Example Herald? Consider becoming a member.",
    ]
    assert [s.text[:20] for s in art.body] == [
        "The city council vot",
        "\u2018We had no other cho",
        "Residents said they ",
    ]
    _spans_consistent(art)


NEWS = """Union members vote to strike over pay

Members of the transport union voted on Monday to strike next month, after talks with the city broke down over pay and hours.

The union, which says it has 12,000 members, has asked supporters to donate to a hardship fund for striking workers.

"We will not back down," said the union's leader, who urged residents to join the picket lines. "Join us, and support the workers."

City officials said they would subscribe to the mediator's proposal if the union agreed to return to talks.
"""


def test_normal_news_has_no_boilerplate():
    art = read_text_page(NEWS)
    assert art.boilerplate == []
    assert art.title == "Union members vote to strike over pay"
    assert art.published is None
    assert art.outlet is None
    assert len(art.body) == 4


def test_byline_nav_and_newsletter_footer():
    text = (
        "Home | World | Politics\n\nMinisters clash over new border rules\n\n"
        "By Jane Doe and John Roe, Staff Writer\n22 September 2023\n\n"
        "Ministers from both parties clashed on Friday over the new border rules, which critics say will "
        "slow trade and tourism across the region.\n\n'This will not stand,' said one.\n\n"
        "Subscribe to our newsletter for more.\n"
    )
    art = read_text_page(text)
    assert art.title == "Ministers clash over new border rules"
    assert art.authors == ["Jane Doe", "John Roe"]
    assert art.published == "2023-09-22"
    assert [b.text for b in art.boilerplate] == ["Subscribe to our newsletter for more."]
    assert [s.text[:9] for s in art.body] == ["Ministers", "'This wil"]


def test_date_above_title():
    text = (
        "Sept. 22, 2023\nMinisters clash over new border rules\n\nMinisters from both parties clashed "
        "on Friday over the new border rules, which critics say will slow trade.\n"
    )
    art = read_text_page(text)
    assert (art.title, art.published) == ("Ministers clash over new border rules", "2023-09-22")
    assert len(art.body) == 1


def test_hard_wrapped_paragraph_is_one_span_and_copyright_names_outlet():
    text = (
        "Ministers clash over new border rules\n\nMinisters from both parties clashed on Friday over the new\n"
        "border rules, which critics say will slow trade and tourism\nacross the region.\n\n"
        "The rules take effect in May.\n\n\u00a9 2023 Example Times. All rights reserved.\n"
    )
    art = read_text_page(text)
    assert [s.text.count("\n") for s in art.body] == [2, 0]
    assert [b.text for b in art.boilerplate] == ["\u00a9 2023 Example Times. All rights reserved."]
    assert art.outlet == "Example Times"


def test_no_title_when_text_starts_with_the_story():
    text = (
        "The city council voted on Tuesday to close the central library, ending months of debate over "
        "its cost and its future in the old town.\n\nResidents said they would appeal.\n"
    )
    art = read_text_page(text)
    assert art.title is None
    assert art.published is None
    assert [s.text[:8] for s in art.body] == ["The city", "Resident"]


def test_text_is_never_changed_crlf_and_odd_spaces():
    text = "\r\n  Headline of the day here\r\n\r\n\u200a22 September 2023\r\n\r\nFirst paragraph of the story.\r\n"
    art = read_text_page(text)
    assert art.text == text
    assert art.title == "Headline of the day here"
    assert art.published == "2023-09-22"
    assert [s.text for s in art.body] == ["First paragraph of the story."]
    _spans_consistent(art)


def test_empty_and_blank_text():
    for text in ("", "\n\n  \n"):
        art = read_text_page(text)
        assert art.text == text and art.title is None and art.body == [] and art.boilerplate == []


@pytest.mark.parametrize(
    "paragraph, after_story, expected",
    [
        ("Become a member", False, True),
        ("Support independent journalism in the region: Join today", False, True),
        ("Sign up for our daily newsletter.", False, True),
        ("Editor's note: this story has been updated.", False, True),
        ("\u2008For ease of reading, we choose not to use qualifiers.", False, True),
        ("'Join us,' the organiser told the crowd.", False, False),
        ("The billionaire pledged to donate $1 million to the campaign.", False, False),
        ("He said the members would become a force in the party.", False, False),
        ("*Our fundraising drive ends on Friday.", True, True),
        ("*Our fundraising drive ends on Friday.", False, False),
    ],
)
def test_is_boilerplate(paragraph: str, after_story: bool, expected: bool):
    assert is_boilerplate(paragraph, after_story=after_story) is expected


def test_teasers_under_an_outlets_heading_are_boilerplate_and_a_storys_label_is_not():
    paragraphs = ["The plague is a bacterial infection.", "DON'T MISS",
                  "Plague and zoonotic influenza warning: CDC names EIGHT deadly diseases\u00a0[WARNING]",
                  "Plane passengers quarantined after BUBONIC PLAGUE outbreak [NEWS]",
                  "According to the CDC, seven cases a year are reported in the United States.",
                  "Senator Ana Ruiz said the bill would pass easily this time. [LAUGHS]",
                  "The governor said the state would reopen schools next week. [CNN]"]
    marks = teasers(paragraphs, [is_boilerplate(p) for p in paragraphs])
    assert marks == [False, True, True, True, False, False, False]


# ----------------------------------------------------------------------------- corpora


def test_polnear_dev_titles_and_few_boilerplate(shared: Path):
    files = sorted((shared / "data/polnear/dev/text").glob("*.txt"))
    assert files, "PolNeAR dev texts missing"
    titles_ok = marked = 0
    start = time.perf_counter()
    for f in files:
        text = f.read_text(encoding="utf-8")
        art = read_text_page(text)
        titles_ok += art.title == text.split("\n", 1)[0].strip()
        marked += len(art.boilerplate)
        _spans_consistent(art)
    per_article = (time.perf_counter() - start) / len(files)
    assert titles_ok >= 0.95 * len(files)
    assert marked <= 12, (
        f"{marked} boilerplate spans in ordinary news"
    )  # 9 today, all editor's notes/corrections
    assert per_article < 0.05


def test_wikinews_pages(shared: Path):
    path = shared / "data/corpus/wikinews/wikinews_2019.csv"
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))[:40]
    assert rows
    for row in rows:
        art = read_text_page(row["title"] + "\n\n" + row["text"])
        assert art.title == row["title"].strip()
        assert art.boilerplate == []
        if (
            row["text"]
            .strip()
            .split("\n")[0]
            .strip()
            .startswith(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
        ):
            assert art.published == row["date"]


def test_a_page_without_line_breaks_is_not_all_boilerplate(shared):
    from onrecord.extraction.textpage import read_text_page

    text = " ".join((shared / "data/seed/oc-media-amnesty.txt").read_text(encoding="utf-8").split("\n"))
    article = read_text_page(text)
    assert sum(b.end - b.start for b in article.boilerplate) < len(text) / 2


def test_a_title_the_source_gives_is_the_title_and_no_story_line_is_taken_for_one():
    text = ("Recently, developer Perttu Ahola discussed Minetest, his longest project, with Wikinews.\n\n\n"
            "Started in October 2010, Minetest was an attempt by Ahola to create a sandbox game, he said.\n")
    title = "Open source game developer Perttu Ahola talks about Minetest with Wikinews"
    art = read_text_page(text, title=title)
    assert art.title == title
    assert [s.text[:9] for s in art.body] == ["Recently,", "Started i"]
    printed = read_text_page(f"{title}\n\n{text}", title=title)
    assert printed.title == title and [s.text[:9] for s in printed.body] == ["Recently,", "Started i"]


def test_a_wikis_review_notice_is_boilerplate():
    text = ("This article requires pre-publication review by an uninvolved reviewer (one not substantially "
            "involved in writing the article).\n\n\n-Article last amended: Mar 17 at 3:24:55 UTC (history)Please "
            "check the talk page history before reviewing.\n\n\nSunday, October 18, 2020\n\n\n"
            "The spread of coronavirus in late 2019 and then in 2020 led to a global pandemic, affecting "
            "various daily activities, health workers said on Sunday.\n")
    art = read_text_page(text, title="Living with HIV during COVID-19")
    assert [b.text[:16] for b in art.boilerplate] == ["This article req", "-Article last am"]
    assert [s.text[:10] for s in art.body] == ["The spread"]
