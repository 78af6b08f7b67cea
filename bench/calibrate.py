"""Fit newsqa's calibration on the calibration half and write qa/data/calibration.json.

    .venv/bin/python bench/calibrate.py [--limit 150] [--data ../shared/eval] [--seed 13]
                                        [--budget B | --target 0.3 --line 0.5 --folds 5 --seeds 3 --z 1]
                                        [--out qa/data/calibration.json] [--refit] [--keep LANG,...]

Re-run it whenever a checker changes. It checks the calibration half of
the development corpus and of the real-error sets (bench/evaluate.py's
corpus and machinery), and the half's **clean pool** (every clean article
of the half, checked whole, its alarms counted in unit-sized runs,
``bench/devset.pool_articles``: five to seven times the clean words of the
units), with newsqa in raw mode
(``Options.calibrated`` off: hand-set confidences, every LanguageTool rule
on, spelling included after newsqa's filter for names and foreign words,
each rule's finding on a word kept, as the calibration grades each)
and labels every finding, info ones included, and every signal of a merged
span:

- real damage: on an injected damage, in a damaged unit, and not on the
  clean unit at the same place; on a real-error set's gold tokens; or on a
  known slip of the clean source (bench/clean_errata.tsv);
- no damage: on the clean pool, or on a real-error text off its gold tokens.
  (Findings elsewhere in a damaged unit are left out.) Each clean
  occurrence (a rule's finding at a place of a clean text) counts once, as
  one negative: a text the pool holds twice is counted once, and a clean
  word's signal that a damaged copy's span took in only where neither its
  clean unit nor another copy showed it. A pool article is checked whole,
  as a reader checks it (``pool_texts``); a unit, its first run, is checked
  alone too, for its damaged copies.

The fit takes those labels as a calibrated check makes them (``as_asked``):
without the LanguageTool rules it never asks for (``never_asked``), and
without the spans their signals alone made.

Then, per language:

1. **Combiner.** A logistic regression over each ``Garble.Span``'s signals
   (``qa.calibration.combiner_features``), fitted by gradient descent with
   a small L2 penalty; its output is the span's raw confidence.
2. **Per rule and hand-set severity** (the checker's own grading), and for
   the rules that judge a word's spelling per class of the document's damage
   density (``DENSITY_CLASSES``), findings binned by raw confidence (up to ``MAX_BINS``
   quantile bins of at least ``MIN_BIN`` findings, where a rule's
   confidences are graded), adjacent bins pooled until the rate rises with
   confidence (isotonic), each rate smoothed towards ``PRIOR`` with
   ``PRIOR_WEIGHT`` pseudo-findings so a rare rule never gets 1.0; a
   pooled run's bins share its probability but stay bins of their own, so
   the thresholds may let one warn without its neighbour.
3. **Thresholds.** The bins that may warn (at least ``FLOOR``), taken by
   the damages they add to the bins taken (weighed per kind) per clean
   alarm they add, most first, while the clean pool's alarms of the bins
   taken (one a word, and a clean span's where a signal of it warns), plus
   ``UNSEEN`` for each run of bins (what a bin of no clean alarm still
   raises on other clean words), stay within the budget per 1,000 clean
   words; the bins left out are capped at info. A ladder of budgets that
   only adds, so a larger budget lets every bin warn that a smaller one
   does (see ``thresholds`` and ``taken``); the error threshold the lowest
   with a third of it, and never below ``MIN_ERROR``.
4. **LanguageTool rules back on**: those newsqa turns off by default
   (qa/grammar/rules.py: a disabled rule, or any rule of a disabled
   category such as ``O_NO_TILDE`` in ``CAMBIOS_NORMA``, known by the
   category its matches carry) whose findings reach the warning threshold.
   The run sends them as enabled rules, which LanguageTool runs even inside
   a disabled category.

**The budget** is chosen per language by cross-validation on the clean
pool (``held_out``) unless ``--budget`` is given: the pool's articles are
dealt into ``--folds`` folds, ``--seeds`` times afresh; for each candidate
budget, each fold's false alarms are counted under a fit without it (a
word's alarms once, as a report keeps one finding per word), averaged over
the deals, and the budget with the best macro recall among those that keep
to the false-alarm goal's two lines is used for the fit on everything
(``choose_budget``): the aim, ``--target``, by the whole pool's point
rate; the acceptance line, ``--line``, with the noise of a Poisson count
allowed for (its bound ``--z`` deviations up), over the whole pool and over
the articles' first runs (the units' shape and size).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.evaluate import (  # noqa: E402
    CACHE, DEFAULT_DATA, LANGUAGES, MEASURES, WORDS, Flag, Run, new_flags, run_systems, tokens_hit,
)
from bench.devset import PoolArticle, article_of, pool_articles  # noqa: E402
from bench.damage import Damage  # noqa: E402
from bench.errata import Errata  # noqa: E402
from bench.lt_pools import POOLINGS, thin_pools  # noqa: E402
from qa.calibration import (  # noqa: E402
    DATA_FILE, FORMAT, Combiner, LanguageCalibration, combiner_features, language_calibration,
)
from qa.context import Context  # noqa: E402
from qa.grammar.rules import DUPLICATES_OF_OURS, off_by_default, roles_of  # noqa: E402
from qa.grammar.spelling import SPELLING_RULES  # noqa: E402
from qa.model import NO_ROLES, severity_rank  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.text.tokens import tokenize  # noqa: E402

MAX_BINS = 8
MIN_BIN = 20
# A bin's rate is pulled towards PRIOR with PRIOR_WEIGHT pseudo-findings: a
# rule must show itself on several damages before it may warn (1 of 1 gives
# 0.4, 8 of 8 gives 0.75), since the clean half is too small to show the
# false alarms of a rule that fires once in many thousand words.
PRIOR = 0.25
PRIOR_WEIGHT = 4.0
MIN_ERROR = 0.8
# A warning must be more likely real damage than not, whatever the budget.
FLOOR = 0.6
MIN_EVIDENCE = 30
# Clean alarms a bin is charged on top of those it showed (see thresholds):
# on the clean pool, bins with no clean alarm in four folds of its articles
# raised some on the fifth. Chosen by the held-out rate on the calibration
# half (docs/evaluation.md).
UNSEEN = 0.05
# A word-level rule's findings are fitted apart by the document's damage
# density (other damaged words per 100, qa.calibration.damage_density):
# classes starting at these, each of at least MIN_CLASS findings. Clean news
# stays in the lowest class; OCR'd pages and learner essays fill the upper
# ones. Only for the rules that judge a word's spelling: an unknown word on a
# page of them is damage, while agreement or a span on such a page is no
# likelier right (a learner's short sentence with one slip is "dense" too, and
# agreement there is mostly the learner's own grammar, not damage).
# Clean news with many foreign terms reaches 5 to 11 (an article on Japanese
# cooking, in the clean pool); OCR'd pages mostly lie beyond 15.
DENSITY_CLASSES = (0.0, 2.0, 5.0, 15.0)
DENSITY_RULES = ("Spelling.", "OCR.", *SPELLING_RULES)
MIN_CLASS = 20
ERROR_SHARE = 1 / 3  # of the warning budget, for errors
# The rungs of the budget ladder (``taken``), per 1,000 clean words: every
# budget the fit tries (BUDGETS) is one
LADDER_STEP = 0.05
NOTHING = 1.001  # a threshold above every probability: nothing reaches it
SPAN = "Garble.Span"
POOL = "pool:"  # fit_language's name for a pool of thin LanguageTool rules while it is fitted
LABELS = ROOT / ".qa-cache" / "calibration-labels.json"
LABELS_FORMAT = 2  # 2: each clean occurrence once, no weights, each clean finding's place


@dataclass(frozen=True)
class Observation:
    rule: str
    raw: float
    real: bool
    clean: bool  # on a clean news unit: counts against the false-alarm budget
    signals: tuple[tuple[str, float], ...] = ()  # a merged span's: (family, raw confidence)
    severity: str = "warning"  # the hand-set one: the checker's own grading
    density: float = 0.0  # the document's other damaged words per 100 (qa.calibration.damage_density)
    run: str = ""  # a clean finding's run of the clean pool (devset.pool_articles), for held-out folds
    damage: str = ""  # a damaged unit's finding: "kind<TAB>unit id", for the recall of a fit
    inner: bool = False  # a signal inside a merged span: no clean alarm of its own, the span's counts
    # a word-level finding's word in news: its pool run or damaged unit and
    # its offsets there. The raw run keeps each rule's finding on a word
    # (qa.pipeline.finish); a report keeps one (qa.pipeline.one_per_word).
    word: str = ""


# -- labelling ---------------------------------------------------------------------


def _observations(flag: Flag, real, clean: bool, run: str = "",
                  damage: str = "", word_level=lambda rule: False) -> list[Observation]:
    """The flag and, for a merged span, each of its signals; ``real`` says
    whether a (start, end) is real damage, ``word_level`` whether a rule
    judges one word (``word_level_rules``)."""
    signals = tuple((family, conf) for _, family, conf, *_ in flag.evidence)
    word = f"{run or damage}:{flag.start}:{flag.end}" if (run or damage) and word_level(flag.rule) else ""
    out = [Observation(flag.rule, flag.confidence, real(flag.start, flag.end), clean, signals, flag.severity,
                       flag.density, run, damage, word=word)]
    # a signal inside a span is no alarm of its own (the span is), so it
    # does not count against the budget
    out += [Observation(rule, conf, real(s, e), False, (), sev, density, run, damage, inner=True)
            for rule, _, conf, s, e, sev, density in flag.evidence]
    return out


def word_level_rules():
    """Whether a rule id judges one word, as its findings' roles say
    (``RuleRoles.word_level``, which ``qa.pipeline.one_per_word`` groups by)."""
    roles = Context.create(Options(raise_check_errors=True, grammar="off")).rule_roles()
    return lambda rule: roles_of(rule[3:], "").word_level if rule.startswith("LT.") else \
        roles.get(rule, NO_ROLES).word_level


def _occurrences(flags: list[Flag]) -> set[tuple[str, int, int]]:
    """(rule, start, end) of every finding of a text, a merged span's signals included."""
    out = set()
    for f in flags:
        out.add((f.rule, f.start, f.end))
        out.update((rule, s, e) for rule, _, _, s, e, *_ in f.evidence)
    return out


def _clean_signals(dmg: Damage, flag: Flag, seen: set[tuple[str, int, int]]) -> Flag:
    """A damaged copy's flag over the damage without the signals it took in
    from clean words that are counted already: where the clean unit has the
    same finding (the clean pool counts it), or another copy of the unit
    showed it (``seen``, in the clean unit's offsets, grows). A clean word's
    finding is one occurrence, however many damaged copies repeat it."""
    shift = len(dmg.text) - len(dmg.original)
    kept = []
    for g in flag.evidence:
        rule, _, _, s, e, *_ = g
        if not flag_touches(s, e, dmg):
            at = (rule, s, e) if e <= dmg.start else (rule, s - shift, e - shift)
            if at in seen:
                continue
            seen.add(at)
        kept.append(g)
    return replace(flag, evidence=tuple(kept))


def flag_touches(start: int, end: int, dmg: Damage) -> bool:
    return Flag("", "", start, end, ()).touches(dmg.start, dmg.end)


@dataclass(frozen=True)
class Labels:
    """What one raw run of the calibration half says, per language."""

    observations: dict[str, list[Observation]]
    pool_words: dict[str, dict[str, int]]  # words of each run of the clean pool (each text once)
    damages: dict[str, dict[str, int]]  # damaged units per kind
    texts: int = 0
    # LanguageTool rule id -> its category id, per language: a rule of a
    # category newsqa turns off is off by default like a disabled rule
    lt_categories: dict[str, dict[str, str]] = field(default_factory=dict)


def pool_texts(pool: dict[str, list[PoolArticle]]) -> tuple[tuple[str, str], ...]:
    """(text, language) of the clean pool's articles, each text once (a
    story sent twice is checked once).

    >>> a = PoolArticle("a", "es", "Uno.", ())
    >>> pool_texts({"es": [a, PoolArticle("b", "es", "Uno.", ())]})
    (('Uno.', 'es'),)
    """
    return tuple(dict.fromkeys((a.text, lang) for lang in pool for a in pool[lang]))


def label(run: Run, pool: dict[str, list[PoolArticle]]) -> Labels:
    """Label every finding of a raw run: the damaged units' (against their
    clean unit), the real-error sets' (against their gold tokens), and the
    clean pool's (false alarms, the source's known slips aside): each of
    its articles checked whole, last (``pool_texts``), each finding counted
    in the run it starts in, at the run's offsets.

    Each clean occurrence (a finding of a rule at a place of a clean text)
    counts once: a pool run that another run repeats is counted once, and
    a clean word's signal inside a damaged copy's span only where neither
    the clean unit nor another copy of it showed it."""
    obs: dict[str, list[Observation]] = defaultdict(list)
    kinds: dict[str, dict[str, int]] = {}
    word_level = word_level_rules()
    found = iter(run.flags["newsqa"])
    errata = Errata()
    checked: dict[tuple[str, str], list[Flag]] = {}  # (article text, language) -> flags, for the pool
    for lang, (units, damages) in run.corpus.items():
        clean = {u.id: next(found) for u in units}  # to tell new flags from the unit's own
        kinds[lang] = defaultdict(int)
        seen = {u.id: _occurrences(clean[u.id]) for u in units}
        for unit, dmg in damages:
            kinds[lang][dmg.kind] += 1
            _, over = new_flags(dmg, next(found), clean[unit.id])
            for f in over:
                obs[lang] += _observations(_clean_signals(dmg, f, seen[unit.id]),
                                           lambda s, e, d=dmg: flag_touches(s, e, d), False,
                                           damage=f"{dmg.kind}\t{unit.id}", word_level=word_level)
    for name, items in run.sets.items():
        words_only = MEASURES.get(name, (1.0, False))[1]
        for item in items:
            tokens = [t for t in tokenize(item.text) if not words_only or t.kind in WORDS]
            gold = set().union(*(tokens_hit(tokens, s, e) for s, e in item.gold))
            for f in next(found):
                if tokens_hit(tokens, f.start, f.end):  # a set scored on words says nothing of punctuation
                    obs[item.language] += _observations(
                        f, lambda s, e, g=gold, t=tokens: bool(g & tokens_hit(t, s, e)), False)
    for text in pool_texts(pool):
        checked[text] = next(found)
    pool_words: dict[str, dict[str, int]] = {}
    for lang, articles in pool.items():
        pool_words[lang] = {}
        counted: set[str] = set()
        for article in articles:
            in_run = _by_run(article, checked[(article.text, lang)])
            for u, _ in article.runs:
                if u.text in counted:  # a story sent twice: one occurrence of each finding
                    continue
                counted.add(u.text)
                pool_words[lang][u.id] = _words(u.text)
                slips = errata.slips(u.id, u.text)
                for f in in_run[u.id]:
                    if any(f.touches(s, e) for s, e in slips):  # a real slip of the source: real damage
                        obs[lang] += _observations(f, lambda s, e: True, False, u.id, word_level=word_level)
                    else:
                        obs[lang] += _observations(f, lambda s, e: False, True, u.id, word_level=word_level)
    lt_categories: dict[str, dict[str, str]] = defaultdict(dict)
    for (_, lang), flags in zip(run.texts, run.flags["newsqa"]):
        for f in flags:
            if f.lt_category:
                lt_categories[lang][f.rule[3:]] = f.lt_category
    return Labels(dict(obs), pool_words, {k: dict(v) for k, v in kinds.items()}, len(run.texts),
                  dict(lt_categories))


def _by_run(article: PoolArticle, flags: list[Flag]) -> dict[str, list[Flag]]:
    r"""An article's flags by the pool run each starts in
    (``PoolArticle.run_at``), at that run's offsets, a merged span's signals
    too (a span that runs past the run's end is the run's: it starts
    there); a flag in no run (a table the pool does not count) is left out.

    >>> from bench.devset import Unit
    >>> a = PoolArticle("a", "es", "Uno.\nDos y tres.", ((Unit("a", "es", "Uno.", ""), 0),
    ...                                                   (Unit("a#1", "es", "Dos y tres.", ""), 5)))
    >>> f = Flag("A.B", "warning", 7, 9, (), 0.5, (("A.C", "x", 0.4, 7, 8, "info", 0.0),))
    >>> got = _by_run(a, [f, replace(f, start=4)])
    >>> [(g.start, g.end, g.evidence[0][3]) for g in got["a#1"]], got["a"]
    ([(2, 4, 2)], [])
    """
    out: dict[str, list[Flag]] = {u.id: [] for u, _ in article.runs}
    for f in flags:
        held = article.run_at(f.start)
        if held is None:
            continue
        unit, start = held
        out[unit.id].append(replace(
            f, start=f.start - start, end=f.end - start,
            evidence=tuple((rule, family, conf, s - start, e - start, *rest)
                           for rule, family, conf, s, e, *rest in f.evidence)))
    return out


def never_asked(rule: str) -> bool:
    """Whether a rule's findings never reach a calibrated check: a
    LanguageTool rule that newsqa turns off and the calibration never turns
    back on, since it does a newsqa checker's job (``DUPLICATES_OF_OURS``).

    >>> never_asked("LT.ENGLISH_WORD_REPEAT_RULE"), never_asked("LT.MORFOLOGIK_RULE_ES"), never_asked("Repetition.Token")
    (True, False, False)
    """
    return rule.startswith("LT.") and rule[3:] in DUPLICATES_OF_OURS


def as_asked(obs: list[Observation], dropped=never_asked) -> list[Observation]:
    """The observations of a raw run as a calibrated check makes them: the
    raw run asks LanguageTool for every rule, so a doubled word showed
    ``LT.ENGLISH_WORD_REPEAT_RULE`` beside ``Repetition.Token``, two
    families, one ``Garble.Span``; a calibrated check never asks for the
    rule (``never_asked``), so the repeat stands alone at its own bin. A
    rule ``dropped`` loses its findings, and a span its signals of that rule;
    a span left with fewer than two families is no span, and its other
    signals are findings of their own (on clean text a clean alarm each,
    unless on a slip of the source).

    >>> span = Observation("Garble.Span", 0.9, True, False, (("repetition", 0.7), ("grammar", 0.7)), "error")
    >>> rep = Observation("Repetition.Token", 0.7, True, False, severity="warning", inner=True)
    >>> lt = Observation("LT.ENGLISH_WORD_REPEAT_RULE", 0.7, True, False, severity="info", inner=True)
    >>> [(o.rule, o.inner) for o in as_asked([span, rep, lt, replace(lt, inner=False)])]
    [('Repetition.Token', False)]
    >>> seconded = replace(span, signals=(("repetition", 0.7), ("grammar", 0.7), ("spelling", 0.6)))
    >>> nonword = Observation("Spelling.NonWord", 0.6, True, False, inner=True)
    >>> out = as_asked([seconded, rep, lt, nonword])
    >>> [(o.rule, o.inner) for o in out], out[0].signals
    ([('Garble.Span', False), ('Repetition.Token', True), ('Spelling.NonWord', True)], (('repetition', 0.7), ('spelling', 0.6)))
    >>> clean = Observation("Garble.Span", 0.9, False, True, (("repetition", 0.7), ("grammar", 0.7)), run="a")
    >>> [(o.rule, o.clean) for o in as_asked([clean, replace(rep, real=False, run="a"), replace(lt, real=False)])]
    [('Repetition.Token', True)]
    """
    out: list[Observation] = []
    k = 0
    while k < len(obs):
        o = obs[k]
        j = k + 1
        while j < len(obs) and obs[j].inner:
            j += 1
        inner = obs[k + 1:j]
        k = j
        if dropped(o.rule):
            continue
        if not inner or not any(dropped(s.rule) for s in inner):
            out += [o, *inner]
            continue
        kept = [(s, sig) for s, sig in zip(inner, o.signals) if not dropped(s.rule)]
        if len({family for _, (family, _) in kept}) >= 2:
            out += [replace(o, signals=tuple(sig for _, sig in kept)), *(s for s, _ in kept)]
        else:
            out += [replace(s, inner=False, clean=o.clean and not s.real) for s, _ in kept]
    return out


def _words(text: str) -> int:
    return sum(1 for t in tokenize(text) if t.kind == "word")


# -- fitting -----------------------------------------------------------------------


def fit_combiner(samples: list[Observation], min_family: int = 5, steps: int = 3000,
                 rate: float = 0.1, l2: float = 0.01) -> dict[str, float] | None:
    """Logistic-regression weights over the spans' features; None with too
    few spans of each outcome to learn from.

    >>> good = [Observation(SPAN, 0.9, True, False, (("agreement", 0.9), ("spelling", 0.8)))] * 20
    >>> bad = [Observation(SPAN, 0.5, False, True, (("register", 0.3), ("spelling", 0.3)))] * 20
    >>> w = fit_combiner(good + bad)
    >>> from qa.calibration import Combiner
    >>> c = Combiner(w)
    >>> c.confidence(good[0].signals) > 0.8 > 0.2 > c.confidence(bad[0].signals)
    True
    """
    if sum(s.real for s in samples) < 5 or sum(not s.real for s in samples) < 5:
        return None
    rows = [combiner_features(s.signals) for s in samples]
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        for k in r:
            counts[k] += 1
    names = [k for k in ("bias", "signals", "noisy_or") if k in counts]
    names += sorted(k for k, n in counts.items() if k.startswith("family:") and n >= min_family)
    xs = [[r.get(k, 0.0) for k in names] for r in rows]
    ys = [1.0 if s.real else 0.0 for s in samples]
    w = [0.0] * len(names)
    n = len(xs)
    for _ in range(steps):
        grad = [0.0] * len(w)
        for x, y in zip(xs, ys):
            z = sum(wi * xi for wi, xi in zip(w, x))
            err = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z)))) - y
            for j, xj in enumerate(x):
                grad[j] += err * xj
        w = [wi - rate * (g / n + (l2 * wi if name != "bias" else 0.0))
             for wi, g, name in zip(w, grad, names)]
    return {k: round(v, 4) for k, v in zip(names, w)}


def bins_for(samples: list[tuple[float, bool]], prior: float, split: bool = True) -> list[dict]:
    """Histogram bins by raw confidence, pooled to rise with it, smoothed;
    a sample is (raw confidence, real damage). The bins of a pooled run
    take the run's probability and, unless ``split`` is off, stay apart:
    pooling says their rates do not differ, not that their clean alarms are
    one, and a whole run as one bin made the fit brittle (one clean alarm
    relabelled a real slip of the source tipped two bins into a run, whose
    cost then shut out another rule's bin: docs/evaluation.md).

    >>> b = bins_for([(0.3, False)] * 30 + [(0.9, True)] * 30, prior=0.5)
    >>> [(x["upto"], x["p"]) for x in b]
    [(0.3, 0.059), (1.0, 0.941)]
    >>> bins_for([(0.9, True)], prior=0.5)[0]["p"]  # one finding is no certainty
    0.6
    """
    samples = sorted(samples)
    groups: list[list[tuple[float, bool]]] = []
    if len(samples) >= 2 * MIN_BIN and samples[0][0] != samples[-1][0]:
        size = max(MIN_BIN, math.ceil(len(samples) / MAX_BINS))
        cur: list[tuple[float, bool]] = []
        for k, s in enumerate(samples):
            cur.append(s)
            last = k == len(samples) - 1
            if last or (len(cur) >= size and samples[k + 1][0] != s[0] and len(samples) - k - 1 >= MIN_BIN):
                groups.append(cur)
                cur = []
    else:
        groups = [samples]
    # pool adjacent violators: the rate must not fall as confidence rises
    pooled: list[list[list[tuple[float, bool]]]] = []  # runs of adjacent groups
    for g in groups:
        pooled.append([g])
        while len(pooled) > 1 and _rate(_flat(pooled[-2])) > _rate(_flat(pooled[-1])):
            last = pooled.pop()
            pooled[-1] = pooled[-1] + last
    out = []
    for run in pooled:
        every = _flat(run)
        pos = sum(real for _, real in every)
        p = round((pos + PRIOR_WEIGHT * prior) / (len(every) + PRIOR_WEIGHT), 3)
        # each group of a pooled run stays a bin of its own, at the run's
        # probability: the budget walk may take one without its neighbour
        # (``fit_language``), so a label that tips two groups' rates into
        # pooling does not bind a cheap group's warning to a costly one's
        for g in (run if split else [every]):
            gpos = sum(real for _, real in g)
            out.append({"upto": round(max(raw for raw, _ in g), 4), "p": p,
                        "positive": gpos, "negative": len(g) - gpos})
    out[-1]["upto"] = 1.0  # anything above what was seen falls in the top bin
    return out


def _flat(run: list[list[tuple[float, bool]]]) -> list[tuple[float, bool]]:
    return [s for g in run for s in g]


def _rate(group: list[tuple[float, bool]]) -> float:
    return sum(real for _, real in group) / len(group)


def thresholds(cells: list[tuple], words: int, budget: float,
               unseen: float = 0.0, worth: dict | None = None) -> tuple[float, float, set[int]]:
    """(warning, error) thresholds and the cells capped at info, from bins as
    (probability, clean alarms, real damages found, hand-set severity[, of
    LanguageTool's speller[, of a density class beyond every clean finding[,
    what its real findings are on[, what its clean alarms are on]]]]).

    The bins that may warn (``eligible``: at least ``FLOOR``, and not a thin
    bin of LanguageTool's speller that its checker made info) are taken by
    the damages they add to the bins taken per clean alarm they add, most
    first, each that still fits the budget per 1,000 clean words, climbing a
    ladder of budgets (``taken``). So one costly bin
    (names that look like misspellings) waits behind the cleaner checks
    instead of silencing them, and a larger budget takes every bin a
    smaller one takes. Each bin costs the clean alarms it
    showed plus ``unseen``, the alarms a bin of no clean alarm on these
    words still raises on others; not a bin whose density class lies beyond
    every clean finding: it holds for pages where 15 words in 100 are
    marked, which clean news did not come near. Where a bin says what its
    clean alarms are on (``finding_keys``: a clean word, a clean span its
    signals make warn), it costs only those the bins taken do not raise.

    The warning threshold is the lowest probability taken, and the bins
    left out at or above it are capped at info; the error threshold the
    lowest probability that a third of the budget allows, never below
    ``MIN_ERROR``.

    >>> w = "warning"
    >>> thresholds([(0.9, 0, 50, w), (0.8, 1, 50, w), (0.7, 1, 50, w), (0.65, 5, 50, w), (0.63, 0, 3, "info"),
    ...             (0.62, 0, 50, w), (0.61, 0, 3, w), (0.3, 0, 50, w)], words=10_000, budget=0.3)
    (0.61, 0.8, {3, 4})
    >>> thresholds([(0.9, 0, 50, w), (0.7, 0, 5, "info", True), (0.65, 0, 5, "info")], 10_000, 0.3)
    (0.65, 0.8, {1})
    >>> thresholds([(0.9, 0, 50, w), (0.8, 0, 50, w), (0.7, 0, 50, "info", True, True)], 1_000, 0.1, unseen=0.05)
    (0.7, 1.001, set())
    >>> thresholds([(0.9, 0, 50, w), (0.8, 0, 50, w), (0.7, 0, 50, "info", True)], 1_000, 0.1, unseen=0.05)
    (0.8, 1.001, set())
    """
    chosen = taken(cells, words, budget, unseen, worth)
    warning = min((cells[k][0] for k in chosen), default=NOTHING)
    capped = {k for k, c in enumerate(cells) if c[0] >= warning and k not in chosen}
    by_p: dict[float, float] = defaultdict(float)  # one threshold takes every bin of a probability
    for k in chosen:
        by_p[cells[k][0]] += _cost(cells[k], unseen)
    error, spent = NOTHING, 0.0
    for p in sorted(by_p, reverse=True):
        spent += by_p[p]
        if spent > budget * words / 1000 * ERROR_SHARE:
            break
        error = p
    return warning, max(MIN_ERROR, warning, error), capped


def _cost(cell: tuple, unseen: float) -> float:
    """A bin's clean alarms plus ``unseen``, unless its density class lies
    beyond every clean finding (a sixth element, True); a bin cut from a
    pooled run (a ninth element: its share of the run's findings) is
    charged that share of ``unseen``.

    >>> _cost((0.9, 2, 40, "warning"), 0.05), _cost((0.9, 0, 40, "warning", False, False, (), (), 0.25), 0.04)
    (2.05, 0.01)
    """
    if cell[5:] and cell[5]:
        return cell[1]
    return cell[1] + unseen * (cell[8] if len(cell) > 8 else 1.0)


def eligible(cell: tuple) -> bool:
    """Whether a bin may warn at all, whatever the budget: at least
    ``FLOOR``, and not a thin bin (under ``MIN_EVIDENCE`` damages) of
    LanguageTool's speller that its checker made info. The speller is
    fitted per density class and its clean alarms come in clusters (one
    article of foreign terms), which a thin dense bin has not met; the other
    LanguageTool rules' thin bins are judged like newsqa's own, by their
    damages and their clean cost plus ``UNSEEN``: held out on the clean
    pool's folds they raised one alarm more in 101,740 Spanish words, the
    speller's 17 on one article (docs/evaluation.md).

    >>> eligible((0.7, 0, 12, "info", True)), eligible((0.7, 0, 12, "info")), eligible((0.59, 0, 90, "warning"))
    (False, True, False)
    """
    p, _, positives, hand_set, *rest = cell
    speller = bool(rest and rest[0])
    return p >= FLOOR and not (speller and positives < MIN_EVIDENCE and hand_set == "info")


def taken(cells: list[tuple], words: int, budget: float, unseen: float = 0.0,
          worth: dict | None = None) -> set[int]:
    """The cells that warn under ``budget``, climbed to by a budget ladder:
    rungs every ``LADDER_STEP`` per 1,000 clean words up to the budget, and
    at each rung, starting from the cells of the rung below, the eligible
    cell that adds most per clean alarm it adds, again and again while one
    still fits: what a cell adds is counted against the cells taken, the
    damages none of them finds (``finding_keys``; a real-error set's
    finding is a damage of its own) and the clean alarms none of them raises
    (plus ``unseen``); a cell that adds no damage is not taken. So the cells
    taken at a budget include those at every smaller one (a rung only adds),
    and the budget is spent (a cell that does not fit is passed over).
    (Walking on past a bin that does not fit in one step, as the fit once
    did by falling probability, lets a larger budget take a costly bin that
    leaves no room for a cheap one a smaller budget took; the rungs are the
    same for every budget, so that cannot happen.) What lies between the
    last rung and the budget is not spent.

    The walk this replaces valued each cell once, in one order, by what it
    added to the cells before it in that order, whether or not those were
    taken: a costly cell that never fitted the budget (LanguageTool's
    speller) made the cells after it that find the same damages worth
    little (docs/evaluation.md, "Why the refit loses the Spanish
    non-words"). ``worth``: what finding each damage is worth
    (``kind_worth``; 1 when not given).

    A thin bin (under ``MIN_EVIDENCE`` damages) that its checker made info
    is left out below the likeliest bin that showed a clean alarm: a few
    findings and no clean alarm say little of its clean rate, so it is
    trusted only where the rule's neighbours have shown none either. Held
    out on the clean pool, taking such bins by their worth alone raised
    Spanish false alarms from 0.24 to 0.28 per 1,000 words at a budget of
    0.15 (docs/evaluation.md).

    >>> cells = [(0.9, 5, 50, "warning"), (0.8, 0, 12, "warning"), (0.7, 1, 40, "warning")]
    >>> [sorted(taken(cells, 10_000, b, unseen=0.05)) for b in (0.1, 0.3, 0.7)]
    [[1], [1, 2], [0, 1, 2]]
    """
    alarmed = max((c[0] for c in cells if c[1] and eligible(c)), default=-1.0)
    candidates = [k for k, c in enumerate(cells) if eligible(c) and (
        c[0] > alarmed or c[2] >= MIN_EVIDENCE or c[3] != "info")]
    # what each cell still adds: damages no cell taken finds, clean alarms
    # none raises (an eighth element: what they are on; or else all it showed)
    finds = {k: _finds(cells, k) for k in candidates}
    weight = (lambda d: 1.0) if worth is None else (lambda d: worth.get(d, 1.0))
    gain = {k: sum(weight(d) for d in finds[k]) for k in candidates}
    fresh_alarms = {k: len(cells[k][7]) if len(cells[k]) > 7 else cells[k][1] for k in candidates}
    finders, raisers = defaultdict(list), defaultdict(list)
    for k in candidates:
        for d in finds[k]:
            finders[d].append(k)
        for a in (cells[k][7] if len(cells[k]) > 7 else ()):
            raisers[a].append(k)
    spent, out, found, raised = 0.0, set(), set(), set()
    for rung in range(int(max(0.0, budget) / LADDER_STEP + 1e-9) + 1):
        allowed = rung * LADDER_STEP * words / 1000
        while True:
            best = None
            for k in candidates:
                cost = fresh_alarms[k] + _cost(cells[k], unseen) - cells[k][1]
                if k in out or gain[k] <= 1e-12 or spent + cost > allowed + 1e-9:
                    continue
                key = (-(gain[k] / cost) if cost else -math.inf, -cells[k][0], k)
                if best is None or key < best[0]:
                    best = (key, k, cost)
            if best is None:
                break
            _, k, cost = best
            spent += cost
            out.add(k)
            for d in finds[k] - found:
                found.add(d)
                for j in finders[d]:
                    gain[j] -= weight(d)
            for a in (cells[k][7] if len(cells[k]) > 7 else ()):
                if a not in raised:
                    raised.add(a)
                    for j in raisers[a]:
                        fresh_alarms[j] -= 1
    return out


def _finds(cells: list[tuple], k: int) -> frozenset:
    """What a cell's real findings are on (a seventh element), or else one
    damage of its own per real finding."""
    return cells[k][6] if len(cells[k]) > 6 else frozenset((k, n) for n in range(cells[k][2]))


def density_classes(group: list, density=lambda o: o.density) -> list[tuple[float, list]]:
    """The observations (or what ``density`` reads one's density from) by
    the document's damage density, in the classes that start at
    ``DENSITY_CLASSES``; a class of fewer than ``MIN_CLASS`` joins the one
    below it (the lowest joins the one above).

    >>> obs = [Observation("R", 0.5, False, True, density=d) for d in [0.0] * 30 + [1.5] * 5 + [9.0] * 25]
    >>> [(start, len(g)) for start, g in density_classes(obs)]
    [(0.0, 35), (5.0, 25)]
    """
    classes: list[tuple[float, list]] = []
    for k, start in enumerate(DENSITY_CLASSES):
        upto = DENSITY_CLASSES[k + 1] if k + 1 < len(DENSITY_CLASSES) else math.inf
        members = [o for o in group if start <= density(o) < upto]
        if classes and len(members) < MIN_CLASS:
            classes[-1][1].extend(members)
        else:
            classes.append((start, members))
    if len(classes) > 1 and len(classes[0][1]) < MIN_CLASS:
        low = classes.pop(0)[1]
        classes[0] = (0.0, low + classes[0][1])
    return classes


def signal_owners(obs: list[Observation]) -> list[int | None]:
    """Each observation's merged span, by its index, for a signal inside
    one (None for the rest): the labels list a span's signals right after
    it (``_observations``).

    >>> span, sig = Observation("Garble.Span", 0.9, True, False), Observation("R", 0.4, True, False, inner=True)
    >>> signal_owners([span, sig, sig, Observation("R", 0.3, False, True)])
    [None, 0, 0, None]
    """
    out: list[int | None] = []
    span = None
    for k, o in enumerate(obs):
        out.append(span if o.inner else None)
        if not o.inner:
            span = k
    return out


def finding_keys(obs: list[Observation]) -> tuple[list, list]:
    """Per observation, what its warning would find and the clean alarm it
    would raise, as ``bench/evaluate.py`` counts them (None: nothing):

    - found: the damaged unit it is on, or else (a real-error set) the
      finding itself; for a signal inside a span, the span's (a span is as
      severe as its strongest signal, ``qa.merge.absorb``, so a signal's
      warning finds the span's damage, whether or not the signal is on it);
    - raised: its word in a clean text, where a word-level rule's alarms
      are one (``qa.pipeline.one_per_word``), or else the finding itself;
      for a signal inside a span of clean text, the span's, which its
      warning makes warn.

    >>> span = Observation("Garble.Span", 0.9, False, True, run="a")
    >>> sig = Observation("R", 0.4, False, False, run="a", inner=True)
    >>> w = [Observation(r, 0.5, False, True, run="a", word="a:0:4") for r in "AB"]
    >>> finding_keys([span, sig, *w, Observation("C", 0.9, True, False, damage="cut u1")])
    ([None, None, None, None, 'cut u1'], ['#0', '#0', 'a:0:4', 'a:0:4', None])
    """
    owners = signal_owners(obs)
    finds: list = []
    alarms: list = []
    for k, o in enumerate(obs):
        j = owners[k]
        if j is None:
            finds.append((o.damage or f"#{k}") if o.real else None)
            alarms.append((o.word or f"#{k}") if o.clean else None)
        else:
            finds.append(finds[j])
            alarms.append(alarms[j])
    return finds, alarms


def _runs(bins: list[dict]) -> list[tuple[float, int]]:
    """Per bin, its share of the findings of its pooled run (``bins_for``:
    the adjacent bins of one probability) and the run's real findings.
    A run's, not a bin's, are what a rule has shown: what a run of no clean
    alarm raises on other clean words comes with its findings, however
    finely the budget walk may cut it (the share of ``unseen`` a bin is
    charged), and a bin cut from a run of many damages is no thin bin
    (``eligible``, ``taken``).

    >>> _runs([{"p": 0.5, "positive": 1, "negative": 1}, {"p": 0.9, "positive": 6, "negative": 0},
    ...        {"p": 0.9, "positive": 2, "negative": 0}])
    [(1.0, 1), (0.75, 8), (0.25, 8)]
    """
    out: list[tuple[float, int]] = []
    k = 0
    while k < len(bins):
        j = k
        while j + 1 < len(bins) and bins[j + 1]["p"] == bins[k]["p"]:
            j += 1
        run = bins[k:j + 1]
        total = sum(b["positive"] + b["negative"] for b in run)
        positives = sum(b["positive"] for b in run)
        out += [((b["positive"] + b["negative"]) / total if total else 1.0, positives) for b in run]
        k = j + 1
    return out


def kind_worth(finds: list, damages: dict[str, int] | None = None) -> dict:
    r"""What finding each damage is worth to the budget walk, as the budget
    is chosen (``macro_recall``: each kind of damage alike): one over the
    damaged units of its kind (``damages``, or else those the findings are
    on); the real-error sets' findings, each a damage of its own, are
    weighed together as one kind more.

    >>> sorted(kind_worth(["cut\tu1", "cut\tu2", "#7", None, "#9", "glue\tu1"], {"cut": 4, "glue": 1}).items())
    [('#7', 0.5), ('#9', 0.5), ('cut\tu1', 0.25), ('cut\tu2', 0.25), ('glue\tu1', 1.0)]
    """
    keys = {d for d in finds if d}
    count: dict[str, int] = defaultdict(int)
    for d in keys:
        count[d.split("\t")[0] if "\t" in d else ""] += 1
    sizes = {**count, **{kind: n for kind, n in (damages or {}).items() if n}}
    return {d: 1.0 / sizes[d.split("\t")[0] if "\t" in d else ""] for d in keys}


_FIT = object()  # fit_language's combiner: fit it on ``obs``


def fit_language(obs: list[Observation], words: int, budget: float,
                 combiner: dict[str, float] | None | object = _FIT, unseen: float = UNSEEN,
                 lt_categories: dict[str, str] | None = None, damages: dict[str, int] | None = None,
                 pools_of: str = "off") -> dict:
    """One language's entry of the file from its observations; ``words``:
    the clean words the clean findings were counted on; ``combiner``: weights fitted
    before (cross-validation fits them once per fold); ``lt_categories``:
    LanguageTool rule id -> category id (``Labels.lt_categories``), by
    which ``pools_of`` (``bench/lt_pools.py``, POOLINGS) may fit
    LanguageTool's thin rules together (the file's ``pools``). The observations are
    taken as a calibrated check makes them (``as_asked``)."""
    obs = as_asked(obs)  # what a calibrated check sees, not the raw run's every rule
    spans = [o for o in obs if o.signals]
    if combiner is _FIT:
        combiner = fit_combiner(spans)
    if combiner is not None:  # a span's raw confidence is the combiner's
        c = Combiner(combiner)
        obs = [replace(o, raw=c.span_confidence(o.signals)) if o.signals else o for o in obs]
    base_rate = sum(o.real for o in obs) / max(1, len(obs))
    finds, alarms = finding_keys(obs)
    by_rule: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for k, o in enumerate(obs):
        by_rule[o.rule][o.severity].append(k)
    rules, cells = {}, []
    # the densest damage any clean finding met: a density class beyond it has
    # shown no clean words at all, so no unseen alarm is charged for its bins
    clean_density = max((o.density for o in obs if o.clean), default=0.0)
    categories = lt_categories or {}
    # LanguageTool's thin rules of a spelling category, fitted together when asked (bench/lt_pools.py)
    pools = thin_pools({r: (sum(obs[k].real for ks in g.values() for k in ks),
                            sum(obs[k].clean for ks in g.values() for k in ks)) for r, g in by_rule.items()},
                       categories, off_by_default, quiet_only=pools_of == "quiet") if pools_of != "off" else {}
    fitted: dict[str, tuple[dict[str, list[int]], int]] = {
        rule: (graded, 1) for rule, graded in by_rule.items() if not any(rule in m for m in pools.values())}
    for category, members in pools.items():
        graded = defaultdict(list)
        for rule in members:
            for severity, every in by_rule[rule].items():
                graded[severity] += every
        fitted[POOL + category] = ({sev: sorted(ks) for sev, ks in graded.items()}, len(members))
    for rule, (graded, unseen_rules) in sorted(fitted.items()):
        rules[rule] = {"bins": []}
        for severity, every in sorted(graded.items()):
            by_density = (density_classes(every, lambda k: obs[k].density) if rule.startswith(DENSITY_RULES)
                          else [(0.0, every)])
            for dense_from, group in by_density:
                bins = bins_for([(obs[k].raw, obs[k].real) for k in group], PRIOR)
                for b, lo, (share, evidence) in zip(bins, [-1.0] + [x["upto"] for x in bins[:-1]], _runs(bins)):
                    members = [k for k in group if lo < obs[k].raw <= b["upto"]]
                    b["clean"] = sum(1 for k in members if obs[k].clean)
                    # what the bin's warning finds and the clean alarms it raises, as
                    # bench/evaluate.py counts them (``finding_keys``)
                    cells.append((b["p"], b["clean"], evidence, severity, rule.startswith(SPELLING_RULES),
                                  dense_from > clean_density, frozenset(finds[k] for k in members if finds[k]),
                                  frozenset(alarms[k] for k in members if alarms[k]), share * unseen_rules))
                    rules[rule]["bins"].append({"severity": severity, **({"dense_from": dense_from}
                                                                         if dense_from else {}), **b})
    warning, error, capped = thresholds(cells, words, budget, unseen, kind_worth(finds, damages))
    every_bin = [b for r in rules.values() for b in r["bins"]]
    for k in capped:
        every_bin[k]["cap"] = "info"
    back_on = sorted(r[3:] for r, v in rules.items()
                     if r.startswith("LT.") and off_by_default(r[3:], categories.get(r[3:], ""))
                     and r[3:] not in DUPLICATES_OF_OURS
                     and any(b["p"] >= warning and "cap" not in b for b in v["bins"]))
    pooled = {name[len(POOL):]: {"rules": pools[name[len(POOL):]], **rules.pop(name)}
              for name in list(rules) if name.startswith(POOL)}
    out = {"clean_words": words, "findings": len(obs), "base_rate": round(base_rate, 3),
           "warning_at": warning, "error_at": error, "languagetool_on": back_on, "rules": rules}
    if pooled:
        out["pools"] = pooled
    if combiner is not None:
        out["combiner"] = {"weights": combiner, "spans": len(spans)}
    return out


# -- held-out checks ------------------------------------------------------------------


FOLDS = 5
BUDGETS = (0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
# Held-out false alarms per 1,000 clean words the chosen budget must keep to
# (choose_budget): the acceptance line is 0.5 on some 20,000 words a
# language, where alarms are a Poisson count; at a true rate of 0.3 a
# sample of 23,000 Spanish words passes 0.5 about one time in twenty, at 0.4
# one time in five.
TARGET = 0.3
# The acceptance line, false alarms per 1,000 clean words on the units of
# the test half, that a held-out rate must keep to with its noise allowed
# for (choose_budget): the false-alarm goal's acceptance line, where TARGET is its aim.
LINE = 0.5
# The most held-out alarms one article counts for (held_out): the clean
# alarms of an article of foreign terms come by the dozen, and a unit is
# one run of an article.
ARTICLE_CAP = 3
# Deals of the clean pool's articles into folds (held_out's seeds), and the
# deviations of noise a held-out rate must keep to the target with
# (choose_budget): see docs/evaluation.md, "A monotone bin choice and a budget
# rule that allows for its noise".
SEEDS = 3
Z = 1.0


def fold_of(article: str, folds: int, seed: int = 0) -> int:
    """A clean article's fold, fixed by a hash of its id and ``seed`` (its
    runs stay together); each seed deals the articles out afresh.

    >>> fold_of("reuters-5", 5) == fold_of("reuters-5", 5) < 5
    True
    >>> len({tuple(fold_of(f"a{k}", 5, seed) for k in range(20)) for seed in range(3)})
    3
    """
    key = b"fold:" if not seed else f"fold{seed}:".encode("ascii")
    return hashlib.sha1(key + article.encode("utf-8")).digest()[0] % folds


def is_alarm(cal: LanguageCalibration, o: Observation, lt_categories: dict[str, str] | None = None) -> bool:
    """Whether a finding would be a warning or an error under ``cal``, as
    the pipeline grades it (``LanguageCalibration.judge``: a span's raw
    confidence from the combiner; a LanguageTool rule newsqa turns off is
    not asked for unless ``cal`` turns it back on). A signal inside a span
    warns through it: the span is as severe as its strongest signal
    (``qa.merge.absorb``), so its alarm is over the signal's damage."""
    lt = o.rule[3:] if o.rule.startswith("LT.") else None
    if lt is not None and off_by_default(lt, (lt_categories or {}).get(lt, "")) and lt not in cal.languagetool_on:
        return False
    return severity_rank(cal.judge(o.rule, o.raw, o.severity, o.density, o.signals).severity or o.severity) >= 1


def macro_recall(cal: LanguageCalibration, obs: list[Observation], damages: dict[str, int],
                 lt_categories: dict[str, str] | None = None) -> float:
    """The mean over damage kinds of the damages that get an alarm under
    ``cal``: a real finding's, or a signal's inside a span over the damage
    (``finding_keys``)."""
    owners = signal_owners(obs)
    found = {o.damage for k, o in enumerate(obs) if o.damage and (obs[owners[k]] if owners[k] is not None else o).real
             and is_alarm(cal, o, lt_categories)}
    per_kind: dict[str, int] = defaultdict(int)
    for d in found:
        per_kind[d.split("\t")[0]] += 1
    return sum(per_kind[k] / n for k, n in damages.items() if n) / max(1, sum(1 for n in damages.values() if n))


def held_out(labels: Labels, lang: str, budgets: tuple[float, ...], folds: int = FOLDS,
             unseen: float = UNSEEN, seeds: tuple[int, ...] = (0,), pools_of: str = "off") -> dict[float, dict]:
    """Per budget: the false alarms, per 1,000 clean words, of a fit on the
    clean pool without one fold of its articles, counted on that fold (each
    fold in turn), and the macro recall of those fits on the damaged units.
    The damaged units and real-error sets take part in every fit; only the
    clean side is held out, since that is the side a budget must generalise.
    With several ``seeds`` the articles are dealt into folds once per seed
    (``fold_of``) and the figures are the mean over those deals: one deal's
    rate moves by a few alarms with the articles that happen to share a fold.

    Two rates: over every run of the held-out articles (``per_1000``), and
    over their first runs alone (``units_per_1000``), the shape the
    acceptance line counts on (a unit is an article's first run: its
    headline and lead, where names and quotes crowd). Each counts at most
    ``ARTICLE_CAP`` alarms an article in a deal, so one article of foreign
    terms cannot set a language's budget: ``counted`` and ``unit_counted``
    are those capped counts per deal (``alarms`` the uncapped one), and
    ``per_seed`` each deal's rate."""
    obs, words = as_asked(labels.observations[lang]), labels.pool_words[lang]
    categories = labels.lt_categories.get(lang, {})
    _, raises = finding_keys(obs)
    out = {b: {"words": 0, "recall": 0.0, "folds": [], "articles": defaultdict(int), "units": defaultdict(int),
               "unit_words": 0, "per_seed": []} for b in budgets}
    for seed in seeds:
        before = {b: (sum(min(ARTICLE_CAP, n) for n in v["articles"].values()), v["words"]) for b, v in out.items()}
        for k in range(folds):
            held = {r for r in words if fold_of(article_of(r), folds, seed) == k}
            train = [o for o in obs if o.run not in held]
            train_words = sum(n for r, n in words.items() if r not in held)
            combiner = fit_combiner([o for o in train if o.signals])
            tests = [k for k, o in enumerate(obs) if o.run in held and raises[k]]
            held_words = sum(words[r] for r in held)
            for b in budgets:
                cal = language_calibration(fit_language(train, train_words, b, combiner, unseen, categories,
                                                            labels.damages[lang], pools_of))
                # one alarm a word, and a clean span's when it or a signal of it warns
                raised = {raises[k]: obs[k].run for k in tests if is_alarm(cal, obs[k], categories)}
                for run in raised.values():
                    out[b]["articles"][(seed, article_of(run))] += 1
                    if run == article_of(run):
                        out[b]["units"][(seed, run)] += 1
                out[b]["words"] += held_words
                out[b]["unit_words"] += sum(words[r] for r in held if r == article_of(r))
                out[b]["folds"].append(round(1000 * len(raised) / max(1, held_words), 2))
                out[b]["recall"] += macro_recall(cal, obs, labels.damages[lang], categories) / folds / len(seeds)
        for b, v in out.items():
            alarms, counted = before[b]
            v["per_seed"].append(round(1000 * (_capped(v["articles"]) - alarms) / max(1, v["words"] - counted), 2))

    deals = len(seeds)
    return {b: {"per_1000": round(1000 * _capped(v["articles"]) / max(1, v["words"]), 2),
                "units_per_1000": round(1000 * _capped(v["units"]) / max(1, v["unit_words"]), 2),
                "alarms": sum(v["articles"].values()) / deals, "counted": _capped(v["articles"]) / deals,
                "unit_counted": _capped(v["units"]) / deals, "words": v["words"] // deals, "unit_words": v["unit_words"] // deals,
                "macro_recall": round(v["recall"], 3), "median_fold": statistics.median(v["folds"]),
                "folds": v["folds"], "per_seed": v["per_seed"]} for b, v in out.items()}


def _capped(alarms: dict) -> int:
    """Held-out alarms with at most ``ARTICLE_CAP`` an article (in a deal)."""
    return sum(min(ARTICLE_CAP, n) for n in alarms.values())


def poisson_upper(count: float, z: float = 1.0) -> float:
    """The upper confidence bound, ``z`` standard deviations one-sided, of
    the mean of a Poisson count seen as ``count`` (Garwood's bound, by the
    Wilson-Hilferty approximation: within 1 % of the exact one from a count
    of 1); the count itself at ``z`` 0.

    >>> round(poisson_upper(0), 2), round(poisson_upper(25), 1), poisson_upper(25, 0.0)
    (1.83, 31.1, 25)
    """
    if z <= 0:
        return count
    n = count + 1
    return n * (1 - 1 / (9 * n) + z / (3 * math.sqrt(n))) ** 3


def bound_per_1000(count: float, words: int, z: float = 1.0) -> float:
    """False alarms per 1,000 words at ``poisson_upper(count, z)``: the rate
    with ``z`` deviations of noise allowed for.

    >>> round(bound_per_1000(25, 100_000), 2)
    0.31
    """
    return 1000 * poisson_upper(count, z) / max(1, words)


def choose_budget(table: dict[float, dict], target: float, z: float = Z, line: float = LINE) -> float:
    """The budget with the best held-out recall among those whose held-out
    false alarms keep to both lines of the false-alarm goal (the smallest budget when
    none does; of two as good, the smaller):

    - **the aim**, ``target``: the point rate over the whole pool (the
      alarms counted per 1,000 clean words held out) at or under it. The
      aim is 0.3 per 1,000 words of clean news, a rate, and the
      pool's 100,000 words a language are the best estimate of it;
    - **the acceptance line**, ``line``: measured on some 20,000 words of
      units, where alarms are a Poisson count, so the rate must keep to it
      with ``z`` deviations of noise allowed for (``poisson_upper`` of the
      alarms counted): over the whole pool, and over the articles' first
      runs, the units' shape and size (a unit is an article's first run,
      its headline and lead, where names and quotes crowd).

    Each of the two lines is held where it is measured. The tenth round's
    rule held the bound to the target instead, a line the goal does not
    draw: at 100,000 words that passes a point rate of about 0.25, and it
    chose English 0.2 where a larger budget keeps to both lines and finds more
    (docs/evaluation.md, "A budget for each of the two false-alarm lines").
    The bound is not read against the target over the first runs: at
    20,000 words it is wider than the target itself and would choose the
    smallest budget whatever the fit; against the line it passes a point
    rate of about 0.35.

    Not the median fold, which this once took: false alarms are rare and
    come unevenly, so the median of five folds sits below their mean, and
    the mean is what a fresh sample of articles meets.

    >>> row = lambda counted, units, recall: {"counted": counted, "words": 100_000, "unit_counted": units,
    ...                                       "unit_words": 20_000, "macro_recall": recall}
    >>> table = {0.2: row(20, 5, 0.80), 0.3: row(29, 6, 0.84), 0.4: row(35, 7, 0.86)}
    >>> choose_budget(table, 0.3)  # 0.4: 0.35 per 1,000 words, over the aim
    0.3
    >>> choose_budget(table, 0.3, line=0.45)  # 0.3: first runs' bound 0.48, over that line
    0.2
    """
    def keeps(v: dict) -> bool:
        return (1000 * v["counted"] / max(1, v["words"]) <= target + 1e-9
                and bound_per_1000(v["counted"], v["words"], z) <= line + 1e-9
                and (not v["unit_words"]  # no first run held out: nothing said of them
                     or bound_per_1000(v["unit_counted"], v["unit_words"], z) <= line + 1e-9))

    fits = [b for b, v in table.items() if keeps(v)]
    if not fits:
        return min(table)
    return max(fits, key=lambda b: (table[b]["macro_recall"], -b))


def kept_fits(previous: dict, fitted: dict, keep: set[str]) -> dict:
    """``fitted``, a new calibration file's data, with the languages of
    ``keep`` taken unchanged from ``previous``, the file it replaces, and
    the fit that made each of them named under ``fit.kept``. A refit is
    judged per language (docs/evaluation.md); a language whose refit does
    not pass keeps the fit it had until one does.

    >>> old = {"format": 3, "fit": {"command": "calibrate A"}, "languages": {"en": {"x": 1}, "es": {"x": 2}}}
    >>> new = {"format": 3, "fit": {"command": "calibrate B"}, "languages": {"es": {"x": 3}}}
    >>> out = kept_fits(old, new, {"en"})
    >>> out["languages"], out["fit"]["kept"]["en"]["command"]
    ({'es': {'x': 3}, 'en': {'x': 1}}, 'calibrate A')
    >>> kept_fits(out, {"format": 3, "fit": {"command": "C"}, "languages": {}}, {"en", "es"})["fit"]["kept"]["en"]
    {'command': 'calibrate A'}
    """
    out = {**fitted, "fit": {**fitted["fit"], "kept": {}}, "languages": dict(fitted["languages"])}
    for lang in sorted(keep):
        if lang not in previous.get("languages", {}):
            raise SystemExit(f"calibrate: --keep {lang}: the file replaced has no fit for it")
        out["languages"][lang] = previous["languages"][lang]
        before = previous.get("fit", {})
        out["fit"]["kept"][lang] = before.get("kept", {}).get(lang) or {k: v for k, v in before.items() if k != "kept"}
    return out


# -- the run -----------------------------------------------------------------------


def _save(labels: Labels, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "format": LABELS_FORMAT, "texts": labels.texts, "pool_words": labels.pool_words,
        "damages": labels.damages, "lt_categories": labels.lt_categories, "observations": {
            lang: [[o.rule, o.raw, o.real, o.clean, o.signals, o.severity, o.density, o.run, o.damage,
                    o.inner, o.word] for o in rows] for lang, rows in labels.observations.items()}}),
        encoding="utf-8")


def _load(path: Path) -> Labels:
    saved = json.loads(path.read_text(encoding="utf-8"))
    if saved.get("format") != LABELS_FORMAT:
        raise SystemExit(f"calibrate: {path} was written by an older bench/calibrate.py; run without --refit")
    obs = {lang: [Observation(r, raw, real, clean, tuple(map(tuple, sig)), sev, density, run, damage, inner, word)
                  for r, raw, real, clean, sig, sev, density, run, damage, inner, word in rows]
           for lang, rows in saved["observations"].items()}
    return Labels(obs, saved["pool_words"], saved["damages"], saved["texts"],
                  saved.get("lt_categories", {}))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=str(DEFAULT_DATA), help="evaluation data folder (default ../shared/eval)")
    p.add_argument("--limit", type=int, default=150, help="news units per language and items per real set")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--budget", type=float,
                   help="warnings and errors per 1,000 clean words (default: chosen per language by "
                        "cross-validation on the clean pool, see --target)")
    p.add_argument("--target", type=float, default=TARGET,
                   help="held-out false alarms per 1,000 clean words the chosen budget keeps to (point rate)")
    p.add_argument("--line", type=float, default=LINE,
                   help="false alarms per 1,000 clean words the chosen budget keeps to with its noise "
                        "allowed for (--z), over the whole pool and over the articles' first runs")
    p.add_argument("--folds", type=int, default=FOLDS, help="folds of the clean pool's articles")
    p.add_argument("--seeds", type=int, default=SEEDS,
                   help="deals of the clean pool's articles into folds, the held-out rates averaged over them")
    p.add_argument("--z", type=float, default=Z,
                   help="deviations of noise the held-out rate must keep to --line with (0: its point value)")
    p.add_argument("--unseen", type=float, default=UNSEEN,
                   help="clean alarms each bin taken is charged on top of those it showed")
    p.add_argument("--pools", choices=POOLINGS, default="off",
                   help="fit LanguageTool's thin rules of a spelling category together: every one, or those "
                        "of no clean alarm (bench/lt_pools.py; measured, not shipped)")
    p.add_argument("--cache", default=str(CACHE), help="LanguageTool answers cache (SQLite)")
    p.add_argument("--out", default=str(DATA_FILE))
    p.add_argument("--labels", default=str(LABELS),
                   help="where the labelled findings are kept (refit them with --refit)")
    p.add_argument("--refit", action="store_true", help="fit again on the labels of the last run")
    p.add_argument("--keep", default="",
                   help="languages whose fit is kept from the file at --out, comma-separated (see kept_fits)")
    args = p.parse_args(argv)
    keep = {lang for lang in args.keep.split(",") if lang}
    if keep and not Path(args.out).is_file():  # said before the run, not after it
        raise SystemExit(f"calibrate: --keep {args.keep}: no file at {args.out} to keep the fit from")
    args.half = "calibration"
    if args.refit:
        labels = _load(Path(args.labels))
    else:
        pool = {lang: pool_articles(Path(args.data), lang, args.half) for lang in LANGUAGES}
        run = run_systems(args, Options(grammar="auto", calibrated=False), systems=("newsqa",),
                          extra=pool_texts(pool))
        labels = label(run, pool)
        _save(labels, Path(args.labels))
    languages = {}
    for lang in sorted(labels.pool_words):
        if lang in keep:
            continue
        words = sum(labels.pool_words[lang].values())
        budget = args.budget
        if budget is None:
            table = held_out(labels, lang, BUDGETS, args.folds, args.unseen, tuple(range(args.seeds)),
                             args.pools)
            print(f"{lang}: held out ({args.seeds} deals into {args.folds} folds of {words} clean words): " +
                  "; ".join(f"budget {b}: {v['per_1000']:.2f} per 1,000 words (bound "
                            f"{bound_per_1000(v['counted'], v['words'], args.z):.2f}, first runs "
                            f"{v['units_per_1000']:.2f} (bound "
                            f"{bound_per_1000(v['unit_counted'], v['unit_words'], args.z):.2f}), deals {', '.join(f'{x:.2f}' for x in v['per_seed'])}), "
                            f"macro recall {v['macro_recall']:.3f}" for b, v in table.items()))
            budget = choose_budget(table, args.target, args.z, args.line)
        languages[lang] = fit_language(labels.observations[lang], words, budget,
                                       unseen=args.unseen, lt_categories=labels.lt_categories.get(lang, {}),
                                       damages=labels.damages[lang], pools_of=args.pools)
        languages[lang]["budget"] = budget
    chosen = (f"--budget {args.budget}" if args.budget is not None else
              f"--target {args.target} --line {args.line} --folds {args.folds} --seeds {args.seeds} --z {args.z}")
    chosen += f" --unseen {args.unseen}" + (f" --pools {args.pools}" if args.pools != "off" else "")
    data = {"format": FORMAT, "fit": {
        "command": f"bench/calibrate.py --limit {args.limit} --seed {args.seed} {chosen}",
        "data": "calibration half of the development corpus (news_clean with injected damage), its clean "
                "pool (every calibration-half article, checked whole, its alarms counted in unit-sized runs) "
                "and the real-error sets",
        "languagetool": "6.8", "texts": labels.texts},
        "languages": languages}
    if keep:
        data = kept_fits(json.loads(Path(args.out).read_text(encoding="utf-8")), data, keep)
    Path(args.out).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for lang, v in data["languages"].items():
        if lang in keep:
            print(f"{lang}: kept as fitted by {data['fit']['kept'][lang]['command']}")
            continue
        print(f"{lang}: {v['findings']} findings, {len(v['rules'])} rules, budget {v['budget']}, "
              f"warning at {v['warning_at']}, error at {v['error_at']}, "
              f"LanguageTool back on: {', '.join(v['languagetool_on']) or 'none'}")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
