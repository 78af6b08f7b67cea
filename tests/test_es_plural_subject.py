"""Spanish verbs that lost the ``n`` of their plural right after a plural
subject that opens its clause (qa.lang.es_plural_subject, reported by
Garble.WordClass)."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_plural_subject
from qa.lang.es import readings
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    # after a comma, at a sentence's start, after a word that opens a clause
    ("En ambos supuestos, las interrupciones puede llevarse a cabo antes.", "puede", "pueden"),
    ("Los vecinos afectados no quiere hablar con la prensa.", "quiere", "quieren"),
    ("Es cierto que algunos expertos dice que no hace falta.", "dice", "dicen"),
    ("Consideraron que estos tres institutos políticos debe entrar en una etapa nueva.", "debe", "deben"),
    ("Los grandes bancos sí cree que puede ganar.", "cree", "creen"),
    ("Volverá a abrir cuando las condiciones sanitarias lo permita.", "permita", "permitan"),
    # a predeterminer before the article opens the phrase
    ("Puede conseguirse si todos los agentes une sus recursos.", "une", "unen"),
    # "y" after a verb opens a clause
    ("Los padres no lo creen y muchos niños muere cada verano.", "muere", "mueren"),
    # a count written as a word; a verb that is also a noun ("busca")
    ("Según el informe, tres empresas controla el mercado.", "controla", "controlan"),
    ("Durante la fiesta, las personas busca atraer la felicidad.", "busca", "buscan"),
    # an article makes plural adjectives a subject of their own
    ("Los discapacitados graves crónicos podrá recibir ayuda.", "podrá", "podrán"),
    # an adverbial of time ends before the subject: a plural noun of time, "hoy"
    ("Dijo que desde hace cinco años los papás elige este tipo de nombres.", "elige", "eligen"),
    ("Hoy los mercados abre con alzas.", "abre", "abren"),
])
def test_a_singular_verb_after_a_plural_subject_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Los vecinos afectados no quieren hablar con la prensa.",
    "Los días festivos abre el museo de diez a diez.",  # a noun of time: an adverbial
    "Estos días se celebra la fiesta del pueblo.",
    "La idea de que los extranjeros reciben más ayudas que los españoles vuelve a circular.",
    "La falta de diálogo entre los médicos y los pacientes hace difícil el tratamiento.",
    "A los niños les gusta el verano.",  # the phrase is an object
    "Ayer vio a todos los niños que busca la policía.",
    "Pagó por todos los productos busca un descuento.",  # a preposition before the predeterminer
    "Vio a las personas que busca la policía.",
    "Los Ángeles recibe a miles de turistas.",  # a name
    "Los discapacitados graves crónicos podrán recibir ayuda.",
    "Muchos discapacitados puede que no voten.",  # no article: an adjective alone heads nothing
    "Las dos partes firmaron el acuerdo; la empresa acepta las condiciones.",
    "Desde hace cinco años los papás eligen este tipo de nombres.",
    "Hace años los conoce.",  # after a noun of time, a clitic and its verb
])
def test_sound_copy_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_the_repair_is_the_plural(ctx):
    doc = Document.from_text("Además, los precios se mantiene estables.", language="es")
    told = [(tok.text, form) for tok, form, _ in
            es_plural_subject.plural_subject_verbs(doc, ctx.lexicons["es"], readings)]
    assert told == [("mantiene", "mantienen")]


@pytest.mark.parametrize("text,word,original", [
    ("De acuerdo a la actriz, ellas se encontraba cerca del lugar.", "encontraba", "encontraban"),
    ("Angélica Rivera y su esposo, ellos aparentemente continúa cometiendo errores.", "continúa",
     "continúan"),
    ("Dijo que ustedes no puede entrar.", "puede", "pueden"),
    ("Es la comunidad de vida, en donde ambas se procura respeto.", "procura", "procuran"),
    ("Quienes gana la lotería pierden la mitad en impuestos.", "gana", "ganan"),
    # a quantifier standing alone as the subject, after the dash that opens an aside
    ("Dicen que son inmigrantes —algunos exagera la cifra— o que no.", "exagera", "exageran"),
    ("Según la encuesta, muchos cree que subirá.", "cree", "creen"),
])
def test_a_singular_verb_after_a_plural_subject_pronoun_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Para ellos es muy importante el resultado.",  # the pronoun is a preposition's object
    "Entre ellos está el PSOE.",
    "De ambos depende el futuro del acuerdo.",
    "Es la gente con quienes trabaja a diario.",  # a preposition's object
    "Son ellos quien decide.",  # after a verb
    "De acuerdo a la actriz, ellas se encontraban cerca del lugar.",
    "Para muchos es muy importante el resultado.",  # a quantifier after a preposition
    "Dicen que son inmigrantes —algunos exageran la cifra— o que no.",
])
def test_a_pronoun_that_is_no_subject_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


@pytest.mark.parametrize("text,word,original", [
    ("Morena exigirá que se anule las elecciones en los distritos.", "anule", "anulen"),
    ("Indicó que se realiza algunas entrevistas con vecinos.", "realiza", "realizan"),
    # a bare plural whose phrase ends before a preposition, a conjunction or a mark
    ("Afirmó que se tomará acciones severas contra el curandero.", "tomará", "tomarán"),
    ("Dijo que se necesita recursos para la obra.", "necesita", "necesitan"),
    ("Explicó que se revisa contratos y convenios.", "revisa", "revisan"),
    # the plural noun before "que" is the subject: the verb ends its clause or a
    # preposition, a conjunction or an adverb follows it
    ("Se decide por hombres y mujeres que se dedica a la política.", "dedica", "dedican"),
    ("Es uno de los primeros desembarcos que se produce en Italia.", "produce", "producen"),
    ("Hablaron de los problemas que se presenta.", "presenta", "presentan"),
])
def test_a_singular_verb_before_the_plural_subject_of_a_passive_se_is_flagged(
        ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Morena exigirá que se anulen las elecciones en los distritos.",
    "El abogado pide que se retrase cuatro meses el juicio.",  # a noun of time: an adverbial
    "Cortés se toma unos segundos antes de hablar.",  # a reflexive with its subject before
    "Pidió que se investigue a los responsables.",  # "a": an object
    "Afirmó que se tomarán acciones severas contra el curandero.",
    "Dijo que se dedica horas a ese trabajo.",  # a noun of time: an adverbial
    "Dijo que se trata asuntos públicos muy delicados.",  # a bare plural before an adverb
    "Dijo que se pone guantes nuevos cada día.",  # a reflexive and its object: the phrase goes on
    "Es el diluvio de bombas que se abatía sobre Alepo.",  # after "de": the head may be the antecedent
    "Son los productos que se lleva la gente.",  # a subject of its own after the verb
    "Son los años que se tarda en acabar la obra.",  # a noun of time
    "Son los cambios que se produce Juan en casa.",  # a capital: a subject may follow
])
def test_a_passive_se_whose_verb_agrees_or_has_no_plural_subject_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


@pytest.mark.parametrize("text,word,original", [
    ("Por la escasez de agua, muchas veces recicla y limpian la orina para beber.", "recicla", "reciclan"),
    ("Los ministros se reúnen y acuerda nuevas medidas contra la inflación.", "acuerda", "acuerdan"),
    ("Son vigentes las sanciones para quienes insulte o intimiden a mujeres.", "insulte", "insulten"),
])
def test_a_singular_verb_joined_to_a_plural_one_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Por la escasez de agua, muchas veces reciclan y limpian la orina para beber.",
    "Cuando amanece y salen los barcos, el puerto despierta.",  # no subject to share
    "La economía crece y aumentan las exportaciones del país.",  # the second verb's own subject
    "Los turistas llegan y sale el tren hacia la costa.",
    "El gobierno trabaja y los ciudadanos esperan.",  # a subject between
    "Gane o pierda, seguirá en el cargo.",
])
def test_verbs_joined_that_agree_or_have_subjects_of_their_own_are_left_alone(ctx, text):
    assert flagged(ctx, text) == {}
