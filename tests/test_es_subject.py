"""Spanish verbs that lost their accent right after their subject
(qa.lang.es_subject, reported by Garble.WordClass): a preterite read as a
noun or a first person, a future read as an imperfect subjunctive; and a
demonstrative before an article (``esta el``), which only the verb takes."""
from __future__ import annotations

import pytest

from qa.checkers import wordclass
from qa.document import Document
from qa.lang import es_subject, es_wordfacts
from qa.lang.es import readings


def doc(text: str) -> Document:
    return Document.from_text(text, language="es")


def flagged(ctx, text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.fixes[0].replacement for f in wordclass.check(doc(text), ctx)}


@pytest.mark.parametrize("text,word,original", [
    ("El gobierno tomo en secreto el dinero del fondo.", "tomo", "tomó"),
    ("La campaña de Trump contrato a la empresa en verano.", "contrato", "contrató"),
    ("El Senado estadounidense respaldo este martes el nombramiento.", "respaldo", "respaldó"),
    ("Ayer la ministra Whitson narro al presidente su rutina.", "narro", "narró"),
    ("La presidenta Zavala anuncio que deja el partido.", "anuncio", "anunció"),
    ("Margarita Zavala dejara en las próximas horas el partido.", "dejara", "dejará"),
    ("Según la fiscalía, la droga quedara a disposición del juez.", "quedara", "quedará"),
    # a determiner, a noun and its adjective, either the other class too
    ("El fiscal general comento que se investigó a los dueños.", "comento", "comentó"),
    # after a feminine noun, ending its phrase: the noun's adjective, not a verb
    ("Es una amenaza para la seguridad y salud publica, dijo la agencia.", "publica", "pública"),
    ("Han ido ganando peso en su carta liquida.", "liquida", "líquida"),
    # before an infinitive it governs: no noun takes one, and narration no first person
    ("A través de la aplicación Periscope, intento aclarar lo ocurrido.", "intento", "intentó"),
    ("El FBI (por sus siglas en inglés) logro penetrar el teléfono.", "logro", "logró"),
    # a feminine determiner and word, then a masculine noun: no phrase, a subject and its verb
    ("La pareja poso para los medios esta semana.", "poso", "posó"),
    # a relative "que" as the subject
    ("El tiroteo en dos spas de Georgia que dejo ocho muertos conmocionó al país.", "dejo", "dejó"),
    ("La actriz, que reside en París y que regreso a España en 2019, habló.", "regreso", "regresó"),
    ("La compañía británica, que trabajo para la campaña de Trump, cerrará.", "trabajo", "trabajó"),
    # a comma that closes a name in apposition, or a quotation
    ("El puertorriqueño, Daddy Yankee, anuncio que regalará un disco.", "anuncio", "anunció"),
    ("Horas después, el nuevo dueño de los Mets, Steve Cohen, anuncio en Twitter el despido.",
     "anuncio", "anunció"),
    ("“Si ponen la pelea en otro lado, no voy”, comento en declaraciones a la prensa.",
     "comento", "comentó"),
    # a name after a comma (no preposition's object), a subject ending "del Gobierno"
    ("Tras su paso por Perú, Trump viajara a Colombia, uno de sus aliados.", "viajara", "viajará"),
    ("El partido del Gobierno llevara su propuesta al Congreso.", "llevara", "llevará"),
    # an object pronoun between the subject and its verb
    ("La edición de los Latin Grammy se celebrara el jueves en formato virtual.", "celebrara",
     "celebrará"),
    ("El desarrollo de la votación se llevara a cabo mañana.", "llevara", "llevará"),
    # joined by "y" to a future before it
    ("Margarita Zavala abandonará al PAN y buscara candidatura independiente.", "buscara",
     "buscará"),
    ("Los festejos durarán 16 días y comenzara el 11 de febrero.", "comenzara", "comenzará"),
    # nothing before it to govern a subjunctive, whatever stands right before it
    ("La aplicación ya está disponible, pero comenzara a funcionar en marzo.", "comenzara",
     "comenzará"),
    ("Una vez ratificada, se necesitara el voto de tres cuartas partes.", "necesitara",
     "necesitará"),
    ("Las empresas realizaran el proyecto el próximo año.", "realizaran", "realizarán"),
    ("Por lo que el presidente lo cuestiono ante la prensa.", "cuestiono", "cuestionó"),
    # "lo cual" and a comparison's "que" govern no subjunctive
    ("Por lo cual la compañía continuara invirtiendo en el país.", "continuara", "continuará"),
    ("Un asteroide más grande que un autobús pasara este viernes cerca.", "pasara", "pasará"),
    # a clause of cause takes the indicative: a "que" before it governs nothing after it
    ("Faltan días para que comience el torneo, pues la jugadora pasara a la historia.", "pasara",
     "pasará"),
    ("Quiere que se vaya ya que el equipo jugara mañana.", "jugara", "jugará"),
    # an adjective one accent from the verb, after its subject
    ("Con frecuencia, el dolor varia en relación con la hora del día.", "varia", "varía"),
    ("Según el decreto, el Gobierno amplia su oferta de empleo.", "amplia", "amplía"),
    ("Aquí esta tu gente y estamos dispuestos.", "esta", "está"),
    ("Entre ellos esta el partido socialista.", "esta", "está"),
])
def test_accent_after_the_subject_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "La obra causó un fuerte impacto en China.",  # an adjective's noun reading
    "Visitó la casa modelo del barrio.",  # a noun of either gender: a phrase of two nouns
    "Yo intento aclarar lo ocurrido.",  # a speaker's first person
    "La editorial publica libros de texto.",  # the verb before its object
    "Cada semana la revista publica.",  # "revista" may be a verb too
    "No intento ocultar nada de lo que pasó.",
    "Cuando los aviones se acercan, intento refugiarme en otro edificio.",  # "-me": the speaker's
    "Siento un profundo respeto por el periodismo.",
    "Es un caso concreto, para evitar dudas.",  # an adjective after its noun
    "El sistema inmunológico sano resiste mejor.",
    "Es un fiscal general contrato en mano.",  # no singular determiner opens the pair
    "En 1970 se dio el último mayor registro de muertes.",  # two adjectives before their noun
    "El gasto promedio de los turistas creció.",
    "Conmueve a Juan Carlos apoyo en el concurso.",  # a name after "a" is no subject
    "Ciudad de México En agosto de 2010 se aprobó la ley.",  # "En" with a capital
    "Dijo que Washington trabajara con cualquier gobierno.",  # "que" may govern a subjunctive
    "Si el gobierno dejara de pagar, habría una crisis.",
    "“Yo, Zavala, anuncio que me voy”, dijo.",  # a quoted speaker
    "La empresa cree que el contrato es válido.",
    "Fue más que apoyo lo que recibió la campaña.",  # "que" of a comparison
    "Para autorizarla, el pleno la votara este mes.",  # "para" governs it
    "Pidió que el Gobierno se lo llevara pronto.",
    "Dijo que vendrá si lo llamaran y cuando lo invitara.",  # governed, though joined to a future
    "Si el gobierno cediera y buscara un acuerdo, todo cambiaría.",  # "si" governs both
    "Se fue, pues si el gobierno buscara un acuerdo, lo firmaría.",  # "si" after the cause governs
    "Quería que el gobierno lo aceptara sin condiciones.",
    "Quizás la campaña lograra más con menos dinero.",  # "quizás" governs it
    "Ojalá el equipo ganara el domingo.",
    "Tendrán mayoría si obtienen un triunfo amplio el martes.",  # an adjective that agrees
    "La oferta amplia de cursos atrae a muchos.",
    "Si se tomaran medidas, todo cambiaría.",
    "Tras su paso por Perú, el presidente viajó a Colombia.",
    "“Es todo lo que dejo a mis hijos”, dijo.",  # a quoted speaker
    "Dijo que Washington trabajara con cualquier gobierno que dejara de pagar.",  # a subjunctive
    "Pero será este el que la tome, y esta la que decida.",  # the pronoun before a relative
    "Esta la guardamos para el final.",  # a capital opens the sentence: a demonstrative
    "El Congreso aprobó la ley y el Gobierno, este la devolvió sin firmar.",  # a clitic and its verb
    "El puertorriqueño Daddy Yankee, anuncio en mano, posó para la foto.",  # no comma opens the name
    "Llegaron Ana, Luis, Pedro, contrato en mano.",  # a list of names: its last comma closes nothing
    "Se hacen exámenes “en línea”, contrato incluido.",  # a term in quotes, not words said
    "Entre los invitados, En Vivo, contrato en mano, firmó.",  # a function word with a capital
    "“Si ponen la pelea en otro lado, no voy”, dijo. “Lo demás, contrato a contrato”, añadió.",
])
def test_sound_copy_after_a_subject_is_left_alone(ctx, text):
    assert flagged(ctx, text) == {}


def test_the_candidate_must_be_a_word_news_writes(ctx):
    """``respectó`` and ``agostó`` are dictionary words; no news writes them."""
    lex = ctx.lexicons["es"]
    assert es_wordfacts.facts_of("respecto", lex)[es_wordfacts.Fact.SUBJECT_VERB] is None
    assert es_wordfacts.facts_of("contrato", lex)[es_wordfacts.Fact.SUBJECT_VERB] == ("contrató", "preterite")
    assert es_wordfacts.facts_of("dejara", lex)[es_wordfacts.Fact.SUBJECT_VERB] == ("dejará", "future")
    # far rarer than the noun, but common whatever the noun: written
    assert es_wordfacts.facts_of("trabajo", lex)[es_wordfacts.Fact.SUBJECT_VERB] == ("trabajó", "preterite")


@pytest.mark.parametrize("text", [
    "Los grandes bancos si creen que el candidato puede ganar.",
    "Si se lo preguntan, sí. Peña si tiene autorizado tocar la copa.",
    "La empresa si aceptó la propuesta de los sindicatos.",
])
def test_affirmative_si_after_the_subject_is_flagged(ctx, text):
    assert flagged(ctx, text).get("si") == "sí"


@pytest.mark.parametrize("text", [
    "El gobierno pagará si quiere.",  # a conditional after its verb
    "Dijo que el presidente si gana bajará los impuestos.",  # the subject does not open the sentence
    "Peña, si tiene tiempo, irá a Rusia.",  # a comma: the conditional's own clause
    "Los bancos si la economía crece prestan más.",  # no verb right after
    "Pregunta si tiene sentido.",  # a verb before: "whether"
    "“Los bancos si creen en él”, dijo.",  # a quote
])
def test_conditional_si_is_left_alone(ctx, text):
    assert "si" not in flagged(ctx, text)
