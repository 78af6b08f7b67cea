"""Repeated tokens: which doubles are written on purpose and which are damage.

Each legitimate shape has a twin that must still be caught, so a rule that
silenced every repeat would fail here.
"""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.pipeline import check_document

ALARMS = ("warning", "error")


def repeat_findings(ctx, text, lang):
    report = check_document(Document.from_text(text, language=lang), ctx)
    # the checkers' own findings, also those a merged span absorbed
    return [f for g in report.findings for f in (g, *g.evidence) if f.rule.startswith("Repetition")]


def alarms(ctx, text, lang):
    return [(text[f.start:f.end], f.rule) for f in repeat_findings(ctx, text, lang)
            if f.severity in ALARMS]


@pytest.mark.parametrize("lang, text", [
    ("es", "Estaba muy muy cansado después del viaje."),
    ("es", "Me gusta aprender español, pero lo hago mal mal."),
    ("es", "Lo doy todo todo en cada partido."),
    ("es", "No no, eso no es lo que dijo el ministro."),
    ("es", "Le preguntaron si vendría y respondió que sí sí."),
    ("es", "Bora Bora es una isla de la Polinesia."),
    ("es", "Pasó sus vacaciones en Bora Bora con su familia."),
    ("en", "He had had enough of the delays."),
    ("en", "Walla Walla is a city in Washington."),
    ("en", "Sing Sing was a prison on the Hudson."),
    ("en", "No no, that is not what the minister said."),
    ("en", "the policy holder the choice of an an- nuity for life"),
    ("en", "the choice of an an-\nnuity for life"),
    ("en", "i I (10017) 6 1 (priv.), (235) 6/1 (priv.), Watervale"),
    # a printer's signature mark (sheet M, leaf 2) read into the running text
    ("en", "and not possibly penetrable by any compulsive Motion of his M m 2 diminutive"),
    ("es", "y así lo dejó escrito en su libro Z z 2 el autor de la obra"),
    # a sentence that is only a doubled word: onomatopoeia, greetings, calls
    ("en", "Knock knock. Who is there, asked the guard."),
    ("en", "He cut the ribbon. Snip snip. The hall was open."),
    ("es", "Alguien llamó a la puerta. Toc toc. Nadie abrió."),
    ("es", "Se despidió con la mano. ¡Chao chao!"),
    ("en", "“Bye bye,” she said. “Bye bye.”"),
    ("fr", "Non non, je ne viendrai pas demain."),
    ("fr", "Nous nous sommes réunis hier à Paris."),
    ("de", "Nein nein, das stimmt so nicht."),
])
def test_legitimate_repeats_are_not_alarms(ctx, lang, text):
    assert alarms(ctx, text, lang) == []


@pytest.mark.parametrize("lang, text, span", [
    # "poco a poco" is the idiom; a doubled "poco" is a slip
    ("es", "Mi dieta es un poco poco saludable.", "poco poco"),
    # an answer word doubled inside a clause
    ("es", "Solo quiero dormir no no hacer tarea.", "no no"),
    # capitalised at a sentence start, but a common word: no name
    ("es", "Ella Ella influyó en mucha gente.", "Ella Ella"),
    ("es", "Ella ella influyó en mucha gente.", "Ella ella"),
    ("en", "The The report was published on Monday.", "The The"),
    ("en", "There is no no reason to wait.", "no no"),
    # a doubled word alone is a sentence only when a content word, capital first,
    # is followed by the sentence's end
    ("en", "He cut the ribbon. Snip snip the ribbon went.", "Snip snip"),
    ("en", "It was over, he said. The the.", "The the"),
    ("es", "Fue su respuesta. Ella ella.", "Ella ella"),
    # a capital then its lower case is a signature mark only mid-sentence before a leaf
    # digit: at a sentence start the copy replaced a word ("A unos 5 km")
    ("es", "A a 5 kilómetros de la costa se hundió el barco.", "A a"),
    ("es", "El grupo A a 25 puntos del líder.", "A a"),
    ("en", "They tried Plan A a few times before.", "A a"),
    # a hyphen joined to the copy is a compound, not a line-end break
    ("en", "the choice of an an annuity for life", "an an"),
    ("fr", "Le ministre a a parlé devant les députés.", "a a"),
    ("de", "Der Minister hat hat gesprochen.", "hat hat"),
])
def test_repeat_errors_stay_alarms(ctx, lang, text, span):
    assert [s for s, rule in alarms(ctx, text, lang) if rule == "Repetition.Token"] == [span]


def test_seed_word_replaced_by_its_quoted_neighbour(ctx):
    text = "los culpó de lanzar una guerra “guerra” contra Rusia."
    [(span, rule)] = alarms(ctx, text, "es")
    assert (span, rule) == ("guerra “guerra”", "Repetition.Token")


def test_plain_repeat_inside_a_quote_is_still_an_alarm(ctx):
    # a word replaced by its neighbour inside a direct quote is still damage
    # (warning or error: the calibration decides which)
    text = "“El gobierno gobierno no cederá”, dijo el ministro."
    [f] = [f for f in repeat_findings(ctx, text, "es") if f.rule == "Repetition.Token"]
    assert text[f.start:f.end] == "gobierno gobierno"
    assert f.severity in ("warning", "error")


@pytest.mark.parametrize("lang, text", [
    ("es", "“¡Gol, gol, gol!”, gritaba el narrador."),
    ("es", "La canción dice “méteme el gol gol gol, yo te doy mi corazón”."),
    ("en", "The crowd chanted “lock him up, lock him up” outside the court."),
])
def test_chants_are_no_alarm(ctx, lang, text):
    assert alarms(ctx, text, lang) == []


@pytest.mark.parametrize("chant", ["gol gol gol", "gol gol gol gol", "gol gol gol gol gol"])
def test_a_word_said_three_to_five_times_is_one_chant_note(ctx, chant):
    text = f"Los hinchas gritaban {chant} en la tribuna."
    [f] = repeat_findings(ctx, text, "es")
    assert (f.rule, f.severity, text[f.start:f.end]) == ("Repetition.Chant", "info", chant)
    # nobody chants a function word: a word was lost between two "de"
    assert alarms(ctx, "Un equipo de de de Taiwán llegó.", "es")
    # two copies are a slip
    assert alarms(ctx, "Los hinchas gritaban gol gol en la tribuna.", "es") == [("gol gol", "Repetition.Token")]


def test_phrase_repeated_across_a_comma_is_a_graded_note(raw_ctx):
    ctx = raw_ctx  # the checker's own grading, before calibration
    quoted = "“A ver, a ver”, dijo el árbitro antes de revisar la jugada."
    [f] = repeat_findings(ctx, quoted, "es")
    assert (f.rule, f.severity, quoted[f.start:f.end]) == ("Repetition.Chant", "info", "A ver, a ver")
    plain = "El árbitro dijo a ver, a ver antes de revisar la jugada."
    [g] = repeat_findings(ctx, plain, "es")
    assert g.rule == "Repetition.Chant"
    # a reported speaker's words are less likely a slip than the writer's
    assert f.confidence < g.confidence
    # without the comma the same words are a repeated phrase, an error
    slip = "El árbitro dijo a ver a ver antes de revisar la jugada."
    assert [f.rule for f in repeat_findings(ctx, slip, "es")] == ["Repetition.Phrase"]


def test_confidence_is_graded_by_how_often_the_shape_is_meant(raw_ctx):
    ctx = raw_ctx  # the checker's own grading, before calibration
    def confidence(text):
        [f] = [f for f in repeat_findings(ctx, text, "es") if f.rule == "Repetition.Token"]
        return f.confidence
    writer = confidence("El gobierno gobierno no cederá, dijo el ministro.")
    speaker = confidence("“El gobierno gobierno no cederá”, dijo el ministro.")
    answer = confidence("Solo quiero dormir no no hacer tarea.")
    assert writer > speaker > answer


def test_a_longer_run_is_a_page_fault_not_a_chant(ctx):
    text = "Los hinchas gritaban gol gol gol gol gol gol en la tribuna."
    found = repeat_findings(ctx, text, "es")
    assert [f.rule for f in found] == ["Repetition.Token"] * 5
    # an interjection run stays silent: laughter, not a chant
    assert repeat_findings(ctx, "Y se rio: ja ja ja ja.", "es") == []


@pytest.mark.parametrize("lang, text", [
    # the second copy governs the word after it: a demonstrative, an intensified adjective
    ("en", "He said that that decision was final."),
    ("en", "Officials knew that that was a risk."),
    ("en", "The old oil was very very old."),
    ("es", "La isla es muy muy pequeña."),
    ("es", "Estaba muy muy a gusto en su casa."),
    ("fr", "Vous vous en souvenez sans doute."),
    ("fr", "Le tableau est très très beau."),
])
def test_a_governing_double_before_its_word_is_meant(ctx, lang, text):
    assert alarms(ctx, text, lang) == []


@pytest.mark.parametrize("lang, text, span", [
    # before a preposition, a subject pronoun, punctuation or an article it governs
    # nothing: the copy replaced a word (the neighbour damage of the calibration half)
    ("en", "It expects its cash to stay at around that that through 1987.", "that that"),
    ("en", "He said that that they would come back.", "that that"),
    ("en", "The two programs are very very, but talks go on.", "very very"),
    ("es", "La casa era muy muy.", "muy muy"),
    ("es", "Según el ministro, es muy muy el mejor plan.", "muy muy"),
    ("fr", "Il a parlé de nous nous.", "nous nous"),
    ("fr", "Le tableau est très très, dit-il.", "très très"),
])
def test_a_governing_double_with_nothing_to_govern_is_a_slip(ctx, lang, text, span):
    assert [s for s, rule in alarms(ctx, text, lang) if rule == "Repetition.Token"] == [span]
