"""Which repetition rules take a word replaced by its neighbour, over many seeds.

    .venv/bin/python bench/neighbour_seeds.py [--half calibration] [--seeds 10] [--data ../shared/eval]

``bench/evaluate.py`` injects one neighbour damage per unit and seed; a
repeat rule that lets a slip through (an info note instead of an error)
may miss none of those and still take a damage placed elsewhere. This
injects the damage (plain and in quotes) into every unit of the half with
each seed and runs the repetition checker alone: it prints how many damaged
units each repetition rule reported at the damage, by severity, and the
units that a rule other than ``Repetition.Token`` took; ``--untaken`` lists
too the damaged units no repetition rule reported as a warning or error
(diff two trees' lists to see what a new legitimate class lets through).
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import SHARED  # noqa: E402
from bench.damage import inject  # noqa: E402
from bench.devset import HALVES, news_units  # noqa: E402
from qa.checkers import repetition  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.options import Options  # noqa: E402

KINDS = ("neighbour_repeat", "neighbour_repeat_quoted")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--half", choices=HALVES, default="calibration")
    p.add_argument("--seeds", type=int, default=10)
    p.add_argument("--data", type=Path, default=SHARED / "eval")
    p.add_argument("--untaken", action="store_true",
                   help="also list each damaged unit no warning or error took")
    args = p.parse_args()
    ctx = Context.create(Options(raise_check_errors=True, grammar="off"))
    taken: Counter = Counter()
    damaged = 0
    for lang in ("es", "en"):
        units = news_units(args.data, lang, args.half, None)
        for seed in range(args.seeds):
            for unit in units:
                for kind in KINDS:
                    rng = random.Random(f"{seed}:{unit.id}:{kind}")
                    dmg = inject(unit.text, kind, ctx.lexicons[lang], rng, language=lang, half=args.half)
                    if dmg is None:
                        continue
                    damaged += 1
                    doc = Document.from_text(dmg.text, language=lang)
                    alarmed = False
                    for f in repetition.check(doc, ctx):
                        if f.start < dmg.end and dmg.start < f.end:
                            alarmed = alarmed or f.severity != "info"
                            taken[f.rule, f.severity] += 1
                            if f.rule != "Repetition.Token":
                                context = dmg.text[max(0, f.start - 50):f.end + 30]
                                print(f"{lang} {kind} {f.rule}: …{context}…")
                    if args.untaken and not alarmed:
                        context = dmg.text[max(0, dmg.start - 50):dmg.end + 30].replace("\n", " ")
                        print(f"untaken {lang} {kind} seed {seed} {unit.id}: …{context}…")
    print(f"{damaged} damaged units ({args.half} half, {args.seeds} seeds)")
    for (rule, severity), n in sorted(taken.items()):
        print(f"  {rule} {severity}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
