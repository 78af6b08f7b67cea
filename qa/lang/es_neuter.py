"""Spanish neuter demonstratives that lost the ``s`` of a plural determiner.

``esto``, ``eso`` and ``aquello`` are pronouns: they stand for a whole
thing said and never open a noun phrase. A dropped letter or a cut-off end
that takes the ``s`` of ``estos``, ``esos`` or ``aquellos`` leaves one
right before the noun or the count that the determiner opened (``esto tres
institutos políticos deben``, ``eso países``): the determiner is the
repair, where the word after it can only be a plural noun or adjective of
the masculine (or common) gender, or is a count written as a word. Left
alone: ``gracias`` (``todo esto gracias a``, a locution), a capital (a
name), and anything else after the pronoun (``esto último``, ``eso sí``,
``esto pasa``). None of the 398 clean Spanish articles has such a pair
(docs/context-models.md, "Twenty-ninth round").
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

from ..text.pairs import one_space
from .es_number import NUMERALS
from .es_tags import SECOND_PERSON

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
NEUTER_CONFIDENCE = 0.55
# Each neuter pronoun and the plural determiner it is left of.
DETERMINER_OF = {"esto": "estos", "eso": "esos", "aquello": "aquellos"}
# Plural nouns that make a locution with the pronoun before them.
_LOCUTIONS = frozenset({"gracias"})


def neuter_before_plural(doc, lex, readings) -> Iterator[tuple]:
    """(pronoun token, the determiner, confidence) for each neuter
    demonstrative right before a plural noun or a count.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Dijeron que esto tres partidos deben cambiar.", language="es")
    >>> [(tok.text, form) for tok, form, _ in neuter_before_plural(doc, Lexicon("es"), readings)]
    [('esto', 'estos')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    # the pronouns are found in one pass over the words; only they are visited
    for i in compress(range(len(texts) - 1), map(DETERMINER_OF.__contains__, map(str.lower, texts[:-1]))):
        determiner = DETERMINER_OF[texts[i].lower()]
        if not one_space(text, words[i], words[i + 1]):
            continue
        after = texts[i + 1]
        if not after.islower() or after in _LOCUTIONS:
            continue
        if after in NUMERALS or _masculine_plural(after, lex, readings):
            yield words[i], determiner if texts[i].islower() else determiner.capitalize(), NEUTER_CONFIDENCE


def _masculine_plural(word: str, lex, readings) -> bool:
    """Can ``word`` only be a plural noun or adjective, a noun among its
    readings, none of them feminine only?"""
    tags = readings(word, lex) - SECOND_PERSON
    return bool(tags) and all(r[0] in "NA" and r[2] == "p" for r in tags) and any(
        r[0] == "N" and r[1] in "mc" for r in tags)
