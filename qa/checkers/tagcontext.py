"""Real words whose word class their neighbours make unlikely: a noisy
channel over a trigram model of word classes.

``los culo de``, ``la reunión esta en``, ``que deben`` cut to ``que debe``:
each damaged word is a word, and for Spanish no registry serves word
n-grams. What the tagging dictionary gives is each word's possible classes
(its ambiguity class, ``qa.lang.es_classes``), and trigrams of those,
counted on clean news (``qa.text.classgram``), say how well a class fits
between its neighbours. For each word the candidates one damage step away
(an accent put back, a lost letter put back, a cut-off end put back) are
scored by

    gain = [log10 P(class window with candidate) - log10 P(class window as written)]
           + [log10 P(candidate | its class) - log10 P(word | its class)]
           - CHANNEL_WEIGHT x damage cost

(Brown et al. 1992 for the class model, Mays, Damerau & Mercer 1991 for
the channel) and the word is a signal when the best gain reaches
``needed_gain``: a frequent word needs more.

A language takes part through its profile's ``class_context`` (Spanish
only); others stay silent.
"""
from __future__ import annotations

import operator
from itertools import compress
from typing import Callable, Iterable

from ..model import Finding, RuleInfo, RuleRoles
from ..text.classgram import END, START, UNKNOWN
from ..text.damage import DEFAULT_COSTS, strip_accents
from ..text.memofill import fill
from ..text.verdicttable import Slot, stored
from ..text.probes import accent_restorations, completions, one_letter_longer
from .agreement import agrees
from .repairfinding import repair_finding

RULE = "Garble.TagContext"
RULES = (
    RuleInfo(
        id=RULE,
        roles=RuleRoles(family="context", word_level=True, real_word_evidence=True, place_repair=True),
        category="garble",
        severity="info",
        description="A valid word whose possible word classes fit its neighbours far worse than "
        "those of a word one damage step away (an accent, a lost letter or a cut-off end put "
        "back), by a trigram model of word classes counted on clean news (warning when the "
        "candidate fits clearly better, damage cost included; else info). Spanish.",
        why="Damage that lands on a real word (esta for está, culo for culpó) passes every "
        "spell check and frequency test; the sentence's grammar gives it away.",
        instead="Write the word the sentence means; the fix is the candidate that fits best.",
        languages=("es",),
        flag=("Dijo que el president del país viajará mañana.",
              "Los diputados aprobaron la ley desp de un largo debate.",
              "El ministro publico un informe sobre la economía."),
        ok=("Dijo que el presidente del país viajará mañana.",
            "Los diputados aprobaron la ley después de un largo debate.",
            "El ministro publicó un informe sobre la economía."),
    ),
)

# Tuned on the calibration half (bench/evaluate.py; docs/garble.md).
GAIN = 2.5  # log10 points a candidate must gain for a warning ...
INFO_MARGIN = 1.0  # ... and this much less for an info signal
CHANNEL_WEIGHT = 1.0
PRIOR_FROM = 5.0  # words above this zipf need PRIOR more per point
PRIOR = 1.0
# The class must explain part of the gain: a candidate of the same class
# is a frequency ratio, Garble.RealWord's question.
MIN_CLASS_GAIN = 0.5
# A word whose best word term could not reach the gain even with this much
# class gain is not looked at in context (most words): on the calibration
# half no finding was lost at 5, and a few clean-copy info signals at 4.
MAX_CLASS_GAIN = 5.0
MIN_CANDIDATE = 3.0  # zipf
# A word the dictionary does not know is judged only when the word list has
# it at least this common (desp, mun, est); rarer ones are non-words.
MIN_UNKNOWN_ZIPF = 2.5
CUT_COST = 0.8  # a cut-off end is one damage however many letters it took
MIN_LENGTH = 3
_TEXT = operator.itemgetter(2)  # Token.text, read without the namedtuple property


def candidates(word: str, lex) -> tuple[tuple[str, float], ...]:
    """(candidate, damage cost) for the common words ``word`` is one damage
    step from: an accent put back, a lost letter put back, a cut-off end
    put back, priced as the damage model prices that one step
    (``qa.text.damage``; a lost letter that doubled its neighbour is
    cheaper). Cached per word for the run."""
    memo = lex.memo(RULE + ".candidates", 100_000)
    found = memo.get(word)
    if found is None:
        freq = lex.frequencies
        floor = 10 ** (MIN_CANDIDATE - 9)
        costs = DEFAULT_COSTS
        prices: dict[str, float] = {}
        for cand in accent_restorations(word):
            if freq.get(cand, 0.0) >= floor:
                prices[cand] = costs.accent_lost
        for cand in one_letter_longer(word, lex):
            if cand != word and cand.isalpha() and freq.get(cand, 0.0) >= floor:
                prices[cand] = min(prices.get(cand, 9.0), _lost_letter_cost(word, cand, costs))
        for cand in completions(word, lex):
            prices[cand] = min(prices.get(cand, 9.0), CUT_COST)
        found = memo[word] = tuple(sorted(prices.items()))
    return found


def _lost_letter_cost(word: str, cand: str, costs) -> float:
    """The price of ``cand`` losing one letter to become ``word``: less
    when the letter doubled its neighbour (``acomodar``)."""
    i = next((k for k in range(len(word)) if word[k] != cand[k]), len(word))
    doubled = (i > 0 and cand[i] == cand[i - 1]) or (i + 1 < len(cand) and cand[i] == cand[i + 1])
    return costs.drop_double if doubled else costs.drop


def word_terms(word: str, classes, lex) -> tuple[str, tuple[tuple[str, str, float], ...], float]:
    """``word``'s own symbol; for each other symbol among its candidates
    the best candidate and its word term (the candidate's share of its
    class over the word's, less the damage cost); and the largest term.
    Cached per word for the run (read from the language's verdict table
    for the words it holds): the class terms are all that depend on the
    place."""
    memo = lex.memo(RULE + ".terms", 100_000)
    found = memo.get(word)
    if found is None:
        kept = stored(lex, word)
        found = memo[word] = kept[Slot.TERMS] if kept is not None else live_word_terms(word, classes, lex)
    return found


def live_word_terms(word: str, classes, lex) -> tuple[str, tuple[tuple[str, str, float], ...], float]:
    """``word_terms`` worked out, never read from a verdict table."""
    model = classes.model
    own = classes.word_symbol(word)
    share = lex.zipf(word) - model.logunigram(own)
    best: dict[str, tuple[str, float]] = {}
    cands = candidates(word, lex)
    classes.prefetch(cand for cand, _ in cands)
    for cand, cost in cands:
        sym = classes.word_symbol(cand)
        if sym == own:
            continue  # no class gain: a frequency ratio, Garble.RealWord's question
        term = (lex.zipf(cand) - model.logunigram(sym) - share - CHANNEL_WEIGHT * cost
                + prior_relief(word, cand, lex))
        if sym not in best or term > best[sym][1]:
            best[sym] = (cand, term)
    terms = tuple(sorted(((sym, c, t) for sym, (c, t) in best.items()), key=lambda r: (-r[2], r[0])))
    return own, terms, terms[0][2] if terms else 0.0


def prior_relief(word: str, cand: str, lex) -> float:
    """The part of ``word``'s prior (``needed_gain``) that a candidate is
    spared: all of it when the candidate only puts an accent back and is
    the more common of the two, else nothing. Such a word is common mostly
    as the accented one with its accent lost: ``mas`` (zipf 5.9) is on the
    web as ``más`` (6.6), hardly as the literary conjunction, so it is not
    guarded like a common word against ``más``. ``esta``, more common than
    ``está``, keeps its prior, as do ``que`` and ``como``. On the
    calibration half: eight more lost accents found at the warning gain
    (six ``mas``), no clean word more.
    """
    if len(cand) != len(word) or strip_accents(cand) != strip_accents(word):
        return 0.0
    return needed_gain(word, lex) - GAIN if lex.zipf(cand) > lex.zipf(word) else 0.0


def best_repair(symbols: list[str], at: int, word: str, classes, lex, least_gain: float | None = None):
    """(candidate, gain, class gain) of the best candidate for ``word`` at
    ``symbols[at]`` (a sentence's padded symbols) whose class explains at
    least ``MIN_CLASS_GAIN`` of its gain; None when there is none (or, with
    ``least_gain``, none that could reach it)."""
    if classes.word_symbol(word) == UNKNOWN and lex.zipf(word) < MIN_UNKNOWN_ZIPF:
        return None  # a non-word: Spelling.NonWord's
    own, terms, top = word_terms(word, classes, lex)
    if not terms or (least_gain is not None and top + MAX_CLASS_GAIN < least_gain):
        return None
    return _repair_here(symbols, at, own, terms, top, classes.model, least_gain)


def _repair_here(symbols, at, own, terms, top, model, least_gain):
    """``best_repair`` at one place, for a word that passed its per-word
    tests. The windows are summed here as ``ClassTrigrams.window`` sums
    them (the same floats), without a call per window: this runs at half
    the words of every Spanish document."""
    lp = model.logprob3
    a, b = symbols[at - 2], symbols[at - 1]
    n = len(symbols)
    d = symbols[at + 1] if at + 1 < n else None
    e = symbols[at + 2] if at + 2 < n else None
    before = lp(a, b, own)
    if d is not None:
        before += lp(b, own, d)
        if e is not None:
            before += lp(own, d, e)
    # a window's log-probability is at most 0: no class gain exceeds -before
    if least_gain is not None and top - before < least_gain:
        return None
    best = None
    # Branch and bound: every trigram scores at most 0, so the window's sum
    # only falls as it is read; a candidate is dropped once its partial sum
    # leaves it short of MIN_CLASS_GAIN or of the best gain so far (the
    # sums are the same floats, in the same order, as read whole). On the
    # bench's 200 Spanish articles: 186,626 trigrams asked, not 236,716.
    for sym, cand, term in terms:  # best word term first
        if least_gain is not None and term - before < least_gain:
            break  # neither this candidate nor any after it can reach the gain
        after = lp(a, b, sym)
        if d is not None and _in_race(after - before, term, best):
            after += lp(b, sym, d)
            if e is not None and _in_race(after - before, term, best):
                after += lp(sym, d, e)
        class_gain = after - before
        if class_gain < MIN_CLASS_GAIN:
            continue
        gain = class_gain + term
        if best is None or gain > best[1]:
            best = (cand, gain, class_gain)
    return best


def _agreeing(prev: str, word: str, cand: str, classes, lex) -> str:
    """``cand``, or where it does not agree with the word before, the
    commonest candidate of its class that does: the classes hold number but
    no gender, so the class model's pick is the commoner gender of a class
    (``una peque acotación``: ``pequeña``, not ``pequeño``). Whether the
    word is flagged, and how surely, stays the class model's."""
    if agrees(prev, cand, lex) is not False:
        return cand
    sym = classes.word_symbol(cand)
    best, best_term = cand, None
    for other, cost in candidates(word, lex):
        if other != cand and classes.word_symbol(other) == sym and agrees(prev, other, lex):
            term = lex.zipf(other) - CHANNEL_WEIGHT * cost + prior_relief(word, other, lex)
            if best_term is None or term > best_term:
                best, best_term = other, term
    return best


def _in_race(class_gain: float, term: float, best) -> bool:
    """Can a candidate whose class gain is at most ``class_gain`` still be
    ``_repair_here``'s answer?"""
    return class_gain >= MIN_CLASS_GAIN and (best is None or class_gain + term > best[1])


def _judged(word: str, classes, lex) -> tuple:
    """(gain needed, own symbol, terms, largest term) for a word ``check``
    looks at in context, else () (accepted, a non-word, or no candidate of
    another class that could reach the gain anywhere): what every
    occurrence of the word shares, so that most tokens cost one look-up."""
    if lex.accepted and word in lex.accepted:
        return ()
    if classes.word_symbol(word) == UNKNOWN and lex.zipf(word) < MIN_UNKNOWN_ZIPF:
        return ()  # a non-word: Spelling.NonWord's
    own, terms, top = word_terms(word, classes, lex)
    needed = needed_gain(word, lex)
    if not terms or top + MAX_CLASS_GAIN < needed - INFO_MARGIN:
        return ()
    return (needed, own, terms, top)


def _judges(text: str) -> bool:
    """Is a token's ``text`` a word ``check`` judges? (Only a word token's
    text is all letters: number, URL, e-mail and hashtag tokens hold a
    digit or a mark.)"""
    return len(text) >= MIN_LENGTH and text.isalpha() and text.islower()


def word_classes(lex):
    """The language's class model (its profile's ``class_context``), or
    None where it has none."""
    routine = lex.profile.class_context
    return routine(lex) if routine is not None else None


def unknown_to_classes(word: str, lex) -> bool:
    """Does the language's class model know no reading of ``word`` (a
    fragment such as ``quie`` or ``ent``, though the web lists it)? False
    where the language has no class model."""
    classes = word_classes(lex)
    return classes is not None and classes.word_symbol(word.lower()) == UNKNOWN


def needed_gain(word: str, lex) -> float:
    return GAIN + PRIOR * max(0.0, lex.zipf(word) - PRIOR_FROM)


def class_fits(doc, start: int, end: int, lex, prior_share: float = 0.0) -> Callable[[str], float] | None:
    """For ranking repairs: a function giving how much better a candidate's
    class fits in place of the word at ``doc.text[start:end]`` than the
    word's own (a log10 likelihood ratio of the class trigrams around it,
    the words' frequencies left out), with ``prior_share`` of each class's
    log10 prior taken out; None where the language has no class model or
    the word is no token of its sentence.

    The ranking adds the candidate's own frequency to this, and a word's
    probability in its place is its class's there times its share of the
    class (``live_word_terms`` weighs the check's candidates so): with the
    prior left in, a class's rarity counts in its words' frequency and
    again in the fit (``hombre``, an interjection or a noun, lost to
    ``hombro`` in ``un buen hom,``). The ranking takes out part of it only
    (``qa.originals.CLASS_PRIOR_SHARE``): the frequencies come from the
    web, the classes from news, where a first or second person is rare."""
    classes = word_classes(lex)
    if classes is None:
        return None
    run = doc.sentence_tokens(start, end)
    at = next((k + 2 for k, t in enumerate(run) if t.start == start and t.end == end), None)
    if at is None:
        return None
    symbols = [START, START, *classes.symbols(run), END]
    model = classes.model
    before = model.window_logprob(symbols, at) - prior_share * model.logunigram(symbols[at])

    def fit(candidate: str) -> float:
        trial = list(symbols)
        trial[at] = symbol = classes.word_symbol(candidate.lower())
        return model.window_logprob(trial, at) - prior_share * model.logunigram(symbol) - before

    return fit


def check(doc, ctx) -> Iterable[Finding]:
    lex = ctx.lexicons[doc.language or "und"]
    classes = word_classes(lex)
    if classes is None:
        return
    model = classes.model
    # () for a token the check never looks at, kept per text like a word's
    # verdict: a sentence's tokens are looked up in one pass and only the
    # few with a verdict are visited.
    judged = lex.memo(RULE + ".judged", 100_000)

    def work(word: str) -> tuple:
        return _judged(word, classes, lex) if _judges(word) else ()

    for run, symbols in classes.sentences(doc):
        texts = list(map(_TEXT, run))
        entries = fill(judged, texts, work)
        for i in compress(range(len(run)), entries):
            tok, word = run[i], texts[i]
            needed, own, terms, top = entries[i]
            found = _repair_here(symbols, i + 2, own, terms, top, model, needed - INFO_MARGIN)
            if found is None:
                continue
            cand, gain, _ = found
            if i and run[i - 1].kind == "word":
                cand = _agreeing(run[i - 1].text, word, cand, classes, lex)
            fit = gain - prior_relief(word, cand, lex)  # the relief is no part of the fit
            finding = repair_finding(
                RULE, tok, cand, gain, needed, INFO_MARGIN,
                f"“{word}” does not fit the word classes around it: “{cand}” fits "
                f"{10 ** min(fit, 9):,.0f} times better, damage cost included",
                mark_suspect=True)
            if finding is not None:
                yield finding
