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
reports (``that``, a subject pronoun, a determiner, a name). There the
context check credits a reporting verb among the word's candidates
(``qa.checkers.context_word``, the profile's ``word_places``); the trigram
must still prefer it. A subject that may be an adjective (``economic aid
that``, ``military aid it``) makes the place a noun's, not a verb's.
"""
from __future__ import annotations

from . import en_tags
from .en_tags import NOUN
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


def words_asked(words, at: int, word: str, lex) -> frozenset[str]:
    """The reporting verbs the place of ``word`` (``words[at]``, the run as
    the word model reads it) asks for; empty for none."""
    before, after = words[at - 1], words[at + 1]
    if after == END or before in NOT_SUBJECT:
        return frozenset()
    table = en_tags.for_lexicon(lex)
    if after not in CLAUSE_OPENERS and (table is None or not _name(table.readings(after))):
        return frozenset()
    if before == START or before is None or before in SUBJECT_PRONOUNS:
        return REPORTING_VERBS
    if table is None:
        return frozenset()
    tags = table.readings(before)
    # a subject ends in a noun that is no adjective (``economic aid that``
    # is a noun's phrase), or in a word the dictionary does not list (a
    # name the word model knows: ``TENERA LP aid it``)
    if not tags or (tags & NOUN and not tags & NOT_SUBJECT_TAGS):
        return REPORTING_VERBS
    return frozenset()


def _name(tags: frozenset[str]) -> bool:
    """A name the word model knows (``Toray``): a word the dictionary does
    not list, or lists as a proper noun only."""
    return not tags or tags <= {"NNP", "NNPS"}
