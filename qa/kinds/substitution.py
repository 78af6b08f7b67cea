"""``extends = "substitution"``: a pattern and what to write instead.

Keys: ``swap`` (table: pattern -> replacement; the replacement may use
``\\1`` groups) and ``applicability`` of the resulting fix. The message may
use ``{match}`` and ``{replacement}``.
"""
from __future__ import annotations

from typing import Any, Iterable

import regex

from ..document import Document
from ..model import Finding, Fix
from .base import CompiledPatterns, Rule, RuleFileError, applicability, compile_pattern, get


class Substitution(Rule):
    KIND = "substitution"
    KEYS = frozenset({"swap", "applicability"})
    MESSAGE_FIELDS = frozenset({"match", "replacement"})

    def __init__(self, swaps: list[tuple[regex.Pattern, str]], fix_applicability: str, **common: Any):
        super().__init__(**common)
        self.swaps = swaps
        self.fix_applicability = fix_applicability

    @classmethod
    def from_spec(cls, rule_id: str, spec: dict[str, Any], source: str,
                  kept: CompiledPatterns | None = None) -> "Substitution":
        common = cls.common(rule_id, spec, source)
        table = get(spec, "swap", dict)
        if not table or not all(isinstance(v, str) for v in table.values()):
            raise RuleFileError("'swap' must be a non-empty table of pattern = replacement", "swap")
        swaps = [(compile_pattern(k, "swap", common["ignorecase"], kept), v) for k, v in table.items()]
        return cls(swaps, applicability(spec), **common)

    def check(self, doc: Document) -> Iterable[Finding]:
        budget = self.budget(doc)
        for pattern, template in self.swaps:
            for m in self.finditer(pattern, doc.text, budget):
                if m.end() == m.start():
                    continue
                replacement = m.expand(template)
                if replacement == m.group():
                    continue
                fix = Fix(m.start(), m.end(), replacement, self.confidence, self.fix_applicability)
                f = self.finding(doc, m.start(), m.end(), (fix,), replacement=replacement)
                if f:
                    yield f
