"""Fuzz newsqa with thousands of seeded hostile inputs.

    python bench/fuzz_inputs.py                 # 10 rounds of 300 cases: 3,000 cases
    python bench/fuzz_inputs.py --rounds 2 --seed 7

Each round writes a folder of hostile files and one JSON Lines file
(``tests/fuzzing.py`` makes them), checks it through the CLI in every
output format, fixes a copy of it, and checks its texts through the Python
API. It prints one line per broken promise (round, seed, what) and a
summary; the exit status is 1 when any promise was broken. The test suite
runs the same checks on a few hundred cases.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fuzzing import FORMATS, check_api, check_cli, check_fix, write_corpus  # noqa: E402

from qa.context import Context  # noqa: E402
from qa.options import Options  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--files", type=int, default=150, help="hostile files per round")
    parser.add_argument("--records", type=int, default=150, help="JSON Lines lines per round")
    parser.add_argument("--seed", type=int, default=1, help="seed of the first round")
    args = parser.parse_args()
    ctx = Context.create(Options(grammar="off"))
    broken = 0
    started = time.perf_counter()
    for n in range(args.rounds):
        seed = args.seed + n
        with tempfile.TemporaryDirectory(prefix="qa-fuzz-") as scratch:
            corpus = write_corpus(Path(scratch) / "in", seed, args.files, args.records)
            checks = [(f"check --format {fmt}", lambda fmt=fmt: check_cli(corpus, fmt)) for fmt in FORMATS]
            checks += [("fix --unsafe-fixes", lambda: check_fix(corpus, Path(scratch))),
                       ("python api", lambda: check_api(corpus, ctx))]
            for name, run in checks:
                try:
                    run()
                except Exception:  # report every broken promise, then go on
                    broken += 1
                    last = traceback.format_exc().strip().splitlines()[-1]
                    print(f"round {n} seed {seed}: {name}: {last[:300]}", flush=True)
        print(f"round {n} seed {seed}: {args.files + args.records} cases, "
              f"{time.perf_counter() - started:.0f} s so far", file=sys.stderr, flush=True)
    cases = args.rounds * (args.files + args.records)
    print(f"{cases} cases ({args.rounds} rounds), {broken} broken promise{'s' if broken != 1 else ''}, "
          f"{time.perf_counter() - started:.0f} s")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
