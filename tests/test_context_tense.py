"""The tense a passage is told in credits a lost ``-ed`` (``qa.lang.en_tense``,
``qa.checkers.context_tense``): ``Ministry officials decline to say ...,
but said they were working`` is flagged with ``declined``; the same bare
present in a sentence told in the present, or where it is a noun, an
infinitive or a relative clause's verb, stays quiet."""
from __future__ import annotations

import pytest

from qa.checkers.context_tense import DATED_CREDIT, TENSE_CREDIT, tense_credits, with_tense
from qa.document import Document
from qa.lang import en_tense
from conftest import context_warnings as _warnings


@pytest.fixture(scope="module")
def lex(ctx):
    lex = ctx.lexicons["en"]
    # the README's test command installs it: a missing dictionary fails here, never skips
    assert en_tense.en_tags.for_lexicon(lex) is not None, \
        "the English tagging dictionary is not installed (qa languagetool install)"
    return lex


def _asked(text, word, lex, cands=()):
    doc = Document(text, language="en")
    g = next(k for k, t in enumerate(doc.tokens) if t.text == word)
    return en_tense.past_asked(doc, g, word, cands, lex)


PAST_TOLD = "Ministry officials decline to say when they would give formal approval, but said they were working on it."


def test_a_bare_present_in_a_sentence_told_in_the_past_is_flagged_with_its_past(ctx, lex):
    found = _warnings(PAST_TOLD, ctx)
    assert [(f.start, f.fixes[0].replacement) for f in found] == [(PAST_TOLD.index("decline"), "declined")]


def test_the_same_sentence_told_in_the_present_is_not_warned(ctx, lex):
    text = PAST_TOLD.replace("said they were", "say they are")
    assert _asked(text, "decline", lex) == ((), frozenset(), False)
    assert _warnings(text, ctx) == []


@pytest.mark.parametrize("text, word", [
    (PAST_TOLD, "decline"),
    # an adverb between the subject and the verb; a name the dictionary does not know
    ("The lawsuit said Black and Decker also violate the trademark, and it sought damages.", "violate"),
    # a sentence with no other finite verb is read with its paragraph
    ("Output declined in January. Zenith members approve.", "approve"),
    # an infinitive is no present (``to begin``), nor is the verb of a
    # relative clause (``that prohibits``) or a name (``Merrill Lynch``); a
    # plural that is a verb too heads a noun phrase after ``the``
    ("Life said the companies agree to begin a research program to develop drugs.", "agree"),
    ("It said Asher Edelman agree on a settlement that prohibits further purchases.", "agree"),
    ("The bank said it receive the funds from Merrill Lynch.", "receive"),
    # a relative ``who`` after a comma narrates as the story does
    ("The aide, who decline to be identified, said the plan was dropped.", "decline"),
])
def test_the_past_is_asked(lex, text, word):
    assert _asked(text, word, lex) == (("ed",), frozenset(), False)


@pytest.mark.parametrize("text, word", [
    ("The company said the decline in sales was due to weather.", "decline"),  # a noun
    ("Analysts said they expect the company to decline further.", "decline"),  # an infinitive
    ("It said substances which combine with antibodies were found.", "combine"),  # a relative clause
    ("They said the ministry had a 0.50 yen raise in mind.", "raise"),  # inside a noun phrase
    ("It said the government pledge to cut taxes was kept.", "pledge"),  # a compound's head
    ("Officials said the plan will succeed and output rose.", "rose"),  # no bare present
    ("The USAir Group's propose acquisition was cited.", "propose"),  # after a possessive
    ("The board asked that he resign before the annual meeting.", "resign"),  # a subjunctive
    ("The bank said it forecast a rise in lending.", "forecast"),  # a past as written
    # a condition, a bare infinitive after its verb's object, a present adverb
    ("The union said it would strike if the owners refuse to improve conditions.", "refuse"),
    ("The museum saw attendance levels reach 11,000 visitors when it exhibited his work.", "reach"),
    ("The bank made a loan last year to help it increase its exports.", "increase"),
    ("Although yen bonds now rank second to dollar issues, dealers said supply fell.", "rank"),
])
def test_nothing_is_asked(lex, text, word):
    assert _asked(text, word, lex) == ((), frozenset(), False)


def test_a_word_that_dates_the_sentence_in_the_past_is_told(lex):
    text = "Minister Fernando Santos Alvite arrive here last night for talks, officials said."
    assert _asked(text, "arrive", lex) == (("ed",), frozenset(), True)
    assert _asked(text.replace("last night", "tonight"), "arrive", lex) == (("ed",), frozenset(), False)
    assert _asked(text.replace("last night", "a week ago"), "arrive", lex)[2] is True


def test_a_dated_past_credits_more(lex):
    doc = Document("Minister Fernando Santos Alvite arrive here last night for talks, officials said.",
                   language="en")
    g = next(k for k, t in enumerate(doc.tokens) if t.text == "arrive")
    assert tense_credits(doc, g, "arrive", ("arrived",), (True,), lex) == (DATED_CREDIT,)
    assert DATED_CREDIT > TENSE_CREDIT


def test_a_third_person_is_refused_and_a_plural_noun_is_not(lex):
    text = "Security Pacific Corp said it complete its merger with Diablo Bank."
    assert _asked(text, "complete", lex, ("completed", "completes")) == (("ed",), frozenset({"completes"}), False)
    text = "Sales of European consume goods rose about 2.5 pct, it said."
    assert _asked(text, "consume", lex, ("consumed", "consumers"))[1] == frozenset()


def test_only_an_inflection_with_the_asked_ending_is_credited(lex):
    doc = Document("Security Pacific Corp said it complete its merger with Diablo Bank.", language="en")
    g = next(k for k, t in enumerate(doc.tokens) if t.text == "complete")
    cands = ("completed", "completes", "compete")
    credits = tense_credits(doc, g, "complete", cands, (True, True, False), lex)
    assert credits == (TENSE_CREDIT, None, 0.0)
    # a place's credit is kept for the past and withheld from the present
    assert with_tense((4.0, 4.0, 1.0), credits) == (4.0, 0.0, 1.0)
    assert with_tense(None, credits) == (TENSE_CREDIT, 0.0, 0.0)
    assert tense_credits(doc, g, "complete", cands, (False, False, False), lex) is None


def test_the_past_is_the_first_fix_where_a_place_asks_either(ctx, lex):
    text = "Security Pacific Corp said it complete its planned merger with Diablo Bank on Monday."
    found = _warnings(text, ctx)
    assert [f.fixes[0].replacement for f in found] == ["completed"]


ARRIVED = ("Ecuador's deputy energy minister Fernando Santos Alvite arrive here last night for talks on "
           "further Venezuelan assistance to his country, officials said.")


def test_a_past_dated_by_last_night_is_warned_with_its_past_and_undated_is_not(ctx, lex):
    assert [(f.start, f.fixes[0].replacement) for f in _warnings(ARRIVED, ctx)] == [
        (ARRIVED.index("arrive"), "arrived")]
    assert _warnings(ARRIVED.replace(" last night", ""), ctx) == []


@pytest.mark.parametrize("text, word, fix", [
    ("Moreover, Life said the companies agree to begin a joint research and development program "
     "to develop new drugs.", "agree", "agreed"),
    ("The aide, who decline to be identified, said at a private meeting that the plan was dropped.",
     "decline", "declined"),
])
def test_a_lost_past_after_a_subject_the_round_admits_is_warned(ctx, lex, text, word, fix):
    assert [(f.start, f.fixes[0].replacement) for f in _warnings(text, ctx)] == [(text.index(word), fix)]
