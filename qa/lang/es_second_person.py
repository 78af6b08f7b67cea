"""Spanish verbs that lost the ``s`` of their second person after ``tú``.

A dropped letter or a cut-off end often takes a verb's last ``s``
(``tienes`` → ``tiene``, ``quieres`` → ``quiere``) and leaves the third
person, a real word. After ``tú`` only the second person stands: ``tú``
is a subject pronoun (a preposition takes ``ti``), so ``Si tú no tiene más
hospitales`` lost the ``s`` of ``tienes``. The tagging dictionary
(``qa.lang.es_tags``) settles the verb: a word read as a third person
singular and nothing but a singular verb (a present subjunctive's first
person and an imperative share its letters: ``siente``, ``quiere``), whose
``-s`` form is a second person singular.

Left alone: ``tú`` in a comparison or a list that names it beside the
subject (``alguien como tú tiene``, ``más que tú sabe``), a word that is a
noun too right after ``tú`` (``tú habla`` may be the possessive ``tu``
written with an accent: ``tu habla``), and anything but single spaces
between.
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

from . import es_plural_subject

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
SECOND_PERSON_CONFIDENCE = 0.55
_TU = frozenset(("tú", "Tú"))
# Words after which "tú" is compared with or set beside the verb's subject.
COMPARING = frozenset("como que sino excepto salvo menos incluso incluido".split())
# Between "tú" and its verb: the negations, adverbs and object pronouns
# that stand between a plural subject and its verb, at most two of them;
# "te" is the second person's reflexive, "se" no pronoun of its.
BETWEEN = (es_plural_subject.BETWEEN - {"se"}) | {"te"}
# The second person must be a word news writes: at least this common (zipf).
MIN_SECOND_PERSON_ZIPF = 2.0


def second_person_verbs(doc, lex, readings) -> Iterator[tuple]:
    """(token, its second person, confidence) for each third person
    singular verb after ``tú``. ``readings`` is the profile's word ->
    readings look-up.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Si tú no tiene más hospitales, no puedes.", language="es")
    >>> [(tok.text, form) for tok, form, _ in second_person_verbs(doc, Lexicon("es"), readings)]
    [('tiene', 'tienes')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    n = len(texts)
    for k in compress(range(n), map(_TU.__contains__, texts)):
        if k and texts[k - 1].lower() in COMPARING:
            continue
        j = es_plural_subject.verb_place(words, texts, text, k + 1, BETWEEN)
        if j is None:
            continue
        form = _second_person(texts[j], lex, readings, right_after=j == k + 1)
        if form is not None:
            yield words[j], form, SECOND_PERSON_CONFIDENCE


def _second_person(word: str, lex, readings, right_after: bool) -> str | None:
    """The second person singular ``word`` + ``s``, when lower-case
    ``word`` can only be a singular verb (a noun too, unless ``right_after``
    ``tú``) with a third person reading."""
    if not word.islower():
        return None
    tags = readings(word, lex)
    if "V-s3" not in tags or not all(
            r[0] == "V" and r[2] == "s" or (r[0] == "N" and not right_after) for r in tags):
        return None
    form = word + "s"
    if "V-s2" in readings(form, lex) and lex.zipf(form) >= MIN_SECOND_PERSON_ZIPF:
        return form
    return None
