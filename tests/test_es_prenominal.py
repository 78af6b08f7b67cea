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


@pytest.mark.parametrize("text,word,original", [
    # a singular adjective that opens its phrase before a plural noun
    ("Fue denunciado por supuesta irregularidades electorales.", "supuesta", "supuestas"),
    ("Hay nueva medidas de seguridad.", "nueva", "nuevas"),  # "Hay" is a verb, no name
    # a plural adjective before a singular noun: the noun lost its plural
    ("Trabaja con diversas organización civiles.", "organización", "organizaciones"),
    # after a preposition a plural adjective that is a noun too still opens the phrase
    ("Reduce la eficacia de futuros tratamiento, dijo el médico.", "tratamiento", "tratamientos"),
])
def test_an_adjective_and_its_noun_of_different_numbers_are_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Fue denunciado por supuestas irregularidades electorales.",
    "Ha recopilado datos sobre la Luna.",  # a compound tense before its object
    "Predice los peligros del clima espacial días antes.",  # a noun of time
    "Lo descubrió un yacimiento arqueológico gracias a Google Earth.",  # "gracias a"
    "Vendía playeras deportivas color verde.",  # a noun before: an apposition follows
    "Contrató a un grupo de consultores encabezado por él.",  # a participle after a plural noun
    "Es la vacuna contra el nuevo coronavirus.",  # a noun of both numbers
    "Dio a los jóvenes consejo y apoyo.",  # after a determiner: a plural noun, then the object
])
def test_an_adjective_and_a_noun_outside_one_phrase_are_left_alone(ctx, text):
    assert flagged(ctx, text) == {}
