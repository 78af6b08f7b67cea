"""Ranked corrections for a damaged word: a noisy channel over word frequencies.

Candidates come from edits of the word (accents included), OCR look-alike
rewrites, a space put back into glued words and a space taken out of split
ones. Each is priced by ``damage.damage_cost`` and ranked by

    score = zipf(candidate) - COST_WEIGHT * cost

so one unit of damage must be paid for by a candidate about a hundred
times more frequent. The search reaches distance two (bar two replaced
letters) through an index of the language's top words keyed without
accents; it is built on the first call for a language (a few tenths of a
second) and only checkers that met an unknown word ever pay for it.

>>> from qa.lexicon import Lexicon
>>> es = Lexicon("es")
>>> [c.word for c in suggest("gobierno", es)]
[]
>>> suggest("Gobirno", es)[0].word
'Gobierno'
>>> "culpó" in [c.word for c in suggest("culo", es, real_word=True)]
True
"""
from __future__ import annotations

import math
import sys
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Callable, Iterable

from ..lexicon import Lexicon
from . import freqlists, mappedlist
from .damage import DEFAULT_COSTS, OCR_PAIRS, Costs, base_letter, damage_cost
from .indexcache import load_or_build
from .sortedtable import LAYOUT, ProbedMapping, presence_filter, sorted_table

# One unit of damage cost is worth this many zipf points (powers of ten).
COST_WEIGHT = 2.0
# For real-word damage the input itself is a word, so the damage model has
# to carry more of the evidence than frequency does.
REAL_WORD_COST_WEIGHT = 3.0
REAL_WORD_COSTS = replace(DEFAULT_COSTS, replace=1.5, confusable=1.0)
# Words indexed for distance-2 search; rarer words are reached at distance 1.
INDEX_SIZE = 30_000
# Distance-2 candidates scored per query, most frequent first: bounds the
# time spent on short words, which have hundreds of neighbours.
MAX_FAR = 120
# Searches of the distance-2 index before a run reads it whole: a search
# costs about 2 µs and reading the index about 0.04 s (and 25 MB), the
# break-even. A long unknown word asks it about 600 keys, of which its
# presence filter leaves about an eighth to search, so 200 real articles
# search it about 6,800 times (Spanish) or 2,200 (English): a run of a few
# hundred articles never reads it, and a parent that forks need not read
# it for its workers.
NEAR_PROBES = 20_000
# A candidate this cheap ends the search before distance two.
CHEAP = 0.8
# A short function word glued to a word (``seofrecerán``, ``corroboraronel``)
# hides a rarer word than two content words glued may: the function word is
# this common (zipf; de 7.8, was 6.8, sus 6.4, dela 3.4), the other half
# need only be listed this often (``se percataron``: zipf 2.6).
FUNCTION_ZIPF = 5.8
RARE_HALF_ZIPF = 2.0
FUNCTION_FREQ = 10 ** (FUNCTION_ZIPF - 9)
RARE_HALF_FREQ = 10 ** (RARE_HALF_ZIPF - 9)
# Single letters that OCR puts in place of a digit inside a word.
DIGIT_AS_LETTER = {"0": "o", "1": "l", "5": "s", "8": "b", "6": "b", "9": "g", "2": "z"}
_SEPARATORS = " -\u00ad\u2010\u2011"  # space, hyphens, soft hyphen


@dataclass(frozen=True, slots=True)
class Candidate:
    word: str  # in the input's capitalisation
    cost: float  # damage cost (damage.Costs units)
    frequency: float  # wordfreq frequency of the candidate (0..1)
    score: float  # zipf - weight * cost; higher is better
    operations: tuple[str, ...]  # repair steps, e.g. ("insert:p", "accent:ó")


def channel_score(frequency: float, cost: float, weight: float = COST_WEIGHT) -> float:
    """A candidate's noisy-channel score: its zipf less ``weight`` times
    its damage price (``Candidate.score``).

    >>> channel_score(1e-4, 0.7)
    3.6
    """
    return round(math.log10(frequency) + 9 - weight * cost, 3)


# The index's words: the alphabetic ones listed before the first word
# rarer than this; how ``SpellIndex.words`` picks them names its copies.
_RAREST = 1e-7
_WORDS_PICKED = f"alphabetic, before the first rarer than {_RAREST}"
# The alphabet: the commonest letters of the top words, seen a few times
# (capped so a language written in thousands of characters stays cheap).
_ALPHABET_WORDS = 20_000
_LETTERS = 64
_LETTER_SEEN = 3


class SpellIndex:
    """What the search needs from one language's word list, built lazily."""

    def __init__(self, lexicon: Lexicon, size: int = INDEX_SIZE):
        self.lexicon = lexicon
        self.size = size

    @cached_property
    def words(self) -> list[str]:
        """The alphabetic words listed before the first one rarer than
        1e-7 (wordfreq's dict is ordered by descending frequency)."""
        # Filtered without a Python step per word: 120,000 words a language.
        return list(filter(str.isalpha, freqlists.words_before_rarer(self.lexicon.frequencies, _RAREST)))

    def _words_source(self, count: int | None = None) -> str:
        """What names a copy built from ``words[:count]`` (all of them by
        default): the kept word list's own name and how ``words`` picks from
        it, where the Lexicon reads one of ``qa.text.freqlists``'s lists
        (joining and hashing 118,000 Spanish words cost a one-article run
        a few milliseconds a copy), else the words themselves."""
        listed = freqlists.kept_name(self.lexicon.language, self.lexicon.frequencies)
        if listed is None:
            return "\n".join(self.words[:count])
        return f"{listed}\n{_WORDS_PICKED}\n{count}"

    @cached_property
    def sorted_words(self) -> list[str]:
        """The words in alphabetical order, for prefix look-ups. Sorting
        them costs a run about 0.03 s, so their order is kept on disk, as
        positions in ``words`` (the same string objects, no second copy)."""
        words = self.words
        kept = load_or_build(f"sortedwords-{self.lexicon.language}",
                             f"{sys.byteorder}\n{self._words_source()}",
                             lambda: [array("I", sorted(range(len(words)), key=words.__getitem__)).tobytes()],
                             shape=list)
        order = array("I")
        order.frombytes(kept[0])
        return list(map(words.__getitem__, order))

    def starting_with(self, prefix: str) -> list[str]:
        """Listed words that begin with ``prefix`` (the prefix itself too)."""
        words = self.sorted_words
        i = bisect_left(words, prefix)
        out = []
        while i < len(words) and words[i].startswith(prefix):
            out.append(words[i])
            i += 1
        return out

    @cached_property
    def alphabet(self) -> str:
        """Letters (accented ones too) common in the language's top words.
        Kept on disk (counting them cost a one-article run 0.01 s)."""
        def count() -> list[str]:
            counts = Counter("".join(self.words[:_ALPHABET_WORDS]))
            return ["".join(ch for ch, n in counts.most_common(_LETTERS) if n >= _LETTER_SEEN)]

        return load_or_build(f"alphabet-{self.lexicon.language}",
                             f"{_LETTERS} {_LETTER_SEEN}\n{self._words_source(_ALPHABET_WORDS)}",
                             count, shape=list)[0]

    @cached_property
    def bare_alphabet(self) -> str:
        return "".join(sorted({base_letter(c) for c in self.alphabet}))

    @cached_property
    def marked(self) -> dict[str, str]:
        """Bare letter -> its marked forms in this language (o -> óò...)."""
        out: dict[str, str] = defaultdict(str)
        for ch in self.alphabet:
            if base_letter(ch) != ch:
                out[base_letter(ch)] += ch
        return dict(out)

    @cached_property
    def _unmarked(self) -> dict[int, str]:
        """Marked letter (its code point) -> its bare letter."""
        return {ord(c): base_letter(c) for c in self.alphabet if base_letter(c) != c}

    def _top_source(self) -> str:
        """What the indexes of the top words are built from: it names their
        copies on disk, so a changed word list or alphabet gets new ones."""
        return f"{sorted(self._unmarked.items())!r}\n{self._words_source(self.size)}"

    @cached_property
    def accented(self) -> dict[str, str]:
        """Unaccented spelling -> the commonest accented word it stands for
        (informacion -> información); one lookup finds a stripped accent.
        Built once and kept on disk (``qa.text.indexcache``)."""
        table = self._unmarked

        def build() -> dict[str, str]:
            out: dict[str, str] = {}
            for w in self.words[: self.size]:
                bare = w.translate(table)
                if bare != w and bare not in out:  # words come most frequent first
                    out[bare] = w
            return out

        return load_or_build(f"accented-{self.lexicon.language}", self._top_source(), build)

    @cached_property
    def top_words(self) -> dict[str, int]:
        """The indexed words and their rank (0 = most frequent)."""
        return {w: i for i, w in enumerate(self.words[: self.size])}

    @cached_property
    def near(self) -> ProbedMapping:
        """Accentless key and each key with one letter deleted -> the words,
        most frequent first, separated by spaces (``words_near`` splits them).
        Built once per word list and kept on disk (``qa.text.indexcache``);
        a run reads it whole only after NEAR_PROBES searches, answered
        until then from its sorted copy (``qa.text.sortedtable``), most
        absent keys turned away first by its presence filter."""
        table = self._unmarked
        name, source = f"near-{self.lexicon.language}", self._top_source()

        def build() -> dict[str, str]:
            index: dict[str, list[str]] = defaultdict(list)
            for w in self.words[: self.size]:
                key = w.translate(table)
                index[key].append(w)
                for i in range(len(key)):
                    index[key[:i] + key[i + 1:]].append(w)
            return {key: " ".join(ws) for key, ws in index.items()}

        def whole() -> dict[str, str]:
            return load_or_build(name, source, build)

        def kept(kind: str, build: Callable[[], list]) -> Callable[[], list]:
            # mapped, not read: a run searches a few keys of several MB
            return lambda: mappedlist.load_or_build(f"{kind}{name}", f"{LAYOUT}\n{source}", build)

        presence = kept("presence", lambda: [presence_filter(whole())])
        return ProbedMapping(whole, kept("sorted", lambda: sorted_table(whole())), NEAR_PROBES,
                             lambda: presence()[0])

    def words_near(self, key: str) -> list[str]:
        """The indexed words whose accentless form is ``key`` or loses one letter to become it."""
        found = self.near.get(key)
        return found.split(" ") if found else []


def index_for(lexicon: Lexicon) -> SpellIndex:
    """The Lexicon's spelling index, built on first use and kept in the
    Lexicon's own memo, so it dies with the Lexicon (a run). (A
    WeakKeyDictionary keyed by the Lexicon kept every run's index alive: the
    index refers back to its Lexicon, so the key never died.)"""
    memo = lexicon.memo("spell-index")
    index = memo.get("index")
    if index is None:
        index = memo["index"] = SpellIndex(lexicon)
    return index


def match_case(template: str, word: str) -> str:
    """
    >>> match_case("GOBIRNO", "gobierno"), match_case("Culo", "culpó")
    ('GOBIERNO', 'Culpó')
    """
    if len(template) > 1 and template.isupper():
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def edits1(word: str, alphabet: str) -> set[str]:
    """Every string one deletion, swap, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in alphabet)
    out.update(a + c + b for a, b in splits for c in alphabet)
    return out


def _deletes2(word: str) -> set[str]:
    ones = {word[:i] + word[i + 1:] for i in range(len(word))}
    return {w[:i] + w[i + 1:] for w in ones for i in range(len(w))}


def _accent_variants(word: str, marked: dict[str, str]) -> set[str]:
    """The word with one or two letters given (or relieved of) a mark.

    Each variant is built once: the letters that have another form, then
    every one of them changed, and every pair (a second change of the same
    letter only gives back a form of that letter, made already).

    >>> sorted(_accent_variants("ano", {"a": "á", "o": "ó", "n": "ñ"}))
    ['ano', 'anó', 'año', 'añó', 'áno', 'ánó', 'áño']
    """
    options = []
    for i, ch in enumerate(word):
        base = base_letter(ch)
        alts = [alt for alt in base + marked.get(base, "") if alt != ch]
        if alts:
            options.append((i, alts))
    out = {word}
    for k, (i, alts) in enumerate(options):
        head, tail = word[:i], word[i + 1:]
        for alt in alts:
            once = head + alt + tail
            out.add(once)
            for j, others in options[k + 1:]:
                left, right = once[:j], once[j + 1:]
                out.update([left + other + right for other in others])
    return out


def _ocr_variants(word: str) -> set[str]:
    """The word with one look-alike rewritten, and with digits read as letters."""
    out = {word}
    for orig, seen in OCR_PAIRS:
        if len(seen) > 1 or len(orig) > 1 or not seen.isalpha():
            start = word.find(seen)
            while start != -1:
                out.add(word[:start] + orig + word[start + len(seen):])
                start = word.find(seen, start + 1)
    if any(c.isdigit() for c in word):
        out.add("".join(DIGIT_AS_LETTER.get(c, c) for c in word))
        out.add(word.replace("1", "i"))
    return out


def splits(word: str, freq: dict[str, float], at: Iterable[int] | None = None,
           rare_half: bool | frozenset[str] = False) -> list[tuple[str, float]]:
    """Two known words that, glued, give ``word``: ('deestos' -> 'de estos');
    cut at the offsets ``at`` (ascending) only, when given. ``rare_half``:
    beside a short function word the other half may be rare (True: a
    language that rarely compounds), or beside one of these function words
    (a set: English ``trancheof``, while ``multiplexor`` is no
    ``multiplex or``)."""
    out = []
    for i in range(1, len(word)) if at is None else at:
        left, right = word[:i], word[i:]
        fl, fr = freq.get(left, 0.0), freq.get(right, 0.0)
        # Single letters are in every word list as initials; only the
        # common one-letter words (y, a, o; a, I) may stand alone.
        if min(len(left), len(right)) == 1 and min(fl, fr) < 3e-4:
            continue
        if (fl >= 1e-6 and fr >= 1e-6) or (rare_half and min(fl, fr) >= RARE_HALF_FREQ and (
                (len(left) <= 3 and fl >= FUNCTION_FREQ and (rare_half is True or left in rare_half))
                or (len(right) <= 3 and fr >= FUNCTION_FREQ and (rare_half is True or right in rare_half)))):
            # wordfreq's own rule for the frequency of a phrase.
            out.append((f"{left} {right}", 1.0 / (1.0 / fl + 1.0 / fr)))
    return out


def _bases(word: str, reach: int) -> set[str]:
    # Digits in a word are OCR's mark: read them as letters before editing.
    if reach > 1 and any(c.isdigit() for c in word):
        return {word, "".join(DIGIT_AS_LETTER.get(c, c) for c in word)}
    return {word}


def _near(word: str, index: SpellIndex, reach: int) -> set[str]:
    """Known words one edit (plus any accents) from ``word``; with reach 2,
    also its look-alike rewrites."""
    # The word list's keys intersected with a set of strings: the look-ups
    # run in C, a thousand edits of a long word at a time.
    listed = index.lexicon.frequencies.keys()
    found = listed & _accent_variants(word, index.marked)
    if reach == 0:
        return found
    for base in _bases(word, reach):
        found.update(w for w in listed & edits1(base, index.alphabet) if w.isalpha())
    # An edit plus a lost accent (culo <- culpó) where the word is too rare
    # for the index: the accent variants of what one edit reached.
    for w in list(found):
        found |= listed & _accent_variants(w, index.marked)
    if reach > 1:
        # A look-alike rewrite is taken as it is (with accents), not edited
        # further: each rewrite would multiply the search, and OCR damage
        # rarely stacks.
        for variant in _ocr_variants(word) - _bases(word, reach):
            found |= listed & _accent_variants(variant, index.marked)
    return found


def _far(word: str, index: SpellIndex, reach: int, exclude: set[str]) -> set[str]:
    """Known top words two edits away (bar two replaced letters), from the index."""
    freq = index.lexicon.frequencies
    far: set[str] = set()
    near = index.near
    for base in _bases(word, reach):
        key = "".join(base_letter(c) for c in base)
        # Short words have hundreds of neighbours at distance two; for them
        # stay within one deletion on either side.
        probes = {key} | ({key[:i] + key[i + 1:] for i in range(len(key))}
                          if len(key) <= 4 else edits1(key, index.bare_alphabet) | _deletes2(key))
        for found in near.values_of(probes):
            if found:
                far.update(found.split(" "))
    far -= exclude
    if len(far) > MAX_FAR:
        far = set(sorted(far, key=lambda w: (-freq[w], w))[:MAX_FAR])
    return far


def suggest(
    word: str,
    lexicon: Lexicon,
    limit: int | None = None,
    max_cost: float = 2.5,
    real_word: bool = False,
    costs: Costs | None = None,
    reach: int = 2,
    min_frequency: float = 0.0,
) -> list[Candidate]:
    """Best corrections for ``word``, best first, in the word's capitalisation.

    ``real_word=True`` asks for the words that ``word`` (itself a valid word)
    is a likely damaged form of: the word itself and splits are left out,
    replaced letters cost more (scraping drops letters and accents rather
    than swapping them) and cost weighs more against frequency, so ``culo``
    yields ``culpó`` (a dropped letter and a lost accent) ahead of merely
    common neighbours such as ``cuyo``. Without it, a known word gets none.
    Context must choose between such neighbours (``culto``, ``culos``,
    ``culpó`` are all one dropped letter from ``culo``), so the real-word
    list is longer by default: 10 candidates instead of 5.

    ``reach`` trades recall for time: 0 looks only at accent variants, 1
    adds one edit (no index is built), 2 (the default) adds OCR rewrites
    and a second edit. Candidates rarer than ``min_frequency`` are skipped
    before they are priced.

    >>> from qa.lexicon import Lexicon
    >>> [c.word for c in suggest("deestos", Lexicon("es"), limit=1)]
    ['de estos']
    >>> [c.word for c in suggest("guer- ra", Lexicon("es"), limit=1)]
    ['guerra']
    """
    if costs is None:
        costs = REAL_WORD_COSTS if real_word else DEFAULT_COSTS
    if limit is None:
        limit = 10 if real_word else 5
    # The answer depends only on the word and the options, and damaged words
    # recur from article to article: kept for the run (Candidates are frozen).
    memo = lexicon.memo("suggest", size=50_000)
    key = (word, limit, max_cost, real_word, costs, reach, min_frequency)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(_suggest(word, lexicon, limit, max_cost, real_word, costs, reach,
                                           min_frequency))
    return list(found)


def _suggest(word: str, lexicon: Lexicon, limit: int, max_cost: float, real_word: bool,
             costs: Costs, reach: int, min_frequency: float) -> list[Candidate]:
    freq = lexicon.frequencies
    if not word or not freq:
        return []
    low = word.lower().replace("’", "'")
    weight = REAL_WORD_COST_WEIGHT if real_word else COST_WEIGHT
    scored: dict[str, Candidate] = {}

    def add(cand: str, cost: float, ops: tuple[str, ...], f: float) -> None:
        if cost > max_cost or f <= 0:
            return
        score = channel_score(f, cost, weight)
        if cand not in scored or scored[cand].score < score:
            scored[cand] = Candidate(match_case(word, cand), round(cost, 3), f, score, ops)

    if any(c in _SEPARATORS for c in low):
        joined = "".join(c for c in low if c not in _SEPARATORS)
        add(joined, costs.join, ("join",), freq.get(joined, 0.0))
        low = joined
        if joined in freq:
            return _best(scored, limit)
    if low in freq and not real_word:
        return []
    if not real_word and reach > 1:
        rare_half = lexicon.profile.compounds_rare or lexicon.profile.rare_half_function_words
        for pair, f in splits(low, freq, rare_half=rare_half):
            add(pair, costs.split, ("split",), f)

    # Near candidates first (they usually hold the answer and set a high
    # bar), then the rest most frequent first, so that once even the
    # cheapest conceivable damage cannot lift one into the top ``limit``,
    # none further down can.
    floor = min(costs.accent_lost, costs.ocr, costs.drop_double, costs.extra_double)
    # Each letter of length difference costs at least a cheap drop or extra
    # letter, or half a look-alike that changes the length by two (m/iii).
    per_letter = min(costs.drop_double, costs.extra_double, costs.ocr / 2)
    index = index_for(lexicon)
    found = _near(low, index, reach)
    groups: list = [found]
    if reach > 1:
        # The distance-2 search (and the index it needs, built on first use)
        # is paid only when nothing cheap was found within one edit.
        groups.append(lambda: set() if _cheap(scored) else _far(low, index, reach, found))
    for group in groups:
        group = group() if callable(group) else group
        for cand in sorted(group - {low}, key=lambda w: (-freq[w], w)):
            f = freq[cand]
            if f < min_frequency:
                break
            zipf = math.log10(f) + 9
            if len(scored) >= limit:
                kth = sorted((c.score for c in scored.values()), reverse=True)[limit - 1]
                if zipf - weight * floor < kth:
                    break
                if zipf - weight * max(floor, per_letter * abs(len(cand) - len(low))) < kth:
                    continue
            cost, ops = damage_cost(low, cand, costs, lexicon.profile)
            add(cand, cost, ops, f)
    return _best(scored, limit)


def _cheap(scored: dict[str, Candidate]) -> bool:
    """A common candidate within one cheap edit: a second edit would not beat it."""
    return any(c.cost <= CHEAP and c.frequency >= 1e-6 for c in scored.values())


def _best(scored: dict[str, Candidate], limit: int) -> list[Candidate]:
    return sorted(scored.values(), key=lambda c: (-c.score, c.cost, c.word))[:limit]
