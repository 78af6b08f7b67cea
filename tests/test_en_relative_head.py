"""A singular noun before a relative pronoun and a plural verb
(``qa.lang.en_relative_head``): ``account change which have taken`` is
flagged with ``changes`` and ``quarter result which were released`` with
``results``; a singular verb, a phrase that hangs on ``of``, a plural or
mass reading stay quiet."""
from __future__ import annotations

import pytest

from qa.lang import en_relative_head
from conftest import context_warnings as _warnings, padded_run as _words


@pytest.mark.parametrize("text, word, fix", [
    ("The new tariffs were required to take into account change which have taken place in the "
     "industry as a result of the reform.", "change", "changes"),
    ("At a news conference on the third quarter result which were released earlier today, Odgers "
     "said the company faced heavy costs.", "result", "results"),
])
def test_a_relative_clause_s_plural_verb_makes_its_noun_plural(ctx, text, word, fix):
    found = _warnings(text, ctx)
    start = text.index(" " + word + " ") + 1
    assert [(f.start, f.fixes[0].replacement) for f in found] == [(start, fix)]


@pytest.mark.parametrize("text", [
    "The new tariffs were required to take into account changes which have taken place in the industry.",
    "At a news conference on the third quarter results which were released earlier today, Odgers spoke.",
    "It bought the shares of the company which were sold by the bank last year.",
    "The company which has the contract said it would build the plant.",
])
def test_sound_relative_clauses_are_not_flagged(ctx, text):
    assert _warnings(text, ctx) == []


@pytest.mark.parametrize("words, at, asked", [
    (_words("into", "account", "change", "which", "have", "taken"), 3, ("s",)),
    (_words("the", "third", "quarter", "result", "which", "were", "released"), 4, ("s",)),
    (_words("a", "dealer", "who", "are"), 2, ("s",)),
    # a singular verb, no relative pronoun
    (_words("the", "company", "which", "has"), 2, ()),
    (_words("the", "result", "were", "released"), 2, ()),
    # the phrase hangs on "of": the clause may describe the noun before it
    (_words("shares", "of", "the", "company", "which", "were", "sold"), 4, ()),
    # a plural, a mass noun
    (_words("the", "shares", "which", "were"), 2, ()),
    (_words("the", "news", "which", "were"), 2, ()),
])
def test_the_place_asks_the_plural(ctx, words, at, asked):
    assert en_relative_head.endings_asked(words, at, words[at], ctx.lexicons["en"]) == asked
