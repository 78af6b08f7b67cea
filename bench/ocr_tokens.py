"""The OCR sets token by token: what newsqa and LanguageTool alone each flag.

    .venv/bin/python bench/ocr_tokens.py [--data ../shared/eval] [--half calibration] [--limit 150]
                                         [--set "ICDAR 2019"] [--grammar auto|off] [--show 40]

Checks one OCR set's half (ICDAR 2019 by default, or Overproof) with
newsqa (calibrated, as ``qa check`` runs) and with LanguageTool alone
(its default rules; answers cached like ``bench/evaluate.py``'s), and
prints per language the token F1 of each system, then the gold tokens
only LanguageTool flags (by its rule, and what newsqa said there at
info), the tokens newsqa flags off the gold (by rule), and the most
frequent gold tokens neither flags. It is the list to read before
changing an OCR check; the scores are the same as ``bench/evaluate.py``'s.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.devset import HALVES, real_sets  # noqa: E402
from bench.evaluate import (CACHE, DEFAULT_DATA, WORDS, language_tool, languagetool_flags,  # noqa: E402
                            newsqa_flags, prf, tokens_hit)
from qa.context import Context  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.text.tokens import tokenize  # noqa: E402


def _rules_over(flags, tokens, k: int, alarm: bool) -> list[str]:
    t = tokens[k]
    return [f"{f.rule}:{f.severity}" if not alarm else f.rule for f in flags
            if f.alarm == alarm and f.touches(t.start, t.end)]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=str(DEFAULT_DATA), help="evaluation data folder (default ../shared/eval)")
    p.add_argument("--half", default="calibration", choices=HALVES)
    p.add_argument("--limit", type=int, default=150)
    p.add_argument("--set", default="ICDAR 2019", choices=("ICDAR 2019", "Overproof"))
    p.add_argument("--grammar", choices=("auto", "off"), default="auto")
    p.add_argument("--cache", default=str(CACHE), help="LanguageTool answers cache (SQLite)")
    p.add_argument("--show", type=int, default=40, help="rows of each list")
    args = p.parse_args(argv)
    items = real_sets(Path(args.data), args.half, args.limit)[args.set]
    ctx = Context.create(Options(raise_check_errors=True, grammar=args.grammar))
    with language_tool(ctx, Path(args.cache)) as (service, lt, _cache):
        texts = [(i.text, i.language) for i in items]
        ours = newsqa_flags(texts, ctx)
        theirs = languagetool_flags(texts, lt, service)
    score: dict[tuple[str, str], Counter] = defaultdict(Counter)
    lt_only: dict[str, Counter] = defaultdict(Counter)  # lang -> LT rule (newsqa's info there)
    ours_off: dict[str, Counter] = defaultdict(Counter)  # lang -> newsqa rule over a token not gold
    neither: dict[str, Counter] = defaultdict(Counter)  # lang -> gold token text
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item, a, b in zip(items, ours, theirs):
        lang = item.language
        tokens = [t for t in tokenize(item.text) if t.kind in WORDS]
        gold = set().union(*(tokens_hit(tokens, s, e) for s, e in item.gold))
        for system, found in (("newsqa", a), ("LanguageTool", b)):
            pred = set().union(*(tokens_hit(tokens, f.start, f.end) for f in found if f.alarm))
            for key in ((system, lang), (system, "all")):
                score[key].update(tp=len(gold & pred), pred=len(pred), gold=len(gold))
        pred_a = set().union(*(tokens_hit(tokens, f.start, f.end) for f in a if f.alarm))
        pred_b = set().union(*(tokens_hit(tokens, f.start, f.end) for f in b if f.alarm))
        for k in gold - pred_a:
            text = tokens[k].text
            if k in pred_b:
                info = _rules_over(a, tokens, k, alarm=False)
                key = f"{_rules_over(b, tokens, k, True)[0]} | newsqa: {', '.join(sorted(set(info))) or '-'}"
                lt_only[lang][key] += 1
                if len(examples[(lang, key)]) < 4:
                    examples[(lang, key)].append(text)
            else:
                neither[lang][text] += 1
        for k in pred_a - gold:
            for rule in set(_rules_over(a, tokens, k, alarm=True)):
                ours_off[lang][rule] += 1
                if len(examples[(lang, rule)]) < 6:
                    examples[(lang, rule)].append(tokens[k].text)
    print(f"# {args.set}, {args.half} half, limit {args.limit}, newsqa grammar {args.grammar}")
    print("\n| system | lang | gold | flagged | tp | P | R | F1 |\n|---|---|---:|---:|---:|---:|---:|---:|")
    for (system, lang), c in sorted(score.items()):
        m = prf(c, 1.0)
        print(f"| {system} | {lang} | {c['gold']} | {c['pred']} | {c['tp']} | {m['precision']:.3f} "
              f"| {m['recall']:.3f} | {m['f']:.3f} |")
    for lang in sorted(lt_only):
        print(f"\n## {lang}: gold tokens only LanguageTool flags ({sum(lt_only[lang].values())})")
        for key, n in lt_only[lang].most_common(args.show):
            print(f"{n:5d}  {key}  e.g. {' '.join(examples[(lang, key)])}")
    for lang in sorted(ours_off):
        print(f"\n## {lang}: tokens newsqa flags off the gold (by rule)")
        for rule, n in ours_off[lang].most_common(args.show):
            print(f"{n:5d}  {rule}  e.g. {' '.join(examples[(lang, rule)])}")
    for lang in sorted(neither):
        print(f"\n## {lang}: gold tokens neither flags ({sum(neither[lang].values())}), most frequent")
        print("  ".join(f"{t}×{n}" for t, n in neither[lang].most_common(args.show * 3)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
