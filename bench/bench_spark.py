"""Documents per second on one corpus, one run: ``qa check --jobs 1``,
``--jobs 2``, and ``qa spark`` on Spark ``local[1]`` and ``local[2]``.

    .venv/bin/python bench/bench_spark.py                   # 1,000 clean news articles
    .venv/bin/python bench/bench_spark.py --limit 300 --json /tmp/spark.json
    .venv/bin/python bench/bench_spark.py --grammar         # also local[2] with LanguageTool
    .venv/bin/python bench/bench_spark.py --data DIR        # eval data elsewhere (default ../shared/eval)

The corpus is the clean news sets (Spanish articles, Reuters, Wikinews),
shuffled with a fixed seed and written as one JSON Lines file. ``qa check``
runs as the command users run (its start-up included, about 0.5 s); Spark
runs in this process, so the session start-up (the JVM) is timed apart from
the job (read, check, write the part files). Each session first checks 200
other articles, which pays the JVM's warm-up, the Python workers' start
(Spark reuses them) and, with ``--grammar``, the start of the executors'
LanguageTool server; the corpus job after it gives the steady rate. Every Spark run's scores and
verdicts are compared with ``qa check``'s. Memory: the largest resident
size of one Spark Python worker and of the JVM, read while they are alive.
docs/scale.md turns these figures into a sizing.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("QA_EVAL", ROOT.parent / "shared" / "eval"))
SETS = ("es_articles", "en_reuters_articles", "en_wikinews_paragraphs")
WARM_UP = 200  # other articles, for the first Spark job of each session


def corpus(data: Path, limit: int, seed: int = 0) -> list[dict]:
    records = []
    for name in SETS:
        with open(data / "news_clean" / f"{name}.jsonl", encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                rec = json.loads(line)
                if isinstance(rec.get("text"), str) and rec["text"].strip():
                    out = {"id": f"{name}-{rec.get('id', n)}", "text": rec["text"]}
                    if rec.get("lang"):
                        out["lang"] = rec["lang"]
                    records.append(out)
    random.Random(seed).shuffle(records)
    return records[:limit]


def children_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)  # exited children: qa check and its workers
    return use.ru_utime + use.ru_stime


def qa_check(path: Path, jobs: int, out: Path) -> tuple[float, float, dict]:
    began, cpu = time.perf_counter(), children_cpu()
    subprocess.run([sys.executable, "-m", "qa", "check", str(path), "--format", "jsonl", "--grammar", "off",
                    "--jobs", str(jobs), "-o", str(out)], check=False)
    wall, cpu = time.perf_counter() - began, children_cpu() - cpu
    return wall, cpu, {(r["source"], r["id"]): (r["score"], r["verdict"]) for r in map(json.loads, out.open())}


def cpu_by_process(extra_pids: tuple[int, ...] = ()) -> dict[int, float]:
    """CPU seconds so far of the Spark JVM, its Python workers, and ``extra_pids``."""
    import psutil

    procs = [p for p in psutil.Process().children() if "java" in p.name()]
    procs += [c for p in procs for c in p.children(recursive=True)]
    procs += [psutil.Process(pid) for pid in extra_pids]
    out = {}
    for p in procs:
        try:
            t = p.cpu_times()
            out[p.pid] = t.user + t.system
        except psutil.Error:
            pass
    return out


def spark_run(path: Path, warm_up: Path, master: str, out: Path, grammar: str, lt_home: str | None = None) -> dict:
    import psutil

    from qa.options import Options
    from qa.spark.cli import start_session
    from qa.spark.job import check_items, write_reports
    from qa.spark.sources import load_items, split_for_checking

    began = time.perf_counter()
    spark = start_session(master, {"spark.ui.enabled": "false"})
    split_for_checking(spark)
    session_s = time.perf_counter() - began
    options = Options(grammar=grammar, languagetool_home=lt_home, raise_check_errors=True)
    times = []
    # The first job checks other articles and pays the JVM's warm-up (class
    # loading, JIT) and the start of Python workers, which Spark then reuses.
    for attempt, source in (("cold", warm_up), ("warm", path)):
        lt = _kept_pids() if grammar != "off" else ()
        started, cpu_before = time.perf_counter(), cpu_by_process(lt)
        items = load_items(spark, [str(source)])
        write_reports(spark, check_items(items, options), str(out / attempt))
        times.append(time.perf_counter() - started)
        cpu_after = cpu_by_process(lt)
    cpu = sum(after - cpu_before.get(pid, 0.0) for pid, after in cpu_after.items())
    me = psutil.Process()
    jvm = [p for p in me.children() if "java" in p.name()]
    workers = [p for j in jvm for p in j.children(recursive=True) if "python" in p.name()]
    memory = {"jvm_mb": round(max((p.memory_info().rss for p in jvm), default=0) / 2**20),
              "worker_mb": round(max((p.memory_info().rss for p in workers), default=0) / 2**20)}
    if grammar != "off":
        from qa.grammar.server import find_kept

        kept = find_kept()
        memory["languagetool_mb"] = round(psutil.Process(kept.pid).memory_info().rss / 2**20) if kept else 0
    partitions = items.getNumPartitions()
    spark.stop()
    reports = {}
    for part in sorted((out / "warm").glob("part-*")):
        for r in map(json.loads, part.open()):
            reports[(r["source"], r["id"])] = (r["score"], r["verdict"])
    return {"session_s": session_s, "cold_s": times[0], "job_s": times[1], "cpu_s": cpu, "partitions": partitions,
            "reports": reports, **memory}


def _kept_pids() -> tuple[int, ...]:
    from qa.grammar.server import find_kept

    kept = find_kept()
    return (kept.pid,) if kept else ()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=1000, help="articles in the corpus (default 1000)")
    ap.add_argument("--data", type=Path, default=DATA, help=f"eval data folder (default {DATA})")
    ap.add_argument("--grammar", action="store_true", help="also time local[2] with LanguageTool")
    ap.add_argument("--json", type=Path, help="write the figures here too")
    args = ap.parse_args()

    records = corpus(args.data, args.limit + WARM_UP)
    records, warm_records = records[:args.limit], records[args.limit:]
    work = Path(tempfile.mkdtemp(prefix="qa-bench-spark-"))
    lt_home = None
    if args.grammar:
        from qa.grammar.install import resolve_home

        lt_home = str(resolve_home(None))
        # The executors' server is recorded in a folder of this run, so it is
        # neither one kept by `qa server start` nor left running afterwards.
        os.environ["QA_CACHE_DIR"] = str(work / "cache")
    try:
        path = work / "corpus.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        warm_path = work / "warm_up.jsonl"
        warm_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in warm_records),
                             encoding="utf-8")
        n = len(records)
        words = sum(len(r["text"].split()) for r in records)
        print(f"corpus: {n} articles, {words / n:.0f} words each on average, {path.stat().st_size / 2**20:.1f} MiB; "
              f"{os.cpu_count()} cores, Python {platform.python_version()}; "
              f"load average {os.getloadavg()[0]:.1f} at the start")
        rows = []
        expected = None
        for jobs in (1, 2):
            wall, cpu, got = qa_check(path, jobs, work / f"check{jobs}.jsonl")
            expected = expected or got
            rows.append({"run": f"qa check --jobs {jobs}", "seconds": round(wall, 1), "docs_per_s": round(n / wall, 1),
                         "docs_per_cpu_s": round(n / cpu, 1), "same_as_check": got == expected})
        runs = [("local[1]", "off"), ("local[2]", "off")] + ([("local[2]", "auto")] if args.grammar else [])
        for master, grammar in runs:
            res = spark_run(path, warm_path, master, work / f"spark-{master}-{grammar}", grammar, lt_home)
            label = f"qa spark {master}" + (" with LanguageTool" if grammar != "off" else "")
            same = res["reports"] == expected if grammar == "off" else None
            rows.append({"run": label, "seconds": round(res["job_s"], 1), "docs_per_s": round(n / res["job_s"], 1),
                         "docs_per_cpu_s": round(n / res["cpu_s"], 1),
                         "session_s": round(res["session_s"], 1), "warm_up_job_s": round(res["cold_s"], 1),
                         "docs_per_s_with_startup": round(n / (res["job_s"] + res["cold_s"] + res["session_s"]), 1),
                         "partitions": res["partitions"], "jvm_mb": res["jvm_mb"], "worker_mb": res["worker_mb"],
                         "languagetool_mb": res.get("languagetool_mb"),
                         "same_as_check": same})
        print("\n| run | seconds | docs/s | docs per CPU-second | docs/s counting start-up and warm-up "
              "| partitions | JVM MB | worker MB | scores = qa check |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
        for r in rows:
            print(f"| {r['run']} | {r['seconds']} | {r['docs_per_s']} | {r['docs_per_cpu_s']} "
                  f"| {r.get('docs_per_s_with_startup', r['docs_per_s'])} "
                  f"| {r.get('partitions', '')} | {r.get('jvm_mb', '')} | {r.get('worker_mb', '')} "
                  f"| {'' if r['same_as_check'] is None else r['same_as_check']} |")
        for r in rows:
            if r.get("languagetool_mb"):
                print(f"{r['run']}: the executors' LanguageTool server holds {r['languagetool_mb']} MB")
        print(f"load average {os.getloadavg()[0]:.1f} at the end (other processes share these cores)")
        if args.json:
            args.json.write_text(json.dumps({"docs": n, "words": words, "runs": rows}, indent=2))
    finally:
        if args.grammar:
            from qa.grammar.server import stop_kept

            stop_kept()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
