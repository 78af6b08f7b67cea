"""Spanish verbs that lost the ``n`` of their plural after a plural subject.

A dropped letter or a cut-off end often takes the last ``n`` of a third
person plural (``dicen`` → ``dice``, ``pueden`` → ``puede``, ``permitan``
→ ``permita``) and leaves the singular, a real word. Where the subject is a
plain noun phrase right before the verb, the tagging dictionary
(``qa.lang.es_tags``) settles both numbers: a plural determiner or a count
written as a word (or both: ``estos tres``), then one to three lower-case
words that can only be plural nouns and adjectives (at least one noun,
unless ``los`` or ``las`` makes the adjectives a noun phrase of their own:
``los discapacitados graves crónicos podrá``),
at most two adverbs or object pronouns (``no``, ``ya``, ``se``, ``lo``),
and a verb that can only be a singular finite verb, or also a singular
noun (``busca``: no noun stands there), whose ``-n`` form is its third
person plural:
``, las interrupciones puede``, ``es cierto que algunos expertos dice``,
``cuando las condiciones sanitarias lo permita``.

The phrase must open its clause, or it may be another verb's object or a
preposition's (``a los niños les gusta``): its determiner (or ``todos`` or
``todas`` before its article: ``si todos los agentes une``) stands at the
sentence's start, after a comma or after a word that opens a clause
(``que``, ``cuando``, ``y`` ...) or ends an adverbial of time before it (a
plural noun of time, ``hoy``, ``ayer``, ``ahora``: ``desde hace cinco años
los papás elige``). Left alone: a plural noun of time, which
heads an adverbial (``los días festivos abre el museo``); ``que`` after a
comparative (``más subvenciones que los españoles vuelve``); ``y`` after
anything but a verb, where it joins two noun phrases (``entre los
especialistas y los pacientes hace``); a capitalised word (a name or a
title: ``Los Ángeles``, ``Los Demonios del Edén relata``). A head with a
``de`` phrase (``miembros del sector médico continúa``) is
``qa.lang.es_verbforms``'s. A plural subject pronoun that opens its
clause, or a quantifier standing alone as one, is read the same way (``,
ellas se encontraba``, ``donde ambas se procura``, ``—algunos exagera la
cifra``: a dash opens an aside's clause as a comma does; an adverb in
``-mente`` may stand between: ``ellos aparentemente continúa``), and so
is a passive with ``se`` after ``que``, whose plural subject follows the
verb (``que se anule las elecciones``) or is the noun ``que`` takes up
(``hombres y mujeres que se dedica a``).

Two finite verbs joined by ``y`` or ``o`` with nothing else between share
their subject and agree: a singular beside a plural (``muchas veces
recicla y limpian la orina``, ``se reúnen y acuerda``, ``para quienes
insulte o intimiden``) lost its ``n``. Left alone: a
weather verb, which has no subject to share (``cuando amanece y salen``),
a plural that is anything else too, and a second verb whose own subject
may follow it: a plural determiner after the plural (``la economía crece y
aumentan las exportaciones``), a singular one or a capital after the
singular (``los turistas llegan y sale el tren``).
"""
from __future__ import annotations

from itertools import compress, islice
from typing import Iterator

from .es_number import NUMERALS, TIME_NOUNS, article_after_todos
from .es_subject import COMPARATIVES, WordSentences
from .es_tags import SECOND_PERSON
from .es_wordfacts import Fact, document_facts

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
PLURAL_SUBJECT_CONFIDENCE = 0.55
# What a plural subject opens with: the plural articles, demonstratives,
# possessives and quantifiers, and a count written as a word.
DETERMINERS = NUMERALS | frozenset("""
    los las unos unas muchos muchas varios varias algunos algunas otros otras todos todas sus
    estos estas esos esas aquellos aquellas ambos ambas mis tus nuestros nuestras vuestros
    vuestras pocos pocas tantos tantas diversos diversas numerosos numerosas ciertos ciertas
    """.split())
# Subject pronouns that take a third person plural; "ambos" and "ambas"
# stand alone as one too ("en donde ambas se procura respeto"), so do the
# quantifiers ("algunos exagera la cifra", "muchos cree"), and
# "quienes" opening its clause is its relative clause's subject ("Quienes
# gana"; after a preposition, left alone as the others are, it may be the
# preposition's object: "con quienes trabaja").
PRONOUNS = frozenset("""
    ellos ellas ustedes ambos ambas quienes algunos algunas muchos muchas varios varias otros otras
    pocos pocas todos todas
    """.split())
_PRONOUNS_WRITTEN = PRONOUNS | {w.capitalize() for w in PRONOUNS}
# The subject's noun and its adjectives: at most this many words.
PHRASE_WORDS = 3
# Between the subject and its verb: a negation, an adverb or an object
# pronoun, at most two of them.
BETWEEN = frozenset("""
    ya no sí también tampoco aún todavía nunca siempre sólo solo casi apenas incluso
    se lo la los las le les me nos
    """.split())
BETWEEN_REACH = 2
# Words after which a subject opens a clause: the conjunctions ...
CLAUSE_OPENERS = frozenset("que cuando donde si mientras porque aunque pues pero y".split())
# ... and the words that end an adverbial of time before it, a plural noun
# of time (``desde hace cinco años los papás elige``) or an adverb (``hoy``).
TIME_ADVERBIAL_ENDS = TIME_NOUNS | frozenset("hoy ayer ahora".split())
_OPENERS_BEFORE = CLAUSE_OPENERS | TIME_ADVERBIAL_ENDS
# "que" after a comparative (es_subject.COMPARATIVES) within a few words
# compares: "más subvenciones que los españoles vuelve a cobrar fuerza".
COMPARISON_REACH = 4


def plural_subject_verbs(doc, lex, readings, facts: list[tuple] | None = None) -> Iterator[tuple]:
    """(token, its plural, confidence) for each singular verb right after a
    plural subject that opens its clause. ``readings`` is the profile's
    word -> readings look-up; ``facts``: the document's word facts
    (``es_wordfacts.document_facts``), when read already.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Es cierto que algunos expertos dice que no.", language="es")
    >>> [(tok.text, form) for tok, form, _ in plural_subject_verbs(doc, Lexicon("es"), readings)]
    [('dice', 'dicen')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    if facts is None:
        facts = document_facts(doc, lex)
    sentence = None  # found by bisection, only around a rare candidate
    # only the determiners are visited, and only those that open a clause
    # (a cheap test of the gap before) are walked from
    for k in compress(range(len(texts)), map(DETERMINERS.__contains__, map(str.lower, texts))):
        # "todos los agentes": the predeterminer opens the phrase the article
        # stands in
        first = k - 1 if article_after_todos(words, k, text) else k
        if first and text[words[first - 1].end:words[first].start] == " " and (
                texts[first - 1].lower() not in _OPENERS_BEFORE):
            continue
        i = _verb_after(words, texts, k, text, facts, lex, readings)
        if i is None:
            continue
        if sentence is None:
            sentence = WordSentences(doc)
        if sentence[first] != sentence[i] or not _opens_clause(words, texts, first, text, sentence, lex,
                                                               readings):
            continue
        yield words[i], texts[i] + "n", PLURAL_SUBJECT_CONFIDENCE


# Verbs of the weather: no subject, so none shared with a verb beside them.
WEATHER_VERBS = frozenset("llueve nieva graniza truena amanece anochece oscurece atardece".split())
# Words that join two verbs of one subject.
_JOINS = frozenset(("y", "e", "o", "u"))
# What a singular subject after its verb opens with.
_SINGULAR_DETERMINERS = frozenset("""
    el la un una su este esta ese esa aquel aquella mi tu nuestro nuestra cada otro otra algún alguna
    """.split())


def coordinated_verbs(doc, lex, readings, facts: list[tuple] | None = None) -> Iterator[tuple]:
    """(token, its plural, confidence) for each singular verb joined by
    ``y`` to a verb that can only be a third person plural, one space on
    each side.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Muchas veces recicla y limpian la orina.", language="es")
    >>> [(tok.text, form) for tok, form, _ in coordinated_verbs(doc, Lexicon("es"), readings)]
    [('recicla', 'reciclan')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    n = len(texts)
    for k in compress(range(1, n - 1), map(_JOINS.__contains__, islice(texts, 1, max(n - 1, 1)))):
        if text[words[k - 1].end:words[k].start] != " " or text[words[k].end:words[k + 1].start] != " ":
            continue
        for single, plural in ((k - 1, k + 1), (k + 1, k - 1)):
            if not _plural_verb_only(texts[plural], lex, readings) or texts[single] in WEATHER_VERBS:
                continue
            second = max(single, plural)
            if second + 1 < n and (texts[second + 1].lower() in (
                    DETERMINERS if second == plural else _SINGULAR_DETERMINERS)
                    or (second == single and texts[second + 1][:1].isupper())):
                continue  # the second verb's own subject may follow it
            if facts is None:
                facts = document_facts(doc, lex)
            if _singular_verb(texts[single], facts[single], lex, readings):
                yield words[single], texts[single] + "n", PLURAL_SUBJECT_CONFIDENCE


def _plural_verb_only(word: str, lex, readings) -> bool:
    """Can lower-case ``word`` only be a third person plural verb?"""
    if not word.islower() or word[-1] != "n":
        return False
    tags = readings(word, lex)
    return bool(tags) and all(r == "V-p3" for r in tags)


def pronoun_subject_verbs(doc, lex, readings, facts: list[tuple] | None = None) -> Iterator[tuple]:
    """(token, its plural, confidence) for each singular verb right after
    a plural subject pronoun that opens its clause (``De acuerdo a la
    famosa, ellas se encontraba``; an adverb in ``-mente`` may stand
    between too: ``ellos aparentemente continúa``). After a preposition the
    pronoun is its object (``para ellos es``), which the clause test leaves
    out.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Según la actriz, ellas se encontraba cerca.", language="es")
    >>> [(tok.text, form) for tok, form, _ in pronoun_subject_verbs(doc, Lexicon("es"), readings)]
    [('encontraba', 'encontraban')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    sentence = None
    # as written, capitalised at a sentence's start (no lower-casing pass)
    for k in compress(range(len(texts)), map(_PRONOUNS_WRITTEN.__contains__, texts)):
        j, between, n = k + 1, 0, len(words)
        while (j < n and between < BETWEEN_REACH and text[words[j - 1].end:words[j].start] == " "
               and (texts[j] in BETWEEN or _manner_adverb(texts[j], lex, readings))):
            j, between = j + 1, between + 1
        if j >= n or text[words[j - 1].end:words[j].start] != " ":
            continue
        if facts is None:
            facts = document_facts(doc, lex)
        if not _singular_verb(texts[j], facts[j], lex, readings):
            continue
        if sentence is None:
            sentence = WordSentences(doc)
        if sentence[k] == sentence[j] and _opens_clause(words, texts, k, text, sentence, lex, readings):
            yield words[j], texts[j] + "n", PLURAL_SUBJECT_CONFIDENCE


def passive_se_verbs(doc, lex, readings, facts: list[tuple] | None = None) -> Iterator[tuple]:
    """(token, its plural, confidence) for each singular verb after ``que
    se`` whose subject, a plural noun phrase, follows it: ``Morena exigirá
    que se anule las elecciones``, ``indicó que se realiza algunas
    entrevistas``. In a passive with ``se`` the verb agrees with the noun
    after it; after ``que`` a reflexive's own subject (``Cortés se tomó
    unos segundos``) is rare, and none of the clean sets' fifteen ``que
    se`` before a plural determiner has a singular verb. A bare plural
    counts where its phrase ends before a mark, a preposition or a
    conjunction (``que se tomará acciones severas contra``). A plural noun
    of time heads an adverbial (``que se retrase cuatro meses el juicio``).
    The subject may also stand before: a plural noun that ``que`` takes up,
    right before it (``hombres y mujeres que se dedica a la política``:
    ``_plural_antecedent``).

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Exigirá que se anule las elecciones.", language="es")
    >>> [(tok.text, form) for tok, form, _ in passive_se_verbs(doc, Lexicon("es"), readings)]
    [('anule', 'anulen')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    n = len(words)
    # "que se" and the verb: the last "se" visited is the second word from the end
    for k in compress(range(1, n - 1), map("se".__eq__, islice(texts, 1, max(n - 1, 1)))):
        if texts[k - 1].lower() != "que" or any(
                text[words[m].end:words[m + 1].start] != " " for m in range(k - 1, k + 1)):
            continue
        j = k + 1
        if not (_subject_follows(words, texts, j, text, lex, readings)
                or _plural_antecedent(words, texts, k - 1, j, text, lex, readings)):
            continue
        if facts is None:
            facts = document_facts(doc, lex)
        if _singular_verb(texts[j], facts[j], lex, readings):
            yield words[j], texts[j] + "n", PLURAL_SUBJECT_CONFIDENCE


def _subject_follows(words, texts, j: int, text: str, lex, readings) -> bool:
    """Does a plural noun phrase follow the verb at ``j``, a determiner and
    a noun, or a bare plural whose phrase ends there (``que se tomará
    acciones severas contra``)? A plural noun of time heads an adverbial
    (``que se retrase cuatro meses el juicio``)."""
    n = len(words)
    if j + 1 >= n or text[words[j].end:words[j + 1].start] != " ":
        return False
    if texts[j + 1].lower() in DETERMINERS:
        if j + 2 >= n or text[words[j + 1].end:words[j + 2].start] != " ":
            return False
        head = j + 2
    else:
        head = j + 1  # a bare plural: "que se tomará acciones"
    if not _plural_noun(texts[head], lex, readings) or (
            head == j + 1 and not _bare_subject_ends(words, texts, head, text, lex, readings)):
        return False
    return texts[head] not in TIME_NOUNS


# Prepositions after which a plural noun may be the complement of the head
# before it, which ``que`` may take up instead (``el equipo de expertos que
# se desplazó``).
_COMPLEMENT_OF = frozenset(("de", "del"))


def _plural_antecedent(words, texts, q: int, j: int, text: str, lex, readings) -> bool:
    """Is ``que`` at ``q`` a relative whose antecedent, a plural noun right
    before it, is the subject of the verb at ``j`` after ``se``
    (``hombres y mujeres que se dedica a la política``: ``dedican``)?
    Left alone: a noun after ``de``, whose head may be the antecedent (``el
    diluvio de bombas que se abatía``), a plural noun of time (``los años
    que se tarda``), and a verb before a determiner, a capital or a noun,
    which may be its own subject (``los productos que se lleva la
    gente``); the verb must end its clause or come before a preposition, a
    conjunction or an adverb."""
    if q < 1 or text[words[q - 1].end:words[q].start] != " ":
        return False
    noun = texts[q - 1]
    if not _plural_noun(noun, lex, readings) or noun in TIME_NOUNS:
        return False
    if q >= 2 and texts[q - 2].lower() in _COMPLEMENT_OF:
        return False
    if j + 1 >= len(words) or text[words[j].end:words[j + 1].start].strip():
        return True  # the verb ends its clause
    after = texts[j + 1]  # a preposition, a conjunction or an adverb: no subject
    return after.islower() and after not in DETERMINERS and after not in _SINGULAR_DETERMINERS \
        and any(r[0] in "SCB" for r in readings(after, lex))


def _bare_subject_ends(words, texts, head: int, text: str, lex, readings) -> bool:
    """Does the bare plural at ``head`` (no determiner) head a phrase that
    ends before what can follow a subject: the end of the text, a
    punctuation mark, a preposition or a conjunction, past at most two
    plural adjectives (``acciones severas contra``)? A plural noun before
    another noun or a verb may be a verb's complement of measure or
    manner (``que se dedica horas diarias``)."""
    j, n = head + 1, len(words)
    while j < n and j - head <= 2 and text[words[j - 1].end:words[j].start] == " " and texts[j].islower():
        tags = readings(texts[j], lex) - SECOND_PERSON
        if not tags or not all(r[0] in "AP" and r[2] == "p" for r in tags):
            break
        j += 1
    if j >= n or text[words[j - 1].end:words[j].start].strip():
        return True
    return any(r[0] in "SC" for r in readings(texts[j].lower(), lex))


def _plural_noun(word: str, lex, readings) -> bool:
    """Can lower-case ``word`` only be a plural noun or adjective, a noun
    among its readings?"""
    tags = readings(word, lex) - SECOND_PERSON if word.islower() else frozenset()
    return bool(tags) and all(r[0] in "NAP" and r[2] == "p" for r in tags) and any(
        r[0] == "N" for r in tags)


def _manner_adverb(word: str, lex, readings) -> bool:
    """An adverb in ``-mente`` (``aparentemente``)."""
    return word.endswith("mente") and "B---" in readings(word, lex)


# Articles that make a plural adjective after them a noun phrase of its own
# (``los discapacitados graves podrá``).
_NOMINALISING_ARTICLES = frozenset(("los", "las"))


def _verb_after(words, texts, k: int, text: str, facts, lex, readings) -> int | None:
    """The index of a singular verb after the plural noun phrase that the
    determiner at ``k`` opens, with nothing but single spaces between; a
    count written as a word may follow the determiner (``estos tres
    institutos políticos debe``)."""
    j, noun, n = k + 1, False, len(words)
    if (j < n and texts[j].lower() in NUMERALS and texts[k].lower() not in NUMERALS
            and text[words[k].end:words[j].start] == " "):
        j, k = j + 1, k + 1
    while j < n and j - k <= PHRASE_WORDS and text[words[j - 1].end:words[j].start] == " ":
        word = texts[j]
        if not word.islower() or word in TIME_NOUNS:
            break
        tags = readings(word, lex) - SECOND_PERSON
        if not tags or not all(r[0] in "NAP" and r[2] == "p" for r in tags):
            break
        noun = noun or any(r[0] == "N" for r in tags)
        j += 1
    if j >= n or not (noun or (j > k + 1 and texts[k].lower() in _NOMINALISING_ARTICLES)):
        return None
    j = verb_place(words, texts, text, j)
    return j if j is not None and _singular_verb(texts[j], facts[j], lex, readings) else None


def verb_place(words, texts, text: str, j: int, between: frozenset[str] = BETWEEN) -> int | None:
    """The index of the word a subject's verb stands at, from word ``j`` on:
    past at most ``BETWEEN_REACH`` of ``between`` (a negation, an adverb,
    an object pronoun), single spaces between; None where the run of words
    ends or breaks first."""
    n, stop = len(words), j + BETWEEN_REACH
    while j < n and j < stop and texts[j] in between and text[words[j - 1].end:words[j].start] == " ":
        j += 1
    if j >= n or text[words[j - 1].end:words[j].start] != " ":
        return None
    return j


def _singular_verb(word: str, facts: tuple, lex, readings) -> bool:
    """Can ``word`` only be a singular finite verb (or also a singular noun:
    ``busca``) whose ``-n`` form is its third person plural?"""
    if facts[Fact.VERB_FORM] == "singular":
        return True
    if not word.islower() or facts[Fact.VERB_FORM]:
        return False
    tags = readings(word, lex)
    return ("V-s3" in tags and all(r[0] == "V" or (r[0] == "N" and r[2] == "s") for r in tags)
            and "V-p3" in readings(word + "n", lex))


# Marks after which a clause opens: a comma, and a dash that opens an aside
# ("inmigrantes —algunos exagera la cifra—").
_CLAUSE_MARKS = frozenset(",—–")


def joins_clauses(before: str, lex, readings) -> bool:
    """Does ``y`` after the word ``before`` join two clauses: can ``before``
    only be a finite verb (``Trump perdió y Biden``)? After a noun ``y``
    joins two noun phrases (``entre los especialistas y los pacientes``)."""
    tags = readings(before, lex)
    return bool(tags) and all(r[0] == "V" for r in tags)


def _opens_clause(words, texts, k: int, text: str, sentence, lex, readings) -> bool:
    """Does the determiner at ``k`` open its clause: the sentence's first
    word, after a comma, or after a word that opens a clause?"""
    m = k - 1
    if m < 0 or sentence[m] != sentence[k] or not _CLAUSE_MARKS.isdisjoint(text[words[m].end:words[k].start]):
        return True
    opener = texts[m].lower()
    if text[words[m].end:words[k].start] != " ":
        return False
    if opener in TIME_ADVERBIAL_ENDS:
        return True
    if opener not in CLAUSE_OPENERS:
        return False
    if opener == "que":  # a comparison: "más subvenciones que los españoles"
        return not any(texts[j].lower() in COMPARATIVES and sentence[j] == sentence[m]
                       for j in range(max(m - COMPARISON_REACH, 0), m))
    if opener == "y":  # after a noun "y" joins two noun phrases
        return m > 0 and sentence[m - 1] == sentence[m] and joins_clauses(texts[m - 1], lex, readings)
    return True
