"""A pronoun that ends a subordinate clause as its object and opens the main
clause as its subject (``when they call you you will``, ``si vas con ella ella
te ayuda``): not a repeat. Its twins, the neighbour damage and the slips of the
same words (``said it it would``, ``if it it rains``), stay alarms."""
from __future__ import annotations

import pytest

from qa.checkers.repeat_boundary import MUST_FLAG, MUST_NOT_FLAG, ends_subordinate_clause
from qa.document import Document

from conftest import repetition_alarms


@pytest.mark.parametrize("lang, text, flagged", [(lang, text, False) for lang, text in MUST_NOT_FLAG]
                         + [(lang, text, True) for lang, text in MUST_FLAG])
def test_a_pronoun_across_a_clause_boundary_is_no_repeat_and_its_twins_are(ctx, lang, text, flagged):
    assert bool(repetition_alarms(ctx, text, lang)) is flagged


def test_any_verb_the_dictionary_tags_governs_the_pronoun(ctx):
    # no list of verbs: "outbid", "reprimand" and "forgive" are read by their tags
    for verb in ("outbid", "reprimand", "forgive", "sue"):
        text = f"If they {verb} you you will hear from us."
        assert repetition_alarms(ctx, text, "en") == [], verb


def test_the_other_doubles_of_the_sentence_are_still_judged(ctx):
    text = "When they call you you will will get paid."
    assert repetition_alarms(ctx, text, "en") == ["will will"]


def test_a_language_without_the_fact_keeps_the_double(ctx):
    doc = Document.from_text("Si vas con ella ella te ayudará.", language="es")
    toks = doc.tokens
    i = next(k for k, t in enumerate(toks) if t.text == "ella")
    fr = ctx.lexicons["fr"]
    assert fr.profile.clause_boundary is None
    assert not ends_subordinate_clause(toks, i, i + 1, fr.profile, ctx.lexicons["es"])
