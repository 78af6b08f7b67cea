"""Where the first sight of words goes, by whether the verdict table holds the word.

    QA_CACHE_DIR=... .venv/bin/python bench/first_sight_words.py --data ../shared/eval

One pass of ``bench_speed.py``'s one-process row (the 400 articles, a context
that has checked one article of each language) with the per-word work of each
checker timed (CPU, each function's own time: what it calls that is timed too
is charged to that), and every timed call put in a class by its word: held by
the language's verdict table, or by its rank among the word list's lower-case
words (the table's ``table_words`` order: the suggestion index's words), or
listed below them, or not listed. The wrappers cost
time of their own: compare shares, not totals, with the bench's figures.
"""
from __future__ import annotations

import argparse
import functools
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

from bench_speed import run_newsqa, warmed_context  # noqa: E402
from corpora import real_articles  # noqa: E402

from qa.checkers import context_word, nonword, realword, tagcontext  # noqa: E402
from qa.gcpolicy import tune_for_batch_run  # noqa: E402
from qa.lang import es_classes, es_wordfacts, tagtable  # noqa: E402
from qa.text import verdicttable  # noqa: E402

clock = time.process_time
# (label, class of word) -> [calls, own CPU seconds]
SPENT: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0.0])
_STACK: list[float] = []  # the timed children's seconds of each open call
CLASS_OF = None  # set in main: word -> class


def timed(label: str, word_of):
    """A wrapper charging a call's own CPU time to (label, its word's class)."""
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            _STACK.append(0.0)
            t0 = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = clock() - t0
                children = _STACK.pop()
                if _STACK:
                    _STACK[-1] += spent
                row = SPENT[(label, CLASS_OF(word_of(*args, **kwargs)))]
                row[0] += 1
                row[1] += spent - children
        return inner
    return wrap


def timed_generator(label: str, word_of):
    """The same for a generator method: the findings are made at once."""
    def wrap(fn):
        plain = timed(label, word_of)(lambda *a, **k: list(fn(*a, **k)))

        @functools.wraps(fn)
        def inner(*args, **kwargs):
            yield from plain(*args, **kwargs)
        return inner
    return wrap


def timed_batch(label: str):
    """``TagTable.prefetch``: one query for many words, charged to each
    word of the batch alike."""
    def wrap(fn):
        @functools.wraps(fn)
        def inner(self, words):
            todo = sorted({w for w in words if w not in self._cache and w.islower()})
            _STACK.append(0.0)
            t0 = clock()
            try:
                return fn(self, todo)
            finally:
                spent = clock() - t0 - _STACK.pop()
                if _STACK:
                    _STACK[-1] += spent
                for w in todo:
                    row = SPENT[(label, CLASS_OF(w))]
                    row[0] += 1
                    row[1] += spent / len(todo)
        return inner
    return wrap


def patch() -> None:
    first = lambda *a, **k: a[0]  # noqa: E731
    second = lambda *a, **k: a[1]  # noqa: E731
    tok_text = lambda self, tok, *a, **k: tok.text  # noqa: E731
    S = nonword._Scan
    S._quiet = timed("NonWord: the quiet test", second)(S._quiet)
    S._candidates = timed("NonWord: suggest", second)(S._candidates)
    for name in ("_unknown", "_rare", "_stripped"):
        setattr(S, name, timed_generator(f"NonWord: {name[1:]}", tok_text)(getattr(S, name)))
    S._listed_glue = timed("NonWord: listed_glue", tok_text)(S._listed_glue)
    realword._word_verdict = timed("RealWord: word verdict", first)(realword._word_verdict)
    tagcontext._judged = timed("TagContext: word judged", first)(tagcontext._judged)
    context_word._judged = timed("Context: word judged", first)(context_word._judged)
    es_wordfacts.facts_of = timed("WordClass: word facts", first)(es_wordfacts.facts_of)
    es_classes.SpanishClasses.word_symbol = timed("Spanish classes: word symbol", second)(
        es_classes.SpanishClasses.word_symbol)
    tagtable.TagTable._lookup = timed("Spanish tag table: single look-up", second)(tagtable.TagTable._lookup)
    tagtable.TagTable.prefetch = timed_batch("Spanish tag table: batched look-up")(tagtable.TagTable.prefetch)
    verdicttable.VerdictTable.get = timed("verdict table: search + unpack", second)(
        verdicttable.VerdictTable.get)


def classifier(ctx, ranks_to: int):
    """word -> its class, by the language a word is first found in."""
    tables, ranks = {}, {}
    for lang in ("es", "en"):
        lex = ctx.lexicons[lang]
        tables[lang] = verdicttable.open_table(lex)
        ranks[lang] = {w: i for i, w in enumerate(verdicttable.table_words(lex, ranks_to))}

    @functools.cache
    def class_of(word: str) -> str:
        low = word.lower()
        for lang in ("es", "en"):
            if low != word:
                continue
            if tables[lang] is not None and tables[lang]._keys.find(verdicttable.utf8(low)) is not None:
                return "in the table"
        for lang in ("es", "en"):
            rank = ranks[lang].get(low)
            if rank is not None:
                if low != word:
                    return "capitalised"
                if rank < verdicttable.WORDS:
                    return "rank < table size, not held"
                return f"rank {rank // 100_000 * 100}k-{rank // 100_000 * 100 + 100}k"
        if low != word:
            return "capitalised"
        if any(low in ctx.lexicons[lang].frequencies for lang in ("es", "en")):
            return "listed, not indexed"  # rarer than any word the suggestion index keeps
        return "unlisted"
    return class_of


def main() -> int:
    global CLASS_OF
    tune_for_batch_run()
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("-n", "--docs", type=int, default=200)
    args = p.parse_args()
    folder = args.data / "news_clean"
    by_lang = {lang: real_articles(lang, args.docs, folder=folder) for lang in ("es", "en")}
    corpus = [t for texts in by_lang.values() for t in texts]
    firsts = [texts[0] for texts in by_lang.values()]
    ctx = warmed_context(firsts)
    CLASS_OF = classifier(ctx, 400_000)
    patch()
    t0 = clock()
    _, found = run_newsqa(corpus, [None] * len(corpus), ctx, jobs=1)
    total = clock() - t0
    print(f"one pass, {len(corpus)} documents, {found} findings, {total:.2f} CPU s with the wrappers")
    by_label: dict[str, float] = defaultdict(float)
    for (label, _), (_, s) in SPENT.items():
        by_label[label] += s
    classes = sorted({c for _, c in SPENT})
    print(f"{'work (own CPU s)':<40}" + "".join(f"{c[:19]:>20}" for c in classes) + f"{'all':>10}")
    for label in sorted(by_label, key=lambda k: -by_label[k]):
        cells = [SPENT.get((label, c), [0, 0.0]) for c in classes]
        print(f"{label:<40}" + "".join(f"{s:>11.3f} ({n:>6})" for n, s in cells) + f"{by_label[label]:>10.3f}")
    sums = [sum(SPENT.get((label, c), [0, 0.0])[1] for label in by_label) for c in classes]
    print(f"{'all timed':<40}" + "".join(f"{s:>20.3f}" for s in sums) + f"{sum(sums):>10.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
