"""Spanish predicates that lost the ``s`` of their plural after a plural
form of ``ser`` or ``estar``, and forms of ``ser`` and ``estar`` that lost
their plural before a plural predicate.

After ``ser`` and ``estar`` an adjective or a participle agrees with the
subject, so after a plural form it is plural: ``fueron otorgados``,
``estamos dispuestos``, ``son fáciles de usar``. A dropped letter or a
cut-off end that takes its last ``s`` leaves the singular, a real word
(``fueron otorgado``, ``estamos dispuesto``, ``son fácil``); the verb's
number says it lost its plural, whatever the subject. Read here: the verb
(``PLURAL_COPULAS``), at most one intensifier (``muy``, ``más``, ``bien``;
a graded comparative, ``mucho más``, counts as one), then a
lower-case word the tagging dictionary (``qa.lang.es_tags``) reads only
as a singular adjective or participle, whose plural of the same gender
news writes. Left alone: a word that is also a noun (``son parte``,
``fueron testigo``; after ``estar``, which takes no noun, a participle
that is a noun too is read: ``estuvieron habilitado``), an adverb (``son
igual``, ``están solo``), a pronoun or a determiner (``son mismo``): each
may stand there in the singular; and anything but a single space
between. The plural forms of ``ir`` count as well before a participle
(``iban dirigido a`` → ``dirigidos``). The compound tenses count as the
plural verb: a plural form of ``haber`` with ``sido`` or ``estado``
(``habían estado rodeado`` → ``rodeados``, ``hubieran sido operado``).

The mirror: a singular form of the verb before a word the dictionary reads
only as a plural adjective or participle (``fue otorgados``, ``los
murciélagos está repletos``, ``los protocolos está bien establecidos``)
lost the end of its plural (``fueron``, ``están``): the repair is the
verb's plural of the same tense and mood (``SINGULAR_COPULAS``). The
verbs that link a subject to its predicate as ``estar`` does (``seguir``,
``continuar``, ``permanecer``, ``quedar``, ``resultar``, ``parecer``:
``LINKING_VERBS``) are read on this side too (``sigue vigentes las
medidas`` → ``siguen``); not on the other, where a plural may take a
predicate of something else (``quedan pendiente de``).

An infinitive ``ser`` or ``estar`` takes its number from the verb that
governs it: after a plural verb a singular predicate lost its ``s``
(``deben ser renovado`` → ``renovados``), and a singular modal before one
and a plural predicate lost its ``n`` (``puede ser perjudiciales`` →
``pueden``); so does a singular form of ``haber`` before ``sido`` or
``estado`` and a plural predicate (``hubiera sido operados`` →
``hubieran``).
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

from ..text.pairs import one_space
from .es_number import MIN_PLURAL_ZIPF, plural_forms
from .es_tags import SECOND_PERSON

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
COPULA_PREDICATE_CONFIDENCE = 0.55
# The plural finite forms of "ser" and "estar", first and third persons
# (news has no "vosotros").
PLURAL_COPULAS = frozenset("""
    somos son éramos eran fuimos fueron seremos serán seríamos serían seamos sean
    fuéramos fueran fuésemos fuesen
    estamos están estábamos estaban estuvimos estuvieron estaremos estarán estaríamos
    estarían estemos estén estuviéramos estuvieran estuviésemos estuviesen
    """.split())
_WRITTEN = PLURAL_COPULAS | frozenset(w.capitalize() for w in PLURAL_COPULAS)
# The plural forms of "haber" before "sido" and "estado": a compound tense
# of the plural verb ("habían estado", "hubieran sido").
PLURAL_HABER = frozenset("""
    hemos han habíamos habían habremos habrán habríamos habrían hayamos hayan
    hubiéramos hubieran hubiésemos hubiesen hubimos hubieron
    """.split())
_PARTICIPLES = frozenset(("sido", "estado"))
# The plural forms of "ir", before which a participle agrees with the
# subject as after "estar" (``iban dirigidos a``); an adjective there may
# be an adverb's stand-in (``van rápido``, ``iban directo``), so only a
# word with a participle reading is read after them.
PLURAL_IR = frozenset("van iban irán irían vayan".split())
# The infinitives, after a verb that governs them: a plural verb makes the
# predicate plural (``deben ser renovado`` → ``renovados``), and a plural
# predicate makes a singular modal before them lose its ``n`` (``puede ser
# perjudiciales`` → ``pueden``).
INFINITIVES = frozenset(("ser", "estar"))
_OPENERS = _WRITTEN | _PARTICIPLES | PLURAL_IR | INFINITIVES
# The third person singular forms of "ser" and "estar", each with the
# plural of the same tense and mood.
SINGULAR_COPULAS = {
    "es": "son", "era": "eran", "fue": "fueron", "será": "serán", "sería": "serían", "sea": "sean",
    "fuera": "fueran", "fuese": "fuesen",
    "está": "están", "estaba": "estaban", "estuvo": "estuvieron", "estará": "estarán",
    "estaría": "estarían", "esté": "estén", "estuviera": "estuvieran", "estuviese": "estuviesen",
}
# The third person singular forms of the verbs that link as "estar" does,
# each with its plural, in the tenses news writes.
LINKING_VERBS = {
    "sigue": "siguen", "seguía": "seguían", "siguió": "siguieron", "seguirá": "seguirán", "siga": "sigan",
    "continúa": "continúan", "continuaba": "continuaban", "continuó": "continuaron",
    "continuará": "continuarán",
    "permanece": "permanecen", "permanecía": "permanecían", "permaneció": "permanecieron",
    "permanecerá": "permanecerán", "permanezca": "permanezcan",
    "queda": "quedan", "quedaba": "quedaban", "quedó": "quedaron", "quedará": "quedarán", "quede": "queden",
    "resulta": "resultan", "resultaba": "resultaban", "resultó": "resultaron", "resultará": "resultarán",
    "parece": "parecen", "parecía": "parecían", "pareció": "parecieron",
}
# The third person singular forms of "haber", each with its plural: before
# "sido" or "estado" and a plural predicate they lost their "n" (``hubiera
# sido operados`` → ``hubieran``).
SINGULAR_AUXILIARIES = {
    "ha": "han", "había": "habían", "habrá": "habrán", "habría": "habrían", "haya": "hayan",
    "hubiera": "hubieran", "hubiese": "hubiesen",
}
COMPOUND_PARTICIPLES = frozenset(("sido", "estado"))
# Modal verbs in the third person singular, each with its plural: before
# "ser" or "estar" and a plural predicate they lost their "n".
SINGULAR_MODALS = {
    "puede": "pueden", "podría": "podrían", "pudo": "pudieron", "podrá": "podrán", "pueda": "puedan",
    "debe": "deben", "debería": "deberían", "debió": "debieron", "deberá": "deberán", "deba": "deban",
    "suele": "suelen", "solía": "solían",
}
# The singular verbs that govern a form of "ser" or "estar", with the forms
# they govern.
_GOVERNED_COPULAS = ((SINGULAR_MODALS, INFINITIVES), (SINGULAR_AUXILIARIES, COMPOUND_PARTICIPLES))
_SINGULAR = {**SINGULAR_COPULAS, **LINKING_VERBS}
_WRITTEN_SINGULAR = {**_SINGULAR, **{k.capitalize(): v.capitalize() for k, v in _SINGULAR.items()}}
# Words that may stand between the verb and its predicate: intensifiers,
# and the adverbs of manner that grade a participle (``están bien
# establecidos``, ``fue mal interpretado``).
INTENSIFIERS = frozenset("más menos muy tan bien mal".split())
# Words that grade a comparative: before "más" or "menos" they make one
# intensifier of two ("son mucho más peligrosa").
COMPARATIVE_DEGREES = frozenset("mucho aún todavía bastante algo".split())
COMPARATIVES = frozenset(("más", "menos"))


def predicate_at(texts, words, text: str, k: int) -> int:
    """The index of the predicate after the verb before ``k``: ``k``, or
    past one intensifier (``muy``, ``más``) or a graded comparative
    (``mucho más``) with single spaces between."""
    n = len(texts)
    if texts[k] in COMPARATIVE_DEGREES and k + 2 < n and texts[k + 1] in COMPARATIVES and (
            one_space(text, words[k - 1], words[k]) and one_space(text, words[k], words[k + 1])):
        return k + 2
    if texts[k] in INTENSIFIERS and k + 1 < n and one_space(text, words[k - 1], words[k]):
        return k + 1
    return k


def singular_predicates(doc, lex, readings) -> Iterator[tuple]:
    """(token, its plural, confidence) for each singular adjective or
    participle right after a plural form of ``ser`` or ``estar``.
    ``readings`` is the profile's word -> readings look-up.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Los contratos fueron otorgado a sus socios.", language="es")
    >>> [(tok.text, form) for tok, form, _ in singular_predicates(doc, Lexicon("es"), readings)]
    [('otorgado', 'otorgados')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    # only the verbs are visited, as written (no lower-casing pass)
    for i in compress(range(len(texts) - 1), map(_OPENERS.__contains__, texts)):
        if texts[i] in _PARTICIPLES and not (
                i and texts[i - 1].lower() in PLURAL_HABER and one_space(text, words[i - 1], words[i])):
            continue
        if texts[i] in INFINITIVES and not (i and one_space(text, words[i - 1], words[i])
                                            and _plural_verb(texts[i - 1].lower(), lex, readings)):
            continue
        k = predicate_at(texts, words, text, i + 1)
        if not one_space(text, words[k - 1], words[k]):
            continue
        # the forms of "estar", and its participle "estado", are those in "est"
        estar = texts[i].lower().startswith("est")
        if texts[i] in PLURAL_IR and not any(r[0] == "P" for r in readings(texts[k], lex)):
            continue
        plural = singular_predicate_plural(texts[k], lex, readings, participle_noun=estar)
        if plural is not None:
            yield words[k], plural, COPULA_PREDICATE_CONFIDENCE


def singular_copulas(doc, lex, readings) -> Iterator[tuple]:
    """(token, the verb's plural, confidence) for each singular form of
    ``ser`` or ``estar`` right before a word that can only be a plural
    adjective or participle (at most one intensifier between).

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Los cargos fue otorgados a sus socios.", language="es")
    >>> [(tok.text, form) for tok, form, _ in singular_copulas(doc, Lexicon("es"), readings)]
    [('fue', 'fueron')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    # only the verbs are visited, as written (no lower-casing pass)
    for i in compress(range(len(texts) - 1), map(_WRITTEN_SINGULAR.__contains__, texts)):
        k = predicate_at(texts, words, text, i + 1)
        if not one_space(text, words[k - 1], words[k]) or not _plural_predicate(texts[k], lex, readings):
            continue
        yield words[i], _WRITTEN_SINGULAR[texts[i]], COPULA_PREDICATE_CONFIDENCE
    # a singular modal before "ser" or "estar", a singular form of "haber"
    # before "sido" or "estado", and a plural predicate
    for governors, governed in _GOVERNED_COPULAS:
        for i in compress(range(len(texts) - 2), map(governors.__contains__, texts)):
            if texts[i + 1] not in governed or not one_space(text, words[i], words[i + 1]):
                continue
            k = predicate_at(texts, words, text, i + 2)
            if one_space(text, words[k - 1], words[k]) and _plural_predicate(texts[k], lex, readings):
                yield words[i], governors[texts[i]], COPULA_PREDICATE_CONFIDENCE


def _plural_verb(word: str, lex, readings) -> bool:
    """Can ``word`` only be a third person plural verb (``deben``, ``pueden``)?"""
    tags = readings(word, lex) - SECOND_PERSON
    return bool(tags) and all(r[0] == "V" and r[2:4] == "p3" for r in tags)


def _plural_predicate(word: str, lex, readings) -> bool:
    """Can lower-case ``word`` only be a plural adjective or participle?"""
    if not (word.islower() and word.isalpha()) or word[-1] != "s":
        return False
    tags = readings(word, lex) - SECOND_PERSON
    return bool(tags) and all(r[0] in "AP" and r[2] == "p" for r in tags)


def singular_predicate_plural(word: str, lex, readings, participle_noun: bool = False) -> str | None:
    """The plural of ``word`` when the dictionary reads it only as a
    singular adjective or participle (a second person of a verb aside: no
    reading in news copy) and news writes a plural of the same class and
    gender; else None. ``participle_noun``: a participle that is a noun
    too counts (after ``estar``, which takes no noun: ``estuvieron
    habilitado``; after ``ser`` the noun may be the predicate: ``fueron
    resultado de``)."""
    if not (word.islower() and word.isalpha()) or word[-1] in "sx":
        return None
    tags = readings(word, lex) - SECOND_PERSON
    if participle_noun and any(r[0] == "P" for r in tags):
        tags = frozenset(r for r in tags if r[0] != "N")
    if not tags or not all(r[0] in "AP" and r[2] == "s" for r in tags):
        return None
    for form in plural_forms(word):
        if lex.zipf(form) >= MIN_PLURAL_ZIPF and any(
                r[0] in "AP" and r[2] == "p" and _same_gender(tags, r[1]) for r in readings(form, lex)):
            return form
    return None


def _same_gender(tags, gender: str) -> bool:
    """Can a plural of ``gender`` be the plural of a word read as ``tags``?"""
    return gender in "c-" or any(r[1] in (gender, "c", "-") for r in tags)
