"""Plain, frozen data that flows between the stages.

Every offset is an absolute code-point index into ``Document.text``;
lines and columns are computed only by renderers (``Document.position``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
Applicability = Literal["safe", "unsafe", "display"]

SEVERITIES: tuple[str, ...] = ("info", "warning", "error")
APPLICABILITIES: tuple[str, ...] = ("safe", "unsafe", "display")


def severity_rank(severity: str) -> int:
    """info=0 < warning=1 < error=2; used for --fail-level comparisons."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Fix:
    """One candidate edit: replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str
    confidence: float = 0.5
    applicability: Applicability = "unsafe"
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = {
            "start": self.start,
            "end": self.end,
            "replacement": self.replacement,
            "confidence": round(self.confidence, 3),
            "applicability": self.applicability,
        }
        if self.description:
            out["description"] = self.description
        return out


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str  # "Pack.Rule", e.g. "Repetition.Token", "LT.AGREEMENT_DET_NOUN"
    category: str  # repetition, encoding, spelling, ocr, scraping, structure, grammar, garble, consistency
    severity: Severity
    start: int
    end: int
    message: str
    confidence: float = 0.8
    fixes: tuple[Fix, ...] = ()
    # Names of the evidence behind a merged finding (garble) or extra facts
    # a checker wants to expose; plain JSON-able values only.
    signals: tuple[str, ...] = ()
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def with_(self, **changes: Any) -> "Finding":
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class DocumentReport:
    """What one document produced; renderers need nothing else."""

    source: str  # path, "-" for stdin, "path:LINE" for a JSONL record
    id: str | None
    language: str
    text: str
    words: int
    findings: tuple[Finding, ...]
    score: float
    verdict: str  # pass | warn | fail
    # Facts about how the document was checked (grammar skipped and why,
    # input damage found while decoding, ...).
    notes: tuple[str, ...] = ()
    error: str | None = None  # set when the document could not be read at all
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What ``qa rules`` / ``qa rule ID`` / SARIF say about a rule."""

    id: str
    category: str
    severity: Severity
    description: str  # what it does
    why: str = ""  # why it matters
    instead: str = ""  # what to write instead
    source: str = ""  # rule file, or the Python module of a checker
    kind: str = "python"  # rule kind (existence, substitution, ...) or "python"
    languages: tuple[str, ...] = ()  # empty: every language
    # Texts the rule must flag / must leave alone; one test runs them all.
    flag: tuple[str, ...] = ()
    ok: tuple[str, ...] = ()
    link: str = ""
