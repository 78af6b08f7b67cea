"""Spanish nouns that lost the ``s`` of their plural (qa.lang.es_number,
reported by Garble.WordClass): a singular-only noun before an adjective
that can only be plural, or after a plural adjective or a count (there
also a noun that is a singular verb too: ``tres tema``)."""
from __future__ import annotations

import pytest

from qa.lang import es_number
from qa.lang.es import readings
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("Todos los requisito necesarios están en la página.", "requisito", "requisitos"),
    ("El consorcio compró seis empresa pequeñas del sector.", "empresa", "empresas"),
    ("Durante las últimas semana el precio subió sin pausa.", "semana", "semanas"),
    ("El alcalde habló con los hijo malcriados del empresario.", "hijo", "hijos"),
    # a preposition's object whose adjective cannot agree with the word before it
    ("La Semana Santa abre el abanico de rumbo turísticos para la Pascua.", "rumbo", "rumbos"),
    # ... or the bare object of a preposition other than "de" or "a"
    ("Tiene 111.098 euros en depósito bancarios y cuentas financieras.", "depósito", "depósitos"),
    ("Promocionaban uno de esos negocios por red sociales para hacerse ricos.", "red", "redes"),
    ("La ciudad inauguró tres parque nuevos este año.", "parque", "parques"),
    ("Dijo que algunos ministro votaron en contra.", "ministro", "ministros"),
    # a noun that is also a singular verb, after a count or a plural determiner
    ("Decidió hablar de tres tema en la entrevista.", "tema", "temas"),
    ("Varios vuelo con salida de Casablanca fueron desviados.", "vuelo", "vuelos"),
    ("Es una de las pocas agencia que reúnen a padres con hijos.", "agencia", "agencias"),
    # ... or after a preposition, before an adjective that can only be plural
    ("Han localizado un yacimiento arqueológico con estructura circulares de gran tamaño.",
     "estructura", "estructuras"),
    # a noun that is also an adjective, after a plural adjective or determiner
    ("El hospital comenzó a aceptar a sus primeros paciente el lunes.", "paciente", "pacientes"),
    ("Permite acceder a perfiles y contactar nuevos usuario en la red.", "usuario", "usuarios"),
    # an adjective that can only be singular before a plural noun lost its plural
    ("Publica los datos junto a los del resto de alto cargos del Estado.", "alto", "altos"),
    ("Las decoraciones, de diversa temáticas, estarán expuestas.", "diversa", "diversas"),
    # a singular adjective and verb (a noun too, or not) after a plural demonstrative
    ("Hace falta voluntad política para aplicar estas vacuna cuanto antes.", "vacuna", "vacunas"),
    # ... or after a preposition, before an adjective that can only be plural
    ("Incluyen estados que en fecha recientes han votado.", "fecha", "fechas"),
    # a quantifier that can only be singular before a plural noun
    ("Publicó el texto tomando alguna ideas que pudo expresar.", "alguna", "algunas"),
    ("Sorprende al INE las poca denuncias de compra del voto.", "poca", "pocas"),
    ("Los muertos llegaron a otra cifras récord.", "otra", "otras"),
])
def test_a_noun_that_lost_its_plural_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Se requieren hospitales de alta especialidad disponibles para todos.",  # agrees across "de"
    "Son demasiado jóvenes para votar.",  # the adverb before an adjective
    "Han provocado tanto riesgos financieros como una crisis.",  # a correlative
    "Busca alcances en la gente inimaginables hasta hoy.",  # an article makes the object a phrase
    "Estudió lengua y literatura españolas en Salamanca.",  # coordinated nouns share it
    "El padre o madre responsables firmarán el permiso.",
    "Los precios récord de este año sorprendieron al mercado.",  # a plural noun first
    "Las personas mayores recibirán la vacuna primero.",
    "El agua potable llegó a tres barrios nuevos.",  # "agua" may be a verb
    "Hay cifras de ocupación óptimas en la costa.",
    "Dos de las empresas cerraron en marzo.",
    # a count or a determiner standing alone as the subject, or a pronoun
    "Los dos son amigos desde la infancia.",
    "Muchos son los cambios que ha tenido que hacer.",
    "¿Cuáles son los países más afectados?",
    "Ninguno de nosotros debe permanecer en silencio.",
    "Los cuales forma parte del acuerdo.",  # a relative pronoun, not a determiner
    # after a preposition: the adjective agrees with a plural before it, is
    # shared by coordinated nouns, or is the noun's; "según" takes a clause
    "Hay yacimientos con estructura y muros circulares en la zona.",
    "Encontraron restos de estructura antiguos en el valle.",
    "Visitó las obras con estructura circular de la ciudad.",
    "Según informa unos medios locales, llegó tarde.",
    "Sus primeros pacientes llegaron el lunes.",
    "Llegaron juntos paciente y médico.",  # coordinated
    "Podremos predecir los peligros del clima espacial días antes.",  # a noun of time: an adverbial
    "El hospital cuenta con ultra congeladores nuevos.",  # a prefix written apart
    "El joven mexicanos llegó ayer.",  # a noun and adjective both: either may be the noun
    "Algunas veces es alta y otras baja, añadió.",  # a quantifier for an elided noun
    "A las tres limpia la casa.",  # a count telling the hour
])
def test_sound_noun_phrases_are_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_the_noun_must_be_only_a_singular_noun(ctx):
    """A word the dictionary also reads as a verb or an adjective says
    nothing about its number here (``fecha``: a noun, a verb, an adjective)."""
    lex = ctx.lexicons["es"]
    assert es_number.singular_noun_plural("requisito", lex, readings) == "requisitos"
    assert es_number.singular_noun_plural("fecha", lex, readings) is None
    assert es_number.singular_noun_plural("vuelos", lex, readings) is None


def test_after_a_count_a_noun_may_also_be_a_singular_verb(ctx):
    """After a count or a plural determiner only a noun stands, so ``tema``
    (also "I fear", "he fears") is the noun there; ``son`` may be a plural
    verb after a count that is the subject (``los dos son``)."""
    lex = ctx.lexicons["es"]
    assert es_number._noun_or_verb_plural("tema", lex, readings) == "temas"
    assert es_number._noun_or_verb_plural("son", lex, readings) is None
    assert es_number._noun_or_verb_plural("fecha", lex, readings) is None  # an adjective too


@pytest.mark.parametrize("text,word,original", [
    ("Hubo una subida lenta en nuevos contagio, hospitalizaciones e ingresos.", "contagio", "contagios"),
    ("Reunió los datos de altos cargo de la Administración.", "cargo", "cargos"),
    ("Nos ayudan a comprender las consecuencias de los grandes impacto.", "impacto", "impactos"),
    # an adjective that is a pronoun too, after its article: a noun that is a verb too follows
    ("Siguen sin sentencia y con las mismas duda: ¿qué pasó?", "duda", "dudas"),
    # after an infinitive, whose object it is, before a plural adjective
    ("Advirtió de las consecuencias de poner nombre raros a los hijos.", "nombre", "nombres"),
])
def test_a_first_person_noun_after_a_plural_adjective_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Hubo una subida lenta en nuevos contagios, hospitalizaciones e ingresos.",
    "Mantener los precios bajos ayuda a las familias.",  # a third person: a clause is its subject
    "Siguen con las mismas dudas de siempre.",
    "Advirtió de las consecuencias de poner nombre a los hijos.",
])
def test_sound_phrases_after_a_plural_adjective_are_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


@pytest.mark.parametrize("text,word,original", [
    ("Publican los nombres de quienes reciben las ayuda para arrendar.", "ayuda", "ayudas"),
    # an article and a plural adjective open the phrase: any verb reading is out
    ("Hubo irregularidades en los principales programa de la dependencia.", "programa", "programas"),
    # a singular in "s" takes "es"
    ("Incluirá a bebés de hasta seis mes de edad.", "mes", "meses"),
    # after an infinitive or a gerund too: a clitic would be joined to it
    ("Trataba públicamente de borrar las diferencia entre ambos conceptos.", "diferencia", "diferencias"),
    ("Siguió buscando las pista del avión.", "pista", "pistas"),
    # a noun only, or a noun and a participle, after an article and a plural adjective
    ("Colombia es uno de los principales aliado de Washington.", "aliado", "aliados"),
    ("Habló con los principales empresario del sector.", "empresario", "empresarios"),
    # after "todos" or "todas" the article takes a noun
    ("Es la ronda en la que todos los equipo menos uno tienen experiencia.", "equipo", "equipos"),
])
def test_los_or_las_right_after_a_verb_is_an_article(ctx, text, word, original):
    """A clitic stands right before its own finite verb, and no finite verb
    follows another: after a verb ``las`` is an article."""
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Publican los nombres de quienes reciben las ayudas para arrendar.",
    "Cuando las ayuda, se lo agradecen.",  # after a conjunction: a clitic
    "Dijo que no las visita desde enero.",
    "A los pobres ayuda el programa de becas.",  # after "a": a nominalised object
    "Llegó el lunes y se fue en tres crisis distintas.",  # invariable nouns in "s"
    "Trataba públicamente de borrar las diferencias entre ambos conceptos.",
    "Colombia es uno de los principales aliados de Washington.",
    "Dio a los principales aliado y enemigo una respuesta.",  # after "a": left alone
    "A todos los respeta por igual.",  # a clitic before a verb that is no noun
])
def test_los_or_las_as_a_clitic_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_los_before_a_noun_and_a_plural_adjective_is_an_article(ctx):
    """``los`` and ``las`` are object pronouns too; a plural adjective after
    the noun makes them articles: the noun lost its plural (not the
    determiner: ``qa.lang.es_detclitic`` leaves it), and a participle
    after a verb stays a clitic's predicate."""
    assert flagged(ctx, "Los banco emisores de la tarjeta siguieron aplicando sus tarifas.") == {
        "banco": "bancos"}
    assert flagged(ctx, "Ayer los banco emisores de la tarjeta siguieron aplicando sus tarifas.") == {
        "banco": "bancos"}
    assert flagged(ctx, "Las lleva puestas cuando sale de casa.") == {}



@pytest.mark.parametrize("text,word,original", [
    # an adverb, a determiner and a first person too: the two sides settle it
    ("La información circuló en algunos medio digitales según el diario.", "medio", "medios"),
    ("Le aconsejan los mismo republicanos del Capitolio.", "mismo", "mismos"),
])
def test_a_word_between_a_plural_determiner_and_a_plural_adjective_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text,word", [
    ("Algunas son beneficiosas, subraya el instituto.", "son"),  # a third person: the verb
    ("Tras hacer los test necesarios, decidirán.", "test"),  # an invariable plural
    ("Algunos medio dormidos esperaban el tren.", "medio"),  # a participle after it: the adverb's
    ("Unos medio hermanos llegaron ayer.", "medio"),  # a noun after it
])
def test_sound_words_between_a_plural_determiner_and_a_plural_word_are_left_alone(ctx, text, word):
    assert word not in flagged(ctx, text)
