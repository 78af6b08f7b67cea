"""Real words that their sentence makes unlikely: a noisy channel over a word n-gram model.

``went form the city`` holds no misspelling: ``form`` is a word. What gives
it away is context: ``went from the`` is thousands of times more likely.
For each word this checker takes the candidates one damage step away (a
lost letter, two swapped letters, an OCR look-alike, a cut-off end: the
probes of ``qa.text.probes``, priced by the damage model of
``qa.text.damage``), and scores
each by the change in log-probability of the n-grams that read the word,
less what the damage costs (Mays, Damerau & Mercer 1991; Wilcox-O'Hearn,
Hirst & Budanitsky 2008):

    gain = [log10 P(window with candidate) - log10 P(window as written)]
           - CHANNEL_WEIGHT x damage cost

and flags the word when the best gain reaches ``GAIN``, plus a word prior:
``PRIOR`` more for each zipf point the word has above ``PRIOR_FROM``, so
that frequent words are not rewritten lightly. The n-grams that would read
a word the model does not know (names, ``kyiv``, numbers) are left out, and
a word with no known word beside it is not judged; n-grams never read
across a punctuation mark. Past the n-grams, a place's word classes
(the profile's places) and the document's own word pairs
(``context_echo``: ``lower rude prices`` after ``lower crude prices``)
credit a candidate.

Only a language whose profile has a ``context_model`` is checked.
"""
from __future__ import annotations

import operator
from bisect import bisect_left
from functools import partial
from itertools import compress
from types import MappingProxyType
from typing import Callable, Iterable, Mapping

from ..model import Finding, RuleInfo, RuleRoles
from ..text.damage import DEFAULT_COSTS, damage_cost
from ..text.memofill import fill
from ..text.ngram import END, START, UNIT, RunScores, model_for
from ..text.verdicttable import Slot, stored
from ..text.probes import completions, lookalike_restorations, one_letter_longer
from .context_compound import compound_fit, compound_of, compound_repair, partner, written_logprob
from .context_echo import DocumentPairs, echo_credits, echo_in_document, with_echo
from .context_tense import MOST_TENSE_CREDIT, tense_credits, with_tense
from .context_units import unit_findings
from .repairfinding import repair_finding, with_runners_up

RULE = "Garble.Context"
RULES = (
    RuleInfo(
        id=RULE,
        roles=RuleRoles(family="context", word_level=True, real_word_evidence=True),
        category="garble",
        severity="info",
        description="A valid word that its neighbours make far less likely than a word one "
        "damage step away (a lost, swapped or misread letter, a cut-off end), by a word "
        "n-gram model of the language (warning when it fits 180 times better, damage "
        "cost included, more for a frequent word; else info). English only so far.",
        why="Damage that lands on a real word (form for from, ore for are) passes every "
        "spell check; only its context shows it. The finding is a signal: next to other "
        "evidence it marks a corrupted span.",
        instead="Write the word the sentence means; the first fix is the likeliest candidate in "
        "context, followed by up to two that fit nearly as well (within ten times); one the "
        "story writes elsewhere is put first.",
        languages=("en",),
        flag=("Most of the money came form the government.",
              "The plan would cost more tan expected.",
              "They arc expected to vote next week."),
        ok=("Most of the money came from the government.",
            "The plan would cost more than expected.",
            "Officials in Kyiv said the talks would resume."),
    ),
)

# Tuned on the calibration half (bench/evaluate.py; docs/context-models.md).
# log10 likelihood gain a candidate must reach for a warning: on 400 clean
# English units of the calibration half (42,700 words) 0.07 warnings per
# 1,000 words (0.14 at 2.0, 0.65 at 2.0 without the guards below); 46% of
# injected dropped letters and 34% of cut-off ends that leave a word reach it ...
GAIN = 2.25
# ... and this much less for an info signal, which counts only next to
# other evidence (a merged span).
INFO_MARGIN = 1.0
# Each unit of damage cost (qa.text.damage) costs this many log10 points.
CHANNEL_WEIGHT = 1.0
# A flagged word's other candidates offered after the best, as a reader
# weighs them and as the story's own words may raise them
# (``qa.echoed_first.echoed_fixes``): at most this many, each fitting
# within this many log10 points of the best (``runners_up``).
RUNNERS_UP = 2
RUNNER_UP_MARGIN = 1.0
# The word prior: words above PRIOR_FROM zipf need PRIOR more per point.
PRIOR_FROM = 5.0
PRIOR = 1.0
# A candidate that is an inflection of the word (merger -> mergers, decide
# -> decided) needs this much more: a trigram often cannot tell number or
# tense apart, and on clean news (the whole Reuters set) these were the
# commonest false alarms.
INFLECTION_MARGIN = 1.0
# A look-alike read back (hack -> back, lie -> he) costs this much more
# than the damage model's price: OCR damage rarely leaves a real word, and
# on clean news these were false alarms.
LOOKALIKE_MARGIN = 0.5
# A word the model does not know is judged only when the word list has it
# at least this common: rarer ones are non-words, Spelling.NonWord's.
MIN_UNKNOWN_ZIPF = 2.5
# Candidates must be at least this common (zipf). Only the repairs of the
# damage scraping and OCR do are tried: an extra letter taken out (tin ->
# in, halve -> have) or an arbitrary letter replaced (lire -> line) mostly
# rewrote sound words on the calibration half. A cut-off end's completions
# are held to the same floor, not to the frequency ratio's (zipf 3.5:
# ``qa.text.probes.completions``): ``had adjourn,`` is ``adjourned`` (3.3);
# on calibration seeds 263 and 277 this found 7 more cut-off ends of 1,340,
# and raised 2 warnings on the whole Reuters and Wikinews sets (one a real
# slip, ``are mild to moderately``). A floor of 2.7 found one more and
# raised 11 more info findings there.
MIN_CANDIDATE = 3.0
# A cut-off end is one damage however many letters it took.
CUT_COST = 0.8
# ... and costs nothing when what it leaves is far rarer than the word it
# was cut from (FRAGMENT_GAP zipf points: comp for company, maj for major)
# and the completion is not an inflection of it: a fragment that happens to
# be listed. On the calibration half (400 units) these cut-off ends scored
# from 0 to 1 below their flag, and no clean word came within 1 (the
# clean ones near it, product -> production and port -> portion, are
# about as common as their completions).
FRAGMENT_GAP = 1.5
FRAGMENT_COST = 0.0
# A determiner swapped for another of its family (these for this: the
# profile's ``determiner_swaps``) costs this much. On the calibration half
# any cost from 0.2 to 0.5 gave the same recall and no new warning on the
# whole Reuters set; 1.0 found half as many.
SWAP_COST = 0.5
# A stem in a place that asks for an inflection (the profile's
# ``inflection_slots``: has approve, said it sign) has its inflections
# credited this much. On the calibration half the damaged stems there
# scored from 4 to 1 below their flag (the inflection margin and the
# cut-off's price included), and no clean one came within 6 with the
# stems whose past is the stem (said it cut) left out.
SLOT_CREDIT = 4.0
# The same where the word classes ask for it (the profile's
# ``class_places``: a singular count noun as a bare subject, a bare verb
# after a preposition). On 400 units of the calibration half 2.5 and 3
# found fewer cut-off ends, 5 and more added clean warnings (5 in the pool
# and 10 on the whole Reuters and Wikinews sets at 5).
CLASS_CREDIT = 4.0
# A word a place asks for outright (the profile's ``word_places``: a
# reporting verb between its subject and its clause, ``The exchange sad it``
# -> ``said``). On the calibration half (seeds 13 and 29) such damage scored
# from 0.05 to 1.03 under its flag; 1.0 left one of them, 1.5 to 3.0 none,
# and no credit up to 3.0 added a finding on the whole Reuters and Wikinews
# sets (docs/context-models.md).
WORD_CREDIT = 1.5
# A part of a hyphenated compound that the compound asks for (the
# profile's ``compound_places``: a number before a counted noun,
# ``the seen-member Association`` -> ``seven``). On calibration seeds 263
# and 277, 1.5 found 5 such parts and 3.0 two more; neither added a
# finding on the whole Reuters and Wikinews sets.
COMPOUND_CREDIT = 3.0
# The same where the word classes rule out every reading of the word as
# written (the profile's ``sure_places``: a bare verb after a pronoun
# subject, ``said it know``). On the calibration half (seeds 109 and 113,
# docs/context-models.md) 4.0 found one such item, 5.0 three, 5.5 and 6.0
# five, and none of 4.0 to 6.0 added a finding on the whole Reuters and
# Wikinews sets, where the place asks at one word.
SURE_CREDIT = 5.5
# The most a place's credit takes off a candidate's price (``slot_credits``)
# where no sure place may be (``_most_credit_at``) ...
MOST_CREDIT = max(SLOT_CREDIT, CLASS_CREDIT, WORD_CREDIT, MOST_TENSE_CREDIT)
# ... and where one may.
MOST_SURE_CREDIT = max(MOST_CREDIT, SURE_CREDIT)
# A word the language's tagging dictionary does not list (the profile's
# ``dictionary_lists``: ``cre``, ``shar``, ``wich``, a fragment or a slip
# the word list happens to hold) needs this much less where a known word
# stands on either side of it: on the calibration half Garble.Context's
# info signals of raw confidence 0.44-0.49 (precision 0.70) were mostly
# such fragments when right and listed words when wrong (franc, par, tap).
UNLISTED_RELIEF = 1.0
# Words shorter than this are left to grammar (a/an, of/or, in/on).
MIN_LENGTH = 3
_TEXT = operator.itemgetter(2)  # Token.text, read without the namedtuple property
_START = operator.itemgetter(0)  # Token.start


def candidates(word: str, lex, lm) -> tuple[tuple[str, ...], tuple[tuple[bool, bool], ...]]:
    """The common words the model knows that ``word`` is one damage step
    from, in alphabetical order, and how each is reached: (whether a lost
    letter put back (``realword``'s one-letter-longer probe), two
    neighbours swapped back (``form`` -> ``from``), a look-alike read
    back or a determiner of the same family (``these`` -> ``this``)
    reaches it, whether a cut-off end put back does). ``price`` says
    what each costs, asked only for those that get that far. The word's
    other standard spelling (the profile's ``other_spelling``: ``metre``
    and ``meter``) is none of them: copy in either standard is sound."""
    freq = lex.frequencies
    floor = 10 ** (MIN_CANDIDATE - 9)
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    near = {cand for cand in {*one_letter_longer(word, lex), *swaps,
                              *lookalike_restorations(word)} - {word}
            if cand.isalpha() and freq.get(cand, 0.0) >= floor}
    near.update(was for seen, was in lex.profile.determiner_swaps if seen == word)
    cut = set(completions(word, lex, floor=floor))
    # the word's other standard spelling (labor for labour) is no repair
    other = lex.profile.other_spelling
    variant = other(word) if other is not None else None
    names = tuple(sorted(cand for cand in near | cut if lm.knows(cand) and cand != variant))
    return names, tuple(_WAYS[cand in near, cand in cut] for cand in names)


# the four ways a candidate can be reached, shared by every word's table
_WAYS = {(near, cut): (near, cut) for near in (False, True) for cut in (False, True)}


def price(word: str, cand: str, near: bool, cut: bool, lex) -> float:
    """What reading ``cand`` for ``word`` costs (``candidates`` says how
    it is reached): the damage model's cost (``qa.text.damage``), a
    cut-off end at ``CUT_COST``, plus the margins an inflection or a
    look-alike must clear."""
    found = _damage_price(word, cand, near, cut, lex, LOOKALIKE_MARGIN)
    # the inflection of a longer stem (shares for shar) is judged as that stem
    if _inflects(word, _longer_stem(word, cand, lex) or cand, lex):
        found += INFLECTION_MARGIN
    return found


def _damage_price(word: str, cand: str, near: bool, cut: bool, lex, lookalike_margin: float) -> float:
    """The damage model's cost of ``cand`` becoming ``word`` (a cut-off end
    at ``CUT_COST``), a look-alike read back ``lookalike_margin`` more."""
    found = 9.0
    if near:
        cost, ops = damage_cost(word, cand, DEFAULT_COSTS, lex.profile)
        found = cost + lookalike_margin * any(op.startswith("ocr:") for op in ops)
        if (word, cand) in lex.profile.determiner_swaps:
            found = min(found, SWAP_COST)
    if cut:
        found = min(found, _cut_price(word, cand, lex))
    return found


def _cut_price(word: str, cand: str, lex) -> float:
    """What a cut-off end costs: ``FRAGMENT_COST`` for a fragment far
    rarer than its completion (``comp`` for ``company``), else ``CUT_COST``.
    The inflection of a longer stem costs what that stem costs (``shares``
    for ``shar`` what ``share`` does): the cut took the stem's end."""
    cand = _longer_stem(word, cand, lex) or cand
    if (lex.zipf(cand) - lex.zipf(word) >= FRAGMENT_GAP
            and not _inflects(word, cand, lex)):
        return FRAGMENT_COST
    return CUT_COST


def damage_steps(word: str, lex) -> tuple[tuple[str, float], ...]:
    """(candidate, damage cost) for the words the check tries for ``word``
    (lower case), for ranking a span's repairs: ``whi`` -> ``which``, a
    cut-off end that ``qa.text.suggest`` does not reach. The detection
    margins (inflection, look-alike) are left out: they guard sound copy
    from being flagged, not one candidate against another. Empty where the
    language has no word model."""
    lm = model_for(lex)
    if lm is None:
        return ()
    names, ways = candidates(word, lex, lm)
    return tuple((cand, _damage_price(word, cand, near, cut, lex, 0.0))
                 for cand, (near, cut) in zip(names, ways))


def segments(text: str, tokens) -> list[list]:
    """Runs of word tokens with only spaces between them: an n-gram never
    reads across punctuation. A number stays in its run (as an unknown word)."""
    return [tokens[start:end] for start, end in segment_bounds(text, tokens)]


def segment_bounds(text: str, tokens) -> list[tuple[int, int]]:
    """Each of ``segments``' runs as the (start, end) indexes of its tokens."""
    out: list[tuple[int, int]] = []
    start = None
    prev_end = None
    for k, tok in enumerate(tokens):
        if tok.kind not in ("word", "number") or (
                prev_end is not None and text[prev_end:tok.start].strip()):
            if start is not None:
                out.append((start, k))
            start = None if tok.kind not in ("word", "number") else k
        elif start is None:
            start = k
        prev_end = tok.end
    if start is not None:
        out.append((start, len(tokens)))
    return out


_NOTHING_SPOKEN: Mapping[str, str] = MappingProxyType({})


def lm_words(run, lm, spoken: Mapping[str, str] = _NOTHING_SPOKEN,
              number: str | None = None, read: dict | None = None) -> list[str | None]:
    """The run as the model reads it, padded; None for a word it does not
    know. An abbreviation it has no word for is read as its ``spoken`` word
    (``mln`` as ``million``), a number of many as ``number`` (the profile's
    ``spoken_forms`` and ``spoken_number``); a year, ``1`` and other numbers
    stay unknown. ``read``: a run's memo of each word's reading (by its text
    as written), filled here."""
    out: list[str | None] = [START]
    for tok in run:
        if tok.kind == "word":
            if read is None:
                out.append(_word_reading(tok.text, lm, spoken))
                continue
            found = read.get(tok.text, _UNREAD)
            if found is _UNREAD:
                found = read[tok.text] = _word_reading(tok.text, lm, spoken)
            out.append(found)
        else:
            out.append(number if number is not None and _counts_many(tok.text) else None)
    out.append(END)
    return out


_UNREAD = object()


def _word_reading(text: str, lm, spoken: Mapping[str, str]) -> str | None:
    """A word token's reading for ``lm_words``."""
    word = text.lower().replace("’", "'")
    if word == text:
        word = text  # the token's own string: a run's memo keeps no copy
    return word if lm.knows(word) else spoken.get(word)


def _counts_many(number: str) -> bool:
    """Is a number token a count of more than one, as a noun after it reads
    (``68,000``, ``2.06``, ``18-1/4``)? Not one or less (``1``, ``0.50``,
    ``3/8``: ``0.50 ounce of gold``, ``3/8 cent``), and not a four-digit
    year (``1987``), which reads as a word of its own.

    >>> [_counts_many(n) for n in ("68,000", "2.06", "18-1/4", "1", "0.073", "3/8", "1987")]
    [True, True, True, False, False, False, False]
    """
    digits = number.replace(",", "")
    value = _value(digits)
    if value is not None and value <= 1:
        return False
    return not (len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2099)


def _value(digits: str) -> float | None:
    """A plain number's or a plain fraction's value (``0.50``, ``3/8``); None
    for another number (``18-1/4``, ``2.5-3``)."""
    top, slash, bottom = digits.partition("/")
    try:
        return float(top) / float(bottom) if slash else float(digits)
    except (ValueError, ZeroDivisionError):
        return None


def spoken_reading(lex) -> tuple[dict[str, str], str | None]:
    """(abbreviation -> spoken word, the word a count stands for) for
    ``lm_words``, from the language's profile. (Built for each document:
    a few pairs, cheaper than a look-up in a per-run memo would be worth.)"""
    return dict(lex.profile.spoken_forms), lex.profile.spoken_number


_NO_WORD = frozenset((None, START, END))


def has_known_neighbour(words: list[str | None], at: int) -> bool:
    """Does a word the model knows stand right before or after ``words[at]``?
    With none (unknown words, or the run's ends), no n-gram around it
    weighs it against another word."""
    return words[at - 1] not in _NO_WORD or words[at + 1] not in _NO_WORD


def _at_run_edge_after_unknown(words: list[str | None], at: int) -> bool:
    """Is ``words[at]`` between a word the model does not know (a name, a
    year) and its run's end or start (``The CFTC commit,``, ``, sayin
    TWA's``)? The run's edge is an n-gram of its own there. On calibration
    seeds 263 and 277 this found 3 more of 2,680 (``1994 bod,``, ``a
    micrographics fir,``, ``Dilson Funaro sad.``) and nothing on the whole
    clean Reuters and Wikinews sets; with so little context the repair is
    often not the original (``body``, ``first``). It reads what the
    attribution's place (``, AIBD sai.``) was once let through for alone."""
    before, after = words[at - 1], words[at + 1]
    return (before is None and after == END) or (before == START and after is None)


def _logprob_as_written(scores: RunScores, at: int, word: str, lex) -> float | None:
    """log10 likelihood of the n-grams that read ``words[at]`` as written;
    None without a known word beside it (or a run's edge beside an unknown
    word: ``_at_run_edge_after_unknown``), or for a word neither the model
    nor the word list knows."""
    words = scores.words
    if not has_known_neighbour(words, at) and not _at_run_edge_after_unknown(words, at):
        return None
    logprob = scores.as_written(at) * UNIT
    if words[at] is None:
        zipf = lex.zipf(word)
        # a word without a vowel is judged too: the newswire's own
        # abbreviations are read as their spoken words (mln, dlrs, pct: the
        # profile's spoken_forms), and what is left is mostly a fragment
        # (``first thr quarters``, ``str signal``); on calibration seeds 263
        # and 277, 20 more finds of 2,680, and none on the whole clean
        # Reuters and Wikinews sets
        if zipf < MIN_UNKNOWN_ZIPF:
            return None
        logprob += zipf - 9  # wordfreq's frequency, as log10
    return logprob


def best_repair(scores: RunScores, at: int, word: str, cands: tuple[str, ...], ways, lex,
                least_gain: float, prices: list | None = None,
                credits: tuple[float, ...] | None = None,
                credits_here: Callable[[], tuple[float, ...] | None] | None = None,
                creditable: tuple[bool, ...] = (),
                most_credit: float = MOST_SURE_CREDIT) -> tuple[str, float] | None:
    """(candidate, gain) of the candidate that fits best in place of
    ``word`` at ``scores.words[at]`` among its ``cands`` (``candidates``,
    reached in ``ways``), if its gain reaches ``least_gain``: the log10
    likelihood gain of the n-grams that read it, less ``CHANNEL_WEIGHT``
    times its price. A word the model does not know (``nxt``, ``takin``)
    is read at its frequency in the language's word list, the n-grams
    after it without it. None without a known word beside it, or when no
    candidate reaches ``least_gain``; of equal gains the first candidate in
    alphabetical order wins.

    Branch and bound: no n-gram scores above 0, so a window's partial sum
    only falls as its n-grams are read, and a candidate is dropped as soon
    as it can no longer reach ``least_gain`` or beat the best so far. The
    candidates' own n-grams are read first, all in one go; on real news
    two candidates in three stop there, before they are priced. A word
    whose neighbours already make it likely is not tried at all.
    ``prices``: the candidates' prices found so far, None where not yet
    asked (a run's memo, filled here). ``credits``: what this place takes
    off each candidate's price (``slot_credits``), None for nothing.

    ``credits_here``, given instead of ``credits``: a function that reads
    them at this place, asked only when a candidate it could credit (one
    ``creditable`` marks: an inflection, or a word a place may ask for)
    stays in the race with ``most_credit`` off its price (by default
    ``MOST_SURE_CREDIT``, which bounds every place's credit; the check
    gives ``MOST_CREDIT`` where no sure place may be: ``_most_credit_at``);
    until then such a candidate is held to that bound. Reading a
    place's word classes costs more than most places' candidates do, and
    at three such places in four none stays in the race. The answer is the
    credits' answer: a candidate short with the most credit is short with
    its own, and no other candidate is credited."""
    before = _logprob_as_written(scores, at, word, lex)
    lazy = credits_here is not None and any(creditable)
    # the most a credit can add to a candidate's bound
    slack = most_credit if lazy else max(credits) if credits else 0.0
    if before is None or slack - before < least_gain:
        return None
    score = scores.lm.score
    (own, _), *after = scores.frames(at)
    history = own[1:]
    owns = [score([cand, *history]) for cand in cands]
    if prices is None:
        prices = [None] * len(cands)
    best, bar = None, least_gain
    for k, total in enumerate(owns):
        if lazy and creditable[k]:
            if not _in_race_with_most_credit(scores, after, total, before, word, cands[k], ways[k],
                                             k, prices, lex, bar, most_credit):
                continue
            credits, lazy = credits_here(), False
        credit = credits[k] if credits else 0.0
        upper = total * UNIT - before + credit
        if (upper <= bar) if best else (upper < bar):
            continue
        cand = cands[k]
        # the price (never below 0) only for candidates still in the race
        cost = prices[k]
        if cost is None:
            cost = prices[k] = price(word, cand, *ways[k], lex)
        cost = cost * CHANNEL_WEIGHT - credit
        upper -= cost + credit
        if (upper <= bar) if best else (upper < bar):
            continue
        for query, slot in after:
            query[slot] = cand
            total += score(query)
            upper = total * UNIT - before - cost
            if (upper <= bar) if best else (upper < bar):
                break
        else:
            best, bar = cand, upper
    return None if best is None else (best, bar)


def runners_up(scores: RunScores, at: int, word: str, best: str, best_gain: float,
               cands: tuple[str, ...], ways, lex, prices: list,
               credits: tuple[float, ...] | None) -> list[tuple[str, float]]:
    """The candidates after ``best`` (whose gain ``best_repair`` found to be
    ``best_gain``) that fit the place within ``RUNNER_UP_MARGIN`` of it, as
    (candidate, gain), best first, at most ``RUNNERS_UP``: each read whole,
    as ``best_repair`` reads its winner, with the place's ``credits``. Asked
    only of a word the check flags, so reading every candidate costs
    nothing a clean article pays."""
    before = _logprob_as_written(scores, at, word, lex)
    if before is None:
        return []
    floor = best_gain - RUNNER_UP_MARGIN
    found = []
    for k, cand in enumerate(cands):
        if cand == best:
            continue
        cost = prices[k]
        if cost is None:
            cost = prices[k] = price(word, cand, *ways[k], lex)
        credit = credits[k] if credits else 0.0
        gain = fit_at(scores, at, cand) * UNIT - before - (cost * CHANNEL_WEIGHT - credit)
        if gain >= floor:
            found.append((cand, gain))
    found.sort(key=lambda pair: (-pair[1], pair[0]))
    return found[:RUNNERS_UP]


def fit_at(scores: RunScores, at: int, cand: str) -> int:
    """The n-grams that read ``cand`` put at ``scores.words[at]``, summed
    whole in the model's units (``best_repair`` sums the same n-grams, in
    the same order, as it bounds them)."""
    score = scores.lm.score
    total = 0
    for query, slot in scores.frames(at):
        query[slot] = cand
        total += score(query)
    return total


def _most_credit_at(words, at: int, sure_marks: frozenset[str], next_marks: frozenset[str]) -> float:
    """The most a place's credit may take off at ``words[at]``:
    ``MOST_SURE_CREDIT`` where one of the words that mark a sure place
    stands where its place needs it (the profile's ``sure_place_marks`` one
    or two words before, its ``sure_place_next_marks`` just before), else
    ``MOST_CREDIT``. A higher bound lets more candidates read the place's
    credits, and sure places are rare; ``the`` two words before a word is
    common and marks none."""
    before = words[at - 1]
    if before in next_marks or before in sure_marks or (at >= 2 and words[at - 2] in sure_marks):
        return MOST_SURE_CREDIT
    return MOST_CREDIT


# best_repair adds the same terms in another order than the bound below: a
# hair of slack keeps a float's last bit from deciding.
_ROUNDING = 1e-9


def _in_race_with_most_credit(scores: RunScores, after, total: int, before: float, word: str,
                              cand: str, way, k: int, prices: list, lex, bar: float,
                              most_credit: float = MOST_SURE_CREDIT) -> bool:
    """Would ``cand`` (whose own n-gram scores ``total``) still beat ``bar``
    with ``most_credit`` off its price, its window read as ``best_repair``
    reads it? Its price is kept in ``prices[k]``."""
    bar -= _ROUNDING
    if total * UNIT - before + most_credit < bar:
        return False
    cost = prices[k]
    if cost is None:
        cost = prices[k] = price(word, cand, *way, lex)
    cost = cost * CHANNEL_WEIGHT - most_credit
    if total * UNIT - before - cost < bar:
        return False
    score = scores.lm.score
    for query, slot in after:
        query[slot] = cand
        total += score(query)
        if total * UNIT - before - cost < bar:
            return False
    return True


def slot_credits(words, at: int, word: str, cands: tuple[str, ...],
                 lex, inflected: tuple[bool, ...] | None = None) -> tuple[float, ...] | None:
    """For each of ``cands`` that is an inflection of ``word`` with an
    ending its place asks for, ``SLOT_CREDIT`` where the words around ask
    it (``said it sign``: ``signed``, ``signs``; the profile's
    ``inflection_slots``), ``CLASS_CREDIT`` where the word classes do
    (``, trader said``: ``traders``; its ``class_places``), else 0; None
    when the place asks for nothing; a word the place asks for outright
    (``_word_credits``) takes ``WORD_CREDIT``, or what its ending takes if
    more. ``words``: the run as the model reads it, ``word`` at ``at``.
    ``inflected``: whether each candidate is an
    inflection of the word (``inflections``), when known already."""
    by_word = _word_credits(words, at, word, cands, lex)
    if inflected is None:
        inflected = inflections(word, cands, lex)
    # only an inflection is credited by endings: without one they are not read
    if not any(inflected):
        return by_word
    by_words = _slot_endings(words, at, word, lex.profile.inflection_slots)
    places = lex.profile.class_places
    by_classes = places(words, at, word, lex) if places is not None else ()
    sure = lex.profile.sure_places
    by_sure = sure(words, at, word, lex) if sure is not None else ()
    if not (by_words or by_classes or by_sure):
        return by_word
    credits = tuple(
        max(SLOT_CREDIT if cand.endswith(by_words) else 0.0,
            CLASS_CREDIT if cand.endswith(by_classes) else 0.0,
            SURE_CREDIT if cand.endswith(by_sure) else 0.0)
        if inflection else 0.0
        for cand, inflection in zip(cands, inflected))
    if by_word is not None:
        credits = tuple(map(max, credits, by_word))
    return credits if any(credits) else None


def _word_credits(words, at: int, word: str, cands: tuple[str, ...], lex) -> tuple[float, ...] | None:
    """``WORD_CREDIT`` for each of ``cands`` the place asks for outright (the
    profile's ``word_places``: a reporting verb, ``The exchange sad it`` ->
    ``said``), else 0; None when it asks for none of them."""
    profile = lex.profile
    # settled by the candidates before the place is read (this runs at
    # every word the check judges)
    if profile.word_places is None or profile.asked_words.isdisjoint(cands):
        return None
    asked = profile.word_places(words, at, word, lex)
    if not asked or asked.isdisjoint(cands):
        return None
    return tuple(WORD_CREDIT if cand in asked else 0.0 for cand in cands)


def _creditable(cands: tuple[str, ...], inflected: tuple[bool, ...],
                asked_words: frozenset[str]) -> tuple[bool, ...]:
    """Which of ``cands`` a place may credit (``slot_credits``): an
    inflection of the word, or a word some place asks for outright."""
    if asked_words.isdisjoint(cands):
        return inflected
    return tuple(inflection or cand in asked_words for cand, inflection in zip(cands, inflected))


def inflections(word: str, cands: tuple[str, ...], lex) -> tuple[bool, ...]:
    """Whether each of ``cands`` is an inflection of ``word`` (``inflection_of``)."""
    suffixes = lex.profile.suffixes
    return tuple(inflection_of(word, cand, suffixes) for cand in cands)


def _slot_endings(words, at: int, word: str, slots) -> tuple[str, ...]:
    """The endings the ``inflection_slots`` ask of ``word`` at ``at``."""
    # most places follow no word a slot starts after: settled before the
    # neighbours are read as slots read them (this runs at every place)
    just_before = words[at - 1]
    if just_before in (START, END):
        just_before = ""
    if not any([just_before in slot.before for slot in slots]):
        return ()
    two_before, before, after = (
        "" if w in (START, END) else w
        for w in (words[at - 2] if at >= 2 else START, words[at - 1], words[at + 1]))
    return tuple(e for slot in slots for e in slot.asks(word, two_before, before, after))


def inflection_of(word: str, cand: str, suffixes) -> bool:
    """Is ``cand`` ``word`` with one of the language's endings added
    (``suffixes``: the profile's (ending, replacements) table)?

    >>> from qa.lang import profile_for
    >>> en = profile_for("en").suffixes
    >>> inflection_of("merger", "mergers", en), inflection_of("decide", "decided", en)
    (True, True)
    >>> inflection_of("form", "from", en)
    False
    """
    return any(cand.endswith(ending) and cand[:len(cand) - len(ending)] + r == word
               for ending, replacements in suffixes for r in replacements)


def longer_stem(word: str, cand: str, suffixes, known) -> str | None:
    """The word ``cand`` is an inflection of that is longer than ``word``
    and starts with it, if ``known`` accepts one: then ``word`` is that
    stem cut short, whatever its letters say (``shares`` is, letter for
    letter, ``shar`` and ``-es``, but the plural of ``share``).

    >>> from qa.lang import profile_for
    >>> en, words = profile_for("en").suffixes, {"share", "close", "other"}.__contains__
    >>> longer_stem("shar", "shares", en, words), longer_stem("clos", "closed", en, words)
    ('share', 'close')
    >>> longer_stem("oth", "others", en, words), longer_stem("share", "shares", en, words)
    ('other', None)
    """
    for ending, replacements in suffixes:
        if cand.endswith(ending):
            for r in replacements:
                stem = cand[:len(cand) - len(ending)] + r
                if len(stem) > len(word) and stem != cand and stem.startswith(word) and known(stem):
                    return stem
    return None


def _longer_stem(word: str, cand: str, lex) -> str | None:
    """``longer_stem`` among the words at least as common as a candidate."""
    return longer_stem(word, cand, lex.profile.suffixes, lambda stem: lex.zipf(stem) >= MIN_CANDIDATE)


def _inflects(word: str, cand: str, lex) -> bool:
    """Is ``cand`` an inflection of ``word`` itself, not of a longer word
    that ``word`` is cut from (``shar`` and ``shares``)?"""
    return inflection_of(word, cand, lex.profile.suffixes) and _longer_stem(word, cand, lex) is None


def fit_and_place(doc, start: int, end: int, candidate: str, lex) -> tuple[float, float] | None:
    """(how much better ``candidate`` fits in place of the word at
    ``doc.text[start:end]`` than the word itself: the log10 likelihood of
    the n-grams around it; what the place credits ``candidate``:
    ``slot_credits``, where ``said it sign`` asks ``signed`` and ``Erk sid
    the`` asks ``said``), for ranking repairs; None when the language has
    no model or the model cannot judge the place (an unknown word, no known
    neighbour and no run's edge beside an unknown word: ``_logprob_as_written``)."""
    lm = model_for(lex)
    cand = candidate.lower()
    if lm is None:
        return None
    if _in_compound(doc.text, start, end):
        found = _compound_fit_and_place(doc, start, end, cand, lex, lm)
        if found is not _NO_COMPOUND:
            return found
    if not lm.knows(cand):
        return None
    for run in segments(doc.text, doc.sentence_tokens(start, end)):
        at = next((k for k, t in enumerate(run) if t.start == start and t.end == end), None)
        if at is None:
            continue
        scores = RunScores(lm, lm_words(run, lm, *spoken_reading(lex)))
        word = run[at].text
        before = _logprob_as_written(scores, at + 1, word, lex)
        if before is None:
            return None
        total = fit_at(scores, at + 1, cand)
        # an inflection of a longer word the damaged one was cut from
        # (sides for sid: side) is that word's repair, not an ending's
        lower = word.lower()
        inflected = (_inflects(lower, cand, lex),)
        credits = slot_credits(scores.words, at + 1, lower, (cand,), lex, inflected)
        # the document's own pairs and the passage's tense credit it as in
        # the check (``context_echo``, ``context_tense``)
        toks = doc.tokens
        g = bisect_left(toks, start, key=_START)
        credits = with_echo(credits, echo_in_document(list(map(_TEXT, toks)), segment_bounds(doc.text, toks),
                                                      g, (cand,), inflected))
        credits = with_tense(credits, tense_credits(doc, g, lower, (cand,), inflected, lex))
        return total * UNIT - before, credits[0] if credits else 0.0
    return None


def _compound_fit_and_place(doc, start: int, end: int, cand: str, lex, lm) -> tuple[float, float] | None:
    """``fit_and_place`` for a part of a hyphenated compound the model does
    not know as written: how much better the compound ``cand`` makes reads
    (``qa.checkers.context_compound``) and what the compound's place
    credits it (``_compound_credits``); None where the
    model knows neither the compound nor ``cand``; ``_NO_COMPOUND`` where
    the model knows the compound as written (or it has more than two
    parts): the word is then read in its run as any other."""
    runs = segments(doc.text, doc.sentence_tokens(start, end))
    spoken = spoken_reading(lex)
    for k, run in enumerate(runs):
        at = next((i for i, t in enumerate(run) if t.start == start and t.end == end), None)
        if at is None:
            continue
        stretch = _compound_stretch(doc.text, run[at], len(runs), k, at, runs.__getitem__,
                                    lambda j: lm_words(runs[j], lm, *spoken), lm)
        if stretch is None:
            return _NO_COMPOUND
        other, second, left, right = stretch
        word = run[at].text.lower()
        written = written_logprob(lm, lex, word, other, second, left, right, MIN_UNKNOWN_ZIPF)
        if written is None:
            return None
        fit = compound_fit(lm, other, second, left, right, cand, written)
        credits = _compound_credits(word, other, second, (cand,), lex)
        return None if fit is None else (fit, credits[0] if credits else 0.0)
    return _NO_COMPOUND


_NO_COMPOUND = object()


def _in_compound(text: str, start: int, end: int) -> bool:
    """Is the word one part of a hyphenated compound (``mid-February``,
    ``iron-ore``, ``strong-arm``, ``mid-1987``)? The model reads words, not
    compound parts: on the whole Reuters set 5 of its 40 warnings were such
    parts, all sound. Such a part is judged only as the compound it makes
    (``_compound_finding``); before a figure, not at all (``in mid-1987``
    read as ``in mid 1987`` asked for ``mind``)."""
    return ((start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha())
            or (end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum()))


def needed_gain(word: str, lex) -> float:
    """The gain that flags ``word``: frequent words need more."""
    return GAIN + PRIOR * max(0.0, lex.zipf(word) - PRIOR_FROM)


def _judged(word: str, lex, lm) -> tuple:
    """(gain needed, candidates, how each is reached, their prices as
    found, None until asked, whether the language's tagging dictionary
    leaves the word out, whether each candidate is an inflection of it,
    whether a place may credit it: ``_creditable``) for a plain lower-case
    word the checker judges, else () (accepted, or one damage step from nothing the model
    knows): what a word's every occurrence shares. A verdict table
    (``qa.text.verdicttable``) holds the candidates and all their prices
    of a language's common words."""
    if word in lex.accepted:
        return ()
    kept = stored(lex, word)
    if kept is not None:
        cands, ways, prices = kept[Slot.CONTEXT]
        prices = list(prices)
    else:
        cands, ways = candidates(word, lex, lm)
        prices = [None] * len(cands)
    named = lex.profile.only_a_name
    # a slip leaves a lower-case word lower-case: a name is no repair of it
    # (``a 300 mln franc bond`` is no ``france``)
    kept_at = [j for j, cand in enumerate(cands) if not named(cand, lex)] if named is not None else None
    if kept_at is not None and len(kept_at) < len(cands):
        cands = tuple(cands[j] for j in kept_at)
        ways = tuple(ways[j] for j in kept_at)
        prices = [prices[j] for j in kept_at]
    if not cands:
        return ()
    lists = lex.profile.dictionary_lists
    inflected = inflections(word, cands, lex)
    return (needed_gain(word, lex), cands, ways, prices, lists is not None and lists(word, lex) is False,
            inflected, _creditable(cands, inflected, lex.profile.asked_words))


def _judges(text: str, spoken: Mapping[str, str]) -> bool:
    """Is a token's ``text`` a word ``check`` judges? (Only a word token's
    text is all letters: number, URL, e-mail and hashtag tokens hold a
    digit or a mark.) Not an abbreviation the model reads as its
    ``spoken`` word."""
    return len(text) >= MIN_LENGTH and text.isalpha() and text.islower() and text not in spoken


def word_verdict(word: str, lex, lm) -> tuple:
    """What ``_judged`` reads from a verdict table for ``word``: its
    candidates, how each is reached and every one's price."""
    cands, ways = candidates(word, lex, lm)
    return cands, ways, tuple(price(word, cand, *way, lex) for cand, way in zip(cands, ways))


def check(doc, ctx) -> Iterable[Finding]:
    lex = ctx.lexicons[doc.language or "und"]
    lm = model_for(lex)
    if lm is None:
        return
    # what a word's occurrences share, kept for the run: most words of an
    # article recur in the next one
    # (() for a token the check never looks at, so that a document's tokens
    # are looked up in one pass and only those with a verdict are visited)
    judged = lex.memo(RULE + ".judged", 100_000)
    # how the model reads each word, kept for the run likewise
    read = lex.memo(RULE + ".read", 100_000)
    spoken, number = spoken_reading(lex)

    def work(word: str) -> tuple:
        return _judged(word, lex, lm) if _judges(word, spoken) else ()

    # a run of words is read for the model at its first judged word
    toks = doc.tokens
    texts = list(map(_TEXT, toks))
    entries = fill(judged, texts, work)
    bounds = segment_bounds(doc.text, toks)
    pairs = None  # the document's word pairs (``context_echo``), read at the first judged word
    passage = lex.profile.passage_places is not None  # the tense told (``context_tense``)
    sure_marks, next_marks = ((lex.profile.sure_place_marks, lex.profile.sure_place_next_marks)
                              if lex.profile.sure_places is not None else (frozenset(), frozenset()))
    k, start, end = 0, 0, 0
    for g in compress(range(len(toks)), entries):
        if g >= end:
            while bounds[k][1] <= g:
                k += 1
            (start, end), scores = bounds[k], None
            run = toks[start:end]
        if g < start:
            continue  # in no run (only a word token is judged, and every one is in a run)
        i = g - start
        tok, word = toks[g], texts[g]
        needed, cands, ways, prices, unlisted, inflected, creditable = entries[g]
        if _in_compound(doc.text, tok.start, tok.end):
            if _makes_listed_compound(doc.text, tok, cands, lm):
                if scores is None:
                    scores = RunScores(lm, lm_words(run, lm, spoken, number, read))
                finding = _compound_finding(doc.text, toks, bounds, k, i, scores.words, word,
                                            entries[g], lm, lex, spoken, number, read)
                if finding is not None:
                    yield finding
            else:
                finding = _spaced_compound_finding(doc.text, toks, bounds, k, i, word, entries[g], lm, lex,
                                                   spoken, number, read)
                if finding is not None:
                    yield finding
            continue
        if scores is None:
            scores = RunScores(lm, lm_words(run, lm, spoken, number, read))
        if unlisted and scores.words[i] not in _NO_WORD and scores.words[i + 2] not in _NO_WORD:
            needed -= UNLISTED_RELIEF
        credits_here = partial(slot_credits, scores.words, i + 1, word, cands, lex, inflected)
        if pairs is None:
            pairs = DocumentPairs(texts, bounds)
        # echo_credits' own first test, kept here: most places hold no
        # candidate the document holds, and this skips the call
        echoed = None if pairs.present.isdisjoint(cands) else echo_credits(
            pairs, start, end, g, cands, inflected)
        if echoed is not None:
            credits_here = partial(_with_echo, credits_here, echoed)
            creditable = tuple(held or bool(credit) for held, credit in zip(creditable, echoed))
        if passage and any(inflected):
            credits_here = partial(_with_tense, credits_here, doc, g, word, cands, inflected, lex)
        found = best_repair(scores, i + 1, word, cands, ways, lex, needed - INFO_MARGIN, prices,
                            credits_here=credits_here, creditable=creditable,
                            most_credit=_most_credit_at(scores.words, i + 1, sure_marks, next_marks))
        if found is None:
            continue
        cand, gain = found
        finding = repair_finding(
            RULE, tok, cand, gain, needed, INFO_MARGIN,
            f"“{word}” is unlikely here: “{cand}” fits its neighbours "
            f"{10 ** min(gain, 9):,.0f} times better, damage cost included")
        if finding is not None:
            others = runners_up(scores, i + 1, word, cand, gain, cands, ways, lex, prices, credits_here())
            yield with_runners_up(finding, gain, others) if others else finding
    yield from unit_findings(doc, texts, bounds, lm, lex, spoken, number, read)


def _with_echo(credits_here: Callable[[], tuple[float, ...] | None],
               echoed: tuple[float, ...]) -> tuple[float, ...]:
    """The place's credits (``slot_credits``, read by ``credits_here``) and
    the document's (``context_echo.with_echo``)."""
    return with_echo(credits_here(), echoed)


def _with_tense(credits_here: Callable[[], tuple[float, ...] | None], doc, g: int, word: str,
                cands: tuple[str, ...], inflected: tuple[bool, ...], lex) -> tuple[float, ...] | None:
    """The credits ``credits_here`` reads and the passage's tense's
    (``context_tense.tense_credits``), the larger of each, none for a
    candidate the passage refuses."""
    return with_tense(credits_here(), tense_credits(doc, g, word, cands, inflected, lex))


def _compound_stretch(text: str, tok, runs: int, k: int, i: int, run_tokens, run_words, lm):
    """(the compound's other part, whether the word is its second part, the
    model's readings of up to ``order - 1`` words before the compound and
    after it) for ``tok``, the ``i``-th word of run ``k`` of ``runs``
    (``run_tokens(k)``, ``run_words(k)``: a run's tokens, its padded
    reading), a part of a two-part hyphenated compound that the model does
    not know as written; None otherwise (``qa.checkers.context_compound``)."""
    found = partner(text, tok.start, tok.end)
    if found is None:
        return None
    other, written, second = found
    if lm.knows(written):
        return None
    j = _run_across_hyphen(tok, second, k, runs, run_tokens)
    if j is None:
        return None
    n = lm.order - 1
    words = run_words(k)
    if second:  # the other part ends the run before: its words before it
        return other, True, list(run_words(j)[:-2][-n:]), list(words[i + 2:i + 2 + n])
    return other, False, list(words[max(0, i + 1 - n):i + 1]), list(run_words(j)[2:2 + n])


def _run_across_hyphen(tok, second: bool, k: int, runs: int, run_tokens) -> int | None:
    """The run (of ``runs``, ``run_tokens(j)``: a run's tokens) that holds
    the other part of the compound whose part ``tok`` is, in run ``k``,
    right across the hyphen: the run before for a second part, the run
    after for a first; None where the other part is not there."""
    if second:
        return k - 1 if k > 0 and run_tokens(k - 1)[-1].end == tok.start - 1 else None
    return k + 1 if k + 1 < runs and run_tokens(k + 1)[0].start == tok.end + 1 else None


def _spaced_compound_finding(text: str, toks, bounds, k: int, i: int, word: str, entry, lm, lex,
                             spoken, number, read) -> Finding | None:
    """The finding for the ``i``-th word of run ``k``, a part of a two-part
    hyphenated compound the model lists neither as written nor mended:
    the two parts read as two words of one run with the words around the
    compound, as the check reads any word (``the seven-moth contract``:
    ``seven month contract``; ``per-hare earnings``: ``per share``). The
    model lists few compounds (``short-term``, not ``seven-month``), and
    most compounds of the news read as their words do. On the whole
    Reuters and Wikinews sets this adds 2 warnings; on the calibration half
    (damage seeds 263 and 269) 14 dropped letters and 8 cut-off ends."""
    tok = toks[bounds[k][0] + i]
    found = partner(text, tok.start, tok.end)
    if found is None or lm.knows(found[1]):
        return None
    if not found[2] and word in lex.profile.prefixes:
        return None  # a prefix, not a word (``inter-bank`` is no ``internet bank``)
    j = _run_across_hyphen(tok, found[2], k, len(bounds), lambda r: toks[bounds[r][0]:bounds[r][1]])
    if j is None:
        return None
    first_run, last_run = min(j, k), max(j, k)
    run = [t for t in toks[bounds[first_run][0]:bounds[last_run][1]] if t.kind in ("word", "number")]
    at = run.index(tok) + 1
    scores = RunScores(lm, lm_words(run, lm, spoken, number, read))
    needed, cands, ways, prices = entry[:4]
    best = best_repair(scores, at, word, cands, ways, lex, needed - INFO_MARGIN, prices,
                       credits=_compound_credits(word, found[0], found[2], cands, lex))
    if best is None:
        return None
    cand, gain = best
    return repair_finding(
        RULE, tok, cand, gain, needed, INFO_MARGIN,
        f"“{word}” is unlikely in this compound: “{cand}” fits its neighbours "
        f"{10 ** min(gain, 9):,.0f} times better, damage cost included")


def _compound_credits(word: str, other: str, second: bool, cands: tuple[str, ...],
                      lex) -> tuple[float, ...] | None:
    """``COMPOUND_CREDIT`` for each of ``cands`` the compound asks of its part
    ``word`` (the profile's ``compound_places``: a number before a counted
    noun, ``the seen-member Association`` -> ``seven``), else 0; None when
    it asks for none of them."""
    places = lex.profile.compound_places
    asked = places(word, other, second) if places is not None else None
    if not asked or asked.isdisjoint(cands):
        return None
    return tuple(COMPOUND_CREDIT if cand in asked else 0.0 for cand in cands)


def _makes_listed_compound(text: str, tok, cands, lm) -> bool:
    """Is ``tok`` a part of a two-part compound the model does not list as
    written, one of whose ``cands`` makes one it lists? (Asked before the
    run is read: nearly every compound's part is not.)"""
    found = partner(text, tok.start, tok.end)
    if found is None or lm.knows(found[1]):
        return False
    other, _, second = found
    return any(lm.knows(compound_of(other, cand, second)) for cand in cands)


def _compound_finding(text: str, toks, bounds, k: int, i: int, words, word: str, entry, lm, lex,
                      spoken, number, read) -> Finding | None:
    """The finding for the ``i``-th word of run ``k`` (its model reading
    ``words``), a part of a hyphenated compound, when the compound as
    written is no word of the model and one of the word's candidates makes
    one (``qa.checkers.context_compound``): ``sho-term`` is ``short-term``."""
    def run_tokens(j: int):
        return toks[bounds[j][0]:bounds[j][1]]

    def run_words(j: int):
        return words if j == k else lm_words(run_tokens(j), lm, spoken, number, read)

    stretch = _compound_stretch(text, toks[bounds[k][0] + i], len(bounds), k, i, run_tokens,
                                run_words, lm)
    if stretch is None:
        return None
    other, second, left, right = stretch
    needed, cands, ways, prices = entry[:4]
    known = [j for j, cand in enumerate(cands) if lm.knows(compound_of(other, cand, second))]
    if not known:
        return None
    costs = []
    for j in known:
        if prices[j] is None:
            prices[j] = price(word, cands[j], *ways[j], lex)
        costs.append(prices[j])
    credits = _compound_credits(word, other, second, tuple(cands[j] for j in known), lex)
    best = compound_repair(lm, lex, word, other, second, left, right, [cands[j] for j in known],
                           costs, needed - INFO_MARGIN, CHANNEL_WEIGHT, MIN_UNKNOWN_ZIPF, credits)
    if best is None:
        return None
    cand, gain = best
    return repair_finding(
        RULE, toks[bounds[k][0] + i], cand, gain, needed, INFO_MARGIN,
        f"“{word}” is unlikely in this compound: “{cand}” makes one its neighbours fit "
        f"{10 ** min(gain, 9):,.0f} times better, damage cost included")
