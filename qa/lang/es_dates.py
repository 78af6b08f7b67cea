"""Spanish month names cut off, or short of a letter, inside a date.

News dates a day as ``el 9 de marzo``, ``20 de enero de 2021``; a cut-off
end leaves the start of the month, which is often a word of its own
(``mar``, the sea; ``ene``, the letter) or a non-word (``dic``), and no
context model weighs it there: ``La cadena emitió el 9 de mar una
extensa entrevista``. After a day of the month (a figure from 1 to 31)
and ``de``, a lower-case word that starts exactly one month's name and is
no month itself is that month cut: the repair is the month. So is a word
one dropped letter from one month's name and no other's (``el 26 de mazo``:
``marzo``; not ``juio``, which ``junio`` and ``julio`` both leave). Left alone:
a start that two months share (``ma``, ``ju``), a start of fewer than
three letters, and an abbreviation, which a full stop follows inside a
sentence (``9 de mar. de 2020``; at a sentence's end the stop is the
sentence's: ``el próximo 20 de ene. Los votos``). None of the 398 clean
Spanish articles writes a date so (docs/context-models.md).
"""
from __future__ import annotations

from typing import Iterator

import regex

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
DATE_CONFIDENCE = 0.55
MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "setiembre", "octubre", "noviembre", "diciembre",
)
# The shortest start of a month read as its cut.
MIN_START = 3
# A day of the month, "de", and the word after it (a lower-case run of
# letters that no letter follows, nor a full stop but one that ends a
# sentence).
_DATE_PLACE = regex.compile(
    r"(?<![\p{N}\p{L}.,])(?:[1-9]|[12]\d|3[01]) de (\p{Ll}+)(?!\p{L})(?!\.(?!\s+\p{Lu}|\s*$))")


def _months_short_of_a_letter() -> dict[str, str]:
    """Each form one dropped letter leaves of exactly one month's name (of
    ``MIN_START`` letters or more, no month itself), with that month."""
    found: dict[str, set[str]] = {}
    for month in MONTHS:
        for k in range(len(month)):
            found.setdefault(month[:k] + month[k + 1:], set()).add(month)
    return {form: next(iter(months)) for form, months in found.items()
            if len(months) == 1 and len(form) >= MIN_START and form not in MONTHS}


MONTHS_SHORT_OF_A_LETTER = _months_short_of_a_letter()


def month_of(start: str) -> str | None:
    """The one month whose name ``start`` begins and is not, or that one
    dropped letter turns into ``start``, else None.

    >>> [month_of(w) for w in ("mar", "ene", "dic", "ma", "mayo", "sept", "mazo", "juio")]
    ['marzo', 'enero', 'diciembre', None, None, 'septiembre', 'marzo', None]
    """
    if len(start) < MIN_START or start in MONTHS:
        return None
    months = [m for m in MONTHS if m.startswith(start)]
    if len(months) == 1:
        return months[0]
    return MONTHS_SHORT_OF_A_LETTER.get(start) if not months else None


def cut_months(doc) -> Iterator[tuple]:
    """(token, the month, confidence) for each month name cut inside a date.

    >>> from qa.document import Document
    >>> doc = Document.from_text("La cadena emitió el 9 de mar una entrevista.", language="es")
    >>> [(tok.text, month) for tok, month, _ in cut_months(doc)]
    [('mar', 'marzo')]
    """
    text = doc.text
    if " de " not in text:
        return
    starts = None
    for place in _DATE_PLACE.finditer(text):
        month = month_of(place.group(1))
        if month is None:
            continue
        if starts is None:
            starts = {tok.start: tok for tok in doc.words}
        tok = starts.get(place.start(1))
        if tok is not None and tok.end == place.end(1):
            yield tok, month, DATE_CONFIDENCE
