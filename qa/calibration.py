"""Confidences and severities learnt on labelled data.

``bench/calibrate.py`` runs the calibration half of the development corpus
and the real-error sets through newsqa in raw mode (``Options.calibrated``
off: hand-set confidences, every LanguageTool rule on) and writes
``qa/data/calibration.json``: per language and rule id, the probability
that a finding is real damage, by bins of the finding's raw confidence; the
thresholds that turn a probability into a severity; the weights of the
combiner that gives a ``Garble.Span`` its confidence; and the LanguageTool
rules worth turning back on. Re-run it whenever a checker changes.

A rule's bins may also depend on the document's **damage density**: how
many other words of the document a spelling or OCR finding marks, per 100
words. An unknown word on a page full of them (an OCR'd book, a learner's
essay) is nearly always damage; the same finding in clean news is mostly a
name or a loanword. Bins that start at a density (``dense_from``) keep
those cases apart.

The pipeline applies it once per document, after merging and before
suppressions and the score. A rule or a language the file does not know
keeps its hand-set severity and confidence.

>>> cal = Calibration.from_dict({"format": FORMAT, "languages": {"es": {
...     "warning_at": 0.5, "error_at": 0.9,
...     "rules": {"A.B": {"bins": [{"upto": 0.5, "p": 0.2, "positive": 1, "negative": 4},
...                                {"upto": 1.0, "p": 0.95, "positive": 19, "negative": 0}]}}}}})
>>> f = Finding("A.B", "spelling", "info", 0, 3, "x", confidence=0.7)
>>> g = cal.apply([f], "es")[0]
>>> g.severity, g.confidence
('error', 0.95)
>>> cal.apply([f], "en")[0] is f
True
"""
from __future__ import annotations

import json
import math
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import UsageError
from .model import Finding

FORMAT = 3  # 2: a bin may carry a severity cap; 3: and a damage density it starts at
READABLE_FORMATS = (2, 3)  # a format-2 file reads as one whose bins hold at any density
DATA_FILE = Path(__file__).resolve().parent / "data" / "calibration.json"
SEVERITY_ORDER = ("info", "warning", "error")


class CalibrationError(UsageError):
    """The calibration file cannot be used (a set-up problem); ``str(e)``
    says why in one line."""


@dataclass(frozen=True)
class Bin:
    """Findings of the hand-set ``severity`` (None: any) whose raw confidence
    is at most ``upto`` (and above the previous bin's): ``probability`` of
    real damage, from these counts."""

    upto: float
    probability: float
    positive: int
    negative: int
    severity: str | None = None
    # The most a finding of this bin may be: "info" for a bin whose clean
    # false alarms did not fit the budget, however likely its findings are.
    cap: str | None = None
    # The bin holds for documents whose damage density (other damaged words
    # per 100) is at least this, up to the next class of the rule.
    dense_from: float = 0.0


@dataclass(frozen=True)
class RuleCalibration:
    bins: tuple[Bin, ...]  # by ``dense_from``, then ``upto``, ascending

    def bin_for(self, raw: float, severity: str | None = None, density: float = 0.0) -> Bin | None:
        """The bin of a finding; None when no bin has its hand-set severity."""
        mine = [b for b in self.bins if b.severity in (None, severity)]
        density_class = max((b.dense_from for b in mine if b.dense_from <= density), default=0.0)
        mine = [b for b in mine if b.dense_from == density_class]
        for b in mine:
            if raw <= b.upto:
                return b
        return mine[-1] if mine else None


@dataclass(frozen=True)
class Combiner:
    """Logistic regression over a merged span's signals.

    Features: a bias, the number of signals, the logit of the noisy-or of the
    families' strongest confidences, and for each family seen in fitting its
    strongest confidence (0 when absent). A family it never saw still counts
    through the noisy-or term.

    >>> c = Combiner({"bias": -1.0, "signals": 0.0, "noisy_or": 1.0, "family:agreement": 2.0})
    >>> round(c.confidence([("agreement", 0.5), ("new", 0.5)]), 3)
    0.75
    """

    weights: Mapping[str, float]

    def confidence(self, signals: Iterable[tuple[str, float]]) -> float:
        return _sigmoid(sum(self.weights.get(k, 0.0) * v for k, v in combiner_features(signals).items()))

    def span_confidence(self, signals: Iterable[tuple[str, float]]) -> float:
        """A merged span's raw confidence, as the calibration grades it (to
        three places, as the file's bins are fitted)."""
        return round(self.confidence(signals), 3)


def combiner_features(signals: Iterable[tuple[str, float]]) -> dict[str, float]:
    """(family, raw confidence) of each signal -> the combiner's features."""
    best: dict[str, float] = {}
    count = 0
    for family, confidence in signals:
        best[family] = max(best.get(family, 0.0), confidence)
        count += 1
    miss = 1.0
    for c in best.values():
        miss *= 1.0 - c
    noisy_or = min(max(1.0 - miss, 1e-3), 1 - 1e-3)
    out = {"bias": 1.0, "signals": float(count), "noisy_or": math.log(noisy_or / (1 - noisy_or))}
    out.update({f"family:{k}": v for k, v in best.items()})
    return out


# Categories of the findings that mark a word as damaged for the density: a
# word no dictionary knows, OCR damage. Both are cheap, and common on a
# damaged page; in clean news they are rare (names are never counted).
DAMAGE_CATEGORIES = frozenset({"spelling", "ocr"})


def damage_marks(findings: Iterable[Finding]) -> tuple[int, ...]:
    """The start offsets, sorted, of the words that spelling or OCR findings
    mark, a merged span's signals included."""
    return tuple(sorted({g.start for f in findings for g in (f, *f.evidence) if g.category in DAMAGE_CATEGORIES}))


def damage_density(marks: tuple[int, ...], words: int, start: int, end: int) -> float:
    """Marked words of the document outside ``start..end`` (the finding's
    own), per 100 words.

    >>> damage_density((0, 10, 20, 30), 200, 9, 12)
    1.5
    """
    own = bisect_left(marks, max(end, start + 1)) - bisect_left(marks, start)
    return round(100.0 * (len(marks) - own) / max(words, 1), 2)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@dataclass(frozen=True)
class Grade:
    """What the calibration makes of one finding: the raw confidence it is
    graded by (a merged span's from the combiner), and, where the file knows
    the rule, the probability of real damage and the severity that earns
    (None: the finding keeps its own)."""

    raw: float
    probability: float | None = None
    severity: str | None = None


@dataclass(frozen=True)
class LanguageCalibration:
    warning_at: float
    error_at: float
    rules: Mapping[str, RuleCalibration] = field(default_factory=dict)
    combiner: Combiner | None = None
    languagetool_on: frozenset[str] = frozenset()

    def severity(self, probability: float) -> str:
        if probability >= self.error_at:
            return "error"
        return "warning" if probability >= self.warning_at else "info"

    def grade(self, rule: str, raw: float, severity: str, density: float = 0.0) -> tuple[float, str] | None:
        """(probability, severity) of a finding of ``rule`` with this raw
        confidence, hand-set severity and damage density; None when the file
        does not know the rule (or has no bin for its hand-set severity)."""
        calibrated = self.rules.get(rule)
        found = calibrated.bin_for(raw, severity, density) if calibrated is not None else None
        if found is None:
            return None
        earned = self.severity(found.probability)
        if found.cap is not None and SEVERITY_ORDER.index(found.cap) < SEVERITY_ORDER.index(earned):
            earned = found.cap
        return found.probability, earned

    def judge(self, rule: str, raw: float, severity: str, density: float = 0.0,
              signals: Iterable[tuple[str, float]] = ()) -> Grade:
        """The grade of a finding of ``rule`` with this raw confidence,
        hand-set severity and damage density; ``signals``: a merged span's
        (family, raw confidence) each, whose combiner gives its raw
        confidence first. The pipeline and the fit's held-out checks both
        grade through here, so the fit counts the alarms a run raises.

        >>> cal = language_calibration({"warning_at": 0.5, "error_at": 0.9, "combiner": {"weights": {"bias": 3.0}},
        ...     "rules": {"A.B": {"bins": [{"upto": 1.0, "p": 0.7, "positive": 7, "negative": 3}]}}})
        >>> cal.judge("A.B", 0.2, "info")
        Grade(raw=0.2, probability=0.7, severity='warning')
        >>> cal.judge("Garble.Span", 0.5, "warning", signals=[("agreement", 0.4), ("register", 0.3)])
        Grade(raw=0.953, probability=None, severity=None)
        """
        signals = tuple(signals)
        if signals and self.combiner is not None:
            raw = self.combiner.span_confidence(signals)
        graded = self.grade(rule, raw, severity, density)
        return Grade(raw) if graded is None else Grade(raw, *graded)


@dataclass(frozen=True)
class Calibration:
    languages: Mapping[str, LanguageCalibration]
    fit: Mapping[str, Any] = field(default_factory=dict)  # how and on what it was fitted

    @classmethod
    def load(cls, path: Path = DATA_FILE) -> "Calibration":
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CalibrationError(f"calibration file {path} cannot be read: {exc}") from None
        return cls.from_dict(raw, str(path))

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any], where: str = "calibration data") -> "Calibration":
        if raw.get("format") not in READABLE_FORMATS:
            raise CalibrationError(f"{where}: format {raw.get('format')!r}, this newsqa reads format {FORMAT}; "
                                   "re-run bench/calibrate.py")
        try:
            languages = {lang: language_calibration(entry) for lang, entry in raw["languages"].items()}
        except (KeyError, TypeError, ValueError) as exc:
            raise CalibrationError(f"{where}: malformed entry ({exc!r}); re-run bench/calibrate.py") from None
        return cls(languages=languages, fit=raw.get("fit", {}))

    def languagetool_on(self) -> dict[str, frozenset[str]]:
        """Language -> LanguageTool rule ids the calibration turns back on."""
        return {lang: c.languagetool_on for lang, c in self.languages.items()}

    def apply(self, findings: list[Finding], language: str | None, words: int = 0) -> list[Finding]:
        """Each finding of a calibrated rule with the calibrated probability
        as its confidence and the severity that probability earns; a merged
        span's raw confidence comes from the combiner first. ``words``: the
        document's word count, for its damage density (0: taken as none)."""
        cal = self.languages.get(language or "")
        if cal is None:
            return findings
        marks = damage_marks(findings) if words else ()
        return [_calibrated(f, cal, damage_density(marks, words, f.start, f.end) if words else 0.0)
                for f in findings]


def _calibrated(f: Finding, cal: LanguageCalibration, density: float) -> Finding:
    signals = [(s.roles.family or "", s.confidence) for s in f.evidence] if f.roles.merged_span else ()
    grade = cal.judge(f.rule, f.confidence, f.severity, density, signals)
    if grade.probability is None:
        return f if grade.raw == f.confidence else f.with_(confidence=grade.raw)
    return f.with_(confidence=grade.probability, severity=grade.severity,
                   data={**f.data, "raw_confidence": grade.raw})


def language_calibration(entry: Mapping[str, Any]) -> LanguageCalibration:
    """One language's entry of the file (as bench/calibrate.py fits it).

    A pool (``pools``: LanguageTool category -> its thin rules and their
    bins, fitted together, bench/lt_pools.py) lends its bins to each rule it
    names; a rule the file names nowhere keeps its hand-set grading.

    >>> cal = language_calibration({"warning_at": 0.6, "error_at": 0.9, "pools": {"DIACRITICS": {
    ...     "rules": ["LT.A_TILDE", "LT.B_TILDE"], "bins": [{"upto": 1.0, "p": 0.7, "positive": 40, "negative": 8}]}}})
    >>> cal.grade("LT.B_TILDE", 0.5, "info"), cal.grade("LT.C_TILDE", 0.5, "info")
    ((0.7, 'warning'), None)
    """
    rules = {rule_id: _rule_calibration(r["bins"]) for rule_id, r in entry.get("rules", {}).items()}
    for pool in entry.get("pools", {}).values():
        pooled = _rule_calibration(pool["bins"])
        rules.update({rule_id: pooled for rule_id in pool["rules"]})
    if any(not r.bins for r in rules.values()):
        raise ValueError("a rule without bins")
    combiner = entry.get("combiner")
    return LanguageCalibration(
        warning_at=float(entry["warning_at"]), error_at=float(entry["error_at"]), rules=rules,
        combiner=Combiner(dict(combiner["weights"])) if combiner else None,
        languagetool_on=frozenset(entry.get("languagetool_on", ())),
    )


def _rule_calibration(bins: Iterable[Mapping[str, Any]]) -> RuleCalibration:
    return RuleCalibration(tuple(sorted(
        (Bin(float(b["upto"]), float(b["p"]), int(b["positive"]), int(b["negative"]), b.get("severity"),
             b.get("cap"), float(b.get("dense_from", 0.0)))
         for b in bins),
        key=lambda b: (b.dense_from, b.upto))))
