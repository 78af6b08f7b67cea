"""The two paths of a forked ``--jobs 2`` run, in figures that load spares.

    .venv/bin/python bench/deal_paths.py --data ../shared/eval --runs 3
    .venv/bin/python bench/deal_paths.py --data ../shared/eval --only es   # one language

Fresh processes check the bench's articles (``bench_speed.py``'s corpus: 200
Spanish then 200 English, dealt by language; with ``--only``, one
language's, forked after a warm-up) with ``--jobs 2``, each run logging its events
(``qa.dealclock``, under ``QA_DEAL_LOG``). For each run: the parent's CPU
seconds before the fork (serial), each process's CPU seconds after it to its
last check (its path), how long each sat idle at the end while the other
still checked (wall), the documents each checked, and the critical-path
bound, serial plus the longer path. Wall clocks stretch when other work
shares the cores; CPU seconds do much less, so the bound is the figure to
compare between trees on a busy machine.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

from corpora import CLEAN, real_articles  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

_RUN = """
import json, sys
sys.path.insert(0, sys.argv[1])
from qa.gcpolicy import tune_for_batch_run
tune_for_batch_run()
from qa.context import Context
from qa.document import Document
from qa.options import Options
from qa.pipeline import check_documents
with open(sys.argv[2], encoding="utf-8") as handle:
    docs = [Document.from_text(t, source=f"bench/{i}") for i, t in enumerate(json.load(handle))]
for _ in check_documents(docs, Context.create(Options(raise_check_errors=True, grammar="off")), jobs=2):
    pass
"""


def paths(lines: list[dict]) -> dict:
    """The figures of one run from its log's lines."""
    parent = [line for line in lines if line["process"] == "parent"]
    fork = next(line for line in parent if line["event"] == "fork")
    end = next(line for line in parent if line["event"] == "end")
    chunks = [line for line in lines if line["process"] == "worker"]
    worker_end = max(chunks, key=lambda line: line["wall"])
    parent_last = end["last_check_wall"] or fork["wall"]
    parent_path = (end["last_check_cpu"] or fork["cpu"]) - fork["cpu"]
    worker_path = worker_end["cpu"]
    return {
        "serial_cpu_s": fork["cpu"],
        "parent_cpu_s": parent_path, "worker_cpu_s": worker_path,
        "parent_docs": end["checked"], "worker_docs": sum(line["docs"] for line in chunks),
        "parent_idle_s": max(0.0, worker_end["wall"] - parent_last),
        "worker_idle_s": max(0.0, parent_last - worker_end["wall"]),
        "parent_waited_s": end["waited"],
        "bound_s": fork["cpu"] + max(parent_path, worker_path),
        "wall_after_fork_s": max(worker_end["wall"], parent_last) - fork["wall"],
    }


def one_run(corpus_path: str) -> dict:
    with tempfile.NamedTemporaryFile("r", suffix=".jsonl", encoding="utf-8") as log:
        env = {**os.environ, "QA_DEAL_LOG": log.name}
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", _RUN, str(ROOT), corpus_path],
                              capture_output=True, text=True, env=env)
        wall = time.perf_counter() - started
        if proc.returncode:
            raise SystemExit(proc.stderr[-500:])
        lines = [json.loads(line) for line in log.read().splitlines()]
    if not any(line["event"] == "fork" for line in lines):
        raise SystemExit("the run forked no worker")
    return {"wall_s": wall, **paths(lines)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", type=Path, default=CLEAN.parent, help="the evaluation sets (news_clean/ is read)")
    p.add_argument("-n", "--docs", type=int, default=200, help="documents per language (200)")
    p.add_argument("--only", choices=("es", "en"), help="one language's documents only")
    p.add_argument("--runs", type=int, default=3, help="fresh runs (3)")
    p.add_argument("--json", metavar="FILE", help="save every run's figures as JSON")
    args = p.parse_args(argv)
    folder = args.data / "news_clean"
    corpus = [t for lang in ("es", "en") if args.only in (None, lang)
              for t in real_articles(lang, args.docs, folder=folder)]
    runs = []
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as handle:
        json.dump(corpus, handle)
        handle.flush()
        for _ in range(args.runs):
            load = os.getloadavg()[0]
            runs.append({"load": load, **one_run(handle.name)})
            r = runs[-1]
            print(f"load {load:.1f}: serial {r['serial_cpu_s']:.3f} CPU-s; parent {r['parent_cpu_s']:.2f} CPU-s "
                  f"({r['parent_docs']} docs, idle {r['parent_idle_s']:.2f} s at the end), worker "
                  f"{r['worker_cpu_s']:.2f} CPU-s ({r['worker_docs']} docs, idle {r['worker_idle_s']:.2f} s); "
                  f"bound {r['bound_s']:.2f} s; wall {r['wall_s']:.2f} s")
    print(f"median bound {statistics.median(r['bound_s'] for r in runs):.2f} s, median serial "
          f"{statistics.median(r['serial_cpu_s'] for r in runs):.3f} CPU-s, median |parent - worker| "
          f"{statistics.median(abs(r['parent_cpu_s'] - r['worker_cpu_s']) for r in runs):.2f} CPU-s")
    if args.json:
        Path(args.json).write_text(json.dumps(runs, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
