"""Spanish adjectives that lost the ``s`` of their plural after a plural noun.

A dropped letter or a cut-off end often takes an adjective's last ``s``
(``sanitarias`` → ``sanitaria``, ``federales`` → ``federal``) and leaves
the singular, a real word. Right after a plural noun phrase that a plural
determiner or a count written as a word opens, or a preposition with no
determiner (``en círculos político``), the tagging dictionary
(``qa.lang.es_tags``) settles both numbers: the determiner, one to three
lower-case words that can only be plural nouns and adjectives (the first a
noun), at most one intensifier (``más``, ``muy``), then a word that can
only be a singular adjective (or also a singular noun: ``sanitaria``; a
rare verb's present is no verb: ``en fechas reciente``, of ``recentar``)
whose plural news writes and whose gender fits the noun (a noun reading
only as the feminine of an adjective): ``cuando las
condiciones sanitaria lo permitan``, ``las tropas soviética ya estaban``,
``las entidades financieras más importante del mundo``. After a bare
plural an intensifier makes a superlative, whose noun may stand before
the preposition (``la jornada de violencia en protestas más letal``), and
the words after it are left alone.

``qa.lang.es_number`` leaves a singular adjective after a plural noun
alone, as it is as often a predicate agreeing with the subject (``pasó dos
días conectado``). Here the noun phrase opens with its determiner, and
left alone are the words that may be such a predicate: a participle (``los
hechos ocurrido``), a word that is also an adverb, a pronoun or a
determiner (``solo``, ``mismo``, ``igual``), an adjective after a plural
noun of time, which heads an adverbial (``estuvo tres días inconsciente``),
an adjective coordinated with another (``las lenguas española y
francesa``, ``las culturas campesina, criolla``: each names one), and a
word that is also a masculine or common noun, which may stand in
apposition (``los países miembro``, ``los mapas navegador``), unless an
intensifier grades it (``uno de los estados más conservador``). A
capitalised word is a name or a title.

Likewise a singular adjective coordinated with a plural one after a plural
noun (``elecciones libres y auténtica``: ``coordinated_singulars``), and a
singular participle before the preposition that opens its complement
(``las irregularidades detectada en``: ``singular_participles_after``),
where it modifies the noun.
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

from ..text.pairs import one_space
from .es_number import MIN_PLURAL_ZIPF, COORDINATORS, genders_agree, plural_forms
from .es_plural_subject import DETERMINERS, TIME_NOUNS
from .es_subject import SUBJECT_DETERMINERS
from .es_tags import SECOND_PERSON, without_rare_verb

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
POSTPONED_ADJECTIVE_CONFIDENCE = 0.55
# A masculine adjective whose feminine is at least this common is an
# adjective first (``asiática`` 3.6, ``pilota`` 2.3).
FEMININE_ZIPF = 3.0
# The noun and the plural adjectives after it: at most this many words.
PHRASE_WORDS = 3
# Nouns Spanish puts in apposition after a plural noun, keeping their
# singular (``los países miembro``, ``las palabras clave``, ``los Estados
# satélite``), of those the dictionary also reads as an adjective of one
# form for both genders; any other such word after a plural noun is its
# adjective (``los dos equipos rival``).
APPOSITION_NOUNS = frozenset("""
    miembro clave satélite límite récord piloto modelo base estrella fantasma bomba espía puente
    tipo cumbre líder sorpresa relámpago basura tope
    """.split())
# Words that may stand between a noun and its adjective.
INTENSIFIERS = frozenset("más menos muy tan".split())
# The commonest words after a plural noun, none an adjective.
_FUNCTION_WORDS = frozenset("del que por con para una como sus entre sobre desde hasta".split())
# Participles that open a prepositional locution of their own, which
# agrees with nothing: "los precios altos debido a la inflación".
PREPOSITIONAL_PARTICIPLES = frozenset("debido dado visto puesto".split())
# A preposition opens a plural noun phrase with no determiner of its own
# (``en círculos político``). Not "de" nor "a": the phrase after "de" is
# often a complement of the noun before it, whose adjective may follow it
# (``la actriz de telenovelas australiana``, ``la fuente de patentes más
# grande``); on the whole Spanish clean set "de" and "a" added 9 warnings
# of 10, the others one (``un rendimiento en ciencias aceptable``) against
# 6 more dropped letters over three damage seeds of the calibration half.
BARE_PLURAL_PREPOSITIONS = frozenset(
    "ante bajo con contra desde en entre hacia hasta para por sin sobre tras".split())
OPENERS = DETERMINERS | BARE_PLURAL_PREPOSITIONS
# "de" opens such a phrase for an adjective where the noun before "de" is
# of a gender the adjective is not (``el manejo de infecciones
# bacteriana``: no ``manejo bacteriana``); a coordinator, where the bare
# plural joins a phrase before it (``la pena de prisión y multas
# económica``): an adjective after both would be plural as well.
OF = "de"
BARE_PLURAL_OPENERS = BARE_PLURAL_PREPOSITIONS | COORDINATORS | {OF}
ADJECTIVE_OPENERS = DETERMINERS | BARE_PLURAL_OPENERS
# The prepositions that open a participle's complement right after it.
# "de" is among them: "los costes derivado de" lost a plural as often. Not
# "por": a participle and its agent may be the subject's predicate after
# any noun phrase ("la miraba a los ojos impresionado por su belleza").
COMPLEMENT_PREPOSITIONS = frozenset("""
    a ante bajo con contra de desde durante en entre hacia hasta mediante para según sin sobre tras
    """.split())


def singular_adjectives_after(doc, lex, readings) -> Iterator[tuple]:
    """(token, its plural, confidence) for each singular adjective right
    after a plural noun phrase that its determiner opens. ``readings`` is
    the profile's word -> readings look-up.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Cuando las tropas soviética llegaron.", language="es")
    >>> [(tok.text, form) for tok, form, _ in singular_adjectives_after(doc, Lexicon("es"), readings)]
    [('soviética', 'soviéticas')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    for k, j, genders in _plural_phrases(words, texts, text, lex, readings, ADJECTIVE_OPENERS):
        opener = texts[k].lower()
        if texts[j] in INTENSIFIERS and opener in BARE_PLURAL_OPENERS:
            continue  # "en protestas más letal de la historia": a superlative's own noun
        found = _adjective_after(words, texts, j, genders, text, lex, readings)
        if found is None:
            continue
        if opener == OF and not _head_of_another_gender(texts, k, texts[found[0]], lex, readings):
            continue  # "la actriz de telenovelas australiana": the head's adjective
        yield words[found[0]], found[1], POSTPONED_ADJECTIVE_CONFIDENCE


def _head_of_another_gender(texts, k: int, adjective: str, lex, readings) -> bool:
    """Is the word before the "de" at ``k`` a lower-case singular noun (and
    nothing else, unless a determiner opens it: ``el manejo``) of a gender
    ``adjective`` is not, so that the adjective cannot be the head's?"""
    if k < 1 or not texts[k - 1].islower():
        return False
    head = readings(texts[k - 1], lex) - SECOND_PERSON
    if k >= 2 and texts[k - 2].lower() in SUBJECT_DETERMINERS:
        head = {r for r in head if r[0] == "N"}
    if not head or not all(r[0] == "N" and r[2] == "s" for r in head):
        return False
    own = {r[1] for r in readings(adjective, lex) if r[0] == "A"}
    return bool(own) and not any(genders_agree(own, r[1]) for r in head)


def singular_participles_after(doc, lex, readings) -> Iterator[tuple]:
    """(token, its plural, confidence) for each singular participle right
    after a plural noun phrase that its determiner opens, before a
    preposition that opens its complement: ``por las irregularidades
    detectada en las pruebas``, ``los costes jurídicos relacionado con``.
    A participle with its complement there modifies the noun; a predicate
    agreeing with another subject (``pasó dos días conectado a``) follows
    a noun of time, which the phrase may not open with, or a noun of
    another gender, which the participle must fit. A word that is anything
    but a singular participle or adjective is left alone.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Por las irregularidades detectada en las pruebas.", language="es")
    >>> [(tok.text, form) for tok, form, _ in singular_participles_after(doc, Lexicon("es"), readings)]
    [('detectada', 'detectadas')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    n = len(texts)
    for _, j, genders in _plural_phrases(words, texts, text, lex, readings):
        if j + 1 >= n or texts[j + 1] not in COMPLEMENT_PREPOSITIONS or not one_space(
                text, words[j], words[j + 1]):
            continue
        if texts[j] in PREPOSITIONAL_PARTICIPLES:
            continue
        plural = _singular_participle_plural(texts[j], genders, lex, readings)
        if plural is not None:
            yield words[j], plural, POSTPONED_ADJECTIVE_CONFIDENCE


def coordinated_singulars(doc, lex, readings) -> Iterator[tuple]:
    """(token, its plural, confidence) for a singular adjective coordinated
    with a plural one after a plural noun (``elecciones libres y
    auténtica``): both modify the noun, and the second lost its plural.
    The noun can only be a plural noun (a capital makes it a name), the
    first adjective only a plural adjective or participle (or a plural
    noun too: ``libres``), the second only a singular adjective (or a
    feminine noun too; a masculine or common one may head a phrase of its
    own: ``enfermedades respiratorias y docente de la Facultad``) whose
    plural news writes, of a gender that fits; a word after it that could
    be a noun makes it the head of a phrase of its own (``los precios altos
    y alta demanda``), and is left alone.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Se violó el principio de elecciones libres y auténtica.", language="es")
    >>> [(tok.text, form) for tok, form, _ in coordinated_singulars(doc, Lexicon("es"), readings)]
    [('auténtica', 'auténticas')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    n = len(texts)
    # only the coordinators are visited, and only between a word in "s"
    # and a lower-case word that does not end in "s"
    for k in compress(range(2, n - 1), map(COORDINATORS.__contains__, texts[2:n - 1])):
        before, after = texts[k - 1], texts[k + 1]
        if before[-1:] != "s" or after[-1:] == "s" or not after.islower() or texts[k - 2][-1:] != "s":
            continue
        if not (one_space(text, words[k - 2], words[k - 1]) and one_space(text, words[k - 1], words[k])
                and one_space(text, words[k], words[k + 1])):
            continue
        noun = texts[k - 2]
        noun_tags = readings(noun, lex) - SECOND_PERSON
        if not noun.islower() or not noun_tags or not all(r[0] == "N" and r[2] == "p" for r in noun_tags):
            continue
        # (a plural noun too: "libres")
        first = readings(before, lex) - SECOND_PERSON
        if not first or not all(r[0] in "APN" and r[2] == "p" for r in first) or not any(
                r[0] in "AP" for r in first):
            continue
        genders = {r[1] for r in noun_tags}
        plural = _singular_adjective_plural(after, genders, lex, readings, right_after_noun=False)
        if plural is None or _noun_follows(words, texts, k + 1, text, lex, readings):
            continue
        yield words[k + 1], plural, POSTPONED_ADJECTIVE_CONFIDENCE


def _noun_follows(words, texts, j: int, text: str, lex, readings) -> bool:
    """Could the word after ``j`` (one space apart) be a noun?"""
    if j + 1 >= len(words) or not one_space(text, words[j], words[j + 1]):
        return False
    return any(r[0] == "N" for r in readings(texts[j + 1].lower(), lex))


def _may_close(texts, k: int) -> bool:
    """A test of the letters alone: does a word that could be a singular
    adjective (lower-case, no final ``s``, no function word) follow the
    words ending in ``s`` after the determiner at ``k``?"""
    j, n = k + 1, len(texts)
    while j < n and j - k <= PHRASE_WORDS and texts[j][-1:] == "s":
        j += 1
    if j < n and texts[j] in INTENSIFIERS:
        j += 1
    return j < n and len(texts[j]) > 2 and texts[j][-1] != "s" and texts[j].islower() and (
        texts[j] not in _FUNCTION_WORDS)


def _plural_phrases(words, texts, text: str, lex, readings,
                    openers: frozenset[str] = OPENERS) -> Iterator[tuple[int, int, set[str]]]:
    """(the opener's index, ``_plural_phrase``) for each determiner of the
    document, and each preposition before a bare plural: only those are
    visited, and only those before a word ending in "s" (a plural noun)
    and, by the letters alone, a word that may close the phrase are walked
    from."""
    n = len(texts)
    for k in compress(range(n), map(openers.__contains__, map(str.lower, texts))):
        if k + 2 < n and texts[k + 1][-1:] == "s" and _may_close(texts, k):
            phrase = _plural_phrase(words, texts, k, text, lex, readings)
            if phrase is not None:
                yield k, *phrase


def _adjective_after(words, texts, j: int, genders: set[str], text: str, lex,
                     readings) -> tuple[int, str] | None:
    """(index, plural) of a singular adjective at ``j``, right after a
    plural noun phrase of ``genders``, or past an intensifier there, with
    single spaces between."""
    n = len(words)
    graded = texts[j] in INTENSIFIERS
    if graded:
        j += 1
        if j >= n or not one_space(text, words[j - 1], words[j]):
            return None
    plural = _singular_adjective_plural(texts[j], genders, lex, readings, graded)
    if plural is None or _coordinated_after(words, texts, j, text, lex, readings):
        return None
    return j, plural


def _plural_phrase(words, texts, k: int, text: str, lex, readings) -> tuple[int, set[str]] | None:
    """(index of the word after it, the noun's genders) of the plural noun
    phrase that the determiner at ``k`` opens: up to ``PHRASE_WORDS``
    lower-case words that can only be plural nouns, adjectives or
    participles, the first a noun but not one of time, single spaces
    between."""
    n = len(words)
    j, genders = k + 1, None
    while j < n and j - k <= PHRASE_WORDS and one_space(text, words[j - 1], words[j]):
        word = texts[j]
        if not word.islower():
            return None
        tags = readings(word, lex) - SECOND_PERSON
        if not tags or not all(r[0] in "NAP" and r[2] == "p" for r in tags):
            break
        if genders is None:  # the noun comes first
            nouns = [r for r in tags if r[0] == "N"]
            if not nouns or word in TIME_NOUNS:
                return None
            genders = {r[1] for r in nouns}
        j += 1
    if genders is None or j >= n or not one_space(text, words[j - 1], words[j]):
        return None
    return j, genders


def _singular_adjective_plural(word: str, genders: set[str], lex, readings,
                               graded: bool = False, right_after_noun: bool = True) -> str | None:
    """The plural of ``word`` when it can only be a singular adjective (or
    also a singular noun) of a gender that fits ``genders``, and news
    writes that plural as an adjective. A word that is also a masculine
    noun may be one in apposition, unless an intensifier grades it
    (``graded``: ``los estados más conservador``) or it is an adjective
    first (``_adjective_first``)."""
    if not (word.islower() and word.isalpha()):
        return None
    # a rare verb's present is the adjective it spells: "en fechas reciente"
    # (of "recentar")
    tags = without_rare_verb(word, readings(word, lex), lex)
    if graded:  # past "más" a verb's reading is no reading: "los sucesos más grave"
        tags = {r for r in tags if r[0] != "V"}
    if not any(r[0] == "A" for r in tags) or not all(r[0] in "AN" and r[2] == "s" for r in tags):
        return None
    if not graded and any(r[0] == "N" and r[1] in "mc" for r in tags) \
            and not _adjective_first(word, tags, lex, readings, right_after_noun):
        return None  # a noun in apposition: "los países miembro", "los mapas navegador"
    own = {r[1] for r in tags if r[0] == "A"}
    if not any(genders_agree(own, g) for g in genders):
        return None
    for form in plural_forms(word):
        if lex.zipf(form) >= MIN_PLURAL_ZIPF and any(
                r[0] == "A" and r[2] == "p" and genders_agree(own, r[1]) for r in readings(form, lex)):
            return form
    return None


def _adjective_first(word: str, tags, lex, readings, right_after_noun: bool) -> bool:
    """Is ``word`` an adjective whose noun stands in apposition to no plural
    noun? A masculine adjective of four forms whose feminine news writes
    (``asiático``, ``asiática``; ``masculino``): its noun is the
    adjective's own, said of a person (``los países asiático``); ``piloto``
    and ``miembro`` are nouns first: ``pilota`` is rare, ``miembra`` no
    adjective. An adjective of one form for both genders (``rival``,
    ``civil``, ``menor``, ``musical``) right after the noun
    (``right_after_noun``), unless it is one of the nouns Spanish puts in
    apposition (``APPOSITION_NOUNS``: ``los países miembro``); after a
    coordinator such a word may head a phrase of its own (``enfermedades
    respiratorias y docente de la Facultad``)."""
    if "Acs-" in tags and right_after_noun:
        return word not in APPOSITION_NOUNS
    if word[-1:] != "o" or "Ams-" not in tags:
        return False
    feminine = word[:-1] + "a"
    return lex.zipf(feminine) >= FEMININE_ZIPF and any(r[:3] == "Afs" for r in readings(feminine, lex))


def _singular_participle_plural(word: str, genders: set[str], lex, readings) -> str | None:
    """The plural of ``word`` when it can only be a singular participle (or
    adjective), one of whose participle genders fits ``genders``, and news
    writes that plural as a participle."""
    tags = readings(word, lex)
    if not tags or not all(r[0] in "AP" and r[2] == "s" for r in tags):
        return None
    own = {r[1] for r in tags if r[0] == "P"}
    if not own or not any(genders_agree(own, g) for g in genders):
        return None
    for form in plural_forms(word):
        if lex.zipf(form) >= MIN_PLURAL_ZIPF and any(
                r[0] == "P" and r[2] == "p" and genders_agree(own, r[1]) for r in readings(form, lex)):
            return form
    return None


def _coordinated_after(words, texts, j: int, text: str, lex, readings) -> bool:
    """Is the adjective at ``j`` coordinated with an adjective after it, by
    a coordinator or a comma (``española y francesa``, ``campesina,
    criolla``)?"""
    if j + 1 >= len(words):
        return False
    if text[words[j].end:words[j + 1].start].strip() == ",":
        after = j + 1
    elif texts[j + 1].lower() in COORDINATORS and j + 2 < len(words):
        after = j + 2
    else:
        return False
    nxt = readings(texts[after].lower(), lex)
    return any(r[0] == "A" for r in nxt) and not any(r[0] == "D" for r in nxt)
