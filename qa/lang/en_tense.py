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
POSSESSIVE = ("'s", "\u2019s", "s'")
# What a past told all through asks of a bare present: its -ed.
_ASKED = ("ed",)
_NOTHING = ((), frozenset())


def past_asked(doc, g: int, word: str, cands: tuple[str, ...],
               lex) -> tuple[tuple[str, ...], frozenset[str]]:
    """(the endings the passage asks of ``word``, the document's token
    ``g``; those of its ``cands`` it refuses): (``-ed``; the third persons,
    which a place asking an inflection, ``said it complete``, credits as
    much as the past) for a bare present in a finite verb's place of a
    sentence (or, when the sentence holds no other finite verb, of a
    paragraph) whose other finite verbs are all past; ((), frozenset()) for
    none, or when the tagging dictionary is not installed. A plural noun is
    not refused (``European consume goods``: ``consumers``)."""
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
    return _ASKED, frozenset(c for c in cands if _third_person(table.readings(c)))


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
    if _subject_end(toks[before].text, table, plural_only):
        return not _counted(toks, before)
    lower = toks[before].text.lower()
    if lower in NO_FINITE_VERB_AFTER or "RB" not in table.readings(lower):
        return False
    two_before = _word_before(toks, before)
    return (two_before is not None and _subject_end(toks[two_before].text, table, plural_only)
            and not _counted(toks, two_before))


def _counted(toks, k: int) -> bool:
    """Is ``toks[k]`` a noun after a number or ``a``: a modifier inside a
    noun phrase (``a 0.50 yen raise in``), not a subject's head? Or a
    subject after ``that``, whose clause may be a subjunctive's (``asked
    that he resign``)?"""
    return k > 0 and (toks[k - 1].kind == "number" or toks[k - 1].text.lower() in ("a", "an", "that"))


def _subject_end(text: str, table, plural_only: bool) -> bool:
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
    if tags & NOT_SUBJECT_END:
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
        if k == g or tok.kind != "word":
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


def _start(tok) -> int:
    return tok.start
