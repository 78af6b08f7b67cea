"""Spanish ``todo`` that lost the ``s`` of its plural before a plural
determiner, and ``mucho``, ``poco`` opening a clause before ``de`` and one
(qa.lang.es_predeterminer, reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_predeterminer
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("Llegaron militantes de todo los rincones del estado.", "todo", "todos"),
    ("Ha felicitado a todo los que lograron una plaza.", "todo", "todos"),
    ("Dijo que se auditarán todo los contratos públicos.", "todo", "todos"),
    ("Visita a toda sus hijas cada verano.", "toda", "todas"),
])
def test_todo_before_a_plural_determiner_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Llegaron militantes de todos los rincones del estado.",
    "Afecta sobre todo los fines de semana.",  # "sobre todo": an adverb
    "Es, ante todo las cosas, un buen amigo.",
    "Lo vio todo, los coches y las casas.",  # a comma between
    "Todo lo que dijo era cierto.",  # "lo" is singular
])
def test_sound_copy_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_the_repair_keeps_the_capital():
    doc = Document.from_text("Todo los presentes aplaudieron.", language="es")
    assert [(tok.text, form) for tok, form, _ in es_predeterminer.singular_predeterminers(doc)] == [
        ("Todo", "Todos")]


@pytest.mark.parametrize("text,word,original", [
    ("A raíz de la pandemia de Covid-19, mucho de los habitantes ya saben que hay que cuidarse.",
     "mucho", "muchos"),
    ("Mucha de las personas llegaron tarde al acto.", "Mucha", "Muchas"),
    ("La reforma llegó tarde; poco de sus votantes la apoyaron.", "poco", "pocos"),
])
def test_a_partitive_quantifier_that_lost_its_plural_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Muchos de los habitantes ya saben que hay que cuidarse.",
    "Se ha hablado mucho de los riesgos de la vacuna.",  # an adverb after a verb
    "El ministro sabe poco de los hechos.",
    "Nos contó un poco de los dos candidatos.",  # a noun after "un"
    "Por eso, mucho de lo que dijo era cierto.",  # "lo" is singular
])
def test_sound_quantifiers_are_left_alone(ctx, text):
    assert flagged(ctx, text) == {}
