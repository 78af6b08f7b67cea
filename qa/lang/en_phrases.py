"""English number and tense read past a phrase's modifiers, a name and a
relative pronoun.

``qa.lang.en_places`` and ``qa.lang.en_agreement`` read a determiner or a
count right before a noun, a subject's noun right before its verb. Three
more places are read here, each in the tag table's classes
(``qa.lang.en_tags``):

- a singular noun ending its phrase after a count of many or a plural
  determiner and one or two modifiers (``68,000 Bell common share
  between``, ``115,000 Visa card holder and``): the plural;
- a word that can only be a bare verb (a noun or adjective reading news
  does not write aside: ``en_tags.used_readings``) right after a name, a
  word the dictionary does not list or lists as a singular proper noun
  only, as its subject (``Leclerc said Alcan decide it``, ``Aqazadeh
  arrive in``, ``Cossiga nominate Andreotti``;
  one adverb may stand between: ``Ferro also announce it``): the third
  person or the past; the same for a word that may be a noun
  too before what starts its object (``Chi-cheng reject a request``);
- such a verb after ``that``, ``which`` or ``who`` whose antecedent is a
  singular noun (``a settlement that prohibit Edelman``; a word that may
  be a noun too before what starts its object, the antecedent a noun that
  is a verb too after a determiner and a modifier: ``a charter provision
  that limit the``): the same; and
  after a form of ``be`` and an adverb in -ly (``is actively engage in``):
  the participle or the -ing form; after a determiner and an adverb in
  -ly, before a noun or an adjective (``the previously report first
  hole``): the participle; after ``has``, ``have`` or ``had`` and a word
  that is only an adverb (``has already decide to``), the word a noun too
  or not: the participle;
- a word that is only an adjective, between a subject noun and a past or
  a third person that is nothing else (``The automaker previous said``),
  or between an article and a participle that is nothing else before its
  noun (``the previous announced acquisition``): its adverb, when the
  dictionary reads its ``-ly`` form as one.

``endings_asked`` answers as ``qa.lang.en_places.endings_asked`` does, and
the context check credits the inflections with those endings (the
profile's ``class_places``, ``qa.lang.en.class_endings``); the trigram must
still prefer them (docs/context-models.md).

Must flag (with the trigram's preference): ``Leclerc said Alcan decide
it``, ``a settlement that prohibit Edelman``, ``services 115,000 Visa card
holder and``. Must not: ``a 20 million tonne capacity`` (a count inside a
modifier), ``bought 3 percent stake`` (a measure after the count), ``the
Laser 128 personal computer to`` (a count in a name's label), ``the rules
that prohibit`` (a plural antecedent), ``Japan and Alcan agree``, ``let
Alcan decide``, ``since EPAC in December indicate`` (a name after a
preposition is not the subject), ``they strongly support the`` (no
determiner before the adverb).
"""
from __future__ import annotations

from ..text.ngram import END, START
from . import en_tags
from .en_tags import ADJECTIVE, BARE_VERB, NOT_SINGULAR_HEAD, NOUN, SINGULAR_NOUN
from .en_places import (ARTICLES, BE_FORMS, MONTHS, PARTICIPLE, PLURAL_COUNTERS, PREPOSITIONS,
                        adverb_in_verb_group, ends_noun_phrase)

# A word inside a noun phrase before its head: an adjective, a noun, a
# participle used as one.
MODIFIER = frozenset({"JJ", "JJR", "JJS", "NN", "NN:UN", "NN:U", "VBN"})
MOST_MODIFIERS = 2
# A measure after a count makes a compound modifier of the phrase ("3
# percent stake", "ten million dollar loan", "20 million tonne capacity",
# "five year accord"): the head keeps its singular.
MEASURES = frozenset(
    """
    percent dollar dollars cent cents million billion thousand hundred year month week day hour
    minute mile tonne ton ounce barrel acre foot inch point share yen mark franc pound sterling
    stage part man member story seat bed lane
    """.split())
# Determiners that take a phrase of one ("the", "a", possessives) before a
# count make it a modifier ("the 1986/87 year", "a 150 billion franc loan").
DETERMINERS = frozenset("the a an its their his her our this that each every another".split())
# After "per" a count names the unit of a rate ("dlrs per 1,000 guilder
# bond on").
NOT_COUNTING = DETERMINERS | MONTHS | PLURAL_COUNTERS | {"per"}
# After a measure "of" or "per" ("13 head of cattle", "3/8 cent per kilo"),
# after a label "to" ("the Laser 128 personal computer to stop").
AFTER_A_MEASURE = frozenset({"of", "per", "to"})
NAME = frozenset({"NNP"})
# A subject's noun, and the verb forms after which an adjective stands for its adverb.
NOUNS_ONLY = frozenset({"NN", "NNS", "NN:UN", "NN:U", "NNP", "NNPS"})
FINITE = frozenset({"VBD", "VBZ"})
FINITE_OR_PARTICIPLE = FINITE | {"VBN"}
ADJECTIVE_ONLY = frozenset({"JJ"})
INFLECTED_VERB = frozenset({"VBD", "VBN", "VBZ", "VBG"})
# What starts a verb's object: after a name and a word that may be a noun
# or a verb, the verb reads (``Chi-cheng reject a request``).
OBJECT_STARTS = frozenset("a an the its his her their our no it them him us".split())
RELATIVES = frozenset({"who", "which", "that"})
# Words after which a noun that is a bare verb too is the noun: the
# singular determiners and "per".
NOUN_OPENERS = frozenset("a an the this its his her their our each every per".split())
ADVERB = frozenset({"RB"})
# Words after which a name and a bare verb make a clause of their own
# ("and Japan agree", "let Alcan decide", "demanded that Alcan sell", "will
# Alcan decide").
BARE_AFTER_OBJECT = frozenset(
    """
    and or nor both let make makes made help helps helped have has had see saw watch hear that
    will would can could shall should may might must do does did to
    """.split())


def endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """The endings the place of ``word`` (``words[at]``, the run as the word
    model reads it: ``START``/``END`` at its ends, None for a word it does
    not know) asks for, read past the modifiers before it, a name or a
    relative pronoun; () for none."""
    after = words[at + 1]
    table = en_tags.for_lexicon(lex)
    # nothing is asked without the table, of a word it does not list, or
    # beside a word the model does not know (but a name before an adjective)
    tags = table.readings(word) if table is not None else frozenset()
    if not tags or after is None:
        return ()
    if words[at - 1] is None:
        # a name the model does not know may be the subject before an
        # adjective that stands for its adverb (``GM previous said``)
        return _adverb_before_a_verb(words, at, word, tags, table) if tags == ADJECTIVE_ONLY else ()
    if "VB" in tags and not tags & INFLECTED_VERB:
        verb_only = en_tags.used_readings(word, tags, lex) <= BARE_VERB
        # a word that may be a noun too reads as a verb only before its object
        verb_here = verb_only or (after in OBJECT_STARTS and tags <= BARE_VERB | SINGULAR_NOUN)
        if (verb_here and _after_a_name(words, at, table)) or (
                verb_here and _relative_of_singular(words, at, table)):
            return ("s", "ed")
        if verb_only and _after_be_and_adverb(words, at, table):
            return ("ed", "ing")
        if _after_have_and_adverb(words, at, table):
            return ("ed",)
        if _participle_place(words, at, table):
            return ("ed",)
        if verb_only:
            return ()
    if tags == ADJECTIVE_ONLY and (adverb := _adverb_before_a_verb(words, at, word, tags, table)):
        return adverb
    if not tags & SINGULAR_NOUN or tags & NOT_SINGULAR_HEAD:
        return ()
    opener, modifiers = _phrase_opener(words, at, table)
    if opener in PLURAL_COUNTERS:
        # right after the count ``qa.lang.en_places`` reads the noun
        return ("s", "es", "ies") if modifiers and not tags & ADJECTIVE and _counted(
            words, at, modifiers, table) else ()
    return ()


def _adverb_before_a_verb(words, at: int, word: str, tags, table) -> tuple[str, ...]:
    """("ly",) for a word that is only an adjective (``state`` is a noun too:
    ``member state were``) whose ``-ly`` form the dictionary reads as an
    adverb, between a subject noun and a past or a third person that is
    nothing else (``The automaker previous said it``; the subject may be a
    name the dictionary or the model does not know: ``GM previous said``),
    or between an article and a participle that is nothing else before its
    noun (``the previous announced acquisition``): no adjective stands
    there."""
    # (the caller has settled that the word after is one the model knows)
    before, after = words[at - 1], words[at + 1]
    after_tags = table.readings(after)
    if not after_tags or not after_tags <= FINITE_OR_PARTICIPLE:
        return ()
    # the subject: a noun, or a name (a word the dictionary does not list,
    # which the model may not know either); none at the run's start
    before_tags = None if before in (START, END) else frozenset() if before is None else table.readings(before)
    if after_tags & FINITE and before_tags is not None and before_tags <= NOUNS_ONLY:
        return adverb_in_verb_group(word, tags, FINITE, after_tags, table)
    following = words[at + 2] if at + 2 < len(words) else END
    if (before in ARTICLES and "VBN" in after_tags and following is not None
            and following not in PREPOSITIONS and table.readings(following) & NOUN):
        return adverb_in_verb_group(word, tags, PARTICIPLE, after_tags, table)
    return ()


def _relative_of_singular(words, at: int, table) -> bool:
    """Is ``words[at]`` (only a bare verb) the verb of a relative clause
    whose antecedent is a singular noun (``a settlement that prohibit
    Edelman``)? Not at the end of a run."""
    if at < 3 or words[at - 1] not in RELATIVES or words[at + 1] == END:
        return False
    antecedent = words[at - 2]
    if antecedent in (None, START):
        return False
    tags = table.readings(antecedent)
    # a noun that is a bare verb too is the noun after a singular
    # determiner or "per" (``74 dlrs per share which represent``), or after
    # such a determiner and a modifier (``a charter provision that limit``)
    noun_here = not tags & BARE_VERB or words[at - 3] in NOUN_OPENERS or (
        at >= 4 and words[at - 4] in NOUN_OPENERS and words[at - 3] not in (None, START)
        and bool(table.readings(words[at - 3]) & (NOUN | ADJECTIVE)))
    return bool(tags & SINGULAR_NOUN) and not tags & NOT_SINGULAR_HEAD and noun_here


def _after_be_and_adverb(words, at: int, table) -> bool:
    """Is ``words[at]`` (only a bare verb) after a form of ``be`` and an
    adverb in -ly (``is actively engage in``)? A participle or an -ing form
    was meant, as right after ``be`` (``qa.lang.en_places``)."""
    adverb = words[at - 1]
    return (at >= 2 and words[at - 2] in BE_FORMS and adverb not in (START, END) and adverb.endswith("ly")
            and table.readings(adverb) == ADVERB)


# The perfect's auxiliaries (the English profile's first inflection slot too).
PERFECT_AUXILIARIES = frozenset("has have had having".split())
# Adverbs the dictionary reads in other classes too (``now`` a noun and a
# conjunction), read as adverbs between a perfect's auxiliary and a word
# that can only be a bare verb (``where it has now stabilize``): a noun
# reading of the word (``has now 30 branches``) is left alone.
PERFECT_ADVERBS = frozenset("now just since long recently".split())


def _after_have_and_adverb(words, at: int, table) -> bool:
    """Is ``words[at]`` (a bare verb, a noun too or not) after ``has``,
    ``have`` or ``had`` and a word that is only an adverb (``has already
    decide to``, ``has also limit the yield``, ``has unanimously
    approve``), or one of ``PERFECT_ADVERBS`` before a word that can only
    be a bare verb (``has now stabilize``)? A perfect's participle was
    meant, as right after ``has`` (the profile's ``inflection_slots``); a
    noun cannot stand there."""
    adverb = words[at - 1]
    if not (at >= 2 and words[at - 2] in PERFECT_AUXILIARIES and adverb not in (None, START, END)):
        return False
    return table.readings(adverb) == ADVERB or (
        adverb in PERFECT_ADVERBS and table.readings(words[at]) <= BARE_VERB)


def _participle_place(words, at: int, table) -> bool:
    """Is ``words[at]`` (a bare verb) where only its participle reads, after
    a determiner and an adverb in -ly, before a noun or an adjective (``its
    wholly own U.K. units``, ``the previously report first hole``)?"""
    before, after = words[at - 1], words[at + 1]
    return (at >= 2 and words[at - 2] in DETERMINERS and before not in (START, END)
            and before.endswith("ly") and table.readings(before) == ADVERB
            and after not in (None, END) and bool(table.readings(after) & (NOUN | ADJECTIVE)))


def _after_a_name(words, at: int, table) -> bool:
    """Is ``words[at]`` (only a bare verb) right after a name that is its
    subject (``Alcan decide it``, ``Aqazadeh arrive in``), or after it and
    one adverb (``Ferro also announce it``)? A name is a word
    the dictionary does not list or lists as a singular name only; not one
    ending in "s" (a plural), nor after "and" or a word that takes a bare
    verb after its object (``let Alcan decide``)."""
    after = words[at + 1]
    # one word that is only an adverb may stand between (``Ferro also announce it``)
    adverb = at >= 2 and words[at - 1] not in (None, START, END) and table.readings(words[at - 1]) == ADVERB
    k = at - 2 if adverb else at - 1
    name = words[k]
    if name in (None, START, END) or after == END or name.endswith("s"):
        return False
    tags = table.readings(name)
    if tags and tags != NAME:
        return False
    two_before = words[k - 1] if k >= 1 else START
    return (two_before is not None and two_before not in BARE_AFTER_OBJECT
            and two_before not in PREPOSITIONS and name not in MONTHS)


def _phrase_opener(words, at: int, table) -> tuple[object, int]:
    """(the word before the modifiers of ``words[at]``, how many there are):
    at most ``MOST_MODIFIERS`` words that may be adjectives, nouns or
    participles, none a determiner, a count or a measure."""
    k = at - 1
    while at - k <= MOST_MODIFIERS:
        w = words[k]
        if w in (None, START, END) or w in PLURAL_COUNTERS or w in DETERMINERS or w in MEASURES:
            break
        tags = table.readings(w)
        if not tags & MODIFIER or tags & {"NNS", "NNP", "NNPS", "PRP", "PRP$", "DT", "CD", "IN"}:
            break
        k -= 1
    return words[k], at - 1 - k


def _counted(words, at: int, modifiers: int, table) -> bool:
    """Does the count or plural determiner before the modifiers count the
    noun (not inside a modifier, "a 150 billion franc", nor a measure
    "13 head of cattle"), and does the noun end its phrase?"""
    after = words[at + 1]
    k = at - 1 - modifiers
    before = words[k - 1] if k >= 1 else START
    if before is None or before in NOT_COUNTING or after in AFTER_A_MEASURE:
        return False
    # a count after a name is part of a label ("the Laser 128 personal
    # computer"); a phrase cut at the end of a run may go on past a hyphen
    # ("92,000 asylum claim-backlog")
    if after == END:
        return False
    if before != START:
        before_tags = table.readings(before)
        if not before_tags or before_tags == NAME:
            return False
    return ends_noun_phrase(after, table)

