"""A modal's place (qa.lang.en_modal): a bare ``be`` or ``have`` after a
subject wants a modal, and a word that is only an adjective or a noun
there (``ill``, ``cold``) lost a letter of one."""
from __future__ import annotations

import re

import pytest

from qa.lang import en_modal
from qa.lexicon import Lexicon
from qa.text.ngram import END, START
from conftest import context_check_warnings

# dropped letters of the calibration half's damage, in their own sentences
FLAGGED = [
    ("The notes are in denominations of one mln yen and ill be listed in Luxembourg.", "ill", "will"),
    ("Austmet ill have an initial equity base of one billion dlrs, Metal Traders said.", "ill", "will"),
]


@pytest.mark.parametrize("text, word, fix", FLAGGED)
def test_a_word_before_a_bare_be_after_its_subject_is_read_as_the_modal(raw_ctx, text, word, fix):
    assert context_check_warnings(text, raw_ctx) == [(word, fix)]
    assert context_check_warnings(re.sub(rf"\b{word}\b", fix, text, count=1), raw_ctx) == []


@pytest.mark.parametrize("text, word, fix", FLAGGED)
def test_without_the_place_the_trigram_alone_does_not_warn(placeless_ctx, text, word, fix):
    assert (word, fix) not in context_check_warnings(text, placeless_ctx)


@pytest.mark.parametrize("text", [
    "The notes will also be listed in Luxembourg and also be traded in London.",
    "He fell ill last year and could not be reached for comment.",
    "It may well be that the bank will still have to raise its rates.",
])
def test_sound_copy_stays_quiet(raw_ctx, text):
    assert context_check_warnings(text, raw_ctx) == []


def test_the_place_names_the_modals():
    lex = Lexicon("en")
    words = [START, "yen", "and", "ill", "be", "listed", END]
    assert en_modal.words_asked(words, 3, "ill", lex) == en_modal.MODALS
    # an adverb may stand there, and a word after a determiner has no subject
    assert en_modal.words_asked([START, "and", "also", "be", END], 2, "also", lex) == frozenset()
    assert en_modal.words_asked([START, "the", "cold", "be", END], 2, "cold", lex) == frozenset()
    # only before a bare "be" or "have"
    assert en_modal.words_asked([START, "yen", "and", "ill", "health", END], 3, "ill", lex) == frozenset()
