"""A newswire unit that lost its plural after a count (``qa.checkers.context_units``,
``qa.lang.en_units``): ``for about 128 mln dlr.`` is flagged with ``dlrs``;
the singular the newswire writes before the noun it modifies, after a
count of one, or at a range's first end stays quiet."""
from __future__ import annotations

import pytest

from qa.checkers import context_word
from qa.checkers.context_word import spoken_reading
from qa.lang import en_units
from conftest import context_warnings as _warnings, padded_run as _words


@pytest.mark.parametrize("text", [
    "It sold the unit to Heublein Inc for about 128 mln dlr. Heublein said it was pleased.",
    "It bought the site from Quail Hollow Properties Inc for 2.8 mln dlr, and plans to build.",
    "The workstation was formerly priced at 14,490 dlr and the publisher at 15,490 dlrs.",
    "It took a fourth quarter charge of 250 mln dlr from discontinued operations.",
    # a count and its scale opening the run
    "Of the total, 90 mln dlr in wheat payments went to Kansas, 266 mln dlrs in corn payments.",
    # "plus" joins a second quantity, whatever the dictionary reads it as
    "It agreed to sell the business to Pagex Inc for 400,000 dlr plus an amount equal to the capital.",
    # "or" opens a phrase of its own, whatever else the dictionary reads it as
    "It reported a net loss of 63.4 mln, or 6.54 dlr per share on revenues of 47.6 mln.",
    # after a determiner, a unit that a preposition follows heads its phrase
    "It has fully subscribed the 120 mln dlr in partnership interests it offered.",
])
def test_a_unit_a_count_asks_the_plural_of_is_flagged_with_it(ctx, text):
    found = _warnings(text, ctx)
    start = text.index(" dlr") + 1
    assert [(f.start, f.end, f.fixes[0].replacement) for f in found] == [(start, start + 3, "dlrs")]


@pytest.mark.parametrize("text", [
    # before the noun it modifies, after a determiner or an adjective
    "The 1986 net includes a 72.0 mln dlr writedown of drilling rigs.",
    "It won a 50 mln dlr contract from the Navy.",
    "Shareholders rejected an all-cash 20 dlr a share bid.",
    # a range's first end
    "Dealers were now looking for a price in the 2.50 dlr to 2.80 dlr range.",
    "Dealers were now looking for at 2.50 dlr to 2.80 dlr range.",
    # a count of one
    "It paid one dlr each for the shares.",
    "Earnings were 1.00 dlr a share.",
    # the plural as written
    "It sold the unit for about 128 mln dlrs.",
    "It paid 380 mln dlrs, including 266 mln dlrs in corn payments, 90 mln dlrs in wheat payments.",
    # a count and its scale opening the run before the noun they modify
    "The bank said that, 90 mln dlr loans aside, it lent nothing.",
    "It agreed to sell the business for 400,000 dlrs plus an amount equal to the capital.",
    # after a determiner, the count and its unit modify the noun after them
    "It paid the 120 mln dlr fee in March.",
])
def test_the_singular_where_the_newswire_writes_it_is_not_flagged(ctx, text):
    assert _warnings(text, ctx) == []


def test_the_units_are_the_spoken_forms_with_a_plural_among_them():
    assert en_units.count_units((("mln", "million"), ("dlrs", "dollars"), ("dlr", "dollar"),
                                 ("pct", "percent"))) == (("dlr", "dlrs"),)


@pytest.mark.parametrize("words, at, asked", [
    (_words("for", "about", "ten", "million", "dollar"), 5, True),
    (_words("priced", "at", "ten", "dollar", "and", "the"), 4, True),
    (_words("a", "ten", "million", "dollar", "writedown"), 4, False),
    (_words("at", "ten", "dollar", "to", "ten", "dollar", "range"), 3, False),
    (_words("paid", "one", "dollar", "each"), 3, False),
])
def test_the_count_place_asks_the_plural(ctx, words, at, asked):
    lex = ctx.lexicons["en"]
    assert en_units.plural_asked(words, at, lex) is asked


def test_the_english_profile_weighs_dlr_against_dlrs(ctx):
    lex = ctx.lexicons["en"]
    spoken, _ = spoken_reading(lex)
    assert dict(lex.profile.count_units) == {"dlr": "dlrs"}
    assert (spoken["dlr"], spoken["dlrs"]) == ("dollar", "dollars")
