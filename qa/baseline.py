"""Known findings, so that a gate fails only on new ones.

``qa check --update-baseline --baseline FILE`` records every finding;
``qa check --baseline FILE`` then drops the recorded ones from the reports
(scores and verdicts are computed again without them).

A fingerprint does not use offsets, which move with every edit above a
finding. It hashes the rule id, the flagged text (case-folded, NFC,
whitespace collapsed), two words of context on each side (on the same line), and the
occurrence index among findings with those same three parts in the
document. An edit elsewhere in the document leaves it unchanged; an edit
to the flagged words or right next to them makes the finding new.

>>> from qa.model import Finding
>>> text = "Intro.\\nLos ministros ministros llegaron."
>>> f = Finding("Repetition.Token", "repetition", "error", 11, 30, "m")
>>> prefix = "A new first paragraph.\\n"
>>> moved = f.with_(start=f.start + len(prefix), end=f.end + len(prefix))
>>> fingerprint_of(text, f, 0) == fingerprint_of(prefix + text, moved, 0)
True
"""
from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from .atomicfile import atomic_write
from .model import DocumentReport, Finding
from .options import Options
from .score import score, verdict

FORMAT_VERSION = "1"
CONTEXT_WORDS = 2
CONTEXT_CHARS = 80


class BaselineError(Exception):
    """The baseline file cannot be read (exit 2)."""


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def fingerprint_of(text: str, f: Finding, occurrence: int) -> str:
    lo = max(0, f.start - CONTEXT_CHARS, text.rfind("\n", 0, f.start) + 1)
    hi = text.find("\n", f.end, f.end + CONTEXT_CHARS)
    before = _norm(text[lo:f.start]).split()[-CONTEXT_WORDS:]
    after = _norm(text[f.end:hi if hi != -1 else f.end + CONTEXT_CHARS]).split()[:CONTEXT_WORDS]
    key = "\x1f".join((f.rule, _norm(text[f.start:f.end]), " ".join(before), " ".join(after)))
    digest = hashlib.sha256(f"{key}\x1f{occurrence}".encode()).hexdigest()
    return digest[:20]


def fingerprints(report: DocumentReport) -> list[str]:
    """One fingerprint per finding, in the report's order."""
    seen: Counter[str] = Counter()
    out = []
    for f in report.findings:
        base = fingerprint_of(report.text, f, 0)
        out.append(base if seen[base] == 0 else fingerprint_of(report.text, f, seen[base]))
        seen[base] += 1
    return out


def document_key(report: DocumentReport, root: Path) -> str:
    """The path relative to the baseline's folder, plus the record id for JSON
    Lines and the page URL for WARC (one file, many documents)."""
    source = report.source
    if source != "-":
        source = Path(os.path.relpath(os.path.abspath(source), root)).as_posix()
    # only JSON Lines records (with their line) and WARC pages (their URL) have ids
    many = report.record_line is not None or report.id is not None
    return f"{source}#{report.id}" if many else source


@dataclass
class Baseline:
    path: Path
    known: dict[str, set[str]] = field(default_factory=dict)  # document key -> fingerprints
    entries: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # being recorded
    matched: int = 0

    @property
    def root(self) -> Path:
        return self.path.resolve().parent

    @classmethod
    def for_update(cls, path: str | Path) -> Baseline:
        """A baseline to record into; refused before the run when it cannot be written there."""
        path = Path(path)
        if path.is_dir():
            raise BaselineError(f"{path}: is a folder; name the baseline file (e.g. {path / 'qa-baseline.json'})")
        return cls(path)

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(f"{path}: baseline not found (write it with --update-baseline)") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise BaselineError(f"{path}: not a newsqa baseline (version {FORMAT_VERSION})")
        known = {key: {e["fingerprint"] for e in items} for key, items in data.get("documents", {}).items()}
        return cls(path, known)

    def filter(self, report: DocumentReport, options: Options) -> DocumentReport:
        """The report without the findings recorded in the baseline."""
        known = self.known.get(document_key(report, self.root))
        if not known or report.error:
            return report
        kept = tuple(f for f, fp in zip(report.findings, fingerprints(report)) if fp not in known)
        dropped = len(report.findings) - len(kept)
        if not dropped:
            return report
        self.matched += dropped
        value = score(kept, report.words)
        note = f"{dropped} finding{'s' if dropped > 1 else ''} left out: recorded in the baseline"
        return replace(report, findings=kept, score=value,
                       verdict=verdict(list(kept), value, options.warn_below, options.fail_below, options.fail_level),
                       notes=(*report.notes, note))

    def record(self, report: DocumentReport) -> None:
        if report.error or not report.findings:
            return
        items = self.entries.setdefault(document_key(report, self.root), [])
        for f, fp in zip(report.findings, fingerprints(report)):
            items.append({"rule": f.rule, "text": report.text[f.start:f.end][:80], "fingerprint": fp})

    def save(self) -> int:
        """Write the recorded findings; returns how many."""
        documents = {k: sorted(v, key=lambda e: (e["rule"], e["fingerprint"]))
                     for k, v in sorted(self.entries.items())}
        payload = {"version": FORMAT_VERSION, "tool": "newsqa", "documents": documents}
        data = (json.dumps(payload, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        try:
            if self.path.exists():
                atomic_write(str(self.path), data)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.path.write_bytes(data)
        except OSError as exc:
            raise BaselineError(f"{self.path}: cannot write baseline: {exc.strerror or exc}") from None
        return sum(len(v) for v in documents.values())
