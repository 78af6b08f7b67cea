"""Spanish nouns that lost the ``s`` of their plural after a count in figures.

A count above one takes a plural noun (``75.000 personas``, ``1.500
camas``, ``8 mil sufragios``); a dropped letter or a cut-off end that takes
the noun's last ``s`` leaves the singular, a real word: ``fallecieron casi
75.000 persona``, ``capacidad para 1.500 cama``, ``102 mil 887 persona``.
``qa.lang.es_number`` reads a count written as a word (``ocho empresa``);
here the count is a figure, or a figure and ``mil``, or a noun of
quantity and its ``de`` (``miles de persona``, ``decenas de herido``:
``QUANTITY_NOUNS``; ``un par de semana``), which counts as a figure
does. After ``millones`` and ``billones`` only a currency is read (``150 millones de euro``): they
count money, and news writes the money's use in the singular (``3 mil
millones de recorte``, ``de inversión``).

The tagging dictionary (``qa.lang.es_tags``) settles the noun: a
lower-case word read as a singular noun, and otherwise at most as an
adjective, a participle or a finite verb (``persona``), whose plural of
the same gender news writes. Left alone, each a figure that counts
nothing: a year (``en 2020 empresa``, four figures from 1900 to 2099), a
figure after a singular determiner, a noun or a capital, which names or
orders (``el 50 aniversario``, ``calle 5 norte``, ``Apertura 7``; a
preposition that the dictionary also reads as a noun counts: ``a 45
vehículos``), one and
fractions under two (``1,5 punto``), and anything but a single space
between.
"""
from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter
from typing import Iterator

import regex

from ..text.pairs import one_space
from .es_number import OBJECT_PREPOSITIONS, written_plural
from .es_tags import SECOND_PERSON

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
COUNT_CONFIDENCE = 0.55
# Figures in this range, four digits without a separator, are read as years.
YEARS = range(1900, 2100)
# Words between a figure and its noun that keep the count a count.
THOUSANDS = frozenset({"mil"})
# Words before a figure that make it a name or an order, not a count:
# singular determiners and prepositions fused with one.
_SINGULAR_DETERMINERS = frozenset("el la un una del al su este esta ese esa nuestro nuestra".split())
# Classes a counted noun may also be read as (adjective, participle, a
# singular finite verb); any other reading (a determiner, a pronoun, an
# adverb, a plural verb: "23 mil 433 son") may stand after a figure.
_ALSO = frozenset("AP")
# Nouns that multiply the figure before them, in the singular after a
# scraped or rounded figure ("1 billón", "1,5 millón"): part of the count.
MULTIPLIERS = frozenset("millón billón trillón".split())
_START = attrgetter("start")
# A figure's last digit, a space, and a lower-case word or "mil": where a
# count may stand before its noun. Most documents hold few, so the text is
# searched for them and only the tokens found are visited.
_FIGURE_BEFORE_WORD = regex.compile(r"\d (?:mil )?\p{Ll}")
# Plural nouns of quantity that take "de" and a plural noun: "miles de
# personas", "decenas de heridos". Their "de" is searched for, as the
# figures are.
QUANTITY_NOUNS = frozenset("miles cientos centenares decenas docenas millares".split())
# "un par de" counts two or a few ("un par de semanas"); "a la par de" is a
# locution, so the pair is read with its article.
A_PAIR = "un par"
# Money's multipliers: only a currency after their "de" is read.
MONEY_MULTIPLIERS = frozenset(("millones", "billones"))
CURRENCIES = frozenset("""
    euro dólar peso libra yen yuan franco real sol bolívar colón quetzal lempira córdoba
    guaraní rublo rupia lira dírham
    """.split())
# The pattern opens with its literal "de ", the noun of quantity read behind
# it: the engine scans for the literal (a case-blind alternation first cost
# three times as much).
_QUANTITY_OF = regex.compile(r"de (?=\p{Ll})(?<=\b(?i:(?P<quantity>%s)) de )"
                             % "|".join(sorted(QUANTITY_NOUNS | MONEY_MULTIPLIERS | {A_PAIR})))


def singular_after_counts(doc, lex, readings) -> Iterator[tuple]:
    """(token, its plural, confidence) for each singular noun right after
    a count in figures. ``readings`` is the profile's word -> readings
    look-up.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Ya fallecieron casi 75.000 persona en total.", language="es")
    >>> [(tok.text, form) for tok, form, _ in singular_after_counts(doc, Lexicon("es"), readings)]
    [('persona', 'personas')]
    """
    toks, text = doc.tokens, doc.text
    n = len(toks)
    verdicts = lex.memo("es.count.plural")
    for place in _FIGURE_BEFORE_WORD.finditer(text):
        i = bisect_right(toks, place.start(), key=_START) - 1
        if i < 0 or i + 1 >= n or toks[i].kind != "number" or not _counts(toks, i, text, readings, lex):
            continue
        k = i + 1
        if toks[k].text in THOUSANDS and k + 1 < n and one_space(text, toks[i], toks[k]):
            k += 1
        tok = toks[k]
        if tok.kind != "word" or not one_space(text, toks[k - 1], tok):
            continue
        plural = _kept_plural(verdicts, tok.text, lex, readings)
        if plural is not None:
            yield tok, plural, COUNT_CONFIDENCE
    # "150 millones de euro", "miles de persona": the noun after the "de"
    for place in _QUANTITY_OF.finditer(text):
        k = bisect_right(toks, place.end(), key=_START) - 1
        tok = toks[k] if k >= 0 else None
        if tok is None or tok.start != place.end() or tok.kind != "word":
            continue
        if place.group("quantity").lower() in MONEY_MULTIPLIERS and tok.text not in CURRENCIES:
            continue  # "millones de recorte": the money's use
        plural = _kept_plural(verdicts, tok.text, lex, readings)
        if plural is not None:
            yield tok, plural, COUNT_CONFIDENCE


def _kept_plural(verdicts: dict, word: str, lex, readings) -> str | None:
    """``_counted_plural`` of ``word``, worked out once per run (``verdicts``)."""
    plural = verdicts.get(word, False)
    if plural is False:
        plural = verdicts[word] = _counted_plural(word, lex, readings)
    return plural


def _counts(toks, i: int, text: str, readings, lex) -> bool:
    """Is the figure at ``i`` a count above one (not a year, not a name's
    or an order's number)?"""
    figure = toks[i].text
    value = _value(figure)
    if value is None or value < 2 or (figure.isdigit() and len(figure) == 4 and value in YEARS):
        return False
    if i == 0:
        return True
    if not text[toks[i - 1].end:toks[i].start]:
        return False  # a name's figure: "CoV-2", "G20"
    if not one_space(text, toks[i - 1], toks[i]):
        return True
    before = toks[i - 1]
    if before.kind == "number" or before.text in THOUSANDS:
        return True  # "102 mil 887 personas"
    if before.kind != "word" or not before.text.islower():
        return before.kind != "word"  # a capital names: "Apertura 7"
    if before.text in _SINGULAR_DETERMINERS:
        return False  # "el 50 aniversario"
    if before.text in OBJECT_PREPOSITIONS:
        return True  # "a 45 vehículos": "a" is a noun too (the letter)
    tags = readings(before.text, lex)
    # "calle 5 norte"; a word the dictionary does not know may name ("kra 95 calle")
    return bool(tags) and not any(r[0] == "N" and r[2] == "s" for r in tags)


def _value(figure: str) -> float | None:
    """A figure's value: ``.`` groups thousands, ``,`` marks decimals."""
    plain = figure.replace(".", "").replace(",", ".")
    try:
        return float(plain)
    except ValueError:
        return None


def _counted_plural(word: str, lex, readings) -> str | None:
    """The plural of ``word`` when it can be a singular noun and otherwise
    only an adjective, a participle or a finite verb, and news writes a
    plural noun of the same gender."""
    if not (word.islower() and word.isalpha()) or word[-1] in "sx" or word in MULTIPLIERS:
        return None
    tags = readings(word, lex) - SECOND_PERSON
    nouns = {r[1] for r in tags if r[0] == "N" and r[2] == "s"}
    if not nouns or not all(r[0] in "NV" and r[2] == "s" or r[0] in _ALSO for r in tags):
        return None
    return written_plural(word, nouns, lex, readings)
