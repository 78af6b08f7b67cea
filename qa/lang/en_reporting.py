"""English places that ask for a reporting verb: ``The exchange sad it raised``.

``said`` is the commonest verb of news, and a dropped letter leaves a
word of it (``aid``, ``sad``, ``sid``), as of ``says`` (``ays``) and
``told`` (``old``). A trigram reads ``The exchange sad it`` against
``The exchange said it`` and prefers ``said``, but often by less than the
flag asks (on the calibration half such damage scored 0.05 to 1.03 log10
points under it), because ``aid that`` or ``sad it`` reads well enough
on its own.

Grammar narrows the place: a reporting verb stands between its subject
(a noun, a name, a subject pronoun, or the start of a run of words after
a comma: ``Ortner, who stressed ..., aid he thought``) and the clause it
reports (``that``, a subject pronoun, a determiner, a name, or a subject
with no determiner: ``K Mart aid consolidated sales``), or it ends the
attribution after a quote or a clause, where its subject fills the run
of words (``..., Engineering Measurements sid.``, ``, AIBD sai.``). There
the context check credits a reporting verb among the word's candidates
(``qa.checkers.context_word``, the profile's ``word_places``); the trigram
must still prefer it. A subject that may be an adjective (``economic aid
that``, ``military aid it``) makes the place a noun's, not a verb's, and
so does a preposition or a verb before the words at a run's end (``in
Contra aid.``, ``to increase aid,``).
"""
from __future__ import annotations

from . import en_tags
from .en_tags import ADJECTIVE, NAME, NOUN
from ..text.ngram import END, START

# The verbs that report speech in news, in the forms narration uses.
REPORTING_VERBS = frozenset({"said", "says", "told", "added"})
# What opens the reported clause (a name is a word the model does not
# know: None), and what may stand as the subject before the verb.
CLAUSE_OPENERS = frozenset(
    "that it he she they we there its his her their the this these".split()) | {None}
SUBJECT_PRONOUNS = frozenset("it he she they we".split())
# A word before the place that cannot be its subject: the place is then a
# noun's (``foreign aid that``, ``the aid it``) or an object's.
NOT_SUBJECT = frozenset(
    """
    the a an its their his her our this that these those to of in on at by for from with
    and or but as than not no any some more most
    """.split())
NOT_SUBJECT_TAGS = frozenset({"JJ", "JJR", "JJS", "DT", "IN", "PRP$"})
# What starts a subject with no determiner: an adjective, a participle or
# an -ing form read as one, a plural noun.
BARE_SUBJECT_STARTS = frozenset({"JJ", "JJR", "JJS", "NNS", "VBN", "VBG"})
# An attribution that ends its run: its subject's words (``Engineering
# Measurements``, ``a spokesman``) and the determiners it may open with.
MOST_SUBJECT_WORDS = 4
# Before the subject's head its words may be adjectives (``Lucky Stores``).
NOT_MODIFIER_TAGS = NOT_SUBJECT_TAGS - ADJECTIVE
DETERMINERS = frozenset("the a an its their his her our this".split())


def words_asked(words, at: int, word: str, lex) -> frozenset[str]:
    """The reporting verbs the place of ``word`` (``words[at]``, the run as
    the word model reads it) asks for; empty for none."""
    before, after = words[at - 1], words[at + 1]
    if before in NOT_SUBJECT:
        return frozenset()
    table = en_tags.for_lexicon(lex)
    if after == END:
        # the attribution that ends its sentence or a quote (``, AIBD sai.``,
        # ``, the company sid.``): its subject fills the run up to the verb
        # (``in Contra aid.``, ``to increase aid,`` end an object)
        return REPORTING_VERBS if _whole_run_subject(words, at, table) else frozenset()
    # the reported clause opens with ``that``, a pronoun, a determiner, a
    # name, or a subject with no determiner (``K Mart aid consolidated sales``)
    if after not in CLAUSE_OPENERS and (table is None or not _opens_clause(table.readings(after))):
        return frozenset()
    if before == START or before is None or before in SUBJECT_PRONOUNS:
        return REPORTING_VERBS
    if table is None:
        return frozenset()
    return REPORTING_VERBS if ends_subject(table.readings(before)) else frozenset()


def _whole_run_subject(words, at: int, table) -> bool:
    """Is everything before ``words[at]`` in its run a subject: a noun or a
    name (a word the model or the dictionary does not know) right before
    it, up to ``MOST_SUBJECT_WORDS`` such words or adjectives before that
    (``Lucky Stores``, ``the new company``), a determiner before them, the
    run's start before that?"""
    if table is None:
        return False
    k = at - 1
    while k > 0 and at - k <= MOST_SUBJECT_WORDS and words[k] not in DETERMINERS and (
            words[k] is None or words[k] in SUBJECT_PRONOUNS
            or (ends_subject if k == at - 1 else _modifier)(table.readings(words[k]))
            or _in_a_joined_name(words, k, at, table)):
        k -= 1
    if k < at - 1 and words[k] in DETERMINERS:
        k -= 1
    return k < at - 1 and words[k] == START


# Joins the parts of a firm's name (``S and P``, ``Procter and Gamble``:
# the newswire writes "&" as "and").
NAME_JOIN = "and"


def _in_a_joined_name(words, k: int, at: int, table) -> bool:
    """Is ``words[k]``, inside the run before ``words[at]``, ``and`` after a
    part of a name, or that part (``S and P aid.``, ``Procter and Gamble
    sad.``)? A part of a name is a letter standing alone or a word the
    dictionary does not list, or lists as a name only."""
    if words[k] == NAME_JOIN:
        return 0 < k < at - 1 and _name_part(words[k - 1], table)
    return words[k + 1] == NAME_JOIN and k + 1 < at - 1 and _name_part(words[k], table)


def _name_part(word, table) -> bool:
    return word is None or (word not in (START, END) and (len(word) == 1 or _name(table.readings(word))))


def ends_subject(tags: frozenset[str]) -> bool:
    """Does a word of these readings end a subject: a noun that is no
    adjective (``economic aid that`` is a noun's phrase), or a word the
    dictionary does not list (a name the word model knows: ``TENERA LP aid
    it``)?"""
    return not tags or bool(tags & NOUN and not tags & NOT_SUBJECT_TAGS)


def _modifier(tags: frozenset[str]) -> bool:
    """May a word of these readings stand in a subject before its head: a
    noun, an adjective (``Lucky Stores``), a word the dictionary does not list?"""
    return not tags or bool(tags & (NOUN | ADJECTIVE) and not tags & NOT_MODIFIER_TAGS)


def _opens_clause(tags: frozenset[str]) -> bool:
    """A word that opens a reported clause: a name, or what starts a
    subject with no determiner (``consolidated sales``, ``profits rose``)."""
    return _name(tags) or bool(tags & BARE_SUBJECT_STARTS)


def _name(tags: frozenset[str]) -> bool:
    """A name the word model knows (``Toray``): a word the dictionary does
    not list, or lists as a proper noun only."""
    return not tags or tags <= NAME
