"""The repair a place's context model chooses, first in a span's ranking.

A merged span's repairs are ranked by ``qa.originals`` on frequency, damage
price and the signals a candidate clears; without a word model (Spanish)
the fit of the candidate's word class counts at most ``CLASS_FIT_CAP``
points there, so a commoner word or an accent put back (0.1 of a price
against a lost letter's 0.7) outranks the class the place asks. The
span's own ``Garble.TagContext`` signal has weighed that place already:
its one fix is the candidate the class trigrams fit best, its price
counted (``qa.checkers.tagcontext``). Where such a signal names a repair
of the word, it comes first: ``86 voto a favor`` is mended ``votos``, not
``votó``; ``muy especial debio a su tamaño`` ``debido``, not ``debió``;
``empujones varia veces`` ``varias``, not ``varía``. A signal's rule says
so in its roles (``place_repair``). A repair the dictionary's readings
name (``names_original``) still comes before it, and where such a repair
is the ranking's own first the two agree and it stays (``te hara
sonreír``: ``hará``, not the class model's ``haría``; ``qa.originals``).
Measured in docs/context-models.md ("Twenty-second round: the span's
repair ranking").
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence, TypeVar

from .document import Document
from .model import Finding

R = TypeVar("R")  # a ranked repair: has .word, .score, .confidence

# A damaged word shorter than this is left to the ranking: three letters
# have a cut-off end of one to three letters put back in most classes
# (``lun``, ``nue``, ``bus``, ``cos``): on the calibration half (damage
# seeds 127 and 131) the class model's repair of such a word, put first, was
# right 4 times and wrong 10 where the ranking's first differed; from four
# letters on, with the other conditions below, it was right 12 times and
# never wrong (docs/context-models.md).
MIN_LETTERS = 4


def placed_originals(evidence: tuple[Finding, ...]) -> dict[tuple[int, int], str]:
    """(start, end) of a word -> the repair its place's context model names."""
    return {(g.start, g.end): g.fixes[0].replacement for g in evidence
            if g.roles.place_repair and g.fixes}


_PLACE_TOKENS = frozenset({"word", "number"})  # tokens the class trigrams read as a class


def has_word_beside(doc: Document, start: int, end: int) -> bool:
    """Does a word or a number stand right before or after
    ``doc.text[start:end]`` in its sentence (punctuation between counts as
    none)? A word alone has no place for the class trigrams to read: a lone
    typo's repair (``orígen``: ``origen``, not the class model's
    ``orígenes``) is the ranking's."""
    run = doc.sentence_tokens(start, end)
    at = next((k for k, t in enumerate(run) if t.start == start and t.end == end), None)
    if at is None:
        return False
    return any(0 <= k < len(run) and run[k].kind in _PLACE_TOKENS for k in (at - 1, at + 1))


def placed_first(repairs: Sequence[R], word: str, damaged: str, class_of: Callable[[str], str]) -> list[R]:
    """``repairs`` of ``damaged`` with ``word`` first, at the top one's
    score and confidence, the others in their order, when ``damaged`` has
    ``MIN_LETTERS`` or more and ``word``'s class (``class_of``: the class
    model's symbol of a word) is not the ranking's first's, and ``word``
    clears every signal the ranking's first clears. Within one
    class the class trigrams chose on the words' frequencies and prices
    alone, which the ranking weighs with more (``preciad``: the ranking's
    ``preciada`` after a feminine noun, not the class model's
    ``preciado``)."""
    if (not repairs or repairs[0].word == word or len(damaged) < MIN_LETTERS
            or class_of(word.lower()) == class_of(repairs[0].word.lower())):
        return list(repairs)
    top = repairs[0]
    found = next((r for r in repairs if r.word == word), None)
    if found is None:
        found = replace(top, word=word, cost=0.0, cleared=(), added=())
    if set(top.cleared) - set(found.cleared):
        # the ranking's first mends a signal of the span that ``word`` leaves
        # standing (``los culo de lanzar``: ``culpó`` clears the register
        # signal as well as the agreement clash, the class model's ``culos``
        # the clash only)
        return list(repairs)
    first = replace(found, score=top.score, confidence=top.confidence, cleared=(*found.cleared, "placed"))
    return [first, *(r for r in repairs if r.word != word)]
