"""Spanish month names cut off inside a date (qa.lang.es_dates, reported by
Garble.WordClass): ``el 9 de mar`` is ``marzo``."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_dates
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
