"""Fuzz newsqa with thousands of seeded hostile inputs.

    python bench/fuzz_inputs.py                 # 10 rounds of 300 cases: 3,000 cases
    python bench/fuzz_inputs.py --rounds 2 --seed 7

Each round writes a folder of hostile files and one JSON Lines file
(``tests/fuzzing.py`` makes them), checks it through the CLI in every
output format, fixes a copy of it, and checks its texts through the Python
API. It prints one line per broken promise (round, seed, what; a check
that runs past ``--timeout`` counts as a hang, with where it was) and a
summary; the exit status is 1 when any promise was broken. The test suite
runs the same checks on a few hundred cases.
"""
from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's qa, not an installed one
sys.path.insert(0, str(ROOT / "tests"))

from fuzzing import FORMATS, check_api, check_cli, check_fix, write_corpus  # noqa: E402

from qa.context import Context  # noqa: E402
from qa.options import Options  # noqa: E402


class Hang(BaseException):
    """A check ran past --timeout; a BaseException, so no handler in the
    tool mistakes it for one of its own errors."""


def _hang(signum, frame):
    raise Hang


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--files", type=int, default=150, help="hostile files per round")
    parser.add_argument("--records", type=int, default=150, help="JSON Lines lines per round")
    parser.add_argument("--seed", type=int, default=1, help="seed of the first round")
    parser.add_argument("--timeout", type=int, default=300,
                        help="seconds one check of a round may take before it counts as a hang")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _hang)
    ctx = Context.create(Options(raise_check_errors=True, grammar="off"))
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
                signal.alarm(args.timeout)
                try:
                    run()
                except Hang:
                    broken += 1
                    where = traceback.extract_tb(sys.exc_info()[2])[-1]
                    print(f"round {n} seed {seed}: {name}: hang: over {args.timeout} s "
                          f"(in {Path(where.filename).name}:{where.lineno} {where.name})", flush=True)
                except Exception:  # report every broken promise, then go on
                    broken += 1
                    last = traceback.format_exc().strip().splitlines()[-1]
                    print(f"round {n} seed {seed}: {name}: {last[:300]}", flush=True)
                finally:
                    signal.alarm(0)
        print(f"round {n} seed {seed}: {args.files + args.records} cases, "
              f"{time.perf_counter() - started:.0f} s so far", file=sys.stderr, flush=True)
    cases = args.rounds * (args.files + args.records)
    print(f"{cases} cases ({args.rounds} rounds), {broken} broken promise{'s' if broken != 1 else ''}, "
          f"{time.perf_counter() - started:.0f} s")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
