"""A damaged part of a hyphenated compound is read as the compound the word
model lists (``qa.checkers.context_compound``): ``sho-term`` is
``short-term``; a compound the model lists neither as written nor mended
is read as its two words (``seven-moth contract``: ``seven month``);
sound compounds, listed or not, stay quiet."""
from __future__ import annotations

import pytest

from qa.checkers import context_word
from qa.checkers.context_compound import partner
from qa.document import Document
from qa.originals import rank_originals
from qa.pipeline import sentence_judge
from conftest import context_findings as _context_findings


@pytest.mark.parametrize("text, word, fix", [
    ("The government plans to sell 2,000 billion lire of sho-term bills on Monday.", "sho", "short"),
    ("The utility will issue long-ter bonds to pay for the new plant.", "ter", "term"),
    ("She is a wel-known economist at the central bank.", "wel", "well"),
    # compounds the model does not list, read as two words
    ("Under the seven-moth contract the company will build four ships.", "moth", "month"),
    ("Telxon Corp said it expects per-hare earnings to rise this year.", "hare", "share"),
    ("Benetton bought stakes in Italian firms operating in fast-rowing fields.", "rowing", "growing"),
    ("The utility plans a 300 megawatt cal-fired steam generator.", "cal", "coal"),
    # after a prefix, the second part is still read
    ("Telxon Corp said it expects pre-tax earnings per hare to rise this year.", "hare", "share"),
])
def test_a_damaged_part_is_flagged_with_the_compound_it_makes(ctx, text, word, fix):
    found = _context_findings(text, ctx)
    start = text.index(word)
    assert [(f.start, f.fixes[0].replacement) for f in found] == [(start, fix)]


@pytest.mark.parametrize("text", [
    "Under the seven-month contract the company will build four ships.",
    "Telxon Corp said it expects per-share earnings to rise this year.",
    "Benetton bought stakes in Italian firms operating in fast-growing fields.",
    "The utility plans a 300 megawatt coal-fired steam generator.",
    "Prices rose sharply in mid-February, the ministry said.",
    "He was charged with strong-arm robbery last year.",
    "The company will repay short-term debt with the proceeds.",
    "The farmer-owned reserve held more wheat than a year ago.",
    "Iron-ore shipments fell in the third quarter.",
    "It makes state-of-the-art chips for cars.",
    # before a figure a part is no word ("in mid 1989" asked "mind")
    "The terminal will be completed in mid-1989, a banker said.",
    # a prefix is no word ("internet bank", "per split")
    "It was hindering tougher inter-bank competition, the bank said.",
    "The board raised the quarterly dividend to 12 cts pre-split from 10 cts.",
])
def test_sound_compounds_stay_quiet(ctx, text):
    assert _context_findings(text, ctx) == []


def test_the_compound_ranks_first_among_a_spans_repairs(ctx):
    # read in its run alone, "sho" before a hyphen reads as "should" or
    # "show"; across the hyphen only "short" makes a word of the model
    text = "Proceeds will be used to repay sho-term debt and for working capital."
    lex = ctx.lexicons["en"]
    doc = Document.from_text(text, language="en")
    start = text.index("sho-")
    fits = {w: context_word.fit_and_place(doc, start, start + 3, w, lex)[0] for w in ("short", "should")}
    assert fits["short"] > fits["should"]
    assert rank_originals(doc, start, start + 3, sentence_judge(ctx))[0].word == "short"


@pytest.mark.parametrize("text, word, fix", [
    ("The agreement by the seen-member Association of Tin Producing Countries was signed.", "seen", "seven"),
    ("It received a 32 to 33 mln dlr eight-ear 9.375 pct mortgage loan on the building.", "ear", "year"),
    ("The Dutch central bank announced new ele-day special advances to the money market.", "ele", "eleven"),
])
def test_a_counted_compound_asks_a_number_and_a_counted_noun(ctx, text, word, fix):
    # read as two words the model finds "seen member" unlikely, but not by
    # enough; the compound itself asks a number before "member"
    found = [f for f in _context_findings(text, ctx) if f.severity != "info"]
    assert [(f.start, f.fixes[0].replacement) for f in found] == [(text.index(word), fix)]


@pytest.mark.parametrize("text", [
    "The agreement by the seven-member Association of Tin Producing Countries was signed.",
    "It received a 32 to 33 mln dlr eight-year 9.375 pct mortgage loan on the building.",
    "The Dutch central bank announced new eleven-day special advances to the money market.",
    "Shares were offered to fourth-year students and staff.",
    "Flights were on-time for most of the month.",
    "The board plans a 90-day review and a two-tier structure.",
])
def test_sound_counted_compounds_stay_quiet(ctx, text):
    assert [f for f in _context_findings(text, ctx) if f.severity != "info"] == []


@pytest.mark.parametrize("text, start, end, expected", [
    ("repay sho-term debt", 6, 9, ("term", "sho-term", False)),
    ("long-ter bonds", 5, 8, ("long", "long-ter", True)),
    ("repay short term", 6, 11, None),
    ("state-of-the-art chips", 6, 8, None),  # three parts or more
    ("the A-sho-term", 6, 9, None),
])
def test_the_partner_of_a_compounds_part(text, start, end, expected):
    assert partner(text, start, end) == expected
