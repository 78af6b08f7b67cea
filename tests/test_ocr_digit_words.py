"""A 1 or a 0 read for the l or the o of one of the commonest words
(OCR.Confusion, qa.checkers.ocr_digits): ``en 1a ciudad`` is ``la``,
``todas 1as encuestas`` ``las``, ``the price 0f oil`` ``of``. An ordinal
after a determiner (``la 1a edición``, ``el 1o de mayo``) and a figure
with its unit (``1l``, ``3kg``) stay quiet."""
from __future__ import annotations

import pytest

from qa.checkers import ocr_digits
from qa.document import Document


def misread(ctx, text: str, language: str) -> dict[str, str]:
    d = Document.from_text(text, language=language)
    return {d.text[f.start:f.end]: f.fixes[0].replacement for f in ocr_digits.check(d, ctx)}


@pytest.mark.parametrize("text,language,word,fix", [
    ("Es una de las principales fuentes de empleo en 1a ciudad.", "es", "1a", "la"),
    ("En contra de lo que decían todas 1as encuestas, ganó.", "es", "1as", "las"),
    ("La guerra de 1os cajeros automáticos no ha terminado.", "es", "1os", "los"),
    ("The price 0f oil rose again.", "en", "0f", "of"),
])
def test_a_digit_for_a_letter_of_a_common_word_is_flagged(ctx, text, language, word, fix):
    assert misread(ctx, text, language) == {word: fix}


@pytest.mark.parametrize("text,language", [
    ("Es la 1a edición del festival y las 1as jornadas.", "es"),
    ("El 1o de mayo llegó la marcha.", "es"),
    ("Compró 3kg de papas y 1l de leche.", "es"),
    ("The 1st quarter was strong.", "en"),
])
def test_ordinals_and_units_are_left_alone(ctx, text, language):
    assert misread(ctx, text, language) == {}
