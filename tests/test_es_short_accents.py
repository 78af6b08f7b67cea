"""Short Spanish words whose accent the next word settles
(qa.lang.es_short_accents, reported by Garble.WordClass): ``aún`` before
``no`` or a finite verb, the reflexive ``sí`` before ``mismo``."""
from __future__ import annotations

import pytest

from qa.checkers import wordclass
from qa.document import Document


def flagged(ctx, text: str) -> dict[str, str]:
    d = Document.from_text(text, language="es")
    return {text[f.start:f.end]: f.fixes[0].replacement for f in wordclass.check(d, ctx)}


@pytest.mark.parametrize("text,word,original", [
    ("Esta reforma, que aun tiene que ser aprobada por el Consejo, avanza.", "aun", "aún"),
    ("Aun no se sabe cuándo llegará el primer embarque.", "Aun", "Aún"),
    ("Los contagios aun siguen en aumento en la región.", "aun", "aún"),
    ("Angélica Rivera es, en si misma, un conflicto de interés.", "si", "sí"),
    ("Los equipos se organizan por si mismos desde el lunes.", "si", "sí"),
])
def test_lost_accent_the_next_word_settles_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Aun así, la reforma avanza.",  # "even" before a phrase
    "Aun siendo difícil, lo hizo.",  # before a gerund
    "Lo son ahora aun más en medio de una crisis.",  # before a degree
    "Aun cuando el vínculo no funcione, seguirá.",
    "Ganó aun con todo en contra.",
    "Aun los más críticos lo aplauden.",  # before a noun phrase
    "Dijo que si el mismo juez lo pide, lo hará.",  # a conditional opens its clause
    "Lo hará por si acaso.",
])
def test_even_and_if_are_left_alone(ctx, text):
    assert flagged(ctx, text) == {}
