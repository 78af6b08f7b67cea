"""Language detection: each language profile's function words, then word
frequencies, then script.

Function words settle most articles without loading any word list. A text
too short for them (a headline, a first sentence), or one where two
languages' cues run close (Spanish and Portuguese share many), is scored
by how likely its words are in each language's list of common words (a
unigram model over wordfreq's small lists: ~0.1 s for all of them, once a
run). When no language clearly wins, the answer is ``und``: an honest
"unknown" costs a run its word-list checks, a wrong language costs false
alarms on every word.
"""
from __future__ import annotations

import math
import operator
import unicodedata
from collections import Counter
from functools import partial
from itertools import compress
from typing import Any, Mapping, Protocol

from ..lang import DETECTION_CUES
from .memofill import fill
from .tokens import Token

# What a document's language is when no language clearly won (ISO 639-2).
UNKNOWN = "und"

# word -> the languages whose function words include it, for one pass over a sample
_LANGUAGES_OF: dict[str, list[str]] = {}
for _lang, _words in DETECTION_CUES.items():
    for _word in _words:
        _LANGUAGES_OF.setdefault(_word, []).append(_lang)

_TEXT = operator.attrgetter("text")
_KIND = operator.itemgetter(3)  # Token.kind, read without the namedtuple property
_IS_WORD = "word".__eq__

# Scripts that identify a language well enough on their own.
_SCRIPT_LANG = {
    "CYRILLIC": "ru", "GREEK": "el", "HEBREW": "he", "ARABIC": "ar", "HANGUL": "ko",
    "HIRAGANA": "ja", "KATAKANA": "ja", "CJK": "zh", "DEVANAGARI": "hi", "THAI": "th",
    "BENGALI": "bn", "TAMIL": "ta",
}

# Function words decide alone from this many words on, when the winner leads
# the runner-up by CUE_LEAD times; below, word frequencies decide.
CUE_WORDS = 40
CUE_LEAD = 2.0
# The frequency model reads this many words, gives a word a language does
# not list this frequency, and names a language only when it is this many
# orders of magnitude likelier than the next and lists half the words.
# Measured with bench/detect_short.py (first sentence, first 5/8/12 words
# of the clean and real-error sets, es/en; fr/de headlines): 97.5% right,
# 1.9% und, 0.6% wrong, against 75% right and 22% und by function words alone.
MODEL_WORDS = 60
UNLISTED = 1e-8
MIN_LEAD = 1.0


class WordLists(Protocol):
    """Per-run word lists (``qa.lexicon.Lexicons``): ``lists[code].common_words``
    and ``lists[code].memo(name)``."""

    def __getitem__(self, language: str): ...


def detect_language(words: list[Token], default: str = UNKNOWN, lists: WordLists | None = None) -> str:
    """Best guess from the first few hundred words; ``lists`` lets short
    texts be judged by word frequencies (without it, function words only).

    >>> from qa.text.tokens import tokenize
    >>> detect_language(tokenize("El líder de la guerra en Rusia y los países"))
    'es'
    >>> detect_language(tokenize("The leader of the war and the countries"))
    'en'
    """
    head = words[:400]
    sample = list(map(str.lower, map(_TEXT, compress(head, map(_IS_WORD, map(_KIND, head))))))
    if not sample:
        return default
    # Each distinct word once: an article repeats its function words.
    scores = dict.fromkeys(DETECTION_CUES, 0)
    counts = Counter(sample)
    for w in counts.keys() & _LANGUAGES_OF.keys():
        for lang in _LANGUAGES_OF[w]:
            scores[lang] += counts[w]
    best, second = sorted(scores, key=scores.__getitem__, reverse=True)[:2]
    cued = scores[best] >= max(2, 0.08 * len(sample))
    if cued and (lists is None or (len(sample) >= CUE_WORDS and scores[best] >= CUE_LEAD * scores[second])):
        return best
    if lists is not None:
        found = _by_frequency(sample[:MODEL_WORDS], {code: lists[code] for code in DETECTION_CUES})
        if found is not None:
            return found
    return _by_script(sample) or default


def guess_language(text: str) -> str:
    """A quick guess from function words alone in the first ``GUESS_CHARS``
    of ``text``, no word list read: for dealing documents out to processes
    by language (``qa.langdeal``) before any list is loaded. Never a
    document's language: ``qa.pipeline.prepare`` settles that, and a wrong
    guess only sends a document to a process that has another language's
    list in memory."""
    from .tokens import tokenize

    return detect_language(tokenize(text[:GUESS_CHARS]))


# Enough text for a few dozen function words: an article's opening.
GUESS_CHARS = 1000


def _by_frequency(sample: list[str], lists: Mapping[str, Any]) -> str | None:
    """The language under which the words are likeliest, if it clearly is.

    Every Spanish article comes here (Catalan shares its function words),
    so each word's log-frequency is kept per run and language: the sums
    then add the same numbers in the same order without recomputing them.
    """
    floor = math.log10(UNLISTED)
    scores = {}
    for code, lexicon in lists.items():
        freq = lexicon.common_words
        if freq:
            logs = lexicon.memo("language.log10")
            values = fill(logs, sample, partial(_log_frequency, freq, floor))
            scores[code] = sum(values)
    if len(scores) < 2:
        return None
    best, second = sorted(scores, key=scores.__getitem__, reverse=True)[:2]
    common_best = lists[best].common_words
    listed = sum(map(common_best.__contains__, sample))
    if scores[best] - scores[second] < MIN_LEAD or listed < max(2, 0.5 * len(sample)):
        return None
    return best


def _log_frequency(freq: Mapping[str, float], floor: float, word: str) -> float:
    """log10 of ``word``'s frequency in ``freq``, ``floor`` when unlisted."""
    f = freq.get(word, 0.0)
    return math.log10(f) if f > UNLISTED else floor


def _by_script(sample: list[str]) -> str | None:
    scripts = Counter()
    for w in sample[:100]:
        name = unicodedata.name(w[0], "")
        for script, lang in _SCRIPT_LANG.items():
            if name.startswith(script):
                scripts[lang] += 1
                break
    if scripts:
        lang, count = scripts.most_common(1)[0]
        if count >= len(sample[:100]) / 2:
            return lang
    return None
