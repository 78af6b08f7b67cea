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
    "The court asked that the company delay the sale.",  # a mandative subjunctive
    "Smith and the board agree on the plan.",  # two subjects
    "The company plans to sell the unit.",
])
def test_sound_text_is_not_flagged(ctx, text):
    report = check_document(Document.from_text(text, language="en"), ctx)
    assert [f for f in report.findings if f.severity != "info"] == []


def test_the_place_names_the_endings_it_asks_for():
    lex = Lexicon("en")
    ask = en_noun_subject.endings_asked
    assert ask([START, "the", "report", "contain", "an", END], 3, "contain", lex) == ("s", "ed")
    assert ask([START, "said", "each", "right", "entitle", "holders", END], 4, "entitle", lex) == ("s", "ed")
    # one modifier between the determiner and the noun
    assert ask([START, "the", "annual", "report", "contain", "an", END], 4, "contain", lex) == ("s", "ed")
    # after "that" or "if" (a subjunctive may stand), after "and" (two subjects)
    for before in ("that", "if", "and"):
        assert ask([START, before, "the", "company", "delay", "the", END], 4, "delay", lex) == ()
    # a plural determiner, a plural or mass noun, a word that is a noun too
    assert ask([START, "these", "report", "contain", "an", END], 3, "contain", lex) == ()
    assert ask([START, "the", "data", "contain", "an", END], 3, "contain", lex) == ()
    assert ask([START, "the", "price", "index", "rise", END], 4, "rise", lex) == ()
    # a finite verb as written
    assert ask([START, "the", "report", "contains", "an", END], 3, "contains", lex) == ()


def test_without_the_table_nothing_is_asked(monkeypatch, tmp_path):
    monkeypatch.setenv("QA_EN_TAGS", str(tmp_path / "absent.sqlite"))
    lex = Lexicon("en")
    assert en_noun_subject.endings_asked([START, "the", "report", "contain", "an", END], 3, "contain", lex) == ()
