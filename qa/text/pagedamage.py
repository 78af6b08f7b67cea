"""Whether a page is damaged throughout: an OCR'd book, not edited copy.

On such a page an unknown word is nearly always damage, whatever its case
or whether it spells a word of another language; in clean news the same
word is mostly a name or a loanword. The spelling checks (newsqa's own and
LanguageTool's, after newsqa's filter) keep those words only on a damaged
page, at a low raw confidence that the calibration grades. Each check
counts its own lower-case misspellings and sets its own rate, since they
flag different shares of the same page.

>>> damaged_throughout(6, 100, 5.0), damaged_throughout(2, 20, 5.0), damaged_throughout(4, 100, 5.0)
(True, False, False)
"""
from __future__ import annotations

# At least this many misspellings, whatever the rate: in a sentence of 15
# words one slip is a rate of 7.
DAMAGED_PAGE_WORDS = 3


def damaged_throughout(misspelt: int, words: int, per_100_words: float) -> bool:
    """``misspelt`` lower-case misspellings in ``words`` words, at least
    ``per_100_words`` of them per 100 words."""
    return words > 0 and misspelt >= DAMAGED_PAGE_WORDS and 100.0 * misspelt / words >= per_100_words
