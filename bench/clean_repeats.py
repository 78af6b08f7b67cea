"""Every doubled word of the clean text under ``../shared/eval``, and which of
them newsqa calls a repeat: the development set of legitimate repeats.

    .venv/bin/python bench/clean_repeats.py --data ../shared/eval            # counts by class
    .venv/bin/python bench/clean_repeats.py --data ../shared/eval --list     # every double, flagged first
    .venv/bin/python bench/clean_repeats.py --data ../shared/eval --list --unlabelled

A double is a word followed by the same word (any case), with only spaces,
quote marks or brackets between and no line break: the shape the
repetition checker reads (``qa/checkers/repetition.py``); and a phrase of
two to six words said twice with only spaces between. The clean text is
the three clean news sets (all their records: they are not the
real-repeats set), and the corrected side of the calibration half of the
OCR sets (ICDAR 2019, Overproof), JFLEG (all four references) and
COWS-L2H. In edited or corrected text a double is meant, so a repeat flag
there (a warning or error that calls it a repeat) is a false alarm, unless
it is a slip the source kept: ``bench/clean_repeats.tsv`` labels each
double found, by class, with a digest of its text (no text of the data is
copied); a double that is not labelled yet is listed with ``--unlabelled``.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's qa, not an installed one
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import CLEAN_SETS, clean_records  # noqa: E402
from devset import half_of, read_jsonl  # noqa: E402

from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.pipeline import check_documents  # noqa: E402
from qa.text.tokens import tokenize  # noqa: E402

LABELS = Path(__file__).resolve().parent / "clean_repeats.tsv"
WRAPPERS = frozenset("“”«»\"'‘’()[]{}¿¡*_")
ALARM = ("warning", "error")
MAX_PHRASE = 6


@dataclass(frozen=True)
class Double:
    source: str  # the set the text comes from
    doc: str  # the text's id (a JFLEG reference adds "#r" and its number)
    start: int
    end: int
    text: str  # the double itself, never saved: only its digest is

    @property
    def digest(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:8]

    @property
    def key(self) -> tuple[str, str, int, int]:
        return (self.source, self.doc, self.start, self.end)


def clean_texts(data: Path) -> list[tuple[str, str, str, str | None]]:
    """(set, id, text, language or None) for every clean text; an id a set
    repeats (Overproof's datasets share some) gets "~" and its count."""
    out = _clean_texts(data)
    seen: Counter = Counter()
    for k, (source, doc, text, lang) in enumerate(out):
        seen[(source, doc)] += 1
        if seen[(source, doc)] > 1:
            out[k] = (source, f"{doc}~{seen[(source, doc)]}", text, lang)
    return out


def _clean_texts(data: Path) -> list[tuple[str, str, str, str | None]]:
    out = []
    for name in CLEAN_SETS:
        for i, rec in enumerate(clean_records(name, folder=data / "news_clean")):
            out.append((name, str(rec.get("id", i)), rec["text"], rec.get("lang") or None))
    for name, path in (("icdar2019", "ocr/icdar2019_docs.jsonl"),
                       ("overproof", "ocr/overproof_en_articles.jsonl"),
                       ("cowsl2h", "grammar/cowsl2h_es.jsonl")):
        for r in read_jsonl(data / path):
            if half_of(r["id"]) == "calibration" and r.get("target_text"):
                out.append((name, r["id"], r["target_text"], r.get("lang") or None))
    for r in read_jsonl(data / "grammar" / "jfleg_en.jsonl"):
        if half_of(r["id"]) == "calibration":
            for k, ref in enumerate(r.get("references") or [r["target_text"]]):
                out.append(("jfleg", f"{r['id']}#r{k}", ref, "en"))
    return out


def doubles(source: str, doc: str, text: str) -> list[Double]:
    """The doubled words and phrases of one text."""
    toks = tokenize(text)
    found = []
    for i, tok in enumerate(toks):
        if tok.kind != "word":
            continue
        j = i + 1
        while j < len(toks) and j - i <= 3 and toks[j].kind == "punct" and toks[j].text in WRAPPERS:
            j += 1
        if j < len(toks) and j - i <= 3 and toks[j].kind == "word" \
                and toks[j].text.lower() == tok.text.lower() and "\n" not in text[tok.end:toks[j].start]:
            found.append(Double(source, doc, tok.start, toks[j].end, text[tok.start:toks[j].end]))
    words = [t for t in toks if t.kind in ("word", "number")]
    lows = [t.text.lower() for t in words]
    for i in range(len(words)):
        for n in range(2, MAX_PHRASE + 1):
            if i + 2 * n <= len(words) and lows[i:i + n] == lows[i + n:i + 2 * n] \
                    and len(set(lows[i:i + n])) > 1:
                gaps = text[words[i].start:words[i + 2 * n - 1].end]
                if "\n" not in gaps and not text[words[i + n - 1].end:words[i + n].start].strip():
                    found.append(Double(source, doc, words[i].start, words[i + 2 * n - 1].end, gaps))
    return found


def is_repeat_alarm(finding) -> bool:
    """A warning or error that calls the text a repeat, as the evaluation's
    ``repeat_flag`` reads it: a Repetition rule or a span it is evidence of."""
    if finding.severity not in ALARM:
        return False
    if finding.rule.startswith("Repetition."):
        return True
    return any(e.rule.startswith("Repetition.") or e.roles.family == "repetition"
               for e in finding.evidence)


def flagged(found: list[Double], texts, grammar: str = "off") -> dict[tuple, str]:
    """key -> the rule and severity of the repeat alarm over each flagged double."""
    by_doc: dict[tuple[str, str], list[Double]] = {}
    for d in found:
        by_doc.setdefault((d.source, d.doc), []).append(d)
    docs = [Document.from_text(text, source=source, id=doc, language=lang)
            for source, doc, text, lang in texts if (source, doc) in by_doc]
    ctx = Context.create(Options(raise_check_errors=True, grammar=grammar))
    out = {}
    for report in check_documents(docs, ctx):
        for d in by_doc[(report.source, report.id)]:
            for f in report.findings:
                if f.start < d.end and d.start < f.end and is_repeat_alarm(f):
                    out[d.key] = f"{f.rule} {f.severity}"
                    break
    return out


def read_labels(path: Path = LABELS) -> dict[tuple, tuple[str, str, str]]:
    """key -> (digest, label, class). label: ``legitimate`` or ``slip``."""
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, doc, start, end, digest, label, klass = line.split("\t")[:7]
        labels[(source, doc, int(start), int(end))] = (digest, label, klass)
    return labels


def excerpt(text: str, start: int, end: int, width: int = 50) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return (text[a:start] + "»" + text[start:end] + "«" + text[end:b]).replace("\n", "⏎ ")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    p.add_argument("--list", action="store_true", help="print every double")
    p.add_argument("--unlabelled", action="store_true", help="with --list: only doubles without a label")
    args = p.parse_args(argv)

    texts = clean_texts(args.data)
    by_key = {(s, d): t for s, d, t, _ in texts}
    found = [d for s, doc, t, _ in texts for d in doubles(s, doc, t)]
    alarms = flagged(found, texts)
    labels = read_labels() if LABELS.exists() else {}
    words = sum(len(t.split()) for _, _, t, _ in texts)
    print(f"{len(found)} doubles in {len(texts)} clean texts ({words} words); "
          f"{len(alarms)} called a repeat (warning or error)")
    stale = [d for d in found if d.key in labels and labels[d.key][0] != d.digest]
    if stale:
        print(f"  {len(stale)} labels no longer match their text (digest changed)")
    rows = Counter()
    for d in found:
        digest, label, klass = labels.get(d.key, ("", "unlabelled", "?"))
        rows[(label, klass, d.key in alarms)] += 1
    print("\n| label | class | doubles | called a repeat |\n|---|---|---:|---:|")
    for label, klass in sorted({(lb, k) for lb, k, _ in rows}):
        n = rows[(label, klass, True)] + rows[(label, klass, False)]
        print(f"| {label} | {klass} | {n} | {rows[(label, klass, True)]} |")
    legit = [d for d in found if labels.get(d.key, ("", ""))[1] == "legitimate"]
    slips = [d for d in found if labels.get(d.key, ("", ""))[1] == "slip"]
    print(f"\nlegitimate doubles called a repeat: {sum(d.key in alarms for d in legit)} of {len(legit)}; "
          f"slips of the source called a repeat: {sum(d.key in alarms for d in slips)} of {len(slips)}")
    if args.list:
        for d in sorted(found, key=lambda d: (d.key not in alarms, d.source, d.doc, d.start)):
            if args.unlabelled and d.key in labels:
                continue
            digest, label, klass = labels.get(d.key, ("", "unlabelled", "?"))
            print("\t".join((d.source, d.doc, str(d.start), str(d.end), d.digest,
                             alarms.get(d.key, "-"), label, klass,
                             excerpt(by_key[(d.source, d.doc)], d.start, d.end))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
