"""Spanish relatives that lost the end of their plural (qa.lang.es_relatives,
reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_relatives
from qa.lang.es import readings
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("Aseguró que quien trabajan en el servicio público están conscientes.", "quien", "quienes"),
    ("Se investigó a los habitantes de tres cabañas, quien arrendaron los espacios.", "quien", "quienes"),
    ("Dijo que quien no se presentaron serán sancionados.", "quien", "quienes"),
    ("La recesión que se inició en 2008, cuyo coletazos aún subsisten, tuvo un impacto.", "cuyo", "cuyos"),
    ("Es una empresa cuya ventas crecieron.", "cuya", "cuyas"),
])
def test_a_relative_before_a_plural_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Aseguró que quienes trabajan en el servicio público están conscientes.",
    "Es la persona con quien trabajan todos los días.",  # after a preposition: an object
    "Es el hombre a quien llaman el Chapo.",
    "Quien trabaja aquí lo sabe.",  # a singular verb
    "Una empresa cuyos coletazos aún duran.",
    "Una mujer cuya hija vive aquí.",  # a singular noun
    "Un país cuyo crisis dura años.",  # a noun of both numbers
    "Dijo que quien, según ellos, trabajan aquí.",  # not a single space
])
def test_sound_copy_is_left_alone(ctx, text):
    assert "quien" not in flagged(ctx, text) and "cuyo" not in flagged(ctx, text)
    assert "cuya" not in flagged(ctx, text)


def test_the_repair_keeps_the_capital(ctx):
    doc = Document.from_text("Quien trabajan aquí lo saben.", language="es")
    assert [(tok.text, form) for tok, form, _ in es_relatives.plural_relatives(
        doc, ctx.lexicons["es"], readings)] == [("Quien", "Quienes")]

