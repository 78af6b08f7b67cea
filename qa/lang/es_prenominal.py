"""Spanish adjectives before their noun that damage turned into a noun or
into another number.

``misma`` stands between a determiner and its noun (``la misma
tecnología``); a dropped letter leaves ``misa``, a noun, and ``la misa
tecnología`` reads as two nouns in a row. The tagging dictionary
(``qa.lang.es_tags``) settles it: after a determiner, a word that can only
be a noun before a word that can only be a noun, where an adjective news
writes before its noun (``PRENOMINALS``: ``mismo``, ``otro``, ``nuevo``,
``último`` ...) one damage step longer (a dropped letter or a cut-off end
put back) agrees with the determiner and is far commoner, lost letters of
that adjective: ``la misa tecnología`` -> ``misma``, ``con las misas
dudas`` -> ``mismas``.

Left alone: a noun before an adjective or a participle (``la misa
dominical``, ``la misa celebrada``), before ``de`` or punctuation (``la misa
de gallo``), and two nouns of a compound (``la palabra clave``, ``el coche
bomba``): only what damage leaves of the listed adjectives is asked, and
the adjective must be ten times commoner than the word as written.

An adjective that opens its phrase agrees in number with the noun right
after it; where one is singular and the other plural, the singular lost
the ``s`` of its plural (``por supuesta irregularidades``, ``con diversas
organización``: ``number_before_noun``).
"""
from __future__ import annotations

from itertools import compress
from operator import ne
from typing import Iterator

from ..text.pairs import one_space
from .es_locutions import letter_damaged_forms
from .es_number import OBJECT_PREPOSITIONS, TIME_NOUNS, genders_agree, written_plural
from .es_tags import SECOND_PERSON

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
PRENOMINAL_CONFIDENCE = 0.55
# Determiners and the gender and number they ask of the adjective after them.
DETERMINERS = {
    "el": "ms", "la": "fs", "los": "mp", "las": "fp", "un": "ms", "una": "fs", "unos": "mp", "unas": "fp",
    "este": "ms", "esta": "fs", "estos": "mp", "estas": "fp", "ese": "ms", "esa": "fs", "esos": "mp",
    "esas": "fp",
}
# The adjective must be this much commoner (zipf) than the noun as written.
COMMONER_BY = 1.0
# What damage leaves of an adjective has at least this many letters, and a
# cut-off end takes at most this many (as qa.text.probes.TRUNCATED, which a
# language home cannot import at its own import: qa.text reads the profiles).
MIN_LENGTH = 3
MOST_CUT = 3
# Adjectives news writes before their noun, in all their forms. Only these
# are asked for: a noun's one-letter-longer words and completions at every
# determiner cost a Spanish article 0.8 ms the first time they are worked
# out, and the open list found nothing more on the read seeds.
PRENOMINALS = frozenset("""
    mismo misma mismos mismas otro otra otros otras nuevo nueva nuevos nuevas primer primera
    primeros primeras último última últimos últimas próximo próxima próximos próximas propio propia
    propios propias único única únicos únicas mejor mejores peor peores mayor mayores menor menores
    gran grandes segundo segunda segundos segundas tercer tercera pequeño pequeña pequeños
    pequeñas principal principales verdadero verdadera verdaderos verdaderas supuesto supuesta
    supuestos supuestas presunto presunta presuntos presuntas anterior anteriores antiguo antigua
    antiguos antiguas
    """.split())


def prenominal_adjectives(doc, lex, readings) -> Iterator[tuple]:
    """(token, the adjective, confidence) for each noun between a
    determiner and a noun that is a damaged prenominal adjective.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Usa la misa tecnología que los pagos.", language="es")
    >>> [(tok.text, form) for tok, form, _ in prenominal_adjectives(doc, Lexicon("es"), readings)]
    [('misa', 'misma')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    n = len(texts)
    for k in compress(range(n - 2), map(DETERMINERS.__contains__, map(str.lower, texts[:n - 2]))):
        word, after = texts[k + 1], texts[k + 2]
        adjectives = _DAMAGED.get(word)
        if adjectives is None or not (after.isalpha() and after.islower()):
            continue
        if not (one_space(text, words[k], words[k + 1]) and one_space(text, words[k + 1], words[k + 2])):
            continue
        # a second person is no reading of a lower-case word in news copy ("dudas")
        tags, next_tags = readings(word, lex) - SECOND_PERSON, readings(after, lex) - SECOND_PERSON
        if not tags or not next_tags or not all(r[0] == "N" for r in tags) or not all(
                r[0] == "N" for r in next_tags):
            continue
        gender, number = DETERMINERS[texts[k].lower()]
        floor = lex.zipf(word) + COMMONER_BY
        for cand in adjectives:
            if lex.zipf(cand) >= floor and any(
                    r[0] == "A" and r[1] in (gender, "c") and r[2] == number for r in readings(cand, lex)):
                yield words[k + 1], cand, PRENOMINAL_CONFIDENCE
                break


def number_before_noun(doc, lex, readings) -> Iterator[tuple]:
    """(token, its plural, confidence) for each adjective that opens a noun
    phrase and differs in number from the noun right after it: the word of
    the two left singular lost the ``s`` of its plural (``por supuesta
    irregularidades``: ``supuestas``; ``con diversas organización``:
    ``organizaciones``). The adjective opens the phrase: no noun stands
    right before it (``playeras deportivas color verde``: ``color`` opens
    an apposition). The singular adjective is no masculine participle, which
    a compound tense puts before a plural object (``ha recopilado datos``);
    the plural noun is no noun of time (``del clima espacial días antes``)
    and not ``gracias`` (``gracias a``); the two agree in gender.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Fue denunciado por supuesta irregularidades.", language="es")
    >>> [(tok.text, form) for tok, form, _ in number_before_noun(doc, Lexicon("es"), readings)]
    [('supuesta', 'supuestas')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    # only a pair of one plural and one singular by its letters is visited
    plural = [t[-1:] == "s" for t in texts]
    for i in compress(range(1, len(texts)), map(ne, plural, plural[1:])):
        adjective, noun = texts[i - 1], texts[i]
        singular_noun = not plural[i]
        if len(adjective) < MIN_LENGTH or not (adjective.islower() and noun.islower()) \
                or not one_space(text, words[i - 1], words[i]):
            continue
        before = texts[i - 2].lower() if i >= 2 else ""
        found = _number_clash(adjective, noun, singular_noun, lex, readings,
                              plural_noun_too=before in OPENING_PREPOSITIONS)
        if found is None or (i >= 2 and _noun_before(texts[i - 2], lex, readings)):
            continue
        yield words[i if singular_noun else i - 1], found, PRENOMINAL_CONFIDENCE


# Prepositions that open a noun phrase of their own, with no determiner
# (``de futuros tratamiento``): those that never take a clause, but "a",
# which marks a verb's person as well.
OPENING_PREPOSITIONS = OBJECT_PREPOSITIONS - {"a"}
# Plural nouns that open no phrase a prenominal adjective belongs to.
_NOT_HEADS = TIME_NOUNS | {"gracias"}


def _number_clash(adjective: str, noun: str, singular_noun: bool, lex, readings,
                  plural_noun_too: bool = False) -> str | None:
    """The plural of the singular one of ``adjective`` and ``noun`` when the
    first can only be an adjective (or a participle) and the second only a
    noun, of different numbers and a gender in common. ``plural_noun_too``:
    a preposition opens the pair, so a plural adjective may be a noun as
    well (``de futuros tratamiento``)."""
    tags = readings(adjective, lex) - SECOND_PERSON
    number = "p" if singular_noun else "s"
    # A plural that may be a noun heads the phrase, and a singular participle
    # after it modifies it (``consultores encabezado por``): only where the
    # noun is the plural, or a preposition opens the plural (no verb's
    # object then: ``dio a los jóvenes trabajo``), may the adjective be a
    # noun too (``nueva``, ``futuros``) and the noun a participle
    # (``medidas``).
    adjective_classes, noun_classes = (
        ("APN" if plural_noun_too else "AP", "N") if singular_noun else ("APN", "NP"))
    if not any(r[0] in "AP" for r in tags) or "Pms-" in tags or not all(
            r[0] in adjective_classes and r[2] == number for r in tags):
        return None
    noun_tags = readings(noun, lex) - SECOND_PERSON
    noun_number = "s" if singular_noun else "p"  # never "n": "el nuevo coronavirus"
    if not any(r[0] == "N" for r in noun_tags) or not all(
            r[0] in noun_classes and r[2] == noun_number for r in noun_tags) \
            or (not singular_noun and noun in _NOT_HEADS):
        return None
    genders = {r[1] for r in tags}
    if not any(genders_agree(genders, r[1]) for r in noun_tags):
        return None
    if singular_noun:
        return written_plural(noun, {r[1] for r in noun_tags}, lex, readings, "NP")
    return written_plural(adjective, genders, lex, readings, "AP")


def _noun_before(word: str, lex, readings) -> bool:
    """Could ``word``, right before the adjective, be a noun, or a name (a
    capitalised word the dictionary does not list in lower case)? ``Hay``
    opening a sentence is a verb."""
    tags = readings(word.lower(), lex)
    return (not word.islower() and not tags) or any(r[0] == "N" for r in tags)


def _by_damaged_form() -> dict[str, tuple[str, ...]]:
    """Each form a dropped letter or a cut-off end (one to ``MOST_CUT``
    letters, ``MIN_LENGTH`` left at least) leaves of a prenominal adjective,
    with the adjectives it may be what is left of."""
    out: dict[str, list[str]] = {}
    for adjective in sorted(PRENOMINALS):
        for form in letter_damaged_forms(adjective):
            if len(form) >= MIN_LENGTH and 1 <= len(adjective) - len(form) <= MOST_CUT:
                out.setdefault(form, []).append(adjective)
    return {form: tuple(adjectives) for form, adjectives in out.items()}


# damaged form -> the prenominal adjectives it may be what is left of
_DAMAGED = _by_damaged_form()
