"""How well a doubled word reads against the same sentence with one copy
removed, by the models newsqa ships: measured on legitimate doubles and on
a word replaced by its neighbour, before any rule is built on it.

    .venv/bin/python bench/repeat_reading.py [--data ../shared/eval] [--seeds 10] [--list]

Two readings of a double ``w w``, log-probabilities (base 10) by the
English word trigram model (``qa.text.ngram``, the profile's
``context_model``; a word the model does not know breaks the run, as
punctuation does, and a double of such a word is left unread) or the
Spanish class trigrams (``qa.text.classgram``, the words' ambiguity
classes):

- against one copy: its sentence as written less the sentence with the
  second copy taken out. A legitimate double ("had had", "muy muy") should
  read about as well as its single copy;
- against the best other word: the n-grams that read the second copy less
  those that read the best word in its place (English: the 3,000 commonest
  words the model knows; Spanish: every class symbol), never above 0. A
  word replaced by its neighbour ("said it it failed", from "said it had
  failed") should read better with a word put back.

The lower of the two is a third reading: a double that reads as well as one
copy and better than any other word there.

Sets (calibration half only; nothing of the test half is read):

- damage: every unit of the half with a word replaced by its neighbour,
  plain (``bench/neighbour_seeds.py``'s injection), over ``--seeds`` seeds:
  only the doubles the repetition checker now calls an error or warning,
  since only those a reading could let through;
- legitimate: the real-repeats set's legitimate items, the clean text's
  doubles labelled legitimate in ``bench/clean_repeats.tsv`` (placeholders
  left out), and the must-not-flag sentences of ``qa/checkers/repeat_*.py``
  (each plain double of them);
- slips: the real-repeats set's error items and the clean text's slips.

It prints each set's readings by quantile and, for each threshold, how many
of each set read at or above it (what a rule "reads well: no repeat" would
let be).
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench.corpora import SHARED  # noqa: E402
from bench.damage import inject  # noqa: E402
from bench.devset import news_units, real_sets  # noqa: E402
from bench.repeat_review import reviewed  # noqa: E402
from qa.checkers import repeat_boundary, repeat_clauses, repeat_idioms, repeat_sounds  # noqa: E402
from qa.checkers import repetition  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.lang.es_classes import open_classes  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.text.classgram import END, START  # noqa: E402
from qa.text.ngram import UNIT, model_for  # noqa: E402
from qa.text.tokens import tokenize  # noqa: E402


def plain_doubles(text: str, start: int = 0, end: int | None = None):
    """(tokens, i) for each word at or after ``start`` doubled by the next token."""
    toks = tokenize(text)
    end = len(text) if end is None else end
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if a.kind == b.kind == "word" and a.text.lower() == b.text.lower() \
                and start <= b.start and a.start < end and text[a.end:b.start] in (" ", "\u00a0"):
            yield toks, i


def _sentence(toks, i: int, doc) -> tuple[int, int]:
    """The token range of the sentence holding toks[i]."""
    for s, e in doc.sentences:
        if s <= toks[i].start < e:
            lo = i
            while lo > 0 and toks[lo - 1].start >= s:
                lo -= 1
            hi = i
            while hi + 1 < len(toks) and toks[hi + 1].start < e:
                hi += 1
            return lo, hi + 1
    return 0, len(toks)


def _english_words(lm, run) -> list:
    return [START] + [t.text.lower() if t.kind == "word" and lm.knows(t.text.lower()) else None
                      for t in run] + [END]


def _english_span(lm, words, first: int, last: int) -> int:
    """The model's score (UNITs) of the n-grams read at places first..last - 1."""
    total = 0
    for k in range(max(1, first), min(last, len(words))):
        if words[k] is None:
            continue
        hist = []
        for h in range(k - 1, max(-1, k - lm.order), -1):
            if words[h] is None:
                break
            hist.append(words[h])
        total += lm.score([words[k], *hist])
    return total


def _english(lm, run) -> float:
    words = _english_words(lm, run)
    return _english_span(lm, words, 1, len(words)) * UNIT


def _english_best_word(lm, run, at: int, candidates) -> float:
    """How much better the run reads with the word at ``at`` (a run index)
    replaced by the best of ``candidates``, than as written (>= 0)."""
    words = _english_words(lm, run)
    k = at + 1
    written = _english_span(lm, words, k, k + lm.order)
    best = written
    for x in candidates:
        words[k] = x
        best = max(best, _english_span(lm, words, k, k + lm.order))
    return (best - written) * UNIT


def _spanish_best_class(model, run, classes, at: int) -> float:
    sym = [START, START, *classes.symbols(run), END]
    k = at + 2

    def local(c):
        saved, sym[k] = sym[k], c
        out = sum(model.logprob3(sym[m - 2], sym[m - 1], sym[m]) for m in range(k, min(k + 3, len(sym))))
        sym[k] = saved
        return out
    written = local(sym[k])
    return max(local(c) for c in model._uni) - written


def _spanish(classes, run) -> float:
    sym = [START, START, *classes.symbols(run), END]
    return sum(classes.model.logprob3(sym[k - 2], sym[k - 1], sym[k]) for k in range(2, len(sym)))


def reading(text: str, toks, i: int, lang: str, ctx) -> tuple | None:
    """The double toks[i], toks[i + 1]'s reading (see the module's docstring):
    (as written less one copy, how much better the best other word in the
    copy's place reads)."""
    doc = Document.from_text(text, language=lang)
    lo, hi = _sentence(toks, i, doc)
    run = toks[lo:hi]
    single = toks[lo:i + 1] + toks[i + 2:hi]
    lex = ctx.lexicons[lang]
    if lang == "en":
        lm = model_for(lex)
        if not lm.knows(toks[i].text.lower()):
            return None
        return (_english(lm, run) - _english(lm, single),
                _english_best_word(lm, run, i + 1 - lo, _candidates(lm)))
    classes = open_classes(lex)
    return (_spanish(classes, run) - _spanish(classes, single),
            _spanish_best_class(classes.model, run, classes, i + 1 - lo))


_CANDIDATES: list = []


def _candidates(lm) -> list[str]:
    """The commonest English words the model knows: the words a copy may have replaced."""
    if not _CANDIDATES:
        import wordfreq
        _CANDIDATES.extend(w for w in wordfreq.top_n_list("en", 3000) if lm.knows(w))
    return _CANDIDATES


def damage_readings(ctx, data: Path, seeds: int):
    out = []
    for lang in ("es", "en"):
        for seed in range(seeds):
            for unit in news_units(data, lang, "calibration", None):
                rng = random.Random(f"{seed}:{unit.id}:neighbour_repeat")
                dmg = inject(unit.text, "neighbour_repeat", ctx.lexicons[lang], rng,
                             language=lang, half="calibration")
                if dmg is None:
                    continue
                doc = Document.from_text(dmg.text, language=lang)
                hits = [f for f in repetition.check(doc, ctx) if f.rule == "Repetition.Token"
                        and f.severity != "info" and f.start < dmg.end and dmg.start < f.end]
                if not hits:
                    continue
                for toks, i in plain_doubles(dmg.text, hits[0].start, hits[0].end):
                    r = reading(dmg.text, toks, i, lang, ctx)
                    ctx_text = dmg.text[max(0, toks[i].start - 40):toks[i + 1].end + 30]
                    out.append((lang, r, ctx_text.replace("\n", " ")))
                    break
    return out


def labelled_readings(ctx, data: Path):
    legit, slips = [], []
    items = reviewed(real_sets(data, "calibration", None)["real repeats"])
    for item in items:
        for spans, into in ((item.legit, legit), (item.gold, slips)):
            for s, e in spans:
                for toks, i in plain_doubles(item.text, s, e):
                    shown = item.text[max(0, toks[i].start - 40):toks[i + 1].end + 30]
                    into.append((item.language, reading(item.text, toks, i, item.language, ctx),
                                 "real repeats: " + shown))
    from clean_repeats import clean_texts, doubles, read_labels
    labels = read_labels()
    for source, doc_id, text, lang in clean_texts(data):
        for d in doubles(source, doc_id, text):
            _, label, klass = labels.get(d.key, ("", "", ""))
            if not label or "placeholder" in klass:
                continue
            lang = lang or ("es" if source in ("cowsl2h",) else "en")
            if lang not in ("es", "en"):
                continue
            for toks, i in plain_doubles(text, d.start, d.end):
                r = reading(text, toks, i, lang, ctx)
                (legit if label == "legitimate" else slips).append(
                    (lang, r, f"clean {klass}: " + text[max(0, toks[i].start - 40):toks[i + 1].end + 30]))
                break
    for module in (repeat_boundary, repeat_clauses, repeat_idioms, repeat_sounds):
        for lang, text in module.MUST_NOT_FLAG:
            for toks, i in plain_doubles(text):
                legit.append((lang, reading(text, toks, i, lang, ctx), f"{module.__name__}: {text}"))
    return legit, slips


def quantiles(values: list[float]) -> str:
    if not values:
        return "none"
    v = sorted(values)
    pick = [v[int(q * (len(v) - 1))] for q in (0, 0.05, 0.25, 0.5, 0.75, 0.95, 1)]
    return " ".join(f"{x:+.2f}" for x in pick)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", type=Path, default=SHARED / "eval")
    p.add_argument("--seeds", type=int, default=10)
    p.add_argument("--list", action="store_true", help="print every legitimate double and the "
                   "damage that reads best")
    args = p.parse_args()
    ctx = Context.create(Options(raise_check_errors=True, grammar="off"))
    legit, slips = labelled_readings(ctx, args.data)
    damage = damage_readings(ctx, args.data, args.seeds)
    sets = {"damage": damage, "legitimate": legit, "slips": slips}
    # the readings: against one copy; against the best other word in the
    # copy's place (<= 0); the lower of the two
    measures = {"against one copy": lambda r: r[0], "against the best other word": lambda r: -r[1],
                "the lower of both": lambda r: min(r[0], -r[1])}
    for lang in ("en", "es"):
        for mname, m in measures.items():
            print(f"== {lang}, {mname}: min 5% 25% 50% 75% 95% max (unread: unknown to the model)")
            for name, rows in sets.items():
                vals = [m(r) for lg, r, _ in rows if lg == lang and r is not None]
                unread = sum(1 for lg, r, _ in rows if lg == lang and r is None)
                print(f"  {name:<11} {len(vals):>6} read, {unread:>4} unread: {quantiles(vals)}")
            print("  threshold: damage / legitimate / slips at or above it")
            for t in (-6, -4, -3, -2.5, -2, -1.5, -1, -0.75, -0.5, -0.25, 0):
                counts = [sum(1 for lg, r, _ in rows if lg == lang and r is not None and m(r) >= t)
                          for rows in sets.values()]
                print(f"  {t:+5.2f}: " + " / ".join(map(str, counts)))
    if args.list:
        low = measures["the lower of both"]
        for name in ("legitimate", "slips"):
            for lang, r, text in sorted(sets[name], key=lambda x: (x[0], -(low(x[1]) if x[1] else 99))):
                shown = "—" if r is None else f"{r[0]:+.2f} {-r[1]:+.2f}"
                print(f"{name} {lang} {shown}\t{text}")
        best = sorted((d for d in damage if d[1] is not None), key=lambda x: -low(x[1]))
        for lang, r, text in best[:60]:
            print(f"damage {lang} {r[0]:+.2f} {-r[1]:+.2f}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
