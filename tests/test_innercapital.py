"""A capital inside a lower-case word: damage is flagged, names and brands are not."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.pipeline import check_document


def _inner(ctx, text, language):
    report = check_document(Document.from_text(text, language=language), ctx)
    return [f for f in report.findings if f.rule == "Case.InnerCapital"]


@pytest.mark.parametrize("text, language, word, fixed", [
    ("The results of the elecTion came in late on Sunday.", "en", "elecTion", "election"),
    ("Officials said the goverNment would act.", "en", "goverNment", "government"),
    ("El gobiErno anunció nuevas medidas.", "es", "gobiErno", "gobierno"),
    ("Los precios de la casA subieron.", "es", "casA", "casa"),
])
def test_stray_capital_is_flagged_with_the_lower_case_fix(ctx, text, language, word, fixed):
    found = _inner(ctx, text, language)
    assert [text[f.start:f.end] for f in found] == [word]
    assert found[0].severity in ("warning", "error")
    fix = found[0].fixes[0]
    assert text[:fix.start] + fix.replacement + text[fix.end:] == text.replace(word, fixed)


@pytest.mark.parametrize("language", ["en", "es"])
def test_names_brands_formulas_and_units_are_spared(ctx, language):
    text = ("McDonald DiCaprio DeSantis LeBron MacArthur iPhone eBay iCloud jQuery YouTube PayPal "
            "LinkedIn WhatsApp JavaScript PowerPoint PlayStation GitHub OpenAI ChatGPT BioNTech "
            "macOS iOS mRNA kWh mAh pH NaCl SpaceX ONGs PCs MercadoLibre.")
    assert _inner(ctx, text, language) == []


def test_the_same_spelling_twice_is_a_name(ctx):
    text = "La empresa GobiErno presentó su plan. GobiErno cotiza en bolsa y la casA también."
    assert [text[f.start:f.end] for f in _inner(ctx, text, "es")] == ["casA"]


def test_a_word_that_starts_with_a_capital_is_only_a_signal(ctx):
    found = _inner(ctx, "Dijo que GobiErno y Estado no son lo mismo.", "es")
    assert [f.severity for f in found] == ["info"]


def test_other_languages_are_left_alone(ctx):
    assert _inner(ctx, "Le gouverNement a annoncé des mesures.", "fr") == []
