"""Spanish neuter demonstratives that lost the ``s`` of a plural determiner
(qa.lang.es_neuter, reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("Consideraron que esto tres institutos políticos deben entrar en una etapa nueva.", "esto",
     "estos"),
    ("Eso países no votaron la resolución.", "Eso", "Esos"),
    ("Lo dijo uno de aquello jugadores veteranos.", "aquello", "aquellos"),
])
def test_a_neuter_pronoun_before_a_plural_noun_or_a_count_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Consideraron que estos tres institutos políticos deben entrar en una etapa nueva.",
    "Todo esto gracias a un proyecto liderado por la universidad.",  # a locution
    "Esto último no se sabía.",  # a singular: the pronoun's own
    "Eso sí, nadie lo esperaba.",
    "Esto pasa cada año.",  # a verb after the pronoun
    "Eso personas no lo saben.",  # a feminine noun: "esas" was not cut to "eso"
])
def test_a_neuter_pronoun_standing_alone_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}
