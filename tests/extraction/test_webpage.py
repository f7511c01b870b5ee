"""HTML pages to articles: metadata, body and boilerplate spans, language, captions, and the cascade."""

import gzip

import pytest

from onrecord.errors import InputError, OnrecordError
from onrecord.extraction.language import detect_language
from onrecord.extraction.webpage import read_html_page

STORY = (
    "<p>The minister of finance, Maria Lopez, said on Tuesday that the budget would be balanced by 2026, "
    "despite the slowdown that has hit exports across the region this year.</p>"
    "<p>“We will not raise taxes on working families,” Lopez told reporters in the capital after a "
    "cabinet meeting that ran late into the night.</p>"
    "<p>Opposition leader Tomas Berg called the plan unrealistic and said it relied on growth figures "
    "that no independent forecaster shares.</p>"
)


def page(body: str, title: str = "The Daily Ledger | Budget will be balanced, minister says", lang: str = "en",
         head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><title>{title}</title>{head}</head><body>"
            f"<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
            f"<article><h1>Budget will be balanced, minister says</h1>{body}</article>"
            f"<footer>© 2024 The Daily Ledger</footer></body></html>")


def test_global_voices_page_gives_story_title_date_author_outlet_and_language(shared):
    data = (shared / "data/corpus/globalvoices/index_1.html").read_bytes()
    art = read_html_page(data, url="http://globalvoicesonline.org/2009/06/11/amplified/")
    assert art.title == "Brazil: Amplified conversations to fight the Digital Crimes Bill"
    assert art.published == "2009-06-11"
    assert art.authors == ["Diego Casaes"]
    assert art.outlet == "Global Voices Online"
    assert art.language == "en"
    assert art.text.startswith("On May 14th a protest")
    assert "Art: Luciano Matsuzaki and Mariana Lettis" in art.captions


def test_body_spans_are_the_lines_of_the_text():
    art = read_html_page(page(STORY))
    assert len(art.body) == 3
    for span in art.body:
        assert span.text == art.text[span.start:span.end]
        assert "\n" not in span.text
    # the headline the story repeats at its top stays in the text but is no body paragraph
    assert art.text == art.title + "\n" + "\n".join(s.text for s in art.body)
    assert "Home" not in art.text and "©" not in art.text


def test_paragraphs_in_a_layout_table_stay_paragraphs_and_a_data_table_stays_a_table():
    layout = "<table><tr><td><a href='/'>Home</a></td></tr><tr><td>" + STORY + "</td></tr></table>"
    art = read_html_page(page(layout))
    assert [s.text[:30] for s in art.body] == ["The minister of finance, Maria", "“We will not raise taxes on wo",
                                               "Opposition leader Tomas Berg c"], art.text
    data = "<table><tr><td>Exports</td><td>4.1%</td></tr><tr><td>Imports</td><td>2.3%</td></tr></table>"
    assert "| Exports | 4.1% |" in read_html_page(page(STORY + data)).text
    answers = "<p>First.</p><p>Second.</p><p>Third.</p>"  # a row of answers, each beside its speaker's name
    rows = f"<table><tr><td>Jane Smith</td><td>{answers}</td></tr><tr><td>Tom Brown</td><td>{answers}</td></tr></table>"
    assert "| Jane Smith | First. Second. Third. |" in read_html_page(page(STORY + rows)).text


def test_title_is_the_headline_part_of_the_title_tag_and_the_rest_is_the_outlet():
    art = read_html_page(page(STORY))
    assert art.title == "Budget will be balanced, minister says"
    assert art.outlet == "The Daily Ledger"


def test_gzip_bytes_are_read_like_the_page():
    html = page(STORY).encode("utf-8")
    assert read_html_page(gzip.compress(html)).text == read_html_page(html).text


def test_appeals_inside_the_story_become_boilerplate_spans():
    body = STORY + "<p>Subscribe to our newsletter to get the day’s top headlines in your inbox every morning.</p>"
    art = read_html_page(page(body))
    assert [b.text for b in art.boilerplate] == [
        "Subscribe to our newsletter to get the day’s top headlines in your inbox every morning."]
    assert all("Subscribe" not in s.text for s in art.body)


def test_metadata_falls_back_to_what_the_source_says():
    html = "<html><body><article>" + STORY + "</article></body></html>"
    art = read_html_page(html, meta={"title": "From the feed", "published": "2020-01-02", "outlet": "Feed Times",
                                     "authors": ["A. Writer"]})
    assert art.title == "From the feed"
    assert art.published == "2020-01-02"
    assert art.outlet == "Feed Times"
    assert art.authors == ["A. Writer"]


def test_without_a_site_name_the_outlet_is_the_host_named_as_everywhere_else():
    from onrecord.extraction.repeated_lines import site_of
    from onrecord.sources.urls import host_of

    html = "<html><body><article>" + STORY + "</article></body></html>"
    art = read_html_page(html, url="https://www.ledger.example/2024/budget.html")
    assert art.outlet == "ledger.example"  # as outlets, feeds and site-learned boilerplate name the site
    assert art.outlet == host_of(art.url) == site_of("page.html", art.url)


def test_a_page_with_little_text_still_gives_what_it_has():
    art = read_html_page("<html><body><p>“We are ready,” the coach said after training.</p></body></html>")
    assert "We are ready" in art.text


@pytest.mark.parametrize("html", ["", "   ", "<html><head><title>x</title></head><body></body></html>"])
def test_a_page_without_a_story_is_a_clear_error(html):
    with pytest.raises(InputError) as info:
        read_html_page(html)
    assert "\n" not in info.value.one_line()


FRENCH = ("<p>Le ministre des finances a déclaré mardi que le budget serait équilibré en 2026, malgré le "
          "ralentissement qui a frappé les exportations de toute la région cette année.</p>"
          "<p>« Nous n'augmenterons pas les impôts des familles qui travaillent », a-t-il dit aux journalistes "
          "dans la capitale après un conseil des ministres qui a duré tard dans la nuit.</p>"
          "<p>Le chef de l'opposition a jugé le plan irréaliste et fondé sur des prévisions de croissance que "
          "personne ne partage.</p>")


def test_language_is_detected_and_a_non_english_story_gets_no_attribution(reader):
    html = page(FRENCH, title="Le budget sera équilibré", lang="fr")
    reading = reader.read_html(html, input="fr.html")
    assert reading.article.language == "fr"
    assert reading.statements == []
    english = reader.read_html(page(STORY), input="en.html")
    assert english.article.language == "en"
    assert any(s.speaker and s.speaker.name == "Maria Lopez" for s in english.statements)


def test_a_story_quoting_another_language_keeps_its_own():
    paragraphs = [
        "The protest drew thousands of people to the main square of the city on Sunday afternoon.",
        "Ils ne nous écoutent jamais, et nous sommes fatigués de leurs promesses qui ne changent rien à nos vies.",
        "Bloggers in the capital wrote that the police had kept away from the crowd all day long.",
        "One of them described the mood in the square as calm but determined, with families and students.",
    ]
    assert detect_language("\n".join(paragraphs)) == "en"


def test_short_text_falls_back_to_the_declared_language():
    assert detect_language("Oui.", declared="fr") == "fr"


def test_errors_are_onrecord_errors():
    with pytest.raises(OnrecordError):
        read_html_page(b"")


def test_a_hover_card_inside_a_sentence_is_not_the_storys_words_but_its_link_is():
    card = ('<p>South Dakota Gov. <span class="rollover-people"><a class="rollover-people-link" href="/people/kn">'
            'Kristi Noem</a><span class="rollover-people-block"><span class="rollover-block"><a class="name" '
            'href="/people/kn">Kristi Lynn Noem</a><a href="/x">South Dakota drops pipeline protest laws</a> '
            '<a class="more" href="/people/kn">MORE</a></span></span></span> (R) is defending the state’s campaign '
            'against methamphetamine, which drew criticism across social media on Monday.</p>'
            '<p>A <span class="tooltip-wrapper">bill<span class="tooltiptext">a draft of a law</span></span> was '
            'passed.</p>')
    text = read_html_page(page(STORY + card)).text
    assert "South Dakota Gov. Kristi Noem (R) is defending the state’s campaign" in text
    assert "Lynn" not in text and "MORE" not in text and "A bill was passed." in text


def test_the_headline_printed_atop_the_story_and_page_furniture_inside_a_quotation_are_not_said(reader):
    body = ("<p>Minister Maria Lopez said: \u201cThey are already there in the garrison, and they are ready.</p>"
            "<p>SEE MORE: Budget talks collapse in the capital</p>"
            "<p>\u201cIf the talks fail, we will act alone.\u201d</p>")
    reading = reader.read_html(page(STORY + body), input="furniture.html")
    found = [(s.speaker.name, " … ".join(c.text for c in s.content).rstrip(".")) for s in reading.statements]
    assert not any(name == "minister" or "Budget will be balanced" in words for name, words in found)  # headline
    assert ("Maria Lopez", "\u201cThey are already there in the garrison, and they are ready") in found  # an
    # unclosed quotation's last stop is punctuation, kept or not
    assert ("Maria Lopez", "If the talks fail, we will act alone") in found  # not "SEE MORE"'s


def test_a_headline_in_h1_other_than_the_pages_title_is_not_said(reader):
    """The page's <title> is one headline, its <h1> another, printed atop the story: the <h1> line is no statement
    and no part of the body."""
    html = ("<!DOCTYPE html><html lang='en'><head><title>Meth campaign is working, Kristi Noem says</title>"
            "<meta property='og:title' content='Meth campaign is working, Kristi Noem says'></head>"
            "<body><article><h1>Governor Kristi Noem says the campaign is working and will go on</h1>"
            "<p>SIOUX FALLS, S.D. – People across the nation are talking about a new anti-drug campaign led by "
            "Gov. Kristi Noem, who said on Monday that the state would spend $449,000 on the ads.</p>"
            "<p>Critics said the slogan was a joke that would hurt tourism in the state for years to come.</p>"
            "</article></body></html>")
    reading = reader.read_html(html, input="h1.html")
    assert not reading.article.text.startswith("SIOUX") and "Noem says" not in " ".join(
        b.text for b in reading.article.body)
    found = [(s.speaker.name, s.content[0].text[:12]) for s in reading.statements]
    assert found == [("Kristi Noem", "that the sta"), ("Critics", "the slogan w")], found


REVIEWS = (
    "<p>Stadia, Google's streaming gaming platform, launches today. Here's what the early reviews say about it:</p>"
    "<blockquote class='wp-block-quote'><p>Game streaming is finally viable, and Stadia is leading the charge, but "
    "with this launch it is turning out to be more of a stroll than a sprint.</p></blockquote>"
    "<p>[Engadget]</p>"
    "<blockquote><p>The controller is really comfortable to hold over long periods of time and has good battery "
    "life.</p><p>The button layout is different from what most gamers know, and it takes a while to learn.</p>"
    "</blockquote><p>— Jane Doe</p>"
    "<blockquote><p>Nobody has said yet whether the service will reach rural players with slow connections this "
    "year.</p></blockquote><p>The launch titles include a handful of older games and one new exclusive.</p>"
    "<blockquote class='twitter-tweet'><p>Stadia is here and we could not be happier with how the launch went "
    "today, thank you all.</p></blockquote><p>[Stadia team]</p>"
)


def direct_rows(reader, html: str, width: int) -> list[tuple[str, str]]:
    """(speaker, the first ``width`` characters of the content) of each direct statement read from the page."""
    return [(st.speaker.name, st.content[0].text[:width]) for st in reader.read_html(html).statements
            if st.kind == "direct"]


def test_each_block_quote_is_marked_from_its_first_line_to_its_last_and_not_an_embedded_posts():
    art = read_html_page(page(REVIEWS))
    assert [q.text[:22] for q in art.quotations] == ["Game streaming is fina", "The controller is real",
                                                     "Nobody has said yet wh"]
    assert art.quotations[1].text.endswith("it takes a while to learn.") and art.quotations[1].text.count("\n") == 1
    assert art.to_dict()["quotations"][0] == {"start": art.quotations[0].start, "end": art.quotations[0].end}


def test_a_block_quote_credited_on_the_line_after_is_the_credited_ones_direct_statement(reader):
    found = [(st.kind, st.speaker.name if st.speaker else None, len(st.content))
             for st in reader.read_html(page(REVIEWS)).statements]
    assert ("direct", "Engadget", 1) in found and ("direct", "Jane Doe", 2) in found, found
    assert len(found) == 2, found  # no credit line: whose words nothing says; a post is read as a post


ROUNDUP = (
    "<p>Bloggers across Egypt reacted to the speech on Thursday with a mix of hope and doubt about what follows.</p>"
    "<p>Fattractive Egyptian woman continued in her excellent post:</p>"
    "<blockquote><p>Oh, he said all the right things. He quoted verses from the Qur'an. He proudly said he had "
    "Muslim roots.</p><p>The rhetoric was beautiful. US policy has remained the same, and that is to be "
    "expected.</p></blockquote>"
    "<p>Another blogger, Zeinobia, wrote:</p>"
    "<blockquote><p>I think the speech was good but we need actions, not words, from the American "
    "administration.</p></blockquote>"
    "<p>She then added a comic by Sherif Arafa, an Egyptian writer, about the city's clean streets:</p>"
    "<blockquote><p>Return the palm tree to the storage area once the guests have gone home.</p></blockquote>"
    "<p>This created a stir, and a Kenyan blogger answered the three questions the paper had asked. "
    "The questions were:</p>"
    "<blockquote><p>Why do you think the family matters so much to every one of us here?</p></blockquote>"
    "<p>The president left Cairo on Friday morning for Germany, where he visited Buchenwald.</p>"
)


def test_a_block_quote_that_a_line_ending_with_a_colon_brings_in_is_its_sources_words(reader):
    """'X wrote:' then a block quote: a direct statement of X, each line a part, its own 'he said' X's account;
    not a thing shown ('added a comic by ...:') nor what a sentence without a cue brings in."""
    statements = reader.read_html(page(ROUNDUP)).statements
    found = [(st.speaker.name, [c.text[:20] for c in st.content]) for st in statements if st.kind == "direct"]
    assert found == [("Fattractive Egyptian woman", ["Oh, he said all the ", "The rhetoric was bea"]),
                     ("Zeinobia", ["I think the speech w"])], found
    assert not any(word in c.text for st in statements for c in st.content for word in ("palm", "family"))
    assert [st.speaker.name for st in statements if "Qur" in " ".join(c.text for c in st.content)] == [
        "Fattractive Egyptian woman"]  # "He quoted verses from the Qur'an" is her account, no row of its own


def test_a_block_quote_brought_in_as_anothers_words_is_not_the_subjects(reader):
    """'the judge cited a passage of the law:', 'Maria Lopez quoted the minister:': the block is the law's, the
    minister's, not the one who cites it; 'Maria Lopez wrote:' is hers."""
    html = page("<p>The court ruled on Thursday that the law on public assembly was in breach of the constitution.</p>"
                "<p>In its ruling, the judge cited a passage of the law:</p>"
                "<blockquote><p>No assembly of more than ten persons shall be held without the permission of the "
                "governor.</p></blockquote>"
                "<p>Activist Maria Lopez quoted the minister:</p>"
                "<blockquote><p>We will not allow the streets to be taken over by a small minority of "
                "troublemakers.</p></blockquote>"
                "<p>Maria Lopez wrote:</p>"
                "<blockquote><p>This ruling is a victory for everyone who believes in the right to protest "
                "peacefully.</p></blockquote>")
    found = direct_rows(reader, html, 12)
    assert found == [("Maria Lopez", "This ruling ")], found


BLOGGERS = (
    "<p>Bloggers across the region reacted to the speech on Thursday with a mix of hope and doubt.</p>"
    "<p>Bahraini blogger Mahmood Al Yousif wonders out aloud on the speech venue:</p>"
    "<blockquote><p>I keep asking myself why he chose the most repressive regimes in the region to honour with his "
    "presence.</p></blockquote>"
    "<p>Many readers also expressed support for the jailed leader. From Erich Jao of the Philippines:</p>"
    "<blockquote><p>The free people of the world support your cause and the nobility of your sacrifice.</p>"
    "</blockquote>"
    "<p>Brown\u2019s 64 words of support:</p>"
    "<blockquote><p>I add my voice to the growing chorus of those demanding your release this year.</p></blockquote>"
    "<p>Jonathan Sanchez @Maskus:</p>"
    "<blockquote><p>Pizango does not want to answer for the dead police officers or the burned buildings.</p>"
    "</blockquote>"
    "<p>Twitter is an integral part of the campaign:</p>"
    "<blockquote><p>It is the first political campaign to use twitter with an integrated website to reach "
    "celebrities.</p></blockquote>"
    "<p>ESWN translated some teacher's comments on the filter software from KDnet:</p>"
    "<blockquote><p>I do not want to discuss whether the functions of the software are good or bad at all.</p>"
    "</blockquote>"
)


def test_a_block_quote_a_line_brings_in_without_a_verb_of_saying_is_the_named_ones_words(reader):
    """The line before the colon says whose words the block is: its subject ("wonders out aloud on the speech
    venue:"), the name after "From", a name in the possessive before "words", a line that is only a name; not a
    platform, nor the one who translates another's words. "I support ..." inside a block takes nothing from it."""
    found = direct_rows(reader, page(BLOGGERS), 16)
    assert found == [("Mahmood Al Yousif", "I keep asking my"), ("Erich Jao", "The free people "),
                     ("Brown", "I add my voice t"), ("Jonathan Sanchez", "Pizango does not")], found


TRANSLATED = (
    "<p>Bloggers across Gabon and Togo wrote about the death of the president on Monday evening.</p>"
    "<p>Citing Togo's experience, Kopgli doubts Bongo's death will bring change:</p>"
    "<blockquote><p>La mort de Bongo n'apportera rien de salutaire au peuple gabonais, car les héritiers sont déjà "
    "positionnés pour capter le pouvoir, comme ce fut le cas du Togo.</p></blockquote>"
    "<div class=\"translation\">Bongo's death is not going to bring anything beneficial to the Gabonese people, "
    "because the heirs are already in place to take power, as was the case in Togo.</div>"
    "<p>Another blogger wrote about the airport:</p>"
    "<div class=\"arabic\">هل رأيتم السيد أوباما وهو يصعد للطائرة أمس؟ شاب قوي صحيح مثل هذا هو ما ينبغي له أن يقود أمة قوية</div>"
    "<div class=\"translation\">Did you see Mr. Obama boarding the plane yesterday? A strong man such as this "
    "should lead a strong nation.<p>Our president did not even receive him at the airport.</p></div>"
)


def test_he_before_a_block_quote_goes_on_with_the_person_before_only(reader):
    """'..., he wrote. ... he launched into one of his riffs:' is John Ford's block; "He was worried ...:" after a
    blog the parse knows as no person gives the block to no one rather than to whoever "he" last was."""
    html = page("<p>The novelist John Ford wrote to his friend Neil Gaiman in July about the book he was writing.</p>"
                "<p>\u201cIt\u2019s not like I can have someone charge into the room every few minutes,\u201d he "
                "wrote. Then, in signing off, he launched into one of the riffs that so delighted his friends:</p>"
                "<blockquote><p>If a guy comes into the room holding a symbol of true kingship, the book is a high "
                "fantasy.</p></blockquote>"
                "<p>President Anwar Sadat spoke to the Knesset in 1977, and bloggers compared the two speeches.</p>"
                "<p>Another blogger, ha'er fi donia allah, tackled the topic from a different perspective. He was "
                "worried about the health of the president, who did not meet the guest at the airport:</p>"
                "<blockquote><p>Did you see the guest boarding the plane yesterday? A strong man such as this should "
                "lead a strong nation.</p></blockquote>")
    found = direct_rows(reader, html, 12)
    assert found == [("John Ford", "\u201cIt\u2019s not li"), ("John Ford", "If a guy com")], found


def test_a_linked_pages_language_is_no_part_of_the_story(reader):
    """Global Voices notes the language of a linked page after the link ("Afrique [Fr],"); the parse took the note
    for the sentence's subject."""
    html = page("<p>Togolese blogger Rodrigue Kopgli, of Jeunesse Unie pour la Démocratie en Afrique [Fr], called "
                "Bongo one of the last crocodiles of Françafrique.</p><p>Larbi_org [Fr] followed the event on the "
                "night of the speech and wrote that it was a great and important speech [fr].</p>")
    art = read_html_page(html)
    assert "[Fr]" not in art.text and "[fr]" not in art.text and "en Afrique, called Bongo" in art.text
    quoted = read_html_page(page("<p>\u201cWe knew [it] would come to this, and nobody listened,\u201d Councilwoman "
                                 "Ana Ruiz said after the vote on the housing plan late on Tuesday night.</p>"))
    assert "We knew [it] would come" in quoted.text  # an editor's word, not a language


def test_a_translation_the_page_marks_is_kept_as_a_block_quote_with_its_original(reader):
    """Global Voices sets a blogger's words in the original, then ``<div class="translation">``: bare text the
    extractor used to drop. Both are kept and marked as block quotes (the original in a ``<div>`` too); the
    translation of one's words is that speaker's statement."""
    art = read_html_page(page(TRANSLATED))
    assert "Bongo's death is not going" in art.text and "Did you see Mr. Obama" in art.text
    assert "Our president did not even" in art.text and "هل رأيتم" in art.text
    assert [q.text[:12] for q in art.quotations] == ["La mort de B", "Bongo's deat", "هل رأيتم الس", "Did you see "]
    found = direct_rows(reader, page(TRANSLATED), 12)
    assert found == [("Kopgli", "La mort de B"), ("Kopgli", "Bongo's deat"), ("Another blogger", "هل رأيتم الس"),
                     ("Another blogger", "Did you see ")], found


def test_a_translation_follows_an_original_whose_edges_the_content_leaves_out(reader):
    """The original's content leaves out what is no word at its edges: "(…)" before it, a spaced " ." after it
    (Global Voices' Arabic); its translation is still the same speaker's."""
    html = page("<p>Citoyen Hmida compared the speech to Kennedy's in Berlin. He stated:</p>"
                "<blockquote><p>(…)ce discours tant attendu n’est en partie qu’un tissu de lieux communs sur la "
                "civilisation arabo-musulmane et sur les positions américaines .</p></blockquote>"
                "<div class=\"translation\">This long awaited speech has been, in part, a string of platitudes "
                "about the Islamic-Arabic civilization and about the American positions.</div>")
    found = direct_rows(reader, html, 12)
    assert found == [("Citoyen Hmida", "ce discours "), ("Citoyen Hmida", "This long aw")], found


BLOCK = ("<blockquote><p>The media should stop publishing the private lives of the victims and their families "
         "while the search goes on.</p></blockquote>")


@pytest.mark.parametrize("lead, name", [
    ("With a controversial comment that ranks disasters according to the social class of those involved, Bruno "
     "Nepumoceno reached the following conclusion:", "Bruno Nepumoceno"),  # not "the social class": no speaker
    ("For Leite de Cobra, the way in which the disaster has been treated is outrageous:", "Leite de Cobra"),
    ("At the newsportal Gaboneco, a Gabonese reader named Ogwera left a comment asking for elections:", "Ogwera"),
    ("Egyptian blogger Mona Seif published videos of both speeches, then commented:", "Mona Seif"),
])
def test_a_line_ending_with_a_colon_names_whose_block_follows(reader, lead, name):
    found = direct_rows(reader, page(f"<p>{lead}</p>{BLOCK}"), 18)
    assert found == [(name, "The media should s")], found


def test_for_a_name_before_another_ones_words_is_not_their_speaker(reader):
    found = direct_rows(reader, page(f"<p>For Joe Biden, Donald Trump had a blunt message:</p>{BLOCK}"), 18)
    assert found == [("Donald Trump", "The media should s")], found


@pytest.mark.parametrize("post, name", [
    ("Ana Ruiz replied: We will keep the shelters open all winter, whatever the council decides.", "Ana Ruiz"),
    ("We will keep the shelters open all winter, whatever the council decides, said Ana Ruiz.", "Ana Ruiz"),
    ("We will keep the shelters open all winter, whatever the council decides. \u2014 Tom Becker", None),
])
def test_a_post_in_a_handles_run_that_names_its_own_speaker_is_not_the_handles(reader, post, name):
    html = page("<p>Jonathan Sanchez @Maskus:</p><blockquote><p>Pizango does not want to answer for the police "
                f"officers killed or the buildings burned.</p></blockquote><blockquote><p>{post}</p></blockquote>")
    rows = [(st.speaker.name, st.content[0].text[:12]) for st in reader.read_html(html).statements]
    assert ("Jonathan Sanchez", "Pizango does") in rows and all(
        who != "Jonathan Sanchez" for who, words in rows if words != "Pizango does"), rows
    assert name is None or any(who == name for who, _ in rows), rows


def test_a_handles_line_brings_in_each_post_of_the_run_after_it(reader):
    """"Jonathan Sanchez @Maskus:" and two posts, each with its translation: all four blocks are his; a run after
    a plain line is not ("The questions were:" may be followed by a reply)."""
    html = page("<p>Twitter users reported from the area using the hashtag #Bagua:</p><p>Jonathan Sanchez @Maskus:</p>"
                "<blockquote><p>Pizango no quiere responder por los policías muertos ni la quema de locales.</p>"
                "</blockquote><blockquote><p>Pizango does not want to answer for the police officers killed or the "
                "buildings burned.</p></blockquote><blockquote><p>¿Recuerdan lo que sucedió cuando sacaron a los "
                "invasores de los bosques de Pómac?</p></blockquote><blockquote><p>Remember what happened when they "
                "removed those that invaded the forests of Pomac?</p></blockquote>"
                "<p>The reporter put two questions to the minister:</p><blockquote><p>Will you resign over the deaths "
                "of the officers?</p></blockquote><blockquote><p>No, I will not resign, because the police did their "
                "duty.</p></blockquote>")
    found = direct_rows(reader, html, 12)
    assert found == [("Jonathan Sanchez", "Pizango no q"), ("Jonathan Sanchez", "Pizango does"),
                     ("Jonathan Sanchez", "¿Recuerdan l"), ("Jonathan Sanchez", "Remember wha")], found


@pytest.mark.parametrize("lead", [
    "Hours later, Maria Lopez received a threat:",
    "For the government, the answer is clear:",
    "For years, the town hall has kept this sign on its door:",
    "For Donald Trump, the last straw was a tweet from Nancy Pelosi:",  # another's words, named
    "For Maria Lopez, the most telling line of the police memo is this one:",  # a document's
    "Blogger Ana Ruiz left a comment quoting the president:",  # another's words, quoted
    "Maria Lopez highlighted this passage of the bill:",
    "Council member Maria Lopez received a letter on Monday:",
    "Mayor Tom Becker found a note on his car the next morning:",
    "Governor Kathy Hochul signed the following:",
    "Ana Ruiz shared Becker's post from the night before:",
    "From Becker's lawyer:",
    "From Twitter:",
    "Becker's letter from the state housing agency:",
    "Mayor Tom Becker attacked Councilwoman Ana Ruiz during the debate. She was not impressed:",
    "Hours later, the police chief received a threat:",
    "The lawyer read aloud a text message the victim had sent her mother:",
    "Activists shared a message from the detained blogger:",
    "Critics highlighted this passage of the bill:",
    "The Times obtained the memo, which reads:",
    "Investigators recovered a note from the suspect's car:",
])
def test_a_block_quote_after_a_verb_that_brings_in_no_words_of_its_subject_is_not_theirs(reader, lead):
    """The review's counter-examples: what the police chief received, the lawyer read aloud or the critics
    highlighted is not their words; no direct row gives it to them."""
    html = page("<p>The case has drawn attention across the country since it began in the spring.</p>"
                f"<p>{lead}</p><blockquote><p>We know where your children go to school and we will be waiting for "
                "them.</p></blockquote><p>The hearing resumes on Monday.</p>")
    assert not [st for st in reader.read_html(html).statements if st.kind == "direct"]


@pytest.mark.parametrize("credit", ["[Emphasis added.]", "[...]", "\u2014 Updated at 5 p.m."])
def test_an_editors_line_after_a_block_quote_is_no_credit(reader, credit):
    html = page("<p>The judge wrote a long opinion on Monday, and the parties read it closely that evening.</p>"
                "<blockquote><p>The statute does not reach conduct of this kind, and the court will not stretch "
                f"it.</p></blockquote><p>{credit}</p>")
    assert reader.read_html(html).statements == []
