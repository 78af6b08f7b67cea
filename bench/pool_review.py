"""The warnings and errors newsqa raises on a half's clean pool, for review.

    .venv/bin/python bench/pool_review.py [--half calibration] [--data ../shared/eval]
                                          [--grammar auto|off] [--calibration FILE] [--rules PREFIX,...]

The clean pool (``bench/devset.pool_articles``: every clean article of the
half, checked whole, its alarms counted in unit-sized runs) is what
``bench/calibrate.py`` counts false alarms on, and it is published news with slips of its own. Each alarm is printed as
a ``bench/clean_errata.tsv`` row (half, run id, code-point offsets, digest
of the flagged text), then its rule and the flagged text in its context;
for the unambiguous slips of the source (see ``bench/errata.py``), put the
slip's kind in place of the rule, drop the text (no text of the data set is
copied) and add the row: the calibration then counts a flag there as real
damage instead of a false alarm. Alarms that touch a slip already in the
errata are left out, as the calibration and bench/evaluate.py leave them.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.devset import HALVES, pool_articles  # noqa: E402
from bench.errata import Errata  # noqa: E402
from bench.evaluate import CACHE, DEFAULT_DATA, LANGUAGES, Flag, language_tool  # noqa: E402
from qa.calibration import Calibration  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.model import severity_rank  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.pipeline import check_documents  # noqa: E402


def excerpt(text: str, start: int, end: int, width: int = 50) -> str:
    """The flagged text between » and « in its context, on one line."""
    a, b = max(0, start - width), min(len(text), end + width)
    return " ".join((text[a:start] + "»" + text[start:end] + "«" + text[end:b]).split())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=str(DEFAULT_DATA), help="evaluation data folder (default ../shared/eval)")
    p.add_argument("--half", choices=HALVES, default="calibration")
    p.add_argument("--grammar", choices=("auto", "off"), default="auto")
    p.add_argument("--calibration", help="a calibration file other than the shipped one")
    p.add_argument("--rules", default="", help="only rules starting with one of these, comma-separated")
    p.add_argument("--cache", default=str(CACHE), help="LanguageTool answers cache (SQLite)")
    args = p.parse_args(argv)
    ctx = Context.create(Options(raise_check_errors=True, grammar=args.grammar))
    if args.calibration:
        ctx.calibration = Calibration.load(Path(args.calibration))
    prefixes = tuple(r for r in args.rules.split(",") if r)
    errata = Errata()
    with language_tool(ctx, Path(args.cache)):
        for lang in LANGUAGES:
            pool = pool_articles(Path(args.data), lang, args.half)
            docs = (Document.from_text(a.text, language=lang) for a in pool)
            for article, report in zip(pool, check_documents(docs, ctx)):
                for f in report.findings:
                    if severity_rank(f.severity) < 1 or (prefixes and not f.rule.startswith(prefixes)):
                        continue
                    held = article.run_at(f.start)
                    if held is None:  # in a table or list the pool does not count
                        continue
                    unit, at = held
                    start, end = f.start - at, f.end - at
                    # a known slip: real damage, as calibrate and evaluate count it
                    if any(Flag("", "", start, end, ()).touches(s, e) for s, e in errata.slips(unit.id, unit.text)):
                        continue
                    digest = hashlib.sha1(unit.text[start:end].encode()).hexdigest()[:8]
                    print(f"{args.half}\t{unit.id}\t{start}\t{end}\t{digest}\t{f.rule}\t"
                          f"{excerpt(unit.text, start, end)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
