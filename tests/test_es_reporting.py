"""Spanish reporting verbs a lost letter turned into another word after a
quotation (qa.lang.es_reporting, reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from qa.lang import es_reporting
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ('"No a las libertades, sí a la tolerancia", dio Anaya ante sus seguidores.', "dio", "dijo"),
    ('"Fueron encontrados en el bolso de la presidenta", segura el periodista.', "segura", "asegura"),
    ('"Se violó el principio de elecciones libres", señal a través de un comunicado.', "señal",
     "señaló"),
    ("«Es una decisión por honestidad política», firma la candidata.", "firma", "afirma"),
    # "según" attributes as a closed quotation does
    ("Habló del brasileño, según expreso en una entrevista publicada ayer.", "expreso", "expresó"),
    # the quotation's opener lost in scraping: it runs from the paragraph's start
    ('Dijo algo más.\nSí a las libertades, sí a la tolerancia", dio Anaya ante sus seguidores.', "dio",
     "dijo"),
])
def test_a_reporting_verb_that_lost_a_letter_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    '"No a las libertades, sí a la tolerancia", dijo Anaya ante sus seguidores.',
    '"Vamos a seguir trabajando en el caso", dio a conocer el alcalde.',  # a reporting phrase
    '"Todo está bajo control y en orden", señal de que nada cambió.',  # an apposition
    '"Hay un giro hacia esa dirección", con una tendencia clara.',  # a function word
    'Se hacen exámenes "en línea", firma incluida.',  # a term in quotes, not words said
    # a lost opener: one word since the paragraph's start, whatever the paragraph before holds
    'Habló de varias cosas claras.\nVisita", firma incluida.',
    'Dijo que la firma sigue en pie y que todo marcha.',
    'Según dice el informe, nada cambió.',  # a reporting verb as written
    'Según la firma, nada cambió.',  # not right after "según"
])
def test_sound_copy_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_a_form_two_verbs_leave_is_read_as_the_preterite():
    assert es_reporting.VERBS_BY_FORM["señal"] == "señaló"
    assert "dijo" not in es_reporting.VERBS_BY_FORM  # no reporting verb is a damaged form
