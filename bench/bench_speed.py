"""Speed of the non-grammar pipeline on real clean news, against proselint and datatrove.

    .venv/bin/python bench/bench_speed.py                   # 200 Spanish + 200 English articles
    .venv/bin/python bench/bench_speed.py -n 100 --json /tmp/speed.json
    .venv/bin/python bench/bench_speed.py --data ../shared/eval --grammar   # + LanguageTool overhead
    .venv/bin/python bench/bench_speed.py --data ../shared/eval --first-sight   # stages, first and again

The corpus is real clean news cut to 3-4 KB documents (``corpora.real_articles``):
Spanish articles from news_clean/es_articles, English Wikinews articles and
Reuters stories; no two documents are the same text. Every figure comes
from this run on this machine: newsqa through ``check_documents`` in one
process and with ``--jobs`` workers, the baselines over the very same
texts, a per-stage breakdown so that hot spots show, the start-up time of
``qa check`` on one article and the peak memory of each process. With
``--grammar``, ``bench_grammar.py`` then measures newsqa's overhead over
raw LanguageTool HTTP calls on the same articles.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

# This checkout's qa, whatever the interpreter has installed: a bench run
# measures the tree it sits in (an older tree's bench then measures it).
sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

from corpora import CLEAN, real_articles  # noqa: E402

from qa import checkers  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.gcpolicy import tune_for_batch_run  # noqa: E402
from qa.kinds.base import RuleTimeout  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.pipeline import check_documents, finish, prepare  # noqa: E402
from qa.text.verdicttable import open_table, work_out_live  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
STARTUP_SAMPLE = "samples/es_seed_putin_pyongyang.txt"
# Issue 15's targets.
TARGET_DOCS_PER_S = 300
TARGET_PEER_RATIO = 5.0
TARGET_JOBS_RATIO = 1.8
TARGET_STARTUP = 0.3


def words_in(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


class Clock:
    """Wall clock and this process's CPU time: on a busy machine the CPU
    figure still says what one core can do."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        self.children = self._children()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu
        # worker processes, counted once they have exited (the pool shuts down)
        self.children = self._children() - self.children

    @staticmethod
    def _children() -> float:
        use = resource.getrusage(resource.RUSAGE_CHILDREN)
        return use.ru_utime + use.ru_stime


def rate(label: str, n_docs: int, n_words: int, clock: Clock, **extra) -> dict:
    wall, cpu = clock.wall, clock.cpu + clock.children
    return {"name": label, "docs": n_docs, "seconds": round(wall, 3),
            "docs_per_s": round(n_docs / wall, 1), "kwords_per_s": round(n_words / wall / 1000, 1),
            "cpu_seconds": round(cpu, 3), "docs_per_cpu_s": round(n_docs / max(cpu, 1e-9), 1),
            **extra}


# -- newsqa ------------------------------------------------------------------

def newsqa_context() -> Context:
    return Context.create(Options(raise_check_errors=True, grammar="off"))


def warmed_context(firsts: list[str], tables: bool = True) -> Context:
    """A fresh context that has checked ``firsts`` (one document of each
    language): rules, word lists and models are loaded, as after start-up,
    while the per-run memos hold only those documents' words. ``tables``
    False: every per-word verdict worked out, as where no install has
    built the verdict tables (``qa.text.verdicttable``)."""
    ctx = newsqa_context()
    if not tables:
        for lang in ("es", "en"):
            work_out_live(ctx.lexicons[lang])
    run_newsqa(firsts, [None] * len(firsts), ctx, jobs=1)
    for lang in ("es", "en"):
        # a first article answers its words from the lists' sorted copies;
        # a batch reads them whole after a few articles, which is loading
        ctx.lexicons[lang].read_whole()
    return ctx


def table_sizes() -> dict[str, int]:
    """Words in each language's verdict table (0: none for this tree and data)."""
    ctx = newsqa_context()
    return {lang: len(table) if (table := open_table(ctx.lexicons[lang])) is not None else 0
            for lang in ("es", "en")}


def run_newsqa(texts: list[str], langs: list[str | None], ctx: Context, jobs: int) -> tuple[Clock, int]:
    docs = [Document.from_text(t, source=f"bench/{i}", language=lang)
            for i, (t, lang) in enumerate(zip(texts, langs))]
    with Clock() as clock:
        found = sum(len(r.findings) for r in check_documents(docs, ctx, jobs=jobs))
    return clock, found


def breakdown(texts: list[str], ctx: Context) -> list[dict]:
    """Time per stage on fresh documents: shared preparation, each checker
    module, each rule file, merge and score. Shared document properties are
    computed first so that no checker is charged for them. ``ctx`` should
    not have seen ``texts``: its per-run memos would answer for the work."""
    stages: dict[str, float] = defaultdict(float)
    # CPU time, like docs/cpu-s: on a shared machine wall time per stage
    # mostly measures the other jobs.
    clock = time.process_time

    def timed(name, fn):
        t0 = clock()
        out = fn()
        stages[name] += clock() - t0
        return out

    for i, text in enumerate(texts):
        doc = Document.from_text(text, source=f"bench/{i}")
        timed("document: tokenize", lambda: doc.words)
        timed("document: sentences", lambda: doc.sentences)
        timed("document: paragraphs + lines", lambda: (doc.paragraphs, doc.line_starts))
        timed("document: quotes", lambda: doc.quotes)
        timed("language detection", lambda: prepare(doc, ctx))
        findings, notes = [], []
        for module in checkers.BUILTIN:
            findings += timed(f"checker {module.__name__.rsplit('.', 1)[-1]}",
                              lambda: list(module.check(doc, ctx)))
        for rule in ctx.rules:
            if rule.applies_to(doc.language):
                try:
                    findings += timed(f"rule {rule.info.id}", lambda: list(rule.check(doc)))
                except RuleTimeout as exc:
                    notes.append(str(exc))
        timed("finish: merge, select, score", lambda: finish(doc, findings, notes, ctx))
    total = sum(stages.values())
    rows = [{"stage": k, "ms_per_doc": round(v / len(texts) * 1000, 3),
             "share": round(v / total, 3)} for k, v in stages.items()]
    return sorted(rows, key=lambda r: -r["ms_per_doc"])


# -- baselines -----------------------------------------------------------------

def run_proselint(texts: list[str]) -> dict:
    try:
        from importlib.metadata import version

        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except Exception as exc:  # not installed, or its API moved
        return {"name": "proselint", "error": f"cannot import proselint: {exc}"}
    registry = CheckRegistry()
    if not registry.get_all_enabled(DEFAULT["checks"]):
        registry.register_many(__register__)
    LintFile("warm-up", texts[0]).lint(DEFAULT)
    with Clock() as clock:
        found = sum(len(LintFile(f"bench/{i}", t).lint(DEFAULT)) for i, t in enumerate(texts))
    return rate(f"proselint {version('proselint')} (lint, all checks)", len(texts), words_in(texts),
                clock, findings=found)


def run_datatrove(texts: list[str], langs: list[str | None]) -> dict:
    try:
        from importlib.metadata import version

        from datatrove.data import Document as DTDocument
        from datatrove.pipeline.filters import GopherQualityFilter, GopherRepetitionFilter
        from datatrove.utils.typeshelper import Languages
    except Exception as exc:
        return {"name": "datatrove", "error": f"cannot import datatrove: {exc}"}
    codes = {"es": Languages.spanish, "en": Languages.english}
    filters = {}

    def filters_for(lang):
        code = codes.get(lang or "", Languages.english)
        if code not in filters:
            filters[code] = (GopherQualityFilter(language=code), GopherRepetitionFilter(language=code))
        return filters[code]

    try:
        t0 = time.perf_counter()
        for lang in set(langs):  # loads spaCy's blank tokenizers
            for f in filters_for(lang):
                f.filter(DTDocument(text=texts[0], id="warm-up"))
        load = time.perf_counter() - t0
    except Exception as exc:  # typically: spaCy missing for the word tokenizer
        return {"name": "datatrove", "error": f"datatrove filters cannot run: {exc}"}
    kept = 0
    with Clock() as clock:
        for i, (text, lang) in enumerate(zip(texts, langs)):
            doc = DTDocument(text=text, id=str(i))
            quality, repetition = filters_for(lang)
            # both filters run on every document, as newsqa runs every check
            a, b = quality.filter(doc), repetition.filter(doc)
            kept += a is True and b is True
    return rate(f"datatrove {version('datatrove')} Gopher quality + repetition", len(texts),
                words_in(texts), clock, kept=kept,
                tokenizer_load_s=round(load, 2))


# -- start-up ------------------------------------------------------------------

def startup(repeat: int) -> dict:
    # ``python -m qa`` run in the checkout starts this tree's qa, not the
    # installed one; it costs what the ``qa`` script costs.
    cmd = [sys.executable, "-m", "qa", "check", STARTUP_SAMPLE, "--grammar", "off", "--format", "json"]
    # With compiled bytecode, as an installed package has it: where
    # PYTHONDONTWRITEBYTECODE is set, every run would compile qa's modules
    # from source again (about 0.1 s). The bytecode goes to a folder of its
    # own, written by a first run that is not counted.
    pycache = tempfile.TemporaryDirectory(prefix="qa-bench-pycache-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache.name

    def best(argv):
        subprocess.run(argv, cwd=ROOT, capture_output=True, env=env)
        times, cpu = [], []
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), Clock._children()
            proc = subprocess.run(argv, cwd=ROOT, capture_output=True, env=env)
            times.append(time.perf_counter() - t0)
            # CPU time too: on a shared machine a run's wall time is mostly
            # the other jobs' doing, its CPU time much less so.
            cpu.append(Clock._children() - c0)
        return times, cpu, proc

    times, cpu, proc = best(cmd)
    bare, bare_cpu, _ = best([sys.executable, "-c", "pass"])
    out = {"command": " ".join(["qa", *cmd[-6:]]), "best_s": round(min(times), 3),
           "median_s": round(statistics.median(times), 3), "exit_status": proc.returncode,
           "best_cpu_s": round(min(cpu), 3), "median_cpu_s": round(statistics.median(cpu), 3),
           "python_alone_s": round(min(bare), 3), "python_alone_cpu_s": round(min(bare_cpu), 3)}
    if proc.returncode not in (0, 1):
        out["error"] = proc.stderr.decode(errors="replace").strip()[-300:]
    pycache.cleanup()
    return out


# A fresh process running the batch with ``jobs`` workers, as a user's
# ``qa check --jobs`` does: its wall and CPU time (its workers' included),
# the CPU its main process spent before forking (the serial part: imports,
# context, the warm-up's loading), what the main process peaks at (with fork
# it checks documents beside its workers) and its largest worker. Apart from
# the runs above, whose main process has already peaked in its one-process
# runs and whose one-process row leaves its loading out.
_FRESH_RUN = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from qa.gcpolicy import tune_for_batch_run
tune_for_batch_run()
from qa import workerpool
from qa.context import Context
from qa.document import Document
from qa.options import Options
from qa.pipeline import check_documents
before_fork = []
fork_pool = workerpool.fork_pool
def timed_fork_pool(*args, **kwargs):
    before_fork.append(time.process_time())
    return fork_pool(*args, **kwargs)
workerpool.fork_pool = timed_fork_pool
with open(sys.argv[2], encoding="utf-8") as handle:
    docs = [Document.from_text(t, source=f"bench/{i}") for i, t in enumerate(json.load(handle))]
for _ in check_documents(docs, Context.create(Options(raise_check_errors=True, grammar="off")), jobs=int(sys.argv[3])):
    pass
# VmHWM, not ru_maxrss: on Linux the latter keeps the peak of the process
# this one was forked from before its exec (the bench itself)
with open("/proc/self/status") as status:
    hwm = [int(line.split()[1]) for line in status if line.startswith("VmHWM:")]
me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"cpu_s": me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime,
                  "cpu_before_fork_s": before_fork[0] if before_fork else None,
                  "main_mb": (hwm[0] if hwm else me.ru_maxrss) / 1024,
                  "largest_worker_mb": children.ru_maxrss / 1024}))
"""


def fresh_run(texts: list[str], jobs: int) -> dict:
    """Figures of a fresh process checking ``texts`` with ``jobs`` (``_FRESH_RUN``),
    its wall time taken from outside: the interpreter's start and the imports
    count, as in a user's ``qa check``."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as corpus:
        json.dump(texts, corpus)
        corpus.flush()
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", _FRESH_RUN, str(ROOT), corpus.name, str(jobs)],
                              capture_output=True, text=True)
        wall = time.perf_counter() - started
    if proc.returncode:
        return {"error": proc.stderr.strip()[-300:]}
    figures = {"wall_s": wall, **json.loads(proc.stdout)}
    return {k: (round(v, 3) if v is not None else None) for k, v in figures.items()}


# -- report --------------------------------------------------------------------

def print_rates(title: str, rows: list[dict]) -> None:
    print(f"\n{title}")
    print(f"  {'tool':<56} {'docs':>6} {'wall s':>7} {'docs/s':>8} {'kwords/s':>9} "
          f"{'docs/cpu-s':>10}")
    for r in rows:
        if "error" in r:
            print(f"  {r['name']:<56} not measured: {r['error']}")
            continue
        per_cpu = f"{r['docs_per_cpu_s']:>10.1f}"
        print(f"  {r['name']:<56} {r['docs']:>6} {r['seconds']:>7.2f} {r['docs_per_s']:>8.1f} "
              f"{r['kwords_per_s']:>9.1f} {per_cpu}")


def save_figures(out: dict, path: str | None) -> None:
    out["machine"]["load_after"] = os.getloadavg()[0]
    if path:
        Path(path).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(f"\nfigures saved to {path}")


def print_fresh_pair(single: dict, jobs_run: dict, jobs: int) -> None:
    if "error" in jobs_run or "error" in single:
        print(f"  fresh --jobs {jobs} run: not measured: {jobs_run.get('error') or single['error']}")
        return
    print(f"  fresh processes, loading included: --jobs 1 {single['wall_s']:.2f} s wall "
          f"({single['cpu_s']:.2f} CPU-s), --jobs {jobs} {jobs_run['wall_s']:.2f} s wall "
          f"({jobs_run['cpu_s']:.2f} CPU-s, {jobs_run['cpu_before_fork_s'] or 0:.2f} of them before the fork): "
          f"{single['wall_s'] / jobs_run['wall_s']:.2f}x wall")
    print(f"  peak RSS of a fresh --jobs {jobs} run: {jobs_run['main_mb']:.0f} MB main process "
          f"(it checks documents too), {jobs_run['largest_worker_mb']:.0f} MB largest worker; "
          f"--jobs 1: {single['main_mb']:.0f} MB")


def first_sight(corpus: list[str], firsts: list[str], out: dict, path: str | None) -> int:
    """Only the per-stage breakdown, run twice over the corpus on one context
    (``--first-sight``): the first pass meets every word for the first time,
    the second finds every per-run memo filled. Their difference, stage by
    stage, is what the first sight of a word costs; the second pass is the
    work at places, which no per-word memo takes over."""
    ctx = warmed_context(firsts)
    passes = [breakdown(corpus, ctx) for _ in range(2)]
    first, warm = ({r["stage"]: r["ms_per_doc"] for r in rows} for rows in passes)
    out["first_sight"] = {"first": passes[0], "memos_warm": passes[1]}
    print(f"\nfirst sight against memos warm (1 process, {len(corpus)} documents, CPU ms a document)")
    print(f"  {'stage':<46} {'first':>8} {'warm':>8} {'first sight':>12}")
    for stage in sorted(first, key=lambda k: -first[k]):
        if first[stage] >= 0.05 or stage.startswith("checker"):
            print(f"  {stage:<46} {first[stage]:>8.3f} {warm.get(stage, 0.0):>8.3f} "
                  f"{first[stage] - warm.get(stage, 0.0):>12.3f}")
    total_first, total_warm = sum(first.values()), sum(warm.values())
    print(f"  {'all stages':<46} {total_first:>8.3f} {total_warm:>8.3f} {total_first - total_warm:>12.3f}")
    save_figures(out, path)
    return 0


def fresh_pair(corpus: list[str], jobs: int, out: dict, path: str | None) -> int:
    """Only the fresh-process pair (``--fresh-only``): a minute, not many,
    so that two trees can be alternated often."""
    out["newsqa"] = {"fresh_single_run": fresh_run(corpus, 1), "jobs_run_peaks": fresh_run(corpus, jobs)}
    print_fresh_pair(out["newsqa"]["fresh_single_run"], out["newsqa"]["jobs_run_peaks"], jobs)
    save_figures(out, path)
    return 0


def main(argv: list[str] | None = None) -> int:
    tune_for_batch_run()  # as `qa check` does, for every tool measured here
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-n", "--docs", type=int, default=200, help="documents per language (200)")
    p.add_argument("--data", type=Path, default=CLEAN.parent,
                   help="the evaluation sets (news_clean/ is read; default ../shared/eval)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                   help="workers for the parallel run (default: all cores)")
    p.add_argument("--sample", type=int, default=200, help="documents for the per-stage breakdown")
    p.add_argument("--no-baselines", action="store_true", help="skip proselint and datatrove")
    p.add_argument("--startup-runs", type=int, default=5, help="qa check runs for start-up (0 skips)")
    p.add_argument("--grammar", action="store_true",
                   help="then measure newsqa's overhead over raw LanguageTool calls (bench_grammar.py)")
    p.add_argument("--json", metavar="FILE", help="save every figure as JSON")
    p.add_argument("--single-only", action="store_true",
                   help="only the one-process row (seconds, not minutes: for alternating two trees)")
    p.add_argument("--fresh-only", action="store_true",
                   help="only the fresh-process pair, --jobs 1 and --jobs N, loading included")
    p.add_argument("--first-sight", action="store_true",
                   help="only the per-stage breakdown, twice over the corpus on one context: "
                        "what the first sight of words costs, stage by stage")
    args = p.parse_args(argv)

    folder = args.data / "news_clean"
    by_lang = {lang: real_articles(lang, args.docs, folder=folder) for lang in ("es", "en")}
    corpus = [t for texts in by_lang.values() for t in texts]
    langs = [lang for lang, texts in by_lang.items() for _ in texts]
    n_words = words_in(corpus)
    n_bytes = sum(len(t.encode("utf-8")) for t in corpus)
    out: dict = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "load_before": os.getloadavg()[0]},
        "corpus": {"source": str(folder), "docs": len(corpus), "words": n_words, "bytes": n_bytes,
                   "per_language": {k: len(v) for k, v in by_lang.items()},
                   "checkers": [m.__name__ for m in checkers.BUILTIN]},
    }
    print(f"corpus: {', '.join(f'{len(v)} {k}' for k, v in by_lang.items())} real clean articles "
          f"of 3-4 KB ({n_bytes / len(corpus) / 1000:.1f} KB, {n_words // len(corpus)} words "
          f"per document); {os.cpu_count()} cores")
    print(f"load average before the run: {os.getloadavg()[0]:.2f} (figures are noisy when it "
          "exceeds the core count; docs/cpu-s holds up better)")
    print("checkers: " + ", ".join(m.__name__.rsplit(".", 1)[-1] for m in checkers.BUILTIN))
    if args.fresh_only:
        return fresh_pair(corpus, args.jobs, out, args.json)
    tables = out["verdict_tables"] = table_sizes()
    print("verdict tables (words): " + ", ".join(f"{k} {v:,}" for k, v in tables.items())
          + ("" if all(tables.values()) else " (0: none for this tree; `qa languagetool install` builds them)"))

    # The language is detected, as qa check does on text files. The context
    # and the first document of each language (word lists, rules, models)
    # are start-up, measured apart.
    firsts = [texts[0] for texts in by_lang.values() if texts]
    if args.first_sight:
        return first_sight(corpus, firsts, out, args.json)
    t0 = time.perf_counter()
    ctx = warmed_context(firsts)
    warm = time.perf_counter() - t0
    print(f"rules: {len(ctx.rules)} files; context + first document of each language: {warm:.2f} s")

    detect = [None] * len(corpus)
    clock, found = run_newsqa(corpus, detect, ctx, jobs=1)
    single = rate("newsqa, 1 process", len(corpus), n_words, clock, findings=found,
                  mb_per_s=round(n_bytes / clock.wall / 1e6, 2))
    rss_single = peak_rss_mb()
    if args.single_only:
        out["newsqa"] = {"single": single, "warm_up_s": round(warm, 2), "peak_rss_mb": round(rss_single, 1)}
        print_rates("throughput, one process only", [single])
        save_figures(out, args.json)
        return 0
    # The same articles again on the same context: every word's per-run
    # verdict is then a memo look-up, so the gap to the row above is what
    # a run spends on words it meets for the first time (what per-word
    # tables kept across runs could save at most).
    clock, found = run_newsqa(corpus, detect, ctx, jobs=1)
    repeated = rate("newsqa, 1 process, same articles again (memos warm)", len(corpus),
                    n_words, clock, findings=found)
    # Without the verdict tables, as before an install has built them (the
    # first run after a change to the code or the data).
    clock, found = run_newsqa(corpus, detect, warmed_context(firsts, tables=False), jobs=1)
    untabled = rate("newsqa, 1 process, no verdict tables", len(corpus), n_words, clock,
                    findings=found)
    per_lang = []
    for lang, texts in by_lang.items():
        c, f = run_newsqa(texts, [None] * len(texts), newsqa_context(), jobs=1)
        per_lang.append(rate(f"newsqa, 1 process, fresh context: {lang} only", len(texts),
                             words_in(texts), c, findings=f))
    clock, found = run_newsqa(corpus, detect, newsqa_context(), jobs=args.jobs)
    parallel = rate(f"newsqa, --jobs {args.jobs} (pool start included)", len(corpus), n_words,
                    clock, findings=found, jobs=args.jobs,
                    ratio_to_single=round(single["seconds"] / clock.wall, 2))
    rss_workers = peak_rss_mb(resource.RUSAGE_CHILDREN)
    # The same pool forked from a context that has loaded everything, as the
    # one-process figure's is: how the checking itself scales, without the
    # start-up and loading that the parent does alone before it forks.
    clock, found = run_newsqa(corpus, detect, warmed_context(firsts), jobs=args.jobs)
    parallel_loaded = rate(f"newsqa, --jobs {args.jobs}, pool forked from a loaded context",
                           len(corpus), n_words, clock, findings=found, jobs=args.jobs,
                           ratio_to_single=round(single["seconds"] / clock.wall, 2))
    # Fresh processes, as a user's runs: one process, then the pool, each
    # loading what it needs (the ratio a user sees, loading included).
    fresh_single = fresh_run(corpus, 1)
    peaks = fresh_run(corpus, args.jobs)
    out["newsqa"] = {"single": single, "memos_warm": repeated, "no_tables": untabled,
                     "per_language": per_lang,
                     "parallel": parallel,
                     "parallel_from_loaded_context": parallel_loaded,
                     "warm_up_s": round(warm, 2), "peak_rss_mb": round(rss_single, 1),
                     "peak_rss_worker_mb": round(rss_workers, 1), "jobs_run_peaks": peaks,
                     "fresh_single_run": fresh_single}

    rows = [single, repeated, untabled, *per_lang, parallel, parallel_loaded]
    peers = []
    if not args.no_baselines:
        out["proselint"] = run_proselint(corpus)
        out["datatrove"] = run_datatrove(corpus, langs)
        peers = [r for r in (out["proselint"], out["datatrove"]) if "error" not in r]
        rows += [out["proselint"], out["datatrove"]]
    print_rates("throughput on the same texts for every tool", rows)

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    print(f"\n  target >= {TARGET_DOCS_PER_S} docs/s in 1 process: "
          f"{verdict(single['docs_per_s'] >= TARGET_DOCS_PER_S)} ({single['docs_per_s']} wall, "
          f"{single['docs_per_cpu_s']} per CPU-second)")
    for peer in peers:
        ratio = single["docs_per_cpu_s"] / peer["docs_per_cpu_s"]
        print(f"  target >= {TARGET_PEER_RATIO:.0f}x {peer['name'].split(' (')[0]}: "
              f"{verdict(ratio >= TARGET_PEER_RATIO)} ({ratio:.2f}x per CPU-second)")
    print(f"  target --jobs {args.jobs} >= {TARGET_JOBS_RATIO}x 1 process: "
          f"{verdict(parallel['ratio_to_single'] >= TARGET_JOBS_RATIO)} "
          f"({parallel['ratio_to_single']}x wall; {parallel_loaded['ratio_to_single']}x with the pool "
          "forked from a loaded context)")
    print(f"  peak RSS: {rss_single:.0f} MB main process (before baselines load), "
          f"{rss_workers:.0f} MB largest worker")
    print_fresh_pair(fresh_single, peaks, args.jobs)

    sample = corpus[: min(args.sample // 2, args.docs)] + by_lang["en"][: args.sample // 2]
    # On a context as cold as the one-process run's: the runs above filled
    # ``ctx``'s per-run memos with these very texts, and on it the stages
    # added up to about half of what the run measured.
    out["breakdown"] = breakdown(sample, warmed_context(firsts))
    print(f"\nwhere the time goes (1 process, {len(sample)} documents, half of each language)")
    print(f"  {'stage':<46} {'ms/doc':>8} {'share':>7}")
    for row in out["breakdown"]:
        if row["share"] >= 0.005 or row["stage"].startswith("checker"):
            print(f"  {row['stage']:<46} {row['ms_per_doc']:>8.3f} {row['share']:>7.1%}")
    total = sum(r["ms_per_doc"] for r in out["breakdown"])
    print(f"  {'total (stages under 0.5% hidden)':<46} {total:>8.3f} -> {1000 / total:.0f} docs/s")

    if args.startup_runs > 0:
        s = out["startup"] = startup(args.startup_runs)
        print(f"\nstart-up: {s['command']}")
        print(f"  best of {args.startup_runs}: {s['best_s']:.3f} s (median {s['median_s']:.3f} s; "
              f"python alone {s['python_alone_s']:.3f} s); target <= {TARGET_STARTUP} s: "
              f"{verdict(s['best_s'] <= TARGET_STARTUP)}")
        print(f"  CPU seconds: best {s['best_cpu_s']:.3f}, median {s['median_cpu_s']:.3f} "
              f"(python alone {s['python_alone_cpu_s']:.3f})")
        if "error" in s:
            print(f"  qa failed (exit {s['exit_status']}): {s['error']}")

    save_figures(out, args.json)
    if args.grammar:
        print("\nwith grammar: newsqa's overhead over raw LanguageTool calls, same articles")
        sys.stdout.flush()
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_grammar.py"),
                        "--articles", str(folder), "--docs", str(min(args.docs, 50) * 2)], cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
