"""Doubles that are two clauses meeting (``What it is is a tax``), a list
label before its item's first word (``a) a tax cut``), and a
title or dateline in capitals run into its text (``WILLIAM TELL William
Tell``, ``MADRID Madrid amaneció``): not repeats. Their twins, the slips and
the neighbour damage of the same shape, stay alarms."""
from __future__ import annotations

import pytest

from qa.checkers.repeat_clauses import MUST_FLAG, MUST_NOT_FLAG
from qa.document import Document
from qa.pipeline import check_document

ALARMS = ("warning", "error")


def repeat_alarms(ctx, text, lang):
    report = check_document(Document.from_text(text, language=lang), ctx)
    return [text[f.start:f.end] for g in report.findings for f in (g, *g.evidence)
            if f.rule.startswith("Repetition") and f.severity in ALARMS]


@pytest.mark.parametrize("lang, text", MUST_NOT_FLAG)
def test_a_free_relative_then_its_main_verb_is_not_a_repeat(ctx, lang, text):
    assert repeat_alarms(ctx, text, lang) == []


@pytest.mark.parametrize("lang, text", MUST_FLAG)
def test_the_same_double_outside_that_shape_stays_an_alarm(ctx, lang, text):
    assert repeat_alarms(ctx, text, lang) != []


@pytest.mark.parametrize("lang, text", [
    ("en", "For the Benefit of Mr. Farren, on Saturday, WILLIAM TELL William Tell, Mr. Macready."),
    ("es", "Esta noche en el teatro: LA VIDA ES SUEÑO La vida es sueño, de Calderón."),
])
def test_a_title_in_capitals_then_the_same_words_is_not_a_repeat(ctx, lang, text):
    assert repeat_alarms(ctx, text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "WASHINGTON Washington officials said on Monday that the plan had failed."),
    ("es", "MADRID Madrid amaneció con nieve este lunes por la mañana."),
])
def test_a_dateline_in_capitals_then_the_same_word_is_not_a_repeat(ctx, lang, text):
    assert repeat_alarms(ctx, text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "WASHINGTON washington officials said on Monday that the plan had failed."),
    ("en", "Washington Washington officials said on Monday that the plan had failed."),
    ("en", "THE The officials said on Monday that the plan had failed."),
    ("es", "MADRID MADRID amaneció con nieve este lunes por la mañana."),
])
def test_a_dateline_copied_as_it_is_or_in_lower_case_stays_an_alarm(ctx, lang, text):
    assert repeat_alarms(ctx, text, lang) != []


@pytest.mark.parametrize("lang, text", [
    ("en", "On Saturday the play the play was staged by Mr. Macready."),
    ("en", "On Saturday WILLIAM TELL WILLIAM TELL was staged by Mr. Macready."),
    ("en", "On Saturday, William Tell William Tell was staged by Mr. Macready."),
])
def test_a_phrase_repeated_in_the_same_case_stays_an_alarm(ctx, lang, text):
    assert repeat_alarms(ctx, text, lang) != []


@pytest.mark.parametrize("lang, text", [
    ("en", "The board had two options: a) a tax cut, b) a loan from the state bank."),
    ("en", "The court ruled that (a) a fine is due and (b) the bank must pay it."),
    ("en", "The options were:\na) a tax cut\nb) a loan from the state bank"),
    ("es", "Las opciones eran dos: a) a partir de mayo, b) en junio del año próximo."),
])
def test_a_list_label_then_the_same_word_is_not_a_repeat(ctx, lang, text):
    assert repeat_alarms(ctx, text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "He saw the (the) report before the meeting on Monday."),
    ("en", "He paid a) a fine before the meeting on Monday."),  # no list before it
    ("en", "Items: (a) (a) is repealed by the new law."),  # the label itself doubled
])
def test_a_bracketed_double_that_is_no_list_label_stays_an_alarm(ctx, lang, text):
    assert repeat_alarms(ctx, text, lang) != []
