"""Batches: boilerplate learned across a site's documents, one article for two copies, failures kept."""

import io

from onrecord.errors import OnrecordError
from onrecord.extraction.repeated_lines import RepeatedLines, normalise, site_of
from onrecord.reader import Batch
from onrecord.records import Article, Reading
from onrecord.sources.urls import canonical_url

BANNER = "The Valley Courier | News that matters since 1921"
APPEAL = "Independent local news costs money. Chip in 5 dollars today."

STORIES = [
    "Council approves new bridge",
    "The city council voted 7-2 on Monday to approve a new bridge over the river.",
    "“This bridge will connect two halves of our town,” Mayor Ana Ruiz said after the vote.",
]


TOPICS = ["harbour", "school", "bakery", "bridge", "library", "market", "stadium", "museum", "airport", "hospital",
          "park", "river", "station", "theatre", "farm", "factory", "church", "castle", "beach", "forest"]


def story(i: int) -> str:
    topic = TOPICS[i % len(TOPICS)]
    lines = [BANNER, f"A story about the {topic} and what happened there this week.",
             f"“We have never seen the {topic} so busy,” harbour master Tom Reyes said on Friday.",
             APPEAL.replace("5", str(i)), "© 2024 The Valley Courier"]
    return "\n".join(lines)


def test_lines_repeated_across_a_site_are_boilerplate_and_story_lines_are_not():
    docs = [story(i) for i in range(1, 7)]
    repeats = RepeatedLines().learn_all(("courier", d) for d in docs)
    spans = repeats.boilerplate("courier", docs[0])
    texts = [s.text for s in spans]
    assert BANNER in texts
    assert APPEAL.replace("5", "1") in texts  # digits do not make a line new
    assert "© 2024 The Valley Courier" in texts
    assert not any("story about" in t or "never seen" in t for t in texts)
    for s in spans:
        assert docs[0][s.start:s.end] == s.text


def test_a_quote_shared_by_a_few_of_many_documents_is_not_boilerplate():
    quote = "“We will not back down,” the union leader said."
    docs = [story(i) + ("\n" + quote if i < 3 else "") for i in range(1, 21)]
    repeats = RepeatedLines().learn_all(("courier", d) for d in docs)
    texts = [s.text for s in repeats.boilerplate("courier", docs[0])]
    assert quote not in texts
    assert BANNER in texts


def test_too_few_documents_teach_nothing_and_sites_stay_apart():
    repeats = RepeatedLines().learn_all([("a", story(1)), ("a", story(2)), ("b", story(3)), ("b", story(4)),
                                         ("b", story(5))])
    assert repeats.boilerplate("a", story(1)) == []
    assert repeats.boilerplate("b", story(3))
    assert repeats.boilerplate("c", story(3)) == []


def test_site_is_the_url_host_else_the_folder():
    assert site_of("x.txt", "https://www.example.org/a/b") == "example.org"
    assert site_of("corpus/site1/a.txt") == "corpus/site1"
    assert site_of("https://news.example.com/x") == "news.example.com"
    assert normalise("  © 2023   Outlet ") == "© 0000 outlet"


def test_the_reader_marks_learned_boilerplate_and_attributes_nothing_in_it(reader, tmp_path):
    site = tmp_path / "courier"
    site.mkdir()
    quote = "“Nobody reads the banner,” editor Lisa Marsh said."
    for i in range(1, 6):
        (site / f"{i}.txt").write_text(story(i).replace(BANNER, BANNER + "\n" + quote), encoding="utf-8")
    results = list(reader.read_sources([str(site)]))
    assert len(results) == 5
    for _name, reading in results:
        assert not isinstance(reading, OnrecordError)
        bp = [b.text for b in reading.article.boilerplate]
        assert quote in bp and BANNER in bp
        assert not any("Nobody reads" in c.text for s in reading.statements for c in s.content)
        assert any(s.speaker and s.speaker.name == "Tom Reyes" for s in reading.statements)


def test_what_is_learned_does_not_depend_on_the_order_of_the_inputs(reader, tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    site = tmp_path / "courier"
    site.mkdir()
    appeal = "“Nobody reads the banner,” editor Lisa Marsh said."
    for i in range(1, 6):
        (site / f"{i}.txt").write_text(story(i).replace(BANNER, BANNER + "\n" + appeal), encoding="utf-8")
    archive = tmp_path / "test.warc.gz"
    with archive.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        page = b"<html><body><article><p>" + "“The harbour reopens,” Tom Reyes said.".encode() + b"</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://courier.test/1", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    glob = str(tmp_path / "c*" / "*.txt")

    def readings(*specs):
        results = sorted((name, r.to_dict()) for name, r in reader.read_sources([str(s) for s in specs]))
        appeals = sum(1 for _, r in results for s in r["statements"] if "Nobody reads" in s["content"][0]["text"])
        return results, appeals

    first, appeals = readings(site, archive)
    assert len(first) == 6 and appeals == 0
    assert readings(archive, site) == (first, 0)
    assert readings(archive, glob) == (first, 0)
    assert readings(site / "1.txt", archive, site / "2.txt", site / "3.txt", site / "4.txt", site / "5.txt") == (first, 0)


def test_a_learned_line_the_page_marks_already_is_listed_once(reader, tmp_path):
    site = tmp_path / "courier"
    site.mkdir()
    for i in range(1, 6):
        (site / f"{i}.txt").write_text(story(i), encoding="utf-8")
    for _name, reading in reader.read_sources([str(site)]):
        spans = [(b.start, b.end) for b in reading.article.boilerplate]
        texts = [b.text for b in reading.article.boilerplate]
        assert "© 2024 The Valley Courier" in texts and BANNER in texts  # by the page's shape, and learned
        assert len(spans) == len(set(spans))
        assert not any(a[1] > b[0] for a, b in zip(spans, spans[1:])), spans  # none overlaps the next


def test_read_many_takes_paths_and_texts_as_read_does(reader, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("\n".join(STORIES), encoding="utf-8")
    text = "“The bridge opens in May,” Mayor Ana Ruiz said on Tuesday."
    results = list(reader.read_many([str(path), path, text, tmp_path / "missing.txt"]))
    assert [name for name, _ in results] == [str(path), str(path), "<text 3>", str(tmp_path / "missing.txt")]
    first, second, third, missing = (r for _, r in results)
    assert first.input == second.input == str(path) and first.article.text == path.read_text(encoding="utf-8")
    assert third.input is None and third.article.text == text
    assert [s.speaker.name for s in third.statements] == ["Ana Ruiz"]
    assert isinstance(missing, OnrecordError) and missing.input == str(tmp_path / "missing.txt")


def reading(text: str, url: str | None = None) -> Reading:
    return Reading(input="x", article=Article(text=text, url=url), statements=[], people=[])


def test_the_same_article_twice_is_one_article():
    batch = Batch()
    assert not batch.seen_before(reading("A story.\nTwo lines.", "https://www.example.org/a/"))
    assert batch.seen_before(reading("A story.  \nTwo   lines.", None))  # the same text, other spacing
    assert batch.seen_before(reading("Changed text", "http://example.org/a"))  # the same canonical URL
    assert not batch.seen_before(reading("Another story", "https://example.org/b"))
    assert canonical_url("https://en.wikinews.org//wiki/X#top") == "en.wikinews.org/wiki/X"


def test_a_batch_reads_copies_once_and_keeps_going_after_failures(reader, tmp_path):
    good = "\n".join(STORIES)
    (tmp_path / "a.txt").write_text(good, encoding="utf-8")
    (tmp_path / "b.txt").write_text(good, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.txt").write_text(good.replace("Monday", "Tuesday"), encoding="utf-8")
    batch = Batch()
    results = list(reader.read_sources([str(tmp_path), str(tmp_path / "missing.txt")], batch=batch))
    errors = [r for _, r in results if isinstance(r, OnrecordError)]
    readings = [r for _, r in results if not isinstance(r, OnrecordError)]
    assert len(readings) == 2 and batch.read == 2
    assert batch.duplicates == 1
    assert len(errors) == 2 and batch.failed == 2
    assert {e.input.rsplit("/", 1)[-1] for e in errors} == {"empty.txt", "missing.txt"}
