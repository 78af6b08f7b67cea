"""One evaluation of detection: newsqa against LanguageTool alone, in one run.

    .venv/bin/python bench/evaluate.py [--half test|calibration] [--limit 60] [--json FILE]
                                       [--data ../shared/eval] [--grammar auto|off] [--seed 13]

1. A labelled development corpus: units of clean news (whole paragraphs
   from the start of each article in ``DATA/news_clean``, about 120 words)
   each get one damage of every kind in ``bench/damage.py`` (Spanish and
   English; seeded by the seed, the unit and the kind, so a run is
   reproducible and ``--limit`` only takes fewer units). For each kind and
   language: recall (a flag over the damage that the clean unit did not
   have), fix@1 (the first fix offered there gives the clean text back,
   whitespace aside; over every damage whose original is recoverable) and,
   on the clean units, false alarms per 1,000 words.
2. The real-error sets (COWS-L2H, JFLEG, ICDAR 2019, Overproof, real
   repeats, wild mojibake, typos): token precision, recall and F (F0.5 for
   the learner sets, F1 for the others; repeats item by item, as labelled
   and with the labels reviewed in bench/repeat_review.tsv; typos by
   recall and fix@1).

Every record belongs to a calibration half or a test half by a hash of its
id (bench/devset.py); ``--half`` picks one. A newsqa flag is a warning or
an error (with LanguageTool through newsqa unless ``--grammar off``);
a LanguageTool flag is any match of its default rules, from the same local
LanguageTool 6.8 server, whose answers are cached per text in
``.qa-cache/`` so a re-run only pays for newsqa.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import SHARED  # noqa: E402
from bench.damage import KINDS, Damage, inject, kinds_for  # noqa: E402
from bench.devset import HALVES, Item, headlines, news_units, real_sets  # noqa: E402
from bench.errata import Errata  # noqa: E402
from bench.ltcache import CachedGrammarService, LanguageToolAlone, MatchCache  # noqa: E402
from bench.repeat_review import reviewed  # noqa: E402
from qa.calibration import damage_density, damage_marks  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.grammar import GrammarUnavailable  # noqa: E402
from qa.model import severity_rank  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.pipeline import check_documents  # noqa: E402
from qa.text.tokens import tokenize  # noqa: E402

LANGUAGES = ("es", "en")
SYSTEMS = ("newsqa", "LanguageTool")
DEFAULT_DATA = SHARED / "eval"  # ../shared/eval next to the checkout, or $QA_SHARED/eval
CACHE = ROOT / ".qa-cache" / "evaluate-languagetool.sqlite"
# set -> (beta of its F, tokens counted: words only, or every token)
MEASURES = {"COWS-L2H": (0.5, False), "JFLEG": (0.5, False), "ICDAR 2019": (1.0, True),
            "Overproof": (1.0, True), "wild mojibake": (1.0, True)}
WORDS = ("word", "number")
REVIEWED = "real repeats, labels reviewed"  # bench/repeat_review.tsv


@dataclass(frozen=True)
class Flag:
    """One system's complaint, reduced to what scoring needs."""

    rule: str
    severity: str
    start: int
    end: int
    fixes: tuple[tuple[int, int, str], ...]  # best first
    confidence: float = 1.0
    # a merged span's signals: (rule, family, confidence, start, end, severity, damage density)
    evidence: tuple[tuple[str, str, float, int, int, str, float], ...] = ()
    # the document's other damaged words per 100 (qa.calibration.damage_density)
    density: float = 0.0
    lt_category: str = ""  # a LanguageTool match's category id (the calibration turns rules on by it)

    @property
    def alarm(self) -> bool:
        return severity_rank(self.severity) >= 1

    def touches(self, start: int, end: int) -> bool:
        if self.start == self.end:  # an insertion point
            return start <= self.start <= end
        if start == end:
            return self.start <= start <= self.end
        return self.start < end and start < self.end


# -- running the two systems -------------------------------------------------------


def newsqa_flags(texts: list[tuple[str, str]], ctx: Context) -> list[list[Flag]]:
    docs = (Document.from_text(text, language=lang) for text, lang in texts)
    out = []
    for report in check_documents(docs, ctx):
        if ctx.grammar is not None and ctx.grammar_unchecked:
            # a figure "with LanguageTool" that silently lost it would mislead
            source, reason = ctx.grammar_unchecked[0]
            raise SystemExit(f"evaluate: grammar failed on a text: {reason}")
        flags = []
        marks = damage_marks(report.findings)
        for f in report.findings:
            fixes = sorted(f.fixes, key=lambda fx: -fx.confidence)
            # a merged span's fixes are ranked for the whole span: offer them first
            rank = 0 if f.rule == "Garble.Span" else 1
            evidence = tuple((s.rule, s.roles.family or "", s.confidence, s.start, s.end, s.severity,
                              damage_density(marks, report.words, s.start, s.end)) for s in f.evidence)
            flags.append((rank, -max((fx.confidence for fx in fixes), default=0), Flag(
                f.rule, f.severity, f.start, f.end, tuple((x.start, x.end, x.replacement) for x in fixes),
                f.data.get("raw_confidence", f.confidence), evidence,
                damage_density(marks, report.words, f.start, f.end), f.data.get("lt_category", ""))))
        out.append([flag for *_, flag in sorted(flags, key=lambda r: r[:2])])
        if len(out) % 500 == 0:
            print(f"  newsqa: {len(out)}/{len(texts)}", file=sys.stderr)
    return out


def languagetool_flags(texts: list[tuple[str, str]], lt: LanguageToolAlone, service) -> list[list[Flag]]:
    def one(item: tuple[str, str]) -> list[Flag]:
        text, lang = item
        code = service.lt_language(lang)
        matches = lt.matches(text, code) if code else []
        return [Flag(f"LT.{m['rule']}", "warning", m["start"], m["end"],
                     tuple((m["start"], m["end"], r) for r in m["replacements"][:5])) for m in matches]

    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(one, texts))


# -- scoring -----------------------------------------------------------------------


_APOSTROPHES = str.maketrans("’‘", "''")


def _same(a: str, b: str) -> bool:
    """Equal but for whitespace and the apostrophe's typography."""
    return " ".join(a.translate(_APOSTROPHES).split()) == " ".join(b.translate(_APOSTROPHES).split())


def new_flags(dmg: Damage, flags: list[Flag], clean: list[Flag]) -> tuple[list[Flag], list[Flag]]:
    """The flags of a damaged unit that its clean unit did not have at the
    same place: (every one, those over the damage)."""
    shift = len(dmg.text) - len(dmg.original)
    before = {(f.rule, f.start if f.start < dmg.start else f.start + shift,
               f.end if f.end <= dmg.start else f.end + shift) for f in clean}
    new = [f for f in flags if (f.rule, f.start, f.end) not in before]
    return new, [f for f in new if f.touches(dmg.start, dmg.end)]


def score_damage(dmg: Damage, flags: list[Flag], clean: list[Flag], rules: Counter) -> tuple[bool, bool]:
    """(detected, first fix gives the original back) for one damaged unit."""
    new, over = new_flags(dmg, flags, clean)
    for f in new:
        rules[(f.rule, f.severity, "on damage" if f in over else "elsewhere")] += 1
    alarms = [f for f in over if f.alarm]
    fixes = [fx for f in alarms for fx in f.fixes if fx[0] < dmg.end and dmg.start < max(fx[1], fx[0] + 1)]
    fixed = bool(fixes) and _same(dmg.text[:fixes[0][0]] + fixes[0][2] + dmg.text[fixes[0][1]:], dmg.original)
    return bool(alarms), fixed


def tokens_hit(tokens, start: int, end: int) -> set[int]:
    if start < end:
        return {k for k, t in enumerate(tokens) if t.start < end and start < t.end}
    for k, t in enumerate(tokens):  # an insertion: the token it goes before
        if t.end > start:
            return {k}
    return {len(tokens) - 1} if tokens else set()


def score_tokens(items: list[Item], flags: list[list[Flag]], words_only: bool) -> Counter:
    c = Counter()
    for item, found in zip(items, flags):
        tokens = [t for t in tokenize(item.text) if not words_only or t.kind in WORDS]
        gold = set().union(*(tokens_hit(tokens, s, e) for s, e in item.gold))
        pred = set().union(*(tokens_hit(tokens, f.start, f.end) for f in found if f.alarm))
        c["tp"] += len(gold & pred)
        c["pred"] += len(pred)
        c["gold"] += len(gold)
    return c


def repeat_flag(flag: Flag) -> bool:
    """Whether a flag says "repeated word": newsqa's Repetition rules, a merged span
    one of them is evidence of, LanguageTool's word-repeat rules."""
    if "REPEAT" in flag.rule.upper() or "REPETITION" in flag.rule.upper():
        return True
    return any(family == "repetition" for _rule, family, *_ in flag.evidence)


def score_repeats(items: list[Item], flags: list[list[Flag]]) -> Counter:
    """Item by item: a repeat error is found when any alarm covers it (whatever
    the rule: a span of evidence or a grammar match also tells the editor); a
    legitimate repeat is flagged when an alarm calls it a repeat there (a
    grammar match on a legitimate "muy muy bonito" is about something else)."""
    c = Counter()
    for item, found in zip(items, flags):
        alarms = [f for f in found if f.alarm]
        if item.gold:
            c["gold"] += 1
            c["tp"] += any(f.touches(s, e) for f in alarms for s, e in item.gold)
        else:
            c["legit"] += 1
            c["legit_flagged"] += any(f.touches(s, e) for f in alarms if repeat_flag(f)
                                      for s, e in item.legit)
    c["pred"] = c["tp"] + c["legit_flagged"]
    return c


def score_typos(items: list[Item], flags: list[list[Flag]]) -> Counter:
    c = Counter()
    for item, found in zip(items, flags):
        alarms = [f for f in found if f.alarm]
        c["gold"] += 1
        c["tp"] += bool(alarms)
        fixes = [fx for f in alarms for fx in f.fixes]
        if fixes:
            s, e, r = fixes[0]
            c["fixed"] += (item.text[:s] + r + item.text[e:]).lower() == item.target.lower()
    c["pred"] = c["tp"]
    return c


def prf(c: Counter, beta: float) -> dict:
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    b2 = beta * beta
    f = (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f": round(f, 3), "beta": beta, **c}


# -- the run -----------------------------------------------------------------------


def build_corpus(data: Path, half: str, limit: int, seed: int, ctx: Context):
    """Clean units and their damaged copies, per language."""
    corpus = {}
    for lang in LANGUAGES:
        units = news_units(data, lang, half, limit)
        corpus[lang] = (units, damaged_copies(units, kinds_for(lang), lang, half, seed,
                                              ctx.lexicons[lang], headlines(data, lang, half)))
    return corpus


def damaged_copies(units, kinds, lang: str, half: str, seed: int, lex, titles) -> list:
    """(unit, damage) for each unit and kind of damage that fits it, each
    seeded by the seed, the unit and the kind: the same damage whatever
    else a run injects."""
    damages = []
    for unit in units:
        for kind in kinds:
            rng = random.Random(f"{seed}:{unit.id}:{kind}")
            dmg = inject(unit.text, kind, lex, rng, language=lang, half=half, titles=titles)
            if dmg is not None:
                damages.append((unit, dmg))
    return damages


@dataclass
class Run:
    """One run of the systems over a half: the corpus and every text's flags."""

    corpus: dict  # language -> (clean units, [(unit, damage)])
    sets: dict  # real-error set name -> items
    texts: list[tuple[str, str]]  # (text, language): clean units, damaged units, then the sets' items
    flags: dict[str, list[list[Flag]]]  # system -> flags per text
    seconds: float
    newsqa_seconds: float
    cache: dict


@contextmanager
def language_tool(ctx: Context, cache_path: Path):
    """(newsqa's grammar service, LanguageTool alone, their answer cache),
    both clients of one server, answers cached in ``cache_path``; the
    service is ``ctx``'s grammar unless its options turn grammar off."""
    with ExitStack() as stack:
        cache = MatchCache(cache_path)
        stack.callback(cache.close)
        service = CachedGrammarService(ctx.options, turned_on=ctx.calibration.languagetool_on()
                                       if ctx.calibration is not None else None)
        service.cache = cache
        try:
            service.start()
        except GrammarUnavailable as exc:
            raise SystemExit(f"evaluate: LanguageTool is needed for the comparison: {exc}") from None
        stack.callback(service.close)
        if ctx.options.grammar != "off":
            ctx.grammar = service
        lt = LanguageToolAlone(service.url, cache)
        service.defaults = lt
        yield service, lt, cache


def run_systems(args, options: Options, systems: tuple[str, ...] = SYSTEMS,
                extra: tuple[tuple[str, str], ...] = ()) -> Run:
    """Build the half's corpus and check every text with ``systems``
    (newsqa with ``options``; LanguageTool alone with its defaults);
    ``extra`` (text, language) pairs are checked last, after the sets."""
    data = Path(args.data)
    if not (data / "news_clean").is_dir():
        raise SystemExit(f"{Path(sys.argv[0]).stem}: no evaluation data in {data} (give --data)")
    ctx = Context.create(replace(options, raise_check_errors=True))  # a measure hides no check's bug
    began = time.perf_counter()
    with language_tool(ctx, Path(args.cache)) as (service, lt, cache):
        corpus = build_corpus(data, args.half, args.limit, args.seed, ctx)
        sets = real_sets(data, args.half, args.limit)
        texts: list[tuple[str, str]] = []
        for lang, (units, damages) in corpus.items():
            texts += [(u.text, lang) for u in units] + [(d.text, lang) for _, d in damages]
        for items in sets.values():
            texts += [(i.text, i.language) for i in items]
        texts += extra
        print(f"checking {len(texts)} texts with both systems ({args.half} half, limit {args.limit})",
              file=sys.stderr)
        flags = {"newsqa": newsqa_flags(texts, ctx)}
        t_newsqa = time.perf_counter() - began
        if "LanguageTool" in systems:
            flags["LanguageTool"] = languagetool_flags(texts, lt, service)
    return Run(corpus, sets, texts, flags, time.perf_counter() - began, t_newsqa,
               {"hits": cache.hits, "misses": cache.misses})


def evaluate(args) -> dict:
    run = run_systems(args, Options(grammar=args.grammar))
    corpus, sets, texts = run.corpus, run.sets, run.texts
    results = {"half": args.half, "limit": args.limit, "seed": args.seed,
               "newsqa_grammar": args.grammar != "off", "languagetool": "6.8, default rules",
               "texts": len(texts), "seconds": round(run.seconds, 1),
               "newsqa_seconds": round(run.newsqa_seconds, 1), "cache": run.cache,
               "damage": {}, "clean": {}, "macro_recall": {}, "sets": {}, "rules": {}}
    errata = Errata()
    for system in SYSTEMS:
        found = iter(run.flags[system])
        rules: Counter = Counter()
        damage, clean, macro = {}, {}, {}
        for lang, (units, damages) in corpus.items():
            clean_flags = {u.id: next(found) for u in units}
            words = sum(len([t for t in tokenize(u.text) if t.kind == "word"]) for u in units)
            alarms = slips_flagged = 0
            for u in units:
                slips = errata.slips(u.id, u.text)
                for f in clean_flags[u.id]:
                    if any(f.touches(s, e) for s, e in slips):  # a real slip of the source
                        rules[(f.rule, f.severity, "source slip")] += 1
                        slips_flagged += f.alarm
                        continue
                    rules[(f.rule, f.severity, "clean")] += 1
                    alarms += f.alarm
            clean[lang] = {"units": len(units), "words": words, "alarms": alarms,
                           "per_1000_words": round(1000 * alarms / max(words, 1), 2),
                           "source_slips_flagged": slips_flagged}
            per_kind: dict[str, Counter] = defaultdict(Counter)
            for unit, dmg in damages:
                hit, fixed = score_damage(dmg, next(found), clean_flags[unit.id], rules)
                c = per_kind[dmg.kind]
                c["n"] += 1
                c["hit"] += hit
                c["recoverable"] += dmg.recoverable
                c["fixed"] += fixed
            damage[lang] = {k: {**c, "recall": round(c["hit"] / c["n"], 3),
                                "fix1": round(c["fixed"] / c["recoverable"], 3) if c["recoverable"] else None}
                            for k, c in per_kind.items()}
            macro[lang] = round(sum(v["recall"] for v in damage[lang].values()) / max(1, len(damage[lang])), 3)
        measured = {}
        for name, items in sets.items():
            got = [next(found) for _ in items]
            if name == "real repeats":
                for key, labelled in ((name, items), (REVIEWED, reviewed(items))):
                    c = score_repeats(labelled, got)
                    measured[key] = {**prf(c, 1.0), "legit_flagged_share":
                                     round(c["legit_flagged"] / max(1, c["legit"]), 3)}
            elif name == "typos":
                c = score_typos(items, got)
                measured[name] = {**prf(c, 1.0), "fix1": round(c["fixed"] / max(1, c["gold"]), 3)}
            else:
                beta, words_only = MEASURES[name]
                measured[name] = prf(score_tokens(items, got, words_only), beta)
        results["damage"][system] = damage
        results["clean"][system] = clean
        results["macro_recall"][system] = macro
        results["sets"][system] = measured
        results["rules"][system] = [{"rule": r, "severity": s, "where": w, "count": n}
                                    for (r, s, w), n in sorted(rules.items())]
    return results


# -- the table ---------------------------------------------------------------------


def print_table(res: dict) -> None:
    grammar = "with" if res["newsqa_grammar"] else "without"
    print(f"# newsqa ({grammar} LanguageTool; warnings and errors) vs LanguageTool {res['languagetool']} "
          f"(every match); {res['half']} half, limit {res['limit']}, seed {res['seed']}; "
          f"{res['texts']} texts in {res['seconds']:.0f} s")
    print("\n| damage | lang | n | newsqa recall | newsqa fix@1 | LT recall | LT fix@1 |")
    print("|---|---|---:|---:|---:|---:|---:|")
    ours, theirs = res["damage"]["newsqa"], res["damage"]["LanguageTool"]
    for lang in LANGUAGES:
        for kind, label in KINDS.items():
            a, b = ours[lang].get(kind), theirs[lang].get(kind)
            if not a:
                continue
            fix = lambda v: "n/a" if v["fix1"] is None else f"{v['fix1']:.2f}"  # noqa: E731
            print(f"| {label} | {lang} | {a['n']} | {a['recall']:.2f} | {fix(a)} | {b['recall']:.2f} | {fix(b)} |")
    for lang in LANGUAGES:
        print(f"| **macro recall** | {lang} | | **{res['macro_recall']['newsqa'][lang]:.2f}** | | "
              f"**{res['macro_recall']['LanguageTool'][lang]:.2f}** | |")
    for lang in LANGUAGES:
        a, b = res["clean"]["newsqa"][lang], res["clean"]["LanguageTool"][lang]
        print(f"| **false alarms per 1,000 clean words** ({a['words']} words) | {lang} | | "
              f"**{a['per_1000_words']:.2f}** | | **{b['per_1000_words']:.2f}** | |")
    for lang in res["clean"]["newsqa"]:
        a, b = res["clean"]["newsqa"][lang], res["clean"]["LanguageTool"][lang]
        print(f"| real slips of the clean source flagged (bench/clean_errata.tsv; not counted above) "
              f"| {lang} | | {a['source_slips_flagged']} | | {b['source_slips_flagged']} | |")
    print("\n| real errors | measure | n | newsqa P | R | F | LT P | R | F |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, a in res["sets"]["newsqa"].items():
        b = res["sets"]["LanguageTool"][name]
        if name in ("real repeats", REVIEWED):
            measure = f"items, F1; legitimate flagged {a['legit_flagged_share']:.0%} vs {b['legit_flagged_share']:.0%}"
        elif name == "typos":
            measure = f"words flagged; fix@1 {a['fix1']:.2f} vs {b['fix1']:.2f}"
        else:
            measure = f"tokens, F{a['beta']:g}"
        print(f"| {name} | {measure} | {a['gold']} | {a['precision']:.2f} | {a['recall']:.2f} | {a['f']:.2f} "
              f"| {b['precision']:.2f} | {b['recall']:.2f} | {b['f']:.2f} |")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=str(DEFAULT_DATA), help="evaluation data folder (default ../shared/eval, or $QA_SHARED/eval)")
    p.add_argument("--half", choices=HALVES, default="test")
    p.add_argument("--limit", type=int, default=60,
                   help="news units per language and items per real set (sentence sets: 5x)")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--grammar", choices=("auto", "off"), default="auto",
                   help="newsqa with or without LanguageTool (the LanguageTool-alone column always runs)")
    p.add_argument("--cache", default=str(CACHE), help="LanguageTool answers cache (SQLite)")
    p.add_argument("--json", metavar="FILE", help="also write every figure and per-rule counts as JSON")
    args = p.parse_args(argv)
    res = evaluate(args)
    print_table(res)
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
