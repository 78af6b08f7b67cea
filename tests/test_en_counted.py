"""A counted compound asks a number before its counted noun and a counted
noun after its number (``qa.lang.en_counted``), and nothing of a part that
already is one."""
from __future__ import annotations

import pytest

from qa.lang.en_counted import COUNTED_NOUNS, NUMBER_WORDS, compound_asks


@pytest.mark.parametrize("word, other, second, asks", [
    ("seen", "member", False, "seven"),   # seen-member
    ("ive", "Year", False, "five"),       # its ive-Year budget: the other part read in lower case
    ("ear", "eight", True, "year"),       # eight-ear
    ("inc", "four", True, "inch"),        # four-inc
])
def test_a_counted_compound_asks(word, other, second, asks):
    assert asks in compound_asks(word, other, second)


@pytest.mark.parametrize("word, other, second", [
    ("seven", "member", False),   # already a number: nine is no ninety
    ("year", "eight", True),      # already a counted noun
    ("line", "on", True),         # on-line: "on" is no number
    ("time", "on", True),
    ("even", "handed", False),    # no counted noun after it
    ("sort", "term", True),       # after a word that is no number
])
def test_a_compound_that_asks_nothing(word, other, second):
    assert compound_asks(word, other, second) == frozenset()


def test_the_lists_hold_no_word_twice():
    assert NUMBER_WORDS.isdisjoint(COUNTED_NOUNS)
