"""Direct quotes in the languages with no attribution model (``quoted_speech``, ``quote_cues.tsv``):
a quotation is on record only with a speech verb and a name right next to it; a pronoun, a role or a
title alone gives nothing."""

from __future__ import annotations

import pytest

from onrecord.attribution import quoted_speech


def said(text: str, language: str) -> list[tuple[str, str, str, str]]:
    """(speaker, source as written, cue, content) of each quote."""
    return [(st.speaker.name, st.source.text, st.cue.text, st.content[0].text)
            for st in quoted_speech.read(text, language)]


def test_indonesian_name_verb_quote_with_honorifics_and_a_given_name_alone():
    text = ("Umar bin Al-Khaththab ra berkata, “Wahai Aslam, janganlah rasa cintamu berlebihan.” Aslam berkata, "
            "“Bagaimana itu?” Umar radiallohu anhu berkata, “Jika engkau mencintai seseorang, janganlah berlebihan.”\n"
            "Presiden Ahmadinejad menandaskan, “Dari tribun ini saya tegaskan hal itu.”\n")
    assert [(name, written, cue) for name, written, cue, _ in said(text, "id")] == [
        ("Umar bin Al-Khaththab", "Umar bin Al-Khaththab", "berkata"), ("Aslam", "Aslam", "berkata"),
        ("Umar bin Al-Khaththab", "Umar", "berkata"), ("Ahmadinejad", "Ahmadinejad", "menandaskan")]


def test_a_saying_introduced_by_a_colon_over_its_original_in_another_script():
    text = ("Dari hadits Abu Hurairah ra, Rasulullah SAW bersabda :\n"
            "ﺐِﺒْﺣَﺃ َﻚَﺒﻴِﺒَﺣ ﺎًﻧْﻮَﻫ\n"
            "“Cintailah orang yang kamu cintai sekadarnya.”\n"
            "Kita harus hati-hati:\n\nsemua orang tahu.\n“Dan janganlah sekali-kali kebencianmu mendorong kamu.”\n")
    assert said(text, "id") == [("Rasulullah", "Rasulullah", "bersabda",
                                 "“Cintailah orang yang kamu cintai sekadarnya.”")]


@pytest.mark.parametrize("text, language, who", [
    ("“Não vamos aumentar os impostos”, disse o ministro Fernando Haddad nesta terça.", "pt", "Fernando Haddad"),
    ("Lula disse: “Vamos governar para todos.”", "pt", "Lula"),
    ("„Wir müssen jetzt handeln“, sagte Scholz am Montag.", "de", "Scholz"),
    ("«Мы не будем повышать налоги», — сказал Песков журналистам.", "ru", "Песков"),
    ("“Vamos a ganar esta elección”, dijo Sánchez.", "es", "Sánchez"),
])
def test_verb_and_name_either_side_of_the_quotation(text, language, who):
    [(name, _, _, content)] = said(text, language)
    assert name == who and content[0] in "“„«"


@pytest.mark.parametrize("text, language", [
    ("“Não vamos aumentar os impostos”, disse ele.", "pt"),  # a pronoun
    ("Ele disse: “Vamos governar para todos.”", "pt"),
    ("«Я лично ненавижу пластику», — заявила модель.", "ru"),  # a role, no name
    ("Ontem o ministro disse que “a economia vai crescer”.", "pt"),  # reported speech with a quoted phrase
    ("Remake della serie “I Cavalieri dello Zodiaco” per Netflix, ha detto Rossi.", "it"),  # a title, no verb beside
    ("Kurz gesagt: „Ja“, sagte Scholz.", "de"),  # one word
    ("“We will win,” said Smith.", "en"),  # English has its own pipeline
    ("“勝つ”と田中氏は言った。", "ja"),  # no word list
])
def test_nothing_without_a_name_and_a_verb_right_next_to_the_quotation(text, language):
    assert said(text, language) == []


def test_every_language_read_for_quotes_has_its_verbs_and_no_other_language_is_listed():
    from onrecord import wordlists
    from onrecord.records import ATTRIBUTED_LANGUAGES, QUOTED_LANGUAGES

    listed = {row[0] for row in wordlists.rows("quote_cues.tsv")}
    assert listed == QUOTED_LANGUAGES and not listed & ATTRIBUTED_LANGUAGES
    assert all(quoted_speech._lexicon(language).get("cue") for language in QUOTED_LANGUAGES)


def test_excluded_spans_are_left_out():
    text = "“Vamos governar para todos”, disse Lula.\n"
    assert said(text, "pt") and quoted_speech.read(text, "pt", [(0, 10)]) == []


def test_a_portuguese_page_is_read_for_its_direct_quotes_and_says_so(reader):
    text = ("O governo promete equilibrar o orçamento até 2026\n\n"
            "Brasília, 14 de março de 2024\n\n"
            "O ministro da Fazenda apresentou nesta terça-feira o plano de equilíbrio fiscal, apesar da queda das "
            "exportações que atinge toda a região neste ano.\n\n"
            "“Não vamos aumentar os impostos das famílias que trabalham”, disse Fernando Haddad a jornalistas depois "
            "de uma reunião que se estendeu até tarde da noite.\n\n"
            "Para a oposição, o plano é irrealista e se baseia em previsões de crescimento que ninguém compartilha.\n")
    reading = reader.read_text(text)
    assert reading.article.language == "pt"
    assert reading.not_attributed == "language pt, direct quotes only"
    assert [(st.kind, st.speaker.name, st.speaker.kind) for st in reading.statements] == [
        ("direct", "Fernando Haddad", "person")]
    assert [p.name for p in reading.people] == ["Fernando Haddad"]
    st = reading.statements[0]
    assert reading.article.text[st.content[0].start:st.content[0].end] == st.content[0].text


def test_a_long_line_of_quotations_reads_in_time_linear_in_its_length():
    """Measured against a quarter of the same text in the same run (a search from the line's start for
    every quotation took minutes for 80,000 characters)."""
    import time

    def took(words: int) -> float:
        text = ("palavra " * words + "Lula disse: “isto é uma citação longa” e “outra citação sem verbo” ") * 5
        start = time.perf_counter()
        assert len(quoted_speech.read(text, "pt")) == 5
        return time.perf_counter() - start

    took(100)  # warm-up: the word list and the expressions
    assert took(8000) < 8 * took(2000) + 0.5
