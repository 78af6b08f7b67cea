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
- only a word that may be finite is read: not one after ``to``, a modal or
  ``do`` (``agree to begin``), right after a relative pronoun (``a
  settlement that prohibits``: a standing fact) or a capitalised word
  inside its sentence (``Merrill Lynch``: a name);
- the sentence decides when it holds a finite verb besides the word; one
  that holds none (``committee staff members announce.`` after a list)
  leaves it to the rest of its paragraph;
- a word that dates the sentence in the past (``yesterday``, ``ago``,
  ``last week``) makes the past surer (``arrive here last night``).

The word itself must stand where a finite verb does, after its subject
(``qa.lang.en_finite_place``: ``Black and Decker also violate``, ``the
companies agree``, never ``the decline in`` or ``will decline to``). A
word that is a past as written too (``forecast``, ``cut``) is asked
nothing. ``past_asked`` gives the endings (``-ed``) such a place asks of
the word, the candidates it refuses (a third person that is no plural
noun) and whether the sentence is dated; ``Garble.Context`` credits its
inflections with the one and withholds any other credit from those with
the other (``qa.checkers.context_tense``).
"""
from __future__ import annotations

from bisect import bisect_left

from . import en_tags
from .en_finite_place import NOT_FINITE_AFTER, PRESENT_MODALS, finite_verb_place, word_before
from .en_tags import ADJECTIVE, NOUN

BARE_OR_PRESENT = frozenset({"VB", "VBP"})
PRESENT = frozenset({"VBZ", "VBP"})
PAST = frozenset({"VBD"})
NOT_PRESENT_EVIDENCE = NOUN | ADJECTIVE | {"VBD", "VBN"}
RELATIVE_PRONOUNS = frozenset("who which that".split())
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
    if not finite_verb_place(toks, g, tags, table):
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
    before = word_before(toks, k)
    if before is None:
        return True
    lower = toks[before].text.lower()
    if lower in NOT_FINITE_AFTER or lower in RELATIVE_PRONOUNS:
        return False
    if "RB" in table.readings(lower):
        two_before = word_before(toks, before)
        return two_before is None or toks[two_before].text.lower() not in NOT_FINITE_AFTER
    return True


def _opens_sentence(toks, k: int) -> bool:
    return k == 0 or toks[k - 1].text in (".", "!", "?", '"', "\u201c")


def _start(tok) -> int:
    return tok.start
