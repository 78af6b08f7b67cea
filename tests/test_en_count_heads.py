"""A noun after a count of many that the tagging dictionary reads in
another class too (``qa.lang.en_count_heads``): ``rose to 151,800 ton in
January`` is flagged with ``tons`` and ``a group of five building in`` with
``buildings``; a modifier, a score, a count an adjective opens, a
determiner before a verb and a rate's unit ending its run stay quiet."""
from __future__ import annotations

import pytest

from qa.lang import en_count_heads
from conftest import context_warnings as _warnings, padded_run as _words


@pytest.mark.parametrize("text, word, fix", [
    ("Preliminary figures showed U.S. refined deliveries rose to 151,800 ton in January "
     "from 124,800 tons in December.", "ton", "tons"),
    ("The group said it will sell its head office group of five building in central Sydney "
     "as part of plans to cut costs.", "building", "buildings"),
])
def test_a_counted_noun_of_two_classes_is_flagged_with_the_plural(ctx, text, word, fix):
    found = _warnings(text, ctx)
    start = text.index(" " + word + " ") + 1
    assert [(f.start, f.fixes[0].replacement) for f in found] == [(start, fix)]


@pytest.mark.parametrize("text", [
    "Preliminary figures showed U.S. refined deliveries rose to 151,800 tons in January.",
    "It will raise prices to 380 per ton from 350 ton, except in the Northeast.",
    "These offer a return at the three-month Libor rate plus a margin.",
    "But even with a 65 to 15 vote in favour of the proposal, the restrictions remain.",
    "This follows a robust 113,000 gain in January, revised down from a previous report.",
    "The cattle slaughter fell to 472,900 head from 509,500 in December.",
])
def test_sound_counts_are_not_flagged(ctx, text):
    assert _warnings(text, ctx) == []


@pytest.mark.parametrize("words, at, asked", [
    (_words("rose", "to", "ten", "ton", "in", "january"), 4, ("s",)),
    (_words("group", "of", "five", "building", "in", "central"), 4, ("s",)),
    (_words("rose", "to", "ten", "point", "for"), 4, ("s",)),
    # a unit that takes its plural before "of" as anywhere
    (_words("of", "ten", "ton", "of", "maize"), 3, ("s",)),
    # a modifier, an invariable measure's "of", a rate's unit ending its run
    (_words("a", "ten", "ton", "ship"), 3, ()),
    (_words("of", "ten", "head", "of", "cattle"), 3, ()),
    (_words("from", "ten", "ton"), 3, ()),
    # a count an adjective or a determiner opens, a score, no count
    (_words("a", "robust", "ten", "gain", "in"), 4, ()),
    (_words("a", "ten", "to", "ten", "vote", "in"), 5, ()),
    (_words("these", "offer", "a", "return"), 2, ()),
    # a singular noun only (en_places' and en_agreement's), a plural that is a verb too
    (_words("of", "two", "member", "in"), 3, ()),
    (_words("of", "ten", "people", "in"), 3, ()),
])
def test_the_place_asks_the_plural(ctx, words, at, asked):
    assert en_count_heads.endings_asked(words, at, words[at], ctx.lexicons["en"]) == asked
