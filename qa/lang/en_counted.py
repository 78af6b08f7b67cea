"""A counted compound: a number and a counted noun joined by a hyphen.

The newswire writes its counts as compounds (``a seven-member board``,
``a five-year plan``, ``an eight-year loan``, ``a three-tranche offering``),
and a dropped letter or a cut-off end in either part leaves a word
(``the seen-member Association``, ``its ive-year budget``, ``a 32 mln dlr
eight-ear loan``, ``new ele-day advances``). The word model lists few such
compounds (``five-year``, not ``seven-member``) and reads most as their two
words, where ``seen member`` is unlikely but not by enough. The compound
itself asks for them: before a counted noun a number, after a number a
counted noun. Where the part as written is already one (``two-day``,
``fourth-year``), the place asks nothing: a number word is not mended into
another (``nine`` is no ``ninety``).

    >>> "seven" in compound_asks("seen", "member", False)
    True
    >>> "year" in compound_asks("ear", "eight", True)
    True
    >>> compound_asks("seven", "member", False)
    frozenset()
    >>> compound_asks("line", "on", True)
    frozenset()
"""
from __future__ import annotations

from .en_agreement import COUNTS, SCALES

# The counts of many number agreement reads, their scales, and the numbers
# a compound counts by that no agreement needs (``one-year``, ``half-year``).
NUMBER_WORDS = COUNTS | SCALES | frozenset(
    """
    one thirteen fourteen sixteen seventeen eighteen nineteen sixty seventy eighty ninety half
    """.split())
# Nouns the newswire counts in compounds: time, measures, members and parts
# of a whole. Not ``time`` or ``way`` (``on-time``, ``to-way`` are no
# counts damaged), nor ``one`` (``two-for-one`` has three parts).
COUNTED_NOUNS = frozenset(
    """
    year month week day hour minute member man nation party point mile inch foot yard acre
    ton tonne metre meter litre storey story tranche stage phase part seat page game round
    term bedroom room door engine lane
    """.split())


def compound_asks(word: str, other: str, second: bool) -> frozenset[str]:
    """The words a two-part compound's place asks of its part ``word``,
    whose other part is ``other`` (``second``: ``word`` is the second
    part): number words before a counted noun, counted nouns after a
    number word; none where ``word`` already is what the place asks."""
    other = other.lower()
    if second:
        return COUNTED_NOUNS if other in NUMBER_WORDS and word not in COUNTED_NOUNS else frozenset()
    return NUMBER_WORDS if other in COUNTED_NOUNS and word not in NUMBER_WORDS else frozenset()
