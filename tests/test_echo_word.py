"""A real word the document itself shows to be damage: the word one damage
step from it written elsewhere between the same two words
(qa.checkers.echo_word, Garble.Echo)."""
from __future__ import annotations

import pytest

from qa import check_text
from qa.checkers import echo_word
from qa.context import Context
from qa.document import Document
from qa.lang import es
from qa.options import Options


def echoed(ctx, text: str, language: str = "es") -> dict[str, str]:
    doc = Document.from_text(text, language=language)
    return {text[f.start:f.end]: f.fixes[0].replacement for f in echo_word.check(doc, ctx)}


@pytest.mark.parametrize("text,word,original", [
    # a dropped letter; the document writes the word with a capital elsewhere
    ("La Comisión de Sanidad rechazó la propuesta. Los eurodiputados de la omisión de Sanidad "
     "votaron ayer.", "omisión", "comisión"),
    # a cut-off end, the original a word the dictionary does not know beside one it knows
    ("Rescatan a 40 migrantes frente a la costa de Libia. Fueron rescatados frente a la cos de "
     "Libia el sábado.", "cos", "costa"),
    ("Un asteroide más grande que un autobús pasará cerca. Es como un autobús pasará a toda "
     "velocidad, dijo; como un auto pasará de largo.", "auto", "autobús"),
])
def test_a_word_whose_repair_the_document_writes_in_the_same_window_is_flagged(ctx, text, word, original):
    assert echoed(ctx, text) == {word: original}


@pytest.mark.parametrize("text", [
    # the word as written, in the same window
    "La Comisión de Sanidad rechazó la propuesta. La comisión de Sanidad votó ayer.",
    # an inflection: a plural, a verb's ending, an accent of the same class
    "Las empresas de la zona cerraron. Dijo que las empresa de la zona abrieron hoy.",
    "Dijo que debemos tomar medidas. Dijo que debe tomar medidas ya.",
    # a very common word: its neighbours fit its look-alike too
    "En ese momento llegó. En este momento se fue.",
    # one neighbour only
    "La Comisión de Sanidad rechazó la propuesta. Es la omisión más grave.",
    # a window read across punctuation
    "La Comisión, de Sanidad, rechazó la propuesta. Los eurodiputados de la omisión de Sanidad votaron.",
    # a capitalised word is a name
    "La Comisión de Sanidad rechazó la propuesta. Habló la Omisión de Sanidad ayer.",
])
def test_inflections_common_words_and_one_sided_windows_are_left_alone(ctx, text):
    assert echoed(ctx, text) == {}


def test_the_document_echo_of_a_language_with_a_word_model_is_garble_contexts(ctx):
    """English weighs the document's pairs inside Garble.Context, with its trigrams."""
    text = "The Health Committee rejected the plan. The commitee members of the Health Committee voted."
    assert echoed(ctx, text, "en") == {}


def test_without_the_tagging_dictionary_nothing_is_told(monkeypatch, tmp_path):
    monkeypatch.setenv("QA_ES_TAGS", str(tmp_path / "absent.sqlite"))
    bare = Context.create(Options(grammar="off"))
    text = ("La Comisión de Sanidad rechazó la propuesta. Los eurodiputados de la omisión de Sanidad "
            "votaron ayer.")
    assert echoed(bare, text) == {}


def test_the_spanish_inflection_test_reads_the_dictionary(ctx):
    lex = ctx.lexicons["es"]
    assert es.inflects("empresa", "empresas", lex) is True
    assert es.inflects("debe", "debemos", lex) is True
    assert es.inflects("publico", "publicó", lex) is True
    assert es.inflects("omisión", "comisión", lex) is False
    assert es.inflects("presencia", "presencial", lex) is False  # a noun and an adjective


def test_the_whole_check_offers_the_documents_word_first(ctx):
    text = ("La Comisión de Sanidad rechazó la propuesta. Los eurodiputados de la omisión de Sanidad "
            "votaron ayer.")
    report = check_text(text, language="es", options=Options(grammar="off"))
    found = [f for f in report.findings if text[f.start:f.end].endswith("omisión")]
    assert found and found[0].severity in ("warning", "error")
    assert found[0].fixes[0].replacement == "comisión"
