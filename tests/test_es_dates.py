"""Spanish month names cut off inside a date (qa.lang.es_dates, reported by
Garble.WordClass): ``el 9 de mar`` is ``marzo``; a day of the week and a
date's ``pasado`` or ``próximo`` cut off: ``este jue``, ``el pas 20 de
octubre``."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_dates
from qa.lang.es import readings
from qa.lexicon import Lexicon
from qa.pipeline import check_document
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("La cadena NBC emitió el 9 de mar una extensa entrevista.", "mar", "marzo"),
    ("Biden asumirá como presidente el próximo 20 de ene. Los votos llegaron.", "ene", "enero"),
    ("El 5 de dic de 2020 llegó la primera vacuna.", "dic", "diciembre"),
    ("La reunión será el 30 de nov en la capital.", "nov", "noviembre"),
    # a month one dropped letter short
    ("El plazo vence el 26 de mazo y en abril habrá elecciones.", "mazo", "marzo"),
])
def test_a_month_cut_inside_a_date_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "La cadena NBC emitió el 9 de marzo una extensa entrevista.",
    "Fue el 7 de mayo en la capital.",  # a month
    "El 9 de mar. de 2020 hubo sol.",  # an abbreviation inside a sentence
    "Nos vemos el 2 de junio y el 3 de julio.",
    "Lo golpeó 3 veces con un mazo de madera.",  # no day and "de" before it
])
def test_sound_copy_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_only_a_start_of_one_month_is_read():
    assert es_dates.month_of("sep") == "septiembre"
    assert es_dates.month_of("set") == "setiembre"
    assert es_dates.month_of("ju") is None
    assert es_dates.month_of("mayo") is None
    assert es_dates.month_of("mart") is None
    assert es_dates.month_of("mazo") == "marzo"  # one letter short of one month
    assert es_dates.month_of("juio") is None  # of two: "junio" and "julio"


def test_a_figure_that_is_no_day_is_left_alone():
    doc = Document.from_text("Pagó 45 de mar y 2.31 de ene en total.", language="es")
    assert [tok.text for tok, _, _ in es_dates.cut_months(doc)] == []


def _first_repair(ctx, text, word):
    report = check_document(Document.from_text(text, language="es"), ctx)
    fixes = [f.fixes[0].replacement for f in report.findings
             if text[f.start:f.end].split().count(word) and f.fixes]
    assert fixes, report.findings
    return fixes[0]


@pytest.mark.parametrize("text,word,original", [
    ("Con normalidad se desarrolló este jue la votación de las personas presas.", "jue", "jueves"),
    ("El líder dijo que en los comicios del pas 15 de junio hubo un fraude.", "pas", "pasado"),
])
def test_a_day_or_a_date_s_adverb_cut_off_is_repaired_first(ctx, text, word, original):
    assert _first_repair(ctx, text, word) == original


@pytest.mark.parametrize("text", [
    "Con normalidad se desarrolló este jueves la votación de las personas presas.",
    "Caminamos por el mar durante el domingo.",  # a word, not "martes" cut
    "Se reunirán el jue. 12 de septiembre en la capital.",  # an abbreviation
    "El pasado 20 de octubre la Semarnat publicó el acuerdo.",
    "Llegó el día 20 de octubre con su familia.",  # no start of pasado or próximo
])
def test_days_and_dates_as_written_name_nothing(text):
    doc = Document.from_text(text, language="es")
    assert list(es_dates.cut_weekdays(doc, Lexicon("es"), readings)) == []
    assert list(es_dates.cut_date_adverbs(doc)) == []


@pytest.mark.parametrize("text,word,original", [
    ("El martes pasa, el consejo político mantuvo un encuentro.", "pasa", "pasado"),
    ("Se firmó el acuerdo el lunes pas. Los votos llegaron.", "pas", "pasado"),
    ("Se votará este jueves próx, dijo el ministro.", "próx", "próximo"),
])
def test_a_day_s_adverb_cut_before_a_mark_is_named(text, word, original):
    doc = Document.from_text(text, language="es")
    assert [(tok.text, named) for tok, named, _ in es_dates.cut_weekday_adverbs(doc)] == [(word, original)]


@pytest.mark.parametrize("text", [
    "El lunes pasa a ser festivo en la capital.",  # before a word: the verb
    "El martes pasado, el consejo político mantuvo un encuentro.",
    "El martes pasó, y nadie dijo nada.",  # no start of pasado or próximo
    "La semana pasa, dijo.",  # no day of the week
])
def test_a_day_followed_by_a_verb_or_its_adverb_names_nothing(text):
    doc = Document.from_text(text, language="es")
    assert list(es_dates.cut_weekday_adverbs(doc)) == []
