"""Spanish finite verbs cut back to their infinitive.

A dropped letter or a cut-off end after an infinitive's ``r`` (``sacaron``
→ ``sacar``, ``endurecerá`` → ``endurecer``, ``realizara`` →
``realizar``) leaves the infinitive, a real word. Two places want a finite
verb where an infinitive never stands, and the tagging dictionary
(``qa.lang.es_tags``) settles the words around:

- right after a subject noun phrase that opens its clause: ``un grupo de
  personas sacar banderas``, ``el Ministerio de Salud de la Nación
  endurecer las medidas``. The phrase opens with a determiner or a name
  (at a sentence's start, after a mark, after a word that opens a clause,
  or after ``y`` right after a finite verb: ``Trump perdió y Biden
  asumir``); its words are nouns, adjectives, names, figures and ``de``,
  and its last one a noun, a name or a figure, never a determiner (``el
  tener``: the infinitive is a noun there). A word the dictionary reads as
  a noun too (``ser``, ``poder``, ``placer``) counts only after a name or a
  figure (``Rusia 2018 ser``): after an adjective it is the phrase's noun
  (``un auténtico placer``). The verb agrees with the phrase: a plural
  determiner asks for a plural, a singular one or a name for a singular,
  and the form offered is the commonest the dictionary lists of the
  future, the conditional and, for a verb in ``-ar``, the preterite
  plural (``sacaron``): the forms the infinitive starts;
- after ``para que`` or ``sin que``, and after a verb of request and
  ``que`` (``pidieron que``, ``exigió que``), which take a subjunctive: a
  verb in ``-ar`` lost the ``a`` of its imperfect subjunctive (``para que
  realizar`` → ``realizara``, ``le pidieron que copiar la idea`` →
  ``copiara``).

Left alone: an infinitive whose phrase hangs on a verb or a preposition
other than ``de`` (``permitió a los científicos de la Universidad
deducir``, ``ordenó a los directores de Pemex y CFE realizar``: the
phrase is an object and the infinitive its complement), a phrase after
``y`` that joins it to a noun (``él y su familia ir``), and a word with
any other reading than the infinitive's and a noun's. On the 398 clean
Spanish articles (207,000 words) none of these places holds a word.
"""
from __future__ import annotations

import re
from itertools import compress
from typing import Iterator

from .es_tags import SECOND_PERSON

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
LOST_FINITE_CONFIDENCE = 0.55
# Inside a subject noun phrase besides its nouns and adjectives: a
# preposition that makes a complement of the noun before it.
INSIDE_PHRASE = frozenset(("de", "del"))
# Words after which a subject opens a clause (``y`` only after a verb).
CLAUSE_OPENERS = frozenset("que cuando donde si mientras porque aunque pues pero".split())
JOIN = "y"
# The third persons an infinitive starts, by the number asked: the future,
# the conditional, and a verb in -ar's preterite plural.
ENDINGS = {"s": ("á", "ía"), "p": ("án", "ían", "on")}
# Words that take a subjunctive after ``que`` (and the verbs of request,
# whose object ``que`` opens: ``le pidieron que copiar la idea``), and what
# their verb in -ar lost: the imperfect subjunctive's ``a`` or ``an``.
SUBJUNCTIVE_OPENERS = frozenset("""
    para sin
    pide piden pidió pidieron pedía pedían exige exigen exigió exigieron exigía exigían
    solicita solicitan solicitó solicitaron ordena ordenan ordenó ordenaron
    """.split())
SUBJUNCTIVE_ENDINGS = ("a", "an")
# Between two words of a phrase, or a phrase and its verb: a space, a
# hyphen inside a name, or a figure (figures are no words: ``Rusia 2018
# ser``).
_INSIDE_GAP = re.compile(r"(?: [\d.,]+)* |-")
_FIGURE_GAP = re.compile(r" [\d.,]+ ")
# Before a closing quote that ends a name (``"Juntos Haremos Historia"
# ganar``).
_CLOSING_GAP = re.compile(r"[\"”»] ")
# A mark in the gap before a word puts it at a sentence's start.
_SENTENCE_MARKS = frozenset('.!?"“«¿¡:\n')
# Word classes (first letter of a reading) a subject phrase's word may have
# only: noun, name, adjective, participle, determiner, clitic pronoun (``la``
# is both).
_PHRASE_CLASSES = frozenset("NEAPDK")


def finite_verbs_cut_to_infinitives(doc, lex, readings) -> Iterator[tuple]:
    """(token, finite form, confidence) for each infinitive right after a
    subject that opens its clause, or after ``para que``. ``readings`` is
    the profile's word -> readings look-up.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Al inicio, las fuerzas políticas del país manifestar que no.", language="es")
    >>> [(tok.text, form) for tok, form, _ in finite_verbs_cut_to_infinitives(doc, Lexicon("es"), readings)]
    [('manifestar', 'manifestaron')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    # only the words with an infinitive's ending are visited
    for j in compress(range(1, len(texts)), map(_infinitive_ending, texts[1:])):
        word = texts[j]
        if not word.islower():
            continue
        tags = readings(word, lex)
        if "I---" not in tags or any(r[0] not in "IN" for r in tags):
            continue
        if texts[j - 1] == "que" and j >= 2 and texts[j - 2].lower() in SUBJUNCTIVE_OPENERS:
            if len(tags) == 1 and word.endswith("ar"):
                form = _commonest(word, SUBJUNCTIVE_ENDINGS, "V", lex, readings)
                if form is not None:
                    yield words[j], form, LOST_FINITE_CONFIDENCE
            continue
        number = _subject_number(words, texts, text, j, noun_too=len(tags) > 1, lex=lex, readings=readings)
        if number is None:
            continue
        endings = ENDINGS[number] if word.endswith("ar") or number == "s" else ENDINGS[number][:2]
        form = _commonest(word, endings, f"V-{number}3", lex, readings)
        if form is not None:
            yield words[j], form, LOST_FINITE_CONFIDENCE


def _infinitive_ending(word: str) -> bool:
    return word[-2:] in ("ar", "er", "ir", "ír")


def _commonest(word: str, endings, tag: str, lex, readings) -> str | None:
    """The commonest of ``word`` + each ending that the dictionary reads as
    ``tag`` (or starts so) and that news writes."""
    forms = [word + e for e in endings]
    forms = [f for f in forms if any(r.startswith(tag) for r in readings(f, lex)) and lex.zipf(f) > 0]
    return max(forms, key=lex.zipf, default=None)


def _subject_number(words, texts, text: str, j: int, noun_too: bool, lex, readings) -> str | None:
    """"s" or "p": the number of the subject phrase that opens its clause
    right before the word at ``j``; None where no such phrase stands
    there."""
    gap = text[words[j - 1].end:words[j].start]
    figure = bool(_FIGURE_GAP.fullmatch(gap))
    if not (gap == " " or figure or _CLOSING_GAP.fullmatch(gap)):
        return None
    last = _phrase_class(texts[j - 1], _sentence_start(words, text, texts, j - 1, lex, readings), lex, readings)
    if last not in ("N", "E") or (noun_too and last != "E" and not figure):
        return None
    if last == "N" and any(r[0] == "D" for r in readings(texts[j - 1].lower(), lex)):
        return None  # "el tener": a noun made of the infinitive
    start = j - 1
    while not _sentence_start(words, text, texts, start, lex, readings):
        k = start - 1
        if not _INSIDE_GAP.fullmatch(text[words[k].end:words[start].start]):
            break  # a mark ends the phrase
        word = texts[k].lower()
        if word in CLAUSE_OPENERS or (word == JOIN and k and _finite_only(texts[k - 1], lex, readings)):
            break
        if _phrase_class(texts[k], _sentence_start(words, text, texts, k, lex, readings), lex,
                         readings) is None:
            return None  # a verb or a preposition: the phrase is no subject
        start = k
    first = texts[start]
    tags = readings(first.lower(), lex)
    determiners = [r for r in tags if r[0] == "D"]
    if determiners:
        numbers = {r[2] for r in determiners}
        return numbers.pop() if len(numbers) == 1 and numbers <= {"s", "p"} else None
    initial = _sentence_start(words, text, texts, start, lex, readings)
    return "s" if first[:1].isupper() and _phrase_class(first, initial, lex, readings) == "E" else None


def _sentence_start(words, text: str, texts, k: int, lex, readings) -> bool:
    """Does the word at ``k`` start a sentence: the text's first word, after
    a mark, or a capitalised determiner (a headline runs into the text
    after it: ``Estados Unidos Los líderes``)?"""
    if k == 0 or not _SENTENCE_MARKS.isdisjoint(text[words[k - 1].end:words[k].start]):
        return True
    word = texts[k]
    return word[:1].isupper() and word[1:].islower() and _determiner_only(word.lower(), lex, readings)


def _determiner_only(word: str, lex, readings) -> bool:
    tags = readings(word, lex)
    return any(r[0] == "D" for r in tags) and all(r[0] in "DKN" for r in tags)


def _phrase_class(word: str, sentence_start: bool, lex, readings) -> str | None:
    """What ``word`` is inside a subject noun phrase: "E" a name (a capital
    inside a sentence), "S" ``de``, "N" a noun, an adjective or a
    determiner; None for anything else."""
    if word[:1].isupper() and not sentence_start:
        return "E"
    lower = word.lower()
    if lower in INSIDE_PHRASE:
        return "S"
    tags = readings(lower, lex)
    if not tags:
        # a name the dictionary does not list, capitalised at a sentence's start
        return "E" if word[:1].isupper() and not readings(word, lex) else None
    tags -= SECOND_PERSON  # "personas", "fuerzas": no verb of news
    # a determiner is often a pronoun too ("unos", "algunos")
    classes = _PHRASE_CLASSES | {"R"} if any(r[0] == "D" for r in tags) else _PHRASE_CLASSES
    return "N" if tags and all(r[0] in classes for r in tags) else None


def _finite_only(word: str, lex, readings) -> bool:
    tags = readings(word.lower(), lex)
    return bool(tags) and all(r[0] == "V" for r in tags)
