"""Speed of the non-grammar pipeline against proselint and datatrove, one run.

    .venv/bin/python bench/bench_speed.py                 # 1,000 shuffled copies of the seed
    .venv/bin/python bench/bench_speed.py -n 200 --json /tmp/speed.json
    .venv/bin/python bench/bench_speed.py --clean 300     # also the clean news sets

Every figure comes from this run on this machine: newsqa through
``check_documents`` in one process and with ``--jobs`` workers, the
baselines over the very same texts, a per-checker breakdown on a sample so
that hot spots show, and the start-up time of ``qa check`` on one article.
The checkers and rule files are whatever ``qa.checkers.BUILTIN`` and the
rule folders hold when the bench runs.
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
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import CLEAN_SETS, SEED, clean_records, shuffled_copies  # noqa: E402

from qa import checkers  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.kinds.base import RuleTimeout  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.pipeline import check_documents, finish, prepare  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
STARTUP_SAMPLE = "samples/es_seed_putin_pyongyang.txt"
TARGET_DOCS_PER_CORE = 200
TARGET_STARTUP = 1.0


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
    return Context.create(Options(grammar="off"))


def run_newsqa(texts: list[str], langs: list[str | None], ctx: Context, jobs: int) -> tuple[Clock, int]:
    docs = [Document.from_text(t, source=f"bench/{i}", language=lang)
            for i, (t, lang) in enumerate(zip(texts, langs))]
    with Clock() as clock:
        found = sum(len(r.findings) for r in check_documents(docs, ctx, jobs=jobs))
    return clock, found


def breakdown(texts: list[str], ctx: Context) -> list[dict]:
    """Time per stage on fresh documents: shared preparation, each checker
    module, each rule file, merge and score. Shared document properties are
    computed first so that no checker is charged for them."""
    stages: dict[str, float] = defaultdict(float)
    clock = time.perf_counter

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
    qa = Path(sys.executable).with_name("qa")
    cmd = [str(qa)] if qa.exists() else [sys.executable, "-m", "qa"]
    cmd += ["check", STARTUP_SAMPLE, "--grammar", "off", "--format", "json"]

    def best(argv):
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            proc = subprocess.run(argv, cwd=ROOT, capture_output=True)
            times.append(time.perf_counter() - t0)
        return times, proc

    times, proc = best(cmd)
    bare, _ = best([sys.executable, "-c", "pass"])
    out = {"command": " ".join(["qa", *cmd[-6:]]), "best_s": round(min(times), 3),
           "median_s": round(statistics.median(times), 3), "exit_status": proc.returncode,
           "python_alone_s": round(min(bare), 3)}
    if proc.returncode not in (0, 1):
        out["error"] = proc.stderr.decode(errors="replace").strip()[-300:]
    return out


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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-n", "--docs", type=int, default=1000, help="shuffled copies of the seed (1000)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                   help="workers for the parallel run (default: all cores)")
    p.add_argument("--sample", type=int, default=200, help="documents for the per-stage breakdown")
    p.add_argument("--clean", type=int, metavar="LIMIT", nargs="?", const=10**9, default=None,
                   help="also time the clean news sets (at most LIMIT records each)")
    p.add_argument("--no-baselines", action="store_true", help="skip proselint and datatrove")
    p.add_argument("--startup-runs", type=int, default=5, help="qa check runs for start-up (0 skips)")
    p.add_argument("--json", metavar="FILE", help="save every figure as JSON")
    args = p.parse_args(argv)

    corpus = shuffled_copies(args.docs)
    seed_langs = ["es"] * len(corpus)
    n_words = words_in(corpus)
    out: dict = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "load_before": os.getloadavg()[0]},
        "corpus": {"source": SEED.name, "docs": len(corpus), "words": n_words,
                   "checkers": [m.__name__ for m in checkers.BUILTIN]},
    }
    print(f"corpus: {len(corpus)} shuffled copies of {SEED.name}, {n_words} words "
          f"({n_words // max(1, len(corpus))} per document); {os.cpu_count()} cores")
    print(f"load average before the run: {os.getloadavg()[0]:.2f} (figures are noisy when it "
          "exceeds the core count; docs/cpu-s holds up better)")
    print("checkers: " + ", ".join(m.__name__.rsplit(".", 1)[-1] for m in checkers.BUILTIN))

    t0 = time.perf_counter()
    ctx = newsqa_context()
    run_newsqa(corpus[:3], [None] * 3, ctx, jobs=1)  # first documents load the word lists
    warm = time.perf_counter() - t0
    print(f"rules: {len(ctx.rules)} files; context + first documents: {warm:.2f} s")

    clock, found = run_newsqa(corpus, [None] * len(corpus), ctx, jobs=1)
    single = rate("newsqa, 1 process (language detected)", len(corpus), n_words, clock,
                  findings=found)
    rss_single = peak_rss_mb()
    clock, found = run_newsqa(corpus, [None] * len(corpus), ctx, jobs=args.jobs)
    parallel = rate(f"newsqa, --jobs {args.jobs} (pool start included)", len(corpus), n_words,
                    clock, findings=found, jobs=args.jobs,
                    docs_per_s_per_core=round(len(corpus) / clock.wall / args.jobs, 1))
    rss_workers = peak_rss_mb(resource.RUSAGE_CHILDREN)
    out["newsqa"] = {"single": single, "parallel": parallel, "warm_up_s": round(warm, 2),
                     "peak_rss_mb": round(rss_single, 1),
                     "peak_rss_worker_mb": round(rss_workers, 1)}

    rows = [single, parallel]
    if not args.no_baselines:
        out["proselint"] = run_proselint(corpus)
        out["datatrove"] = run_datatrove(corpus, seed_langs)
        rows += [out["proselint"], out["datatrove"]]
    print_rates("throughput on the seed corpus (same texts for every tool)", rows)
    print(f"  newsqa per core with --jobs {args.jobs}: {parallel['docs_per_s_per_core']} docs/s; "
          f"target >= {TARGET_DOCS_PER_CORE} docs/s per core: "
          f"{'met' if single['docs_per_cpu_s'] >= TARGET_DOCS_PER_CORE else 'NOT met'} "
          f"({single['docs_per_cpu_s']} docs per CPU-second in 1 process)")
    print(f"  peak RSS: {rss_single:.0f} MB main process (before baselines load), "
          f"{rss_workers:.0f} MB largest worker")
    print("  reference figures measured elsewhere: proselint ~62 docs/s, datatrove Gopher "
          "75-100 docs/s")

    sample = corpus[: min(args.sample, len(corpus))]
    out["breakdown"] = breakdown(sample, ctx)
    print(f"\nwhere the time goes (1 process, {len(sample)} documents, fresh each)")
    print(f"  {'stage':<46} {'ms/doc':>8} {'share':>7}")
    for row in out["breakdown"]:
        if row["share"] >= 0.005 or row["stage"].startswith("checker"):
            print(f"  {row['stage']:<46} {row['ms_per_doc']:>8.3f} {row['share']:>7.1%}")
    total = sum(r["ms_per_doc"] for r in out["breakdown"])
    print(f"  {'total (stages under 0.5% hidden)':<46} {total:>8.3f} -> {1000 / total:.0f} docs/s")

    if args.clean is not None:
        out["clean"] = []
        for name in CLEAN_SETS:
            recs = clean_records(name, args.clean)
            texts, langs = [r["text"] for r in recs], [r.get("lang") for r in recs]
            clock, found = run_newsqa(texts, langs, ctx, jobs=1)
            rows = [rate(f"newsqa, 1 process: {name}", len(texts), words_in(texts), clock,
                         findings=found)]
            if not args.no_baselines:
                rows += [run_proselint(texts), run_datatrove(texts, langs)]
            out["clean"].append({"set": name, "rows": rows})
            print_rates(f"clean set {name} ({len(texts)} documents, {words_in(texts)} words)", rows)

    if args.startup_runs > 0:
        s = out["startup"] = startup(args.startup_runs)
        print(f"\nstart-up: {s['command']}")
        print(f"  best of {args.startup_runs}: {s['best_s']:.3f} s (median {s['median_s']:.3f} s; "
              f"python alone {s['python_alone_s']:.3f} s); target < {TARGET_STARTUP} s: "
              f"{'met' if s['best_s'] < TARGET_STARTUP else 'NOT met'}")
        if "error" in s:
            print(f"  qa failed (exit {s['exit_status']}): {s['error']}")

    out["machine"]["load_after"] = os.getloadavg()[0]
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(f"\nfigures saved to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
