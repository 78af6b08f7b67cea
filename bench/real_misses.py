"""Every English real-word damage the pipeline misses, with its sentence and
``Garble.Context``'s own reading of the place.

    .venv/bin/python bench/real_misses.py --half calibration --limit 150 --seed 29 [--grammar off]

For the kinds named by ``--kinds`` (default: cut-off ends and dropped
letters that leave a word, and determiners), the same units and damage as
``bench/evaluate.py`` (its ``build_corpus``, seeded alike) are checked,
each damaged unit against its clean unit (``score_damage``). Each damage
not flagged, or flagged with another first fix, is printed on one line:

    kind  status  damaged -> original  | flags over it | the check's reading | the words around

where the check's reading is the original's gain against the gain its word
needs (``needed``: the word prior, less the relief of a word the tagging
dictionary does not list; ``info`` one point under), the credit its place
gives, and the best candidate's gain; ``not-cand`` when the original is
none of the word's candidates, ``unjudged`` when the check does not read
the word (too short, in a compound, no known neighbour). A count of every
status ends the list.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.damage import inject  # noqa: E402
from bench.devset import HALVES, headlines, news_units  # noqa: E402
from bench.evaluate import CACHE, DEFAULT_DATA, language_tool, new_flags, newsqa_flags, score_damage  # noqa: E402
from qa.checkers import context_word as cw  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.text.ngram import RunScores, model_for  # noqa: E402
from qa.text.tokens import tokenize  # noqa: E402

KINDS = ("cut_word_word", "drop_letter_word", "determiner")


def reading(text: str, start: int, end: int, original: str, lex) -> str:
    """``Garble.Context``'s view of the damaged word at ``text[start:end]``."""
    lm = model_for(lex)
    tokens = tokenize(text)
    spoken, number = cw.spoken_reading(lex)
    for run in cw.segments(text, tokens):
        at = next((k for k, t in enumerate(run) if t.start == start and t.end == end), None)
        if at is None:
            continue
        word = run[at].text
        if not cw._judges(word, spoken) or cw._in_compound(text, start, end):
            return "unjudged"
        entry = cw._judged(word, lex, lm)
        if not entry:
            return "no-cands"
        needed, cands, ways, prices, unlisted, inflected, _creditable = entry
        scores = RunScores(lm, cw._lm_words(run, lm, spoken, number))
        if unlisted and scores.words[at] not in cw._NO_WORD and scores.words[at + 2] not in cw._NO_WORD:
            needed -= cw.UNLISTED_RELIEF
        credits = cw.slot_credits(scores.words, at + 1, word, cands, lex, inflected)
        best = cw.best_repair(scores, at + 1, word, cands, ways, lex, -99.0, list(prices), credits)
        if best is None:
            return f"needed {needed:.2f} unjudged-place"
        line = f"needed {needed:.2f} best {best[0]} {best[1]:.2f}"
        orig = original.lower()
        if orig not in cands:
            return line + f" not-cand ({len(cands)} cands)"
        k = cands.index(orig)
        mine = cw.best_repair(scores, at + 1, word, (orig,), (ways[k],), lex, -99.0, None,
                              (credits[k],) if credits else None)
        price = cw.price(word, orig, *ways[k], lex)
        gain = f"{mine[1]:.2f}" if mine else "?"
        credit = credits[k] if credits else 0.0
        return line + f" orig {gain} price {price:.2f} credit {credit:.1f} infl {inflected[k]}"
    return "unjudged"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=str(DEFAULT_DATA))
    p.add_argument("--half", choices=HALVES, default="calibration")
    p.add_argument("--limit", type=int, default=150)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--grammar", choices=("auto", "off"), default="auto")
    p.add_argument("--cache", default=str(CACHE))
    p.add_argument("--kinds", nargs="+", default=list(KINDS))
    args = p.parse_args(argv)
    if args.half != "calibration":
        raise SystemExit("real_misses: the calibration half only")
    ctx = Context.create(Options(grammar=args.grammar))
    lex = ctx.lexicons["en"]
    data = Path(args.data)
    with language_tool(ctx, Path(args.cache)):
        units = news_units(data, "en", args.half, args.limit)
        titles = headlines(data, "en", args.half)
        damages = []
        for unit in units:
            for kind in args.kinds:
                rng = random.Random(f"{args.seed}:{unit.id}:{kind}")
                dmg = inject(unit.text, kind, lex, rng, language="en", half=args.half, titles=titles)
                if dmg is not None:
                    damages.append((unit, dmg))
        texts = [(u.text, "en") for u in units] + [(d.text, "en") for _, d in damages]
        flags = newsqa_flags(texts, ctx)
    clean = {u.id: f for u, f in zip(units, flags)}
    tally: Counter = Counter()
    for (unit, dmg), found in zip(damages, flags[len(units):]):
        hit, fixed = score_damage(dmg, found, clean[unit.id], Counter())
        tally[dmg.kind, "n"] += 1
        tally[dmg.kind, "hit"] += hit
        tally[dmg.kind, "fixed"] += fixed
        if hit and fixed:
            continue
        _, over = new_flags(dmg, found, clean[unit.id])
        status = "wrongfix" if hit else "missed"
        damaged = dmg.text[dmg.start:dmg.end]
        shift = len(dmg.text) - len(dmg.original)
        original = dmg.original[dmg.start:dmg.end - shift]
        said = "; ".join(f"{f.rule}:{f.severity}:{f.confidence:.2f}:{f.fixes[0][2] if f.fixes else ''}"
                         for f in over) or "-"
        view = reading(dmg.text, dmg.start, dmg.end, original, lex) if dmg.kind != "determiner" else ""
        around = " ".join(dmg.text[max(0, dmg.start - 70):dmg.start].split()[-8:]) + \
            f" [{damaged}] " + " ".join(dmg.text[dmg.end:dmg.end + 70].split()[:6])
        print(f"{dmg.kind}\t{status}\t{damaged} -> {original}\t| {said}\t| {view}\t| {around}")
    for kind in args.kinds:
        n = tally[kind, "n"]
        print(f"# {kind}: n {n} recall {tally[kind, 'hit'] / max(n, 1):.3f} "
              f"({tally[kind, 'hit']}) fix@1 {tally[kind, 'fixed'] / max(n, 1):.3f} ({tally[kind, 'fixed']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
