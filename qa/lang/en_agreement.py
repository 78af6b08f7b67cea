"""English number agreement and inflections past the trigram's two words.

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
- a noun (that may also read as a verb) after a count of many, ending its
  phrase: the plural (``from three auction conducted``, ``380 mln mark
  in``, ``two factor which``); the same after ``other`` with no
  determiner before it (``other term of the deal``); a period after
  ``the`` and a count, before what bounds it (``for the 12 month ending
  February``); a unit before ``per`` where the rate's noun ends the
  phrase (``priced at 20 dlr per unit.``, not ``a 27 dlr per share
  offer``); a unit after a determiner and a count, before a preposition
  (``the 120 mln dlr in partnership interests``, not ``the 15.8 mln
  ceiling``);
- the same past one or two words that are only adjectives, where the
  count opens a past's or an infinitive's object (``sold five rural
  hospital to``, ``to build two new plant in``): an adjective after a
  count is inside the counted phrase, whose head then asks the plural;
- the same where the noun can only be a singular noun and the count
  opens no modifier (after ``has``, a preposition, or as the object of a
  past: ``it sold 15 hospital to``), not before ``and`` or ``or``
  (``seven hotel and resort properties``): the place rules the word out as
  written (``counted_for_sure``, the profile's ``sure_places``);
- a bare verb after a form of ``be``, before a preposition: a passive
  (``will be use to repay`` -> ``used``, ``be list in``, ``to be divide
  over``), or after ``is``,
  ``are``, ``was``, ``were`` a progressive as well (``it is offer to sell``
  -> ``offering``); after those four, before what starts an object, a
  progressive only (``is launch a bond`` -> ``launching``);
- a bare verb after a preposition that may take an ``-ing`` form, before
  ``to``: the ``-ing`` form (``after fail to gain`` -> ``failing``); not
  after ``to`` or ``as``, nor a word that is a participle or an adjective
  too; after a verb or an adjective whose complement is an ``-ing`` form
  (``consider``, ``avoid``, ``keep``, ``busy``), a word that can only be a
  bare verb, or a count noun too before what starts an object, likewise
  (``would consider sell it`` -> ``selling``, ``will keep host the``), and
  any verb after ``busy`` as a predicate (``is busy slash budget``);
- a bare verb after a singular noun, before a month: a date's participle
  (``the fiscal year end March 31`` -> ``ending``); after a plural only
  where a preposition governs it (``in the four weeks end March six``);
- a bare verb after a subject headed by a singular noun behind a
  determiner, before what can start its object, or ending the run of a
  clause that needs its verb; a word that can only be a verb before an
  adjective, a preposition or ``to`` too (``The ministry announce new
  rules``, ``However, the tonnage allocate to it``): the third person or
  the past (``The government expect no`` -> ``expects``, ``if the bill
  pass,`` -> ``passed``).

A subject must start a clause (a run of words, after a conjunction or a
reporting verb) behind a determiner: after a preposition the noun heads a
phrase inside the subject (``terms of the sale were``). ``endings_asked``
answers as ``qa.lang.en_places.endings_asked`` does, and the context check
credits the inflections with those endings; the trigram must still prefer
them (docs/context-models.md).

Must flag (with the trigram's preference): ``The fund are part of``, ``two
factor which``, ``Proceeds will be use to``. Must not: ``terms of the sale
were``, ``if the bill were passed``, ``demanded that the company sell``,
``the Fed move to`` (a noun before ``to``), ``the two agree``, ``its load
factor, however``.
"""
from __future__ import annotations

from ..text.ngram import END, START
from . import en_tags
from .en_tags import ADJECTIVE, BARE_VERB, MODIFIED, NOT_SINGULAR_HEAD, NOUN, SINGULAR_NOUN
from . import en_phrases
from .en_places import FINITE_BE, MONTHS, PREPOSITIONS, ends_noun_phrase, possessive

# Verbs that never take a singular subject (the bare presents are read
# from the table: a word that is only VB/VBP).
PLURAL_ONLY_VERBS = frozenset("are were".split())
# A count before a measure and "of" is no count of the noun ("13 head of
# cattle"); before "per" a rate ("3/8 cent per kilo"). Before "of" any
# other noun is counted ("two model of Pittway's": models), and so is a
# unit that takes its plural before "of" as anywhere but in a modifier
# ("90 mln dlrs of debt", "20 shares of Mediq", "two tonnes of"):
# "of" ends the phrase, so the unit is no modifier there.
UNITS_COUNTED_BEFORE_OF = frozenset("""
    dollar cent share tonne ton ounce barrel mile acre foot inch mark franc pound
    """.split())
# Units that name a level as well ("crossed the 2,000 mark in"): a
# determiner's count before them may be the level's.
LEVELS = frozenset({"mark"})
# Periods counted after "the" before what bounds them ("the four weeks
# ended February 28", "the 12 months to", "the six days leading up").
PERIODS = frozenset("day week month year quarter".split())
PERIOD_BOUNDS = frozenset("ended ending to through leading".split())
# A counted singular noun before these may modify the head of both ("seven
# hotel and resort properties"): no sure place.
NOT_SURE_AFTER = frozenset("and or".split())
# An adverb before a past participle makes it a modifier ("previously reported").
ADVERB = frozenset({"RB", "RBR", "RBS"})
MEASURES_BEFORE_OF = en_phrases.MEASURES - UNITS_COUNTED_BEFORE_OF | frozenset(
    "head pair couple dozen kind sort type piece lot set series batch".split())
# A word inside a noun phrase before its head: an adjective, a noun, a
# participle used as one ("the revised figure").
MODIFIER = frozenset({"JJ", "JJR", "JJS", "NN", "NN:UN", "VBN"})
# Determiners that open a phrase with a singular head (or either number:
# "the", possessives); the plural ones ("these", counts) are left out.
OPENING_DETERMINERS = frozenset("the a an its his her our their this that every each another".split())
# Before a verb that is never singular ("are", "were") a phrase that
# "no" or "some" opens is plural as well ("No change were made": "changes";
# "some success were reported"). Before a count "some" is "about" ("lost
# some 32 mln mark in"), so these two open no phrase elsewhere.
EITHER_NUMBER_DETERMINERS = OPENING_DETERMINERS | frozenset(("no", "some"))
# What may come before a subject: the start of a run of words (after
# punctuation), a conjunction, a question word that opens an indirect
# question ("explaining why the department raise its"), a reporting verb.
# Not "that": a mandative subjunctive follows it ("demanded that the
# company sell").
CLAUSE_OPENERS = frozenset(
    """
    but while when where because although though since unless if whereas once why how whether said says
    say told
    """.split())
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
# -ing form ("ten year rescheduling accord", en_tags.MODIFIED): then it is a modifier.
MOST_MODIFIERS = 4
FINITE_OR_PARTICIPLE = frozenset({"VBZ", "VBD", "VBN"})
# Prepositions whose object may be an -ing form ("after failing to gain");
# not "to", "as", "but", "than" or "like", which take a bare verb too.
GERUND_PREPOSITIONS = frozenset("""
    of in on at by for from with about after before without into against upon despite
    """.split())
# Verbs and adjectives whose complement is an -ing form, never a bare verb
# ("would consider selling it", "is busy slashing").
GERUND_TAKERS = frozenset("""
    consider considers considered considering avoid avoids avoided avoiding deny denies denied
    denying risk risks risked risking finish finishes finished resume resumes resumed busy
    keep keeps kept keeping
    """.split())
# ... of which an adjective that takes any verb after it as its -ing form
# where a form of "be" makes it a predicate ("is busy slash budget
# spending", "we are busy find out": slashing, finding), though a noun
# follows it as its modifier elsewhere ("a busy schedule").
PREDICATE_GERUND_TAKERS = frozenset({"busy"})
# Readings that keep a bare verb after a preposition from asking its -ing
# form: a participle, an adjective, a function word.
NOT_GERUND_STEM = frozenset({"VBD", "VBN", "VBG", "JJ", "IN", "RB", "DT", "CC", "TO", "MD"})
# The most words that are only adjectives read between a count and its noun
# ("five rural hospital").
MOST_COUNTED_ADJECTIVES = 2
PASSIVE_BE = frozenset("be is are was were been being".split())
# ... of which those a progressive follows as well as a passive: FINITE_BE
# Any preposition, "to" and "as" ("will be use to", "appears to be divide
# over"): a noun after "be" is as often before one ("be part of", "be head
# of"), but a word that is only a verb or a noun as well takes its
# participle's credit only where the trigram prefers it (none of the
# prepositions beyond the first list added a finding on the whole Reuters
# and Wikinews sets; docs/context-models.md, "Twenty-second round").
PASSIVE_PREPOSITIONS = PREPOSITIONS | frozenset({"to", "as"})
# A count noun (that may read as a verb too: "term") after "other"...
COUNT_OR_VERB = frozenset({"NN", "VB", "VBP"})
# ... with no determiner of one before it ("the other term", "any other").
SINGULAR_OTHER = frozenset("the a an its his her our their this that any no some one each every".split())
# Clauses that need a finite verb of their own: a noun phrase ending the
# run after one ("if the bill pass,") ends with its verb.
SUBORDINATORS = frozenset("if unless when because although though while since whereas".split())


def subject_start(words, head: int, table, determiners: frozenset[str] = OPENING_DETERMINERS) -> int:
    """Where the noun phrase ending at ``words[head]`` starts, walking back
    over at most ``MOST_MODIFIERS`` modifiers to one of ``determiners`` or
    a noun's possessive (with the possessive's own determiner)."""
    k = head - 1
    for _ in range(MOST_MODIFIERS):
        w = words[k]
        if w is None or w == START:
            break
        if w in determiners:
            k -= 1
            break
        if possessive(w):
            k -= 1
            if words[k] in OPENING_DETERMINERS:
                k -= 1
            break
        if not table.readings(w) & MODIFIER and not _capitalised_adjective(w, table):
            break
        k -= 1
    return k + 1


def _capitalised_adjective(word: str, table) -> bool:
    """Is ``word``, which the model reads lower-case, an adjective the
    dictionary lists only capitalised (``dutch``, ``japanese``: ``The
    Dutch central bank announce``)?"""
    return not table.readings(word) and bool(table.readings(word[:1].upper() + word[1:]) & ADJECTIVE)


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
    # a noun or adjective reading news does not write makes no subject nor
    # modifier of the word ("The rise compare to": only a verb)
    tags = en_tags.used_readings(word, tags, lex)
    # most judged words may be a singular noun or a bare verb, but stand
    # beside no word a place reads (each place needs one of these); only a
    # bare present after a singular noun, and a word that can only be a
    # bare verb before a preposition or "to", are left to read from the table
    if before not in _PLACE_BEFORE and after not in _PLACE_AFTER and (
            after == END or not _singular_noun(tags) or not _only_bare_verb(table.readings(after))) and (
            not _only_adjective(before, table) and not _only_adjective(after, table)) and (
            (after not in PREPOSITIONS and after != "to") or not _only_bare_verb(tags)):
        return ()
    for place in PLACES:
        found = place(words, at, tags, table)
        if found:
            return found
    return ()


def _singular_subject(words, at: int, tags, table) -> tuple[str, ...]:
    """``The fund are``, ``The new figure bring``: a plural."""
    after = words[at + 1]
    if not _singular_noun(tags):
        return ()
    if after in PLURAL_ONLY_VERBS:
        openers, determiners = NOUN_CLAUSE_OPENERS, EITHER_NUMBER_DETERMINERS
    elif after != END and _only_bare_verb(table.readings(after)):
        openers, determiners = CLAUSE_OPENERS, OPENING_DETERMINERS
    else:
        return ()
    return ("s",) if _opens_with(words, at, openers, table, determiners=determiners) else ()


def _counted(words, at: int, tags, table) -> tuple[str, ...]:
    """``of two factor which``, ``380 mln mark in``, ``the five week
    ended``, ``20 dlr per unit.``: a plural."""
    after = words[at + 1]
    if not _singular_noun(tags) or tags & ADJECTIVE:
        return ()
    if after == "per":
        return ("s",) if _counted_rate_unit(words, at, table) else ()
    if _counted_period(words, at):
        return ("s",)
    if a_measure(words[at], after) or not ends_noun_phrase(after, table):
        return ()
    return ("s",) if after_count(words, at, table) or _determined_unit(words, at) else ()


def _determined_unit(words, at: int) -> bool:
    """``the 120 mln dlr in partnership interests``: a unit counted after a
    determiner, before a preposition. A determiner makes a count and its
    noun a modifier (``the 15.8 mln ceiling``, ``the 1986/87 season``) only
    before the head it modifies; a unit that a preposition follows heads
    its phrase. Not ``mark``, a level too (``crossed the 2,000 mark in``)."""
    k, _ = _count_before(words, at)
    return (k is not None and k >= 1 and words[k - 1] in OPENING_DETERMINERS
            and words[at] in UNITS_COUNTED_BEFORE_OF and words[at] not in LEVELS
            and words[at + 1] in PREPOSITIONS)


def _counted_past_adjectives(words, at: int, tags, table) -> tuple[str, ...]:
    """``sell five rural hospital to``: a plural, the count standing before
    up to ``MOST_COUNTED_ADJECTIVES`` words that are only adjectives."""
    after = words[at + 1]
    if not _singular_noun(tags) or tags & ADJECTIVE:
        return ()
    first = _adjectives_start(words, at, table)
    # before "and" the noun may modify the head of both ("two new hotel and
    # resort properties")
    if first == at or after in NOT_SURE_AFTER or a_measure(words[at], after) or (
            not ends_noun_phrase(after, table)):
        return ()
    return ("s",) if (after_count(words, first, table) or _object_of_past(words, first, table)
                      or _object_of_infinitive(words, first, table)) else ()


def _object_of_infinitive(words, at: int, table) -> bool:
    """Does the count before ``words[at]`` open the object of a verb after
    ``to`` (``to sell five rural hospital``), a verb whatever else the
    dictionary reads it as?"""
    k, _ = _count_before(words, at)
    return k is not None and k >= 3 and words[k - 2] == "to" and "VB" in table.readings(words[k - 1])


def _adjectives_start(words, at: int, table) -> int:
    """Where the run of words that are only adjectives (``rural``,
    ``new``; at most ``MOST_COUNTED_ADJECTIVES``) just before ``words[at]``
    starts; ``at`` for none."""
    k = at
    while at - k < MOST_COUNTED_ADJECTIVES and k > 1 and _only_adjective(words[k - 1], table):
        k -= 1
    return k


def _only_adjective(word, table) -> bool:
    if not isinstance(word, str) or word in (START, END):
        return False
    tags = table.readings(word)
    return bool(tags) and tags <= ADJECTIVE


def counted_for_sure(words, at: int, word: str, lex) -> tuple[str, ...]:
    """``has 15 hospital in``, ``sold three million share to``: a noun
    that can only be a singular noun (no adjective, no number, no name)
    right after a count of many, ending its phrase: the plural, for the
    surer credit (the profile's ``sure_places``)."""
    before = words[at - 1]
    if before not in COUNTS and before not in SCALES:
        return ()
    after = words[at + 1]
    if after is None or after in NOT_SURE_AFTER:
        return ()
    table = en_tags.for_lexicon(lex)
    if table is None:
        return ()
    tags = table.readings(word)
    if not _singular_noun(tags) or tags & ADJECTIVE:
        return ()
    if a_measure(word, after) or not ends_noun_phrase(after, table):
        return ()
    return ("s",) if after_count(words, at, table) or _object_of_past(words, at, table) else ()


def _object_of_past(words, at: int, table) -> bool:
    """Does the count before ``words[at]`` open the object of a past tense
    (``it sold 15 hospital to``, ``Cargill bought three million share
    in``)? A word that reads as a past and a participle opens a modifier
    after a determiner or an adverb (``a previously reported 142,000
    gain``, ``the sold 15``), which ``after_count`` reads as no count."""
    k, _ = _count_before(words, at)
    if k is None or k < 2:
        return False
    verb, before = words[k - 1], words[k - 2]
    if verb in (None, START) or "VBD" not in table.readings(verb):
        return False
    if before == START or before in OPENING_DETERMINERS or possessive(before):
        return False
    return before is None or not table.readings(before) & ADVERB


def _counted_rate_unit(words, at: int, table) -> bool:
    """``priced at 20 dlr per unit.``: a unit counted before ``per`` and
    the noun its rate is of, ending the phrase there (not ``a 26.25 dlr
    per share tender offer``, a modifier; a fraction is no count of many:
    ``3/8 cent per kilo``)."""
    if words[at] not in UNITS_COUNTED_BEFORE_OF or at + 3 >= len(words) or words[at + 3] is None:
        return False  # an unknown word after the rate's noun may go on its phrase
    return ends_noun_phrase(words[at + 3], table) and after_count(words, at, table)


def _counted_period(words, at: int) -> bool:
    """``for the five week ended March``: a period counted after ``the``
    and before what bounds it. A determiner makes a count a label
    elsewhere (``the 1986/87 year``); not here: every such phrase on the
    clean Reuters and Wikinews sets is plural (the four weeks ended, the
    12 months to, the six days leading up)."""
    return (words[at] in PERIODS and words[at + 1] in PERIOD_BOUNDS and words[at - 1] in COUNTS
            and at >= 2 and words[at - 2] == "the")


def a_measure(word: str, after) -> bool:
    """Is ``word`` after a count a measure of what follows, not what is
    counted: before "per" (a rate), or a measure before "of" (``13 head of
    cattle``, ``ten percent of``)?"""
    return after == "per" or (after == "of" and word in MEASURES_BEFORE_OF)


def _other(words, at: int, tags, table) -> tuple[str, ...]:
    """``and other term of the deal``: a plural."""
    if (words[at - 1] == "other" and "NN" in tags and tags <= COUNT_OR_VERB
            and _other_of_many(words, at) and ends_noun_phrase(words[at + 1], table)):
        return ("s",)
    return ()


def _passive(words, at: int, tags, table) -> tuple[str, ...]:
    """``will be use to``: the participle; after a finite ``be`` the
    ``-ing`` form too (``it is offer to sell``: ``offering``); after a
    finite ``be`` and before what starts an object, the ``-ing`` form alone
    (``is launch a bond``: ``launching``; a passive takes no object). A
    word that is a participle as written (``is set a``) is left alone."""
    if words[at - 1] not in PASSIVE_BE or "VB" not in tags or tags & ADJECTIVE:
        return ()
    if words[at + 1] in PASSIVE_PREPOSITIONS:
        return ("ed", "ing") if words[at - 1] in FINITE_BE else ("ed",)
    if words[at - 1] in FINITE_BE and words[at + 1] in OBJECT_STARTS and "VBN" not in tags:
        return ("ing",)
    return ()


def _gerund(words, at: int, tags, table) -> tuple[str, ...]:
    """``after fail to gain``: a bare verb after a preposition, before
    ``to``, is an ``-ing`` form that lost its end (a preposition takes no
    bare verb). Before what starts an object a noun may head an idiom
    (``take into account the``, ``passes in review all the districts``,
    ``accompanied by talk the firm would``), so only ``to`` is read. A word
    that is a participle, an adjective or a function word too is left
    alone (``as expected``). After a word whose complement is an ``-ing``
    form (``would consider sell it``) the same, before anything."""
    before = words[at - 1]
    if "VB" not in tags or tags & NOT_GERUND_STEM:
        return ()
    if before in GERUND_TAKERS:
        # a count noun has no place there bare before an object ("consider
        # sell it"), but opens a compound ("considering bank regulation"); a
        # mass noun may stand anywhere ("consider action")
        if _only_bare_verb(tags) or (tags <= BARE_VERB | {"NN"} and words[at + 1] in OBJECT_STARTS):
            return ("ing",)
        if before in PREDICATE_GERUND_TAKERS and at >= 2 and words[at - 2] in PASSIVE_BE:
            return ("ing",)
        return ()
    if before not in GERUND_PREPOSITIONS:
        return ()
    return ("ing",) if words[at + 1] == "to" else ()


def _dated(words, at: int, tags, table) -> tuple[str, ...]:
    """``the fiscal year end March 31``: the participle or the -ing form;
    the same after a plural that a preposition governs, which can be no
    subject (``in the four weeks end March six``; ``the fiscal years end
    March 31`` is a clause)."""
    if words[at + 1] not in MONTHS or not tags & BARE_VERB or tags & ADJECTIVE:
        return ()
    noun = words[at - 1]
    noun_tags = table.readings(noun) if noun not in (None, START) else frozenset()
    if _singular_noun(noun_tags):
        return ("ed", "ing")
    if "NNS" in noun_tags and words[subject_start(words, at - 1, table) - 1] in PREPOSITIONS:
        return ("ed", "ing")
    return ()


def _verb_of_singular(words, at: int, tags, table) -> tuple[str, ...]:
    """``The government expect no``, ``if the bill pass,``: the third
    person or the past."""
    after = words[at + 1]
    if not tags & BARE_VERB or tags & FINITE_OR_PARTICIPLE:
        return ()
    # a word that may be a noun ends a compound before the end of a run
    # ("its load factor,"); a verb only (add) may end its clause there, and
    # so may any in a clause that needs its verb ("if the bill pass,"); a
    # word that can only be a verb asks before an adjective, a preposition
    # or "to" too ("The ministry announce new rules", "the tonnage
    # allocate to it"), where a noun may head a compound ("the price level
    # high enough", "the Fed move to"); before a noun the subject's noun
    # may be the damaged word ("The new figure bring total exports":
    # figures), which its own place reads
    if not (after in OBJECT_STARTS or (after == END and not tags & MODIFIED)
            or (after == END and _opens_with(words, at - 1, SUBORDINATORS, table, run_start=False))
            or (_only_bare_verb(tags) and (
                _only_adjective(after, table) or after in PREPOSITIONS or after == "to"))):
        return ()
    before = words[at - 1]
    if before != START and _count_or_mass_singular(table.readings(before)) and _opens_with(
            words, at - 1, CLAUSE_OPENERS, table):
        return ("s", "ed")
    return ()


# Readings that make a count noun with a mass reading no singular head.
NOT_COUNT_OR_MASS_HEAD = NOT_SINGULAR_HEAD - {"NN:U"}


def _count_or_mass_singular(tags: frozenset[str]) -> bool:
    """A singular noun as ``_singular_noun`` reads one, or a count noun
    with a mass reading too (``board``: its board declare a): either
    takes a singular verb. A mass noun only may take a plural one (``the
    police expect``)."""
    return _singular_noun(tags) or ("NN" in tags and not tags & NOT_COUNT_OR_MASS_HEAD)


PLACES = (_singular_subject, _counted, _counted_past_adjectives, _other, _passive, _dated, _verb_of_singular,
          _gerund)
# The word before or after that one of the places needs (``_counted``: a
# count or its scale; ``_other``; ``_passive``: a form of ``be``; ``_gerund``:
# a preposition;
# ``_singular_subject``: "are", "were"; ``_dated``: a month;
# ``_verb_of_singular``: an object's start or the end of the run). The
# rest, ``_singular_subject`` before a bare present, ``_counted_past_adjectives``
# after an adjective and ``_verb_of_singular`` before one, is read from the
# table. A test checks that no place speaks where neither stands.
_PLACE_BEFORE = COUNTS | SCALES | {"other"} | PASSIVE_BE | GERUND_PREPOSITIONS | GERUND_TAKERS
_PLACE_AFTER = PLURAL_ONLY_VERBS | MONTHS | OBJECT_STARTS | {END}


def _singular_noun(tags: frozenset[str]) -> bool:
    """A word that may be a singular noun and never a plural, a mass noun,
    a name, a pronoun or a number."""
    return bool(tags & SINGULAR_NOUN) and not tags & NOT_SINGULAR_HEAD


def _opens_with(words, head: int, openers, table, run_start: bool = True,
                determiners: frozenset[str] = OPENING_DETERMINERS) -> bool:
    """Does the noun phrase ending at ``words[head]`` start with one of
    ``determiners``, after one of ``openers`` (or at the start of a run,
    when ``run_start``)?"""
    start = subject_start(words, head, table, determiners)
    return (words[start] in determiners or possessive(words[start])) and (
        (run_start and words[start - 1] == START) or words[start - 1] in openers)


def _only_bare_verb(tags: frozenset[str]) -> bool:
    """A present that is never singular nor anything else (``bring``,
    ``include``)."""
    return bool(tags) and tags <= BARE_VERB


def after_count(words, at: int, table) -> bool:
    """Does a count of many stand just before ``words[at]``, after a word
    that makes it no part of a modifier or a label (``the 1986/87 year``,
    ``a 150 billion franc``, ``Line 63 blend``, ``Florida's 1986/87 crop``)?
    A scale after a count is read with it (``380 mln mark``), and a range
    from its first count (``a 65 to 15 vote``, ``within three to four
    month``). A count and its scale may open the run (``, 90 mln dlr
    in``): a figure opening a run alone may be a name's, after a hyphen
    (``the B-1B bomber``), but no name's number has a scale."""
    k, scaled = _count_before(words, at)
    if k is None:
        return False
    # a range or a score is read from its first count ("a 65 to 15 vote")
    if k >= 3 and words[k - 1] == "to" and words[k - 2] in COUNTS:
        k -= 2
    opener = words[k - 1] if k >= 1 else START
    if opener == START and scaled:
        return True
    if opener in (None, START, "per") or opener in OPENING_DETERMINERS or opener in COUNTS or (
            opener in SCALES or opener in MONTHS):
        return False
    # a preposition governs the count's phrase, whatever else the dictionary
    # reads it as ("by" and "over" are adjectives and nouns to it: "fell by
    # 250 mln dlr in")
    if opener in PREPOSITIONS:
        return True
    # a known word of another class: a name's possessive (Florida's) is none
    # or a participle (a previously reported 142,000 gain)
    opener_tags = table.readings(opener)
    # a conjunction opens a phrase of its own, whatever else the dictionary
    # reads it as ("or" is a noun and an adjective to it: "or 6.54 dlr per
    # share on")
    return bool(opener_tags) and ("CC" in opener_tags or not opener_tags & (NOUN | ADJECTIVE | {"VBN"}))


def _count_before(words, at: int) -> tuple[int | None, bool]:
    """(where the count of many before ``words[at]`` stands, whether a
    scale follows it: ``380 mln mark``), or (None, False) for no count."""
    k = at - 1
    scaled = words[k] in SCALES and k >= 2 and words[k - 1] in COUNTS
    if scaled:
        k -= 1
    return (k, scaled) if words[k] in COUNTS else (None, False)


def _other_of_many(words, at: int) -> bool:
    """Is ``words[at - 1]`` ("other") no part of a determiner's phrase
    ("other term of the deal", not "the other term", "any other term")?"""
    two_before = words[at - 2] if at >= 2 else START
    return two_before not in (None, START) and two_before not in SINGULAR_OTHER

