"""LanguageTool's spell checkers, without what newsqa's own non-word check spares.

Its spelling rules fire on every name and on foreign words quoted in the
copy (2,861 hits in 398 clean Spanish articles); the calibration can only
turn them on after the same filter newsqa's non-word checker applies:
a capitalised word (a name, an acronym, a sentence start), a word the user
accepted, and a common word of the language the text borrows from are no
misspellings.
"""
from __future__ import annotations

from ..lexicon import Lexicons
from ..model import Finding

SPELLING_RULES = ("LT.MORFOLOGIK_RULE_", "LT.HUNSPELL_")
FOREIGN_ZIPF = 3.0  # a word this common in the borrowed-from language is a loanword, not a typo


def spared(word: str, language: str, lexicons: Lexicons) -> bool:
    """
    >>> lex = Lexicons()
    >>> spared("Putin", "es", lex), spared("online", "es", lex), spared("gobierrno", "es", lex)
    (True, True, False)
    """
    if not word[:1].islower() or word.lower() in lexicons.accepted:
        return True
    other = lexicons[language].profile.borrows_from
    return bool(other) and other != language and lexicons[other].zipf(word.lower()) >= FOREIGN_ZIPF


def without_spared(text: str, language: str, findings: list[Finding], lexicons: Lexicons) -> list[Finding]:
    """The grammar findings without spelling matches on spared words."""
    return [f for f in findings
            if not f.rule.startswith(SPELLING_RULES) or not spared(text[f.start:f.end], language, lexicons)]
