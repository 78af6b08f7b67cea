"""A singular noun that a partitive or a plural determiner makes plural.

``one of the offerings``, ``each of its units``, ``two of the banks``: a
partitive of a count picks members of a plural, so the noun that ends its
phrase is plural; so is the head after a determiner that is only plural
(``several banks``, ``these companies``, ``all destinations``), and after
``among``, which picks from many (``among individual states``). A dropped letter or a cut-off
end that takes the plural's ``s`` leaves a singular noun the trigram reads
well enough (``one of the offering will``: it sees ``the offering will``
and ``of the offering``, never ``one`` with the noun), so the damage
passes.

Read here, on the run as the word model reads it: a partitive
(``PARTITIVES`` then ``of``) and one determiner, or a plural determiner
(``PLURAL_DETERMINERS``), then at most ``MOST_MODIFIERS`` adjectives,
nouns or participles (two adjectives joined by ``and`` count as one, but
not after ``both``, which joins them: ``both modern and antiquated
plant``), then the word: a singular count noun by the tagging
dictionary (``qa.lang.en_tags``; no plural, mass, name or pronoun
reading) that ends its phrase (``qa.lang.en_places.ends_noun_phrase``,
or a modal follows: ``will``). Left alone: the partitives
that take a mass noun as well (``some``, ``all``, ``most``, ``any``,
``none``: ``some of the money``), a collective noun, whose members a
partitive picks as well (``one of the group``, ``each of the family``),
``kind``, ``sort`` and ``type`` (``these kind of deals`` is how people
speak), a noun that modifies another (``one of the oil companies``),
``both`` before ``and`` (``both bank and union``), a word that may be
a present right after a plural determiner, which may be a pronoun and its
verb (``These offer a return``, ``many believe``; not before ``are`` or
``were``: ``These attack are``), and after ``all`` a noun
of time, an adjective or an adverb (``all day``, ``all right``). The answer comes
through the English profile's ``class_places``
(``qa.lang.en.class_endings``), credited as the other class places; the
trigram must still prefer the plural.

Must ask: ``one of the offering will``, ``each of its unit said``,
``these investor said``. Must not: ``one of the offerings will``, ``some of
the money was``, ``one of the group said``, ``one of the oil companies``,
``both bank and union``.
"""
from __future__ import annotations

from . import en_tags
from .en_places import PLURAL_DETERMINERS, ends_noun_phrase, modifiers_start
from .en_tags import ADJECTIVE

# Counts that pick members of a plural ("one of", "two of", "each of").
PARTITIVES = frozenset("""
    one each either neither two three four five six seven eight nine ten eleven twelve
    fifteen twenty thirty forty fifty several many both few
    """.split())
# The determiners a partitive's plural takes after "of".
OF_DETERMINERS = frozenset("the its their his her our your my these those".split())
# "all" takes a plural count noun too, but a singular of time ("all day",
# "all year") and an adjective or adverb ("all right", "all set") as well.
ALL = "all"
ALL_TIME = frozenset("day week month year night morning afternoon evening season summer winter weekend time".split())
ADJECTIVE_OR_ADVERB = frozenset({"JJ", "JJR", "JJS", "RB"})
# Words of one or more modifiers between the determiner and the noun.
MODIFIER = frozenset({"JJ", "JJR", "JJS", "NN", "NN:UN", "VBN"})
MOST_MODIFIERS = 2
# Nouns whose singular a partitive or a plural determiner may take.
COLLECTIVES = frozenset("""
    group team family board panel committee crew staff public couple pair trio council jury
    band class party audience club union alliance consortium syndicate coalition cartel
    community population majority minority rest lot kind sort type
    """.split())

# Nouns of quantity whose "of" takes a plural count noun ("a number of
# projects", "a handful of issues", "a host of problems"); not "lot",
# "majority", "total" or "series", which take a mass noun or a singular
# too ("a lot of money", "a total of 500 mln").
QUANTITY_NOUNS = frozenset("number handful couple variety host range multitude dozens".split())
# The adjectives that grade one ("a large number of", "a wide range of").
QUANTITY_ADJECTIVES = frozenset("""
    large small growing increasing big great wide broad record limited huge vast whole
    """.split())
# Besides "a" and "the", what may open "number of": "any number of".
_NUMBER_DETERMINERS = frozenset("any this that".split())

# "among" picks from many: its noun is plural ("among individual states",
# "among the banks"), unless a collective's (``COLLECTIVES``).
AMONG = "among"
# A verb that is never singular after the noun: a plural determiner's word
# that may be a present is then no verb of its own ("These attack are").
PLURAL_VERBS = frozenset("are were".split())
_OPENERS = OF_DETERMINERS | PLURAL_DETERMINERS | {ALL, AMONG}


def endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """("s",) where ``word`` at ``words[at]`` (the run as the word model
    reads it) is a singular count noun ending a phrase that a partitive's
    determiner or a plural determiner opens; else ()."""
    head = member_head(word, lex)
    if head is None:
        return ()
    table, tags = head
    after = words[at + 1]
    if after is None or not (ends_noun_phrase(after, table) or after in PLURAL_VERBS
                             or "MD" in table.readings(after)):
        return ()
    k = modifiers_start(words, at, table, MODIFIER, MOST_MODIFIERS, _OPENERS)
    if words[k] == "and" and k >= 2 and k + 1 < at and _adjective(words[k - 1], table) and _adjective(
            words[k + 1], table):
        # two adjectives joined: "these wanton and barbarous attack are";
        # "both" joins the adjectives ("both modern and antiquated plant")
        k = modifiers_start(words, k, table, MODIFIER, MOST_MODIFIERS, _OPENERS)
        if words[k] == "both":
            return ()
    opener = words[k]
    if opener == ALL and k == at - 1 and (word in ALL_TIME or tags & (ADJECTIVE_OR_ADVERB | {"VBP"})):
        return ()
    if opener in PLURAL_DETERMINERS or opener == ALL:
        # each may be a pronoun, the word its verb ("These offer a return",
        # "many believe"): a word that may be a present is left alone
        if (opener == "both" and after == "and") or (
                k == at - 1 and "VBP" in tags and after not in PLURAL_VERBS):
            return ()
        return ("s",)
    if opener == AMONG or (opener in OF_DETERMINERS and k >= 1 and words[k - 1] == AMONG):
        return ("s",)
    if opener in OF_DETERMINERS and k >= 2 and words[k - 1] == "of" and words[k - 2] in PARTITIVES:
        return ("s",)
    if opener == "of" and _counted_quantity(words, k - 1):
        return ("s",)
    return ()


def member_head(word: str, lex) -> tuple | None:
    """``en_tags.singular_head`` for a noun whose plural names members of a
    many (no collective: ``one of the group``, ``shareholders and staff``);
    None otherwise."""
    return None if word in COLLECTIVES else en_tags.singular_head(word, lex)


def _adjective(word, table) -> bool:
    """Does ``word`` (as the model reads it) read as an adjective?"""
    return isinstance(word, str) and bool(table.readings(word) & ADJECTIVE)


def _counted_quantity(words, k: int) -> bool:
    """Is ``words[k]`` a noun of quantity that counts what follows its
    "of" (``a number of``, ``a handful of``, ``the number of``, ``a wide
    range of``)?"""
    if k < 1 or words[k] not in QUANTITY_NOUNS:
        return False
    before = words[k - 1]
    if before in ("a", "the") or (words[k] == "number" and before in _NUMBER_DETERMINERS):
        return True
    # one adjective between: "a large number of", "a wide range of"
    return k >= 2 and words[k - 2] == "a" and before in QUANTITY_ADJECTIVES
