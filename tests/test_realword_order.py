"""A rare listed fragment's repairs ordered by its place
(qa.checkers.realword_order): ``Garble.RealWord`` offers the completion or
the lost letter the place asks for first, and flags as it did."""
from __future__ import annotations

import pytest

from qa.checkers import realword, realword_order
from qa.document import Document


def _finding(text: str, word: str, language: str, ctx):
    doc = Document.from_text(text, language=language)
    [f] = [f for f in realword.check(doc, ctx) if doc.text[f.start:f.end] == word]
    return f


@pytest.mark.parametrize("text, word, original, language", [
    # the restoration alone was the commonest completion: ``operation``,
    # ``increase``, ``principal``, ``mostrar``; or the commonest word one
    # letter longer: ``sospechoso``
    ("He said the company would be operati at a loss.", "operati", "operating", "en"),
    ("Prices have been increa for three months.", "increa", "increased", "en"),
    ("The agreement in princi was reached on Friday.", "princi", "principle", "en"),
    ("El presidente se mostr hoy satisfecho con el acuerdo.", "mostr", "mostró", "es"),
    ("La policía detuvo a dos sospechos en la capital.", "sospechos", "sospechosos", "es"),
])
def test_the_place_puts_the_fragments_original_first(ctx, text, word, original, language):
    f = _finding(text, word, language, ctx)
    assert realword.restoration(word, ctx.lexicons[language])[0] != original
    assert f.fixes[0].replacement == original
    assert f.data["candidates"][0] == original
    confidences = [x.confidence for x in f.fixes]
    assert confidences == sorted(confidences, reverse=True)


@pytest.mark.parametrize("text, word, first, language", [
    # a restoration the place agrees with stays first
    ("The new measu were approved by the board.", "measu", "measures", "en"),
    ("Officials said the export certifica have been issued.", "certifica", "certificate", "en"),
    ("Sales rose after the price increa of last year.", "increa", "increase", "en"),
    ("La empresa no podrá compet con los precios de China.", "compet", "competir", "es"),
])
def test_a_restoration_the_place_agrees_with_stays_first(ctx, text, word, first, language):
    assert _finding(text, word, language, ctx).fixes[0].replacement == first


@pytest.mark.parametrize("text, word, language", [
    ("He said the company would be operati at a loss.", "operati", "en"),
    ("El presidente se mostr hoy satisfecho con el acuerdo.", "mostr", "es"),
])
def test_the_flag_and_its_strength_are_the_restorations(ctx, text, word, language):
    """Only the repairs change: the same severity and confidence as the word
    alone (no place to read, the one restoration), and the first fix keeps
    the finding's confidence (a flag's rank among a document's flags)."""
    here = _finding(text, word, language, ctx)
    alone = _finding(word, word, language, ctx)
    assert [x.replacement for x in alone.fixes] == [realword.restoration(word, ctx.lexicons[language])[0]]
    assert (here.rule, here.severity, here.confidence) == (alone.rule, alone.severity, alone.confidence)
    assert here.fixes[0].confidence == alone.fixes[0].confidence == here.confidence
    assert here.data["neighbour"] == alone.data["neighbour"]
    assert len(here.fixes) > 1


def test_a_lost_accent_keeps_its_one_restoration(ctx):
    f = _finding("El ultimo informe se publicará mañana.", "ultimo", "es", ctx)
    assert f.data["kind"] == "accent"
    assert [x.replacement for x in f.fixes] == ["último"]
    assert realword_order.ordered_restorations(
        Document.from_text("El ultimo informe.", language="es"), 3, 9, "último", "accent",
        ctx.lexicons["es"]) is None


def test_the_restorations_are_priced_by_their_damage(ctx):
    lex = ctx.lexicons["en"]
    found = {c.word: c for c in realword_order.restorations("measu", "measures", "truncation", lex)}
    assert found["measures"].cost == realword_order.CUT_COST
    assert found["measures"].operations == ("cut",)
    # a lost letter is priced as one (``measure`` is ``measu`` less two: not here)
    letter = {c.word: c for c in realword_order.restorations("tempo", "tiempo", "letter", ctx.lexicons["es"])}
    assert letter["tiempo"].cost < realword_order.CUT_COST
