"""Spanish adjectives that lost the ``s`` of their plural right after a
plural noun phrase that its determiner or a preposition opens
(qa.lang.es_postadj, reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_postadj
from qa.lang.es import readings
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("Volverá a abrir cuando las condiciones sanitaria lo permitan.", "sanitaria", "sanitarias"),
    ("El gobierno podría disponer de las fuerzas federal para la vigilancia.", "federal", "federales"),
    ("Murió en la Cancillería cuando las tropas soviética ya estaban cerca.", "soviética", "soviéticas"),
    # a common-gender adjective, an adjective followed by "y" and a determiner
    ("Se debe a los recortes presupuestal y la devaluación del peso.", "presupuestal",
     "presupuestales"),
    # a plural adjective, then an intensifier, between
    ("Reúne a las entidades financieras más importante del mundo.", "importante", "importantes"),
    # after an intensifier a word that is also a masculine noun is an adjective
    ("Es uno de los estados más conservador del país.", "conservador", "conservadores"),
    # a count written as a word
    ("El Gobierno vendió tres empresas estatal el año pasado.", "estatal", "estatales"),
    # a masculine adjective whose feminine news writes: its noun stands in no apposition
    ("Llega desde los países asiático rumbo a Estados Unidos.", "asiático", "asiáticos"),
    # past an intensifier a verb's reading ("grave", from "gravar") is none
    ("Fue uno de los sucesos más grave de la historia del país.", "grave", "graves"),
    # a preposition before a bare plural
    ("Se habla de ella en círculos político, donde la critican.", "político", "políticos"),
    ("Pagó la deuda con transferencias financiera de distinto calibre.", "financiera", "financieras"),
    # after "de" where the noun before it is of another gender: no "manejo bacteriana"
    ("Mejora el manejo de infecciones bacteriana en los hospitales.", "bacteriana", "bacterianas"),
    # after a coordinator: an adjective of both nouns would be plural as well
    ("Prevé hasta 20 años de prisión y multas económica que el juez determine.", "económica",
     "económicas"),
    ("Usaron portales falsos y declaraciones inexistente, dijo.", "inexistente", "inexistentes"),
    # an adjective of one form for both genders that is a noun too: no noun in apposition
    ("Fue parte de una negociación entre los dos equipos rival de cara al torneo.", "rival",
     "rivales"),
    ("Anuló todo pacto sobre la custodia de los hijos menor del otro.", "menor", "menores"),
    # a rare verb's present ("reciente", of "recentar") is the adjective it spells
    ("Incluye estados que en fechas reciente han estado en la coyuntura.", "reciente", "recientes"),
])
def test_a_singular_adjective_after_a_plural_noun_phrase_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Volverá a abrir cuando las condiciones sanitarias lo permitan.",
    "Estuvo tres días inconsciente en el hospital.",  # a noun of time: an adverbial
    "Fue una decisión precipitada y en ocasiones imprudente.",
    "Los hechos ocurrido ayer no se aclararon.",  # a participle may be a predicate
    "Los niños solo querían jugar.",  # also an adverb
    "Estudió las lenguas española y francesa en Lyon.",  # coordinated: each names one
    "Está en todas las culturas campesina, criolla y mestiza.",
    "Los países miembro de la Unión votaron ayer.",  # a noun in apposition
    "Los Estados satélite de la potencia votaron ayer.",
    "Los sectores industrial y comercial crecieron.",  # coordinated: each names one
    "Los coches bomba estallaron de madrugada.",
    "Los programas piloto del Gobierno empiezan hoy.",  # "pilota" is rare: a noun first
    "Es uno de los estados más conservadores del país.",
    "Los partidos conservador y liberal votaron en contra.",  # no intensifier: in apposition or coordinated
    "Las tropas Soviética llegaron.",  # a capital: a name
    "Es la actriz de telenovelas australiana más conocida.",  # after "de": the noun before's
    "Mejora la venta de productos farmacéutica en la región.",  # the head's gender fits: its adjective
    "Estuvo dos semanas y días inconsciente en el hospital.",  # a noun of time after "y"
    "Fue la jornada de violencia en protestas más letal del año.",  # graded after a bare plural
    "Se habla de ella en círculos políticos, donde la critican.",
    "Incluye estados que en fechas recientes han estado en la coyuntura.",
])
def test_sound_copy_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_the_repair_is_the_adjectives_plural(ctx):
    doc = Document.from_text("Ingresó en las instalaciones penitenciaria a las ocho.", language="es")
    told = [(tok.text, form) for tok, form, _ in
            es_postadj.singular_adjectives_after(doc, ctx.lexicons["es"], readings)]
    assert told == [("penitenciaria", "penitenciarias")]


def test_a_singular_adjective_coordinated_with_a_plural_one_is_flagged(ctx):
    text = "Se violó el principio de elecciones libres y auténtica, señaló."
    assert flagged(ctx, text) == {"auténtica": "auténticas"}


@pytest.mark.parametrize("text", [
    "Se violó el principio de elecciones libres y auténticas, señaló.",
    "Es especialista en enfermedades respiratorias y docente de la Facultad.",  # a noun of its own
    "Subieron los precios altos y alta demanda de crudo.",  # a noun after it: a phrase of its own
    "Estudió las lenguas española y francesa en Lyon.",  # both singular
])
def test_coordinated_adjectives_in_sound_copy_are_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


@pytest.mark.parametrize("text,word,original", [
    ("Fue detenido por las irregularidades detectada en las pruebas.", "detectada", "detectadas"),
    ("Los altos costes jurídicos relacionado con la filtración pesaron.", "relacionado", "relacionados"),
])
def test_a_singular_participle_before_its_complement_is_flagged(ctx, text, word, original):
    """A participle with its complement right after a plural noun phrase
    modifies the noun, and agrees with it."""
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Fue detenido por las irregularidades detectadas en las pruebas.",
    "Pasó dos días conectado a una máquina.",  # a noun of time: a predicate of the subject
    "Dejó las llaves olvidado en casa.",  # another gender: the subject's predicate
    "Subieron los precios altos debido a la inflación.",  # a locution of its own
    "Los hechos ocurrido ayer no se aclararon.",  # no complement: may be a predicate
    # an agent after it: the subject's predicate
    "El hombre la miraba a los ojos impresionado por su belleza.",
])
def test_a_participle_that_may_agree_with_another_word_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}

