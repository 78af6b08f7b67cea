"""qa.lang.es_concord: sound Spanish words that agree with their phrase as
written are no Garble.TagContext signal; the slips nearest each fact
still are."""
from __future__ import annotations

import pytest

from qa.checkers import tagcontext
from qa.document import Document


def _signals(text, ctx):
    """Every Garble.TagContext finding, info included: the calibration
    grades each, so an info signal on sound copy is a clean alarm in the
    making."""
    doc = Document.from_text(text, language="es")
    return [(text[f.start:f.end], f.data["neighbour"]) for f in tagcontext.check(doc, ctx)]


@pytest.mark.parametrize("text", [
    # a singular verb after the singular noun or name that is its subject
    "La marca espera abrir más de 12 mil estaciones de servicio en el país.",
    "La desaparición de los estudiantes en México cumple 45 meses sin respuesta.",
    "Las encuestas dicen que un candidato de izquierda en México gane la elección presidencial.",
    # a participle agreeing with the head of "N1 de N2", not with N2
    "Se trata de una extensión de 12 hectáreas localizada en la provincia de La Rioja.",
    "Hicieron un estudio sobre la red de caminos construida por los incas en la zona.",
    # a finite verb after a comma, where nothing opens an infinitive's slot
    "En las fotos parece dormitar, porta un traje sastre color naranja.",
])
def test_a_word_agreeing_with_its_phrase_as_written_is_no_signal(raw_ctx, text):
    assert _signals(text, raw_ctx) == []


@pytest.mark.parametrize("text, word, fix", [
    # a plural subject: the singular verb disagrees, as a lost "n" leaves it
    ("Las marcas espera abrir más de 12 mil estaciones de servicio en el país.", "espera", "esperan"),
    # the head noun is plural too: the participle agrees with neither
    ("Se trata de unas tierras de 12 hectáreas localizada en la provincia de La Rioja.",
     "localizada", "localizadas"),
    ("Hicieron un estudio sobre las redes de caminos construida por los incas en la zona.",
     "construida", "construidas"),
    # a preposition opens an infinitive's slot: the cut-off "r" stays damage
    ("El presidente viajó a Cuba para conoce la situación de los presos.", "conoce", "conocer"),
    # a first person after a name is no agreement: the lost accent of news narration
    ("El Gobierno Municipal publico hoy su convocatoria.", "publico", "publicó"),
])
def test_the_slips_nearest_each_fact_stay_signals(raw_ctx, text, word, fix):
    assert (word, fix) in _signals(text, raw_ctx)


def test_the_seed_keeps_its_signal(raw_ctx):
    assert ("culo", "culos") in _signals("Dijo que los culo de lanzar piedras.", raw_ctx)
