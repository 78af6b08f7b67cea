"""Spanish nouns that lost the ``s`` of their plural after a count in
figures (qa.lang.es_count, reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_count
from qa.lang.es import readings
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("En el país ya fallecieron casi 75.000 persona por el virus.", "persona", "personas"),
    ("Tendrán capacidad para 1.000 y 1.500 cama respectivamente.", "cama", "camas"),
    ("La alianza llegó a 150 millones 8 mil sufragio en total.", "sufragio", "sufragios"),
    ("Murieron 102 mil 887 persona ese año.", "persona", "personas"),
    ("La huelga lleva 12 día sin acuerdo.", "día", "días"),
    # after a preposition ("a" is a noun too, the letter)
    ("Podría pasar de 3 unidades a 45 vehículo en el largo plazo.", "vehículo", "vehículos"),
    # after a noun of quantity and its "de"; after "millones", a currency
    ("Miles de persona salieron a las calles de la capital.", "persona", "personas"),
    ("El fuego dejó decenas de herido en la zona.", "herido", "heridos"),
    ("Pagaría una multa de 150 millones de euro a Hacienda.", "euro", "euros"),
    # "un par de"
    ("Intercambiaron mensajes durante un par de semana y luego cenaron.", "semana", "semanas"),
])
def test_a_singular_noun_after_a_count_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "En el país ya fallecieron casi 75.000 personas por el virus.",
    "Celebran el 50 aniversario de la fundación.",  # a singular determiner: an order
    "Vive en la calle 5 norte.",  # a noun before: a name
    "El SARS CoV-2 responsable de la covid llegó en marzo.",  # a name's figure
    "En 2019 récord de ventas.",  # a year
    "Subió 1,5 punto porcentual.",  # under two
    "De ellas, 23 mil 433 son a causa de la diabetes.",  # a plural verb
    "Tiene una deuda de 150 billón de pesos.",  # a multiplier
    "Miles de personas salieron a las calles de la capital.",
    "Hay cientos de miles de afectados.",
    "Son 3 mil millones de recorte y 45 mil en gastos operativos.",  # the money's use
    "Atrajo millones de inversión extranjera.",
    "Decenas de su familia llegaron.",  # a determiner after "de"
    "Lo pone a la par de los grandes del género.",  # a locution, not a count
    "Durante un par de semanas no hubo noticias.",
])
def test_sound_copy_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_the_repair_is_the_plural_of_the_same_gender(ctx):
    doc = Document.from_text("Se vendieron 300 moto en un mes.", language="es")
    told = [(tok.text, form) for tok, form, _ in es_count.singular_after_counts(doc, ctx.lexicons["es"], readings)]
    assert told == [("moto", "motos")]
