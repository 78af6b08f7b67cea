"""Precision and recall of grammar findings against learner corrections.

    .venv/bin/python bench/eval_grammar.py [--sample 500] [--clean 150]

Two systems on one LanguageTool server: newsqa (its default disabled rules,
findings from GrammarService) and LanguageTool with its own defaults
(language-tool-python's ``check`` with nothing disabled).

Gold spans are the ``gold_spans`` of each sentence: the edits that turn the
learner's sentence into the corrected one (COWS-L2H: one correction;
JFLEG: the first of four references, the one the file aligns). A finding is
correct when it overlaps a gold span; an insertion (empty span) counts as
hit by a finding that touches its position. Spans on anonymisation
placeholders (*PLACE*, *NAME*, ...) are skipped. Recall is measured per
gold span, precision per finding. Learner text is full of misspellings,
which newsqa leaves to its own non-word checker, so the table also shows
both systems with spelling matches removed.

``--clean N`` adds false alarms per 1,000 words on N clean news articles
per language (the evidence for the default disabled rules).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import language_tool_python

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import CLEAN, SHARED  # noqa: E402
from devset import grammar_gold as gold_spans  # noqa: E402

from qa.document import Document  # noqa: E402
from qa.grammar import GrammarService  # noqa: E402
from qa.grammar.rules import category_of  # noqa: E402
from qa.options import Options  # noqa: E402

GRAMMAR = SHARED / "eval" / "grammar"


def sample(path: Path, n: int, seed: int = 4) -> list[dict]:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    random.Random(seed).shuffle(rows)
    return rows[:n]


def hits(pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    (ps, pe), (gs, ge) = pred, gold
    if gs == ge:  # insertion point
        return ps <= gs <= pe
    return ps < ge and gs < pe


class Score:
    def __init__(self) -> None:
        self.pred = self.pred_ok = self.gold = self.gold_hit = 0

    def add(self, preds: list[tuple[int, int]], golds: list[tuple[int, int]]) -> None:
        self.pred += len(preds)
        self.pred_ok += sum(any(hits(p, g) for g in golds) for p in preds)
        self.gold += len(golds)
        self.gold_hit += sum(any(hits(p, g) for p in preds) for g in golds)

    def row(self) -> str:
        p = self.pred_ok / self.pred if self.pred else 0.0
        r = self.gold_hit / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{p:9.3f}{r:9.3f}{f:9.3f}{self.pred:8d}"


def run_set(name: str, rows: list[dict], lang: str, ours: GrammarService, lt: language_tool_python.LanguageTool) -> None:
    systems = {k: Score() for k in ("newsqa", "LT defaults", "newsqa no spelling", "LT defaults no spelling")}

    def one(row: dict):
        text = row["source_text"]
        found = ours.check(Document(text=text, language=lang))
        base = lt.check(text)
        return row, found, base

    with ThreadPoolExecutor(4) as pool:
        for row, found, base in pool.map(one, rows):
            golds = gold_spans(row)
            systems["newsqa"].add([(f.start, f.end) for f in found], golds)
            systems["newsqa no spelling"].add([(f.start, f.end) for f in found if f.category != "spelling"], golds)
            spans = [(m.offset, m.offset + m.error_length) for m in base]
            systems["LT defaults"].add(spans, golds)
            systems["LT defaults no spelling"].add(
                [(m.offset, m.offset + m.error_length) for m in base
                 if category_of(m.category, m.rule_issue_type) != "spelling"],
                golds,
            )
    print(f"\n{name}: {len(rows)} sentences, {systems['newsqa'].gold} gold spans")
    print(f"{'system':26}{'precision':>9}{'recall':>9}{'F1':>9}{'flags':>8}")
    for key, score in systems.items():
        print(f"{key:26}{score.row()}")


def clean_news(n: int, ours: GrammarService, url: str) -> None:
    print(f"\nfalse alarms on clean news ({n} articles per language), flags per 1,000 words")
    print(f"{'set':26}{'newsqa':>9}{'LT defaults':>13}")
    for name, lang in (("es_articles.jsonl", "es"), ("en_reuters_articles.jsonl", "en")):
        texts = [json.loads(line)["text"] for _, line in zip(range(n), open(CLEAN / name, encoding="utf-8"))]
        words = sum(len(t.split()) for t in texts)
        lt = language_tool_python.LanguageTool(lang, remote_server=url)
        with ThreadPoolExecutor(4) as pool:
            our_flags = sum(pool.map(lambda t: len(ours.check(Document(text=t, language=lang))), texts))
            lt_flags = sum(pool.map(lambda t: len(lt.check(t)), texts))
        print(f"{name:26}{1000 * our_flags / words:9.2f}{1000 * lt_flags / words:13.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=500)
    ap.add_argument("--clean", type=int, default=150, help="clean news articles per language (0: skip)")
    args = ap.parse_args()
    began = time.monotonic()
    with GrammarService(Options()) as ours:
        url = ours.url
        es = language_tool_python.LanguageTool("es", remote_server=url)
        en = language_tool_python.LanguageTool("en", remote_server=url)
        run_set("COWS-L2H (es)", sample(GRAMMAR / "cowsl2h_es.jsonl", args.sample), "es", ours, es)
        run_set("JFLEG dev (en)", sample(GRAMMAR / "jfleg_en.jsonl", args.sample), "en", ours, en)
        if args.clean:
            clean_news(args.clean, ours, url)
    print(f"\n{time.monotonic() - began:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
