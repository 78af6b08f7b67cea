"""Measure the suggestion engine and the non-word / OCR checkers on real data.

    .venv/bin/python bench/eval_spelling.py [--eval ../shared/eval]

1. Fix accuracy @1 / @3 on real single-word misspellings (typos_es_en.jsonl): for
   non-words (the misspelling is not in the word list) with ``suggest``,
   and, as a separate row, for misspellings that wordfreq lists anyway
   with ``suggest(real_word=True)``.
2. Detection precision / recall of the findings, per word token, on OCR'd
   text: ICDAR 2019 (its ``gold_spans``) and OverProof newspapers (spans
   from aligning the OCR text with its correction). Historical print is
   hard: old spellings count as errors here only where the gold changed them.
3. Warnings-or-errors per 1,000 words on clean news (the false-alarm budget
   is 1 for the whole pipeline), and the checkers' time per article.

The data stays outside the project (see ../shared/eval/README.md).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.devset import aligned_gold, icdar_gold  # noqa: E402
from qa.checkers import nonword, ocr, ocr_digits  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.text.suggest import index_for, suggest  # noqa: E402

RULES = ("Spelling.", "OCR.")


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def findings(doc: Document, ctx: Context):
    return [*nonword.check(doc, ctx), *ocr_digits.check(doc, ctx), *ocr.check(doc, ctx)]


# --- 1. fix accuracy ------------------------------------------------------------

def typo_accuracy(items: list[dict], ctx: Context) -> list[tuple]:
    rows = []
    for lang in sorted({i["lang"] for i in items}):
        lex = ctx.lexicons[lang]
        stats = {"non-word": Counter(), "listed": Counter()}
        for item in (i for i in items if i["lang"] == lang):
            src, gold = item["source_text"], item["target_text"].lower()
            if " " in src.strip() or " " in gold.strip():
                continue  # phrases ("llevó acabo") are grammar, not spelling
            listed = src.lower() in lex.frequencies
            kind = "listed" if listed else "non-word"
            ranked = [c.word.lower() for c in suggest(src, lex, limit=3, real_word=listed)]
            s = stats[kind]
            s["n"] += 1
            s["@1"] += ranked[:1] == [gold]
            s["@3"] += gold in ranked
        for kind, s in stats.items():
            if s["n"]:
                rows.append((lang, kind, s["n"], s["@1"] / s["n"], s["@3"] / s["n"]))
    return rows


# --- 2. OCR detection -------------------------------------------------------------

def _damaged_tokens(doc: Document, spans: list[tuple[int, int]]) -> set[int]:
    out = set()
    for k, tok in enumerate(doc.words):
        for s, e in spans:
            if (s < tok.end and tok.start < e) or (s == e and tok.start < s < tok.end):
                out.add(k)
                break
    return out


def detection(items: list[dict], ctx: Context, spans_of) -> dict[str, tuple[float, float, int]]:
    counts = {"all": Counter(), "warning": Counter()}
    for item in items:
        doc = Document.from_text(item["source_text"], language=item["lang"])
        if doc.text != item["source_text"]:
            continue  # offsets would shift (NFC or newline normalisation)
        gold = _damaged_tokens(doc, spans_of(item))
        found = findings(doc, ctx)
        for level, keep in (("all", found), ("warning", [f for f in found if f.severity != "info"])):
            pred = _damaged_tokens(doc, [(f.start, f.end) for f in keep])
            c = counts[level]
            c["tp"] += len(pred & gold)
            c["pred"] += len(pred)
            c["gold"] += len(gold)
            c["words"] += len(doc.words)
    out = {}
    for level, c in counts.items():
        p = c["tp"] / c["pred"] if c["pred"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        out[level] = (p, r, c["gold"], c["words"])
    return out


# --- 3. false alarms and speed ------------------------------------------------------

def false_alarms(items: list[dict], ctx: Context) -> tuple[int, int, Counter]:
    words = 0
    per_rule: Counter = Counter()
    for item in items:
        doc = Document.from_text(item["text"], language=item.get("lang", "en"))
        words += len(doc.words)
        for f in findings(doc, ctx):
            if f.severity != "info":
                per_rule[f.rule] += 1
    return words, sum(per_rule.values()), per_rule


def speed(items: list[dict], ctx: Context) -> tuple[float, float, float]:
    docs = [Document.from_text(i["text"], language=i.get("lang", "es")) for i in items]
    for d in docs:
        d.tokens  # tokenizing is the pipeline's cost, not ours
    lex = ctx.lexicons[docs[0].language]
    t0 = time.perf_counter()
    lex.frequencies
    t1 = time.perf_counter()
    index_for(lex).near
    t2 = time.perf_counter()
    findings(docs[0], ctx)  # loads the other language's list once
    t3 = time.perf_counter()
    for d in docs:
        findings(d, ctx)
    t4 = time.perf_counter()
    return t1 - t0, t2 - t1, (t4 - t3) / len(docs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
    root = Path(ap.parse_args().eval)
    ctx = Context.create()

    print("Fix accuracy on real misspellings (typos_es_en.jsonl)")
    print(f"  {'lang':4} {'kind':9} {'n':>5} {'@1':>6} {'@3':>6}")
    for lang, kind, n, a1, a3 in typo_accuracy(read(root / "typos" / "typos_es_en.jsonl"), ctx):
        print(f"  {lang:4} {kind:9} {n:5d} {a1:6.1%} {a3:6.1%}")

    print("\nOCR damage detection per word token (precision / recall)")
    print(f"  {'set':10} {'level':8} {'P':>6} {'R':>6} {'damaged':>8} {'words':>7}")
    icdar = read(root / "ocr" / "icdar2019_docs.jsonl")
    for lang in ("en", "es"):
        res = detection([i for i in icdar if i["lang"] == lang], ctx, icdar_gold)
        for level, (p, r, g, w) in res.items():
            print(f"  {'icdar-' + lang:10} {level:8} {p:6.1%} {r:6.1%} {g:8d} {w:7d}")
    over = read(root / "ocr" / "overproof_en_articles.jsonl")
    res = detection(over, ctx, lambda i: aligned_gold(i["source_text"], i["target_text"]))
    for level, (p, r, g, w) in res.items():
        print(f"  {'overproof':10} {level:8} {p:6.1%} {r:6.1%} {g:8d} {w:7d}")

    print("\nWarnings or errors per 1,000 words on clean news (budget: 1 for everything)")
    clean = root / "news_clean"
    for name in ("es_articles", "en_reuters_articles", "en_wikinews_paragraphs"):
        words, n, per_rule = false_alarms(read(clean / f"{name}.jsonl"), ctx)
        rules = ", ".join(f"{r} {c}" for r, c in per_rule.most_common())
        print(f"  {name:24} {words:7d} words {n:4d} findings {1000 * n / words:5.2f}/1k  ({rules})")

    load, build, per_doc = speed(read(clean / "es_articles.jsonl")[:200], Context.create())
    print(f"\nSpeed (200 Spanish articles): word list {load * 1000:.0f} ms, index {build * 1000:.0f} ms"
          f" (once per language), then {per_doc * 1000:.2f} ms per article"
          f" = {1 / per_doc:.0f} articles/s for these two checkers")


if __name__ == "__main__":
    main()
