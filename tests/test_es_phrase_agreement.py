"""A repair after ``determiner noun`` read as the phrase's adjective
(``qa.lang.es_phrase_agreement``) and its charge in the span's ranking
(``qa.originals.PHRASE_AGREEMENT_CHARGE``)."""
from __future__ import annotations

import re

import pytest

import qa.originals as originals
from qa.document import Document
from qa.lang.es import DETERMINERS, readings
from qa.lang.es_phrase_agreement import phrase_agrees


@pytest.fixture(scope="module")
def es(ctx):
    return ctx.lexicons["es"]


@pytest.mark.parametrize("determiner, noun, word, verdict", [
    ("La", "bloguera", "francesa", True),
    ("los", "sucesos", "graves", True),  # "graves" as a second person is no reading in news
    ("su", "cuenta", "personal", True),  # an adjective of either gender
    ("sus", "cuentas", "personales", True),
    ("La", "bloguera", "francés", False),
    ("la", "estrella", "portugués", False),
    ("los", "sucesos", "rojo", False),
    ("el", "sal", "fresco", None),  # the determiner and the noun disagree: no phrase
    ("de", "bloguera", "francés", None),  # no determiner
    ("la", "presidenta", "actriz", None),  # a noun only: an apposition may differ
    ("la", "empresa", "compró", None),  # a verb
])
def test_a_phrase_is_read_from_its_determiner_and_noun(es, determiner, noun, word, verdict):
    assert phrase_agrees(determiner, noun, word, es, DETERMINERS, readings) is verdict


def test_the_spanish_profile_reads_phrases_and_english_does_not(ctx):
    assert ctx.lexicons["es"].profile.phrase_agrees("La", "bloguera", "francés", ctx.lexicons["es"]) is False
    assert ctx.lexicons["en"].profile.phrase_agrees is None


def _ranked(text, word, ctx):
    from qa.pipeline import sentence_judge
    doc = Document.from_text(text, language="es")
    start = re.search(rf"\b{word}\b", text).start()
    return [r.word for r in originals.rank_originals(doc, start, start + len(word), sentence_judge(ctx))]


@pytest.mark.parametrize("text, word, original, commoner", [
    ("La cantante frances actuó anoche en Madrid.", "frances", "francesa", "francés"),
    ("Una empresa portugues compró la fábrica el año pasado.", "portugues", "portuguesa", "portugués"),
    ("La empresa aleman anunció despidos.", "aleman", "alemana", "alemán"),
])
def test_a_repair_that_does_not_agree_with_the_phrase_is_charged(ctx, monkeypatch, text, word,
                                                                  original, commoner):
    """An accent put back (0.1) is far cheaper than a lost end (0.7), and
    the masculine is the commoner: without the charge it leads."""
    assert _ranked(text, word, ctx)[0] == original
    monkeypatch.setattr(originals, "PHRASE_AGREEMENT_CHARGE", 0.0)
    assert _ranked(text, word, ctx)[0] == commoner


@pytest.mark.parametrize("text, word, original", [
    ("El escritor frances publicó un libro.", "frances", "francés"),
    ("Las autoridades frances anunciaron nuevas medidas.", "frances", "francesas"),
])
def test_a_repair_that_agrees_with_the_phrase_keeps_its_place(ctx, text, word, original):
    assert _ranked(text, word, ctx)[0] == original
