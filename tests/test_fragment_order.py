"""A non-word's repairs ordered by its place (qa.checkers.fragment_order):
a cut-off word's completion first where the place asks for it."""
from __future__ import annotations

import pytest

from qa.checkers import fragment_order, nonword
from qa.text import damage
from qa.document import Document
from qa.text.suggest import Candidate, suggest


def _finding(text: str, word: str, language: str, ctx):
    doc = Document.from_text(text, language=language)
    [f] = [f for f in nonword.check(doc, ctx) if doc.text[f.start:f.end] == word]
    return f


@pytest.mark.parametrize("text, word, original, language", [
    # a plural the determiner asks for, where the singular is the commoner
    ("Las pruebas mostraron que el ácido suprimió la entrada del virus en las célul.", "célul",
     "células", "es"),
    ("Según los científic, un niño se ahoga en una de estas piscinas.", "científic", "científicos", "es"),
    # a completion, not a split the frequencies favour
    ("Pero la realid se ha impuesto a la ficción.", "realid", "realidad", "es"),
    ("Mientras se dirigían a toda velocid hacia el norte.", "velocid", "velocidad", "es"),
    # the gender the determiner asks for, which the classes do not tell
    ("México solicitó la comparecencia judicial de la actr para rendir cuentas.", "actr", "actriz", "es"),
    ("Margarita Zavala renuncia a la candidatu presidencial.", "candidatu", "candidatura", "es"),
    # the verb form its subject asks for, not the commoner short one
    ("Fuentes oficiales del banco dijer que no está fijada la comisión.", "dijer", "dijeron", "es"),
    # a gerund, a noun, a past tense: the model's n-grams around the fragment
    ("The company will consider an increased cash dividend at its June meeti. The company said",
     "meeti", "meeting", "en"),
    ("The selli concession is 1-1/4 pct while management and underwriting combined pay",
     "selli", "selling", "en"),
    ("Allure Cosmetics Inc said it reached an agreem with Motown Industries.", "agreem",
     "agreement", "en"),
    ("Louart said it boug 35,900 Amerford common shares between March 19 and Jan 30.", "boug",
     "bought", "en"),
])
def test_the_place_puts_the_completion_first(ctx, text, word, original, language):
    f = _finding(text, word, language, ctx)
    assert f.rule == "Spelling.NonWord"
    assert f.fixes[0].replacement == original
    # the fixes' confidences follow their order: a report, the fixer and
    # the evaluation all read the first as the best
    confidences = [x.confidence for x in f.fixes]
    assert confidences == sorted(confidences, reverse=True)


@pytest.mark.parametrize("text, word, first, language", [
    # a lost letter the place asks for stays first (a plural that fits as well is dearer)
    ("Revenues in the quarte fell to 521.1 mln dlrs from 716.9 mln.", "quarte", "quarter", "en"),
    ("El gobirno anunció nuevas medidas.", "gobirno", "gobierno", "es"),
    # a word alone: no place to read, the frequencies decide
    ("brif", "brif", "brief", "en"),
    ("chaper", "chaper", "chapter", "en"),
])
def test_a_repair_the_place_does_not_overrule(ctx, text, word, first, language):
    assert _finding(text, word, language, ctx).fixes[0].replacement == first


def test_the_completions_join_the_offered_repairs_at_one_cut_price(ctx):
    lex = ctx.lexicons["es"]
    pool = fragment_order.fragment_pool("científic", [], lex)
    words = {c.word: c for c in pool}
    assert {"científico", "científicos", "científica", "científicas"} <= set(words)
    assert all(c.cost == fragment_order.CUT_COST and c.operations == ("cut",) for c in pool)
    # a repair suggest priced cheaper keeps its own price
    en = ctx.lexicons["en"]
    offered = [Candidate("quarter", 0.7, en.frequency("quarter"), 0.0, ("insert:r",))]
    kept = {c.word: c.cost for c in fragment_order.fragment_pool("quarte", offered, en)}
    assert kept["quarter"] == 0.7 and kept["quarters"] == fragment_order.CUT_COST


@pytest.mark.parametrize("text, word, original, other", [
    # the gender its determiner and its noun ask for
    ("Lo anterior, ante el presun desvío de miles de millones de pesos.", "presun", "presunto",
     "presunta"),
    ("Fue la compañía involucrada en el diseño arquitectónic de la primera instalación.",
     "arquitectónic", "arquitectónico", "arquitectónica"),
])
def test_the_commonest_completion_is_weighed_at_its_own_score(ctx, text, word, original, other):
    """The checker offers a long fragment's commonest completion first
    (``presunto``), and the place weighs it against the other completions
    by their scores: scored at nothing, it lost to the completion the
    place rules out (``el presunta``) by the two points it lacked."""
    fixes = [x.replacement for x in _finding(text, word, "es", ctx).fixes]
    assert fixes[0] == original and other in fixes


@pytest.mark.parametrize("text, word, original, replaced, language", [
    ("La compañía anunció su salida, sin especificar la caua que los llevó a tomar esa decisión.",
     "caua", "causa", "casa", "es"),
    ("A court charged a former curreny clerk of Westpac Banking Corp with misappropriating funds.",
     "curreny", "currency", "current", "en"),
])
def test_a_letter_put_in_anothers_place_yields_to_a_letter_put_back(
        ctx, monkeypatch, text, word, original, replaced, language):
    """Scraping loses letters; it does not put one letter in another's
    place: ``casa`` is commoner than ``causa``, but ``caua`` lost an ``s``."""
    offered = {c.word: c.operations for c in suggest(word, ctx.lexicons[language], limit=12, max_cost=2.5)}
    assert any(op.startswith("replace:") for op in offered[replaced])
    assert _finding(text, word, language, ctx).fixes[0].replacement == original
    monkeypatch.setattr(damage, "REPLACED_LETTER_PENALTY", 0.0)
    assert _finding(text, word, language, ctx).fixes[0].replacement == replaced


def test_the_flag_and_its_strength_are_the_checkers_own(ctx):
    """Only the order of the repairs changes: the same word is flagged at
    the same severity and confidence whatever the place says."""
    here = _finding("Según los científic, un niño se ahoga.", "científic", "es", ctx)
    alone = _finding("científic", "científic", "es", ctx)
    assert (here.rule, here.severity, here.confidence) == (alone.rule, alone.severity, alone.confidence)
    assert alone.fixes[0].replacement == "científico"
    assert here.fixes[0].replacement == "científicos"


def test_a_split_stands_behind_every_word_the_place_reads(ctx):
    lex = ctx.lexicons["es"]
    doc = Document.from_text("Pero la realid se ha impuesto a la ficción.", language="es")
    start = doc.text.index("realid")
    order = [c.word for c in fragment_order.ordered(doc, start, start + 6, suggest("realid", lex, limit=3), lex)]
    assert order[0] == "realidad" and "real id" in order
    assert all(" " not in w for w in order[:order.index("real id")])


@pytest.mark.parametrize("text, word, original, language", [
    # the shorter word reads the fragment as one with a letter added; the
    # completion, a cut-off end, comes first (each was the shorter word
    # before the charge)
    ("Officials want to open its protecte economy to foreign banks.", "protecte", "protected", "en"),
    ("Exports of hard red winte wheat rose last week.", "winte", "winter", "en"),
    ("Se trata de paíse con economías emergentes.", "paíse", "países", "es"),
])
def test_a_letter_taken_out_yields_to_the_completion(ctx, text, word, original, language):
    f = _finding(text, word, language, ctx)
    assert f.rule == "Spelling.NonWord"
    assert f.fixes[0].replacement == original


@pytest.mark.parametrize("text, word, original, shorter", [
    ("They said they were now drilli another hole 460 feet to the west of the first drill hole.",
     "drilli", "drilling", "drill"),
    ("U.S. refined producti declined to 117,600 tons in January from 137,400 tons in December.",
     "producti", "production", "product"),
])
def test_with_a_word_model_a_letter_taken_out_pays_against_the_fit(ctx, monkeypatch, text, word,
                                                                   original, shorter):
    """The word model reads the shorter word's n-grams with confidence: at
    the class path's charge it still won."""
    assert _finding(text, word, "en", ctx).fixes[0].replacement == original
    monkeypatch.setattr(fragment_order, "WORD_MODEL_ADDED_LETTER_CHARGE", fragment_order.ADDED_LETTER_CHARGE)
    assert _finding(text, word, "en", ctx).fixes[0].replacement == shorter


def test_only_a_candidate_that_takes_a_letter_out_is_charged():
    assert fragment_order.takes_a_letter_out(Candidate("sell", 0.8, 1e-5, 0.0, ("delete:i",)))
    assert not fragment_order.takes_a_letter_out(Candidate("selling", 0.8, 1e-5, 0.0, ("cut",)))
    assert not fragment_order.takes_a_letter_out(Candidate("quarter", 0.7, 1e-5, 0.0, ("insert:r",)))
    assert not fragment_order.takes_a_letter_out(Candidate("the", 0.5, 1e-3, 0.0, ("swap:he",)))


def test_a_word_alone_keeps_a_letter_taken_out_first(ctx):
    # no place to read: the frequencies and suggest's prices decide
    assert _finding("seeen", "seeen", "en", ctx).fixes[0].replacement == "seen"


@pytest.mark.parametrize("text, word, original", [
    # a fragment suggest reads as two words glued: the word model reads the
    # split as its two words in the place and the completion wins
    ("The two companies signed an agreeme on the venture last week.", "agreeme", "agreement"),
    ("Copper shipme rose to 60,000 tonnes in March.", "shipme", "shipment"),
])
def test_a_split_read_in_its_place_yields_to_the_completion(ctx, text, word, original):
    f = _finding(text, word, "en", ctx)
    alone = _finding(word, word, "en", ctx)
    # the flag is the split's, as without a place; only the order changes
    assert (f.rule, f.severity, f.confidence) == (alone.rule, alone.severity, alone.confidence)
    assert f.rule == "OCR.GluedWords"
    assert f.fixes[0].replacement == original
    assert " " in alone.fixes[0].replacement


@pytest.mark.parametrize("text, word, pair", [
    ("He bought the stock ofthe company last week.", "ofthe", "of the"),
    ("Exports rose five pct inthe first quarter.", "inthe", "in the"),
])
def test_two_words_glued_stay_split(ctx, text, word, pair):
    assert _finding(text, word, "en", ctx).fixes[0].replacement == pair


def test_one_word_and_a_split_read_over_the_same_words(ctx):
    from qa.text.ngram import START, END, model_for
    lm = model_for(ctx.lexicons["en"])
    words = [START, "the", "two", "companies", "signed", "X", "on", "the", "venture", END]
    whole = fragment_order.split_fit(lm, words, 5, ["agreement"])
    split = fragment_order.split_fit(lm, words, 5, ["agree", "me"])
    assert whole is not None and split is not None and whole > split
    assert fragment_order.split_fit(lm, words, 5, ["agree", "qzxv"]) is None
