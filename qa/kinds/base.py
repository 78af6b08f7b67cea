"""What every rule kind shares: common keys, examples, the run contract.

A kind is a small class with three duties (as in Vale): ``from_spec`` builds
it from a validated TOML table and compiles its patterns once, ``info``
says what it matches, ``check`` runs it on a document.
"""
from __future__ import annotations

from string import Formatter
from typing import Any, ClassVar, Iterable

import regex

from ..budget import Budget
from ..document import Document
from ..model import APPLICABILITIES, EVIDENCE_FAMILIES, SEVERITIES, Finding, RuleInfo, RuleRoles
from ..text.quotes import inside_quotes
from .compiled import CompiledPatterns

COMMON_KEYS = frozenset(
    {
        "extends", "message", "severity", "category", "description", "why", "instead",
        "link", "languages", "confidence", "examples", "ignorecase", "skip_quotes", "evidence",
    }
)
# The evidence family a rule file's findings are, when its file names none:
# out-of-register words are register evidence, spelling and OCR rules a
# word's frequency.
FAMILY_OF_CATEGORY = {"register": "register", "spelling": "spelling", "ocr": "spelling"}
EXAMPLE_KEYS = frozenset({"flag", "ok"})

# Scraped text is hostile input: a user pattern with catastrophic
# backtracking must not hang a batch, so every rule runs under a budget of
# PATTERN_TIMEOUT CPU seconds per document, plus as much per PATTERN_CHARS
# characters (matching a large document takes time too).
PATTERN_TIMEOUT = 0.25
PATTERN_CHARS = 50_000


class RuleFileError(Exception):
    """A rule file is invalid. args: (message, key-or-None)."""


class RuleTimeout(Exception):
    """A rule's pattern ran past ``PATTERN_TIMEOUT`` on one document."""


def _get(spec: dict[str, Any], key: str, typ: type | tuple[type, ...], default: Any = ...) -> Any:
    if key not in spec:
        if default is ...:
            raise RuleFileError(f"missing key {key!r}", key)
        return default
    value = spec[key]
    if not isinstance(value, typ):
        names = typ.__name__ if isinstance(typ, type) else " or ".join(t.__name__ for t in typ)
        raise RuleFileError(f"key {key!r} must be {names}, not {type(value).__name__}", key)
    return value


def _str_list(spec: dict[str, Any], key: str, default: Any = ...) -> tuple[str, ...]:
    value = _get(spec, key, list, default)
    if not all(isinstance(v, str) for v in value):
        raise RuleFileError(f"key {key!r} must be a list of strings", key)
    return tuple(value)


def _format_fields(template: str) -> list[str]:
    """Every ``{field}`` name in a format string, also those nested in a format spec."""
    out = []
    for _, name, spec, _ in Formatter().parse(template):
        if name is not None:
            out.append(name)
        if spec and "{" in spec:
            out += _format_fields(spec)
    return out


def compile_pattern(pattern: str, key: str, ignorecase: bool,
                    kept: CompiledPatterns | None = None) -> regex.Pattern:
    """``pattern`` compiled, read back from ``kept`` when an earlier run compiled it."""
    flags = regex.V1 | (regex.IGNORECASE if ignorecase else 0)
    try:
        return kept.compile(pattern, flags) if kept is not None else regex.compile(pattern, flags)
    except regex.error as exc:
        raise RuleFileError(f"invalid pattern in {key!r}: {pattern!r}: {exc}", key) from None


class Rule:
    """Base of every rule kind."""

    KIND: ClassVar[str] = ""
    KEYS: ClassVar[frozenset[str]] = frozenset()  # keys of this kind only
    # ``{field}``s a message may use; anything else is refused when the file
    # loads, not found when a document makes the message fail to format.
    MESSAGE_FIELDS: ClassVar[frozenset[str]] = frozenset({"match"})

    def __init__(self, info: RuleInfo, message: str, confidence: float,
                 ignorecase: bool, skip_quotes: bool):
        self.info = info
        self.message = message
        self.confidence = confidence
        self.ignorecase = ignorecase
        self.skip_quotes = skip_quotes

    @classmethod
    def common(cls, rule_id: str, spec: dict[str, Any], source: str) -> dict[str, Any]:
        severity = _get(spec, "severity", str, "warning")
        if severity not in SEVERITIES:
            raise RuleFileError(f"severity must be one of {SEVERITIES}, not {severity!r}", "severity")
        examples = _get(spec, "examples", dict)
        for key in examples:
            if key not in EXAMPLE_KEYS:
                raise RuleFileError(f"unknown key {key!r} in [examples] (allowed: flag, ok)", "examples")
        flag = _str_list(examples, "flag")
        ok = _str_list(examples, "ok")
        if not flag or not ok:
            raise RuleFileError("[examples] needs at least one 'flag' and one 'ok' example", "examples")
        confidence = float(_get(spec, "confidence", (int, float), 0.8))
        if not 0 <= confidence <= 1:
            raise RuleFileError("confidence must be between 0 and 1", "confidence")
        category = _get(spec, "category", str)
        evidence = _get(spec, "evidence", str, FAMILY_OF_CATEGORY.get(category, "none"))
        if evidence not in (*EVIDENCE_FAMILIES, "none"):
            raise RuleFileError(f"evidence must be one of {EVIDENCE_FAMILIES} or 'none', "
                                f"not {evidence!r}", "evidence")
        info = RuleInfo(
            id=rule_id,
            category=category,
            severity=severity,
            description=_get(spec, "description", str),
            why=_get(spec, "why", str, ""),
            instead=_get(spec, "instead", str, ""),
            source=source,
            kind=cls.KIND,
            languages=_str_list(spec, "languages", ()),
            flag=flag,
            ok=ok,
            link=_get(spec, "link", str, ""),
            roles=RuleRoles(family=None if evidence == "none" else evidence,
                            real_word_evidence=evidence in ("agreement", "register", "grammar")),
        )
        return dict(
            info=info,
            message=cls.checked_message(_get(spec, "message", str)),
            confidence=confidence,
            ignorecase=_get(spec, "ignorecase", bool, True),
            skip_quotes=_get(spec, "skip_quotes", bool, False),
        )

    @classmethod
    def checked_message(cls, message: str) -> str:
        allowed = ", ".join(f"{{{f}}}" for f in sorted(cls.MESSAGE_FIELDS))
        try:
            fields = _format_fields(message)
        except ValueError as exc:
            raise RuleFileError(f"invalid 'message': {exc} (write {{{{ and }}}} for literal braces)",
                                "message") from None
        for name in fields:
            if name not in cls.MESSAGE_FIELDS:
                raise RuleFileError(f"unknown field {{{name}}} in 'message' (allowed: {allowed})", "message")
        return message

    @classmethod
    def from_spec(cls, rule_id: str, spec: dict[str, Any], source: str,
                  kept: CompiledPatterns | None = None) -> "Rule":
        raise NotImplementedError

    def applies_to(self, language: str) -> bool:
        return not self.info.languages or language in self.info.languages

    def check(self, doc: Document) -> Iterable[Finding]:
        raise NotImplementedError

    # helpers for kinds
    def budget(self, doc: Document) -> Budget:
        """This rule's time on ``doc``, shared by all its matches."""
        return Budget.cpu(PATTERN_TIMEOUT * (1 + len(doc.text) // PATTERN_CHARS))

    def finditer(self, pattern: regex.Pattern, text: str, budget: Budget):
        try:
            for m in pattern.finditer(text, timeout=self._left(budget)):
                yield m
                self._left(budget)
        except TimeoutError:
            raise self._timed_out() from None

    def fullmatch(self, pattern: regex.Pattern, text: str, timeout: float):
        """``timeout`` is what ``_left(budget)`` returned: a kind that runs
        many short matches looks at the clock once per batch of them."""
        try:
            return pattern.fullmatch(text, timeout=timeout)
        except TimeoutError:
            raise self._timed_out() from None

    def _left(self, budget: Budget) -> float:
        """What is left of the budget, or at least half of it
        (``Budget.at_least_left``: no system call at each match); regex's
        own timeout gets it too, to stop one runaway match (it counts wall
        time)."""
        left = budget.at_least_left()
        if left <= 0:
            raise self._timed_out()
        return left

    def _timed_out(self) -> RuleTimeout:
        return RuleTimeout(f"rule {self.info.id} timed out (its time on this document is spent) "
                           "and was skipped for the rest of it")

    def finding(self, doc: Document, start: int, end: int, fixes=(), **fmt: str) -> Finding | None:
        if self.skip_quotes and inside_quotes(doc, start, end):
            return None
        return Finding(
            rule=self.info.id,
            category=self.info.category,
            severity=self.info.severity,
            start=start,
            end=end,
            message=self.message.format(match=doc.text[start:end], **fmt),
            confidence=self.confidence,
            fixes=tuple(fixes),
        )


def applicability(spec: dict[str, Any], default: str = "unsafe") -> str:
    value = _get(spec, "applicability", str, default)
    if value not in APPLICABILITIES:
        raise RuleFileError(f"applicability must be one of {APPLICABILITIES}", "applicability")
    return value


get = _get
str_list = _str_list
