"""Spanish infinitives that lost their ``r`` after a verb that takes one.

A dropped letter or a cut-off end that takes an infinitive's last ``r``
(``reconocer`` → ``reconoce``, ``calcular`` → ``calcula``) leaves the third
person singular of the present, a real word. ``es._infinitive_slots``
reads such a form after the prepositions and modal verbs that govern an
infinitive (``para``, ``poder``, ``deber``); this module reads it after the
verbs of will, effort, request and cause that take a bare infinitive as
their object (``decidir``, ``impedir``, ``lograr``, ``pedir``, ``hacer``: ``eso no le impide
reconoce que`` → ``reconocer``, ``los hace explota`` → ``explotar``) and
after ``tras`` (``tras presenta su libro`` → ``presentar``). Two finite
verbs never stand side by side there: the object of such a verb is an
infinitive or a clause that ``que`` opens.

The tagging dictionary (``qa.lang.es_tags``) settles both words: the word
after can only be a finite verb (or also an adjective: ``inserta``), and
the same letters with ``r`` added are an infinitive. A word the dictionary
also reads as a noun is left alone on either side: ``la falta afecta``,
``el intento fracasa`` (the noun is the subject), ``decidió habla`` (a
noun may be the object: ``permite acceso a``), unless an article or a
possessive follows the word: a bare noun object does not take one, a
verb's object does (``buscará mejora las condiciones`` → ``mejorar``). A
participle governs only in a compound tense (``hemos logrado accede``); after a noun it is an
adjective (``el acuerdo logrado permite``). Only the ``r`` is put back: a
cut-off probe reads a short verb as a longer one's start (``es`` for
``estar``), and a finite verb does follow another in a pseudo-cleft
(``lo que hace es volver``).
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

from ..text.pairs import one_space
from .es_subject import OBJECT_OPENERS
from .es_verbforms import PERFECT_AUXILIARIES

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
LOST_INFINITIVE_CONFIDENCE = 0.55

# The finite forms, infinitive and gerund of verbs that take a bare
# infinitive as their object (third persons and the commonest tenses: news
# narrates). Forms the dictionary also reads as a noun (``intento``,
# ``deseo``, ``falta``) are dropped by the check itself.
GOVERNING_VERBS = frozenset("""
    decide deciden decidió decidieron decidía decidían decidirá decidirán decidiría decidirían
    decida decidan decidiera decidieran decidir decidiendo
    impide impiden impidió impidieron impedía impedían impedirá impedirán impediría impedirían
    impida impidan impidiera impidieran impedir impidiendo
    logra logran logró lograron lograba lograban logrará lograrán lograría lograrían
    logre logren lograra lograran lograr logrando
    consigue consiguen consiguió consiguieron conseguía conseguían conseguirá conseguirán
    conseguiría conseguirían consiga consigan consiguiera consiguieran conseguir consiguiendo
    intenta intentan intentó intentaron intentaba intentaban intentará intentarán intentaría
    intentarían intente intenten intentara intentaran intentar intentando
    pretende pretenden pretendió pretendieron pretendía pretendían pretenderá pretenderán
    pretendería pretenderían pretenda pretendan pretender pretendiendo
    necesita necesitan necesitó necesitaron necesitaba necesitaban necesitará necesitarán
    necesitaría necesitarían necesite necesiten necesitar
    desea desean deseó desearon deseaba deseaban deseará desearía desee deseen desear
    prefiere prefieren prefirió prefirieron prefería preferían preferirá preferiría preferirían
    prefiera prefieran preferir
    permite permiten permitió permitieron permitía permitían permitirá permitirán permitiría
    permitirían permita permitan permitiera permitieran permitir permitiendo
    hace hacen hizo hicieron hacía hacían hará harán haría harían haga hagan hiciera hicieran
    hacer haciendo
    deja dejan dejó dejaron dejaba dejaban dejará dejarán dejaría dejarían deje dejen dejara
    dejaran dejar dejando
    promete prometen prometió prometieron prometía prometían prometerá prometer prometiendo
    evita evitan evitó evitaron evitaba evitaban evitará evitarán evitaría evite eviten evitar
    evitando
    procura procuran procuró procuraron procuraba procurar procurando
    planea planean planeó planearon planeaba planeaban planear planeando
    acordó acordaron acordaban acordar
    acepta aceptan aceptó aceptaron aceptaba aceptar
    teme temen temió temieron temía temían temer
    buscan buscó buscaron buscaba buscaban buscará buscarán buscaría busque busquen buscar buscando
    pide piden pidió pidieron pedía pedían pedirá pedirán pediría pida pidan pidiera pedir pidiendo
    espera esperan esperó esperaron esperaba esperaban esperará esperarán esperar esperando
    propone proponen propuso propusieron proponía proponer proponiendo
    ordena ordenan ordenó ordenaron ordenaba ordenar
    solicita solicitan solicitó solicitaron solicitaba solicitar
    recomienda recomiendan recomendó recomendaron recomendaba recomendar
    sugiere sugieren sugirió sugirieron sugería sugerir
    exige exigen exigió exigieron exigía exigir
    tras
    """.split())
# A word that is a noun too is read after them only before an article or a
# possessive that opens its object (``es_subject.OBJECT_OPENERS``:
# ``buscará mejora las condiciones``): a noun object is followed by its own
# complement, not by a determiner, except a noun one of them takes bare in a
# set phrase: "hace falta una solución" (on the 398 clean articles, the one
# such phrase met).
BARE_OBJECT_NOUNS = frozenset({"falta"})
# "hace" and "hacía" before a span of time say how long ago (``pidió hace
# dos semanas``): never read as a lost infinitive.
AGO = frozenset(("hace", "hacía"))
# Their participles, which govern only after a form of ``haber``.
GOVERNING_PARTICIPLES = frozenset("""
    decidido impedido logrado conseguido intentado pretendido necesitado deseado preferido
    permitido dejado prometido evitado procurado planeado acordado aceptado temido buscado
    """.split())
# Forms of "haber" before a governing participle: the perfect's auxiliaries
# (qa.lang.es_verbforms).
HABER = PERFECT_AUXILIARIES
_OPENERS = GOVERNING_VERBS | GOVERNING_PARTICIPLES


def lost_infinitives(doc, lex, readings) -> Iterator[tuple]:
    """(token, infinitive, confidence) for each finite verb right after a
    verb that takes a bare infinitive, when the form with ``r`` added is
    that infinitive. ``readings`` is the profile's word -> readings look-up.

    >>> from qa.document import Document
    >>> from qa.lexicon import Lexicon
    >>> from qa.lang.es import readings
    >>> doc = Document.from_text("Eso no le impide reconoce que perdió.", language="es")
    >>> [(tok.text, form) for tok, form, _ in lost_infinitives(doc, Lexicon("es"), readings)]
    [('reconoce', 'reconocer')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    verdicts = lex.memo("es.lost-infinitive")
    # only the governing verbs, as written in lower case, are visited
    for i in compress(range(len(texts) - 1), map(_OPENERS.__contains__, texts)):
        governor, tok = texts[i], words[i + 1]
        if not one_space(text, words[i], tok) or any(r[0] == "N" for r in readings(governor, lex)):
            continue
        if governor in GOVERNING_PARTICIPLES and not (
                i and texts[i - 1].lower() in HABER and one_space(text, words[i - 1], words[i])):
            continue
        word = tok.text
        if word in AGO:
            continue
        found = verdicts.get(word, False)
        if found is False:
            found = verdicts[word] = _infinitive_with_r(word, lex, readings)
        if (found is None and word not in BARE_OBJECT_NOUNS and i + 2 < len(texts)
                and texts[i + 2] in OBJECT_OPENERS and one_space(text, tok, words[i + 2])):
            found = _infinitive_with_r(word, lex, readings, "VAN")
        if found is not None:
            yield tok, found, LOST_INFINITIVE_CONFIDENCE


def _infinitive_with_r(word: str, lex, readings, classes: str = "VA") -> str | None:
    """``word`` + ``r`` when ``word`` can only be a finite verb (or also of
    the other ``classes``: by default an adjective) and that is an
    infinitive."""
    if not (word.islower() and word.isalpha()) or word[-1] not in "aeií":
        return None
    tags = readings(word, lex)
    if not any(r[0] == "V" for r in tags) or any(r[0] not in classes for r in tags):
        return None
    return word + "r" if "I---" in readings(word + "r", lex) else None
