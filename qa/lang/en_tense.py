"""The tense an English passage is told in, as evidence for a lost ``-ed``.

A trigram reads ``Ministry officials decline to say`` and ``Ministry
officials declined to say`` equally well: both are English. The sentence
around it is not: a news story tells what happened in the past, and when
every other finite verb of the sentence is past (``..., but said they were
working``) a bare present after its subject is more likely a past form
that lost its end (``U.S. refined production decline to 117,600 tons``,
``Security Pacific announce its intention``). The tagging dictionary
(``qa.lang.en_tags``) says which words can be finite verbs and in which
tense:

- a word is past evidence when it can be a past form (``VBD``) and never a
  present one (``said``, ``were``, ``rose``);
- it is present evidence when it can be a present form (``VBZ``, ``VBP``)
  and is no past form, noun or adjective (``is``, ``has``, ``expect``), or a
  modal of the present (``will``, ``can``): a plural noun that is a third
  person too (``shares``) says nothing;
- the sentence decides when it holds a finite verb besides the word; one
  that holds none (``committee staff members announce.`` after a list)
  leaves it to the rest of its paragraph.

The word itself must stand where a finite verb does: after a noun, a name
or a subject pronoun (or an adverb after one: ``Black and Decker also
violate``), never after a determiner, a possessive, a preposition, ``to``,
a modal or ``do`` (``the decline in``, ``will decline to``), nor a subject
after ``that`` (``asked that he resign``: a subjunctive). A word that is a
past as written too (``forecast``, ``cut``) is asked nothing.
``past_asked`` gives the endings (``-ed``) such a place asks of the word
and the candidates it refuses (a third person that is no plural noun); ``Garble.Context`` credits
its inflections with the one and withholds any other credit from those
with the other (``qa.checkers.context_tense``).
"""
from __future__ import annotations

from bisect import bisect_left

from . import en_tags
from .en_places import DETERMINERS, PREPOSITIONS
from .en_tags import ADJECTIVE, NOUN

BARE_OR_PRESENT = frozenset({"VB", "VBP"})
PRESENT = frozenset({"VBZ", "VBP"})
PAST = frozenset({"VBD"})
NOT_PRESENT_EVIDENCE = NOUN | ADJECTIVE | {"VBD", "VBN"}
PRESENT_MODALS = frozenset("will can may must shall 'll".split())
# A relative pronoun is left out: its clause tells a general fact in the
# present ("substances which combine with antibodies").
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
PLURAL_OR_NAME = frozenset({"NNS", "NNP", "NNPS"})
NOT_SUBJECT_END = frozenset({"VB", "VBP", "VBZ", "VBD", "VBN", "VBG", "MD", "DT", "PRP$", "IN", "TO"})
# Words after which a bare verb is an infinitive or a noun, whatever tense
# the story is told in ("will decline to", "did not announce", "to remain").
NO_FINITE_VERB_AFTER = (DETERMINERS | PREPOSITIONS | PRESENT_MODALS | frozenset(
    """
    to would could might should do does did not n't never let make makes made help helps
    'd 's ' a an these those some any no every each all both many several more most such
    """.split()))
# Words after which a verb is an infinitive, whatever the tense told.
NOT_FINITE_AFTER = PRESENT_MODALS | frozenset(
    "to would could might should do does did not n't never 'd".split())
RELATIVE_PRONOUNS = frozenset("who which that".split())
POSSESSIVE = ("'s", "\u2019s", "s'")
# What a past told all through asks of a bare present: its -ed.
_ASKED = ("ed",)
_NOTHING = ((), frozenset(), False)


def past_asked(doc, g: int, word: str, cands: tuple[str, ...],
               lex) -> tuple[tuple[str, ...], frozenset[str], bool]:
    """(the endings the passage asks of ``word``, the document's token
    ``g``; those of its ``cands`` it refuses; whether a word of the
    sentence dates it in the past): (``-ed``; the third persons, which a
    place asking an inflection, ``said it complete``, credits as much as
    the past; ``last night``) for a bare present in a finite verb's place
    of a sentence (or, when the sentence holds no other finite verb, of a
    paragraph) whose other finite verbs are all past; ((), frozenset(),
    False) for none, or when the tagging dictionary is not installed. A
    plural noun is not refused (``European consume goods``: ``consumers``)."""
    table = en_tags.for_lexicon(lex)
    if table is None:
        return _NOTHING
    tags = table.readings(word)
    # a past as written already (forecast, cut) is asked nothing
    if not tags & BARE_OR_PRESENT or tags & PAST:
        return _NOTHING
    toks = doc.tokens
    if not _finite_verb_place(toks, g, tags, table):
        return _NOTHING
    sentence = doc.sentence_of(toks[g].start)
    told = _tense_told(toks, g, sentence, table)
    if told is None:
        paragraph = next((p for p in doc.paragraphs if p[0] <= toks[g].start < p[1]), None)
        if paragraph is not None:
            told = _tense_told(toks, g, paragraph, table)
    if told != "past":
        return _NOTHING
    refused = frozenset(c for c in cands if _third_person(table.readings(c)))
    return _ASKED, refused, _dated_past(toks, sentence)


# Words that date a sentence in the past whatever its verbs say
# ("arrive here last night"): "yesterday", "ago", "last" before a span of
# time.
PAST_TIME = frozenset("yesterday ago".split())
# Adverbs between a subject and its verb that put it in the present
# ("yen bonds now rank second").
PRESENT_TIME = frozenset("now currently".split())
PAST_SPANS = frozenset("""night week weekend month year quarter monday tuesday
    wednesday thursday friday saturday sunday spring summer autumn fall winter""".split())


def _dated_past(toks, span: tuple[int, int]) -> bool:
    """Does a word of the text span ``span`` date it in the past
    (``yesterday``, ``two years ago``, ``last week``)?"""
    lo = bisect_left(toks, span[0], key=_start)
    for k in range(lo, len(toks)):
        tok = toks[k]
        if tok.start >= span[1]:
            break
        lower = tok.text.lower()
        if lower in PAST_TIME or (lower in PAST_SPANS and k > 0 and toks[k - 1].text.lower() == "last"):
            return True
    return False


def _third_person(tags: frozenset[str]) -> bool:
    return "VBZ" in tags and not tags & NOUN


def _finite_verb_place(toks, g: int, word_tags: frozenset[str], table) -> bool:
    """Does the word at ``toks[g]`` follow its subject: a noun, a name or a
    subject pronoun, or an adverb after one, with nothing between? A word
    that may be a noun follows a plural, a name or a pronoun only: after a
    singular noun it is more often the head of a compound (``a government
    pledge to``, ``a 0.50 yen raise in``)."""
    plural_only = bool(word_tags & NOUN)
    before = _word_before(toks, g)
    if before is None:
        return False
    if _subject_at(toks, before, table, plural_only):
        return True
    lower = toks[before].text.lower()
    if lower in NO_FINITE_VERB_AFTER or lower in PRESENT_TIME or "RB" not in table.readings(lower):
        return False
    two_before = _word_before(toks, before)
    return two_before is not None and _subject_at(toks, two_before, table, plural_only)


def _subject_at(toks, k: int, table, plural_only: bool) -> bool:
    """Can ``toks[k]`` end the subject of a finite verb after it: a subject
    end (``_subject_end``) that no count or ``that`` opens, nor a word
    that makes its clause no narration (``_not_narrated``), or ``who``
    after a comma, whose clause tells of its person as the story does
    (``The aide, who declined to be identified, said``)?"""
    if toks[k].text.lower() == "who":
        return k > 0 and toks[k - 1].text == ","
    return (_subject_end(toks[k].text, table, plural_only, _heads_phrase(toks, k, table))
            and not _counted(toks, k) and not _not_narrated(toks, k, table))


# Words before a subject whose verb then tells no past: a condition or a
# time to come ("if the owners refuse to"), or a verb whose object's verb
# is a bare infinitive ("saw attendance levels reach", "help it increase").
NOT_NARRATED_AFTER = frozenset(
    """
    if unless once until whenever let lets make makes made help helps helped see sees saw
    watch watched hear heard
    """.split())
# The most words a subject's noun phrase is read back over.
PHRASE_WORDS = 4


def _not_narrated(toks, k: int, table) -> bool:
    """Does one of ``NOT_NARRATED_AFTER`` stand before the noun phrase
    that ``toks[k]`` ends (its determiners, modifiers and names)?"""
    start = k
    for _ in range(PHRASE_WORDS):
        before = _word_before(toks, start)
        if before is None:
            return False
        lower = toks[before].text.lower()
        tags = table.readings(lower)
        if lower in NOUN_PHRASE_OPENERS or lower in ("a", "an") or (tags and tags <= NOUN | ADJECTIVE):
            start = before
            continue
        return lower in NOT_NARRATED_AFTER
    return False


FUNCTION_WORD = frozenset({"MD", "DT", "PRP$", "IN", "TO", "CC", "WDT", "WP", "PRP"})
NOUN_PHRASE_OPENERS = frozenset("the his her its their our my your these those".split())


def _heads_phrase(toks, k: int, table) -> bool:
    """Does ``toks[k]`` end a noun phrase that a determiner, a possessive
    or a word that is only a noun or an adjective opens (``the companies``,
    ``bank guarantee``), so that it is a noun here though a verb too?"""
    before = _word_before(toks, k)
    if before is None:
        return False
    lower = toks[before].text.lower()
    if lower in NOUN_PHRASE_OPENERS or lower.endswith(POSSESSIVE):
        return True
    tags = table.readings(lower)
    return bool(tags) and tags <= (NOUN | ADJECTIVE)


def _counted(toks, k: int) -> bool:
    """Is ``toks[k]`` a noun after a number or ``a``: a modifier inside a
    noun phrase (``a 0.50 yen raise in``), not a subject's head? Or a
    subject after ``that``, whose clause may be a subjunctive's (``asked
    that he resign``)?"""
    return k > 0 and (toks[k - 1].kind == "number" or toks[k - 1].text.lower() in ("a", "an", "that"))


def _subject_end(text: str, table, plural_only: bool, phrase_head: bool = False) -> bool:
    """Can ``text`` end a subject: a subject pronoun, a name the dictionary
    does not know, or a word that is a noun and never a verb or a function
    word (``are`` is a noun to it, ``levels`` a verb); only a plural or a
    proper noun when ``plural_only``?"""
    lower = text.lower()
    if lower in NO_FINITE_VERB_AFTER or lower.endswith(POSSESSIVE):
        return False
    if lower in SUBJECT_PRONOUNS:
        return True
    tags = table.readings(text)
    if not tags:
        return text[:1].isupper()  # a name the dictionary does not know
    if tags & NOT_SUBJECT_END and not (phrase_head and not tags & FUNCTION_WORD):
        return False
    return bool(tags & (PLURAL_OR_NAME if plural_only else NOUN))


def _word_before(toks, g: int) -> int | None:
    """The index of the word token just before ``toks[g]``, None when
    another token (a mark, a number) stands there."""
    if g == 0 or toks[g - 1].kind != "word":
        return None
    return g - 1


def _tense_told(toks, g: int, span: tuple[int, int], table) -> str | None:
    """"past" when the finite verbs of the text span ``span`` other than
    ``toks[g]`` are all past (one at least), "present" when one is present,
    None when it holds none."""
    lo = bisect_left(toks, span[0], key=_start)
    past = False
    for k in range(lo, len(toks)):
        tok = toks[k]
        if tok.start >= span[1]:
            break
        if k == g or tok.kind != "word" or not _may_be_finite(toks, k, span[0], table):
            continue
        lower = tok.text.lower()
        if lower in PRESENT_MODALS:
            return "present"
        tags = table.readings(lower)
        if not tags:
            continue
        if tags & PRESENT and not tags & NOT_PRESENT_EVIDENCE:
            return "present"
        if tags & PAST and not tags & (PRESENT | BARE_OR_PRESENT):
            past = True
    return "past" if past else None


def _may_be_finite(toks, k: int, begin: int, table) -> bool:
    """Can ``toks[k]`` be a finite verb that tells the passage's tense? Not
    after ``to``, a modal or ``do`` (or an adverb after one: ``to further
    develop``), where it is an infinitive whatever the tense (``agree to
    begin``); not right after a relative pronoun, whose clause tells a
    standing fact (``a settlement that prohibits``); not a capitalised word
    inside its sentence, which is a name (``Merrill Lynch``)."""
    if toks[k].start > begin and toks[k].text[:1].isupper() and not _opens_sentence(toks, k):
        return False
    before = _word_before(toks, k)
    if before is None:
        return True
    lower = toks[before].text.lower()
    if lower in NOT_FINITE_AFTER or lower in RELATIVE_PRONOUNS:
        return False
    if "RB" in table.readings(lower):
        two_before = _word_before(toks, before)
        return two_before is None or toks[two_before].text.lower() not in NOT_FINITE_AFTER
    return True


def _opens_sentence(toks, k: int) -> bool:
    return k == 0 or toks[k - 1].text in (".", "!", "?", '"', "\u201c")


def _start(tok) -> int:
    return tok.start
