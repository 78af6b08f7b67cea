"""A reporting verb's place (qa.lang.en_reporting) and what a place asks in
the repairs' ranking (qa.checkers.context_word.fit_and_place): they read the
table ``qa languagetool install`` builds (tests/test_en_tags.py)."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from qa.checkers import context_word
from qa.context import Context
from qa.document import Document
from qa.lang import BUILTIN, en_reporting
from qa.lexicon import Lexicon
from qa.options import Options
from qa.originals import rank_originals
from qa.pipeline import sentence_judge
from qa.text.ngram import END, START


@pytest.fixture(scope="module")
def raw():
    return Context.create(Options(grammar="off", calibrated=False))


@pytest.fixture(scope="module")
def placeless():
    """The same run without the places that ask a word outright."""
    en = replace(BUILTIN["en"], word_places=None)
    return Context.create(Options(grammar="off", calibrated=False), profiles={**BUILTIN, "en": en})


def _findings(text, ctx):
    """The context check's own findings: (word, severity, first fix)."""
    return [(text[f.start:f.end], f.severity, f.fixes[0].replacement)
            for f in context_word.check(Document.from_text(text, language="en"), ctx)]


# dropped letters of the calibration half's damage, in their own sentences
FLAGGED = [
    ("The New York Stock Exchange sad its members overwhelmingly approved a rule change.",
     "sad", "said"),
    ("In its statement, TENERA LP aid it will make an initial quarterly distribution.",
     "aid", "said"),
    ("Ortner, who stressed he was expressing personal views, aid he thought the dollar was low.",
     "aid", "said"),
    ("Under terms of the agreement, Life aid Toray purchased exclusive rights to market the test.",
     "aid", "said"),
    # the reported clause opens with its subject, no determiner before it
    ("Sales in the four-week period rose 8.2 pct. K Mart aid consolidated sales in the period "
     "were 1,459,193,000 dlrs.", "aid", "said"),
    # the attribution ends the sentence, after a name the model knows or not
    ("Oil exports were suspended, a spokesman for the state-run oil company Ecopetrol sai.",
     "sai", "said"),
    ("The rules will only apply initially to delivery against payment transactions, AIBD sai.",
     "sai", "said"),
    # a firm's name whose parts "and" joins (the newswire writes "&" so)
    ("The debt is supported by the 1.6 billion dlr acquisition, S and P aid. USAir is strong.",
     "aid", "said"),
    ("Sales rose 12 pct in the quarter, Procter and Gamble sad. The dividend was raised.",
     "sad", "said"),
]


@pytest.mark.parametrize("text, word, fix", FLAGGED)
def test_a_word_between_a_subject_and_its_clause_is_read_as_the_reporting_verb(raw, text, word, fix):
    assert _findings(text, raw) == [(word, "warning", fix)]
    assert _findings(re.sub(rf"\b{word}\b", fix, text, count=1), raw) == []


@pytest.mark.parametrize("text, word, fix", [
    # at a run's end after a name the model does not know, the edge is an
    # n-gram of its own, and the trigram reads the attribution without the
    # place (context_word._at_run_edge_after_unknown)
    item for item in FLAGGED if not item[0].endswith(f" {item[1]}.")])
def test_without_the_place_the_trigram_alone_gives_only_a_signal(placeless, text, word, fix):
    assert (word, "warning", fix) not in _findings(text, placeless)


@pytest.mark.parametrize("text", [
    "The United States gave economic aid that the country needed.",
    "Western aid that was promised never arrived.",
    "Congress voted aid to the rebels last year.",
    "He said the food aid the country receives is not enough.",
    "It was a sad day for the company, he said.",
    "The military aid it received was cut by Congress.",
    # at the end of a run: a verb's object, a noun's phrase, an adjective
    "The bank had already encouraged donors to increase aid, he added.",
    "Congress approved 100 mln dlrs in Contra aid.",
    "The plant, which the company bought from Westinghouse, is 50 years old.",
    "Western donors pledged more aid, officials said.",
    # "and" joins two objects, not the parts of a name
    "The company cut its spending on research and aid.",
    "Congress voted military and economic aid.",
])
def test_aid_as_a_noun_stays_unflagged(raw, text):
    assert [f for f in _findings(text, raw) if f[1] == "warning"] == []


def test_the_place_names_the_reporting_verbs():
    lex = Lexicon("en")
    ask = en_reporting.words_asked
    verbs = en_reporting.REPORTING_VERBS
    # a noun, a name the dictionary does not list, a pronoun, a run's start
    assert ask([START, "the", "exchange", "sad", "it", "raised", END], 3, "sad", lex) == verbs
    assert ask([START, "tenera", "lp", "aid", "it", END], 3, "aid", lex) == verbs
    assert ask([START, "aid", "he", "thought", END], 1, "aid", lex) == verbs
    # before the clause: a name the model knows (``toray``) or does not (None)
    assert ask([START, "life", "aid", "toray", "purchased", END], 2, "aid", lex) == verbs
    assert ask([START, "life", "aid", None, "purchased", END], 2, "aid", lex) == verbs
    # a noun's place: after an adjective, a determiner, a preposition
    assert ask([START, "economic", "aid", "that", END], 2, "aid", lex) == frozenset()
    assert ask([START, "the", "aid", "it", "received", END], 2, "aid", lex) == frozenset()
    assert ask([START, "for", "aid", "that", END], 2, "aid", lex) == frozenset()
    # a clause that opens with its subject and no determiner
    assert ask([START, "mart", "aid", "consolidated", "sales", END], 2, "aid", lex) == verbs
    assert ask([START, "mart", "aid", "profits", "rose", END], 2, "aid", lex) == verbs
    # the end of a run that its subject fills: the attribution (``, the exchange said.``)
    assert ask([START, "the", "exchange", "aid", END], 3, "aid", lex) == verbs
    assert ask([START, "oil", "company", None, "sai", END], 4, "sai", lex) == verbs
    assert ask([START, "engineering", "measurements", "sid", END], 3, "sid", lex) == verbs
    # ... not an object's end (``in Contra aid.``, ``to increase aid.``), nor alone in its run
    assert ask([START, "in", "contra", "aid", END], 3, "aid", lex) == frozenset()
    assert ask([START, "to", "increase", "aid", END], 3, "aid", lex) == frozenset()
    assert ask([START, "is", "ten", "years", "old", END], 4, "old", lex) == frozenset()
    assert ask([START, "aid", END], 1, "aid", lex) == frozenset()
    # a name whose parts "and" joins fills the run too (``, S and P aid.``) ...
    assert ask([START, "s", "and", "p", "aid", END], 4, "aid", lex) == verbs
    assert ask([START, "procter", "and", "gamble", "sad", END], 4, "sad", lex) == verbs
    # ... not "and" right before the word, nor between words that are no name's
    assert ask([START, "s", "and", "aid", END], 3, "aid", lex) == frozenset()
    assert ask([START, "research", "and", "aid", END], 3, "aid", lex) == frozenset()
    assert ask([START, "profits", "and", "sales", "aid", END], 4, "aid", lex) == frozenset()
    # no clause after it
    assert ask([START, "the", "exchange", "aid", "to", END], 3, "aid", lex) == frozenset()
    assert ask([START, "the", "exchange", "aid", "in", "the", END], 3, "aid", lex) == frozenset()


def test_without_the_table_only_the_plain_places_are_asked(monkeypatch, tmp_path):
    monkeypatch.setenv("QA_EN_TAGS", str(tmp_path / "absent.sqlite"))
    lex = Lexicon("en")
    ask = en_reporting.words_asked
    assert ask([START, "the", "exchange", "sad", "it", END], 3, "sad", lex) == frozenset()
    assert ask([START, "aid", "he", "thought", END], 1, "aid", lex) == en_reporting.REPORTING_VERBS


@pytest.mark.parametrize("text, word, original", [
    # the check credits the place; the ranking used to weigh the trigram alone
    ("Chronar Corp said it sign a joint venture agreement with Rade.", "sign", "signed"),
    ("The manager said the negotiations were proceed well at the time.", "proceed", "proceeding"),
    ("Erk sid the capital and other requirements for the banks were met.", "sid", "said"),
    # the attribution at the end of its sentence
    ("The settlement calls for the dismissal of pending litigation between the parties, "
     "Lucky Stores sid. The withdrawal follows.", "sid", "said"),
    ("It provides testing services to the oil and gas industry, Engineering Measurements sid. "
     "The company also said its vice president has resigned.", "sid", "said"),
    # ... after a name the model does not know: the place reads the word alone, as the check does
    ("Oil exports were suspended, a spokesman for the state-run oil company Ecopetrol sid. "
     "He said no damage was reported.", "sid", "said"),
])
def test_a_repair_its_place_asks_for_is_ranked_first(raw, text, word, original):
    lex = raw.lexicons["en"]
    doc = Document.from_text(text, language="en")
    start = re.search(rf"\b{word}\b", text).start()
    fit, credit = context_word.fit_and_place(doc, start, start + len(word), original, lex)
    assert credit > 0
    assert rank_originals(doc, start, start + len(word), sentence_judge(raw))[0].word == original


def test_an_inflection_of_a_longer_word_takes_no_credit_in_the_ranking(raw):
    # ``sides`` inflects ``side``, not the damaged ``sid``: the place's
    # endings are not asked of it
    text = "Erk sid the capital and other requirements for the banks were met."
    doc = Document.from_text(text, language="en")
    start = text.index("sid")
    assert context_word.fit_and_place(doc, start, start + 3, "sides", raw.lexicons["en"])[1] == 0.0
