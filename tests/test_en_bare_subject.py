"""A subject with no determiner whose singular noun ``are``, ``were`` or
``have`` makes plural (``qa.lang.en_bare_subject``): ``Foreign securities
firm are not affected`` is flagged with ``firms``; a second subject after
``and``, a causative's object, a determiner's phrase and a run opened by a
hyphen before a bare present stay quiet."""
from __future__ import annotations

import pytest

from qa.lang import en_bare_subject
from conftest import context_warnings as _warnings, padded_run as _words


@pytest.mark.parametrize("text, word, fix", [
    ("The rules apply to outlets in department stores. Foreign securities firm are not "
     "affected by the ruling, it said.", "firm", "firms"),
    ("Prices rose after recent drops in the dollar, so price have remained much the same.",
     "price", "prices"),
    ("Bankers said 80 pct of all new issue are involved in some swap arrangement.", "issue", "issues"),
])
def test_a_bare_subject_before_a_plural_verb_is_flagged_with_the_plural(ctx, text, word, fix):
    found = _warnings(text, ctx)
    start = text.index(" " + word + " ") + 1
    assert [(f.start, f.fixes[0].replacement) for f in found] == [(start, fix)]


@pytest.mark.parametrize("text", [
    "Sales and profit were higher in the quarter.",
    "Foreign securities firms are not affected by the ruling.",
    "The government would let price have its way.",
])
def test_sound_subjects_are_not_flagged(ctx, text):
    assert _warnings(text, ctx) == []


@pytest.mark.parametrize("words, at, asked", [
    (_words("foreign", "securities", "firm", "are", "not"), 3, ("s",)),
    (_words("so", "price", "have", "remained"), 2, ("s",)),
    (_words("of", "all", "new", "issue", "are"), 4, ("s",)),
    # a second subject, a causative's object, a phrase inside the subject
    (_words("sales", "and", "profit", "were"), 3, ()),
    (_words("would", "let", "price", "have"), 3, ()),
    (_words("terms", "of", "sale", "were"), 3, ()),
    # a determiner opens it (en_agreement's place), a mass or plural reading
    (_words("the", "fund", "are"), 2, ()),
    (_words("data", "are"), 1, ()),
    # a bare present: a run also opens after a hyphen inside a subject
    (_words("year", "government", "bond", "remain", "unchanged"), 3, ()),
])
def test_the_place_asks_the_plural(ctx, words, at, asked):
    assert en_bare_subject.endings_asked(words, at, words[at], ctx.lexicons["en"]) == asked
