"""Spanish verb forms that damage turned into another form of the same verb.

A cut-off end or a dropped letter often leaves a real form of the verb it
hit: the future ``incluirá`` an infinitive ``incluir``, the preterite
``dijeron`` a first person ``dije``, the plural ``continúan`` a singular
``continúa``, the gerund ``reclamando`` a plural ``reclaman``. The tagging
dictionary (``qa.lang.es_tags``) says what each form can be; the words
around it settle the slot in seven places where news copy has no other
reading:

- **an infinitive where the clause wants its finite verb**: right after a
  subject that opens its clause (``Morena exigir que``, ``Este año ser
  conocido``; after the sentence's start, a comma or a word that opens a
  clause: ``por lo cual la compañía continuar``, ``que Reigns deber
  cumplir``, not ``que`` after a comparative; a negation may stand
  between: ``algunas personas no deber usar``; a noun that is a first
  person too heads it after a determiner that never stands for a
  pronoun: ``que el curso estar``, ``El Concurso contar``; a relative
  possessive opens it and its clause: ``cuya suplente ser``; ``de``
  phrases inside it, whose head before ``de`` gives the number: ``un
  grupo de personas sacar``, ``el Ministerio de Salud de la Nación
  endurecer``; figures, and a closing quote before the infinitive:
  ``Rusia 2018 ser``; ``y`` right after a finite verb opens it: ``Trump
  perdió y Biden asumir``; a capitalised determiner inside a sentence
  opens it where a headline runs into the text: ``Estados Unidos Los
  líderes de ... manifestar``), after ``que`` where a subjunctive is
  wanted (after ``para``, ``sin`` or a verb of request: ``para que
  realizar``, ``le pidieron que copiar``; a verb in ``-ar`` lost its
  imperfect subjunctive's ``a``), after a relative that
  opens one (``todos los que lograr una plaza``, ``12 años, que incluir a
  bebés``), or after ``que no`` following a finite verb (``anuncia que ya
  no competir``). An infinitive may itself be a subject (``considera que
  combatir la corrupción es``), so a bare ``que`` after a verb is left
  alone; after a preposition and its article (``con los que pactar``) the
  infinitive is governed. The
  repair is the finite form the damage took away: a common completion
  that can only be a third person, else the future (``-á``, ``-án``) or,
  after a plural subject and in a verb in ``-ar``, the preterite
  (``-aron``), the commoner.
  Likewise after an object pronoun, which goes before a finite verb and
  never before an infinitive (``Mobike te agradar``: ``agradará``; after
  ``lo``, ``la``, ``los``, ``las``, articles too, an infinitive that is
  no noun: ``los usuarios los dejar de lado``); its subject's number
  unknown, the commoner of the two numbers' forms.
- **a first person singular that a cut left in narration** (``Fuentes
  oficiales del banco dije que``): a word that can be no verb but the
  first person singular (``dije`` is also a noun), outside quotes, right
  after a noun or a name that can head its subject (after a determiner,
  a preposition, an adjective or a verb it is the noun: ``un traje``,
  ``con buen pie``, ``dio pie``), with a completion that is a third
  person (``dijeron``).
- **a first person singular after ``se``** (``se enredo en su discurso``,
  ``se pude reservar``): ``se`` never takes one; the repair is the
  commonest third person one accent or one letter away.
- **a finite verb after an auxiliary** (``fue capta junto a sus hijas``,
  ``se hayan realiza``): after a form of ``haber`` or ``ser`` only a
  participle stands, after ``ser`` past ``muy`` or ``tan`` too (``no es
  muy educa que``); the repair is the participle the cut left. After
  ``haber`` it is the masculine singular, the only form a perfect takes;
  after ``ser`` it agrees with the subject, so it takes the verb's number
  and the gender of a lower-case noun right before the verb (``la
  información fue divulga por``: ``divulgada``, not the commoner
  ``divulgado``). A noun after ``de`` may be a complement, not the subject
  (``el proyecto de ley fue``), and a name has no gender here: those, and
  forms that settle nothing, leave the commonest participle.
- **a finite verb after ``seguir``, ``continuar`` or ``estar``**
  (``continúan reclaman mejoras``, ``siguen trabaja``): those take a
  gerund, and the repair is the gerund the cut left; ``estar`` takes a
  participle of its own number as well (``quien está acusa de``:
  ``acusado``), the commoner of the two. After a free relative (``los
  que siguen trabajan``) the verb is the main clause's, and before
  ``de`` it may open a locution (``se está acerca de``).
- **a finite verb after a determiner that is never a pronoun** (``tras
  su reunió con``), or after such a determiner and a word that can only
  be an adjective (``su propia existen feroz``): ``su``, ``un``, ``del``,
  ``al``, ``cada`` and the possessives stand before a noun, and the repair
  is the commonest completion or one-letter-longer form that is a noun or
  an adjective (``reunión``); after ``al``, which opens a clause of time
  with an infinitive, the infinitive when the ``r`` put back makes one
  (``al afirma que``: ``afirmar``), unless ``de`` follows (``al funciona
  del sistema``: a noun's complement).
- **a singular verb after a plural head and its ``de`` phrase**
  (``miembros del sector médico continúa``; one negation or adverb may
  stand before the verb, ``Los asteroides de este tamaño no suele``, and
  a head that is itself a ``de`` phrase's noun hangs on the head before
  it, ``los votos de los electores de California coloca``): the head, a lower-case
  plural noun (a capital makes it a title: ``Los Demonios del Edén
  relata``, unless it opens the sentence: ``Expresidentes de América
  Latina respalda``), opens its clause
  (the sentence's start, a comma or a word that opens a clause: ``porque
  las reglas de la FIFA dice``; an optional plural determiner), the
  phrase after ``de`` is a determiner, a noun or a name and adjectives,
  with no punctuation anywhere in between, and the verb's ``-n`` form is
  its third person plural. The verb agrees with the head, not with the
  noun after ``de``, which is what a class trigram sees. A plural noun
  with no determiner that opens the sentence is the subject of the verb
  right after it (``¡ÚLTIMA HORA! Militares ingresa``); a capital there
  may be a name's (``Vargas dice``), so it is read only when the document
  writes the word nowhere else with its capital inside a sentence.

Each fact was checked on the calibration half's real-word damages and its
clean pool before it was kept (docs/context-models.md, "Verb forms read as
another").
"""
from __future__ import annotations

from itertools import compress, islice
from operator import itemgetter
from typing import Iterator

import regex

from ..text.quotes import inside_quotes
from .es_plural_subject import BETWEEN as PLURAL_SUBJECT_BETWEEN, joins_clauses
from .es_subject import (ARTICLE_CLITICS, CLITICS, INFINITIVE, OBJECT_CLITICS, OBJECT_OPENERS, WordSentences,
                         compares)
from .es_tags import SECOND_PERSON
from .es_wordfacts import Fact, document_facts

# On the calibration half's clean pool (103,302 words at spaces) none of the four
# facts flagged a clean word; a warning on its own (qa.checkers.wordclass).
FINITE_CONFIDENCE = 0.55
FIRST_PERSON_CONFIDENCE = 0.55
PLURAL_CONFIDENCE = 0.55
PARTICIPLE_CONFIDENCE = 0.55
# The forms of "haber" that make the perfect, whose participle never
# agrees ("ha comunicado su dimisión", never "ha comunicada"), the first
# persons ("lo que habíamos anuncia": "anunciado") and the subjunctive in
# "-se" among them.
PERFECT_AUXILIARIES = frozenset("""
    ha han había habían he hemos habría habrían haya hayan hubiera hubieran habrá habrán
    haber habiendo hubo habíamos habremos habríamos hayamos hubiéramos hubiese hubiesen
    """.split())
# With the forms of "ser", the words only a participle follows (a finite
# verb never does: "fue capta" is "captada", "se hayan realiza"
# "realizado"). "estado" is also the noun ("el Estado informó").
AUXILIARIES = PERFECT_AUXILIARIES | frozenset("""
    fue fueron sido será serán es son era eran ser siendo sea sean sería serían fuera fueran
    """.split())
# The number of each form of "ser" among them, which its participle takes
# ("la información fue divulgada", "las cuentas fueron congeladas"); the
# infinitive and the gerund have none of their own.
_SER_NUMBER = {
    **dict.fromkeys("fue será es era sea sería fuera".split(), "s"),
    **dict.fromkeys("fueron serán son eran sean serían fueran".split(), "p"),
}
# Intensifiers that may grade a participle after a form of "ser" ("es muy
# conocido"); after "haber" none stands.
GRADING_ADVERBS = frozenset(("muy", "tan"))
_SER_FORMS = AUXILIARIES - PERFECT_AUXILIARIES
# A noun after "de" or "del", with or without its determiner, may be a
# complement of the subject, not its head ("el plan de la alcaldía fue");
# a word before them heads a noun phrase ("al funciona del sistema").
OF_WORDS = frozenset(("de", "del"))
# ... past the noun's determiner: an article, a possessive, a demonstrative
_DETERMINERS = OBJECT_OPENERS | frozenset("este esta estos estas".split())
# Forms of "seguir", "continuar" and "estar", which a verb follows only as
# its gerund ("continúan reclamando", "siguen trabajando"): a finite verb
# after one is a gerund a cut left ("continúan reclaman", "siguen trabaja").
# "estado" is also the noun; "esta", "este" without accents are determiners.
CONTINUATIVES = frozenset("""
    sigue siguen seguía seguían siguió siguieron seguirá seguirán seguiría seguirían siga sigan
    seguir siguiendo sigo seguimos
    continúa continúan continuaba continuaban continuó continuaron continuará continuarán
    continuaría continuarían continúe continúen continuar continuando
    está están estaba estaban estuvo estuvieron estará estarán estaría estarían esté estén
    estar estamos estoy estuviera estuvieran
    """.split())
# A gerund, or after "estar" a participle, the form after them asks for.
CONTINUED_CONFIDENCE = 0.55
# Determiners that are never pronouns, before which no finite verb stands
# ("tras su reunió con": "reunión"; "un funciona electoral":
# "funcionario"); "una", "unos" and "unas" are left out ("una es", "unos
# han": pronouns), "el", "la", "lo", "los" and "las" too (clitics). On
# the 398 clean Spanish articles these stand before a word that can only
# be a finite verb twice, both slips ("su articulo").
NOUN_DETERMINERS = frozenset("""
    su sus un del al mi mis tu tus nuestro nuestra nuestros nuestras cada
    """.split())
NOUN_CONFIDENCE = 0.55
# ... of which "al" opens a clause of time with an infinitive ("al afirmar
# que"), the reading a cut of the infinitive's "r" leaves as a finite verb.
AL = "al"
NOUN_DETERMINERS_WRITTEN = NOUN_DETERMINERS | {w.capitalize() for w in NOUN_DETERMINERS}
# ... of which those of "estar" take a participle as well ("está acusado
# de", "no está contemplada en"): a cut of either leaves the finite verb.
ESTAR = frozenset("""
    está están estaba estaban estuvo estuvieron estará estarán estaría estarían esté estén
    estar estamos estoy estuviera estuvieran
    """.split())
ESTAR_PLURAL = frozenset("están estaban estuvieron estarán estarían estén estamos estuvieran".split())
# Adverbs that may stand between the slot and the verb: "que ya no competir".
_BETWEEN = frozenset("ya no también tampoco aún todavía nunca".split())
_ARTICLES = frozenset("el la los las lo".split())
_PLURAL_ARTICLES = frozenset("los las".split())
# Prepositions before "los que" make it governed: "con los que pactar".
_GOVERNING = frozenset("a al de del con por en para sin sobre entre desde hasta según".split())
# A plural determiner the head of a subject may carry.
_PLURAL_DETERMINERS = frozenset("""
    los las unos unas muchos muchas varios varias algunos algunas otros otras todos todas sus
    """.split())
# Readings a capitalised word must lack to be read as a name (a function
# word or a verb opening its sentence is only a capital).
_NOT_NAME = frozenset("DSCRKBVZIG")
# Inside a subject, between its words: a space, a hyphen inside a name,
# or figures (no words: "Rusia 2018 ser", "los 55 votos"); at its end,
# before the infinitive, figures or a closing quote.
_INSIDE_SUBJECT_GAP = regex.compile(r"(?: [\d.,]+)* |-")
_SUBJECT_END_GAP = regex.compile(r" [\d.,]+ |[\"”»] ")
# Words that take a subjunctive after "que", as does a verb of request
# (``le pidieron que copiar la idea``): an infinitive in -ar there lost its
# imperfect subjunctive's "a".
SUBJUNCTIVE_OPENERS = frozenset("""
    para sin
    pide piden pidió pidieron pedía pedían exige exigen exigió exigieron exigía exigían
    solicita solicitan solicitó solicitaron ordena ordenan ordenó ordenaron
    """.split())
# Words after which a subject opens a clause ("y" is left out: after a
# noun it joins two noun phrases).
_CLAUSE_OPENERS = frozenset("que cual cuando donde si mientras porque aunque pues pero".split())
# Determiners that never stand for a pronoun, before which a word is no verb.
_NEVER_PRONOUNS = NOUN_DETERMINERS | {"el"}
# A relative possessive opens its clause and its subject at once ("Emma
# Galindo, cuya suplente será").
RELATIVE_POSSESSIVES = frozenset("cuyo cuya cuyos cuyas".split())
# The ``de`` phrase after a plural head: at most this many words.
_DE_PHRASE = 3
# Heads a walk goes out through: a head and the one its phrase hangs on.
_OUTER_HEADS = 2
# Between the phrase and its verb: at most one of the negations and
# adverbs that stand between a plural subject and its verb
# (es_plural_subject), no object pronoun ("se dice" is impersonal).
_BETWEEN_HEAD_AND_VERB = PLURAL_SUBJECT_BETWEEN - CLITICS
_BETWEEN_REACH = 1
# "se" never takes a first person ("se enredo", "se pude"), nor does it
# after an object pronoun ("se le acabo"); not "lo", "la": "se lo digo" is
# a first person's. Hand-set like the facts above; on the 398 clean Spanish
# articles a first person after "se" stands twice, both lost accents of the
# source ("se creo esta página", "se refugio en").
_SE = frozenset({"se", "Se"})
SE_OBJECTS = frozenset("me te le les nos os".split())
AFTER_SE_CONFIDENCE = 0.55


_KIND = itemgetter(Fact.VERB_FORM)


def verb_form_slots(doc, lex, readings, facts: list[tuple] | None = None) -> Iterator[tuple]:
    """(token, the form that fits, confidence) for each verb form the
    facts above read as damage of another. ``readings`` is the profile's
    word -> readings look-up; ``facts``: the document's word facts
    (``es_wordfacts.document_facts``), when read already.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Margarita Zavala abandonar al PAN.", language="es")
    >>> [(tok.text, form) for tok, form, _ in verb_form_slots(doc, Lexicon("es"), readings)]
    [('abandonar', 'abandonará')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    sentence = WordSentences(doc)
    # only the words with a kind are visited (most have none)
    if facts is None:
        facts = document_facts(doc, lex)
    kinds = list(map(_KIND, facts))
    # the capitalised words the document writes inside a sentence (names),
    # gathered once, at the first opening plural that asks
    names_inside: list[frozenset[str]] = []
    for i in compress(range(1, len(words)), islice(kinds, 1, None)):
        tok, kind = words[i], kinds[i]
        word = tok.text
        if kind == "infinitive":
            plural = _finite_slot(words, i, text, sentence, lex, readings)
            if plural is not None:
                cand = _finite_of(word, lex, readings, plural)
            elif _after_proclitic(words, i, text, sentence, lex, readings):
                cand = _finite_of_either(word, lex, readings)
            elif _subjunctive_slot(words, i, text, sentence):
                cand = _imperfect_subjunctive_of(word, lex, readings)
            else:
                continue
            if cand is not None and not inside_quotes(doc, tok.start, tok.end):
                yield tok, cand, FINITE_CONFIDENCE
        elif (_after_noun_determiner(words, texts, i, text, lex, readings)
              and all(r[0] == "V" for r in readings(word, lex))
              and (cand := (_infinitive_after_al(texts, i, lex, readings)
                            or _noun_of(word, lex, readings))) is not None):
            yield tok, cand, NOUN_CONFIDENCE
        elif kind == "first person":
            if _narrated(words, i, text, lex, readings) and not inside_quotes(
                    doc, tok.start, tok.end):
                yield tok, _third_person_completion(word, lex, readings), FIRST_PERSON_CONFIDENCE
        elif (k := _auxiliary_before(words, i, text)) is not None:
            auxiliary = words[k].text.lower()
            if auxiliary in PERFECT_AUXILIARIES:
                cand = _participle_of(word, lex, readings, perfect=True)
            else:
                cand = _participle_of(word, lex, readings, agreement=(
                    _SER_NUMBER.get(auxiliary), _subject_gender(words, k, text, lex, readings)))
            if cand is not None:
                yield tok, cand, PARTICIPLE_CONFIDENCE
        elif (words[i - 1].text.lower() in CONTINUATIVES and text[words[i - 1].end:tok.start] == " "
              and not _relative_before(words, i - 1, text)
              and (cand := _continued_form(words, i, lex, readings)) is not None):
            yield tok, cand, CONTINUED_CONFIDENCE
        elif kind == "singular" and (_after_plural_head(words, i, text, sentence, lex, readings)
                                     or _after_opening_plural(words, i, text, sentence, lex, readings,
                                                              names_inside)):
            yield tok, word + "n", PLURAL_CONFIDENCE


def first_persons_after_se(doc, lex, readings) -> Iterator[tuple]:
    """(token, the third person, confidence) for each first person singular
    right after ``se`` or after ``se`` and an object pronoun (``se enredo
    en su discurso``: ``enredó``; ``se pude reservar``: ``puede``; ``se le
    acabo``): ``se`` never takes a first person, and a word whose only verb
    reading is one (``enredo`` is a noun too, ``pude`` nothing else) lost an
    accent or a letter of the third person. The repair is the commonest
    form one accent or one letter away that may be a third person singular:
    every accented form, not only the word facts' accented neighbours
    (zipf 3 or more: ``desarrolló``, not ``enredó``, 2.5).

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Cuando se quiere se pude, dijo.", language="es")
    >>> [(tok.text, form) for tok, form, _ in first_persons_after_se(doc, Lexicon("es"), readings)]
    [('pude', 'puede')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    for k in range(len(words) - 1):
        if texts[k] not in _SE:
            continue
        i = k + 1
        if text[words[k].end:words[i].start] != " ":
            continue
        if texts[i] in SE_OBJECTS and i + 1 < len(words):
            i += 1
        tok = words[i]
        if text[words[i - 1].end:tok.start] != " ":
            continue
        word = tok.text
        tags = readings(word, lex) if word.islower() else frozenset()
        if "V-s1" not in tags or any(r[0] in "VIGP" and r != "V-s1" for r in tags):
            continue
        cand = _third_person_one_step(word, lex, readings)
        if cand is not None:
            yield tok, cand, AFTER_SE_CONFIDENCE


def _third_person_one_step(word: str, lex, readings) -> str | None:
    """The commonest form one accent or one letter longer than ``word``
    that may be a third person singular (``enredo`` -> ``enredó``, ``pude``
    -> ``puede``), or None."""
    from ..text.probes import accent_restorations, one_letter_longer  # (qa.text reads the profiles)

    cands = [c for c in (*accent_restorations(word), *one_letter_longer(word, lex))
             if "V-s3" in readings(c, lex)]
    return max(sorted(cands), key=lex.zipf) if cands else None


def verb_form_kind(word: str, lex, readings) -> str:
    """What ``word`` could be damage of, from its readings alone: an
    "infinitive" (no finite, participle or adjective reading), a "first
    person" (its only verb reading the first person singular), a
    "singular" (only a finite verb, its ``-n`` form a third person plural),
    a "finite" (only a finite verb, else), or "" (most words). A first
    person needs a completion that may be a third person."""
    if not word.islower() or len(word) < 3:
        return ""
    tags = readings(word, lex)
    if not tags:
        return ""
    if "I---" in tags and not any(r[0] in "VGPA" for r in tags):
        return "infinitive"
    if "V-s1" in tags and not any(r[0] in "VIGP" and r != "V-s1" for r in tags):
        return "first person" if _third_person_completion(word, lex, readings) else ""
    if all(r[0] == "V" for r in tags):
        return "singular" if "V-s3" in tags and "V-p3" in readings(word + "n", lex) else "finite"
    return ""


def _before(words, i: int, text: str, sentence) -> int | None:
    """The index of the word right before word ``i`` in its sentence, one
    space apart, or None."""
    k = i - 1
    # the gap first: a sentence's number is a bisection
    if k < 0 or text[words[k].end:words[i].start] != " " or sentence[k] != sentence[i]:
        return None
    return k


def _finite_slot(words, i: int, text: str, sentence, lex, readings) -> bool | None:
    """When the infinitive at ``i`` stands where its clause wants a finite
    verb: is its subject plural? None when the slot is no such place."""
    k = _before(words, i, text, sentence)
    if k is None and _SUBJECT_END_GAP.fullmatch(text[words[i - 1].end:words[i].start]) and (
            sentence[i - 1] == sentence[i]):
        # a figure or a closing quote ends the subject ("Rusia 2018 ser",
        # "la coalición "Juntos Haremos Historia" ganar")
        return _subject_slot(words, i - 1, text, sentence, lex, readings)
    between = []
    while k is not None and words[k].text.lower() in _BETWEEN:
        between.append(words[k].text.lower())
        k = _before(words, k, text, sentence)
    if k is None:
        return None
    if words[k].text == "que":
        return _relative_slot(words, k, text, sentence, lex, readings, "no" in between)
    # "prefirió no hablar": an infinitive a verb governs; a subject before
    # the negation is read as before it ("algunas personas no deber usar")
    return _subject_slot(words, k, text, sentence, lex, readings)


def _relative_slot(words, k: int, text: str, sentence, lex, readings, negated: bool):
    """``que`` at ``k`` opens a clause with a finite verb: after a comma
    (``12 años, que incluir``), after an article not governed by a
    preposition (``todos los que lograr``; plural), or, negated, after a
    finite verb (``anuncia que ya no competir``)."""
    j = k - 1
    if j < 0 or sentence[j] != sentence[k]:
        return None
    gap = text[words[j].end:words[k].start]
    before = words[j].text.lower()
    if "," in gap:
        return False
    if gap == " " and before in _ARTICLES:
        governor = words[j - 1].text.lower() if j > 0 and sentence[j - 1] == sentence[k] else ""
        if governor in _GOVERNING or any(r[0] == "S" for r in readings(governor, lex)):
            return None
        return before in _PLURAL_ARTICLES
    tags = readings(before, lex)
    if negated and tags and all(r[0] == "V" for r in tags):
        return False
    return None


def _subject_slot(words, k: int, text: str, sentence, lex, readings) -> bool | None:
    """Do the words ending at ``k`` make a subject that opens its clause
    (``Margarita Zavala``, ``Este año``: an optional determiner, then
    nouns, names and adjectives, at least one noun or name)? Its number
    (the last common noun's), or None."""
    j, heads, plural = k, 0, None
    while j >= 0 and sentence[j] == sentence[k]:
        if j < k and not _INSIDE_SUBJECT_GAP.fullmatch(text[words[j].end:words[j + 1].start]):
            break
        word = words[j].text
        if heads and word.lower() in OF_WORDS:
            plural = None  # the head before "de" gives the number ("un grupo de personas")
            j -= 1
            continue
        # a second person is no reading of a lower-case word in news copy
        # ("personas" is the noun), but a capital's verb reading is kept: a
        # scraped prompt ("Puedes leer: ...") opens with one and is no name
        every = readings(word.lower(), lex)
        tags = every - SECOND_PERSON
        if word[:1].isupper() and not any(r[0] in _NOT_NAME for r in every):
            heads += 1
        elif word.islower() and tags and all(r[0] in "NA" for r in tags) and any(
                r[0] == "N" for r in tags):
            heads += 1
            if plural is None:
                plural = all(r[2] == "p" for r in tags)
        elif _noun_after_determiner(words, j, text, tags):
            heads += 1  # "el curso estar": a first person after "el" is the noun
            if plural is None:
                plural = all(r[2] == "p" for r in tags if r[0] == "N")
        elif tags and any(r[0] == "D" for r in tags) and not any(r[0] in "SV" for r in tags):
            if j and words[j - 1].text.lower() in OF_WORDS:
                j -= 1
                continue  # the determiner of a "de" phrase ("el Ministerio de la Nación")
            if word[:1].isupper() and j and sentence[j - 1] == sentence[k] and words[j - 1].text[:1].isupper():
                # a headline runs into the text ("Estados Unidos Los líderes"); after
                # a preposition a capital article opens a name ("a El Universal")
                return bool(plural)
            j -= 1
            break  # the subject's determiner opens it
        elif heads and word.lower() in RELATIVE_POSSESSIVES:
            return bool(plural)  # "cuya suplente ser": the relative opens its clause
        elif heads and (word.lower() in _CLAUSE_OPENERS or _y_joining_clauses(words, j, lex, readings)):
            break  # a subject with no determiner after a word that opens its clause ("que Reigns")
        else:
            return None
        j -= 1
    if not heads:
        return None
    opens = (j < 0 or sentence[j] != sentence[k] or "," in text[words[j].end:words[j + 1].start]
             or _opener_before(words, j, text, sentence) or _y_joining_clauses(words, j, lex, readings))
    return bool(plural) if opens else None


def _y_joining_clauses(words, j: int, lex, readings) -> bool:
    """Is word ``j`` ``y`` joining two clauses (``Trump perdió y Biden
    asumir``; es_plural_subject.joins_clauses)?"""
    return words[j].text == "y" and j > 0 and joins_clauses(words[j - 1].text.lower(), lex, readings)


def _subjunctive_slot(words, i: int, text: str, sentence) -> bool:
    """Does the infinitive at ``i`` follow ``que`` after a word that takes
    a subjunctive there (``para que realizar``, ``le pidieron que
    copiar``)?"""
    k = _before(words, i, text, sentence)
    if k is None or words[k].text != "que":
        return False
    j = _before(words, k, text, sentence)
    return j is not None and words[j].text.lower() in SUBJUNCTIVE_OPENERS


def _imperfect_subjunctive_of(word: str, lex, readings) -> str | None:
    """The imperfect subjunctive a verb in ``-ar`` is the cut of (``realizar``
    → ``realizara``, ``-an`` in the plural), the commoner of the two; a
    verb in ``-er`` or ``-ir`` spells it otherwise (``comiera``)."""
    if not word.endswith("ar") or readings(word, lex) != INFINITIVE:
        return None
    forms = [f for f in (word + "a", word + "an") if any(r[0] == "V" for r in readings(f, lex))]
    return max(forms, key=lex.zipf) if forms else None


def _noun_after_determiner(words, j: int, text: str, tags) -> bool:
    """Is word ``j`` of a subject (``tags``: its readings) a noun that is
    also a first person singular (``curso``, ``Concurso``), right after a
    determiner that is never a pronoun (``el``, ``un``, ``su``: a verb's
    first person never follows one)? Its capital, if any, is the
    sentence's or a title's."""
    if j == 0 or text[words[j - 1].end:words[j].start] != " ":
        return False
    if not (tags and any(r[0] == "N" for r in tags) and all(r[0] in "NA" or r == "V-s1" for r in tags)):
        return False
    return words[j - 1].text.lower() in _NEVER_PRONOUNS


def _opener_before(words, j: int, text: str, sentence) -> bool:
    """Is word ``j`` a word that opens a clause (``por lo cual la compañía
    continuar``), one space before the subject? Not ``que`` after a
    comparative: ``más grande que un autobús`` compares."""
    word = words[j].text.lower()
    if word not in _CLAUSE_OPENERS or text[words[j].end:words[j + 1].start] != " ":
        return False
    return word != "que" or not compares(words, j, sentence)


def _after_proclitic(words, i: int, text: str, sentence, lex, readings) -> bool:
    """Does an object pronoun stand right before the infinitive at ``i``
    (``Mobike te agradar``, ``los usuarios los dejar de lado``)? A clitic
    goes before a finite verb and after an infinitive (``agradarte``),
    never before one. ``lo``, ``la``, ``los``, ``las`` are articles too,
    and an article may stand before an infinitive that is also a noun
    (``el poder``): after those the infinitive must be no noun."""
    k = _before(words, i, text, sentence)
    if k is None:
        return False
    before = words[k].text.lower()
    if before in OBJECT_CLITICS:
        return True
    return before in ARTICLE_CLITICS and not any(r[0] == "N" for r in readings(words[i].text, lex))


def _finite_of_either(word: str, lex, readings) -> str | None:
    """The finite form an infinitive after a clitic is the cut of, its
    subject's number unknown: the commoner of the two numbers' forms
    (``_finite_of``)."""
    # the plural preterite is left out: with the number unknown, its
    # frequency would outweigh the singular future (``La oferta del portal
    # se actualizar``: ``actualizará``, not ``actualizaron``; seed 277)
    cands = [c for c in (_finite_of(word, lex, readings, False),
                         _finite_of(word, lex, readings, True, preterite=False)) if c is not None]
    return max(cands, key=lex.zipf) if cands else None


def _finite_of(word: str, lex, readings, plural: bool, preterite: bool = True) -> str | None:
    """The finite form an infinitive is the cut of: a common completion
    that can only be the third person of the subject's number
    (``lograron``), else the future (``exigirá``), which a cut of ``-á``
    leaves as the infinitive and the dictionary always holds; in the
    plural of a verb in ``-ar`` the preterite too (``-aron``, which a cut
    of ``-on`` leaves so: ``Fuentes oficiales detallar a``), the commoner
    (the completions leave out forms as rare as ``detallaron``), unless
    ``preterite`` is False (the subject's number is a guess)."""
    from ..text.probes import completions  # the cut-off probe (qa.text reads the profiles: asked here)

    want = "V-p3" if plural else "V-s3"
    only = frozenset({want})
    cands = [c for c in completions(word, lex) if readings(c, lex) == only]
    future = word + ("án" if plural else "á")
    if want in readings(future, lex):
        cands.append(future)
    if preterite and plural and word.endswith("ar") and readings(past := word + "on", lex) == only:
        cands.append(past)
    return max(cands, key=lex.zipf) if cands else None


def _participle_of(word: str, lex, readings, perfect: bool = False,
                  agreement: tuple[str | None, str | None] = (None, None)) -> str | None:
    """The participle a finite verb after an auxiliary is the cut of: a
    completion that is only a participle, or the stem's ``-ado``/``-ido``
    forms the dictionary holds (a cut of ``captada`` is rarer than the
    completions' floor); the commonest, and in a ``perfect`` (after
    ``haber``) the masculine singular, the only form it takes (a noun
    too, maybe: ``ha comunica su dimisión`` is ``comunicado``). After
    ``ser``, ``agreement`` is the subject's number and gender (``s`` or
    ``p``, ``m`` or ``f``; None where unsettled): the commonest of the
    forms that agree, else of all."""
    from ..text.probes import completions  # the cut-off probe (qa.text reads the profiles: asked here)

    stem = word[:-1]
    number, gender = agreement
    ends = ("ados", "adas", "idos", "idas") if number == "p" else ("ado", "ada", "ido", "ida")
    forms = (*completions(word, lex), *(stem + end for end in ends))
    if perfect:  # the masculine singular, which may also be a noun ("comunicado")
        cands = {c for c in forms if "Pms-" in readings(c, lex)}
    else:
        cands = {c for c in forms if (tags := readings(c, lex)) and all(r[0] == "P" for r in tags)}
        agreeing = {c for c in cands if any(
            (number is None or r[2] == number) and (gender is None or r[1] in (gender, "c"))
            for r in readings(c, lex))}
        if agreeing:  # with nothing settled, every form agrees
            cands = agreeing
    return max(sorted(cands), key=lex.zipf) if cands else None


def _auxiliary_before(words, i: int, text: str) -> int | None:
    """Where the auxiliary of word ``i`` stands: right before it, or before
    an intensifier that grades a participle after a form of ``ser`` (``no
    es muy educa que``: ``educado``); single spaces between. None where no
    auxiliary stands there."""
    if text[words[i - 1].end:words[i].start] != " ":
        return None
    if words[i - 1].text.lower() in AUXILIARIES:
        return i - 1
    if (i >= 2 and words[i - 1].text.lower() in GRADING_ADVERBS
            and words[i - 2].text.lower() in _SER_FORMS
            and text[words[i - 2].end:words[i - 1].start] == " "):
        return i - 2
    return None


def _subject_gender(words, k: int, text: str, lex, readings) -> str | None:
    """The gender (``m`` or ``f``) of the subject before the auxiliary at
    ``k``, when the word right before it (one space apart) is a lower-case
    noun of one gender that no ``de`` governs (``la información fue``;
    not ``el proyecto de ley fue`` nor ``el plan de la alcaldía fue``,
    whose last noun is a complement); else None."""
    if k < 2 or text[words[k - 1].end:words[k].start] != " ":
        return None
    noun = words[k - 1].text
    opener = words[k - 2].text.lower()
    if opener in _DETERMINERS and k >= 3:
        opener = words[k - 3].text.lower()  # the word before the noun's determiner
    if not noun.islower() or opener in OF_WORDS:
        return None
    tags = readings(noun, lex)
    genders = {r[1] for r in tags if r[0] in "NAP"}
    if not any(r[0] == "N" for r in tags) or len(genders) != 1:
        return None
    gender = genders.pop()
    return gender if gender in "mf" else None


def _relative_before(words, k: int, text: str) -> bool:
    """Does a free relative end right before word ``k`` (``los que``,
    ``quienes``)? Then ``k`` is its clause's verb and the finite verb after
    it the main clause's (``los que siguen trabajan``). A relative after a
    noun has its clause go on (``profesionales, que siguen trabajando``;
    ``Roberto Borge, quien está acusado``), and so does one that a
    preposition other than ``de`` governs (``la situación, en la que está
    implicado el barco``; ``muchos de los que siguen trabajan`` is a
    free relative)."""
    if k < 1 or text[words[k - 1].end:words[k].start] != " ":
        return False
    relative = words[k - 1].text.lower()
    if relative in ("quien", "quienes"):
        return k < 2 or "," not in text[words[k - 2].end:words[k - 1].start]
    if not (relative == "que" and k >= 2 and words[k - 2].text.lower() in _ARTICLES and (
            text[words[k - 2].end:words[k - 1].start] == " ")):
        return False
    return k < 3 or words[k - 3].text.lower() not in _GOVERNING or words[k - 3].text.lower() == "de"


def _continued_form(words, i: int, lex, readings) -> str | None:
    """The form a finite verb (word ``i``) after ``seguir``, ``continuar``
    or ``estar`` is the cut of, or None. Before ``de`` it may open a
    locution (``se está acerca de``: the dictionary reads ``acerca`` only
    as a verb): after ``estar`` a participle is read there only when
    commoner than the word (``está acusa de`` is ``acusado``; ``acerca``,
    zipf 5.1, is far commoner than ``acercado``), and a gerund never."""
    word, verb = words[i].text, words[i - 1].text.lower()
    before_de = i + 1 < len(words) and words[i + 1].text == "de"
    if verb not in ESTAR:
        return None if before_de else _gerund_of(word, lex, readings)
    cand = _estar_form_of(word, lex, readings, verb in ESTAR_PLURAL)
    if before_de and cand is not None and lex.zipf(cand) <= lex.zipf(word):
        return None
    return cand


def _gerund_of(word: str, lex, readings) -> str | None:
    """The gerund a finite verb after ``seguir``, ``continuar`` or ``estar``
    is the cut of: the commonest completion that is only a gerund
    (``reclaman`` -> ``reclamando``)."""
    from ..text.probes import completions  # the cut-off probe (qa.text reads the profiles: asked here)

    cands = sorted(c for c in completions(word, lex) if readings(c, lex) == frozenset({"G---"}))
    return max(cands, key=lex.zipf) if cands else None


def _estar_form_of(word: str, lex, readings, plural: bool) -> str | None:
    """The form a finite verb after ``estar`` is the cut of: its gerund
    (``_gerund_of``) or a participle of ``estar``'s number (``plural``), a
    completion or one of the stem's ``-ado``/``-ido`` forms that the
    dictionary reads as a participle and never as a finite verb (``acusa``
    -> ``acusado``, a noun too); the commoner."""
    from ..text.probes import completions  # the cut-off probe (qa.text reads the profiles: asked here)

    stem = word[:-1]
    ends = ("ados", "adas", "idos", "idas") if plural else ("ado", "ada", "ido", "ida")
    number = "p" if plural else "s"
    forms = {*completions(word, lex), *(stem + end for end in ends)}
    cands = [c for c in forms if (tags := readings(c, lex))
             and any(r[0] == "P" and r[2] == number for r in tags) and not any(r[0] == "V" for r in tags)]
    gerund = _gerund_of(word, lex, readings)
    if gerund is not None:
        cands.append(gerund)
    return max(sorted(cands), key=lex.zipf) if cands else None


def _after_noun_determiner(words, texts, i: int, text: str, lex, readings) -> bool:
    """Does a determiner that is never a pronoun (``NOUN_DETERMINERS``)
    stand right before word ``i``, or before a word between that can only
    be an adjective (``su propia existen feroz``: ``existencia``), single
    spaces between? ``texts``: the words as written."""
    # the determiners are looked for first, as written: most words follow none
    k = i - 1
    if texts[k] in NOUN_DETERMINERS_WRITTEN:
        return text[words[k].end:words[i].start] == " "
    if k < 1 or texts[k - 1] not in NOUN_DETERMINERS_WRITTEN:
        return False
    tags = readings(words[k].text.lower(), lex)
    return (bool(tags) and all(r[0] == "A" for r in tags) and text[words[k].end:words[i].start] == " "
            and text[words[k - 1].end:words[k].start] == " ")


def _infinitive_after_al(texts, i: int, lex, readings) -> str | None:
    """After ``al`` the infinitive whose ``r`` a cut took from word ``i``
    (``al afirma que``: ``afirmar``): ``al`` opens a clause of time with an
    infinitive far more often than a noun that a finite verb is the cut
    of. Before ``de`` or ``del`` the word heads a noun phrase (``al
    funciona del sistema``: ``funcionamiento``), and None is returned, as
    elsewhere and where the dictionary holds no such infinitive."""
    if texts[i - 1].lower() != AL or (i + 1 < len(texts) and texts[i + 1] in OF_WORDS):
        return None
    infinitive = texts[i] + "r"
    return infinitive if readings(infinitive, lex) == INFINITIVE else None


def _noun_of(word: str, lex, readings) -> str | None:
    """The noun or adjective a finite verb after a determiner is the damage
    of: the commonest of its completions and its one-letter-longer forms
    that the dictionary reads as a noun or an adjective and never as a
    finite verb (``reunió`` -> ``reunión``)."""
    cands = [c for c in longer_forms(word, lex) if (tags := readings(c, lex))
             and any(r[0] in "NA" for r in tags) and not any(r[0] == "V" for r in tags)]
    return max(cands, key=lex.zipf) if cands else None


def longer_forms(word: str, lex) -> list[str]:
    """The common words ``word`` is a cut-off end or a dropped letter of
    (its completions and its one-letter-longer forms), sorted, so that the
    commonest of those a caller keeps is taken alike on every run."""
    from ..text.probes import completions, one_letter_longer  # (qa.text reads the profiles: asked here)

    return sorted({*completions(word, lex), *one_letter_longer(word, lex)})


def _third_person_completion(word: str, lex, readings) -> str | None:
    """A completion of a first person singular that is a finite verb and
    may be a third person: only a third person first, then the commonest
    (``dije`` -> ``dijeron``)."""
    from ..text.probes import completions  # the cut-off probe (qa.text reads the profiles: asked here)

    cands = []
    for c in completions(word, lex):
        tags = readings(c, lex)
        if tags and all(r[0] == "V" for r in tags) and any(r in ("V-s3", "V-p3") for r in tags):
            cands.append((all(r[-1] == "3" for r in tags), lex.zipf(c), c))
    return max(cands)[2] if cands else None


def _narrated(words, i: int, text: str, lex, readings) -> bool:
    """Is the first person at ``i`` right after a third-person subject's
    head: a common noun (``del banco dije``), which may also spell a verb
    (``gobierno``), or a name? After a determiner, a preposition, an
    adjective or a verb the word is the noun (``un traje``, ``en pie``,
    ``con buen pie``, ``dio pie``)."""
    prev = words[i - 1]
    if text[prev.end:words[i].start] != " ":
        return False
    tags = readings(prev.text.lower(), lex)
    if prev.text[:1].isupper():
        return not any(r[0] in _NOT_NAME for r in tags)
    return any(r[0] == "N" for r in tags) and all(r[0] in "NV" for r in tags)


def _after_opening_plural(words, i: int, text: str, sentence, lex, readings,
                          names_inside: list[frozenset[str]]) -> bool:
    """Does the singular verb at ``i`` follow a plural noun with no
    determiner that opens its sentence (``Militares ingresa a la
    fuerza``)? Inside a sentence a plural noun right before a verb may end
    another phrase (``el número de militares ingresa``); opening it, it is
    the subject (after a determiner: ``qa.lang.es_plural_subject``)."""
    k = i - 1
    head_word = words[k].text
    # the letters first (a plural ends in "s"), the sentences only then
    if head_word[-1:] != "s" or not head_word[1:].islower() or text[words[k].end:words[i].start] != " ":
        return False
    if sentence[k] != sentence[i] or (k >= 1 and sentence[k - 1] == sentence[k]):
        return False
    head = readings(head_word.lower(), lex) - SECOND_PERSON
    if not head or not any(r[0] == "N" for r in head) or not all(r[0] in "NA" and r[2] == "p" for r in head):
        return False
    # a capital opening the sentence may be a name's (``Vargas dice``,
    # ``Ciudadanos cambia``): read only when the document writes the word
    # nowhere else with its capital inside a sentence
    if not names_inside:
        names_inside.append(_capitals_inside(words, sentence))
    return head_word not in names_inside[0]


def _capitals_inside(words, sentence) -> frozenset[str]:
    """The capitalised words the document writes anywhere but at a
    sentence's start (names: ``dijo Vargas``)."""
    return frozenset(tok.text for j, tok in enumerate(words)
                     if j and tok.text[:1].isupper() and sentence[j - 1] == sentence[j])


def _after_plural_head(words, i: int, text: str, sentence, lex, readings) -> bool:
    """Does the singular verb at ``i`` follow ``plural noun + de + phrase``
    opening its clause (``miembros del sector médico continúa``, ``porque
    las reglas de la FIFA dice``)?"""
    k, phrase = i - 1, []
    # a negation or an adverb may stand before the verb ("Los asteroides
    # de este tamaño no suele")
    while i - k <= _BETWEEN_REACH and k > 0 and words[k].text in _BETWEEN_HEAD_AND_VERB:
        k -= 1
    # the walk reads the words alone, the sentences once at its end: a
    # sentence is a run of words, so a "de" in the verb's sentence has
    # only words of that sentence after it
    while k > 0 and words[k].text.lower() not in OF_WORDS:
        phrase.append(k)
        k -= 1
        if len(phrase) > _DE_PHRASE:
            return False
    if k <= 0 or not phrase or words[k].text.lower() not in OF_WORDS or (
            sentence[k] != sentence[i]):
        return False
    if any(text[words[j].end:words[j + 1].start] != " " for j in range(k - 1, i)):
        return False
    named = False  # the phrase needs a noun or a name: "de la cubre" is no phrase
    for j in phrase:
        word = words[j].text
        # a second person is no reading of a lower-case word in news copy
        # ("personas" is the noun), but a capital's verb reading is kept: a
        # scraped prompt ("Puedes leer: ...") opens with one and is no name
        every = readings(word.lower(), lex)
        tags = every - SECOND_PERSON
        if word[:1].isupper() and not any(r[0] in _NOT_NAME for r in every):
            named = True
            continue
        # (an article is a noun too: "la", the note)
        named = named or (any(r[0] == "N" for r in tags) and not any(r[0] == "D" for r in tags))
        # a noun may also spell a verb form ("gobierno"): a noun reading settles it
        # an article is a clitic too ("de la FIFA")
        # a determiner is a pronoun too ("este", "algunos")
        classes = "DKNAPVR" if any(r[0] == "D" for r in tags) else "DKNAPV"
        if not tags or not all(r[0] in classes for r in tags) or (
                any(r[0] == "V" for r in tags) and not any(r[0] == "N" for r in tags)):
            return False
    if not named:
        return False
    # the head before "de"; a head that is itself a "de" phrase's noun hangs
    # on the head before that ("Los votos de los electores de California
    # coloca": "votos"), up to _OUTER_HEADS of them
    for _ in range(_OUTER_HEADS):
        m = _plural_head_before(words, k, i, sentence, lex, readings)
        if m is None:
            return False
        if (m < 0 or sentence[m] != sentence[i] or "," in text[words[m].end:words[m + 1].start]
                or _opener_before(words, m, text, sentence)):
            return True
        if words[m].text.lower() not in OF_WORDS or text[words[m].end:words[m + 1].start] != " ":
            return False
        k = m
    return False


def _plural_head_before(words, k: int, i: int, sentence, lex, readings) -> int | None:
    """The index of the word before the plural head (and its determiner)
    that stands before the ``de`` at ``k``; None where that word is no
    lower-case plural noun."""
    head_word = words[k - 1].text
    # a capital makes a title or a name ("Los Demonios del Edén relata"),
    # but for the sentence's first word ("Expresidentes de América Latina
    # respalda")
    opens = k - 1 == 0 or sentence[k - 2] != sentence[i]
    if not (head_word.islower() or opens and head_word[1:].islower()):
        return None
    m = k - 2
    determined = m >= 0 and sentence[m] == sentence[i] and words[m].text.lower() in _PLURAL_DETERMINERS
    head = readings(head_word.lower(), lex) - SECOND_PERSON  # "reglas" spells a verb's second person too
    # after its determiner a participle is a noun too ("las nevadas de")
    classes = "NAP" if determined else "NA"
    if not head or not any(r[0] == "N" for r in head) or not all(
            r[0] in classes and r[2] == "p" for r in head):
        return None
    return m - 1 if determined else m
