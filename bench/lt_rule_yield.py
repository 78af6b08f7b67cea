"""What LanguageTool's rules find on the real-error sets, and what newsqa makes of it.

    .venv/bin/python bench/lt_rule_yield.py [--data ../shared/eval] [--half calibration] [--limit 150]
                                            [--sets "COWS-L2H,ICDAR 2019"] [--calibration FILE]

Checks the sets' texts with newsqa in raw mode (every LanguageTool rule
on, as ``bench/calibrate.py`` sees them; answers cached like
``bench/evaluate.py``'s) and prints, per set and LanguageTool rule, the
tokens its matches touch that are gold (real errors) and that are not,
how many of those no other newsqa alarm already flags (what the rule
adds to a token score), and what the calibration file makes of the rule
in that set: not asked for (off by default and not turned back on),
info, or an alarm (warning or error). A rule's matches inside a merged
span count as the rule's too.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.calibrate import _observations, is_alarm  # noqa: E402
from bench.devset import real_sets  # noqa: E402
from bench.evaluate import CACHE, DEFAULT_DATA, MEASURES, WORDS, language_tool, newsqa_flags, tokens_hit  # noqa: E402
from qa.calibration import DATA_FILE, Calibration  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.grammar.rules import off_by_default  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.text.tokens import tokenize  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=str(DEFAULT_DATA), help="evaluation data folder (default ../shared/eval)")
    p.add_argument("--half", default="calibration", choices=("calibration", "test"))
    p.add_argument("--limit", type=int, default=150)
    p.add_argument("--sets", default="COWS-L2H,ICDAR 2019", help="comma-separated real-error set names")
    p.add_argument("--calibration", default=str(DATA_FILE), help="the calibration file to grade by")
    p.add_argument("--cache", default=str(CACHE), help="LanguageTool answers cache (SQLite)")
    p.add_argument("--min-tokens", type=int, default=3, help="leave out rules touching fewer tokens")
    args = p.parse_args(argv)
    cal = Calibration.load(Path(args.calibration))
    sets = {name: items for name, items in real_sets(Path(args.data), args.half, args.limit).items()
            if name in args.sets.split(",")}
    ctx = Context.create(Options(raise_check_errors=True, grammar="auto", calibrated=False))
    with language_tool(ctx, Path(args.cache)):
        for name, items in sets.items():
            words_only = MEASURES.get(name, (1.0, False))[1]
            flags = newsqa_flags([(i.text, i.language) for i in items], ctx)
            # rule -> [gold tokens, other tokens, gold tokens no other alarm has, other such]; per language
            table: dict[tuple[str, str], Counter] = defaultdict(Counter)
            grades: dict[tuple[str, str], Counter] = defaultdict(Counter)
            categories = {f.rule[3:]: f.lt_category for found in flags for f in found if f.lt_category}
            for item, found in zip(items, flags):
                lang_cal = cal.languages.get(item.language)
                tokens = [t for t in tokenize(item.text) if not words_only or t.kind in WORDS]
                gold = set().union(*(tokens_hit(tokens, s, e) for s, e in item.gold))
                alarmed: set[int] = set()
                matches: list[tuple[str, str, set[int]]] = []
                for f in found:
                    obs = _observations(f, lambda s, e: False, False)
                    if lang_cal is not None and is_alarm(lang_cal, obs[0], categories):
                        alarmed |= tokens_hit(tokens, f.start, f.end)
                    spans = [(f.start, f.end)] + [(e[3], e[4]) for e in f.evidence]
                    for o, (start, end) in zip(obs, spans):
                        if not o.rule.startswith("LT."):
                            continue
                        lt = o.rule[3:]
                        graded = lang_cal.grade(o.rule, o.raw, o.severity, o.density) if lang_cal else None
                        asked = not off_by_default(lt, categories.get(lt, "")) or (
                            lang_cal is not None and lt in lang_cal.languagetool_on)
                        verdict = ("not asked" if not asked else "inside a span" if o.inner
                                   else graded[1] if graded else o.severity)
                        grades[(item.language, o.rule)][verdict] += 1
                        matches.append((item.language, o.rule, tokens_hit(tokens, start, end)))
                for lang, rule, hit in matches:
                    c = table[(lang, rule)]
                    c["gold"] += len(hit & gold)
                    c["other"] += len(hit - gold)
                    c["new gold"] += len((hit & gold) - alarmed)
                    c["new other"] += len(hit - gold - alarmed)
            print(f"\n{name} ({args.half} half, {len(items)} texts): LanguageTool rules in newsqa's raw run")
            print(f"{'lang':4} {'rule':38} {'gold':>5} {'other':>5} {'new gold':>8} {'new other':>9}  verdicts")
            for (lang, rule), c in sorted(table.items(), key=lambda kv: -(kv[1]["gold"] + kv[1]["other"])):
                if c["gold"] + c["other"] < args.min_tokens:
                    continue
                verdicts = ", ".join(f"{v} {n}" for v, n in grades[(lang, rule)].most_common())
                print(f"{lang:4} {rule:38} {c['gold']:5} {c['other']:5} {c['new gold']:8} {c['new other']:9}  {verdicts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
