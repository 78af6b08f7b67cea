"""Spanish relatives that lost the end of their plural: ``quien``, ``cuyo``.

The relatives with a number of their own agree with a word right after
them: ``quienes`` is the subject of the verb that follows (``los que
trabajan``, ``quienes trabajan``), ``cuyos`` and ``cuyas`` take the number
and gender of the noun they own (``cuyos coletazos``). A cut-off end or a
dropped letter that takes the plural's ``es`` or ``s`` leaves ``quien``,
``cuyo``, ``cuya``, real words that never stand so: ``aseguró que quien
trabajan en el servicio público``, ``tres cabañas, quien arrendaron los
espacios``, ``la recesión, cuyo coletazos aún subsisten``.

The tagging dictionary (``qa.lang.es_tags``) settles the word after: for
``quien``, a word read only as a plural finite verb (after at most two
negations, adverbs or object pronouns: ``quien no trabajan``, ``quien se
negaron``); for ``cuyo`` and ``cuya``, a lower-case word read only as a
plural noun or adjective of the relative's gender. Left alone: ``quien``
after a preposition, where it is the object and the verb's subject is
another (``con quien trabajan``, ``a quien llaman``), and anything but a
single space between.
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

from ..text.pairs import one_space
from .es_tags import SECOND_PERSON

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
RELATIVE_CONFIDENCE = 0.55
# Each singular relative, as written, with its plural and, for the
# possessive, the genders of the nouns it may own (c: common to both).
_PLURALS = {"quien": "quienes", "cuyo": "cuyos", "cuya": "cuyas"}
_OWNED_GENDERS = {"cuyo": "mc", "cuya": "fc"}
_WRITTEN = {w: w for w in _PLURALS} | {w.capitalize(): w for w in _PLURALS}
# Prepositions after which "quien" is an object: "con quien trabajan".
PREPOSITIONS = frozenset("""
    a ante bajo con contra de desde durante en entre hacia hasta mediante para por según
    sin sobre tras
    """.split())
# Between "quien" and its verb: a negation, an adverb or an object pronoun.
BETWEEN = frozenset("""
    ya no también tampoco aún todavía nunca siempre sólo solo casi apenas incluso
    se lo la los las le les me nos
    """.split())
BETWEEN_REACH = 2


def plural_relatives(doc, lex, readings) -> Iterator[tuple]:
    """(token, its plural, confidence) for each ``quien`` before a plural
    verb and each ``cuyo``/``cuya`` before a plural noun. ``readings`` is
    the profile's word -> readings look-up.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Aseguró que quien trabajan en el servicio lo saben.", language="es")
    >>> [(tok.text, form) for tok, form, _ in plural_relatives(doc, Lexicon("es"), readings)]
    [('quien', 'quienes')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    n = len(words)
    # only the three relatives are visited, as written (no lower-casing pass)
    for k in compress(range(n - 1), map(_WRITTEN.__contains__, texts)):
        relative = _WRITTEN[texts[k]]
        if relative == "quien":
            if k and texts[k - 1].lower() in PREPOSITIONS and one_space(text, words[k - 1], words[k]):
                continue  # an object: "con quien trabajan"
            j, between = k + 1, 0
            while (j < n - 1 and between < BETWEEN_REACH and texts[j] in BETWEEN
                   and one_space(text, words[j - 1], words[j])):
                j, between = j + 1, between + 1
            agrees = _plural_verb(texts[j], lex, readings)
        else:
            j = k + 1
            agrees = _plural_owned(texts[j], _OWNED_GENDERS[relative], lex, readings)
        if agrees and one_space(text, words[j - 1], words[j]):
            plural = _PLURALS[relative]
            yield words[k], plural if texts[k].islower() else plural.capitalize(), RELATIVE_CONFIDENCE


def _plural_verb(word: str, lex, readings) -> bool:
    """Can lower-case ``word`` only be a plural finite verb?"""
    tags = readings(word, lex) if word.islower() else frozenset()
    return bool(tags) and all(r[0] == "V" and r[2] == "p" for r in tags)


def _plural_owned(word: str, genders: str, lex, readings) -> bool:
    """Can lower-case ``word`` only be a plural noun or adjective of one of
    ``genders``, a noun among its readings?"""
    tags = readings(word, lex) - SECOND_PERSON if word.islower() else frozenset()
    return (bool(tags) and all(r[0] in "NA" and r[2] == "p" and r[1] in genders for r in tags)
            and any(r[0] == "N" for r in tags))
