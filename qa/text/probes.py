"""The probes of the real-word checks: the listed words one damage step from a word.

A word damaged into another listed word is found by asking which common
words it could be damage of: one accent put back (``ultimo`` -> ``último``),
one OCR look-alike read back (``corno`` -> ``como``), one dropped letter
put back (``tempo`` -> ``tiempo``), or up to ``TRUNCATED`` letters of a
cut-off end (``tambi`` -> ``también``). ``Garble.RealWord`` asks them of
rare words, ``Garble.Context`` and ``Garble.TagContext`` of the words they
judge, ``Spelling.NonWord`` and the order of a fragment's repairs of a word
cut short, and the Spanish word facts of the verb forms a word could be.
They read the word list and the suggestion index only (``qa.text``), so a
language home and a checker can both import them; each probe keeps what it
found per word in the run's Lexicon memo.
"""
from __future__ import annotations

from .damage import OCR_PAIRS, base_letter, strip_accents
from .suggest import index_for

# A cut-off word (truncation) is a prefix of its original: "tambi",
# "recibiero", "acuer". Up to this many letters are put back.
TRUNCATED = 3

# A neighbour must be at least this common (zipf) to be offered at all.
MIN_NEIGHBOUR = 3.5

_ACCENTS = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "n": "ñ"}
# (original, seen) look-alikes between letters; marks are the accent probe's.
_LOOKALIKES = tuple((o, s) for o, s in OCR_PAIRS
                    if o.isalpha() and s.isalpha() and base_letter(o) != base_letter(s))


def accent_restorations(word: str) -> list[str]:
    """The word with one accent (or ñ) put back: ``ultimo`` -> ``último``, ``ultimó``..."""
    out = []
    for i, ch in enumerate(word):
        alt = _ACCENTS.get(ch)
        if alt:
            out.append(word[:i] + alt + word[i + 1:])
    return out


def lookalike_restorations(word: str) -> list[str]:
    """The word with one OCR look-alike read back: ``thc`` -> ``the``, ``corno`` -> ``como``..."""
    out = []
    for orig, seen in [pair for pair in _LOOKALIKES if pair[1] in word]:
        k = word.find(seen)
        while k != -1:
            out.append(word[:k] + orig + word[k + len(seen):])
            k = word.find(seen, k + 1)
    return out


# The deletion index costs ~0.3 s to build the first time and ~0.08 s to
# read back from the cache (qa.text.indexcache), about what 150 words probed
# letter by letter cost: a run loads it once it has probed this many. Both
# ways give the same words (checked on 84,000 Spanish and English words;
# the index can list a word twice, which changes no choice).
INDEX_AFTER = 150


def one_letter_longer(word: str, lex) -> tuple[str, ...]:
    """Common words that lose one letter to become ``word`` (``tempo`` <-
    ``tiempo``): from the suggestion index of the top words keyed by their
    one-letter deletions once a run has built it (one look-up), else by
    trying each letter at each place (~200 look-ups). Kept per word for the
    run: this checker, Garble.Context and Garble.TagContext ask it of the
    same words."""
    index = index_for(lex)
    by_letter = False
    if "near" not in index.__dict__:
        # every ask counts, kept or not, so the index is read at the same
        # point of a run as when each ask probed (before a fork, often)
        probes = lex.memo("realword-probes")
        probes["n"] = probes.get("n", 0) + 1
        by_letter = probes["n"] <= INDEX_AFTER
    memo = lex.memo("realword.one-letter-longer", 100_000)
    found = memo.get(word)
    if found is None:
        found = memo[word] = tuple(_probe_one_letter_longer(word, index, by_letter))
    return found


def _probe_one_letter_longer(word: str, index, by_letter: bool) -> list[str]:
    if by_letter:
        top = index.top_words
        found = {w for i in range(len(word) + 1) for c in index.alphabet
                 if (w := word[:i] + c + word[i:]) in top}
        return sorted(found, key=top.__getitem__)
    key = strip_accents(word)
    return [w for w in index.words_near(key) if len(w) == len(word) + 1
            and any(w[:i] + w[i + 1:] == word for i in range(len(w)))]


def completions(word: str, lex, longest: int = TRUNCATED,
                floor: float = 10 ** (MIN_NEIGHBOUR - 9)) -> tuple[str, ...]:
    """Listed words at least ``floor`` frequent (zipf MIN_NEIGHBOUR by
    default) that ``word`` is the start of, one to ``longest`` letters
    shorter: ``tambi`` -> ``también``. Kept per word for the run, like
    ``one_letter_longer``: Garble.Context, Garble.TagContext and
    Spelling.NonWord (a word cut short) ask them too."""
    memo = lex.memo("realword.completions", 100_000)
    key = (word, longest, floor)
    found = memo.get(key)
    if found is None:
        freq = lex.frequencies
        found = memo[key] = tuple(w for w in index_for(lex).starting_with(word)
                                  if 0 < len(w) - len(word) <= longest and freq[w] >= floor)
    return found
