"""Spanish verbs that lost their accent after their subject, or with nothing to govern them.

News narrates in the third person, past or future: ``El gobierno tomó``,
``Zavala dejará``. A lost accent turns those verbs into real words that
read as something else: ``tomo``/``contrato``/``anuncio`` (a noun or a
first-person present), ``dejara``/``quedara`` (an imperfect subjunctive).
The tagging dictionary (``qa.lang.es_tags``) settles both readings, and the
word before settles the slot:

- a singular noun or a name (or one of them and its adjective: ``El
  Senado estadounidense respaldo``) is a third-person subject; a noun
  right after another noun, with no determiner, is rare in Spanish, and a
  first person after a third-person subject is out of place, so a word
  whose readings are only those (noun, adjective, first-person present)
  is the preterite ``-ó`` with its accent lost (``la campaña de Trump
  contrato a`` → ``contrató``);
- a relative ``que`` is a third-person subject as well (``un tiroteo
  que dejo ocho muertos`` → ``dejó``), but in a comparison (``más que
  apoyo``); only the preterite is read there (``que`` governs a
  subjunctive);
- a comma that closes a name in apposition (``el nuevo dueño de los
  Mets, Steve Cohen, anuncio``) or a quotation (``"...", comento en
  declaraciones``) closes the subject, or what a reporting verb reports:
  the verb comes next, and only the preterite is read there;
- an object pronoun may stand between the subject and the preterite
  (``el presidente lo cuestiono``): it goes before a verb only.

An imperfect subjunctive needs something to govern it (``que``, ``si``,
``para``, ``cuando``, ``quien``...) earlier in its sentence (not ``lo
cual``, which links a consequence, nor the ``que`` of a comparison: ``más
grande que un autobús``); with nothing of the kind before, it is the
future ``-á`` with its accent lost (``-aran``: ``-arán``), whatever
stands right before it: its
subject (``Margarita Zavala dejara en`` → ``dejará``), an object pronoun
(``Una vez ratificada, se necesitara``), ``y`` after another verb
(``abandonará al PAN y buscara``), ``pero`` (``pero comenzara a
funcionar``).

A name's words stand one space apart, and one that a preposition governs
is no subject (``a Juan Carlos``), but ``de`` and ``del`` may end one
(``La campaña de Trump``, ``El partido del Gobierno``).

A conditional ``si`` opens its own clause, so ``si`` between a subject
that opens its sentence and its finite verb is the affirmative ``sí``
(``Peña si tiene``, ``Los grandes bancos si creen``).

A quoted speaker may say "I", so quotes are left alone, and a word right
after a name that opens its sentence is left alone too (a name there is
only a capital).
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import compress, islice, repeat
from operator import itemgetter
from typing import Iterator

from ..text.quotes import inside_quotes
from .es_number import genders_agree
from .es_tags import INFINITIVE
from .es_wordfacts import Fact, document_facts

# On the calibration half's clean pool (101,631 words) the preterite fact
# flagged no clean word; a warning on its own (qa.checkers.wordclass).
PRETERITE_CONFIDENCE = 0.55
FUTURE_CONFIDENCE = 0.55
# Words that govern a subjunctive somewhere after them in the sentence:
# where one stands before the verb, ``-ara`` may be meant.
SUBJUNCTIVE_GOVERNORS = frozenset("""
    que si como cuando aunque para quien quienes cual cuales donde mientras hasta
    ojalá antes después sin cuanto cuanta tal quizá quizás acaso
    """.split())
# Words that open a clause of cause, whose verb is an indicative: a
# governor before one governs no verb after it (``que comience el torneo,
# pues la jugadora pasara``); ``ya que``, ``puesto que``, ``dado que`` and
# ``así que`` likewise.
CAUSAL_CONNECTIVES = frozenset(("pues",))
CAUSAL_BEFORE_QUE = frozenset("ya puesto dado así".split())
# Words before "que" that make it a comparison ("más que apoyo", "antes que
# nada", "más subvenciones que los españoles"), not a relative; read by
# es_plural_subject too.
COMPARATIVES = frozenset("""
    más menos mayor mayores menor menores mejor mejores peor peores tanto tanta tantos tantas
    antes
    """.split())
# How far back a comparative makes "que" compare ("más grande que un
# autobús").
COMPARISON_REACH = 4
# Object pronouns that are nothing else, and those that are articles too;
# either stands before a verb, and after its subject one may come between
# it and its verb.
OBJECT_CLITICS = frozenset("me te se nos os le les".split())
ARTICLE_CLITICS = frozenset("lo la los las".split())
CLITICS = OBJECT_CLITICS | ARTICLE_CLITICS
# The ending of an imperfect subjunctive plural a lost accent leaves of a
# future (``tomaran``: ``tomarán``); the word facts read the singular.
PLURAL_SUBJUNCTIVE = "aran"
# A verb that a lost accent turned into an adjective (``amplía``) is a
# third person or an imperative ...
VERB_READINGS = frozenset({"V-s3", "V-s2"})
# ... and its object opens with an article or a possessive, as any verb's
# does (read by es_infinitive_verbs and es too).
OBJECT_OPENERS = frozenset("el la los las un una unos unas su sus".split())
# Singular determiners that open a subject of a noun and its adjective,
# either of which may be the other class too (``El fiscal general``).
SUBJECT_DETERMINERS = frozenset("el la este esta ese esa aquel aquella".split())
# The clitics that make an infinitive the speaker's (``intento
# refugiarme``); the adverbs before a first person that governs one (``no
# intento``; a pronoun, a clitic or a determiner is read by its class: ``yo
# intento``, ``lo intento hacer``, ``el logro``).
SPEAKERS_CLITICS = ("me", "nos", "te")
FIRST_PERSON_ADVERBS = frozenset("no ya también".split())
# The feminine ones, after which a feminine word and a masculine noun make
# no phrase (``La pareja poso``: the verb ``posó``).
FEMININE_DETERMINERS = frozenset("la esta esa aquella".split())
# Readings a word left by a lost ``-ó`` may have: a noun, an interjection,
# the first-person present it spells. An adjective may follow its noun
# (``un caso concreto``), so a word that may be one is left alone.
_PRETERITE_WORD = frozenset("NJ")
# The accented form must be this common (zipf) and at most this much rarer
# than the word as written.
MIN_ZIPF = 2.5
MAX_RARER = 1.5
# ... unless it is this common whatever the word (``trabajó`` beside
# ``trabajo``, 4.2 and 5.8).
COMMON_ZIPF = 4.0
# Readings that disqualify the word before as a subject head: a
# determiner, pronoun, clitic, preposition, conjunction, adverb, numeral or
# verb of its own (``gobierno`` is also "I govern"; that reading is allowed).
_NOT_SUBJECT = frozenset("DRKSCBZIGP")
# Each closing quotation mark with its opening one: a quotation closed by a
# comma is followed by its reporting verb ...
QUOTE_OPENERS = {'"': '"', "”": "“", "»": "«", "'": "'", "’": "‘"}
# ... when it quotes words said, not a title or a term (``'online',
# trabajos``): at least this many spaces inside.
QUOTED_SPACES = 2
# Closing marks whose lost opener is read as the paragraph's start: the
# double ones (a single one may be an apostrophe: ``l’``).
LOST_OPENER_MARKS = frozenset('"”»')
# The last letters of the preterite's and the future's first persons, and
# of the future's third person plural ...
ENDINGS = ("o", "a", PLURAL_SUBJUNCTIVE)
# ... and the fewest letters of a form this check reads.
SHORTEST = 4


def subject_slots(doc, lex, readings, facts: list[tuple] | None = None) -> Iterator[tuple]:
    """(token, accented form, confidence) for each word right after a
    third-person subject that is a preterite's lost accent, and each
    future's lost accent with nothing before it to govern a subjunctive.
    ``readings`` is the profile's word -> readings look-up; ``facts``: the
    document's word facts (``es_wordfacts.document_facts``), when read
    already."""
    words, text, texts = doc.words, doc.text, doc.word_texts
    if facts is None:
        facts = document_facts(doc, lex)
    sentence: WordSentences | None = None  # made at the first candidate: most documents have none
    # only a word ending in "o" or "a" can be such a form: those are found
    # in one pass over the document's words
    endings = map(str.endswith, texts, repeat(ENDINGS))
    for i in compress(range(1, len(words)), islice(endings, 1, None)):
        tok, word = words[i], texts[i]
        if not word.islower() or len(word) < SHORTEST:
            continue
        found = facts[i][Fact.SUBJECT_VERB]
        if found is None and word.endswith(PLURAL_SUBJUNCTIVE):
            plural = future_of(word, lex, readings)
            found = None if plural is None else (plural, "future")
        if found is None:
            continue
        cand, kind = found
        if sentence is None:
            sentence = WordSentences(doc)
        if kind == "future":
            # nothing to govern a subjunctive before it: the future, whatever
            # stands right before it
            if _governed(words, i, sentence):
                continue
        elif not (_after_subject(words, i, text, sentence, lex, readings)
                  or _after_relative(words, i, text, sentence)
                  or _after_closed_subject(words, i, text, sentence, lex, readings)
                  or _after_subject_and_clitic(words, i, text, sentence, lex, readings)
                  or _before_infinitive(words, i, text, sentence, lex, readings)):
            continue
        if inside_quotes(doc, tok.start, tok.end):
            continue
        yield tok, cand, PRETERITE_CONFIDENCE if kind == "preterite" else FUTURE_CONFIDENCE


class WordSentences:
    """Each word's sentence number (``doc.sentences``), indexed like
    ``doc.words`` and found by bisection when asked: the Spanish slot facts
    ask only around a rare candidate, so most words never need one."""

    __slots__ = ("_starts", "_words")

    def __init__(self, doc):
        self._starts = [start for start, _ in doc.sentences]
        self._words = doc.words

    def __getitem__(self, k: int) -> int:
        return max(bisect_right(self._starts, self._words[k].start) - 1, 0)


def live_verb_reading(word: str, lex, readings) -> tuple[str, str] | None:
    """(accented form, "preterite" or "future") when ``word`` is one lost
    accent from a third-person preterite or future whose slot it could not
    fill itself, worked out (a run reads it from the word's facts,
    ``es_wordfacts``)."""
    found = None
    tags = readings(word, lex)
    if word.endswith("o") and "V-s1" in tags and all(
            r[0] in _PRETERITE_WORD or r == "V-s1" for r in tags):
        found = _third_person(word[:-1] + "ó", word, "preterite", lex, readings)
    elif word.endswith("ara") and tags == frozenset({"V-s1", "V-s3"}):
        found = _third_person(word[:-1] + "á", word, "future", lex, readings)
    return found


def _third_person(cand: str, word: str, kind: str, lex, readings) -> tuple[str, str] | None:
    """(cand, kind) when ``cand`` is only a third-person verb and common
    enough beside ``word`` to be what was written (``respectó``, ``agostó``
    are dictionary words no news writes)."""
    ctags = readings(cand, lex)
    if not ctags or any(r != "V-s3" for r in ctags) or not written_beside(cand, word, lex):
        return None
    return cand, kind


def written_beside(cand: str, word: str, lex) -> bool:
    """Is ``cand`` a form news writes, beside ``word``: at least
    ``MIN_ZIPF``, and at most ``MAX_RARER`` rarer than ``word`` unless
    ``COMMON_ZIPF``?"""
    z = lex.zipf(cand)
    return z >= MIN_ZIPF and (z >= lex.zipf(word) - MAX_RARER or z >= COMMON_ZIPF)


def future_of(word: str, lex, readings) -> str | None:
    """The future ``word`` is with its accent lost (``cobrara`` →
    ``cobrará``, ``tomaran`` → ``tomarán``), when ``word`` is only an
    imperfect subjunctive, the future only a third person, written beside
    it (``written_beside``)."""
    if not word.islower():
        return None
    if word.endswith("ara"):
        future, persons = word[:-1] + "á", frozenset({"V-s1", "V-s3"})
    elif word.endswith("aran"):
        future, persons = word[:-2] + "án", frozenset({"V-p3"})
    else:
        return None
    future_tags = readings(future, lex)
    if readings(word, lex) != persons or not future_tags or not future_tags <= persons - {"V-s1"}:
        return None
    return future if written_beside(future, word, lex) else None


def _noun_only(word: str, lex, readings) -> bool:
    """A singular noun that can be nothing but a noun (or a finite verb:
    ``gobierno``, ``droga``): an adjective's noun reading (``fuerte``,
    ``pequeño``) stands before nouns too."""
    tags = readings(word, lex)
    return any(r[0] == "N" and r[2] in "sc" for r in tags) and all(
        r[0] in "NV" for r in tags)


def _name_at(words, k, text, sentence, lex, readings) -> bool:
    """Is word ``k`` a capitalised name inside its sentence, not the object
    of a preposition (``a Juan Carlos``; ``de Trump``, ``del Gobierno`` may
    end a subject)? The name's words stand one space apart: after a comma
    another phrase ends (``Tras su paso por Perú, Trump``)."""
    word = words[k].text
    if not word[:1].isupper() or k == 0 or sentence[k - 1] != sentence[k]:
        return False
    if any(r[0] in _NOT_SUBJECT for r in readings(word.lower(), lex)):
        return False  # a function word with a capital: "En agosto", "Mi marido"
    j = _name_start(words, k, text, sentence) - 1
    if j < 0 or sentence[j] != sentence[k] or text[words[j].end:words[j + 1].start] != " ":
        return True
    before = words[j].text
    return before in ("de", "del") or not any(r[0] == "S" for r in readings(before, lex))


def _head(words, k, text, sentence, lex, readings) -> bool:
    """Is word ``k`` a singular noun or a name that can head a subject?"""
    word = words[k].text
    if word[:1].isupper():
        return _name_at(words, k, text, sentence, lex, readings)
    return _noun_only(word, lex, readings)


def _after_subject(words, i, text, sentence, lex, readings) -> bool:
    prev = words[i - 1]
    if text[prev.end:words[i].start] != " " or sentence[i - 1] != sentence[i]:
        return False
    if _head(words, i - 1, text, sentence, lex, readings):
        return True
    # a subject and its adjective: "El Senado estadounidense respaldo"
    if i < 2 or not prev.text.islower() or text[words[i - 2].end:prev.start] != " ":
        return False
    tags = readings(prev.text, lex)
    if not tags or not all(r[0] in "AN" and r[2] in "sc" for r in tags):
        return False
    if any(r[0] == "A" for r in tags) and _head(words, i - 2, text, sentence, lex, readings):
        return True
    return (_after_determined_pair(words, i, text, sentence, lex, readings)
            or _after_feminine_subject(words, i, text, sentence, lex, readings))


def _after_feminine_subject(words, i, text, sentence, lex, readings) -> bool:
    """Is word ``i``, whose noun readings are only masculine, right after a
    feminine singular determiner and a word that is only a feminine (or
    common) singular noun or adjective (``La pareja poso para``)? That
    word cannot be an adjective before the masculine noun (no ``la pareja
    poso`` as a phrase), so it heads the subject and word ``i`` is its
    verb."""
    if i < 2 or words[i - 2].text.lower() not in FEMININE_DETERMINERS or (
            text[words[i - 2].end:words[i - 1].start] != " " or sentence[i - 2] != sentence[i]):
        return False
    tags = readings(words[i - 1].text, lex)
    if not tags or not all(r[0] in "AN" and r[1] in "fc" and r[2] in "sc" for r in tags):
        return False
    nouns = [r for r in readings(words[i].text, lex) if r[0] == "N"]
    return bool(nouns) and all(r[1] == "m" for r in nouns)


def _after_determined_pair(words, i, text, sentence, lex, readings) -> bool:
    """Is word ``i`` right after a singular determiner, a noun and an
    adjective, each only a singular noun or adjective (``El fiscal general
    comento``)? The determiner opens the subject: its noun may be an
    adjective too (``fiscal``), which ``_head`` leaves alone; two
    adjectives before their noun are no subject (``el último mayor
    registro``)."""
    if i < 3 or words[i - 3].text.lower() not in SUBJECT_DETERMINERS:
        return False
    first, second = words[i - 2], words[i - 1]
    if not first.text.islower() or text[words[i - 3].end:first.start] != " " or (
            text[first.end:second.start] != " " or sentence[i - 3] != sentence[i]):
        return False
    first_tags = readings(first.text, lex)
    return all(r[0] in "AN" and r[2] in "sc" for r in first_tags) and any(
        r[0] == "N" for r in first_tags)


def _before_infinitive(words, i, text, sentence, lex, readings) -> bool:
    """Is word ``i`` right before an infinitive it governs (``El FBI (...)
    logro penetrar``, ``Periscope, intento aclarar``), after a punctuation
    mark or a word that is no pronoun, clitic, determiner or negation
    (``yo intento``, ``lo intento hacer``, ``no intento``: a speaker's
    first person; ``el logro``: a noun)? A noun takes no bare infinitive,
    and narration no first person: the verb is the preterite."""
    if i + 1 >= len(words) or text[words[i].end:words[i + 1].start] != " " or (
            sentence[i + 1] != sentence[i]):
        return False
    infinitive = words[i + 1].text
    if readings(infinitive, lex) != INFINITIVE or infinitive.endswith(SPEAKERS_CLITICS):
        return False  # "intento refugiarme": the speaker's own verb
    before = words[i - 1].text.lower()
    if text[words[i - 1].end:words[i].start] == " " and (
            before in FIRST_PERSON_ADVERBS or any(r[0] in "RKPD" for r in readings(before, lex))):
        return False
    return True


def _after_subject_and_clitic(words, i, text, sentence, lex, readings) -> bool:
    """Is word ``i`` right after an object pronoun that follows its
    subject (``el presidente lo cuestiono``)? A clitic stands before a verb
    only, so the word is the verb, and its subject's."""
    if i < 2 or words[i - 1].text not in CLITICS or text[words[i - 1].end:words[i].start] != " ":
        return False
    return _after_subject(words, i - 1, text, sentence, lex, readings)


def _after_closed_subject(words, i, text, sentence, lex, readings) -> bool:
    """Is word ``i`` right after a comma that closes a name in apposition
    (``el nuevo dueño de los Mets, Steve Cohen, anuncio``) or a quotation
    (``"Si ponen la pelea en otro lado", comento en declaraciones``)? Each
    closes the subject, or the words a reporting verb reports: the verb
    comes next, and narration's verb is a third person. A quotation of one
    or two words is a title or a term (``“en línea”, contrato incluido``),
    after which a list may go on."""
    if i < 2 or sentence[i - 1] != sentence[i]:
        return False
    if after_closed_quotation(words, i, text):
        return True
    between = text[words[i - 1].end:words[i].start]
    if between != ", " or not words[i - 1].text[:1].isupper():
        return False
    k = _name_start(words, i - 1, text, sentence)
    if k == 0 or sentence[k - 1] != sentence[i] or text[words[k - 1].end:words[k].start] != ", ":
        return False
    # a name's first word, never a function word or a verb with a capital
    if any(r[0] in _NOT_SUBJECT or r[0] == "V" for r in readings(words[k].text.lower(), lex)):
        return False
    # a name a comma opens too before it: a list (``Ana, Luis, Pedro,``),
    # whose last comma closes no apposition
    before = k - 1
    if words[before].text[:1].isupper():
        j = _name_start(words, before, text, sentence)
        return not (j > 0 and text[words[j - 1].end:words[j].start] == ", ")
    return True


def after_closed_quotation(words, i: int, text: str) -> bool:
    """Is word ``i`` right after a closing quotation mark and a comma
    (``"...", comento``), the quotation holding words said: at least
    ``QUOTED_SPACES`` spaces (not a title or a term: ``“en línea”,
    contrato incluido``)? A double mark whose paragraph opens none before
    it lost its opener in scraping (``Sí a la tolerancia", dio Anaya``):
    the quotation runs from the paragraph's start."""
    between = text[words[i - 1].end:words[i].start]
    if len(between) != 3 or between[1:] != ", " or between[0] not in QUOTE_OPENERS:
        return False
    closed = words[i - 1].start
    opened = text.rfind(QUOTE_OPENERS[between[0]], 0, closed)
    if between[0] in LOST_OPENER_MARKS:  # no earlier than the paragraph's start
        opened = max(opened, text.rfind("\n", 0, closed) + 1)
    return opened >= 0 and text.count(" ", opened, words[i - 1].end) >= QUOTED_SPACES


def _name_start(words, k, text, sentence) -> int:
    """The first word of the run of capitalised words, one space apart,
    that ends at word ``k``, in its sentence."""
    while k > 0 and sentence[k - 1] == sentence[k] and words[k - 1].text[:1].isupper() and (
            text[words[k - 1].end:words[k].start] == " "):
        k -= 1
    return k


def _governed(words, i, sentence) -> bool:
    """Does a word that may govern a subjunctive stand before word ``i``
    in its sentence? Not ``lo cual``, which links a consequence (``por lo
    cual la compañía continuará``), nor the ``que`` of a comparison (``más
    grande que un autobús``)."""
    k = i - 1
    while k >= 0 and sentence[k] == sentence[i]:
        word = words[k].text.lower()
        if word in CAUSAL_CONNECTIVES or (
                word == "que" and k > 0 and words[k - 1].text.lower() in CAUSAL_BEFORE_QUE):
            return False  # a clause of cause: the indicative (", pues la jugadora pasara")
        if word in SUBJUNCTIVE_GOVERNORS and not (
                (word == "cual" and k > 0 and words[k - 1].text.lower() == "lo")
                or (word == "que" and compares(words, k, sentence))):
            return True
        k -= 1
    return False


def compares(words, k, sentence) -> bool:
    """Is ``que`` at ``k`` the second half of a comparison: a comparative
    at most ``COMPARISON_REACH`` words before it in its sentence?"""
    return any(words[m].text.lower() in COMPARATIVES and sentence[m] == sentence[k]
               for m in range(max(k - COMPARISON_REACH, 0), k))


def _after_relative(words, i, text, sentence) -> bool:
    """Is word ``i`` right after a relative ``que``, its subject (``un
    tiroteo en Georgia que dejo ocho muertos``)? A noun without a
    determiner after ``que`` is rare but in a comparison (``más que
    apoyo``), and a first person is out of place where news narrates."""
    prev = words[i - 1]
    if prev.text != "que" or text[prev.end:words[i].start] != " " or sentence[i - 1] != sentence[i]:
        return False
    return i < 2 or words[i - 2].text.lower() not in COMPARATIVES


def verbs_read_as_adjectives(doc, lex, readings, facts: list[tuple] | None = None) -> Iterator[tuple]:
    """(token, verb, confidence) for each word that is only an adjective,
    one accent from a third-person verb (``amplia``: ``amplía``), right
    after its subject: after a noun whose gender it cannot agree with
    (``el dolor varia en``), or after a name, before the verb's object (``El
    Gobierno amplia su oferta``). An adjective that agrees with its noun is
    left alone (``un triunfo amplio el martes``). ``facts``: the document's
    word facts, when read already."""
    words, text, texts = doc.words, doc.text, doc.word_texts
    if facts is None:
        facts = document_facts(doc, lex)
    sentence = None
    # only the words with an accented neighbour are visited
    # (a document of figures alone has no word: no slice to take)
    has_neighbours = map(itemgetter(Fact.NEIGHBOURS), islice(facts, 1, max(1, len(words) - 1)))
    for i in compress(range(1, len(words) - 1), has_neighbours):
        tags = readings(texts[i], lex)
        if not tags or any(r[0] != "A" for r in tags):
            continue
        verb = next((cand for cand, ctags in facts[i][Fact.NEIGHBOURS] if ctags <= VERB_READINGS), None)
        if verb is None:
            continue
        if sentence is None:
            sentence = WordSentences(doc)
        if not _after_subject(words, i, text, sentence, lex, readings):
            continue
        if texts[i - 1][:1].isupper():
            # a name's gender is unknown: the verb's object must follow
            if texts[i + 1] not in OBJECT_OPENERS or text[words[i].end:words[i + 1].start] != " ":
                continue
        elif not _gender_clash(texts[i - 1], tags, lex, readings):
            continue  # an adjective that agrees (``un triunfo amplio el martes``)
        if not inside_quotes(doc, words[i].start, words[i].end):
            yield words[i], verb, PRETERITE_CONFIDENCE


def _gender_clash(head: str, tags: frozenset[str], lex, readings) -> bool:
    """Can adjective readings ``tags`` not agree in gender with noun
    ``head`` (``dolor``, masculine; ``varia``, feminine)?"""
    heads = {r[1] for r in readings(head, lex) if r[0] == "N"} if head.islower() else set()
    return bool(heads) and not any(genders_agree(heads, r[1]) for r in tags)


def affirmative_si(doc, lex, readings) -> Iterator[tuple]:
    """(token, "sí", confidence) for ``si`` between a subject that opens its
    sentence and its finite verb (``Peña si tiene``, ``Los grandes bancos
    si creen``): a conditional ``si`` opens its own clause, so right after a
    bare subject and before a verb it is the affirmative ``sí``."""
    words, text = doc.words, doc.text
    sentence = None
    # the "si" found in one pass over the document's words, not a test per word
    inner = islice(doc.word_texts, 1, max(1, len(words) - 1))
    for i in compress(range(1, len(words) - 1), map("si".__eq__, inner)):
        if sentence is None:
            sentence = WordSentences(doc)
        if sentence[i - 1] != sentence[i] or sentence[i + 1] != sentence[i]:
            continue
        if text[words[i - 1].end:words[i].start] != " " or text[words[i].end:words[i + 1].start] != " ":
            continue
        verb = readings(words[i + 1].text, lex)
        if not verb or any(r[0] != "V" or r[2] not in "sp" for r in verb):
            continue
        if not _subject_opens_sentence(words, i - 1, sentence, lex, readings):
            continue
        if inside_quotes(doc, words[i].start, words[i].end):
            continue
        yield words[i], "sí", PRETERITE_CONFIDENCE


def _subject_opens_sentence(words, k, sentence, lex, readings) -> bool:
    """Is word ``k`` the head of a subject that opens its sentence: a name
    (``Peña``), or a noun after a determiner and at most one adjective, the
    determiner first in the sentence (``Los grandes bancos``)?"""
    start = k
    while start > 0 and sentence[start - 1] == sentence[k]:
        start -= 1
    word = words[k].text
    if word[:1].isupper():
        # a capital opening the sentence may be any word: a name's first
        # word can be no verb (``Pregunta si tiene sentido``) nor a
        # function word
        return all(w.text[:1].isupper() for w in words[start:k + 1]) and not any(
            r[0] in _NOT_SUBJECT or r[0] == "V" for r in readings(words[start].text.lower(), lex))
    tags = readings(word, lex)
    if not tags or any(r[0] not in "NA" for r in tags) or not any(r[0] == "N" for r in tags):
        return False
    if k - start not in (1, 2):
        return False
    return any(r[0] == "D" for r in readings(words[start].text.lower(), lex))
