"""Spanish ``primer``, ``tercer``, ``buen`` before a feminine noun, where
``primera``, ``tercera``, ``buena`` lost their ``a`` (qa.lang.es_apocope,
reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("Según el noticiero, la ex primer dama comunicó su decisión.", "primer", "primera"),
    ("Es su primer participación en el Mundial.", "primer", "primera"),
    ("Fue la tercer ocasión en el año.", "tercer", "tercera"),
    ("Fue una buen decisión para el país.", "buen", "buena"),
    # a noun that is a rare verb's present too ("noticiar")
    ("Dijo que la buen noticia es la eficacia.", "buen", "buena"),
    # an adjective in a consonant after a determiner that is not masculine
    ("Se negaron a reconocer la abrumador victoria de Biden.", "abrumador", "abrumadora"),
])
def test_a_short_form_before_a_feminine_noun_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Según el noticiero, la ex primera dama comunicó su decisión.",
    "Es su primer partido en el Mundial.",  # a masculine noun
    "Un buen año para la empresa.",
    "El primer aula digital abrió ayer.",  # a stressed "a" takes the masculine form
    "Llegó primer, antes que nadie.",  # a comma between
    "Celebró la abrumadora victoria de Biden.",
    "Visitó el antiguo mercado y su trabajador esposa.",  # "trabajador" is a noun too
    "Un abrumador triunfo en la elección.",  # a masculine determiner and noun
    "Su primer cinta juntos fue un éxito.",  # "cinta" is a verb's too: "primer" a colloquial use
])
def test_sound_copy_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}
