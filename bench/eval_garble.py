"""Corrupted-span detection on clean news with injected damage, and on real repeats.

    python bench/eval_garble.py [--grammar off|auto] [--limit N] [--seed S] [--anywhere]

Method (docs/garble.md):
1. Clean articles (../shared/eval/news_clean) are checked as they are; every
   warning-or-error finding there counts as a false alarm (per 1,000 words).
2. Each article is copied ``--copies`` times and one damage is injected into
   each copy with a seeded RNG, keeping the gold span and the original:
   real-word damage (a dropped letter, a lost accent, a truncation that still
   gives a word), a word replaced by a repeat of its neighbour, an OCR
   confusion, mojibake, a split word and two glued words. By default only
   lower-case words after the first are damaged, and a dropped letter, lost
   accent or truncation must still give a known word (real-word damage);
   ``--anywhere`` damages any word (capitalised ones and sentence starts
   too) and keeps dropped letters, lost accents and truncations that give
   non-words, as a damage generator that knows nothing of the checker would.
3. Recall per kind: a finding overlaps the gold span (at any severity, and
   at warning or error). Precision: findings at warning or error on the
   damaged copies that overlap the gold span, over those plus the ones that
   are new against the clean article. Fix accuracy @1/@3: a fix over the gold
   span whose application gives back the clean text, among the first one or
   three fixes offered there (merged spans first, then by confidence).
   A finding the clean article already had at the same place (same rule,
   same text) is not credited to the damage.
4. The real repeats of ../shared/eval/repetition/real_repeats.jsonl.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import SHARED, clean_records  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.model import severity_rank  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.pipeline import check_document  # noqa: E402
from qa.text.tokens import tokenize  # noqa: E402

KINDS = ("drop_letter", "lost_accent", "truncation", "neighbour_repeat", "ocr", "mojibake",
         "split", "glue")
OCR = (("m", "rn"), ("rn", "m"), ("l", "1"), ("o", "0"), ("e", "c"), ("h", "b"), ("d", "cl"),
       ("i", "l"), ("u", "ii"))
ACCENTED = dict(zip("áéíóúñ", "aeioun"))
MY_RULES = ("Garble.", "Register.", "Consistency.")


def _words(text: str) -> list:
    return [t for t in tokenize(text) if t.kind == "word"]


def inject(text: str, kind: str, lex, rng: random.Random, anywhere: bool = False):
    """(damaged text, gold start, gold end, original) or None if nothing fits.

    ``anywhere``: any alphabetic word may be damaged (not only lower-case
    words after the first), and real-word kinds may give non-words.
    """
    words = _words(text)
    order = list(range(0 if anywhere else 1, len(words)))
    rng.shuffle(order)
    known = (lambda o: True) if anywhere else (lambda o: lex.zipf(o) >= 2.5)
    for i in order:
        tok = words[i]
        w = tok.text
        if not w.isalpha() or not (w.islower() or anywhere and w.istitle()):
            continue
        new = None
        if kind == "drop_letter" and len(w) >= 4:
            opts = [w[:k] + w[k + 1:] for k in range(len(w))]
            opts = [o for o in opts if o.lower() != w.lower() and known(o.lower())]
            new = rng.choice(opts) if opts else None
        elif kind == "lost_accent":
            opts = [w[:k] + ACCENTED[c] + w[k + 1:] for k, c in enumerate(w) if c in ACCENTED]
            opts = [o for o in opts if known(o.lower())]
            new = rng.choice(opts) if opts else None
        elif kind == "truncation" and len(w) >= 5:
            opts = [w[:-k] for k in (1, 2, 3) if len(w) - k >= 3 and known(w[:-k].lower())]
            new = rng.choice(opts) if opts else None
        elif kind == "neighbour_repeat":
            prev = words[i - 1]
            gap = text[prev.end:tok.start]
            if (i and prev.text.isalpha() and prev.text.lower() != w.lower() and gap.strip() == ""
                    and "\n" not in gap):
                new = prev.text.lower()
        elif kind == "ocr":
            pairs = [(a, b) for a, b in OCR if a in w]
            if pairs:
                a, b = rng.choice(pairs)
                k = w.find(a)
                new = w[:k] + b + w[k + len(a):]
        elif kind == "mojibake" and any(ord(c) > 127 for c in w):
            new = w.encode("utf-8").decode("cp1252", errors="replace")
        elif kind == "split" and len(w) >= 6:
            k = rng.randrange(2, len(w) - 2)
            new = w[:k] + " " + w[k:]
        elif kind == "glue" and i + 1 < len(words):
            nxt = words[i + 1]
            if text[tok.end:nxt.start] == " " and nxt.text.isalpha():
                damaged = text[:tok.end] + text[nxt.start:]
                return damaged, tok.start, nxt.end - 1, text[tok.start:nxt.end]
        if new and new != w:
            return text[:tok.start] + new + text[tok.end:], tok.start, tok.start + len(new), w
    return None


def fixes_at(findings, start: int, end: int):
    """Fixes overlapping the gold span: merged spans first, then by confidence."""
    out = []
    for f in findings:
        for fx in f.fixes:
            if fx.start < max(end, start + 1) and start < max(fx.end, fx.start + 1):
                out.append((f.rule != "Garble.Span", -fx.confidence, fx))
    out.sort(key=lambda r: (r[0], r[1]))
    return [fx for *_, fx in out]


def run(args) -> None:
    opts = Options(grammar=args.grammar)
    ctx = Context.create(opts)
    with ExitStack() as stack:
        if args.grammar != "off":
            from qa.cli import start_grammar

            start_grammar(ctx, stack)
        grammar = "with LanguageTool" if ctx.grammar is not None else "without LanguageTool"
        where = "any word, any result" if args.anywhere else "lower-case words, real-word kinds give words"
        print(f"# garble evaluation, {grammar}, seed {args.seed}, limit {args.limit} per set; {where}")
        rng = random.Random(args.seed)
        sets = {"es_articles": "es", "en_reuters_articles": "en", "en_wikinews_paragraphs": "en"}
        clean_words = 0
        alarms: Counter = Counter()
        alarms_mine: Counter = Counter()
        found = defaultdict(lambda: Counter())  # kind -> counts
        true_pos = false_pos = 0
        t0 = time.perf_counter()
        docs = 0
        for name, lang in sets.items():
            for rec in clean_records(name, args.limit):
                text = rec["text"]
                lex = ctx.lexicons[lang]
                clean = check_document(Document.from_text(text, language=lang), ctx)
                docs += 1
                clean_words += clean.words
                base = Counter((f.rule, text[f.start:f.end]) for f in clean.findings)
                for f in clean.findings:
                    if severity_rank(f.severity) >= 1:
                        alarms[f.rule] += 1
                        if f.rule.startswith(MY_RULES):
                            alarms_mine[f.rule] += 1
                for _ in range(args.copies):
                    kind = rng.choice(KINDS)
                    hit = inject(text, kind, lex, rng, args.anywhere)
                    if hit is None:
                        continue
                    damaged, gs, ge, original = hit
                    rep = check_document(Document.from_text(damaged, language=lang), ctx)
                    docs += 1
                    c = found[kind]
                    c["n"] += 1
                    shift = len(damaged) - len(text)
                    before = {(f.rule, f.start if f.start < gs else f.start + shift,
                               f.end if f.end <= gs else f.end + shift) for f in clean.findings}
                    over = [f for f in rep.findings if f.start < ge and gs < f.end
                            and (f.rule, f.start, f.end) not in before]
                    if over:
                        c["any"] += 1
                    if any(severity_rank(f.severity) >= 1 for f in over):
                        c["warn"] += 1
                    if any(f.rule == "Garble.Span" for f in over):
                        c["span"] += 1
                    for f in rep.findings:
                        if severity_rank(f.severity) < 1:
                            continue
                        if f.start < ge and gs < f.end:
                            true_pos += 1
                        elif base[(f.rule, damaged[f.start:f.end])] == 0:
                            false_pos += 1
                    if kind == "neighbour_repeat":
                        continue  # not recoverable: a display-only note is the right answer
                    fixes = fixes_at(rep.findings, gs, ge)
                    good = [damaged[:fx.start] + fx.replacement + damaged[fx.end:] == text
                            for fx in fixes[:3]]
                    c["fixable"] += 1
                    c["fix1"] += bool(good[:1] and good[0])
                    c["fix3"] += any(good)
        elapsed = time.perf_counter() - t0

    print(f"\ndocuments checked: {docs} in {elapsed:.1f}s ({docs / elapsed:.1f} docs/s, whole pipeline)")
    print(f"clean words: {clean_words}")
    print(f"false alarms (warning+) per 1,000 clean words, all rules: "
          f"{1000 * sum(alarms.values()) / clean_words:.2f}; {dict(alarms.most_common(8))}")
    print(f"false alarms (warning+) per 1,000 clean words, garble/register/consistency rules: "
          f"{1000 * sum(alarms_mine.values()) / clean_words:.2f}; {dict(alarms_mine)}")
    print("\n| damage | injected | recall (any) | recall (warning+) | in a Garble.Span | fix@1 | fix@3 |")
    print("|---|---|---|---|---|---|---|")
    tot = Counter()
    for kind in KINDS:
        c = found[kind]
        tot.update(c)
        n = c["n"] or 1
        fx = c["fixable"] or 1
        f1 = f"{c['fix1'] / fx:.2f}" if c["fixable"] else "n/a"
        f3 = f"{c['fix3'] / fx:.2f}" if c["fixable"] else "n/a"
        print(f"| {kind} | {c['n']} | {c['any'] / n:.2f} | {c['warn'] / n:.2f} | {c['span'] / n:.2f} "
              f"| {f1} | {f3} |")
    n = tot["n"] or 1
    print(f"| all | {tot['n']} | {tot['any'] / n:.2f} | {tot['warn'] / n:.2f} | {tot['span'] / n:.2f} "
          f"| {tot['fix1'] / max(1, tot['fixable']):.2f} | {tot['fix3'] / max(1, tot['fixable']):.2f} |")
    prec = true_pos / max(1, true_pos + false_pos)
    print(f"\nprecision (warning+ findings on damaged copies, new against the clean text): {prec:.2f} "
          f"({true_pos} on the damage, {false_pos} elsewhere)")
    real_repeats(ctx)


def real_repeats(ctx) -> None:
    path = SHARED / "eval" / "repetition" / "real_repeats.jsonl"
    if not path.exists():
        return
    hit = n = fp = legit = 0
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        rep = check_document(Document.from_text(rec["source_text"], language=rec.get("lang")), ctx)
        if rec["kind"] == "error":
            n += 1
            spans = rec["repeat_spans"]
            if any(f.start < s["end"] and s["start"] < f.end and severity_rank(f.severity) >= 1
                   for f in rep.findings for s in spans):
                hit += 1
        else:
            legit += 1
            target = rec["target_text"]
            grep = check_document(Document.from_text(target, language=rec.get("lang")), ctx)
            spots = [(i, i + len(r)) for r in rec.get("legit_repeats_in_target", ())
                     if (i := target.find(r)) >= 0]
            fp += any(f.start < e and s < f.end and severity_rank(f.severity) >= 1
                      for f in grep.findings for s, e in spots)
    print(f"\nreal repeats: recall (warning+) {hit}/{n}; legitimate repeats flagged {fp}/{legit}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--grammar", choices=("off", "auto", "required"), default="off")
    p.add_argument("--limit", type=int, default=200, help="articles per clean set")
    p.add_argument("--copies", type=int, default=2, help="damaged copies per article")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--anywhere", action="store_true",
                   help="damage any word, and let real-word kinds give non-words")
    run(p.parse_args())


if __name__ == "__main__":
    main()
