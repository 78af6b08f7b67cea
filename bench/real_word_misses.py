"""Every real-word damage of one language that newsqa misses or mends wrong,
with its sentence, the readings of both forms and the findings over it.

    .venv/bin/python bench/real_word_misses.py [--half calibration] [--limit 150] [--seed 13]
                                               [--lang es] [--kinds drop_letter_word,...]

Only the chosen language's units and kinds are checked (with grammar, the
answers cached as ``bench/evaluate.py`` caches them), so a run takes a
fraction of the full evaluation and its per-kind counts are the same as the
full command's rows. Never run it on the test half: its misses are what the
calibration half is for.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.evaluate import CACHE, DEFAULT_DATA, language_tool, new_flags, newsqa_flags, score_damage  # noqa: E402
from bench.damage import inject  # noqa: E402
from bench.devset import headlines, news_units  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.lang import es_tags  # noqa: E402
from qa.options import Options  # noqa: E402

REAL_WORD_KINDS = ("drop_letter_word", "cut_word_word", "lost_accent_word")


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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", default=str(DEFAULT_DATA))
    p.add_argument("--half", choices=("calibration",), default="calibration")
    p.add_argument("--limit", type=int, default=150)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--lang", default="es")
    p.add_argument("--kinds", default=",".join(REAL_WORD_KINDS))
    p.add_argument("--cache", default=str(CACHE))
    p.add_argument("--all", action="store_true", help="list mended items too")
    args = p.parse_args(argv)
    kinds = args.kinds.split(",")
    ctx = Context.create(Options(grammar="auto"))
    lex = ctx.lexicons[args.lang]
    tags = es_tags.for_lexicon(lex) if args.lang == "es" else None
    with language_tool(ctx, Path(args.cache)):
        units = news_units(Path(args.data), args.lang, args.half, args.limit)
        titles = headlines(Path(args.data), args.lang, args.half)
        import random
        damages = []
        for unit in units:
            for kind in kinds:
                rng = random.Random(f"{args.seed}:{unit.id}:{kind}")
                dmg = inject(unit.text, kind, lex, rng, language=args.lang, half=args.half, titles=titles)
                if dmg is not None:
                    damages.append((unit, dmg))
        unit_index = {u.id: k for k, u in enumerate(units)}
        flags = newsqa_flags([(u.text, args.lang) for u in units] + [(d.text, args.lang) for _, d in damages],
                             ctx)
    clean_flags, damaged_flags = flags[:len(units)], flags[len(units):]
    totals = Counter()
    for (unit, dmg), found in zip(damages, damaged_flags):
        clean = clean_flags[unit_index[unit.id]]
        hit, fixed = score_damage(dmg, found, clean, Counter())
        totals[(dmg.kind, "n")] += 1
        totals[(dmg.kind, "hit")] += hit
        totals[(dmg.kind, "fixed")] += fixed
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
    for kind in kinds:
        n = totals[(kind, "n")]
        print(f"# {kind}: n {n} recall {totals[(kind, 'hit')] / n:.3f} fix@1 {totals[(kind, 'fixed')] / n:.3f}"
              f" ({totals[(kind, 'hit')]}, {totals[(kind, 'fixed')]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
