"""A bare verb after a singular noun that opens its clause as its subject
(qa.lang.en_noun_subject): its third person or its past is credited as a
place the word classes ask for. The place reads the table ``qa languagetool
install`` builds (tests/test_en_tags.py)."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import en_noun_subject
from qa.lexicon import Lexicon
from qa.pipeline import check_document
from qa.text.ngram import END, START


def _flags(text, ctx, word):
    report = check_document(Document.from_text(text, language="en"), ctx)
    return [(f.severity, f.fixes[0].replacement if f.fixes else None) for f in report.findings
            if text[f.start:f.end] == word]


def test_a_bare_verb_after_a_singular_subject_is_flagged_with_its_inflection(ctx):
    text = "The company said each right entitle holders to buy one common share."
    (found,) = _flags(text, ctx, "entitle")
    assert found[0] in ("warning", "error") and found[1] in ("entitles", "entitled")
    assert _flags(text.replace("entitle ", "entitles "), ctx, "entitles") == []


@pytest.mark.parametrize("text", [
    "The court asked that each company delay the sale.",  # a mandative subjunctive
    "Smith and each partner agree on the plan.",  # two subjects
    "The company plans to sell the unit.",
])
def test_sound_text_is_not_flagged(ctx, text):
    report = check_document(Document.from_text(text, language="en"), ctx)
    assert [f for f in report.findings if f.severity != "info"] == []


def test_after_the_the_noun_s_plural_is_as_likely_and_the_verb_is_left_alone(ctx):
    # qa.lang.en_agreement asks the noun's plural there; asking the verb's
    # ending too would flag a sound word whichever lost its end
    text = "The new figure bring total exports to six mln tonnes."
    assert _flags(text, ctx, "bring") == []
    assert [fix for _, fix in _flags(text, ctx, "figure")] == ["figures"]


def test_the_place_names_the_endings_it_asks_for():
    lex = Lexicon("en")
    ask = en_noun_subject.endings_asked
    assert ask([START, "this", "report", "contain", "an", END], 3, "contain", lex) == ("s", "ed")
    assert ask([START, "said", "each", "right", "entitle", "holders", END], 4, "entitle", lex) == ("s", "ed")
    # one modifier between the determiner and the noun
    assert ask([START, "this", "annual", "report", "contain", "an", END], 4, "contain", lex) == ("s", "ed")
    # after "that" or "if" (a subjunctive may stand), after "and" (two subjects)
    for before in ("that", "if", "and"):
        assert ask([START, before, "each", "company", "delay", "the", END], 4, "delay", lex) == ()
    # "the" or a possessive (the noun may have lost its plural), a plural
    # determiner, a plural or mass noun, a word that is a noun too
    for determiner in ("the", "its", "these"):
        assert ask([START, determiner, "report", "contain", "an", END], 3, "contain", lex) == ()
    assert ask([START, "this", "data", "contain", "an", END], 3, "contain", lex) == ()
    assert ask([START, "each", "price", "index", "rise", END], 4, "rise", lex) == ()
    # a finite verb as written
    assert ask([START, "this", "report", "contains", "an", END], 3, "contains", lex) == ()


def test_without_the_table_nothing_is_asked(monkeypatch, tmp_path):
    monkeypatch.setenv("QA_EN_TAGS", str(tmp_path / "absent.sqlite"))
    lex = Lexicon("en")
    assert en_noun_subject.endings_asked([START, "this", "report", "contain", "an", END], 3, "contain", lex) == ()
