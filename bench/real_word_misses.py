"""Every real-word damage of one language that newsqa misses or mends wrong,
with its sentence, the findings over it, the dictionary's readings of both
forms (Spanish) and ``Garble.Context``'s own reading of the place (a
language with a word model: English).

    .venv/bin/python bench/real_word_misses.py [--lang es] [--limit 150] [--seed 13]
                                               [--kinds drop_letter_word,...] [--grammar off] [--all]

The same units and damage as ``bench/evaluate.py`` (its ``damaged_copies``),
each damaged unit scored against its clean unit
(``score_damage``), so the per-kind counts that end the list are the full
command's rows. Only the chosen language's units and kinds are checked
(with grammar, the answers cached as the evaluation caches them): a run
takes a fraction of the full evaluation. Each damage not flagged, or
flagged with another first fix, is printed as

    kind  MISS|FOUND|FIXED  damaged <- original  [readings] <- [readings]
        the sentence around it
        each finding over it: rule, severity, confidence, first fixes, evidence
        context: the check's reading

where the check's reading is the gain the word needs (``needed``: the word
prior, less the relief of a word the tagging dictionary does not list),
the best candidate and its gain, and the original's gain, price, its
place's credit and whether it inflects the word; ``not-cand`` when the
original is none of the word's candidates, ``unjudged`` when the check does
not read the word (too short, in a compound, no known neighbour). Never run
it on the test half: its misses are what the calibration half is for.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.devset import headlines, news_units  # noqa: E402
from bench.evaluate import (  # noqa: E402
    CACHE, DEFAULT_DATA, damaged_copies, language_tool, new_flags, newsqa_flags, score_damage,
)
from qa.checkers import context_word as cw  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.lang import es_tags  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.text.ngram import RunScores, model_for  # noqa: E402
from qa.text.tokens import tokenize  # noqa: E402

REAL_WORD_KINDS = ("drop_letter_word", "cut_word_word", "lost_accent_word", "determiner")


def sentence_around(text: str, start: int, end: int, width: int = 70) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def original_word(dmg) -> str:
    """The word the damage changed, read from the original text."""
    shift = len(dmg.original) - len(dmg.text)
    m = re.search(r"\w+$", dmg.original[:dmg.start])
    left = dmg.start - (len(m.group()) if m else 0)
    m = re.match(r"\w*", dmg.original[dmg.end + shift:])
    return dmg.original[left:dmg.end + shift + len(m.group())]


def context_reading(text: str, start: int, end: int, original: str, lex) -> str:
    """``Garble.Context``'s view of the damaged word at ``text[start:end]``
    (the language has a word model)."""
    lm = model_for(lex)
    spoken, number = cw.spoken_reading(lex)
    for run in cw.segments(text, tokenize(text)):
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
        scores = RunScores(lm, cw.lm_words(run, lm, spoken, number))
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
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", default=str(DEFAULT_DATA))
    p.add_argument("--half", choices=("calibration",), default="calibration")
    p.add_argument("--limit", type=int, default=150)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--lang", default="es")
    p.add_argument("--kinds", default=",".join(REAL_WORD_KINDS))
    p.add_argument("--grammar", choices=("auto", "off"), default="auto")
    p.add_argument("--cache", default=str(CACHE))
    p.add_argument("--all", action="store_true", help="list mended items too")
    args = p.parse_args(argv)
    kinds = args.kinds.split(",")
    ctx = Context.create(Options(raise_check_errors=True, grammar=args.grammar))
    lex = ctx.lexicons[args.lang]
    tags = es_tags.for_lexicon(lex) if args.lang == "es" else None
    with_model = model_for(lex) is not None
    data = Path(args.data)
    with language_tool(ctx, Path(args.cache)):
        units = news_units(data, args.lang, args.half, args.limit)
        damages = damaged_copies(units, kinds, args.lang, args.half, args.seed, lex,
                                 headlines(data, args.lang, args.half))
        flags = newsqa_flags([(u.text, args.lang) for u in units] + [(d.text, args.lang) for _, d in damages],
                             ctx)
    clean_flags = {u.id: f for u, f in zip(units, flags)}
    totals: Counter = Counter()
    for (unit, dmg), found in zip(damages, flags[len(units):]):
        clean = clean_flags[unit.id]
        hit, fixed = score_damage(dmg, found, clean, Counter())
        totals[dmg.kind, "n"] += 1
        totals[dmg.kind, "hit"] += hit
        totals[dmg.kind, "fixed"] += fixed
        if fixed and not args.all:
            continue
        _, over = new_flags(dmg, found, clean)
        word, orig = dmg.text[dmg.start:dmg.end], original_word(dmg)
        read = (lambda w: "/".join(sorted(tags.readings(w.lower()))) if tags else "")
        state = "FIXED" if fixed else ("FOUND" if hit else "MISS")
        print(f"{dmg.kind}\t{state}\t{word} <- {orig}\t[{read(word)}] <- [{read(orig)}]")
        print(f"    {sentence_around(dmg.text, dmg.start, dmg.end)}")
        for f in over:
            print(f"    {f.rule} {f.severity} {f.confidence:.2f} fixes={[r for *_, r in f.fixes[:3]]}"
                  + (f" ev={[(e[0], e[5], round(e[2], 2)) for e in f.evidence]}" if f.evidence else ""))
        if with_model and dmg.kind != "determiner":
            print(f"    context: {context_reading(dmg.text, dmg.start, dmg.end, orig, lex)}")
    for kind in kinds:
        n = totals[kind, "n"]
        if n:
            print(f"# {kind}: n {n} recall {totals[kind, 'hit'] / n:.3f} fix@1 {totals[kind, 'fixed'] / n:.3f}"
                  f" ({totals[kind, 'hit']}, {totals[kind, 'fixed']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
