"""Spanish ``primera``, ``tercera``, ``buena`` that lost their ``a`` before a feminine noun.

``primero``, ``tercero``, ``bueno`` drop their ``o`` before a masculine
singular noun (``el primer día``, ``un buen año``); the feminine keeps its
``a`` (``la primera vez``, ``una buena noticia``). A dropped letter or a
cut-off end that takes that ``a`` leaves the short form, a real word, before
a noun it never stands before: ``la ex primer dama`` → ``primera``, ``su
primer participación``. The tagging dictionary (``qa.lang.es_tags``)
settles the noun: a lower-case word read only as a feminine singular noun.
Left alone: a noun that opens with ``a`` or ``ha`` (``el primer aula`` is
written too: the stressed ``a`` takes the masculine article), and anything
but a single space between.

An adjective of four forms that ends in a consonant (``abrumador``,
``abrumadora``) loses its feminine ``a`` the same way, and before its noun
it is as sure: after a determiner that is not masculine, a word that can
only be such a masculine singular adjective, before a feminine noun, lost
it (``la abrumador victoria``: ``masculines_before_feminines``).

Before ``buen`` and those adjectives, a noun's reading as a rare verb's
present (``noticia``, of ``noticiar``), a second person or an interjection
(``victoria``) does not count: news writes none of them after a
determiner and an adjective. ``primer`` and ``tercer`` keep the strict
reading: before a feminine noun they are also a colloquial use the
Spanish clean set writes (``Su primer cinta juntos``), not only damage.
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

from ..text.pairs import one_space
from .es_tags import SECOND_PERSON, without_rare_verb

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
APOCOPE_CONFIDENCE = 0.55
# Each short masculine form with its feminine.
FEMININES = {"primer": "primera", "tercer": "tercera", "buen": "buena"}
# ... of which those news also writes before a feminine noun as a
# colloquial use (``la primer vez``): read only before a noun that can be
# nothing else.
COLLOQUIAL_BEFORE_FEMININES = frozenset(("primer", "tercer"))


def short_forms_before_feminines(doc, lex, readings) -> Iterator[tuple]:
    """(token, its feminine, confidence) for each ``primer``, ``tercer``,
    ``buen`` right before a feminine noun. ``readings`` is the profile's
    word -> readings look-up.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Es su primer participación en el Mundial.", language="es")
    >>> [(tok.text, form) for tok, form, _ in short_forms_before_feminines(doc, Lexicon("es"), readings)]
    [('primer', 'primera')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    # only the short forms, as written in lower case, are visited
    for i in compress(range(len(texts) - 1), map(FEMININES.__contains__, texts)):
        noun = texts[i + 1]
        if not one_space(text, words[i], words[i + 1]) or not _feminine_noun(
                noun, lex, readings, strict=texts[i] in COLLOQUIAL_BEFORE_FEMININES):
            continue
        yield words[i], FEMININES[texts[i]], APOCOPE_CONFIDENCE


def masculines_before_feminines(doc, lex, readings, determiners: dict[str, tuple[str, str]]
                                ) -> Iterator[tuple]:
    """(token, its feminine, confidence) for a masculine singular adjective
    in a consonant between a determiner that is not masculine and a
    feminine noun: ``la abrumador victoria`` (``abrumadora``).
    ``determiners``: lower-case determiner -> (gender, number) as
    ``qa.lang.es`` writes them.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import DETERMINERS, readings
    >>> doc = Document.from_text("No reconoce la abrumador victoria de Biden.", language="es")
    >>> [(t.text, f) for t, f, _ in masculines_before_feminines(doc, Lexicon("es"), readings, DETERMINERS)]
    [('abrumador', 'abrumadora')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    entries = list(map(determiners.get, map(str.lower, texts[:-2])))
    for i in compress(range(len(entries)), entries):
        gender, number = entries[i]
        adjective, noun = texts[i + 1], texts[i + 2]
        if gender == "m" or number != "sg" or adjective[-1:] in "aeiouáéíóú" or not (
                one_space(text, words[i], words[i + 1]) and one_space(text, words[i + 1], words[i + 2])):
            continue
        if adjective in FEMININES or not adjective.islower() or readings(adjective, lex) != {"Ams-"}:
            continue  # the short forms are read above, "primer" as a colloquial use too
        feminine = adjective + "a"
        if "Afs-" in readings(feminine, lex) and lex.zipf(feminine) >= FEMININE_ZIPF and _feminine_noun(
                noun, lex, readings):
            yield words[i + 1], feminine, APOCOPE_CONFIDENCE


# A feminine news writes at least this often (``abrumadora`` 3.4).
FEMININE_ZIPF = 2.5


def _feminine_noun(word: str, lex, readings, strict: bool = False) -> bool:
    """Can lower-case ``word`` only be a feminine singular noun (and not
    one that opens with a stressed-looking ``a``)? Unless ``strict``, a
    rare verb's present (``noticia``), a second person and an interjection
    (``victoria``) are no reading before a noun."""
    if not (word.islower() and word.isalpha()) or word.startswith(("a", "á", "ha", "há")):
        return False
    tags = readings(word, lex)
    if not strict:
        tags = {r for r in without_rare_verb(word, tags, lex) - SECOND_PERSON if r[0] != "J"}
    return bool(tags) and all(r == "Nfs-" for r in tags)
