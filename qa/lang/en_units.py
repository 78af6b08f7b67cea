"""A newswire unit that lost its plural after a count (``2.8 mln dlr,``).

The word model has no word for the newswire's ``dlrs`` and ``dlr``: it
reads them as ``dollars`` and ``dollar`` (the profile's ``spoken_forms``),
and ``Garble.Context`` judges no such abbreviation. A dropped or cut-off
``s`` (``for 2.8 mln dlr, and``, ``for about 128 mln dlr.``) leaves the
singular, which the newswire writes only before the noun it modifies (``a
72.0 mln dlr writedown``). The trigram cannot tell the two: it prefers
``dollars`` there too (by 2 to 3.6 points on the clean Reuters set), so the
unit is weighed only where the grammar asks its plural: number agreement's
places (``qa.lang.en_agreement``: after a count of many that no
determiner, adjective or participle makes a modifier, ending its phrase;
``the dollar are``), read on the unit's spoken word. Not the first end of
a range, which modifies the noun after the second (``at 2.50 dlr to 2.80
dlr range``).

The pairs are read from the spoken forms: an abbreviation whose spoken
word plus ``s`` is another abbreviation's spoken word (``dlr`` and ``dlrs``).

Must ask: ``priced at 14,490 dlr and the``, ``for about 128 mln dlr.``.
Must not: ``a 72.0 mln dlr writedown``, ``at 2.50 dlr to 2.80 dlr range``,
``of one dlr each`` (one is no count of many: the model reads no number).
"""
from __future__ import annotations

from . import en_agreement
from .en_agreement import COUNTS


def count_units(spoken_forms: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """(abbreviation, its plural) for each abbreviation of ``spoken_forms``
    ((as written, spoken word) pairs) whose plural is one of them too.

    >>> count_units((("mln", "million"), ("dlrs", "dollars"), ("dlr", "dollar")))
    (('dlr', 'dlrs'),)
    """
    written = {spoken: abbreviation for abbreviation, spoken in spoken_forms}
    return tuple((abbreviation, written[spoken + "s"])
                 for abbreviation, spoken in spoken_forms if spoken + "s" in written)


def plural_asked(words, at: int, lex) -> bool:
    """Does the place of the unit read as ``words[at]`` (its spoken word,
    in the run as the word model reads it) ask its plural?"""
    if words[at + 1] == "to" and words[at + 2] in COUNTS:
        return False  # the first end of a range ("2.50 dlr to 2.80 dlr range")
    return "s" in en_agreement.endings_asked(words, at, words[at], lex)
