"""A Spanish determiner that fits neither the adjective after it nor the
noun after that, while those two agree (qa.lang.es_detadj), a determiner
read as a clitic before a noun that is also a first-person verb
(qa.lang.es_detclitic), both reported by Garble.WordClass; and the order of LanguageTool's repairs for a
determiner before a plural noun (qa.lang.es_detorder)."""
from __future__ import annotations

import pytest

from qa.checkers import wordclass
from qa.document import Document
from qa.lang import es_detorder
from qa.lang.es import readings
from qa.model import Finding, Fix


def doc(text: str) -> Document:
    return Document.from_text(text, language="es")


def flagged(ctx, text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.fixes[0].replacement for f in wordclass.check(doc(text), ctx)}


@pytest.mark.parametrize("text,word,original", [
    ("Después de el primera relación, a Machado le extrañó todo.", "el", "la"),
    ("La confirmación se produjo por un amplia mayoría de votos.", "un", "una"),
    ("Meses después de descubrir una nuevo patógeno llegó la vacuna.", "una", "un"),
    ("Resultó ser unos potente inhibidor del virus.", "unos", "un"),
    ("Según informó el misma artista a través de sus redes.", "el", "la"),
    ("Lo anterior, ante la presunto desvío de miles de millones.", "la", "el"),
    ("Algunos salen a la luz en estas cinematográfica muestra.", "estas", "esta"),
])
def test_determiner_past_an_adjective_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Después de la primera relación, a Machado le extrañó todo.",
    "La primer ministra habló ayer.",  # the determiner agrees with the noun
    "Seguidores de la cantante la felicitaron tras la publicación.",  # its own noun
    "El joven ala defensiva, egresado de la universidad, firmó.",
    "¿Cómo reacciona un agente a ese mensaje?",
    "La cifra disminuyó para las siguientes dos ediciones.",  # a numeral follows
    "Ya sea un móvil o un reloj inteligente.",
    "Como las propias medusas, el coral o las anémonas.",
])
def test_sound_determiners_are_not_flagged(ctx, text):
    found = flagged(ctx, text)
    assert not any(w.lower() in ("el", "la", "las", "los", "un", "una", "unos") for w in found), found


@pytest.mark.parametrize("text,word,original", [
    ("La Comisión propuso permitir la uso de fosfatos en la carne.", "la", "el"),
    ("Sin embargo, afirma los estudio publicado en la revista.", "los", "el"),
    ("Herlinda aprieta el mano de piedra como si fuera una necia.", "el", "la"),
    ("Ser gay ya no está considerado unos trastorno mental.", "unos", "un"),
    ("El abogado demandó al juez que los proceso contra su cliente sea público.", "los", "el"),
])
def test_determiner_read_as_a_clitic_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "La bloguera publicó su ensayo Hombres, los odio, este verano.",  # after a comma: a title
    "Tengo una bicicleta pero no la uso desde hace meses.",  # a first-person speaker
    "“Cada mañana la uso para ir al trabajo”, explicó.",  # quoted
    "La Comisión propuso permitir el uso de fosfatos en la carne.",
    "Sin embargo, afirma el estudio publicado en la revista.",
])
def test_clitic_before_a_first_person_verb_is_not_flagged(ctx, text):
    found = flagged(ctx, text)
    assert not any(w.lower() in ("el", "la", "los", "las") for w in found), found


def lt_match(text: str, pair: str, replacements: list[str]) -> Finding:
    start = text.index(pair)
    end = start + len(pair)
    return Finding(rule=es_detorder.RULE, category="grammar", severity="warning", start=start, end=end,
                   message="", confidence=0.7,
                   fixes=tuple(Fix(start, end, r, round(0.7 * 0.8 ** i, 3)) for i, r in enumerate(replacements)))


@pytest.mark.parametrize("text,pair,replacements,first", [
    ("En medio de la discusiones, habló.", "la discusiones", ["la discusión", "las discusiones"],
     "las discusiones"),
    ("Así son los cremas que intentó robar.", "los cremas", ["la crema", "las cremas"], "las cremas"),
    ("Y su resultados no mejoran.", "su resultados", ["su resultado", "sus resultados"], "sus resultados"),
    # a singular noun keeps LanguageTool's order: the noun may have lost its "s"
    ("El personal de las escuela cerró.", "las escuela", ["la escuela", "las escuelas"], "la escuela"),
    ("Una campaña en contra de la director del medio.", "la director",
     ["el director", "los directores", "la directora"], "el director"),
    # ... unless an adjective that can only be plural follows: the noun lost its "s"
    ("Compró en una de las boutique más prestigiosas de la ciudad.", "las boutique",
     ["la boutique", "las boutiques"], "las boutiques"),
    ("Quiso hacer las película mucho más cercanas al público.", "las película",
     ["la película", "las películas"], "las películas"),
    # ... or the word is an adjective too before a noun that can only be plural
    ("Hablaron de los supuesto planes de Bill Gates.", "los supuesto",
     ["el supuesto", "los supuestos"], "los supuestos"),
    ("Llegaron las nueva reglas del juego.", "las nueva", ["la nueva", "las nuevas"], "las nuevas"),
    ("El personal de las escuela cerraron.", "las escuela", ["la escuela", "las escuelas"],
     "la escuela"),  # a verb's number may be another subject's
    ("Visitó las boutique Prestigiosas de Madrid.", "las boutique", ["la boutique", "las boutiques"],
     "la boutique"),  # a capital: a name
    ("Habló con las escuela nueva.", "las escuela", ["la escuela", "las escuelas"], "la escuela"),
    # a noun that is no adjective before a plural noun: the second may start a new phrase
    ("Visitó las escuela edificios nuevos.", "las escuela", ["la escuela", "las escuelas"], "la escuela"),
])
def test_repair_keeping_a_plural_noun_comes_first(ctx, text, pair, replacements, first):
    lex = ctx.lexicons["es"]
    (f,) = es_detorder.ordered_fixes(text, [lt_match(text, pair, replacements)], lex, readings)
    assert f.fixes[0].replacement == first
    assert sorted(x.replacement for x in f.fixes) == sorted(replacements)
    assert [x.confidence for x in f.fixes] == sorted((x.confidence for x in f.fixes), reverse=True)


@pytest.mark.parametrize("text,span_start,first", [
    ("Después de el primera relación, a Machado le extrañó todo.", "el", "la"),
    ("Lo anterior, ante la presunto desvío de miles de millones de pesos.", "la", "el"),
    ("Resultó ser unos potente inhibidor del virus.", "unos", "un"),
])
def test_a_named_determiner_comes_first_in_its_span(ctx, text, span_start, first):
    from qa.pipeline import check_documents
    (report,) = check_documents([doc(text)], ctx)
    at = text.index(f" {span_start} ") + 1
    over = [f for f in report.findings if f.start <= at < f.end and f.fixes]
    assert over and over[0].fixes[0].replacement == first, [(f.rule, f.fixes[:3]) for f in over]


def test_an_accent_named_is_left_to_the_ranking():
    from qa.originals import Original, _named_first
    ranked = [Original("sufrió", 5.0, 0.6, 0.8, (), ()), Original("sufre", 4.0, 0.3, 0.7, (), ())]
    assert _named_first(ranked, "sufrí", "sufri") == ranked  # ranked low or cut: not missed
    assert [r.word for r in _named_first(ranked, "la", "el")] == ["la", "sufrió", "sufre"]


def test_a_named_cut_end_or_dropped_letter_is_left_to_the_ranking():
    # "de musica" names the infinitive "musicar" (a cut end): the ranking's
    # own kind of candidate, so its order stands and "música" stays first
    from qa.originals import Original, _named_first
    ranked = [Original(word="música", score=2.0, confidence=0.9, cost=0.1, cleared=(), added=())]
    assert _named_first(ranked, "musicar", "musica") == ranked
    assert _named_first(ranked, "músicas", "musica") == ranked
    assert [r.word for r in _named_first(ranked, "la", "el")] == ["la", "música"]
    assert [r.word for r in _named_first(ranked, "un", "unos")] == ["un", "música"]


def test_a_named_cut_end_comes_first_unless_the_ranking_puts_an_accent_back():
    # "en rue de prensa": the fixed expression names "rueda", a cut end the
    # ranking weighed below "re" (a letter taken out) on frequency alone;
    # the slot settles it, so it comes first at the top one's score
    from qa.originals import Original, _named_first
    ranked = [Original("re", 4.9, 0.23, 0.8, (), ()), Original("true", 4.8, 0.2, 0.7, (), ()),
              Original("rueda", 4.5, 0.15, 0.8, (), ())]
    first = _named_first(ranked, "rueda", "rue")
    assert [r.word for r in first] == ["rueda", "re", "true"]
    assert (first[0].score, first[0].confidence, first[0].cleared) == (4.9, 0.23, ("named",))
    # not among the ranked: put first all the same ("jun" -> "junto")
    assert [r.word for r in _named_first(ranked[:2], "rueda", "rue")] == ["rueda", "re", "true"]
    # already first: unchanged
    assert _named_first(ranked[2:], "rueda", "rue") == ranked[2:]



@pytest.mark.parametrize("text,word,first", [
    ("Lo dijo Álvarez en rue de prensa para presentar los resultados.", "rue", "rueda"),
    ("La aplicación WhatsApp ha dejado de funciona en torno a las nueve.", "funciona", "funcionar"),
])
def test_a_slot_named_repair_comes_first_in_its_span(ctx, text, word, first):
    from qa.pipeline import check_documents
    (report,) = check_documents([doc(text)], ctx)
    at = text.index(word)
    over = [f for f in report.findings if f.start <= at < f.end and f.fixes]
    assert over and over[0].fixes[0].replacement == first, [(f.rule, f.fixes[:3]) for f in over]
