"""Fit newsqa's calibration on the calibration half and write qa/data/calibration.json.

    .venv/bin/python bench/calibrate.py [--limit 150] [--data ../shared/eval] [--seed 13]
                                        [--budget 0.3] [--out qa/data/calibration.json] [--refit]

Re-run it whenever a checker changes. It checks the calibration half of
the development corpus and of the real-error sets (bench/evaluate.py's
corpus and machinery) with newsqa in raw mode (``Options.calibrated`` off:
hand-set confidences, every LanguageTool rule on, spelling included after
newsqa's filter for names and foreign words) and labels every finding,
info ones included, and every signal of a merged span:

- real damage: on an injected damage, in a damaged unit, and not on the
  clean unit at the same place; or on a real-error set's gold tokens;
- no damage: on a clean unit, or on a real-error text off its gold tokens.
  (Findings elsewhere in a damaged unit are left out.) A clean unit's
  finding weighs as many negatives as the unit has damaged copies.

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
   ``PRIOR_WEIGHT`` pseudo-findings so a rare rule never gets 1.0.
3. **Thresholds.** Bins in falling probability; the warning threshold is
   the lowest probability whose bins together raise at most ``--budget``
   alarms per 1,000 clean words (the most recall one threshold can have
   within the budget); the error threshold the lowest with a third of it,
   and never below ``MIN_ERROR``.
4. **LanguageTool rules back on**: those newsqa turns off by default
   (qa/grammar/rules.py) whose findings reach the warning threshold.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.evaluate import (  # noqa: E402
    CACHE, DEFAULT_DATA, MEASURES, WORDS, Flag, Run, new_flags, run_systems, tokens_hit,
)
from bench.errata import Errata  # noqa: E402
from qa.calibration import DATA_FILE, FORMAT, Combiner, combiner_features  # noqa: E402
from qa.grammar.rules import DISABLED_RULES, DUPLICATES_OF_OURS, is_disabled  # noqa: E402
from qa.grammar.spelling import SPELLING_RULES  # noqa: E402
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
# A word-level rule's findings are fitted apart by the document's damage
# density (other damaged words per 100, qa.calibration.damage_density):
# classes starting at these, each of at least MIN_CLASS findings. Clean news
# stays in the lowest class; OCR'd pages and learner essays fill the upper
# ones. Only for the rules that judge a word's spelling: an unknown word on a
# page of them is damage, while agreement or a span on such a page is no
# likelier right (a learner's short sentence with one slip is "dense" too, and
# agreement there is mostly the learner's own grammar, not damage).
DENSITY_CLASSES = (0.0, 2.0, 5.0)
DENSITY_RULES = ("Spelling.", "OCR.", *SPELLING_RULES)
MIN_CLASS = 20
ERROR_SHARE = 1 / 3  # of the warning budget, for errors
NOTHING = 1.001  # a threshold above every probability: nothing reaches it
SPAN = "Garble.Span"
LABELS = ROOT / ".qa-cache" / "calibration-labels.json"


@dataclass(frozen=True)
class Observation:
    rule: str
    raw: float
    real: bool
    clean: bool  # on a clean news unit: counts against the false-alarm budget
    signals: tuple[tuple[str, float], ...] = ()  # a merged span's: (family, raw confidence)
    severity: str = "warning"  # the hand-set one: the checker's own grading
    # A clean unit's finding recurs on each of its damaged copies, where it
    # is a false alarm too: it weighs as many negatives as the unit has copies.
    weight: float = 1.0
    density: float = 0.0  # the document's other damaged words per 100 (qa.calibration.damage_density)


# -- labelling ---------------------------------------------------------------------


def _observations(flag: Flag, real, clean: bool, weight: float) -> list[Observation]:
    """The flag and, for a merged span, each of its signals; ``real`` says
    whether a (start, end) is real damage."""
    signals = tuple((family, conf) for _, family, conf, *_ in flag.evidence)
    out = [Observation(flag.rule, flag.confidence, real(flag.start, flag.end), clean, signals, flag.severity,
                       weight, flag.density)]
    # a signal inside a span is no alarm of its own (the span is), so it
    # does not count against the budget
    out += [Observation(rule, conf, real(s, e), False, (), sev, weight, density)
            for rule, _, conf, s, e, sev, density in flag.evidence]
    return out


def label(run: Run) -> tuple[dict[str, list[Observation]], dict[str, int]]:
    """Observations per language, and clean words per language."""
    obs: dict[str, list[Observation]] = defaultdict(list)
    words: dict[str, int] = {}
    found = iter(run.flags["newsqa"])
    errata = Errata()

    def keep(lang: str, flag: Flag, real, clean: bool, weight: float = 1.0) -> None:
        obs[lang] += _observations(flag, real, clean, weight)

    for lang, (units, damages) in run.corpus.items():
        words[lang] = sum(1 for u in units for t in tokenize(u.text) if t.kind == "word")
        clean = {}
        copies: dict[str, int] = defaultdict(int)
        for unit, _ in damages:
            copies[unit.id] += 1
        for u in units:
            clean[u.id] = next(found)
            slips = errata.slips(u.id, u.text)
            for f in clean[u.id]:
                if any(f.touches(s, e) for s, e in slips):  # a real slip of the source: real damage
                    keep(lang, f, lambda s, e: True, False)
                else:
                    keep(lang, f, lambda s, e: False, True, 1.0 + copies[u.id])
        for unit, dmg in damages:
            _, over = new_flags(dmg, next(found), clean[unit.id])
            for f in over:
                keep(lang, f, lambda s, e, d=dmg: Flag("", "", s, e, ()).touches(d.start, d.end), False)
    for name, items in run.sets.items():
        words_only = MEASURES.get(name, (1.0, False))[1]
        for item in items:
            tokens = [t for t in tokenize(item.text) if not words_only or t.kind in WORDS]
            gold = set().union(*(tokens_hit(tokens, s, e) for s, e in item.gold))
            for f in next(found):
                if tokens_hit(tokens, f.start, f.end):  # a set scored on words says nothing of punctuation
                    keep(item.language, f, lambda s, e, g=gold, t=tokens: bool(g & tokens_hit(t, s, e)), False)
    return obs, words


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


def bins_for(samples: list[tuple[float, bool, float]], prior: float) -> list[dict]:
    """Histogram bins by raw confidence, pooled to rise with it, smoothed;
    a sample is (raw confidence, real damage, weight as a negative).

    >>> b = bins_for([(0.3, False, 1.0)] * 30 + [(0.9, True, 1.0)] * 30, prior=0.5)
    >>> [(x["upto"], x["p"]) for x in b]
    [(0.3, 0.059), (1.0, 0.941)]
    >>> bins_for([(0.9, True, 1.0)], prior=0.5)[0]["p"]  # one finding is no certainty
    0.6
    """
    samples = sorted(samples)
    groups: list[list[tuple[float, bool, float]]] = []
    if len(samples) >= 2 * MIN_BIN and samples[0][0] != samples[-1][0]:
        size = max(MIN_BIN, math.ceil(len(samples) / MAX_BINS))
        cur: list[tuple[float, bool, float]] = []
        for k, s in enumerate(samples):
            cur.append(s)
            last = k == len(samples) - 1
            if last or (len(cur) >= size and samples[k + 1][0] != s[0] and len(samples) - k - 1 >= MIN_BIN):
                groups.append(cur)
                cur = []
    else:
        groups = [samples]
    # pool adjacent violators: the rate must not fall as confidence rises
    pooled: list[list[tuple[float, bool, float]]] = []
    for g in groups:
        pooled.append(g)
        while len(pooled) > 1 and _rate(pooled[-2]) > _rate(pooled[-1]):
            last = pooled.pop()
            pooled[-1] = pooled[-1] + last
    out = []
    for g in pooled:
        pos = sum(real for _, real, _ in g)
        neg = sum(w for _, real, w in g if not real)
        out.append({"upto": round(max(raw for raw, _, _ in g), 4),
                    "p": round((pos + PRIOR_WEIGHT * prior) / (pos + neg + PRIOR_WEIGHT), 3),
                    "positive": pos, "negative": round(neg)})
    out[-1]["upto"] = 1.0  # anything above what was seen falls in the top bin
    return out


def _rate(group: list[tuple[float, bool, float]]) -> float:
    pos = sum(real for _, real, _ in group)
    return pos / (pos + sum(w for _, real, w in group if not real))


def thresholds(cells: list[tuple], words: int, budget: float) -> tuple[float, float, set[int]]:
    """(warning, error) thresholds and the cells capped at info, from bins as
    (probability, clean alarms, real damages found, hand-set severity[, of a
    rule among many]).

    Bins are taken in falling probability while their clean alarms fit the
    budget; a bin that would break it is skipped (capped at info) and the
    next ones are still tried, down to ``FLOOR`` (past a skipped bin, or for
    a rule among many, one of fewer than ``MIN_EVIDENCE`` damages only where
    its checker did not make it info): one costly bin (names that look like
    misspellings) must not silence every cleaner check below it. The warning
    threshold is the lowest probability taken; the error threshold the
    lowest that a third of the budget allows, never below ``MIN_ERROR``.

    >>> w = "warning"
    >>> thresholds([(0.9, 0, 50, w), (0.8, 1, 50, w), (0.7, 1, 50, w), (0.65, 5, 50, w), (0.63, 0, 3, "info"),
    ...             (0.62, 0, 50, w), (0.61, 0, 3, w), (0.3, 0, 50, w)], words=10_000, budget=0.3)
    (0.61, 0.8, {3, 4})
    >>> thresholds([(0.9, 0, 50, w), (0.7, 0, 5, "info", True), (0.65, 0, 5, "info")], 10_000, 0.3)
    (0.65, 0.8, {1})
    """
    allowed = budget * words / 1000
    order = sorted(range(len(cells)), key=lambda k: -cells[k][0])
    total, taken, capped, skipped = 0, [], set(), False
    for k in order:
        p, alarms, positives, hand_set, *rest = cells[k]
        many = bool(rest and rest[0])
        if p < FLOOR:
            break
        if total + alarms > allowed:
            capped.add(k)
            skipped = True
            continue
        if (skipped or many) and positives < MIN_EVIDENCE and hand_set == "info":
            # past a skipped bin a thin bin (a few findings and no clean alarm
            # say little of its clean rate) is trusted only as far as its
            # checker's own grading: one its checker made info stays info. So
            # is any thin bin of a rule among many (LanguageTool's, some 200
            # a language, most seen a few times): by chance alone some of
            # them show no clean alarm on 150 units.
            capped.add(k)
            continue
        total += alarms
        taken.append(k)
    warning = min((cells[k][0] for k in taken), default=NOTHING)
    capped = {k for k in capped if cells[k][0] >= warning}
    by_p: dict[float, int] = defaultdict(int)  # one threshold takes every bin of a probability
    for k in taken:
        by_p[cells[k][0]] += cells[k][1]
    error, spent = NOTHING, 0
    for p in sorted(by_p, reverse=True):
        spent += by_p[p]
        if spent > allowed * ERROR_SHARE:
            break
        error = p
    return warning, max(MIN_ERROR, warning, error), capped


def density_classes(group: list[Observation]) -> list[tuple[float, list[Observation]]]:
    """The observations by the document's damage density, in the classes
    that start at ``DENSITY_CLASSES``; a class of fewer than ``MIN_CLASS``
    joins the one below it (the lowest joins the one above).

    >>> obs = [Observation("R", 0.5, False, True, density=d) for d in [0.0] * 30 + [1.5] * 5 + [9.0] * 25]
    >>> [(start, len(g)) for start, g in density_classes(obs)]
    [(0.0, 35), (5.0, 25)]
    """
    classes: list[tuple[float, list[Observation]]] = []
    for k, start in enumerate(DENSITY_CLASSES):
        upto = DENSITY_CLASSES[k + 1] if k + 1 < len(DENSITY_CLASSES) else math.inf
        members = [o for o in group if start <= o.density < upto]
        if classes and len(members) < MIN_CLASS:
            classes[-1][1].extend(members)
        else:
            classes.append((start, members))
    if len(classes) > 1 and len(classes[0][1]) < MIN_CLASS:
        low = classes.pop(0)[1]
        classes[0] = (0.0, low + classes[0][1])
    return classes


def fit_language(obs: list[Observation], words: int, budget: float) -> dict:
    spans = [o for o in obs if o.signals]
    combiner = fit_combiner(spans)
    if combiner is not None:  # a span's raw confidence is the combiner's
        c = Combiner(combiner)
        obs = [replace(o, raw=round(c.confidence(o.signals), 3)) if o.signals else o for o in obs]
    base_rate = sum(o.real for o in obs) / max(1, len(obs))
    by_rule: dict[str, dict[str, list[Observation]]] = defaultdict(lambda: defaultdict(list))
    for o in obs:
        by_rule[o.rule][o.severity].append(o)
    rules, cells = {}, []
    for rule, graded in sorted(by_rule.items()):
        rules[rule] = {"bins": []}
        for severity, every in sorted(graded.items()):
            by_density = density_classes(every) if rule.startswith(DENSITY_RULES) else [(0.0, every)]
            for dense_from, group in by_density:
                bins = bins_for([(o.raw, o.real, o.weight) for o in group], PRIOR)
                for b, lo in zip(bins, [-1.0] + [x["upto"] for x in bins[:-1]]):
                    b["clean"] = sum(1 for o in group if o.clean and lo < o.raw <= b["upto"])
                    cells.append((b["p"], b["clean"], b["positive"], severity, rule.startswith("LT.")))
                    rules[rule]["bins"].append({"severity": severity, **({"dense_from": dense_from}
                                                                         if dense_from else {}), **b})
    warning, error, capped = thresholds(cells, words, budget)
    every_bin = [b for r in rules.values() for b in r["bins"]]
    for k in capped:
        every_bin[k]["cap"] = "info"
    patterns = tuple(DISABLED_RULES)
    back_on = sorted(r[3:] for r, v in rules.items() if r.startswith("LT.") and is_disabled(r[3:], patterns)
                     and r[3:] not in DUPLICATES_OF_OURS
                     and any(b["p"] >= warning and "cap" not in b for b in v["bins"]))
    out = {"clean_words": words, "findings": len(obs), "base_rate": round(base_rate, 3),
           "warning_at": warning, "error_at": error, "languagetool_on": back_on, "rules": rules}
    if combiner is not None:
        out["combiner"] = {"weights": combiner, "spans": len(spans)}
    return out


# -- the run -----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=str(DEFAULT_DATA), help="evaluation data folder (default ../shared/eval)")
    p.add_argument("--limit", type=int, default=150, help="news units per language and items per real set")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--budget", type=float, default=0.3, help="warnings and errors per 1,000 clean words")
    p.add_argument("--cache", default=str(CACHE), help="LanguageTool answers cache (SQLite)")
    p.add_argument("--out", default=str(DATA_FILE))
    p.add_argument("--labels", default=str(LABELS),
                   help="where the labelled findings are kept (refit them with --refit)")
    p.add_argument("--refit", action="store_true", help="fit again on the labels of the last run")
    args = p.parse_args(argv)
    args.half = "calibration"
    if args.refit:
        saved = json.loads(Path(args.labels).read_text(encoding="utf-8"))
        obs = {lang: [Observation(r, raw, real, clean, tuple(map(tuple, sig)), sev, w, density)
                      for r, raw, real, clean, sig, sev, w, density in rows]
               for lang, rows in saved["observations"].items()}
        words, texts = saved["words"], saved["texts"]
    else:
        run = run_systems(args, Options(grammar="auto", calibrated=False), systems=("newsqa",))
        obs, words = label(run)
        texts = len(run.texts)
        Path(args.labels).parent.mkdir(parents=True, exist_ok=True)
        Path(args.labels).write_text(json.dumps({"words": words, "texts": texts, "observations": {
            lang: [[o.rule, o.raw, o.real, o.clean, o.signals, o.severity, o.weight, o.density] for o in rows]
            for lang, rows in obs.items()}}),
            encoding="utf-8")
    languages = {lang: fit_language(obs[lang], words[lang], args.budget) for lang in sorted(words)}
    data = {"format": FORMAT, "fit": {
        "command": f"bench/calibrate.py --limit {args.limit} --seed {args.seed} --budget {args.budget}",
        "data": "calibration half of the development corpus (news_clean with injected damage) and of "
                "the real-error sets", "languagetool": "6.8", "texts": texts},
        "languages": languages}
    Path(args.out).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for lang, v in languages.items():
        print(f"{lang}: {v['findings']} findings, {len(v['rules'])} rules, warning at {v['warning_at']}, "
              f"error at {v['error_at']}, LanguageTool back on: {', '.join(v['languagetool_on']) or 'none'}")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
