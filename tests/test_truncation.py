"""Structure.Truncated: a text cut mid-word or mid-sentence."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.pipeline import check_document

ARTICLE_ES = ("Suben los precios de la energía\n\n"
              "El gobierno anunció ayer que los precios de la energía subirán un diez por ciento.\n\n"
              "La medida entrará en vigor en enero, según explicó el ministerio en un comunicado.\n\n")
ARTICLE_EN = ("Energy prices to rise\n\n"
              "The government said on Monday that energy prices would rise by ten percent next year.\n\n"
              "The measure takes effect in January, the ministry said in a statement.\n\n")


def _truncated(ctx, text, language):
    report = check_document(Document.from_text(text, language=language), ctx)
    return [f for f in report.findings if f.rule == "Structure.Truncated"]


@pytest.mark.parametrize("article, language, last", [
    (ARTICLE_ES, "es", "El ministro explicó que el aumento será gradual y afectará especialmente"),
    (ARTICLE_ES, "es", "El ministro explicó que el aumento será gradual en Barcel"),
    (ARTICLE_ES, "es", "El ministro dijo que"),
    (ARTICLE_ES, "es", "Lo dijo el ministro. El aumento será"),
    (ARTICLE_EN, "en", "The minister said the increase would be gradual and would hit households"),
    (ARTICLE_EN, "en", "Officials expect a significant increase in Caes"),
])
def test_a_last_paragraph_without_the_end_mark_its_siblings_have_is_cut(ctx, article, language, last):
    found = _truncated(ctx, article + last, language)
    assert len(found) == 1
    assert (article + last)[found[0].start:found[0].end] == last.split()[-1]


@pytest.mark.parametrize("article, language, last", [
    (ARTICLE_ES, "es", "Con información de EFE y Reuters"),
    (ARTICLE_ES, "es", "Por Juan Pérez"),
    (ARTICLE_EN, "en", "Reporting by Jane Doe; Editing by John Smith"),
    (ARTICLE_EN, "en", "It is a long game, he said, and the odds are against them - Matthew Ingram"),
    (ARTICLE_EN, "en", "Reuter"),
    (ARTICLE_EN, "en", "The measure was approved."),
    (ARTICLE_ES, "es", "Lista de ganadores"),
    (ARTICLE_ES, "es", "1. Mi ex no me permite ver a mis hijos"),
])
def test_credits_bylines_and_complete_endings_pass(ctx, article, language, last):
    assert _truncated(ctx, article + last, language) == []


def test_paragraphs_that_never_end_with_a_mark_give_no_habit(ctx):
    text = ("Lista de precios\n\nPan de molde integral en oferta hasta el domingo\n\n"
            "Leche entera de vaca en botella de un litro\n\n"
            "Aceite de oliva virgen extra en garrafa grande")
    assert _truncated(ctx, text, "es") == []


def test_the_last_item_of_a_list_is_not_a_cut(ctx):
    text = ARTICLE_ES + "Los productos más caros serán:\n\n*Pescado\n\n*Fideos\n\n*Pastel de arroz"
    assert _truncated(ctx, text, "es") == []


def test_the_last_line_of_a_list_block_is_not_a_cut(ctx):
    text = ARTICLE_ES + "Los productos más caros serán:\n\n*Pescado\n*Fideos\n*Pastel de arroz"
    assert _truncated(ctx, text, "es") == []
