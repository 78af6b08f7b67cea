"""``extends = "existence"``: flag any of a list of words, phrases or patterns.

Keys: ``tokens`` (literal words or phrases, matched on word boundaries),
``patterns`` (regular expressions, ``regex`` syntax), ``exceptions``
(matches to leave alone), ``action`` ("remove" offers a fix that deletes the
match) and ``applicability`` of that fix.
"""
from __future__ import annotations

from typing import Any, Iterable

import regex

from ..document import Document, search_fold
from ..model import Finding, Fix
from .base import Rule, RuleFileError, applicability, compile_pattern, get, str_list


def literal_alternation(tokens: tuple[str, ...]) -> str:
    # Longest first so that "read more" wins over "read"; spaces match any run
    # of whitespace because scraped text wraps lines anywhere.
    parts = sorted({regex.escape(t).replace(r"\ ", r"\s+") for t in tokens}, key=len, reverse=True)
    return r"(?<![\p{L}\p{N}])(?:" + "|".join(parts) + r")(?![\p{L}\p{N}])"


class Existence(Rule):
    KIND = "existence"
    KEYS = frozenset({"tokens", "patterns", "exceptions", "action", "applicability"})

    def __init__(self, patterns: list[regex.Pattern], exceptions: frozenset[str],
                 action: str | None, fix_applicability: str,
                 needles: dict[regex.Pattern, tuple[str, ...]] | None = None, **common: Any):
        super().__init__(**common)
        self.patterns = patterns
        # pattern -> literals one of which any match must contain; a document
        # holding none of them is skipped without running the pattern
        self.needles = needles or {}
        self.exceptions = exceptions
        self.action = action
        self.fix_applicability = fix_applicability

    @classmethod
    def from_spec(cls, rule_id: str, spec: dict[str, Any], source: str) -> "Existence":
        common = cls.common(rule_id, spec, source)
        ignorecase = common["ignorecase"]
        tokens = str_list(spec, "tokens", ())
        raw = str_list(spec, "patterns", ())
        if not tokens and not raw:
            raise RuleFileError("existence needs 'tokens' or 'patterns'", "tokens")
        patterns = [compile_pattern(p, "patterns", ignorecase) for p in raw]
        needles = {}
        if tokens:
            alternation = compile_pattern(literal_alternation(tokens), "tokens", ignorecase)
            patterns.append(alternation)
            # A long alternation scans slowly (no literal prefix to search
            # for); the first word of each token is a literal to look for.
            first = (t.split(" ")[0] for t in tokens)
            needles[alternation] = tuple({search_fold(w) if ignorecase else w for w in first})
        action = get(spec, "action", str, None)
        if action not in (None, "remove"):
            raise RuleFileError("action must be 'remove'", "action")
        exceptions = str_list(spec, "exceptions", ())
        fold = str.lower if ignorecase else str
        return cls(patterns, frozenset(map(fold, exceptions)), action, applicability(spec),
                   needles, **common)

    def check(self, doc: Document) -> Iterable[Finding]:
        fold = str.lower if self.ignorecase else str
        for pattern in self.patterns:
            needles = self.needles.get(pattern)
            if needles is not None:
                haystack = doc.folded if self.ignorecase else doc.text
                if not any(n in haystack for n in needles):
                    continue
            for m in self.finditer(pattern, doc.text):
                if m.end() == m.start() or fold(m.group()) in self.exceptions:
                    continue
                fixes = ()
                if self.action == "remove":
                    fixes = (Fix(m.start(), m.end(), "", self.confidence, self.fix_applicability,
                                 "remove"),)
                f = self.finding(doc, m.start(), m.end(), fixes)
                if f:
                    yield f
