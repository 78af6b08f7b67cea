"""Spanish finite verbs cut back to their infinitive after a subject that
opens its clause read past its ``de`` phrases, figures and a closing
quote, or after ``para que`` and a verb of request (qa.lang.es_verbforms,
reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_verbforms
from qa.lang.es import readings
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    # a singular determiner opens the phrase: the future, commoner than the conditional
    ("Ahora, el Ministerio de Salud de la Nación endurecer las medidas para controlar el aislamiento.",
     "endurecer", "endurecerá"),
    # a plural one: a verb in -ar's preterite plural, the commonest
    ("Las principales fuerzas políticas del país manifestar que no mantienen a su familia allí.",
     "manifestar", "manifestaron"),
    # a name after "y" that joins two clauses, the first ended by a finite verb
    ("Es hora de reconocer que Trump perdió y Biden asumir como el 46 presidente.", "asumir", "asumirá"),
    # a figure after a name; "ser" is a noun too, read as the verb after a name and a figure
    ("Lo que significa que Rusia 2018 ser su adiós de la Selección.", "ser", "será"),
    # a headline runs into the text: its capitalised article opens the phrase
    ("En Estados Unidos Los líderes de las principales fuerzas políticas manifestar que no.",
     "manifestar", "manifestaron"),
    # "para que" takes a subjunctive
    ("Le pidieron que copiara la idea del himno para que realizar el de las Águilas.",
     "realizar", "realizara"),
    # ... and so does a verb of request before "que"
    ("Los directivos le pidieron que copiar la idea del himno del Sevilla.", "copiar", "copiara"),
])
def test_an_infinitive_where_a_finite_verb_stands_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text,word", [
    # the phrase is an object, the infinitive its complement
    ("La técnica ha permitido a los científicos de la Universidad de Versalles deducir que no.", "deducir"),
    ("Ordenó a los directores de Pemex y CFE realizar los pagos correspondientes.", "realizar"),
    ("Ayer decidió el Gobierno endurecer las medidas.", "endurecer"),  # the subject after its verb
    # "y" joins two nouns, not two clauses
    ("Le preguntó si podrían él y su familia ir a comer.", "ir"),
    # a noun made of the infinitive
    ("Lo importante, el tener la oportunidad de compartir.", "tener"),
    ("Me parece que el sentir miedo es falta de fe.", "sentir"),
    # a noun reading after an adjective is the phrase's noun
    ("La guía considera la cocina japonesa un auténtico placer para los sentidos.", "placer"),
    # a sentence opens with a verb, read in lower case
    ("Hace calor en las cuevas. Puedes estar en camiseta y sentirte cómodo.", "estar"),
    ("Dijo el ministro endurecer las medidas.", "endurecer"),
    # after "para que" a verb in -er or -ir cannot be a subjunctive cut short
    ("Lo hizo para que comer fuera más fácil.", "comer"),
    ("Dicen que encontrar estos terremotos es difícil.", "encontrar"),  # an infinitive as subject
    ("Para el Gobierno, hacer lo correcto es lo primero.", "hacer"),  # a mark before the infinitive
    # a capital article after a preposition opens a name, the object of the verb before
    ("El ministro declaró a El Universal estar preparado para la reunión.", "estar"),
])
def test_sound_copy_is_left_alone(ctx, text, word):
    assert word not in flagged(ctx, text)


def test_the_verb_agrees_with_the_phrase_s_determiner(ctx):
    doc = Document.from_text("Al inicio del acto, unos vecinos sacar banderas.", language="es")
    assert [(tok.text, form) for tok, form, _ in es_verbforms.verb_form_slots(
        doc, ctx.lexicons["es"], readings)] == [("sacar", "sacaron")]
