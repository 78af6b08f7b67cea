"""A reported clause's subject that ``qa.lang.en_places`` leaves alone
(``qa.lang.en_reported_subject``): a noun that is an adjective too
(``said official were aware``: ``officials``) and a noun before an adverb
(``said director also declared``: ``directors``); a determiner, a
modifier, a word with a verb reading and ``en_places``' own place stay
quiet here."""
from __future__ import annotations

import pytest

from qa.lang import en_reported_subject
from conftest import context_warnings as _warnings, padded_run as _words


@pytest.mark.parametrize("text, word, fix", [
    ("But on Monday, a Treasury spokesman said official were aware of the comments but had no "
     "intention of making any change.", "official", "officials"),
    ("The company said director also declared regular quarterly dividends on presently outstanding "
     "shares.", "director", "directors"),
])
def test_a_bare_reported_subject_is_flagged_with_its_plural(ctx, text, word, fix):
    found = _warnings(text, ctx)
    start = text.index(" " + word + " ") + 1
    assert [(f.start, f.fixes[0].replacement) for f in found] == [(start, fix)]


@pytest.mark.parametrize("text", [
    "But on Monday, a Treasury spokesman said officials were aware of the comments.",
    "The company said directors also declared regular quarterly dividends on its shares.",
    "The company said the official was aware of the comments.",
    "The company said net was hurt by a charge of five mln dlrs.",
    "The company said official figures showed a rise in sales.",
])
def test_sound_reported_clauses_are_not_flagged(ctx, text):
    assert _warnings(text, ctx) == []


@pytest.mark.parametrize("words, at, asked", [
    (_words("spokesman", "said", "official", "were", "aware"), 3, ("s",)),
    (_words("company", "said", "director", "also", "declared"), 3, ("s",)),
    (_words("company", "said", "official", "would", "go"), 3, ("s",)),
    # en_places' own place: a count noun right before the verb
    (_words("it", "said", "dealer", "would", "trade"), 3, ()),
    # a modifier, a verb reading too, a determiner before, no reporting verb
    (_words("it", "said", "official", "figures", "showed"), 3, ()),
    (_words("it", "said", "net", "was", "hurt"), 3, ()),
    (_words("said", "the", "official", "was"), 3, ()),
    (_words("an", "official", "also", "said"), 2, ()),
])
def test_the_place_asks_the_plural(ctx, words, at, asked):
    assert en_reported_subject.endings_asked(words, at, words[at], ctx.lexicons["en"]) == asked
