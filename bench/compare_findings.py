"""Snapshot every finding on the samples and the development sets; diff two snapshots.

    .venv/bin/python bench/compare_findings.py snapshot /tmp/before.jsonl
    .venv/bin/python bench/compare_findings.py snapshot /tmp/before.jsonl --grammar --limit 20
    .venv/bin/python bench/compare_findings.py diff /tmp/before.jsonl /tmp/after.jsonl

A refactoring that should change no behaviour is checked by taking a
snapshot before it and one after it and diffing the two: every finding
(source, rule, span, severity, confidence to two places, fixes, message)
must be the same. ``diff`` lists each finding only one side has, grouped by
document, and exits 1 when there is any.

The development sets are the JSON Lines files under ``--data`` (default
``../shared/eval`` next to the repository, or ``$QA_EVAL``); the sealed
hold-out set is never read. ``--limit`` records per file keeps a run to a
minute or two.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from contextlib import ExitStack
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's qa, not an installed one
from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.pipeline import check_documents  # noqa: E402
from qa.sources.files import read_path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("QA_EVAL", ROOT.parent / "shared" / "eval"))
# A damaged text is under "source_text"; the clean news sets use "text".
TEXT_FIELDS = ("text", "source_text")


def _records(path: Path, limit: int) -> Iterator[tuple[str, str, str | None]]:
    """(id, text, lang) of the first ``limit`` records that hold a text."""
    taken = 0
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if taken >= limit:
                return
            if not line.strip():
                continue
            record = json.loads(line)
            text = next((record[k] for k in TEXT_FIELDS if isinstance(record.get(k), str)), None)
            if not text or not text.strip():
                continue
            taken += 1
            lang = record.get("lang") if isinstance(record.get("lang"), str) else None
            yield str(record.get("id", number)), text, lang


def documents(data: Path, limit: int) -> Iterator[Document]:
    """The samples (whole), then ``limit`` records of every development set."""
    for path in sorted((ROOT / "samples").iterdir()):
        name = f"samples/{path.name}"
        if path.suffix == ".jsonl":
            for rid, text, lang in _records(path, limit):
                yield Document.from_text(text, source=f"{name}#{rid}", id=rid, language=lang)
        else:  # through the readers qa check uses (pages extracted, WARC records, Markdown prose)
            for doc in read_path(str(path), Options()):
                if isinstance(doc, Document):
                    doc.source = name if doc.id is None else f"{name}#{doc.id}"
                    yield doc
    for path in sorted(data.glob("*/*.jsonl")):
        name = str(path.relative_to(data))
        for rid, text, lang in _records(path, limit):
            yield Document.from_text(text, source=f"{name}#{rid}", id=rid, language=lang)


def finding_row(source: str, f) -> dict:
    return {
        "source": source, "rule": f.rule, "start": f.start, "end": f.end,
        "severity": f.severity, "confidence": round(f.confidence, 2),
        "fixes": [[x.start, x.end, x.replacement, x.applicability, round(x.confidence, 2)]
                  for x in f.fixes],
        "message": f.message,
    }


def snapshot(out: Path, data: Path, limit: int, grammar: bool, jobs: int) -> int:
    if not data.is_dir():
        sys.exit(f"compare_findings: no development sets at {data} (give --data or $QA_EVAL)")
    options = Options(grammar="required" if grammar else "off", jobs=jobs, raise_check_errors=True)
    ctx = Context.create(options)
    rows = 0
    with ExitStack() as stack, open(out, "w", encoding="utf-8") as handle:
        if grammar:
            from qa.grammar import GrammarService

            service = GrammarService(options)
            service.start()
            stack.callback(service.close)
            ctx.grammar = service
        for report in check_documents(documents(data, limit), ctx, jobs=jobs):
            handle.write(json.dumps({"source": report.source, "findings": len(report.findings),
                                     "score": round(report.score, 1)}, ensure_ascii=False) + "\n")
            for f in report.findings:
                handle.write(json.dumps(finding_row(report.source, f), ensure_ascii=False) + "\n")
                rows += 1
    print(f"{rows} findings written to {out}")
    return 0


def _load(path: Path, ignore: set[str]) -> dict[str, set[str]]:
    by_source: dict[str, set[str]] = defaultdict(set)
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            for key in ignore:
                row.pop(key, None)
            by_source[row["source"]].add(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return by_source


def diff(before: Path, after: Path, ignore: set[str]) -> int:
    old, new = _load(before, ignore), _load(after, ignore)
    changed = 0
    for source in sorted(set(old) | set(new)):
        gone, came = old.get(source, set()) - new.get(source, set()), new.get(source, set()) - old.get(source, set())
        if not gone and not came:
            continue
        changed += 1
        print(f"== {source}")
        for row in sorted(gone):
            print(f"  - {row}")
        for row in sorted(came):
            print(f"  + {row}")
    print(f"{changed} documents differ; {sum(map(len, old.values()))} rows before, "
          f"{sum(map(len, new.values()))} after")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="write every finding to a JSON Lines file")
    snap.add_argument("out", type=Path)
    snap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the development sets")
    snap.add_argument("--limit", type=int, default=60, help="records per development file")
    snap.add_argument("--grammar", action="store_true", help="with LanguageTool (must be installed)")
    snap.add_argument("--jobs", type=int, default=2)
    cmp = sub.add_parser("diff", help="list every finding only one snapshot has")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    cmp.add_argument("--ignore", action="append", default=[],
                     help="a field to leave out of the comparison (message, confidence, fixes, ...)")
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        return snapshot(args.out, args.data, args.limit, args.grammar, args.jobs)
    return diff(args.before, args.after, set(args.ignore))


if __name__ == "__main__":
    sys.exit(main())
