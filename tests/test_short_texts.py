"""Short texts (headlines, first sentences) get a language, or an honest "unknown"."""
from __future__ import annotations

import json
import math
from collections import Counter

import pytest

from qa.document import Document
from qa.lexicon import Lexicons
from qa.pipeline import check_document
from qa.text.language import UNKNOWN, UNLISTED, detect_language
from qa.text.tokens import tokenize

from conftest import FIXTURES

SHORT = [json.loads(line) for line in (FIXTURES / "short_texts.jsonl").open(encoding="utf-8")]


def test_headlines_in_four_languages_are_recognised():
    lists = Lexicons()
    right, wrong = Counter(), []
    for rec in SHORT:
        got = detect_language(tokenize(rec["text"]), lists=lists)
        if got == rec["lang"]:
            right[rec["lang"]] += 1
        elif got != UNKNOWN:
            wrong.append((rec["text"], got))
    assert wrong == []
    assert all(right[lang] >= 14 for lang in ("es", "en", "fr", "de")), right


def test_answers_do_not_depend_on_the_texts_seen_before():
    """Word log-frequencies are kept per run: a text gets the same language
    whether the run met its words earlier or not."""
    texts = [tokenize(rec["text"]) for rec in SHORT]
    lists = Lexicons()
    forward = [detect_language(t, lists=lists) for t in texts]
    lists = Lexicons()
    backward = [detect_language(t, lists=lists) for t in reversed(texts)][::-1]
    assert forward == backward
    # and what was kept is each word's own number in each language
    for code in ("es", "en", "fr", "de"):
        kept = lists[code].memo("language.log10")
        assert kept, code
        common = lists[code].common_words
        for word, value in kept.items():
            f = common.get(word, 0.0)
            assert value == math.log10(f if f > UNLISTED else UNLISTED), (code, word)


def test_function_words_alone_miss_most_of_them():
    """What the word lists add: without them most headlines stay unknown."""
    found = sum(detect_language(tokenize(rec["text"])) == rec["lang"] for rec in SHORT)
    assert found < 0.7 * len(SHORT)


@pytest.mark.parametrize("text", ["Xyzzy plugh 12 34.", "Qwrtp zxkv brmmt."])
def test_no_clear_winner_is_unknown(text):
    assert detect_language(tokenize(text), lists=Lexicons()) == UNKNOWN


def test_a_short_spanish_text_gets_the_word_list_checks(ctx):
    report = check_document(Document.from_text("El gobirno subió los inpuestos ayer."), ctx)
    assert report.language == "es"
    assert {f.rule for f in report.findings} >= {"Spelling.NonWord"}
    assert report.notes == ()


def test_an_unknown_language_is_said_plainly(ctx):
    report = check_document(Document.from_text("Xyzzy plugh 12 34."), ctx)
    assert report.language == UNKNOWN
    assert report.notes == ("language not recognised; checks that need a word list were skipped; "
                            "pass --lang",)
