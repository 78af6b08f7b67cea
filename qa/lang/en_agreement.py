"""English number agreement past the trigram's two words.

A trigram model reads ``the fund are`` and ``the funds are`` alike when
neither pair is common, and ``the government expect no`` reads to it as
two pairs it knows. Grammar settles both: a verb agrees with the head of
its subject, which may sit a few words before it behind a determiner and
its modifiers, and a count asks a plural of its noun. Here the tagging
dictionary (``qa.lang.en_tags``) names the classes of the words around a
judged word, and these places ask the word for an ending:

- a singular noun heading a subject before a verb that is never singular
  (``are``, ``were``, a bare present such as ``bring``): the plural
  (``The fund are part of`` -> ``funds``; ``The new figure bring``);
- a bare verb after a subject headed by a singular noun behind a
  determiner, before what can start its object: the third person or the
  past (``The government expect no`` -> ``expects``, ``the action reflect
  a`` -> ``reflects``);
- a noun (that may also read as a verb) after a count of many, ending its
  phrase: the plural (``from three auction conducted``, ``380 mln mark
  in``, ``two factor which``).

The subject must start a clause (a run of words, after a conjunction or a
reporting verb): after a preposition the noun heads a phrase inside the
subject (``terms of the sale were``). ``endings_asked`` answers as
``qa.lang.en_places.endings_asked`` does, and the context check credits the
inflections with those endings; the trigram must still prefer them.

Must flag (with the trigram's preference): ``The fund are part of``,
``The government expect no spillover``, ``two factor which``. Must not:
``terms of the sale were``, ``demanded that the company sell``, ``the
company offer to buy`` (a noun before ``to``), ``the two agree``.
"""
from __future__ import annotations

from ..text.ngram import END, START
from . import en_tags
from .en_places import MONTHS

# Verbs that never take a singular subject (the bare presents are read
# from the table: a word that is only VB/VBP).
PLURAL_ONLY_VERBS = frozenset("are were".split())
BARE_VERB = frozenset({"VB", "VBP"})
SINGULAR_NOUN = frozenset({"NN", "NN:UN"})
# Readings that make a word no singular head: a plural, a mass noun (the
# police are), a proper noun, a pronoun, a number.
NOT_SINGULAR_HEAD = frozenset({"NNS", "NNPS", "NNP", "NN:U", "PRP", "CD", "DT", "WP", "WDT", "MD"})
NOUN = frozenset({"NN", "NN:UN", "NN:U", "NNS", "NNP", "NNPS"})
ADJECTIVE = frozenset({"JJ", "JJR", "JJS"})
# A count before a measure and "of" is no count of the noun ("13 head of
# cattle"); before "per" a rate ("3/8 cent per kilo").
AFTER_A_MEASURE = frozenset({"of", "per"})
# A word inside a noun phrase before its head: an adjective, a noun, a
# participle used as one ("the revised figure").
MODIFIER = frozenset({"JJ", "JJR", "JJS", "NN", "NN:UN", "VBN"})
# Determiners that open a phrase with a singular head (or either number:
# "the", possessives); the plural ones ("these", counts) are left out.
OPENING_DETERMINERS = frozenset("the a an its his her our their this that every each another".split())
# What may come before a subject: the start of a run of words (after
# punctuation), a conjunction, a reporting verb. Not "that": a mandative
# subjunctive follows it ("demanded that the company sell").
CLAUSE_OPENERS = frozenset(
    "but while when where because although though since unless if said says say told".split())
# Where the subject noun ends up as a plural, "that" opens as well ("said
# that the fund are"): the mandative subjunctive only concerns the verb;
# but after "if" a singular takes "were" ("if the bill were passed").
NOUN_CLAUSE_OPENERS = CLAUSE_OPENERS - {"if", "unless", "though"} | {"that"}
# After a bare verb with a singular subject, its object or complement
# starts: a determiner, a pronoun, a count, a negation. A noun before a
# preposition or "to" is more often a compound ("the Fed move to").
OBJECT_STARTS = frozenset(
    """
    a an the its his her their our those no it them him us any some all ten about
    """.split())
# Counts of many the word model reads (numbers read as "ten") and their scales.
COUNTS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty".split())
SCALES = frozenset("hundred thousand million billion".split())
# A noun may be followed in its phrase by another noun, an adjective or an
# -ing form ("ten year rescheduling accord"): then it is a modifier.
MODIFIED = frozenset({"NN", "NN:UN", "NN:U", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBG"})
MOST_MODIFIERS = 4
PASSIVE_BE = frozenset("be is are was were been being".split())
PASSIVE_PREPOSITIONS = frozenset("to in into by for from at on with as".split())
# A count noun (that may read as a verb too: "term") after "other"...
COUNT_OR_VERB = frozenset({"NN", "VB", "VBP"})
# ... with no determiner of one before it ("the other term", "any other").
SINGULAR_OTHER = frozenset("the a an its his her our their this that any no some one each every".split())
# Clauses that need a finite verb of their own: a noun phrase ending the
# run after one ("if the bill pass,") ends with its verb.
SUBORDINATORS = frozenset("if unless when because although though while since whereas".split())


def subject_start(words, head: int, table) -> int | None:
    """Where the noun phrase ending at ``words[head]`` starts, walking back
    over its modifiers to a determiner; None when the word before it
    (``words[start - 1]``) is no place a subject starts after."""
    k = head - 1
    for _ in range(MOST_MODIFIERS):
        w = words[k]
        if w is None or w == START:
            break
        if w in OPENING_DETERMINERS:
            k -= 1
            break
        if not table.readings(w) & MODIFIER:
            break
        k -= 1
    return k + 1


def endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """The endings agreement asks of ``word`` at ``words[at]`` (the run as
    the word model reads it: ``START``/``END`` at its ends, None for a word
    it does not know) by the word classes around it; () for none."""
    before, after = words[at - 1], words[at + 1]
    if before is None or after is None:
        return ()
    table = en_tags.for_lexicon(lex)
    if table is None:
        return ()
    tags = table.readings(word)
    if not tags & SINGULAR_NOUN and not tags & BARE_VERB:
        return ()
    if tags & SINGULAR_NOUN and not tags & NOT_SINGULAR_HEAD:
        if after in PLURAL_ONLY_VERBS or (after != END and _only_bare_verb(table.readings(after))):
            start = subject_start(words, at, table)
            opener = words[start - 1]
            if words[start] in OPENING_DETERMINERS and (opener == START or opener in (
                    NOUN_CLAUSE_OPENERS if after in PLURAL_ONLY_VERBS else CLAUSE_OPENERS)):
                return ("s",)
        if (not tags & ADJECTIVE and after not in AFTER_A_MEASURE and _after_count(words, at, table)
                and (after == END or not table.readings(after) & MODIFIED)):
            return ("s",)
    if (before == "other" and "NN" in tags and tags <= COUNT_OR_VERB
            and _other_of_many(words, at) and (after == END or not table.readings(after) & MODIFIED)):
        return ("s",)
    if before in PASSIVE_BE and "VB" in tags and not tags & ADJECTIVE and (
            after in PASSIVE_PREPOSITIONS):
        return ("ed",)
    if after in MONTHS and tags & BARE_VERB and not tags & ADJECTIVE and (
            table.readings(before) & SINGULAR_NOUN and not table.readings(before) & NOT_SINGULAR_HEAD):
        return ("ed", "ing")
    # a word that may be a noun ends a compound before the end of a run
    # ("its load factor,"); a verb only (add) may end its clause there
    if tags & BARE_VERB and not tags & {"VBZ", "VBD", "VBN"} and (
            after in OBJECT_STARTS or (after == END and not tags & MODIFIED)
            or (after == END and _opens_with(words, at - 1, SUBORDINATORS, table))):
        head_tags = table.readings(before) if before != START else frozenset()
        if head_tags & SINGULAR_NOUN and not head_tags & NOT_SINGULAR_HEAD:
            start = subject_start(words, at - 1, table)
            opener = words[start - 1]
            if words[start] in OPENING_DETERMINERS and (opener == START or opener in CLAUSE_OPENERS):
                return ("s", "ed")
    return ()


def _only_bare_verb(tags: frozenset[str]) -> bool:
    """A present that is never singular nor anything else (``bring``,
    ``include``)."""
    return bool(tags) and tags <= BARE_VERB


def _after_count(words, at: int, table) -> bool:
    """Does a count of many stand just before ``words[at]``, after a word
    that makes it no part of a modifier or a label (``the 1986/87 year``,
    ``a 150 billion franc``, ``Line 63 blend``, ``Florida's 1986/87 crop``)?
    A scale after a count is read with it (``380 mln mark``)."""
    k = at - 1
    if words[k] in SCALES and k >= 2 and words[k - 1] in COUNTS:
        k -= 1
    if words[k] not in COUNTS:
        return False
    opener = words[k - 1] if k >= 1 else START
    if opener in (None, START) or opener in OPENING_DETERMINERS or opener in COUNTS or (
            opener in SCALES or opener in MONTHS):
        return False
    # a known word of another class: a name's possessive (Florida's) is none
    # or a participle (a previously reported 142,000 gain)
    opener_tags = table.readings(opener)
    return bool(opener_tags) and not opener_tags & (NOUN | ADJECTIVE | {"VBN"})



def _other_of_many(words, at: int) -> bool:
    """Is ``words[at - 1]`` ("other") no part of a determiner's phrase
    ("other term of the deal", not "the other term", "any other term")?"""
    two_before = words[at - 2] if at >= 2 else START
    return two_before not in (None, START) and two_before not in SINGULAR_OTHER


def _opens_with(words, head, openers, table) -> bool:
    start = subject_start(words, head, table)
    return words[start] in OPENING_DETERMINERS and words[start - 1] in openers
