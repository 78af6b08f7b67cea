"""Spanish nouns that lost the ``s`` of their plural.

A dropped letter or a cut-off end often takes a plural's last ``s``
(``empresas`` → ``empresa``, ``semanas`` → ``semana``) and leaves a word.
Inside a noun phrase the tagging dictionary (``qa.lang.es_tags``) settles
the number of both neighbours, and Spanish makes them agree:

- a noun that can only be singular and, right after it, an adjective or
  participle that can only be plural (``los requisito necesarios``,
  ``edificio inteligentes``);
- an adjective or determiner that can only be plural, or a count written
  as a word, right before a noun that can only be singular (``las últimas
  semana``, ``algunos pasaje``, ``ocho empresa``); after a count or such a
  determiner only a noun stands, so there a singular noun that is also a
  finite verb (``tres tema``, ``varios vuelo``, ``pocas agencia``) lost its
  plural too (after a demonstrative or a possessive, and after a
  preposition before a plural adjective, an adjective that is also a
  finite verb as well: ``estas vacuna``, ``en fecha recientes``), and
  after a plural adjective one whose only verb reading is the first
  person singular, which agrees with no plural before it (``nuevos
  contagio``, ``los grandes impacto``), or any verb reading where an
  article opens the phrase before the adjective (``en los principales
  programa de``; not after ``a``), and after ``los`` or ``las`` right
  after a verb, where they are no clitic (``reciben las ayuda``); after a
  preposition or an infinitive, where no finite verb stands, a noun that
  is also a verb before an adjective that can only be plural (``con
  estructura circulares``, ``poner nombre raros``);
- an adjective that can only be singular (or a noun too: ``alto``) right
  before a word that can only be a plural noun (or an adjective too, after
  an adjective that is no noun: ``diversa temáticas``), of a gender that
  fits: the adjective lost its plural (``del resto de alto cargos``); a
  noun of time after it heads an adverbial (``el clima espacial días
  antes``), and a prefix written apart is no adjective (``ultra
  congeladores``);
- a quantifier that can only be singular (``alguna``, ``otra``, ``poca``)
  right before a plural noun: the quantifier lost its plural (``tomando
  alguna ideas``); ``poco``, ``mucho`` and ``demasiado`` only before a
  word that is nothing but a noun (they are adverbs too: ``demasiado
  jóvenes``), and never ``tanto``, which opens a correlative (``tanto
  riesgos financieros como``);
- a word that is a singular noun and a singular adjective, nothing else,
  right after a count or a word that can only be a plural adjective or
  determiner (``sus primeros paciente``, ``contactar nuevos usuario``):
  read either way it lost its plural; before a coordinator it may be the
  first of two nouns that a bare plural predicate precedes (``llegaron
  juntos paciente y médico``);
- a singular noun or adjective of any other readings (an adverb, a
  determiner, a first person: ``medio``) between a word that can only be a
  plural determiner (or pronoun) and one that can only be a plural
  adjective (or noun): both sides ask for a plural (``en algunos medio
  digitales``); not a third person, which may be the verb of a
  determiner standing alone (``algunas son beneficiosas``).

Either way the noun lost its plural. Left alone, each a sound construction
where the numbers differ: a plural adjective after a preposition's object,
which may agree with the noun before the preposition (``hospitales de alta
especialidad disponibles``, ``alcances en la gente inimaginables``; not
after the bare object of another preposition than ``de`` or ``a``: ``en
depósito bancarios``), an adjective shared by coordinated nouns (``la
lengua y literatura españolas``), and words the dictionary also reads as a
verb or an adjective (``agua``, ``fecha``). A singular adjective after a
plural noun (``vuelos civil``) is not judged: it is as often a predicate
agreeing with the subject (``pasó dos días conectado``), measured in
docs/context-models.md.
"""
from __future__ import annotations

from itertools import compress, islice, repeat
from operator import itemgetter
from typing import Iterator

from ..text.memofill import fill
from ..text.pairs import one_space
from .es_tags import INFINITIVE, SECOND_PERSON
from .es_wordfacts import Fact, document_facts

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
NUMBER_CONFIDENCE = 0.55
# The plural must be a word news writes: at least this common (zipf).
MIN_PLURAL_ZIPF = 2.5
# Words that join coordinated nouns: an adjective after the second may
# agree with both (``padre y madre ausentes``).
COORDINATORS = frozenset("y e o u ni".split())
# How far back a coordinator is looked for.
COORDINATION_REACH = 3
# Plural nouns of time head an adverbial, not a subject or an adjective's
# noun: "los días festivos abre el museo", "el clima espacial días antes",
# "mal informada y en ocasiones imprudente".
TIME_NOUNS = frozenset("""
    días años meses semanas horas minutos segundos noches tardes mañanas veces ocasiones fines
    siglos décadas momentos jornadas temporadas
    """.split())
# Counts written as words that take a plural noun.
NUMERALS = frozenset("""
    dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince
    dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta
    setenta ochenta noventa cien doscientos doscientas trescientos trescientas cuatrocientos
    cuatrocientas quinientos quinientas seiscientos seiscientas setecientos setecientas
    ochocientos ochocientas novecientos novecientas
    """.split())


_PLURAL = itemgetter(Fact.PLURAL)
_NOUN_ADJECTIVE_PLURAL = itemgetter(Fact.NOUN_ADJECTIVE_PLURAL)
_ADJECTIVE_PLURAL = itemgetter(Fact.ADJECTIVE_PLURAL)
_ADJECTIVE_VERB_PLURAL = itemgetter(Fact.ADJECTIVE_VERB_PLURAL)


def number_clashes(doc, lex, readings, facts: list[tuple] | None = None) -> Iterator[tuple]:
    """(token, its plural, confidence) for each noun that should be plural
    by its neighbour's number. ``readings`` is the profile's word ->
    readings look-up; ``facts``: the document's word facts
    (``es_wordfacts.document_facts``), when read already."""
    words, text = doc.words, doc.text
    # most words have no such plural ("" for none): only the others are visited
    if facts is None:
        facts = document_facts(doc, lex)
    plurals = list(map(_PLURAL, facts))
    for i in compress(range(len(words)), plurals):
        tok, plural = words[i], plurals[i]
        nouns = readings(tok.text, lex)
        if i + 1 < len(words) and one_space(text, tok, words[i + 1]) and _plural_only(
                words[i + 1].text, frozenset("AP"), nouns, lex, readings) and not _coordinated(
                words, i, text) and not _governed(words, i, lex, readings):
            yield tok, plural, NUMBER_CONFIDENCE  # "los requisito necesarios"
        elif i > 0 and one_space(text, words[i - 1], tok) and (
                words[i - 1].text.lower() in NUMERALS or _plural_only(
                    words[i - 1].text, frozenset("ADR"), nouns, lex, readings) or _opening_plural_adjective(
                    words, i - 1, text, nouns, lex, readings)):
            yield tok, plural, NUMBER_CONFIDENCE  # "las últimas semana", "ocho empresa"
    # a noun that is also a finite verb, after a count or a plural
    # determiner: only the noun stands there ("tres tema", "varios vuelo");
    # after a plural adjective, where the verb can only be a first person
    # ("nuevos contagio", "los grandes impacto");
    # the verdicts read in one pass ("" for none), only the words that
    # have one visited
    texts = doc.word_texts
    plurals = fill(lex.memo("es.number.noun-or-verb"), texts,
                   lambda word: _noun_or_verb_plural(word, lex, readings) or "")
    for i in compress(range(1, len(words)), islice(plurals, 1, None)):
        prev, tok = texts[i - 1].lower(), words[i]
        if not one_space(text, words[i - 1], tok):
            continue
        nouns = _nouns(tok.text, lex, readings)
        # after a preposition, or an infinitive whose object it is (``poner
        # nombre raros``): no finite verb stands there
        if prev in OBJECT_PREPOSITIONS or (prev[-1:] == "r" and readings(prev, lex) == INFINITIVE):
            if _object_before_plural_adjective(words, i, text, nouns, lex, readings):
                yield tok, plurals[i], NUMBER_CONFIDENCE
            continue
        if not _may_count(prev):
            continue
        if prev in NUMERALS or _plural_determiner(prev, nouns, lex, readings) or (
                _plural_adjective(prev, nouns, lex, readings) and (
                    _first_person_verb(tok.text, lex, readings) or _after_article(words, i - 1, text))) or (
                prev in _CLITIC_ARTICLES and (plural_modifier_after(words, i, text, lex, readings)
                                              or _article_after_verb(words, i - 1, text, lex, readings)
                                              or article_after_todos(words, i - 1, text))):
            yield tok, plurals[i], NUMBER_CONFIDENCE
    # a word that is a singular adjective and a finite verb (a noun too, or
    # not) after a plural demonstrative or possessive, or after a
    # preposition before a plural adjective: read as either it lost its
    # plural ("estas vacuna", "las antigua molenderas", "en fecha
    # recientes"); not after a count, which may tell the hour ("a las tres
    # limpia"), nor after a quantifier, which may stand for an elided noun
    # ("algunas veces es alta y otras baja")
    plurals = list(map(_ADJECTIVE_VERB_PLURAL, facts))
    for i in compress(range(1, len(words)), islice(plurals, 1, None)):
        prev, tok = texts[i - 1].lower(), words[i]
        if not one_space(text, words[i - 1], tok) or not (
                prev in DEMONSTRATIVES_AND_POSSESSIVES or prev in _CLITIC_ARTICLES or prev in OBJECT_PREPOSITIONS):
            continue
        genders = frozenset(r for r in readings(tok.text, lex) if r[0] in "NA")
        if prev in OBJECT_PREPOSITIONS:
            if _object_before_plural_adjective(words, i, text, genders, lex, readings):
                yield tok, plurals[i], NUMBER_CONFIDENCE
            continue
        if (prev in DEMONSTRATIVES_AND_POSSESSIVES and _plural_determiner(prev, genders, lex, readings)) or (
                prev in _CLITIC_ARTICLES and (plural_modifier_after(words, i, text, lex, readings)
                                              or _article_after_verb(words, i - 1, text, lex, readings))):
            yield tok, plurals[i], NUMBER_CONFIDENCE
    # an adjective that can only be singular right before a plural noun:
    # the adjective lost its plural ("del resto de alto cargos", "de
    # diversa temáticas"); its plural is one of the word's facts
    plurals = list(map(_ADJECTIVE_PLURAL, facts))
    for i in compress(range(len(words) - 1), plurals):
        tok = words[i]
        if texts[i + 1][-1:] == "s" and one_space(text, tok, words[i + 1]) and _plural_head(
                texts[i + 1], readings(tok.text, lex), lex, readings):
            yield tok, plurals[i], NUMBER_CONFIDENCE
    # a word that is a singular noun and a singular adjective, nothing else,
    # after a count or a word that can only be a plural adjective or
    # determiner: either reading lost its plural ("sus primeros paciente",
    # "nuevos usuario")
    plurals = list(map(_NOUN_ADJECTIVE_PLURAL, facts))
    for i in compress(range(1, len(words)), islice(plurals, 1, None)):
        prev, tok = texts[i - 1].lower(), words[i]
        if not one_space(text, words[i - 1], tok) or not _may_count(prev):
            continue
        nouns = _nouns(tok.text, lex, readings)
        if (prev in NUMERALS or _plural_only(prev, frozenset("ADR"), nouns, lex, readings)
                or _opening_plural_adjective(words, i - 1, text, nouns, lex, readings)) and not (
                i + 1 < len(words) and words[i + 1].text.lower() in COORDINATORS):
            yield tok, plurals[i], NUMBER_CONFIDENCE
    # a singular noun that is a participle too, nothing else, after a plural
    # article and a plural adjective (``uno de los principales aliado de``):
    # rare enough that its plural is worked out where the two stand
    n = len(words)
    for k in compress(range(n - 2), map(_OPENING_ARTICLES.__contains__, map(str.lower, texts[:n - 2]))):
        i = k + 2
        word = texts[i]
        if word[-1:] == "s" or texts[k + 1][-1:] != "s" or not (
                one_space(text, words[k], words[k + 1]) and one_space(text, words[k + 1], words[i])):
            continue
        plural = _participle_noun_plural(word, lex, readings)
        if plural is not None and _opening_plural_adjective(words, k + 1, text, _nouns(word, lex, readings),
                                                            lex, readings):
            yield words[i], plural, NUMBER_CONFIDENCE
    # a singular noun or adjective of any other readings between a word that
    # can only be a plural determiner and one that can only be a plural
    # adjective ("algunos medio digitales"): only the words after such a
    # determiner are visited
    for i in compress(range(1, len(words) - 1), map(_plural_determiner_only, texts[:-2], repeat(lex),
                                                    repeat(readings))):
        if not (one_space(text, words[i - 1], words[i]) and one_space(text, words[i], words[i + 1])):
            continue
        plural = _sandwiched_plural(texts[i - 1].lower(), texts[i], texts[i + 1], lex, readings)
        if plural is not None:
            yield words[i], plural, NUMBER_CONFIDENCE
    # a quantifier that can only be singular right before a plural noun:
    # the quantifier lost its plural ("tomando alguna ideas", "las poca
    # denuncias"); a form that is also an adverb only before a word that is
    # nothing but a plural noun ("demasiado jóvenes" is "too young")
    for i in compress(range(len(words) - 1), map(SINGULAR_QUANTIFIERS.__contains__, texts[:-1])):
        word, nxt = texts[i], texts[i + 1]
        if not one_space(text, words[i], words[i + 1]):
            continue
        if word in ADVERB_QUANTIFIERS and not all(
                r[0] == "N" for r in readings(nxt, lex) - SECOND_PERSON):
            continue
        if _plural_head(nxt, frozenset(r for r in readings(word, lex) if r[0] in "ADR"), lex, readings):
            yield words[i], SINGULAR_QUANTIFIERS[word], NUMBER_CONFIDENCE


def _plural_determiner_only(word: str, lex, readings) -> bool:
    """Can ``word`` only be a plural determiner, or a plural pronoun or
    clitic (``algunos``, ``los``), or a noun besides?"""
    if word[-1:] != "s":
        return False
    tags = readings(word.lower(), lex)
    return any(r[0] == "D" for r in tags) and all(r[0] in "DRK" and r[2] == "p" for r in tags if r[0] != "N")


def _sandwiched_plural(determiner: str, word: str, after: str, lex, readings) -> str | None:
    """The plural of lower-case ``word``, a singular noun or adjective of
    the determiner's gender and no third person, before ``after``, a
    word that can only be a plural adjective (or a noun besides) and is
    one."""
    if not word.islower() or word[-1:] == "s":
        return None
    tags = readings(word, lex)
    heads = [r for r in tags if r[0] in "NA"]
    if not heads or any(r[2] != "s" for r in heads) or any(r[0] == "V" and r[3] == "3" for r in tags):
        return None
    after_tags = readings(after, lex) - SECOND_PERSON
    if not any(r[0] == "A" for r in after_tags) or not all(r[0] in "AN" and r[2] in "pn" for r in after_tags):
        return None
    genders = _genders(r for r in readings(determiner, lex) if r[0] == "D")
    nouns = [r for r in heads if genders_agree(genders, r[1])]
    if not nouns:
        return None
    return written_plural(word, _genders(nouns), lex, readings, "NA")


# Quantifiers that can only be singular, and their plurals: before a plural
# noun the quantifier lost its "s" ("alguna ideas"). The masculine forms of
# "poco", "mucho" and "demasiado" are adverbs too ("demasiado jóvenes"):
# before an adjective they stand as written; "tanto" opens a correlative
# before any noun ("tanto riesgos financieros como una crisis").
SINGULAR_QUANTIFIERS = {
    "alguno": "algunos", "alguna": "algunas", "ninguna": "ningunas", "otro": "otros", "otra": "otras",
    "cierto": "ciertos", "cierta": "ciertas", "poco": "pocos", "poca": "pocas", "mucho": "muchos",
    "mucha": "muchas", "demasiado": "demasiados", "demasiada": "demasiadas", "tanta": "tantas",
}
ADVERB_QUANTIFIERS = frozenset("poco mucho demasiado".split())
# Prepositions that take a noun phrase and never a clause: after one a word
# that is a noun and a finite verb is the noun. Not "según" ("según
# informa el diario"), "entre" (also a verb) or "hasta" (also "even").
OBJECT_PREPOSITIONS = frozenset("""
    a con de en por para sin sobre desde hacia contra ante bajo tras durante mediante
    """.split())
# Plural determiners that stand for no elided noun before a verb: after
# one a singular adjective or verb lost its plural ("estas vacuna").
DEMONSTRATIVES_AND_POSSESSIVES = frozenset("""
    estos estas esos esas aquellos aquellas sus mis tus nuestros nuestras vuestros vuestras
    """.split())
# "los" and "las" are object pronouns too ("los banco" could be "I bank
# them"): read as articles where a plural adjective or noun follows the word,
# or where a verb stands right before them (``reciben las ayuda``,
# ``visitar los domicilio``): a clitic stands before its own finite verb, and
# no finite verb follows another with nothing between.
_CLITIC_ARTICLES = frozenset(("los", "las"))


# Predeterminers before which "los" and "las" are articles ("todos los equipo").
PREDETERMINERS = frozenset(("todos", "todas"))


def article_after_todos(words, k: int, text: str) -> bool:
    """Is word ``k`` ``los`` or ``las`` right after ``todos`` or ``todas``,
    one space apart (``todos los equipo``)? The predeterminer takes the
    article and its noun."""
    return (k >= 1 and words[k].text.lower() in _CLITIC_ARTICLES
            and words[k - 1].text.lower() in PREDETERMINERS and one_space(text, words[k - 1], words[k]))


def _article_after_verb(words, k: int, text: str, lex, readings) -> bool:
    """Does a word the dictionary reads only as a verb (finite, infinitive or
    gerund; no participle, noun or adjective) stand right before ``los`` or
    ``las`` at ``k``, one space apart?"""
    if k < 1 or not one_space(text, words[k - 1], words[k]):
        return False
    tags = readings(words[k - 1].text.lower(), lex)
    return bool(tags) and all(r[0] in "VIG" for r in tags)


def plural_modifier_after(words, i: int, text: str, lex, readings) -> bool:
    """Does a word that can only be a plural adjective or noun (no
    participle, which may be a clitic's predicate: ``las lleva puestas``)
    follow word ``i``, one space apart (``Los banco emisores``)?"""
    if i + 1 >= len(words) or not one_space(text, words[i], words[i + 1]):
        return False
    word = words[i + 1].text
    if not word.islower() or word[-1] != "s":
        return False
    tags = readings(word, lex) - SECOND_PERSON
    return bool(tags) and all(r[0] in "NA" and r[2] == "p" for r in tags) and any(r[0] == "A" for r in tags)


def _object_before_plural_adjective(words, i: int, text: str, nouns, lex, readings) -> bool:
    """Is word ``i``, right after a preposition, where no finite verb
    stands, the noun whose plural adjective right after it it must agree
    with (``un yacimiento con estructura circulares``, ``en fecha
    recientes``)? Not where the adjective may be shared by coordinated
    nouns or agree with a noun before the preposition."""
    return (_plural_adjective_after(words, i, text, nouns, lex, readings)
            and not _coordinated(words, i, text) and not _governed(words, i, lex, readings))


def _plural_adjective_after(words, i: int, text: str, nouns, lex, readings) -> bool:
    """Does a word that can only be a plural adjective or participle of a
    gender that fits ``nouns`` follow word ``i``, one space apart? A second
    person is no reading of a lower-case word in news copy (``circulares``
    spells one of ``circular``)."""
    return (i + 1 < len(words) and one_space(text, words[i], words[i + 1])
            and _plural_only(words[i + 1].text, frozenset("AP"), nouns, lex, readings, SECOND_PERSON))


def _may_count(word: str) -> bool:
    """Could lower-case ``word`` be a count or a plural determiner (``tres``,
    ``varios``)? A plural determiner ends in "s": a cheap first test."""
    return word.endswith("s") or word in NUMERALS


def _plural_determiner(word: str, nouns, lex, readings) -> bool:
    """Is ``word`` a plural determiner (``varios``, ``pocas``; it may also be
    read as a pronoun or an adjective, but not only as a pronoun: ``cuáles
    son``, ``nosotros debe``) of a gender that fits ``nouns``?"""
    tags = readings(word, lex)
    return any(r[0] == "D" for r in tags) and _plural_only(word, frozenset("DRAN"), nouns, lex, readings)


def _plural_adjective(word: str, nouns, lex, readings) -> bool:
    """Is ``word`` a plural adjective or participle (``nuevos``, ``grandes``;
    it may also be read as a plural noun, or as a pronoun: ``mismas``) of a
    gender that fits ``nouns``?"""
    return _plural_only(word, frozenset("APNR"), nouns, lex, readings) and any(
        r[0] in "AP" for r in readings(word, lex))


# Plural articles that open a noun phrase before its adjective.
_OPENING_ARTICLES = frozenset("los las unos unas".split())


def _after_article(words, k: int, text: str) -> bool:
    """Does a plural article stand right before word ``k`` (a plural
    adjective), one space apart, with no ``a`` before it? The article and
    the adjective open a noun phrase, whose noun follows (``en los
    principales programa de``); after ``a`` the two may be a nominalised
    object before its verb (``a los pobres ayuda el programa``)."""
    return (k >= 1 and words[k - 1].text.lower() in _OPENING_ARTICLES
            and one_space(text, words[k - 1], words[k])
            and not (k >= 2 and words[k - 2].text.lower() == "a"))


def _opening_plural_adjective(words, k: int, text: str, nouns, lex, readings) -> bool:
    """Is word ``k`` a plural adjective of a gender that fits ``nouns`` (a
    plural noun too, or not: ``principales``) right after a plural article
    that opens its noun phrase (``_after_article``: ``los principales
    aliado``)?"""
    return _plural_adjective(words[k].text, nouns, lex, readings) and _after_article(words, k, text)


def _first_person_verb(word: str, lex, readings) -> bool:
    """Is the first person singular ``word``'s only verb reading
    (``contagio``, ``impacto``)? No first person agrees with a plural
    adjective right before it; a third person may have a clause for its
    subject that ends on one (``mantener los precios bajos ayuda``)."""
    return all(r == "V-s1" for r in readings(word, lex) if r[0] == "V")


def _nouns(word: str, lex, readings) -> frozenset[str]:
    return frozenset(r for r in readings(word, lex) if r[0] == "N")


def _noun_or_verb_plural(word: str, lex, readings) -> str | None:
    """The plural of ``word`` when the dictionary reads it only as a
    singular noun and a singular finite verb (``tema``, ``vuelo``). A
    plural verb is left out: a count or a determiner may stand alone as the
    subject (``los dos son``, ``muchos son``), and then a plural verb is
    sound after it, a singular one damaged either way."""
    tags = readings(word, lex) if word.islower() and word.isalpha() else frozenset()
    if any(r[0] == "N" and r[2] == "s" for r in tags) and any(r[0] == "V" for r in tags) and all(
            r[0] in "NV" and r[2] == "s" for r in tags):
        return written_plural(word, _genders(r for r in tags if r[0] == "N"), lex, readings)
    return None


def _participle_noun_plural(word: str, lex, readings) -> str | None:
    """The noun plural of ``word`` when the dictionary reads it only as a
    singular noun and a singular participle (``aliado``, ``herido``)."""
    tags = readings(word, lex) if word.islower() and word.isalpha() else frozenset()
    if not (any(r[0] == "N" for r in tags) and any(r[0] == "P" for r in tags)) or not all(
            r[0] in "NP" and r[2] == "s" for r in tags):
        return None
    return written_plural(word, _genders(r for r in tags if r[0] == "N"), lex, readings)


def adjective_or_verb_plural(word: str, lex, readings) -> str | None:
    """The plural of ``word`` when the dictionary reads it only as a
    singular adjective and a singular finite verb, and maybe a singular
    noun (``vacuna``, ``antigua``): the noun's plural if it has one, else
    the adjective's. (A noun and a verb only: ``_noun_or_verb_plural``.)"""
    tags = readings(word, lex) if word.islower() and word.isalpha() else frozenset()
    if not (any(r[0] == "A" for r in tags) and any(r[0] == "V" for r in tags)) or not all(
            r[0] in "NAV" and r[2] == "s" for r in tags):
        return None
    nouns = [r for r in tags if r[0] == "N"]
    if nouns:
        return written_plural(word, _genders(nouns), lex, readings)
    return written_plural(word, _genders(r for r in tags if r[0] == "A"), lex, readings, "A")


def adjective_plural(word: str, lex, readings) -> str | None:
    """The plural of ``word`` when the dictionary reads it only as a
    singular adjective, or as a singular adjective and noun (``alto``,
    ``diversa``), and news writes a plural adjective of the same gender."""
    if not (word.islower() and word.isalpha()) or word[-1] in "sx" or word in lex.profile.prefixes:
        return None  # a prefix written apart: "ultra congeladores"
    tags = readings(word, lex)
    if not any(r[0] == "A" for r in tags) or not all(r[0] in "AN" and r[2] == "s" for r in tags):
        return None
    return written_plural(word, _genders(tags), lex, readings, "A")


def _plural_head(word: str, adjective, lex, readings) -> bool:
    """Is ``word`` a plural noun an adjective read as ``adjective`` may
    stand before: only a plural noun (``cargos``), or a plural noun and
    adjective after an adjective that is no noun (``diversa temáticas``),
    of a gender that fits? A second person is no reading of a lower-case
    word in news copy."""
    if not word.islower() or not word.isalpha() or word in TIME_NOUNS:
        return False  # a noun of time heads an adverbial: "el clima espacial días antes"
    tags = readings(word, lex) - SECOND_PERSON
    if not tags or not any(r[0] == "N" for r in tags) or not all(r[0] in "NA" and r[2] == "p" for r in tags):
        return False
    if any(r[0] == "A" for r in tags) and any(r[0] == "N" for r in adjective):
        return False  # "el joven mexicanos": either may be the noun
    return all(genders_agree(_genders(adjective), r[1]) for r in tags)


def noun_or_adjective_plural(word: str, lex, readings) -> str | None:
    """The plural of ``word`` when the dictionary reads it only as a
    singular noun and a singular adjective (``paciente``, ``usuario``) and
    news writes a plural noun of the same gender; a second person of a
    verb aside (no reading in news copy)."""
    if not (word.islower() and word.isalpha()) or word[-1] in "sx":
        return None
    tags = readings(word, lex) - SECOND_PERSON
    if not (any(r[0] == "N" for r in tags) and any(r[0] == "A" for r in tags)
            and all(r[0] in "NA" and r[2] == "s" for r in tags)):
        return None
    return written_plural(word, _genders(r for r in tags if r[0] == "N"), lex, readings)


def singular_noun_plural(word: str, lex, readings) -> str | None:
    """The plural of ``word`` when the dictionary reads it only as a
    singular noun and news writes the plural (a plural noun reading of the
    same gender)."""
    if not (word.islower() and word.isalpha()):
        return None
    tags = readings(word, lex)
    if not tags or not all(r[0] == "N" and r[2] == "s" for r in tags):
        return None
    return written_plural(word, _genders(tags), lex, readings)


def written_plural(word: str, genders: set[str], lex, readings, word_class: str = "N") -> str | None:
    """The first of ``word``'s ``plural_forms`` that news writes (at least
    ``MIN_PLURAL_ZIPF``) and the dictionary reads as a plural of one of the
    classes ``word_class`` names (``N``: a noun, ``A``: an adjective, ``AP``:
    either of an adjective and a participle) of one of ``genders``."""
    for form in plural_forms(word):
        if lex.zipf(form) >= MIN_PLURAL_ZIPF and any(
                r[0] in word_class and r[2] == "p" and genders_agree(genders, r[1]) for r in readings(form, lex)):
            return form
    return None


def plural_forms(word: str) -> tuple[str, ...]:
    """The spellings a plural of singular ``word`` may take, likeliest first.
    A singular in ``s`` takes ``es`` (``mes``, ``país``, ``interés``); the
    callers keep a form only where the dictionary reads it as a plural, so
    an invariable noun (``crisis``, ``lunes``) gets none.

    >>> [plural_forms(w) for w in ("casa", "luz", "avión", "mes", "interés", "tórax")]
    [('casas',), ('luces',), ('aviones', 'aviónes'), ('meses',), ('intereses', 'interéses'), ()]
    """
    if not word or word[-1] == "x":
        return ()
    if word[-1] in "aeiouáéó":
        return (word + "s",)
    if word[-1] == "z":
        return (word[:-1] + "ces",)
    # avión -> aviones: the written accent goes when a syllable is added
    plain = word[:-2] + word[-2].translate(_ACUTE) + word[-1] if len(word) > 2 else word
    return (plain + "es",) if plain == word else (plain + "es", word + "es")


_ACUTE = str.maketrans("áéíóú", "aeiou")


def _genders(tags) -> set[str]:
    return {r[1] for r in tags}


def genders_agree(a: set[str], b: str) -> bool:
    """Can a word of one of the genders ``a`` agree with gender ``b``?"""
    return b in "c-" or bool(a & {b, "c", "-"})


def _plural_only(word: str, classes: frozenset[str], nouns, lex, readings,
                 unread: frozenset[str] = frozenset()) -> bool:
    """Can ``word`` only be a plural of ``classes`` (an adjective, a
    participle, a determiner) whose gender fits the noun readings ``nouns``,
    its ``unread`` readings set aside?"""
    if not (word.islower() and word.isalpha()) or word[-1] != "s":
        return False
    tags = readings(word, lex) - unread
    return bool(tags) and all(r[0] in classes and r[2] == "p" for r in tags) and all(
        genders_agree(_genders(tags), r[1]) for r in nouns)


def _coordinated(words, k: int, text: str) -> bool:
    """Does a coordinator stand among the few words before word ``k``?"""
    for j in range(k - 1, max(-1, k - 1 - COORDINATION_REACH), -1):
        if words[j].text.lower() in COORDINATORS:
            return True
        if "\n" in text[words[j].end:words[j + 1].start]:
            return False
    return False


def _preposition_before(words, k: int, lex, readings) -> int | None:
    """The index of the preposition whose object noun ``k`` is (``de``,
    ``en``, ``con``; an article, a count or an adjective may stand
    between), else None."""
    j = k - 1
    if j >= 0 and (words[j].kind == "number" or words[j].text.lower() in _ARTICLES
                   or words[j].text.lower() in NUMERALS
                   or any(r[0] == "A" for r in readings(words[j].text.lower(), lex))):
        j -= 1
    if j >= 0 and words[j].text.lower() in ("del", "al"):
        return j
    if j >= 0 and words[j].text.islower() and any(r[0] == "S" for r in readings(words[j].text, lex)):
        return j
    return None


def _governed(words, k: int, lex, readings) -> bool:
    """Is singular noun ``k`` a preposition's object whose plural adjective
    may agree with the noun before the preposition (``hospitales de alta
    especialidad disponibles``)? Not when a plural article stands before
    the noun (``con los hijo malcriados``), nor when the word before the
    preposition cannot be plural (``abanico de rumbo turísticos``)."""
    if k >= 1 and words[k - 1].text.lower() in _PLURAL_ARTICLES:
        return False
    j = _preposition_before(words, k, lex, readings)
    if j is None or (j == k - 1 and words[j].text.lower() not in AGREEING_ACROSS):
        return False
    # the adjective can agree only with a word before the preposition that
    # may be plural: not after "un yacimiento arqueológico con estructura
    # circulares", "el abanico de rumbo turísticos"
    if j >= 1 and words[j - 1].text.islower():
        before = readings(words[j - 1].text, lex)
        if before and not any(r[2] == "p" for r in before):
            return False
    return True


# The prepositions across whose bare object an adjective agrees with the
# noun before (``hospitales de alta especialidad disponibles``); after the
# others the bare object and its adjective are a phrase of their own (``en
# depósito bancarios``), but an article makes one of the object (``alcances
# en la gente inimaginables``).
AGREEING_ACROSS = frozenset("de del a al".split())
_ARTICLES = frozenset("el la los las un una unos unas sus".split())
_PLURAL_ARTICLES = frozenset("los las unos unas sus".split())
