"""French: detection cues, abbreviations, legitimate repeats, word formation.

Word-list checks run on French at info level (their thresholds were not
measured on French news), names are spared like everywhere else, and
there is no agreement routine yet.
"""
from __future__ import annotations

from .profile import INTERJECTIONS, LanguageProfile

FUNCTION_WORDS = frozenset(
    "le la les de des du et en un une que qui dans pour par sur au aux est pas plus "
    "ce cette ne il elle sont ont avec été son sa ses mais nous vous leur".split())
ABBREVIATIONS = frozenset(
    """
    mme mmes mlle mlles dr pr mgr st ste cf env av bd fg éd etc
    janv févr avr juil déc
    """.split()
)
# "Nous nous sommes réunis", "vous vous êtes trompés": a subject and its
# reflexive pronoun; "faire faire" (have something done); "pas à pas" is no
# immediate repeat, so it needs no entry.
LEGITIMATE_REPEATS = frozenset("nous vous faire très".split()) | INTERJECTIONS
ANSWER_REPEATS = frozenset("non oui si".split())
# The subject-and-reflexive double needs its verb next ("nous nous sommes",
# "vous vous en souvenez"); "très très" its adjective. Before an article, a
# preposition or punctuation the double is a slip ("chez nous nous.").
_NO_HEAD = frozenset("le la les un une des de du au aux à dans pour par sur avec et ou".split())
GOVERNED_REPEATS = (("nous", _NO_HEAD), ("vous", _NO_HEAD), ("très", _NO_HEAD))
PREFIXES = tuple(
    """
    anti auto bio co contre cyber dé dés éco euro ex extra géo hyper inter intra macro méga
    micro mini multi néo non post pré pro pseudo re ré semi sous sub super télé trans tri ultra
    """.split()
)
SUFFIXES = (
    ("ment", ("", "e")), ("es", ("e", "")), ("s", ("",)), ("x", ("",)),
    ("issime", ("e", "")),
)
CONFUSABLE_LETTERS = frozenset({("c", "s"), ("s", "z"), ("é", "è"), ("k", "c")})
# Silent final and initial letters that writers drop.
SILENT_LETTERS = frozenset("h")

PROFILE = LanguageProfile(
    code="fr",
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    legitimate_repeats=LEGITIMATE_REPEATS,
    answer_repeats=ANSWER_REPEATS,
    governed_repeats=GOVERNED_REPEATS,
    accented=True,
    prefixes=PREFIXES,
    suffixes=SUFFIXES,
    confusable_letters=CONFUSABLE_LETTERS,
    silent_letters=SILENT_LETTERS,
)
