"""A newswire unit run into the next word after an amount (OCR.GluedWords), or misread
by OCR there (OCR.Confusion: ``128 mln cllrs``):
``30 mln dlrsof its`` is ``dlrs of``. The units (``dlrs``, ``mln``, ``cts``)
are rarer in the word list than a split's halves must be, so the ordinary
split search never offers the pair, and two units run together have no
vowel (``mlndlrs``), which read as OCR garbage."""
from __future__ import annotations

import pytest

from qa.checkers import glue, nonword, ocr
from qa.document import Document


def warned(ctx, text: str) -> dict[str, tuple[str, str]]:
    d = Document.from_text(text, language="en")
    found = [*nonword.check(d, ctx), *ocr.check(d, ctx)]
    return {d.text[f.start:f.end]: (f.rule, f.fixes[0].replacement) for f in found
            if f.severity != "info" and f.fixes}


@pytest.mark.parametrize("text,word,fix", [
    ("BanPonce Corp said it privately placed 30 mln dlrsof its senior notes.", "dlrsof", "dlrs of"),
    ("Net was 1.1 mln dlrs, or 19 ctsa share, in 1985.", "ctsa", "cts a"),
    ("It paid around 5.5 ctscash per bushel.", "ctscash", "cts cash"),
    ("The company raised 300 mlndlrs from the sale.", "mlndlrs", "mln dlrs"),
])
def test_a_unit_run_into_the_next_word_after_an_amount_is_glue(ctx, text, word, fix):
    assert warned(ctx, text).get(word) == ("OCR.GluedWords", fix)


@pytest.mark.parametrize("text", [
    "Net was 1.1 mln dlrs, or 19 cts a share, in 1985.",
    "The ctsa said so.",  # no amount before it
    "It raised 300 mln dlrs.",
])
def test_no_glue_without_an_amount_or_a_unit(ctx, text):
    assert all(rule != "OCR.GluedWords" for rule, _ in warned(ctx, text).values())


def test_the_pair_is_a_unit_and_a_common_word_or_another_unit(ctx):
    en = ctx.lexicons["en"]
    assert glue.glued_unit("dlrsof", en) == ("dlrs", "of")
    assert glue.glued_unit("mlndlrs", en) == ("mln", "dlrs")
    assert glue.glued_unit("dlrsxq", en) is None  # no word after the unit
    assert glue.glued_unit("dlrsof", ctx.lexicons["es"]) is None  # no newswire units in Spanish


@pytest.mark.parametrize("text,word,fix", [
    ("It sold Almaden to Heublein Inc for about 128 mln cllrs last year.", "cllrs", "dlrs"),
    ("Cleveland had 479,000 cllrs in pretax profits.", "cllrs", "dlrs"),
])
def test_a_unit_misread_by_ocr_after_an_amount(ctx, text, word, fix):
    assert warned(ctx, text).get(word) == ("OCR.Confusion", fix)


def test_a_misread_unit_needs_an_amount_before_it(ctx):
    assert "cllrs" not in warned(ctx, "The cllrs said so.")
