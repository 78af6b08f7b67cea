"""LanguageTool's spell checkers, without what newsqa's own non-word check spares.

Its spelling rules fire on every name and on foreign words quoted in the
copy (2,861 hits in 398 clean Spanish articles); the calibration can only
turn them on after the same filter newsqa's non-word checker applies:
a capitalised word (a name, an acronym, a sentence start), a word the user
accepted, and a common word of the language the text borrows from are no
misspellings.

A page damaged throughout (``qa.text.pagedamage``: an OCR'd book, told by
the share of lower-case words the speller flags) is the exception: there a capitalised
unknown word is as often damage (``Fifcál``, ``MONSÉñOR``) as a name, and
a word of the borrowed-from language as often a damaged word that happens
to spell one (``us``, ``lit``, ``pos`` in an OCR'd Spanish book) as a
loanword, so both are kept, at a lower raw confidence, for the calibration
to judge.
"""
from __future__ import annotations

from ..lexicon import Lexicons
from ..model import Finding
from ..seconded import VOTE_ONLY
from ..text.badness import badness_test
from ..text.pagedamage import damaged_throughout
from .rules import SPELLER_RULES

SPELLING_RULES = tuple(f"LT.{prefix}" for prefix in SPELLER_RULES)
FOREIGN_ZIPF = 3.0  # a word this common in the borrowed-from language is a loanword, not a typo
# Lower-case words the speller flags, per 100 words, that make a page damaged
# throughout: clean news averages about 0.2 (47 in 25,000 words of the
# calibration half), and an OCR'd page of the ICDAR 2019 set 5 to 15.
DAMAGED_PAGE = 5.0
# A capitalised or foreign word kept on a damaged page: lower than a lower-case
# one's (qa.grammar.rules.CONFIDENCE["spelling"]), and apart from each other, so
# the calibration bins the three apart.
CAPITALISED_CONFIDENCE = 0.3
FOREIGN_CONFIDENCE = 0.2


def spared(word: str, language: str, lexicons: Lexicons) -> bool:
    """
    >>> lex = Lexicons()
    >>> spared("Putin", "es", lex), spared("online", "es", lex), spared("gobierrno", "es", lex)
    (True, True, False)
    """
    return _capitalised(word) or _known(word, language, lexicons)


def _capitalised(word: str) -> bool:
    return not word[:1].islower()


def _known(word: str, language: str, lexicons: Lexicons) -> bool:
    """Accepted by the user, or a common word of the language the text borrows from."""
    if word.lower() in lexicons.accepted:
        return True
    other = lexicons[language].profile.borrows_from
    return bool(other) and other != language and lexicons[other].zipf(word.lower()) >= FOREIGN_ZIPF


def without_spared(text: str, language: str, findings: list[Finding], lexicons: Lexicons,
                   words: int = 0) -> list[Finding]:
    """The grammar findings without spelling matches on spared words; on a
    damaged page (``words``: the document's word count) capitalised and
    foreign words stay, at ``CAPITALISED_CONFIDENCE`` and
    ``FOREIGN_CONFIDENCE``; the user's accepted words never do. Elsewhere
    a lower-case foreign word's match stays as a vote only
    (``qa.seconded.VOTE_ONLY``), which merging consumes."""
    verdicts: list[str] = []  # per finding: keep, drop, kept only on a damaged page, or a vote
    for f in findings:
        word = text[f.start:f.end]
        if not f.rule.startswith(SPELLING_RULES):
            verdicts.append("keep")
        elif word.lower() in lexicons.accepted:
            verdicts.append("drop")
        elif _known(word, language, lexicons):
            verdicts.append("foreign")
        else:
            verdicts.append("capitalised" if _capitalised(word) else "keep")
    # Mojibake is no sign of a damaged page: a wrong decode hits every accented
    # word of clean copy, and Encoding.Mojibake reports them.
    is_bad = badness_test().is_bad
    misspelt = sum(v == "keep" and f.rule.startswith(SPELLING_RULES) and not is_bad(text[f.start:f.end])
                   for f, v in zip(findings, verdicts))
    damaged = damaged_throughout(misspelt, words, DAMAGED_PAGE)
    lowered = {"capitalised": CAPITALISED_CONFIDENCE, "foreign": FOREIGN_CONFIDENCE}
    out = []
    for f, v in zip(findings, verdicts):
        if v == "keep":
            out.append(f)
        elif v in lowered and damaged:
            out.append(f.with_(confidence=min(f.confidence, lowered[v])))
        elif v == "foreign" and not _capitalised(text[f.start:f.end]):
            # no finding, but a vote if newsqa's own context signal blames the
            # same word (qa.seconded): "est de Mato Grosso" is "estado" cut
            out.append(f.with_(confidence=min(f.confidence, FOREIGN_CONFIDENCE),
                               data={**f.data, VOTE_ONLY: True}))
    return out
