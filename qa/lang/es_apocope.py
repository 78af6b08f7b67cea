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
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

from ..text.pairs import one_space

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
APOCOPE_CONFIDENCE = 0.55
# Each short masculine form with its feminine.
FEMININES = {"primer": "primera", "tercer": "tercera", "buen": "buena"}


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
        if not one_space(text, words[i], words[i + 1]) or not _feminine_noun(noun, lex, readings):
            continue
        yield words[i], FEMININES[texts[i]], APOCOPE_CONFIDENCE


def _feminine_noun(word: str, lex, readings) -> bool:
    """Can lower-case ``word`` only be a feminine singular noun (and not
    one that opens with a stressed-looking ``a``)?"""
    if not (word.islower() and word.isalpha()) or word.startswith(("a", "á", "ha", "há")):
        return False
    tags = readings(word, lex)
    return bool(tags) and all(r == "Nfs-" for r in tags)
