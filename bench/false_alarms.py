"""False alarms on clean professional news, per 1,000 words, with the rules to tune.

    .venv/bin/python bench/false_alarms.py                # all three clean sets
    .venv/bin/python bench/false_alarms.py --limit 100    # a sample of each set
    .venv/bin/python bench/false_alarms.py --grammar      # with LanguageTool too, if it starts

The sets in ``../shared/eval/news_clean/`` are edited news, so every warning
or error there counts as a false alarm, with one exception: the Reuters set
is the 1987 newswire with real SGML residue, so undecoded entities
(``&lt;``) and findings on its "Reuter" sign-offs are counted apart as real
residue. Budget: at most one
warning-or-error finding per 1,000 words.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's qa, not an installed one
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import CLEAN_SETS, clean_documents  # noqa: E402

from qa import checkers  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.pipeline import check_documents  # noqa: E402

BUDGET = 1.0  # warning-or-error findings per 1,000 words
ALARM = ("warning", "error")
# Residue that is really in the text: flagging it is right, not a false alarm.
REAL_RESIDUE = {"en_reuters_articles": ("Encoding.Entity",)}
SIGN_OFFS = {"en_reuters_articles": frozenset({"reuter", "reuters"})}
ROOT = Path(__file__).resolve().parents[1]


def rule_sources(ctx: Context) -> dict[str, str]:
    """Where each rule id lives, so a hot spot can be routed to its owner."""
    from qa import merge

    where = {}
    for module in (*checkers.BUILTIN, merge):
        path = Path(module.__file__).resolve()
        for info in getattr(module, "RULES", ()):
            where[info.id] = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name
    for rule in ctx.rules:
        src = Path(rule.info.source).resolve()
        where[rule.info.id] = str(src.relative_to(ROOT)) if src.is_relative_to(ROOT) else str(src)
    return where


def excerpt(text: str, start: int, end: int, width: int = 45) -> str:
    """The finding in its context, the flagged span between » and «."""
    a, b = max(0, start - width), min(len(text), end + width)
    s = (("…" if a else "") + text[a:start] + "»" + text[start:end] + "«" + text[end:b]
         + ("…" if b < len(text) else ""))
    return s.replace("\n", "⏎ ")


def start_grammar(ctx: Context, stack: ExitStack) -> str:
    try:
        from qa.grammar import GrammarService

        service = GrammarService(ctx.options)
        service.start()
    except Exception as exc:  # no Java, no jars, no server: say so and go on
        return f"grammar not checked: {exc}"
    stack.callback(service.close)
    ctx.grammar = service
    return "grammar checked with LanguageTool"


def measure(name: str, ctx: Context, limit: int | None, jobs: int, n_examples: int) -> dict:
    docs = clean_documents(name, limit)
    residue_rules = REAL_RESIDUE.get(name, ())
    sign_offs = SIGN_OFFS.get(name, frozenset())
    words = 0
    languages: Counter = Counter()
    counts: Counter = Counter()  # rule -> warning/error findings
    info: Counter = Counter()
    residue: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    docs_with_alarm = 0
    for report in check_documents(docs, ctx, jobs=jobs):
        words += report.words
        languages[report.language] += 1
        alarmed = False
        for f in report.findings:
            if f.severity not in ALARM:
                info[f.rule] += 1
            elif f.rule in residue_rules:
                residue[f.rule] += 1
            elif report.text[f.start:f.end].strip().lower() in sign_offs:
                residue[f"{f.rule} on the sign-off"] += 1
            else:
                counts[f.rule] += 1
                alarmed = True
                if len(examples[f.rule]) < n_examples:
                    examples[f.rule].append(f"[{report.id}] " + excerpt(report.text, f.start, f.end))
        docs_with_alarm += alarmed
    alarms = sum(counts.values())
    return {
        "set": name, "docs": len(docs), "words": words, "languages": dict(languages),
        "alarms": alarms, "per_1000_words": round(alarms / max(words, 1) * 1000, 3),
        "docs_with_alarm": docs_with_alarm, "info_findings": sum(info.values()),
        "real_residue": dict(residue),
        "rules": {r: {"count": c, "per_1000_words": round(c / max(words, 1) * 1000, 3),
                      "examples": examples[r]} for r, c in counts.most_common()},
    }


def print_set(res: dict, where: dict[str, str], top: int) -> None:
    verdict = "within budget" if res["per_1000_words"] <= BUDGET else "OVER BUDGET"
    langs = ", ".join(f"{k} {v}" for k, v in sorted(res["languages"].items(), key=lambda kv: -kv[1]))
    print(f"\n{res['set']}: {res['docs']} documents, {res['words']} words (languages: {langs})")
    print(f"  warning-or-error findings: {res['alarms']} = {res['per_1000_words']:.2f} per 1,000 "
          f"words ({verdict}); {res['docs_with_alarm']} documents with at least one; "
          f"info findings (not counted): {res['info_findings']}")
    if not res["real_residue"] and (res["set"] in REAL_RESIDUE or res["set"] in SIGN_OFFS):
        print("  real residue (entities, sign-offs): none flagged")
    for rule, n in res["real_residue"].items():
        print(f"  real residue, not counted: {rule} {n} "
              f"({n / max(res['words'], 1) * 1000:.2f} per 1,000 words)")
    for rule, row in list(res["rules"].items())[:top]:
        print(f"  {row['count']:>5}  {row['per_1000_words']:>6.2f}/kw  {rule}  ({where.get(rule, '?')})")
        for ex in row["examples"]:
            print(f"           {ex}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--limit", type=int, help="at most this many records per set")
    p.add_argument("--sets", nargs="+", default=list(CLEAN_SETS), choices=CLEAN_SETS)
    p.add_argument("--grammar", action="store_true", help="also run LanguageTool if it can start")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    p.add_argument("--top", type=int, default=8, help="rules listed per set")
    p.add_argument("--examples", type=int, default=3, help="example spans per rule")
    p.add_argument("--json", metavar="FILE", help="save the figures and examples as JSON")
    args = p.parse_args(argv)

    ctx = Context.create(Options(raise_check_errors=True, grammar="auto" if args.grammar else "off"))
    where = rule_sources(ctx)
    with ExitStack() as stack:
        mode = start_grammar(ctx, stack) if args.grammar else "grammar off"
        print(f"newsqa false alarms on clean news ({mode}); budget <= {BUDGET:g} warning-or-error "
              "finding per 1,000 words")
        results = [measure(name, ctx, args.limit, args.jobs, args.examples) for name in args.sets]
    for res in results:
        print_set(res, where, args.top)

    words = sum(r["words"] for r in results)
    alarms = sum(r["alarms"] for r in results)
    overall: Counter = Counter()
    for r in results:
        for rule, row in r["rules"].items():
            overall[rule] += row["count"]
    rate = alarms / max(words, 1) * 1000
    print(f"\noverall: {alarms} warning-or-error findings in {words} words = {rate:.2f} per 1,000 "
          f"words ({'within budget' if rate <= BUDGET else 'OVER BUDGET'})")
    for rule, n in overall.most_common(args.top):
        print(f"  {n:>5}  {n / max(words, 1) * 1000:>6.2f}/kw  {rule}  ({where.get(rule, '?')})")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "grammar": mode, "budget_per_1000_words": BUDGET, "sets": results,
            "overall": {"words": words, "alarms": alarms, "per_1000_words": round(rate, 3),
                        "rules": dict(overall.most_common())},
        }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nfigures saved to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
