"""Spanish adjectives and participles that lost the ``s`` of their plural
right after a plural form of ``ser`` or ``estar`` (qa.lang.es_copula,
reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_copula
from qa.lang.es import readings
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("Los contratos fueron otorgado a personas cercanas al alcalde.", "otorgado", "otorgados"),
    ("Aquí está tu gente y estamos dispuesto a dar el paso.", "dispuesto", "dispuestos"),
    ("Los resultados fueron difundido días después.", "difundido", "difundidos"),
    # a common-gender adjective
    ("Tienen un bajo costo y son fácil de usar.", "fácil", "fáciles"),
    # a feminine participle; an intensifier between
    ("Las obras estaban terminada desde marzo.", "terminada", "terminadas"),
    ("Esas medidas son muy necesaria para el país.", "necesaria", "necesarias"),
    # a graded comparative between
    ("Estas piscinas son mucho más peligrosa de lo que se piensa.", "peligrosa", "peligrosas"),
    ("Las pruebas serán aún más difícil este año.", "difícil", "difíciles"),
    # the verb opens the sentence
    ("Son imprescindible para el proyecto.", "imprescindible", "imprescindibles"),
    # a compound tense: a plural "haber" with "sido" or "estado"
    ("Los preparativos habían estado rodeado de polémica.", "rodeado", "rodeados"),
    ("Los vuelos hubieran sido operado por un avión militar.", "operado", "operados"),
    ("Las pruebas han sido realizada en secreto.", "realizada", "realizadas"),
    # after "estar" a participle that is a noun too
    ("En total, 8.307 personas estuvieron habilitado para el sufragio.", "habilitado", "habilitados"),
    # an infinitive "ser" after a plural verb
    ("Unos 8 mil microbuses ya deben ser renovado este año.", "renovado", "renovados"),
    # a participle after a plural of "ir"
    ("Las preguntas de la entrevista iban dirigido a incitar al público.", "dirigido", "dirigidos"),
])
def test_a_singular_predicate_after_a_plural_copula_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Los contratos fueron otorgados a personas cercanas al alcalde.",
    "Las dos empresas son parte del mismo grupo.",  # a noun
    "Ambos equipos son igual de fuertes.",  # also an adverb
    "Los niños están solo con su madre.",
    "Son testigo de lo ocurrido.",
    "La empresa fue fundada en 1990.",  # a singular verb
    "Estaban haciendo lo posible.",  # a gerund
    "Fueron a Madrid y son, dijo, conocido en el barrio.",  # a comma between
    "Ha sido operado esta mañana.",  # a singular "haber"
    "El estado rodeado de montañas votó ayer.",  # "estado" the noun
    "Han sido clave en la victoria.",  # a noun
    "Estas piscinas son mucho más peligrosas de lo que se piensa.",
    "Son mucho más que un equipo.",  # no adjective after the comparative
    "Son mucho más parte del problema.",  # a noun
    "Los cambios fueron resultado de la crisis.",  # after "ser" the participle may be the noun
    "Los coches van rápido por la autopista.",  # after "ir" an adjective for an adverb
    "Iban directo a la meta.",
    "El autobús debe ser renovado este año.",  # a singular verb before "ser"
    "Deben ser renovados este año.",
])
def test_sound_copy_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_the_repair_is_the_plural_of_the_same_gender(ctx):
    doc = Document.from_text("Las pruebas fueron realizada por el laboratorio.", language="es")
    told = [(tok.text, form) for tok, form, _ in
            es_copula.singular_predicates(doc, ctx.lexicons["es"], readings)]
    assert told == [("realizada", "realizadas")]


@pytest.mark.parametrize("text,word,original", [
    ("Los cargos del partido fue otorgados a personajes afines.", "fue", "fueron"),
    ("Los murciélagos y otros mamíferos está repletos de virus.", "está", "están"),
    ("Las dos salas era muy amplias.", "era", "eran"),
    ("Las dos salas era mucho más amplias que antes.", "era", "eran"),
    # an adverb of manner between
    ("Los protocolos para manejar el virus está bien establecidos.", "está", "están"),
    # a verb that links as "estar" does
    ("Se prohíbe abrir negocios y sigue vigentes las medidas de restricción.", "sigue", "siguen"),
    ("Las puertas del recinto permanece cerradas desde ayer.", "permanece", "permanecen"),
    ("Tras la reforma, le parece absurdas las nuevas tarifas.", "parece", "parecen"),
    # a singular modal before "ser" and a plural predicate
    ("Los cambios tan drásticos en las rutinas puede ser perjudiciales para la salud.", "puede", "pueden"),
    # a singular form of "haber" before "sido" or "estado" and a plural predicate
    ("Negó que los vuelos a Gran Canaria hubiera sido operados por un avión militar.", "hubiera",
     "hubieran"),
    ("Los dos hospitales ha estado cerrados desde marzo.", "ha", "han"),
])
def test_a_singular_copula_before_a_plural_predicate_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Los cargos fueron otorgados a personajes afines.",
    "El problema es los impuestos.",  # a noun after the verb
    "Lo que fue tres veces campeón.",
    "La razón es, dijo, obvia.",
    "Se prohíbe abrir negocios y siguen vigentes las medidas de restricción.",
    "La medida sigue vigente hasta mayo.",
    "El protocolo está bien establecido.",
    "La puerta permanece cerrada desde ayer.",
    "Las cuentas quedan pendientes de revisión.",
    "El dinero queda, dadas las circunstancias, retenido.",
    "El problema puede ser los impuestos.",  # a noun after "ser"
    "El cambio puede ser perjudicial para la salud.",
    "El vuelo ha sido operado por un avión militar.",
    "Los vuelos han sido operados por un avión militar.",
    "El problema ha sido los impuestos.",  # a noun after "sido"
])
def test_a_singular_copula_in_sound_copy_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}
