"""A short word misread by OCR (qa.checkers.ocr_short, reported as
OCR.Confusion): ``10 cle septiembre`` is ``de``, ``el mundo hari muerto``
``han``. Units after a figure, abbreviations before one, parts of a
hyphenated compound and common words of the language the text borrows
from stay quiet."""
from __future__ import annotations

import pytest

from qa.checkers import ocr_short
from qa.document import Document


def misread(ctx, text: str, language: str = "es") -> dict[str, str]:
    d = Document.from_text(text, language=language)
    return {d.text[f.start:f.end]: f.fixes[0].replacement for f in ocr_short.check(d, ctx)}


@pytest.mark.parametrize("text,word,fix", [
    ("La masacre ocurrida el 9 y 10 cle septiembre conmocionó al país.", "cle", "de"),
    ("Más de dos millones de personas alrededor del mundo hari muerto.", "hari", "han"),
    ("El recorrido que tc lleva por la Luna es virtual.", "tc", "te"),
])
def test_a_short_word_misread_by_ocr_is_flagged(ctx, text, word, fix):
    assert misread(ctx, text) == {word: fix}


@pytest.mark.parametrize("text", [
    "La masacre ocurrida el 9 y 10 de septiembre conmocionó al país.",
    "Compró 500 ml de leche y 3 cm de tela.",  # units after a figure
    "La oficina está en la cra 56 con calle 3.",  # an abbreviation before a figure
    "Presumió que sabía kung-fu desde niño.",  # a compound's part
    "Compraron una casa en la bay de la ciudad.",  # an English word
])
def test_sound_short_tokens_are_left_alone(ctx, text):
    assert misread(ctx, text) == {}


def test_only_the_commonest_words_are_readings(ctx):
    es, en = ctx.lexicons["es"], ctx.lexicons["en"]
    assert ocr_short._reading("cle", es, en, frozenset()) == "de"
    assert ocr_short._reading("casa", es, en, frozenset()) == ""  # a common word itself
    assert ocr_short._reading("cle", es, en, frozenset({"cle"})) == ""  # accepted by the user
