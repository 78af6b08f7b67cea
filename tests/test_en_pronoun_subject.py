"""A bare verb after ``it``, ``he`` or ``she`` as its clause's subject
(qa.lang.en_pronoun_subject): the word can be nothing there as written,
and its third person or its past is credited ``SURE_CREDIT``. The place
reads the table ``qa languagetool install`` builds (tests/test_en_tags.py)."""
from __future__ import annotations

import pytest

from qa.checkers import context_word
from qa.lang import en_pronoun_subject
from qa.lexicon import Lexicon
from qa.text.ngram import END, START

from conftest import context_check_warnings as _warnings


FLAGGED = [
    # after "said it": a noun reading (know) or an adjective's (complete)
    # stands no more after a subject than the bare verb does
    ("Acme Corp said it know of no reason for the recent rise in its stock price.", "know", "knows"),
    ("The company said it complete the sale of its wine unit to Heublein Inc for about 128 mln dlrs.",
     "complete", "completed"),
    # an adverb between
    ("The company said it also introduce a new line of skin-care products for men.",
     "introduce", "introduced"),
    # after a subordinator
    ("The lower dollar is welcome as it appear to have helped exporters.", "appear", "appears"),
]


@pytest.mark.parametrize("text, word, fix", FLAGGED)
def test_a_bare_verb_after_a_pronoun_subject_is_flagged_with_its_inflection(raw_ctx, text, word, fix):
    assert _warnings(text, raw_ctx) == [(word, fix)]
    assert _warnings(text.replace(f" {word} ", f" {fix} ", 1), raw_ctx) == []


@pytest.mark.parametrize("text, word, fix", FLAGGED)
def test_without_the_sure_credit_the_word_is_not_flagged(raw_ctx, monkeypatch, text, word, fix):
    monkeypatch.setattr(context_word, "SURE_CREDIT", 0.0)
    assert (word, fix) not in _warnings(text, raw_ctx)


SOUND = [
    "The company said it cut its dividend last year.",  # a past as written
    "The company said it will complete the sale in May.",  # a modal
    "The company said it also plans to sell its wine unit.",
    "The loan will help it meet its payments.",  # "it" an object
    "If it pass the vote, the bill goes to the Senate.",  # after "if": not read
]


@pytest.mark.parametrize("text", SOUND)
def test_sound_text_is_not_flagged(raw_ctx, text):
    assert _warnings(text, raw_ctx) == []


def test_the_place_names_the_endings_it_asks_for():
    lex = Lexicon("en")
    ask = en_pronoun_subject.endings_asked
    assert ask([START, "said", "it", "know", "of", END], 3, "know", lex) == ("s", "ed")
    assert ask([START, "as", "it", "appear", "to", END], 3, "appear", lex) == ("s", "ed")
    assert ask([START, "it", "expect", "a", END], 2, "expect", lex) == ("s", "ed")
    assert ask([START, "said", "he", "also", "introduce", "a", END], 4, "introduce", lex) == ("s", "ed")
    # a past, a modal, an adverb, a third person as written
    for word in ("cut", "will", "also", "plans"):
        assert ask([START, "said", "it", word, "to", END], 3, word, lex) == ()
    # "it" an object, or after "if"; a word that is no adverb between
    for before in ("help", "if", "let"):
        assert ask([START, before, "it", "meet", "the", END], 3, "meet", lex) == ()
    assert ask([START, "said", "it", "new", "introduce", "a", END], 4, "introduce", lex) == ()
    assert ask([START, "said", "they", "know", "of", END], 3, "know", lex) == ()


def test_without_the_table_nothing_is_asked(monkeypatch, tmp_path):
    monkeypatch.setenv("QA_EN_TAGS", str(tmp_path / "absent.sqlite"))
    lex = Lexicon("en")
    assert en_pronoun_subject.endings_asked([START, "said", "it", "know", "of", END], 3, "know", lex) == ()
