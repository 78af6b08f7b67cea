"""Time and peak memory of one document as it grows: realistic and hostile text.

    .venv/bin/python bench/bench_limits.py                      # 10 KB .. 10 MB, every case
    .venv/bin/python bench/bench_limits.py --sizes 10K,1M --cases news,word
    .venv/bin/python bench/bench_limits.py --data ../shared/eval --json /tmp/limits.json

Each (case, size) runs in a fresh process that loads the word lists and
rules (by checking the samples), then checks one document with
``check_text`` (no grammar) and reports its wall time and how far its
peak resident memory rose above the warmed process's, so the figure is
what the document itself cost. Both should
grow linearly with the size (flat per MB), and the memory stops growing
once a document fills a window (qa/windows.py).

Cases: ``news`` (clean Spanish news articles from the evaluation data,
joined and repeated),
``word`` (one word repeated), ``sentence`` (the same news with every
sentence end removed: one huge sentence), ``signals`` (a damaged clause
repeated, so one sentence holds every signal), ``punct`` (a line of
punctuation), ``lines`` (short lines, what line rules look at),
``glued`` (letters without a space: one huge word).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("QA_EVAL", ROOT.parent / "shared" / "eval"))
SIZES = {"10K": 10_000, "100K": 100_000, "1M": 1_000_000, "10M": 10_000_000}
SEED = ROOT / "samples" / "es_seed_putin_pyongyang.txt"


def news(data: Path) -> str:
    """Real clean Spanish news (one language, as one document has): the
    evaluation set if present, else the samples."""
    texts = []
    for name in ("es_articles",):
        path = data / "news_clean" / f"{name}.jsonl"
        if path.exists():
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        texts.append(json.loads(line).get("text") or "")
    if not texts:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    return "\n\n".join(t for t in texts if t.strip())


def make(case: str, size: int, data: Path) -> str:
    if case == "news":
        base = news(data)
    elif case == "word":
        base = "guerra "
    elif case == "sentence":
        base = news(data).replace(".", ",").replace("?", ",").replace("!", ",").replace("\n", " ")
    elif case == "signals":
        base = "los culo de lanzar una guerra “guerra” "
    elif case == "punct":
        base = ".,;:!?-—«»()"
    elif case == "lines":
        base = "Compartir\nLeer más\n¿Qué opinas?\n"
    elif case == "glued":
        base = "abcdefghijklmnopqrstuvwxyz"
    else:
        raise SystemExit(f"unknown case {case!r}")
    return (base * (size // len(base) + 1))[:size]


# The child checks the samples first, so that word lists and rules are
# loaded, then reads the document; the figure is its peak memory above the
# peak of the warmed process holding the document's text.
CHILD = r"""
import json, pathlib, resource, sys, time
from qa import check_text
from qa.context import Context
from qa.options import Options
ctx = Context.create(Options(raise_check_errors=True, grammar="off"))
for path in sorted(pathlib.Path("samples").glob("*.txt")):
    check_text(path.read_text(encoding="utf-8"), context=ctx)
text = sys.stdin.read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
report = check_text(text, context=ctx)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "warm_kb": before, "peak_kb": peak,
                  "findings": len(report.findings), "notes": list(report.notes)}))
"""


def measure(text: str) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD], input=text, capture_output=True,
                          text=True, encoding="utf-8", cwd=ROOT, check=True)
    return json.loads(done.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the evaluation data folder")
    ap.add_argument("--sizes", default=",".join(SIZES), help="comma-separated: " + ", ".join(SIZES))
    ap.add_argument("--cases", default="news,word,sentence,signals,punct,lines,glued")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    warm = measure("Una frase corta.")
    print(f"a warmed process that checked one line peaks at {warm['peak_kb'] / 1024:.0f} MB; "
          "'peak MB' is how far a document raised its process's peak above that")
    print(f"{'case':9} {'size':>6} {'seconds':>8} {'s/MB':>6} {'peak MB':>8} {'MB/MB':>6} "
          f"{'findings':>9}  notes")
    rows = []
    for case in args.cases.split(","):
        for label in args.sizes.split(","):
            size = SIZES[label]
            got = measure(make(case, size, args.data))
            mb = (got["peak_kb"] - got["warm_kb"]) / 1024
            per = size / 1e6
            rows.append({"case": case, "size": size, **got, "peak_mb_above_baseline": mb})
            notes = "; ".join(got["notes"])
            print(f"{case:9} {label:>6} {got['seconds']:8.2f} {got['seconds'] / per:6.1f} "
                  f"{mb:8.0f} {mb / per:6.0f} {got['findings']:9}  {notes}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
