"""Spanish fixed expressions with one word damaged into another word
(qa.lang.es_locutions, reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_locutions
from qa.lang.es import readings


def flagged(ctx, text: str) -> dict[str, str]:
    """What the fact says (Garble.WordClass leaves a word to Garble.RealWord
    when frequencies alone already warn about it with the same fix)."""
    doc = Document.from_text(text, language="es")
    return {tok.text: cand for tok, cand, _ in es_locutions.broken_locutions(doc, ctx.lexicons["es"], readings)}


@pytest.mark.parametrize("text,word,original", [
    ("El equipo ganó a pesa de las lesiones de su portero.", "pesa", "pesar"),
    ("La reforma se aprobó de cuerdo con lo pactado en mayo.", "cuerdo", "acuerdo"),
    ("El ministro habló en ruda de prensa tras la reunión.", "ruda", "rueda"),
    ("Para muchos vecinos no vale la pea esperar otro año.", "pea", "pena"),
    ("La alcaldía dio a cono los resultados del censo.", "cono", "conocer"),
    ("La fiesta tuvo luga en la plaza mayor.", "luga", "lugar"),
    ("El río corre a lo larg de la frontera norte.", "larg", "largo"),
    ("Decidieron que se lleve a cao una revisión de las actas.", "cao", "cabo"),
    ("En Honduras se legisla a espalda de la realidad que viven las mujeres.", "espalda", "espaldas"),
    # a word of its own that never stands before the expression's other word
    ("Se reunió con Rajoy días ante de un crucial referéndum.", "ante", "antes"),
    ("Así lo indican desde el Consistorio en nota de pre.", "pre", "prensa"),
    ("La vocera Sarah Sanders dio que no tenía nada que agregar.", "dio", "dijo"),
    ("Condenó el incidente y firmó que se tomarán acciones severas.", "firmó", "afirmó"),
])
def test_a_damaged_fixed_expression_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "El museo de cera de la ciudad abrió de nuevo.",  # "cerca de": a word of its own
    "La media fue de cuatro días por visitante.",  # "fuera de"
    "Los manifestantes exigieron respeto a sus derechos.",  # "respecto a"
    "A pesar de la lluvia, el desfile siguió.",  # the expression as written
    "La fruta pesa de media doscientos gramos.",  # the other words are not there
    "Compró unos zapatos de ante de color marrón.",  # the noun's own phrase
    "Ante la crisis, el gobierno actuó.",
    "El partido dio que hablar durante semanas.",  # the idiom, with its infinitive
    "El presidente firmó el decreto que se publicó ayer.",
    "Es la firma que representa al club.",  # the noun
    "La alcaldía dio a conocer los resultados del censo.",
    "Le dolía la espalda desde la caída.",
    "Le lleve a Cao una carta a su casa.",  # a name, not the expression
])
def test_sound_copy_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_a_gender_the_expression_cannot_tell_is_still_flagged(ctx):
    """``en sí mis``: ``mismo`` or ``misma``, as the subject's gender goes;
    the expression is flagged with the first of the list."""
    assert flagged(ctx, "La historia es, en sí mis, un conflicto de interés.") == {"mis": "mismo"}


def test_reported_by_word_class(ctx):
    from qa.checkers import wordclass
    text = "El equipo ganó a pesa de las lesiones de su portero."
    found = list(wordclass.check(Document.from_text(text, language="es"), ctx))
    assert [(text[f.start:f.end], f.fixes[0].replacement, f.severity) for f in found] == [
        ("pesa", "pesar", "warning")]


def test_damaged_forms():
    forms = es_locutions.damaged_forms("pena")
    assert {"pea", "pen", "pe", "ena"} <= forms and "pena" not in forms
    assert "traves" in es_locutions.damaged_forms("través")
