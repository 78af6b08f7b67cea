"""English places where a word's class says an inflection was lost.

A trigram model tells ``the fund are`` from ``the funds are`` but not
``trader said`` from ``traders said``: both read well to it. The tagging
dictionary (``qa.lang.en_tags``) knows what a trigram does not, the
classes a word can have, and some places allow a word of one class only
in one form:

- a word that can only be a singular count noun (``member``, ``dealer``:
  never an adjective, a verb or a mass noun) with no determiner before it,
  as the subject of a finite verb (``, trader said``): English wants
  ``traders`` (or ``a trader``);
- such a noun after a plural determiner or a count, ending its phrase
  (``these product for``, ``six day leading``); a preposition ends it
  whatever other readings the dictionary gives it (``in`` and ``over``
  are nouns to it, ``on`` and ``by`` adjectives: ``21 new outlet in``),
  or before a finite verb or a modal, where after a plural determiner a
  noun that is a bare verb or an adjective too is the noun (``These
  reserve do not add``);
- such a noun, or a word that can only be a bare verb, with no determiner
  between a reporting verb and a finite verb or a modal, as the reported
  clause's subject (``said dealer would``, ``It said proceed will be
  used``): the plural (a verb there is a noun's plural spelled as its
  third person, ``proceeds``); a word that can only be a bare verb there
  before a noun is its participle (``K Mart said consolidate sales
  were``: ``consolidated``);
- a word that can only be a bare verb (``approve``, ``consider``: never a
  noun or an adjective) after a preposition (``for discontinue
  operations``, ``after consider offers``), after a form of ``be``, with
  or without ``not`` (``were proceed well``, ``Terms were not
  disclose.``), or after an article, a possessive, a noun's possessive,
  ``any`` or ``every`` (``along with the exist Drilling``, ``any perceive
  problems``, ``the country's deepen economic crisis``; not ``this`` or
  ``that``, pronouns before their verb): an ``-ed`` or ``-ing`` form was
  meant. Here, and in the bare-verb places below after ``said``, an
  adverb of the past, ``today``, ``also`` and ``be``, a verb whose noun or
  adjective reading news does not write (``en_tags.used_readings``) counts
  as only a bare verb (``capable of sustain much higher``, ``roasters
  were sell ground``), except after an article, where its noun stands
  (``a sell recommendation``). After an article before what may be a noun
  or an adjective, and after a finite ``be`` and ``not``, no reading of
  the word fits at all, a sure place (``sure_endings_asked``: ``its improve earnings``, ``it is
  not engage in``);
- a count noun that is a bare verb too (``base``) opening a run, or after
  ``and`` or ``but``, before ``in``, ``on`` or ``by``: a participle opening
  its phrase (``Almaden, base in San Jose`` -> ``based``);
- a noun that is a bare verb too, opening a run or after ``and`` or
  ``but``, before ``at`` and a figure: a participle that sets a price, a
  rate or a value (``paying nine pct and price at 100-3/4`` ->
  ``priced``);
- an adjective between a verb or a preposition and a word that can only
  be an adjective or a participle (``is current uncertain``, ``will be
  initial available``): an adverb; so is an adjective with no adverb,
  preposition or verb-form reading of its own before ``higher`` or
  ``lower`` (``profits sharp higher``: ``sharply``), and an adjective that
  stands only before its noun at the end of a run (``seven and ten years
  respective,``);
- an adjective of degree after a verb of a change in amount, ending its
  phrase (``rose sharp to``, ``growing rapid due to``): its adverb;
- an adjective with no adverb reading, whose ``-ly`` form the dictionary
  reads as an adverb, in a verb group: after a form of ``be`` or ``have``
  before a participle (``was recent acquired``, ``had initial set``),
  after a subject pronoun before a past (``it tentative agreed``), after
  a modal before a bare verb (``will formal ask``), after ``who`` or
  ``which`` before a finite verb (``who occasional invest``), opening a
  run before a participle and its agent's ``by`` (``Inc, recent acquired
  by``), or after ``as`` before a participle that ends the run (``as
  previous announced,``): an adverb, as no adjective stands inside a verb
  group;
- a word that is only a bare verb after ``be``: the participle (``the
  tax would be eliminate.`` -> ``eliminated``, ``to be introduce next
  January`` -> ``introduced``), and one that is a singular noun too
  before a preposition (``may not be issue until tomorrow`` ->
  ``issued``); after
  ``today`` and before an article or a possessive, where no modal, ``to``
  or ``not`` governs it: the past (``AMR today announce the order`` ->
  ``announced``); likewise after ``last week``, ``last month`` or ``last
  year`` before ``to`` or an article, a noun reading or not (``Boren last
  week pledge to consider`` -> ``pledged``), and after an adverb of the
  past (``previously``, ``recently``) where no modal, ``to`` or ``did``
  governs it (``contracts previously award to EDO`` -> ``awarded``);
  after a singular noun and ``also``: the past or the third person
  (``The department also announce an extension``).

``endings_asked`` names the endings such a place asks of the word; the
context check credits the candidates that are inflections with one of
them, and the trigram must still prefer the candidate
(``qa.checkers.context_word``). Without the table nothing is asked.
"""
from __future__ import annotations

from . import en_tags
from .en_tags import ADJECTIVE, BARE_VERB, MODIFIED, NOUN, SINGULAR_NOUN
from ..text.ngram import END, START

COUNT_NOUN = frozenset({"NN"})
FINITE_VERB = frozenset({"VBD", "VBZ", "VBP"})
ADJECTIVE_OR_PARTICIPLE = ADJECTIVE | {"VBN"}

# Words after which a subject starts with no determiner of its own:
# conjunctions and the start of a run of words (after a comma).
SUBJECT_OPENERS = frozenset("and but or while when where because although though as".split())
# Determiners that are only plural, and with them the counts the word model
# reads (a number of many reads as "ten": ``qa.lang.en.SPOKEN_NUMBER``).
PLURAL_DETERMINERS = frozenset("these those several many both few various numerous multiple".split())
PLURAL_COUNTERS = PLURAL_DETERMINERS | frozenset(
    """
    two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
    hundred thousand million billion
    """.split())
# A count after a determiner is part of a modifier ("the 1986/87 year", "a
# 12-1/2 year accord"), after a month a day of it ("the February 16 week").
DETERMINERS = frozenset("the a an its their his her our this that".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december".split())
# ... and after another count a compound modifier ("a 150 billion franc,
# eight-year loan"); before "per" a rate, whose count may be a fraction
# ("3/8 cent per kilo"), and after it the unit the rate is of ("dlrs per
# 1,000 guilder bond").
NOT_COUNTING = DETERMINERS | MONTHS | PLURAL_COUNTERS | {"per"}
# The word model reads a number in figures so (the profile's ``spoken_number``):
# at the start of a run such a number follows a hyphen and is part of a
# name ("the B-1B bomber in"; a sentence seldom opens with figures, and
# "Many trader took" stays a count).
FIGURES = "ten"
# Prepositions after which a verb takes -ing or its participle, never its
# bare form ("to" is left out: an infinitive follows it; so are the
# subordinators, after which a clause may start).
PREPOSITIONS = frozenset(
    """
    of in on at by for from with about after before without into against among between during
    under over through upon via despite including
    """.split())
# Words that join a noun to a second quantity, the dictionary's noun and
# adjective readings aside ("for 400,000 dlr plus an amount"): like a
# preposition they end the phrase before them.
QUANTITY_JOINS = frozenset(("plus",))
# The conjunction that may join two modifiers inside a noun phrase
# ("seven hotel or resort properties") and that the dictionary reads as
# an adjective and a mass noun too, so that it never ended the phrase
# ("and" and "nor", only conjunctions to it, always did); the dictionary's
# reading of a conjunction.
MODIFIER_JOIN = "or"
CONJUNCTION = "CC"
BE_FORMS = frozenset("is are was were been being".split())
PARTICIPLE = frozenset({"VBN"})
# A bare verb after a subject and "today", before its object, is the
# newswire's past ("AMR today announce the order": "announced"); after a
# modal, "to" or "not" it is the bare verb it seems ("will today announce").
TODAY = "today"
# So after "last week", "last month" or "last year", where a noun after it
# would need a determiner: a bare verb (a noun too) before "to" or an
# article is the past ("Boren last week pledge to consider": "pledged");
# after a determiner or a preposition the three words are a modifier
# ("in last year trading").
LAST = "last"
PAST_SPANS = frozenset("week month year".split())
NOT_BEFORE_LAST = DETERMINERS | PREPOSITIONS | {"to"}
MODALS = frozenset("will would can could may might should must".split())
BARE_VERB_GOVERNORS = MODALS | frozenset("shall to not did does do".split())
# Adverbs that place an event in the past: a bare verb after one lost the
# end of its past or its participle, unless a modal, "to" or "did" governs
# it ("will initially offer"); a word that is a noun too only before a
# preposition or an article.
PAST_ADVERBS = frozenset("previously recently originally formerly".split())
# After a plural determiner, before a finite verb, a modal or "do", a word
# that is a singular noun and a bare verb or an adjective too is the noun
# ("These reserve do not add": "reserves").
DO_FORMS = frozenset("do did".split())
VERB_OR_NOUN = SINGULAR_NOUN | BARE_VERB | {"JJ"}
# A word that is only a bare verb after "be" is a participle that lost its
# end, wherever its run goes on ("the tax would be eliminate.", "scheduled
# to be introduce next January"); en_agreement reads the words that may be
# a noun too before a preposition ("will be use to").
BARE_BE = "be"
# Inside a verb group an adjective stands for its adverb: after ``be`` or
# ``have`` before a participle (``was recent acquired``, ``should be
# careful reviewed``), after a subject pronoun before a past (``it
# tentative agreed``), after a modal before a bare verb (``will formal
# ask``). An adjective with an adverb reading of its own (``first``,
# ``close``) or one that is that verb form itself (``set``) is left alone.
VERB_GROUP_OPENERS = {
    **dict.fromkeys(BE_FORMS | frozenset("be has have had".split()), PARTICIPLE),
    **dict.fromkeys("it he she they we".split(), frozenset({"VBD"})),
    **dict.fromkeys(MODALS, frozenset({"VB"})),
    # a relative pronoun as its clause's subject ("people who occasional invest")
    **dict.fromkeys("who which".split(), FINITE_VERB),
}
ADVERB = "RB"
# ... and opening a run before a participle and its agent (``Inc, recent
# acquired by``): a reduced passive clause.
AGENT = "by"
# ... and after "as", before a participle that ends the run: a clause of
# manner reduced to its participle ("as previous announced, the").
AS = "as"
# Reporting verbs after which a clause starts with its subject ("said
# dealers would"); "told" takes its hearer first.
REPORTING = frozenset({"said", "says"})
# A participle opens a phrase of its own after a comma or a conjunction,
# before the preposition of its agent or its place ("Almaden, based in San
# Jose", "but based on talk at the congress"). A word that may be a mass
# noun, a plural or a participle as written opens such a run as a noun or a
# verb ("Trade in soybeans", "Interest on"), and a verb only may be the
# second of two ("will review them and decide by Monday", "Proxmire (D-Wis)
# agree on"); a count noun there would want a determiner, so a count noun
# that is a bare verb too asks "-ed" (``base``).
PHRASE_OPENERS = frozenset({"and", "but"})
PARTICIPLE_PREPOSITIONS = frozenset({"in", "on", "by"})
# Besides the prepositions, what follows a passive's participle and no
# bare singular noun after "be" ("be issue until tomorrow"; "be head of",
# "be host to" read as the noun they are).
PASSIVE_FOLLOWERS = frozenset({"until"})
NOT_OPENING_A_PHRASE = frozenset({"NN:UN", "NN:U", "NNS", "NNP", "VBD", "VBN", "VBZ", "VBG", "RB", "IN"})
# A participle before ``at`` and a figure sets a price, a rate or a value
# ("and priced at 100-3/4", "valued at 10 mln dlrs"); a noun opening a run
# there without a determiner is no phrase of its own. Any reading that is a
# past, a plural or an -ing form as written already is left alone ("and
# cut at").
VALUE_PREPOSITION = "at"
NOT_A_BARE_VALUE_PARTICIPLE = frozenset({"NNS", "NNP", "NNPS", "VBD", "VBN", "VBZ", "VBG"})
# Articles and possessives, before which a bare verb cannot stand (``along
# with the exist Drilling``: ``existing``); "this" and "that" are left out,
# a pronoun and its verb (``companies that exist``).
ARTICLES = DETERMINERS - {"this", "that"} | {"your", "my"}
# Determiners that never stand as a subject of their own: no bare verb
# follows them either (``any perceive problems``: ``perceived``); "some",
# "each" and "no" are left out ("some consider it").
NOUN_ONLY_DETERMINERS = frozenset({"any", "every"})
# A bare verb after a singular noun and "also" has lost its past's or its
# third person's ending ("The department also announce an extension"):
# "also" keeps the noun from reading as the verb's compound modifier.
ALSO = "also"
# Adjectives that stand only before their noun: ending a run of words they
# are their adverb, cut short (``seven and ten years respective,``).
ATTRIBUTIVE_ONLY = frozenset("respective previous eventual".split())
# Comparatives of a move that an adverb of degree modifies (``profits
# sharp higher``: ``sharply``); an adjective before them stands for its
# adverb, unless it is one itself (``much``, ``far``).
COMPARATIVE_MOVES = frozenset("higher lower".split())
# Verbs of a change in amount, and the adjectives of its degree that only
# their adverb can follow them with (``rose sharp to``, ``growing rapid
# due to``: ``sharply``, ``rapidly``), before what ends the verb phrase.
# Copulas and verbs of a state take adjectives (``held steady``, ``fell
# short of``, ``grew stronger``); none of these pairs stands in the clean
# Reuters and Wikinews sets, where their adverbs follow 17 times.
CHANGE_VERBS = frozenset("""
    rose rise rises rising risen fell fall falls falling fallen climbed climb climbs climbing
    dropped drop drops dropping declined decline declines declining increased increase increases
    increasing decreased decrease decreases decreasing jumped jump jumps jumping plunged plunge
    plunges plunging soared soar soars soaring slumped slump slumps slumping grew grow grows
    growing grown eased ease eases easing
    """.split())
DEGREE_ADJECTIVES = frozenset("""
    sharp steep rapid slight modest significant substantial considerable dramatic marked swift
    abrupt
    """.split())
# What ends the change's verb phrase after its adverb besides a preposition
# (not a noun: a transitive "increased substantial amounts" takes the adjective).
CHANGE_PHRASE_ENDS = frozenset("to because due as and but while since".split())
# ... where the word before is no preposition (``on higher levels``) nor a
# verb's form that takes the comparative as its object's adjective
# (``reported lower returns``, ``favoured lower rates``).
NOT_DEGREE_ADJECTIVE = frozenset({"IN", "RP", "DT", "VBD", "VBN", "VBG"})
# A noun's possessive opens a phrase as an article does ("the government's
# spend estimates": ``spending``); a pronoun's "'s" is "is" or "has" ("it's").
POSSESSIVE = "'s"
CONTRACTED_PRONOUNS = frozenset("it that he she there here what who where how let".split())
# The forms of "be" after which "not" and a bare verb can only be a lost
# participle or -ing form ("it is not engage in").
FINITE_BE = frozenset("is are was were".split())
_PLACE_STARTS = (SUBJECT_OPENERS | PLURAL_COUNTERS | PREPOSITIONS | BE_FORMS | REPORTING | ARTICLES
                 | NOUN_ONLY_DETERMINERS | VERB_GROUP_OPENERS.keys() | PAST_SPANS | PAST_ADVERBS
                 | CHANGE_VERBS | {"not", AS, START, TODAY, ALSO})
# The words one of which stands just before every sure place
# (``sure_endings_asked``).
SURE_MARKS = ARTICLES | NOUN_ONLY_DETERMINERS | {"not"}


def endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """The endings the place of ``word`` (``words[at]``, the run as the word
    model reads it: ``START``/``END`` at its ends, None for a word it does
    not know) asks for by the word classes around it; () for none."""
    before = words[at - 1]
    after = words[at + 1]
    # most words follow no word a place starts after: settled before the
    # table is asked (this runs at every word the check judges)
    if (before not in _PLACE_STARTS and after not in COMPARATIVE_MOVES and not (
            after == END and word in ATTRIBUTIVE_ONLY) and not possessive(before)) or after is None:
        return ()
    table = en_tags.for_lexicon(lex)
    if table is None:
        return ()
    if after == END and word in ATTRIBUTIVE_ONLY:
        return ("ly",)  # "for ten years respective,"
    tags = table.readings(word)
    if not tags:
        return ()
    # a bare verb's noun or adjective reading that news does not write
    # holds no place ("capable of sustain much higher", "roasters were sell")
    verb_tags = en_tags.used_readings(word, tags, lex)
    if tags <= COUNT_NOUN and (before == START or before in SUBJECT_OPENERS):
        if after != END and _finite_verb(table.readings(after)):
            return ("s",)
    if before in REPORTING and (tags <= COUNT_NOUN or verb_tags <= BARE_VERB) and after != END:
        after_tags = table.readings(after)
        if _finite_verb(after_tags) or "MD" in after_tags:
            return ("s",)
        if verb_tags <= BARE_VERB and after_tags & NOUN and not after_tags & (FINITE_VERB | BARE_VERB):
            # before the reported clause's noun a participle modifies it
            # ("K Mart said consolidate sales were": "consolidated")
            return ("ed",)
    if (before in PAST_ADVERBS and "VB" in tags and tags <= BARE_VERB | SINGULAR_NOUN and after != END
            and at >= 2 and words[at - 2] not in BARE_VERB_GOVERNORS
            and (verb_tags <= BARE_VERB or after in PREPOSITIONS or after in ARTICLES or after == "to")):
        # an adverb of the past before a bare verb: its past or participle
        # ("contracts previously award to EDO", "the company recently announce a")
        return ("ed",)
    if before in PLURAL_COUNTERS and (tags <= SINGULAR_NOUN or (
            before in PLURAL_DETERMINERS and tags & SINGULAR_NOUN and tags <= VERB_OR_NOUN)):
        two_before = words[at - 2] if at >= 2 else START
        if (two_before not in NOT_COUNTING and not (two_before == START and before == FIGURES)
                and after != "per"):
            if tags <= SINGULAR_NOUN and ends_noun_phrase(after, table):
                return ("s", "es", "ies")
            if after != END and (_finite_verb(table.readings(after)) or after in MODALS or after in DO_FORMS):
                # a noun that is a bare verb or an adjective too, before a
                # finite verb or a modal: neither stands there ("These
                # reserve do not add")
                return ("s", "es", "ies")
    if (before == START or before in PHRASE_OPENERS) and after in PARTICIPLE_PREPOSITIONS and (
            {"NN", "VB"} <= tags and not tags & NOT_OPENING_A_PHRASE):
        return ("ed",)
    if ((before == START or before in PHRASE_OPENERS) and after == VALUE_PREPOSITION
            and at + 2 < len(words) and words[at + 2] == FIGURES
            and "VB" in tags and tags & NOUN and not tags & NOT_A_BARE_VALUE_PARTICIPLE):
        return ("ed",)
    if (verb_tags <= BARE_VERB and (before in PREPOSITIONS or before in BE_FORMS or (
            before == "not" and at >= 2 and words[at - 2] in BE_FORMS))) or (
            tags <= BARE_VERB and (before in ARTICLES or before in NOUN_ONLY_DETERMINERS
                                   or possessive(before))):
        # after an article the dictionary's noun reading stands: news
        # writes "a sell recommendation"
        return ("ed", "ing")
    if verb_tags <= BARE_VERB and before == TODAY and after in ARTICLES and at >= 2 and (
            words[at - 2] not in BARE_VERB_GOVERNORS):
        return ("ed",)
    if (before in PAST_SPANS and "VB" in tags and (after == "to" or after in ARTICLES) and at >= 3
            and words[at - 2] == LAST and words[at - 3] not in NOT_BEFORE_LAST):
        return ("ed",)
    if verb_tags <= BARE_VERB and before == ALSO and at >= 2 and after != END:
        subject = words[at - 2]
        subject_tags = table.readings(subject) if subject not in (None, START) else frozenset()
        if subject_tags and subject_tags <= SINGULAR_NOUN:
            return ("ed", "s")
    if verb_tags <= BARE_VERB and before == BARE_BE:
        # a passive: "would be eliminate.", "to be introduce next January"
        return ("ed",)
    if (before == BARE_BE and "VB" in tags and tags <= BARE_VERB | SINGULAR_NOUN
            and (after in PREPOSITIONS or after in PASSIVE_FOLLOWERS)):
        # a noun too, before a preposition: no bare noun stands there
        # ("may not be issue until tomorrow": "issued")
        return ("ed",)
    if before in CHANGE_VERBS and word in DEGREE_ADJECTIVES and (
            after == END or after in PREPOSITIONS or after in CHANGE_PHRASE_ENDS):
        return ("ly",)  # "rose sharp to", "growing rapid due to"
    if "JJ" in tags and after != END:
        next_tags = table.readings(after)
        if next_tags and next_tags <= ADJECTIVE_OR_PARTICIPLE and (
                before == START or before in BE_FORMS or before == BARE_BE or before in PREPOSITIONS):
            return ("ly", "ally")
        if (after in COMPARATIVE_MOVES and ADVERB not in tags and not tags & NOT_DEGREE_ADJECTIVE
                and ADVERB in table.readings(word + "ly")):
            return ("ly",)
    if "JJ" in tags and after != END:
        if before in VERB_GROUP_OPENERS:
            return adverb_in_verb_group(word, tags, VERB_GROUP_OPENERS[before], table.readings(after),
                                         table)
        if before == START and at + 2 < len(words) and words[at + 2] == AGENT:
            return adverb_in_verb_group(word, tags, PARTICIPLE, table.readings(after), table)
        if before == AS and at + 2 < len(words) and words[at + 2] == END:
            return adverb_in_verb_group(word, tags, PARTICIPLE, table.readings(after), table)
    return ()


def sure_endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """``("ed", "ing")`` where ``word`` (``words[at]``) can only be a bare
    verb and stands where no reading of it can: after an article, a
    possessive pronoun, ``any`` or ``every``, before a word that may be a
    noun or an adjective (``its improve earnings``, ``any perceive
    problems``), or after a finite ``be`` and ``not`` (``it is not engage
    in``); else (). An article's word that ends its phrase was as often a
    noun cut short (``his depart had``, ``a react to``: ``departure``,
    ``reaction``), which the participle's surer credit would rank below
    it: that place is only ``endings_asked``'s. So is a bare verb after
    ``be`` alone, which may close a pseudo-cleft (``all they did was
    complain``)."""
    before, after = words[at - 1], words[at + 1]
    if before == "not":
        if at < 2 or words[at - 2] not in FINITE_BE:
            return ()
    elif not (before in ARTICLES or before in NOUN_ONLY_DETERMINERS) or (
            not isinstance(after, str) or after == END or after in PREPOSITIONS or after == "to"):
        return ()
    table = en_tags.for_lexicon(lex)
    if table is None:
        return ()
    tags = table.readings(word)
    if not tags or not tags <= BARE_VERB:
        return ()
    return ("ed", "ing") if before == "not" or table.readings(after) & MODIFIED else ()


def possessive(word) -> bool:
    """Is ``word`` (as the word model reads it) a noun's possessive
    (``ford's``, ``government's``), not a pronoun's contraction (``it's``)?"""
    return (isinstance(word, str) and word.endswith(POSSESSIVE)
            and word[:-len(POSSESSIVE)] not in CONTRACTED_PRONOUNS)


def adverb_in_verb_group(word: str, tags, verb_forms: frozenset[str], next_tags, table) -> tuple[str, ...]:
    """("ly",) where the adjective ``word`` (``tags``) stands before a word
    that reads as one of ``verb_forms``, the forms its verb group asks
    next, and has no adverb reading of its own while its ``-ly`` form has
    one; else (). A word that reads as such a verb form itself is the verb
    (``had set ...``)."""
    if (next_tags & verb_forms and ADVERB not in tags and not tags & verb_forms
            and ADVERB in table.readings(word + "ly")):
        return ("ly",)
    return ()


def modifiers_start(words, at: int, table, modifier: frozenset[str], most: int, stops) -> int:
    """The index of the word before the modifiers of ``words[at]``: the walk
    goes back over at most ``most`` words the dictionary reads in one of
    the ``modifier`` classes, and stops at a word the model does not know
    (None) or at one of ``stops`` (the determiners or openers a place reads
    there)."""
    k = at - 1
    for _ in range(most):
        w = words[k]
        if not isinstance(w, str) or w in stops or not table.readings(w) & modifier:
            break
        k -= 1
    return k


def ends_noun_phrase(after, table) -> bool:
    """Does ``after``, the word after a noun, end the noun's phrase: the end
    of the run, a preposition (whatever else the dictionary reads it as:
    ``in`` a noun, ``on`` an adjective), a conjunction but ``or``
    (likewise: ``but`` and ``if`` are nouns to it), or a word that can be
    no noun, adjective or -ing form ("ten year rescheduling accord" goes
    on); ``plus`` joins a second quantity (``400,000 dlr plus an
    amount``)?"""
    if after == END or after in PREPOSITIONS or after in QUANTITY_JOINS:
        return True
    tags = table.readings(after)
    # a conjunction ends it whatever noun the dictionary also reads it as
    # ("the buts", "the ifs": "among resident but", "within five year if");
    # "or", a noun and an adjective to it too, may join two modifiers
    return not tags & MODIFIED or (CONJUNCTION in tags and after != MODIFIER_JOIN)


def _finite_verb(tags: frozenset[str]) -> bool:
    """A word that reads as a finite verb and never as a noun (``said``,
    ``announced``). Not a modal: after an abbreviation's full stop a run
    starts inside a phrase ("the U.S. dollar would")."""
    return bool(tags & FINITE_VERB) and not tags & NOUN
