"""Spanish adjectives before their noun that damage turned into a noun.

``misma`` stands between a determiner and its noun (``la misma
tecnología``); a dropped letter leaves ``misa``, a noun, and ``la misa
tecnología`` reads as two nouns in a row. The tagging dictionary
(``qa.lang.es_tags``) settles it: after a determiner, a word that can only
be a noun before a word that can only be a noun, where a word one damage
step longer (a dropped letter or a cut-off end put back) is an adjective of
the determiner's gender and number and far commoner, lost letters of that
adjective: ``la misa tecnología`` -> ``misma``, ``con las misas dudas`` ->
``mismas``.

Left alone: a noun before an adjective or a participle (``la misa
dominical``, ``la misa celebrada``), before ``de`` or punctuation (``la misa
de gallo``), and a noun whose adjective-like neighbour is rarer (two nouns
may make a compound: ``la palabra clave``, ``el coche bomba``).
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

from ..text.pairs import one_space
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
    # a word's repairs are the same wherever it stands: worked out once a run
    # (most words have none, and after most determiners nothing is asked)
    repairs_of = lex.memo("es.prenominal.repairs", 100_000)
    for k in compress(range(n - 2), map(DETERMINERS.__contains__, map(str.lower, texts[:n - 2]))):
        word, after = texts[k + 1], texts[k + 2]
        repairs = repairs_of.get(word)
        if repairs is None:
            repairs = repairs_of[word] = _adjective_repairs(word, lex, readings)
        if not repairs or not (after.isalpha() and after.islower()):
            continue
        if not (one_space(text, words[k], words[k + 1]) and one_space(text, words[k + 1], words[k + 2])):
            continue
        # a second person is no reading of a lower-case word in news copy ("dudas")
        next_tags = readings(after, lex) - SECOND_PERSON
        if not next_tags or not all(r[0] == "N" for r in next_tags):
            continue
        gender, number = DETERMINERS[texts[k].lower()]
        for cand, agreements in repairs:
            if (gender, number) in agreements or ("c", number) in agreements:
                yield words[k + 1], cand, PRENOMINAL_CONFIDENCE
                break


def _adjective_repairs(word: str, lex, readings) -> tuple[tuple[str, frozenset], ...]:
    """(adjective, its (gender, number) readings) for each adjective
    ``word`` may be the damage of, when it can only be a noun: one letter
    or a cut-off end longer, ``COMMONER_BY`` zipf commoner; () for none."""
    from ..text.probes import completions, one_letter_longer  # qa.text reads the profiles: asked here

    if not (word.isalpha() and word.islower()):
        return ()
    tags = readings(word, lex) - SECOND_PERSON
    if not tags or not all(r[0] == "N" for r in tags):
        return ()
    floor = lex.zipf(word) + COMMONER_BY
    found = []
    for cand in dict.fromkeys((*one_letter_longer(word, lex), *completions(word, lex))):
        if lex.zipf(cand) >= floor:
            agreements = frozenset((r[1], r[2]) for r in readings(cand, lex) if r[0] == "A")
            if agreements:
                found.append((cand, agreements))
    return tuple(found)
