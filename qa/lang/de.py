"""German: detection cues, abbreviations, legitimate repeats, word formation.

German writes compounds as one word, so the glued-words checks see many
unlisted compounds; word-list checks stay at info level.
"""
from __future__ import annotations

from .profile import INTERJECTIONS, LanguageProfile

FUNCTION_WORDS = frozenset(
    "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als "
    "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch".split())
ABBREVIATIONS = frozenset(
    """
    dr prof hr fr nr str bzw usw vgl ca evtl ggf inkl z.b d.h u.a s.o o.ä
    jan feb märz apr jun jul aug sept okt nov dez
    """.split()
)
# A relative pronoun after its article-like twin ("die, die" without the
# comma is common in scraped copy) and "sie Sie" are grammatical.
LEGITIMATE_REPEATS = frozenset("die der das sie sehr so".split()) | INTERJECTIONS
ANSWER_REPEATS = frozenset("nein ja doch".split())
PREFIXES = tuple(
    """
    ab an auf aus bei ein mit nach über um unter vor zu zurück ver ent zer miss un ur anti
    bio ex extra hyper inter mega mikro mini multi neo post prä pro pseudo super ultra
    """.split()
)
SUFFIXES = (
    ("en", ("",)), ("n", ("",)), ("e", ("",)), ("es", ("",)), ("s", ("",)), ("er", ("",)),
    ("ung", ("en",)), ("lich", ("",)), ("keit", ("",)), ("heit", ("",)),
)

PROFILE = LanguageProfile(
    code="de",
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    legitimate_repeats=LEGITIMATE_REPEATS,
    answer_repeats=ANSWER_REPEATS,
    accented=True,
    prefixes=PREFIXES,
    suffixes=SUFFIXES,
)
