"""Where an English bare verb stands as a finite verb after its subject.

``qa.lang.en_tense`` asks a lost ``-ed`` only of a word in a finite
verb's place, read from the tagging dictionary (``qa.lang.en_tags``): after
a noun, a name or a subject pronoun, or an adverb after one (``Black and
Decker also violate``); never after a determiner, a possessive, a
preposition, ``to``, a modal or ``do`` (``the decline in``, ``will decline
to``). A word that may itself be a noun (``decline``) follows a plural, a
name or a pronoun only: after a singular noun it is more often a
compound's head (``a government pledge to``). A noun that is a verb too
ends a subject where a determiner or a modifier opens its phrase (``the
companies agree``), and ``who`` does after a comma (``The aide, who
decline to be identified,``). A subject after a count (``a 0.50 yen
raise``), ``that`` (``asked that he resign``: a subjunctive), ``if``
(``if the owners refuse``) or a verb whose object takes a bare infinitive
(``saw attendance levels reach``) has no narrated verb, nor has one
after ``now``.
"""
from __future__ import annotations

from .en_places import DETERMINERS, PREPOSITIONS
from .en_tags import ADJECTIVE, NOUN

PRESENT_MODALS = frozenset("will can may must shall 'll".split())
# A relative pronoun is left out: its clause tells a general fact in the
# present ("substances which combine with antibodies").
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
PLURAL_OR_NAME = frozenset({"NNS", "NNP", "NNPS"})
NOT_SUBJECT_END = frozenset({"VB", "VBP", "VBZ", "VBD", "VBN", "VBG", "MD", "DT", "PRP$", "IN", "TO"})
# Words after which a verb is an infinitive, whatever tense the story is
# told in ("will decline to", "did not announce", "to remain").
NOT_FINITE_AFTER = PRESENT_MODALS | frozenset(
    "to would could might should do does did not n't never 'd".split())
# ... and those after which a bare verb is an infinitive or a noun.
NO_FINITE_VERB_AFTER = (DETERMINERS | PREPOSITIONS | NOT_FINITE_AFTER | frozenset(
    """
    let make makes made help helps
    's ' a an these those some any no every each all both many several more most such
    """.split()))
POSSESSIVE = ("'s", "\u2019s", "s'")
# Adverbs between a subject and its verb that put it in the present
# ("yen bonds now rank second").
PRESENT_TIME = frozenset("now currently".split())
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
# Readings that keep a word that is a verb too from ending a subject even
# inside a noun phrase.
FUNCTION_WORD = frozenset({"MD", "DT", "PRP$", "IN", "TO", "CC", "WDT", "WP", "PRP"})
NOUN_PHRASE_OPENERS = frozenset("the his her its their our my your these those".split())


def finite_verb_place(toks, g: int, word_tags: frozenset[str], table) -> bool:
    """Does the word at ``toks[g]`` follow its subject: a noun, a name or a
    subject pronoun, or an adverb after one, with nothing between? A word
    that may be a noun follows a plural, a name or a pronoun only: after a
    singular noun it is more often the head of a compound (``a government
    pledge to``, ``a 0.50 yen raise in``)."""
    plural_only = bool(word_tags & NOUN)
    before = word_before(toks, g)
    if before is None:
        return False
    if _subject_at(toks, before, table, plural_only):
        return True
    lower = toks[before].text.lower()
    if lower in NO_FINITE_VERB_AFTER or lower in PRESENT_TIME or "RB" not in table.readings(lower):
        return False
    two_before = word_before(toks, before)
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


def _not_narrated(toks, k: int, table) -> bool:
    """Does one of ``NOT_NARRATED_AFTER`` stand before the noun phrase
    that ``toks[k]`` ends (its determiners, modifiers and names)?"""
    start = k
    for _ in range(PHRASE_WORDS):
        before = word_before(toks, start)
        if before is None:
            return False
        lower = toks[before].text.lower()
        tags = table.readings(lower)
        if lower in NOUN_PHRASE_OPENERS or lower in ("a", "an") or (tags and tags <= NOUN | ADJECTIVE):
            start = before
            continue
        return lower in NOT_NARRATED_AFTER
    return False


def _heads_phrase(toks, k: int, table) -> bool:
    """Does ``toks[k]`` end a noun phrase that a determiner, a possessive
    or a word that is only a noun or an adjective opens (``the companies``,
    ``bank guarantee``), so that it is a noun here though a verb too?"""
    before = word_before(toks, k)
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


def word_before(toks, g: int) -> int | None:
    """The index of the word token just before ``toks[g]``, None when
    another token (a mark, a number) stands there."""
    if g == 0 or toks[g - 1].kind != "word":
        return None
    return g - 1
