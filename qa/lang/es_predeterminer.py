"""Spanish ``todo`` that lost the ``s`` of its plural before a plural determiner.

``todos`` and ``todas`` stand before a determiner of their own number and
gender (``todos los contratos``, ``todas sus hijas``); a dropped letter or
a cut-off end that takes the ``s`` leaves ``todo``, ``toda``, real words
that never stand so before a plural determiner: ``de todo los rincones``,
``ha felicitado a todo los que lograron``, ``toda las semanas``. The repair
is the plural of the determiner's gender. Left alone: ``sobre todo`` and
``ante todo`` (adverbs: ``sobre todo los jóvenes``), and anything but a
single space between.

Likewise ``muchos`` and ``pocos`` before ``de`` and a plural determiner
open a subject as a partitive (``Muchos de los habitantes ya saben``);
without the ``s`` (``A raíz de la pandemia, mucho de los habitantes``)
the quantifier is read only where a clause starts: at the sentence's
start or after a comma, a semicolon or a colon. After a verb ``mucho``
is an adverb and sound (``se ha hablado mucho de los riesgos``, ``sabe
poco de los hechos``), and after ``un`` a noun (``un poco de los dos``).
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
PREDETERMINER_CONFIDENCE = 0.55
# Plural determiners, by the form of "todo" that stands before each.
_AFTER = {
    "todo": frozenset("los estos esos aquellos nuestros vuestros sus mis tus".split()),
    "toda": frozenset("las estas esas aquellas nuestras vuestras sus mis tus".split()),
}
_WRITTEN = frozenset(w for base in _AFTER for w in (base, base.capitalize()))
# Words that make "todo" an adverb: "sobre todo los jóvenes".
_ADVERB_MAKERS = frozenset("sobre ante".split())
# Quantifiers of a partitive ("muchos de los"), by the form that lost its
# "s", and the plural determiners of their gender after "de".
_PARTITIVE_AFTER = {
    "mucho": frozenset("los estos esos aquellos nuestros sus".split()),
    "mucha": frozenset("las estas esas aquellas nuestras sus".split()),
    "poco": frozenset("los estos esos aquellos nuestros sus".split()),
    "poca": frozenset("las estas esas aquellas nuestras sus".split()),
}
_PARTITIVE_WRITTEN = frozenset(w for base in _PARTITIVE_AFTER for w in (base, base.capitalize()))
# What may stand before a clause's first word, besides the text's start.
_CLAUSE_MARKS = frozenset(",;:")


def singular_predeterminers(doc) -> Iterator[tuple]:
    """(token, its plural, confidence) for each ``todo``/``toda`` right
    before a plural determiner.

    >>> from qa.document import Document
    >>> doc = Document.from_text("Llegaron de todo los rincones del estado.", language="es")
    >>> [(tok.text, form) for tok, form, _ in singular_predeterminers(doc)]
    [('todo', 'todos')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    # only "todo" and "toda" are visited, as written (no lower-casing pass)
    for i in compress(range(len(texts) - 1), map(_WRITTEN.__contains__, texts)):
        word = texts[i]
        if texts[i + 1] not in _AFTER[word.lower()]:
            continue
        if text[words[i].end:words[i + 1].start] != " ":
            continue
        if i and texts[i - 1].lower() in _ADVERB_MAKERS and text[words[i - 1].end:words[i].start] == " ":
            continue
        yield words[i], word + "s", PREDETERMINER_CONFIDENCE


def singular_partitives(doc) -> Iterator[tuple]:
    """(token, its plural, confidence) for each ``mucho``, ``mucha``,
    ``poco``, ``poca`` opening a clause before ``de`` and a plural
    determiner of its gender.

    >>> from qa.document import Document
    >>> doc = Document.from_text("Por eso, mucho de los habitantes ya lo saben.", language="es")
    >>> [(tok.text, form) for tok, form, _ in singular_partitives(doc)]
    [('mucho', 'muchos')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    for i in compress(range(len(texts) - 2), map(_PARTITIVE_WRITTEN.__contains__, texts)):
        word = texts[i]
        if texts[i + 1] != "de" or texts[i + 2] not in _PARTITIVE_AFTER[word.lower()]:
            continue
        if text[words[i].end:words[i + 1].start] != " " or text[words[i + 1].end:words[i + 2].start] != " ":
            continue
        if not _opens_clause(doc, i):
            continue
        yield words[i], word + "s", PREDETERMINER_CONFIDENCE


def _opens_clause(doc, i: int) -> bool:
    """Does word ``i`` start a sentence, or follow a comma, a semicolon or
    a colon (a closing quote or bracket before it says nothing sure: the
    word is left alone)?"""
    words, text = doc.words, doc.text
    if i == 0:
        return not text[:words[0].start].strip(" \n\t\"“«'‘¿¡")
    # the last mark before the word (a figure is no word: "Covid-19, mucho")
    between = text[words[i - 1].end:words[i].start].strip()
    return bool(between) and (between[-1] in _CLAUSE_MARKS or between[-1] in ".!?")
