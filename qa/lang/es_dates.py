"""Spanish month names cut off, or short of a letter, inside a date; the day
of the week and the date's ``pasado`` or ``próximo`` cut off.

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

News names the day of the week after ``este``, ``el``, ``próximo`` or
``pasado`` (``este jueves``, ``el pasado lunes``) and dates a day as ``el
pasado 20 de octubre``, ``del próximo 5 de junio``. A cut there leaves a
fragment (``este jue``, ``el pas 20 de octubre``) that the span check flags
already, and without a word model its repairs are ranked on frequency
(``juego``, ``juez`` before ``jueves``; ``país`` before ``pasado``). After
one of those openers, a lower-case word of three letters or more that the
dictionary knows no reading of and that starts exactly one weekday's name
(accents aside: ``mie``, ``sab``) is that day cut; between an article and
a day of the month with its ``de`` and month, a start of exactly one of
``pasado`` and ``próximo`` (``pas``, ``prox``) is that word cut, whatever
the dictionary reads it as, and so is one after a day of the week before a
comma or a stop (``El martes pasa, el consejo``; before a word it may be
the verb: ``el lunes pasa a ser festivo``). Both name their repair, which the span's
ranking puts first. Left alone: a word (``el mar``: the sea, or ``martes``
cut), a start two days share (``mi`` is no start of three), an
abbreviation (``el jue. 12``).
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


WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
# Words before a day of the week in news ("este jueves", "el pasado lunes").
WEEKDAY_OPENERS = ("este", "el", "del", "al", "próximo", "pasado")
# What stands between an article and a day of the month ("el pasado 20 de
# octubre").
DATE_ADVERBS = ("pasado", "próximo")
_MONTH_NAMES = "|".join(MONTHS)
_WEEKDAY_PLACE = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:" + "|".join(WEEKDAY_OPENERS) + r") (\p{Ll}{3,})(?!\p{L})(?!\.(?!\s+\p{Lu}|\s*$))")
# A day of the week after its article, and the word after it before a mark
# that ends the phrase ("El martes pasa, el consejo"): the day's "pasado" or
# "próximo" cut; before a word it may be the verb ("el martes pasa a ser").
_DAY_ADVERB_PLACE = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:el|del|al|este) (?:" + "|".join(WEEKDAYS) + r") (\p{Ll}{3,})(?=[,.;:])")
_ADVERB_PLACE = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:el|del|al) (\p{Ll}{3,}) (?:[1-9]|[12]\d|3[01]) de (?:" + _MONTH_NAMES + r")(?!\p{L})")


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
    if " de " not in doc.text:
        return
    yield from _named_cuts(doc, _DATE_PLACE, month_of)


def cut_of_one(start: str, words: tuple[str, ...]) -> str | None:
    """The one of ``words`` that ``start`` (accents aside) begins and is
    not, else None.

    >>> [cut_of_one(w, WEEKDAYS) for w in ("jue", "mie", "sab", "mi", "jueves", "mar")]
    ['jueves', 'miércoles', 'sábado', None, None, 'martes']
    """
    from ..text.damage import strip_accents  # qa.text reads the profiles: asked here

    plain = strip_accents(start)
    if len(plain) < MIN_START:
        return None
    found = [w for w in words if (whole := strip_accents(w)).startswith(plain) and whole != plain]
    return found[0] if len(found) == 1 else None


def cut_weekdays(doc, lex, readings) -> Iterator[tuple]:
    """(token, the day, confidence) for each day of the week cut after
    ``este``, ``el``, ``próximo``...: a fragment the dictionary knows no
    reading of.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Se votó este jue en la capital; el mar estaba en calma.", language="es")
    >>> [(tok.text, day) for tok, day, _ in cut_weekdays(doc, Lexicon("es"), readings)]
    [('jue', 'jueves')]
    """
    def day_of(word: str) -> str | None:
        # most words after "el" start no weekday: that test first, the dictionary after
        day = cut_of_one(word, WEEKDAYS)
        return day if day is not None and not readings(word, lex) else None

    yield from _named_cuts(doc, _WEEKDAY_PLACE, day_of)


def cut_date_adverbs(doc) -> Iterator[tuple]:
    """(token, ``pasado`` or ``próximo``, confidence) for each cut between an
    article and a day of the month: ``el pas 20 de octubre``."""
    if " de " not in doc.text:
        return
    yield from _named_cuts(doc, _ADVERB_PLACE, _date_adverb_of)


def cut_weekday_adverbs(doc) -> Iterator[tuple]:
    """(token, ``pasado`` or ``próximo``, confidence) for each cut after a
    day of the week that ends its phrase: ``El martes pas, el consejo``,
    ``el lunes pasa.``.

    >>> from qa.document import Document
    >>> doc = Document.from_text("El martes pasa, el consejo se reunió. El lunes pasa a ser festivo.",
    ...                          language="es")
    >>> [(tok.text, word) for tok, word, _ in cut_weekday_adverbs(doc)]
    [('pasa', 'pasado')]
    """
    yield from _named_cuts(doc, _DAY_ADVERB_PLACE, _date_adverb_of)


def _date_adverb_of(start: str) -> str | None:
    """The one of ``pasado`` and ``próximo`` that ``start`` begins, else None."""
    return cut_of_one(start, DATE_ADVERBS)


def _named_cuts(doc, place_pattern, name_of) -> Iterator[tuple]:
    """(token, what ``name_of`` names it, confidence) for the word each
    match of ``place_pattern`` holds in its group 1, where it names one."""
    starts = None
    for place in place_pattern.finditer(doc.text):
        named = name_of(place.group(1))
        if named is None:
            continue
        if starts is None:
            starts = {tok.start: tok for tok in doc.words}
        tok = starts.get(place.start(1))
        if tok is not None and tok.end == place.end(1):
            yield tok, named, DATE_CONFIDENCE
