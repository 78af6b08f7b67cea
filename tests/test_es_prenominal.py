"""Spanish adjectives before their noun that damage turned into a noun
(qa.lang.es_prenominal, reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("La misa tecnología que se usa para pagar con el móvil puede abrir la puerta.", "misa", "misma"),
    # a second person is no reading of a lower-case word in news copy ("dudas")
    ("Denuncian lo ocurrido y con las misas dudas: ¿Qué pasó?", "misas", "mismas"),
])
def test_a_noun_between_a_determiner_and_a_noun_that_lost_an_adjectives_letter_is_flagged(
        ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "La misma tecnología que se usa para pagar con el móvil puede abrir la puerta.",
    "La misa dominical se celebró en la catedral.",  # an adjective after the noun
    "La misa celebrada ayer reunió a miles.",  # a participle
    "Asistió a la misa de gallo en la catedral.",  # a preposition
    "Es la palabra clave del discurso.",  # two nouns make a compound
    "El coche bomba estalló de madrugada.",
])
def test_a_noun_phrase_of_its_own_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}
