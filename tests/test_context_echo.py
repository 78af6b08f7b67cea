"""The document's own word pairs credit a repair (``qa.checkers.context_echo``):
``lower rude prices`` where the story wrote ``lower crude prices`` before is
flagged with ``crude``; the same sentence alone, and a noun's singular
before the noun it modifies where the story has its plural after a count,
stay quiet."""
from __future__ import annotations

import pytest

from qa.checkers.context_echo import BOTH_SIDES, ONE_SIDE, DocumentPairs, echo_credits
from conftest import context_warnings as _warnings


# (the story's earlier sentence, the damaged one, the damaged word, its repair)
ECHOED = [
    ("Shell said lower crude prices cut its profit by a third.",
     "It expects lower rude prices to hold through the summer, the company said.",
     "rude", "crude"),
    ("Wallis was quoted as saying the talks had gone well.",
     "Baker was quoted as say the dollar had fallen far enough.",
     "say", "saying"),
    ("Scrap consumption fell to 24,900 tons in December.",
     "Scrap consumption increased to 31,100 tos in January, the institute said.",
     "tos", "tons"),
]


@pytest.mark.parametrize("before, damaged, word, fix", ECHOED)
def test_a_repair_the_story_uses_beside_the_same_neighbour_is_flagged(ctx, before, damaged, word, fix):
    text = before + " " + damaged
    found = _warnings(text, ctx)
    start = text.index(" " + word + " ") + 1
    assert [(f.start, f.fixes[0].replacement) for f in found] == [(start, fix)]


@pytest.mark.parametrize("before, damaged, word, fix", ECHOED)
def test_the_same_sentence_alone_is_not_warned(ctx, before, damaged, word, fix):
    # the echo is what carries these over the flag: the model alone reads
    # each within reach of its flag, not over it
    assert _warnings(damaged, ctx) == []


@pytest.mark.parametrize("text", [
    # a noun's singular before the noun it modifies, its plural after a count
    "The loan totals 2.5 billion francs. The 2.5 billion franc issue carries a coupon of eight pct.",
    "Thailand shipped 5.5 mln tonnes last year under a 5.5 mln tonne quota.",
    # both forms beside the same neighbour: the story says nothing either way
    "The company holds 10 pct of the shares. The share price rose and the shares closed higher.",
])
def test_sound_stories_stay_quiet(ctx, text):
    assert _warnings(text, ctx) == []


def _credits(text, word, cands, inflected):
    texts = text.split()
    bounds = [(0, len(texts))]
    g = texts.index(word)
    return echo_credits(DocumentPairs(texts, bounds), 0, len(texts), g, cands, inflected)


def test_both_neighbours_echoed_take_the_larger_credit():
    text = "quoted as saying the talks and quoted as say the dollar"
    assert _credits(text, "say", ("saying", "sway"), (True, False)) == (BOTH_SIDES, 0.0)


def test_one_neighbour_echoed_credits_only_what_is_no_inflection():
    assert _credits("lower crude prices and lower rude costs", "rude", ("crude", "rudes"), (False, True)) \
        == (ONE_SIDE, 0.0)
    # a plural after a count is no evidence for the singular before a noun
    assert _credits("billion francs and a billion franc issue", "franc", ("francs",), (True,)) is None


def test_a_side_the_story_also_writes_the_word_on_says_nothing():
    # "lower rude" stands twice: the left side is no evidence for "crude"
    text = "lower crude oil , lower rude gas and lower rude coal"
    texts = text.split()
    pairs = DocumentPairs(texts, [(0, 3), (4, len(texts))])
    g = texts.index("rude")
    assert echo_credits(pairs, 4, len(texts), g, ("crude",), (False,)) is None


def test_pairs_are_read_within_runs_only():
    texts = ["oil", "prices", "fell", "crude", "rose"]
    counts = DocumentPairs(texts, [(0, 2), (3, 5)]).counts
    assert counts[("oil", "prices")] == 1 and counts[("crude", "rose")] == 1
    assert ("prices", "fell") not in counts and ("fell", "crude") not in counts


def test_every_number_is_one_form_in_a_pair():
    texts = "minus 30.2 for Britain and min 5.7 for Italy".split()
    g = texts.index("min")
    credits = echo_credits(DocumentPairs(texts, [(0, len(texts))]), 0, len(texts), g,
                           ("minus", "mint"), (False, False))
    assert credits == (ONE_SIDE, 0.0)


def test_a_word_none_of_whose_candidates_the_story_holds_is_not_read():
    texts = "lower crude prices and lower rude costs".split()
    pairs = DocumentPairs(texts, [(0, len(texts))])
    assert echo_credits(pairs, 0, len(texts), texts.index("rude"), ("prude", "rudder"), (False, False)) is None
