"""Spanish infinitives that lost their ``r`` after a verb that takes one
(qa.lang.es_infinitive_verbs, reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_infinitive_verbs
from qa.lang.es import readings
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("Eso no le impide reconoce que ganó la elección.", "reconoce", "reconocer"),
    ("La situación impide celebra la reunión en la fecha prevista.", "celebra", "celebrar"),
    ("Con una fuerza insospechada los hace explota en un polvo moreno.", "explota", "explotar"),
    ("Hemos logrado accede a la información guardada en el teléfono.", "accede", "acceder"),
    ("Lo dijo tras presenta su libro en la capital.", "presenta", "presentar"),
    ("El equipo decidió suspende el viaje.", "suspende", "suspender"),
    ("Es la petición en la que pide termina con el proceso legal.", "termina", "terminar"),
    # a noun too, before an article that opens its object
    ("Dijo que buscará mejora las condiciones de los mexicanos.", "mejora", "mejorar"),
])
def test_a_finite_verb_after_a_verb_that_takes_an_infinitive_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Eso no le impide reconocer que ganó la elección.",
    "La falta afecta a todos los vecinos.",  # "falta" is also a noun: the subject
    "El ministro pidió hace dos semanas que el seguro cubriera el tratamiento.",  # "ago"
    "El intento fracasa una y otra vez.",
    "El acuerdo logrado permite avanzar.",  # a participle without "haber"
    "Lo que hace es volver al principio.",  # only the "r" is put back
    "Decidió habla de tres temas.",  # "habla" is also a noun
    "Lo que impide, explica el juez, es otra cosa.",  # a comma between
    "Busca la manera de salir.",
    "Hace falta una solución para todos.",  # a noun taken bare in a set phrase
    "Permite acceso a los datos.",  # no article after the noun
])
def test_sound_copy_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_a_participle_governs_after_haber(ctx):
    told = [(tok.text, form) for tok, form, _ in es_infinitive_verbs.lost_infinitives(
        Document.from_text("Han conseguido frena la caída.", language="es"), ctx.lexicons["es"], readings)]
    assert told == [("frena", "frenar")]
