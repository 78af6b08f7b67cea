"""A singular count noun with no determiner joined to a plural by ``and``
(``qa.lang.en_coordinated``): ``economists and official said`` is flagged
with ``officials``; a mass noun, a determiner, a word that may be a verb
and a phrase that goes on stay quiet."""
from __future__ import annotations

import pytest

from qa.lang import en_coordinated
from conftest import context_warnings as _warnings, padded_run as _words, warned_over


@pytest.mark.parametrize("text, word, fix", [
    ("The economy is in its worst shape in 20 years, economists and official said.", "official",
     "officials"),
])
def test_a_plural_s_second_noun_that_lost_its_plural_is_flagged(ctx, text, word, fix):
    assert warned_over(text, word, ctx) == [(True, fix)]


@pytest.mark.parametrize("text", [
    "The economy is in its worst shape in 20 years, economists and officials said.",
    "Sales and profit were higher in the quarter.",  # a mass noun
    "It will raise rates over the next three years and bar any increases until April.",  # two verbs
    "Shareholders and the board approved the merger.",  # a determiner
])
def test_sound_coordinations_are_not_flagged(ctx, text):
    assert _warnings(text, ctx) == []


@pytest.mark.parametrize("words, at, asked", [
    (_words("economists", "and", "official", "said"), 3, ("s",)),
    (_words("officers", "and", "director", "of", "union"), 3, ("s",)),
    (_words("products", "and", "car", "dealer"), 4, ("s",)),
    # a mass noun, a collective, a verb, a determiner, no plural before
    (_words("sales", "and", "profit", "were"), 3, ()),
    (_words("shareholders", "and", "staff", "said"), 3, ()),
    (_words("years", "and", "bar", "any"), 3, ()),
    (_words("banks", "and", "a", "broker", "said"), 4, ()),
    (_words("the", "bank", "and", "official", "said"), 4, ()),
    # the phrase goes on
    (_words("officers", "and", "director", "general"), 3, ()),
])
def test_the_place_asks_the_plural(ctx, words, at, asked):
    assert en_coordinated.endings_asked(words, at, words[at], ctx.lexicons["en"]) == asked
