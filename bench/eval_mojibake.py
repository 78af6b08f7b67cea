"""Mojibake detection and repair on labelled data.

    python bench/eval_mojibake.py [--eval ../shared/eval]

ftfy_cases.jsonl: ftfy's own cases (is_mojibake true/false); a case counts as
detected when an Encoding.* finding is produced, as a false alarm when a
non-mojibake case gets one. wild_es.jsonl: real Spanish strings; repair
accuracy compares the text after applying the Encoding fixes with the silver
target.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's qa, not an installed one
from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.pipeline import check_document  # noqa: E402


def apply_fixes(text: str, findings) -> str:
    edits = sorted({(f.fixes[0].start, f.fixes[0].end, f.fixes[0].replacement)
                    for f in findings if f.rule == "Encoding.Mojibake" and f.fixes}, reverse=True)
    last = len(text) + 1
    for s, e, r in edits:
        if e <= last:
            text = text[:s] + r + text[e:]
            last = s
    return text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
    ap.add_argument("--show", action="store_true", help="print misses and false alarms")
    args = ap.parse_args()
    root = Path(args.eval) / "mojibake"
    ctx = Context.create(Options(raise_check_errors=True, grammar="off", select=("Encoding",)))

    tp = fn = fp = tn = 0
    fixed_ok = fixed_n = 0
    for line in open(root / "ftfy_cases.jsonl", encoding="utf-8"):
        r = json.loads(line)
        report = check_document(Document.from_text(r["source_text"], language=r.get("lang") or None), ctx)
        hit = bool(report.findings)
        if r["is_mojibake"]:
            tp += hit
            fn += not hit
            if hit:
                fixed_n += 1
                fixed_ok += apply_fixes(r["source_text"], report.findings) == r["target_text"]
            elif args.show:
                print("MISS", r["id"], r["source_text"][:80])
        else:
            fp += hit
            tn += not hit
            if hit and args.show:
                print("FALSE", r["id"], r["source_text"][:80], [f.rule for f in report.findings])
    print("ftfy_cases.jsonl")
    print(f"  mojibake cases: {tp + fn}, detected {tp} (recall {tp / max(1, tp + fn):.2f}); "
          f"repaired exactly {fixed_ok}/{fixed_n}")
    print(f"  clean cases: {fp + tn}, false alarms {fp} ({fp / max(1, fp + tn):.2%})")

    det = n = exact = 0
    for line in open(root / "wild_es.jsonl", encoding="utf-8"):
        r = json.loads(line)
        n += 1
        report = check_document(Document.from_text(r["source_text"], language="es"), ctx)
        det += bool(report.findings)
        out = apply_fixes(r["source_text"], report.findings)
        exact += out == r["target_text_silver"]
        if args.show and out != r["target_text_silver"]:
            print("WILD", r["id"], repr(out[:100]), "\n    ", repr(r["target_text_silver"][:100]))
    print("wild_es.jsonl")
    print(f"  strings: {n}, detected {det} ({det / n:.2f}), repaired exactly {exact} ({exact / n:.2f})")


if __name__ == "__main__":
    main()
