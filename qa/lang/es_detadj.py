"""A Spanish determiner that agrees with neither the adjective after it nor
the noun after that, while the two agree with each other.

A determiner swapped for its neighbour (``la`` for ``el``, ``unos`` for
``un``) before an adjective that opens its noun phrase leaves ``el primera
relación``, ``un amplia mayoría``, ``unos pequeño ensayo``. The class
window sees a determiner, an adjective and a noun, which it has counted;
the pairwise agreement check sees only the determiner and the adjective,
where the dictionary's adjective readings rarely settle it. Here the
tagging dictionary (``qa.lang.es_tags``) reads all three: the adjective
and the noun agree in gender and number, the determiner fits neither, so
the determiner is what changed, and its repair is the same determiner in
their gender and number.

must flag: ``el primera relación`` (``la``), ``una nuevo patógeno``
(``un``), ``unos potente inhibidor`` (``un``);
must not flag: ``la primera relación``, ``la primer ministra`` (the
determiner agrees with the noun), ``la feminista radical``, ``un agente
a`` (the second word is the determiner's own noun), ``las siguientes dos
ediciones`` (a numeral follows, no noun).
"""
from __future__ import annotations

from itertools import compress
from typing import Callable, Iterator

from ..text.pairs import spaced

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
DETERMINER_CONFIDENCE = 0.55
# Reading classes an adjective that opens a noun phrase may also have
# (``pequeño`` is a noun too, ``misma`` a pronoun); a verb reading makes
# the determiner a clitic as often (``la presenta``), so none is allowed.
_ADJECTIVE_ALSO = frozenset("ANR")
# The classes a noun's readings may hold (noun, adjective, participle):
# letters and numerals are nouns too ("la o", "el dos"), not of a phrase.
_NOMINAL = frozenset("NAP")
# ... and a finite verb (``desvío``, ``muestra``): after a determiner and an
# adjective that reading is out of place.
_NOUN_ALSO = _NOMINAL | {"V"}


def determiner_clashes(doc, lex, readings, determiners: dict[str, tuple[str, str]],
                       same_determiner: Callable[[str, set[str], str], str | None]
                       ) -> Iterator[tuple]:
    """(determiner token, the determiner that agrees, confidence).
    ``readings``: the profile's word -> readings look-up; ``determiners``:
    lower-case determiner -> (gender, number) as ``qa.lang.es`` writes
    them; ``same_determiner``: a determiner put in another gender and
    number."""
    words, text = doc.words, doc.text
    # most words are no determiner: those are found in one pass over the
    # document's words, and only they are visited
    entries = list(map(determiners.get, map(str.lower, doc.word_texts[:-2])))
    for i in compress(range(len(entries)), entries):
        det, entry = words[i], entries[i]
        adj, noun = words[i + 1], words[i + 2]
        if not (spaced(text, det, adj) and spaced(text, adj, noun)
                and adj.text.islower() and noun.text.islower()):
            continue
        target = _agreement_of(adj.text, noun.text, lex, readings)
        if target is None or _fits(target, entry):
            continue
        if any(r[0] in _NOMINAL and _fits(r[1:3], entry) for r in readings(adj.text, lex)):
            continue  # "la feminista radical", "un agente a": the determiner's own noun
        gender, number = target
        cand = same_determiner(det.text, {gender}, "sg" if number == "s" else "pl")
        if cand is not None and cand.lower() != det.text.lower():
            yield det, cand, DETERMINER_CONFIDENCE


def _agreement_of(adj: str, noun: str, lex, readings) -> tuple[str, str] | None:
    """(gender, number) the adjective and the noun share, one each, or None
    when the first is no adjective, the second no noun, or they do not agree."""
    a_tags = readings(adj, lex)
    if not a_tags or any(r[0] not in _ADJECTIVE_ALSO for r in a_tags):
        return None
    adjectives = [r for r in a_tags if r[0] == "A"]
    n_tags = readings(noun, lex)
    if any(r[0] not in _NOUN_ALSO for r in n_tags):
        return None  # "las siguientes dos", "un móvil o": no noun of a phrase
    nouns = [r for r in n_tags if r[0] == "N"]
    if not adjectives or not nouns:
        return None
    shared = set()
    for a in adjectives:
        for n in nouns:
            if a[2] != n[2] or a[2] not in "sp":
                continue
            genders = {a[1], n[1]} - {"c"}
            if len(genders) == 1 and genders <= {"m", "f"}:
                shared.add((genders.pop(), a[2]))
    return shared.pop() if len(shared) == 1 else None


def _fits(target, entry: tuple[str, str]) -> bool:
    """Does (gender, number) fit a determiner's (gender, number)? A
    reading's ``c`` (either gender) and ``n`` (either number) fit any."""
    gender, number = entry
    return ((not gender or target[0] in (gender, "c", "-"))
            and target[1] in (number[0], "n", "-"))
