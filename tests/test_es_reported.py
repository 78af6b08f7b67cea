"""Spanish futures that lost their accent after a verb that asserts
(qa.lang.es_reported, reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_reported
from qa.lang.es import readings
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("El Santander confirma que cobrara a los no clientes por usar sus cajeros.", "cobrara", "cobrará"),
    ("La ministra afirmó que se tomaran acciones contra el curandero.", "tomaran", "tomarán"),
    ("La candidata aseguró que buscara mejorar las condiciones del país.", "buscara", "buscará"),
    # a perfect, and an object pronoun before the verb
    ("El club ha anunciado que lo presentara el lunes.", "presentara", "presentará"),
])
def test_a_future_after_a_verb_that_asserts_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "La ministra afirmó que se tomarán acciones contra el curandero.",
    "El fiscal le dijo que buscara otro abogado para el caso.",  # decir may order
    "El presidente dijo que se investigara a fondo.",
    "El ministro no aseguró que se tomaran medidas.",  # a negation lets a subjunctive in
    "Nadie ha podido afirmar sin dudas que nunca se cerrara.",
    "Sin afirmar que se tomaran medidas, pidió calma.",
    "La directora pidió que se tomaran medidas urgentes.",  # a request
    "Estaba previsto que arrancara el 15 de abril.",  # a plan
    "El juez no ha confirmado que se celebrara el juicio.",  # negated before the perfect
])
def test_sound_copy_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_the_future_keeps_the_number_and_only_the_verb_is_told(ctx):
    doc = Document.from_text("Aseguraron que se cerraran las escuelas y que abrira el hospital.",
                             language="es")
    told = [(tok.text, form) for tok, form, _ in
            es_reported.reported_futures(doc, ctx.lexicons["es"], readings)]
    assert told == [("cerraran", "cerrarán")]
