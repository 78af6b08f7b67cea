"""``qa spark`` against ``qa check`` on 500 real news records and one
malformed record, as the commands are run:

    .venv/bin/python bench/spark_acceptance.py                 # --master 'local[2]', grammar off
    .venv/bin/python bench/spark_acceptance.py --grammar auto  # both with LanguageTool
    .venv/bin/python bench/spark_acceptance.py --data DIR      # eval data elsewhere (default ../shared/eval)

Prints the number of reports of each, how many scores and verdicts differ,
and exits 1 when anything differs.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_spark import DATA, corpus  # noqa: E402


def reports(lines) -> dict[tuple, dict]:
    return {(r["source"], r["id"]): r for r in map(json.loads, lines)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help=f"eval data folder (default {DATA})")
    ap.add_argument("--records", type=int, default=500)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--grammar", default="off", choices=("auto", "required", "off"))
    ap.add_argument("--config", help="settings file for both commands (say, [languagetool] home)")
    args = ap.parse_args()
    settings = ["--config", args.config] if args.config else []

    with tempfile.TemporaryDirectory(prefix="qa-spark-acceptance-") as tmp:
        work = Path(tmp)
        feed = work / "news.jsonl"
        lines = [json.dumps(r, ensure_ascii=False) for r in corpus(args.data, args.records)]
        lines.insert(len(lines) // 2, '{"id": "malformed", "text": "El texto se cor')
        feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
        qa = [sys.executable, "-m", "qa"]
        began = time.perf_counter()
        spark_status = subprocess.run([*qa, "spark", str(feed), str(work / "out"), "--master", args.master,
                                       "--grammar", args.grammar, *settings]).returncode
        spark_s = time.perf_counter() - began
        began = time.perf_counter()
        check = subprocess.run([*qa, "check", str(feed), "--format", "jsonl", "--grammar", args.grammar, *settings],
                               capture_output=True, text=True)
        check_s = time.perf_counter() - began
        got = reports(line for part in sorted((work / "out").glob("part-*")) for line in part.open())
        want = reports(check.stdout.splitlines())
    differ = [k for k in want if k not in got or
              (got[k]["score"], got[k]["verdict"]) != (want[k]["score"], want[k]["verdict"])]
    errors = [k for k, r in got.items() if r["verdict"] == "error"]
    print(f"qa spark --master {args.master}: exit {spark_status}, {len(got)} reports, {len(errors)} error row(s) "
          f"{errors}, {spark_s:.1f} s with start-up")
    print(f"qa check --format jsonl: exit {check.returncode}, {len(want)} reports, {check_s:.1f} s")
    print(f"scores and verdicts that differ: {len(differ)}; same reports: {set(got) == set(want)}; "
          f"identical report objects: {sum(got.get(k) == r for k, r in want.items())} of {len(want)}")
    ok = spark_status == 0 and len(got) == args.records + 1 and not differ and set(got) == set(want)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
