"""A singular noun after a partitive or a plural determiner
(``qa.lang.en_partitive``): ``one of the offering will`` is flagged with
``offerings``; a plural, a mass noun after ``some of``, a collective, a
noun that modifies another and ``both ... and`` stay quiet."""
from __future__ import annotations

import pytest

from qa.lang import en_partitive
from conftest import context_warnings as _warnings, padded_run as _words, warned_over


@pytest.mark.parametrize("text, word, fix", [
    ("It said one of the offering will be a new 75 mln dlrs issue of convertible preferred stock.",
     "offering", "offerings"),
    ("The bank said many investor had asked for an extension of the deadline.", "investor", "investors"),
])
def test_a_partitive_s_noun_that_lost_its_plural_is_flagged(ctx, text, word, fix):
    assert warned_over(text, word, ctx) == [(True, fix)]


@pytest.mark.parametrize("text", [
    "It said one of the offerings will be a new 75 mln dlrs issue of convertible preferred stock.",
    "The bank said many investors had asked for an extension of the deadline.",
    "These offer a return at the three-month Libor rate plus a margin.",  # a pronoun and its verb
    "He said one of the group had left the country.",  # a collective
    "Some of the money was returned to shareholders.",  # a partitive of a mass noun
    "He is one of the first to sell his shares.",
    "She said one of the company's directors resigned.",
    "It said one of the oil companies would buy the field.",  # a modifier
    "He said both bank and union officials attended the talks.",
])
def test_sound_partitives_are_not_flagged(ctx, text):
    assert _warnings(text, ctx) == []


@pytest.mark.parametrize("words, at, asked", [
    (_words("one", "of", "the", "offering", "will", "be"), 4, ("s",)),
    (_words("each", "of", "its", "largest", "unit", "said"), 5, ("s",)),
    (_words("two", "of", "the", "bank", "in"), 4, ("s",)),
    (_words("said", "several", "investor", "had"), 3, ("s",)),
    (_words("these", "offer", "a", "return"), 2, ()),
    (_words("these", "investor", "said"), 2, ("s",)),
    # a word that may be a present before "are": no pronoun and its verb
    (_words("these", "attack", "are", "unprecedented"), 2, ("s",)),
    # two adjectives joined, but not by "both"
    (_words("these", "wanton", "and", "barbarous", "attack", "are"), 5, ("s",)),
    (_words("both", "modern", "and", "antiquated", "plant"), 5, ()),
    # "among" picks from many, unless a collective's members
    (_words("among", "individual", "state", "texas"), 3, ("s",)),
    (_words("among", "the", "bank", "in"), 3, ("s",)),
    (_words("among", "the", "public"), 3, ()),
    (_words("exports", "to", "all", "destination"), 4, ("s",)),
    # after "all": a noun of time, an adjective, a present
    (_words("worked", "all", "day"), 3, ()),
    (_words("was", "all", "right"), 3, ()),
    (_words("all", "agree"), 2, ()),
    # not a partitive of a count, a collective, kind/sort/type, a modifier, no determiner
    (_words("some", "of", "the", "bank", "said"), 4, ()),
    (_words("one", "of", "the", "group", "said"), 4, ()),
    (_words("these", "kind", "of", "deals"), 2, ()),
    (_words("one", "of", "the", "oil", "companies"), 4, ()),
    (_words("one", "of", "bank", "said"), 3, ()),
    (_words("both", "bank", "and", "union"), 2, ()),
    (_words("the", "bank", "said"), 2, ()),
])
def test_the_place_asks_the_plural(ctx, words, at, asked):
    assert en_partitive.endings_asked(words, at, words[at], ctx.lexicons["en"]) == asked


@pytest.mark.parametrize("words, at, asked", [
    (_words("a", "number", "of", "big", "project", "in"), 5, ("s",)),
    (_words("a", "handful", "of", "issue", "showed"), 4, ("s",)),
    (_words("a", "wide", "range", "of", "service", "to"), 5, ("s",)),
    (_words("the", "number", "of", "employee", "in"), 4, ("s",)),
    # not a noun of quantity's "of", nor one that takes a mass noun
    (_words("a", "lot", "of", "money", "in"), 4, ()),
    (_words("a", "total", "of", "ship", "in"), 4, ()),
    (_words("the", "head", "of", "state", "said"), 4, ()),
    (_words("a", "number", "of", "projects", "in"), 4, ()),
])
def test_a_noun_of_quantity_asks_the_plural(ctx, words, at, asked):
    assert en_partitive.endings_asked(words, at, words[at], ctx.lexicons["en"]) == asked
