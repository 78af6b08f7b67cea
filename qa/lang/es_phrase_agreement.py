"""Whether a repair after a determiner and its noun agrees with the phrase.

A word cut short or missing a letter right after ``determiner + noun``
(``La bloguera frances``, ``la estrella portugues``) is most often the
phrase's adjective, in the phrase's gender and number. The agreement check
judges such an adjective only where the noun ends in ``o`` or ``a`` and the
adjective ends in the other, so the span ranking read ``francés`` and
``francesa`` alike and took the commoner. Here the determiner and the noun
settle the phrase's gender and number together (``la`` + ``bloguera``:
feminine singular), and a repair that reads as an adjective or a
participle (``francés`` is a noun as well) is told to agree or not; a
repair that is a noun only (an apposition, ``la presidenta actriz``) or a
verb is not judged. A verb's second person is no reading in news
(``graves``, ``personales``).

must agree: ``la bloguera francesa``, ``los sucesos graves``, ``su cuenta
personal`` (an adjective of either gender); must not: ``la bloguera
francés``, ``la estrella portugués``; not judged: ``de la bloguera
francés`` read from ``de`` (no determiner before the noun), ``el sal``
(the determiner and the noun disagree), a repair with a noun reading
(``la presidenta actriz``).
"""
from __future__ import annotations

from typing import Callable

# Classes of an adjective-like reading (adjective, participle) and of the
# phrase's head (a common noun or an adjective used as one: ``bloguera``).
_ADJECTIVAL = frozenset("AP")
_HEAD = frozenset("NA")
_NOMINAL = frozenset("NAP")


def phrase_agrees(determiner: str, noun: str, word: str, lex,
                  determiners: dict[str, tuple[str, str]],
                  readings: Callable[[str, object], frozenset[str]]) -> bool | None:
    """Does ``word``, after ``determiner noun``, agree with that phrase as
    its adjective? None when the phrase or the word cannot be read so."""
    entry = determiners.get(determiner.lower())
    if entry is None:
        return None
    gender, number = entry
    head = [r for r in readings(noun.lower(), lex) if r[0] in _HEAD and _fits(r, gender, number[0])]
    if not head:
        return None
    if not gender:  # "su", "sus": the noun says the gender, when it says one
        genders = {r[1] for r in head}
        gender = genders.pop() if len(genders) == 1 and genders <= {"m", "f"} else ""
    tags = [r for r in readings(word.lower(), lex) if not (r[0] == "V" and r[3] == "2")]
    if not any(r[0] in _ADJECTIVAL for r in tags) or not all(r[0] in _NOMINAL for r in tags):
        return None
    return any(_fits(r, gender, number[0]) for r in tags)


def _fits(reading: str, gender: str, number: str) -> bool:
    g, n = reading[1], reading[2]
    return (not gender or g in (gender, "c", "-")) and n in (number, "n", "-")
