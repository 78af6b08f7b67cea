"""``extends = "substitution"``: a pattern and what to write instead.

Keys: ``swap`` (table: pattern -> replacement; the replacement may use
``\\1`` groups, or be a list of replacements, the fixes in their order
when the damage leaves more than one original: ``señal que`` from
``señaló`` or ``señala``) and ``applicability`` of the resulting fixes. The
message may use ``{match}`` and ``{replacement}`` (the first).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable

import regex

from ..document import Document
from ..model import Finding, Fix
from .base import CompiledPatterns, Rule, RuleFileError, applicability, compile_pattern, get

# The evidence family of a rule file whose swap puts back a damaged word
# that the words around it settle (rules/Garble/: ``pct coup`` -> ``coupon``).
CONTEXT = "context"


class Substitution(Rule):
    KIND = "substitution"
    KEYS = frozenset({"swap", "applicability"})
    MESSAGE_FIELDS = frozenset({"match", "replacement"})

    def __init__(self, swaps: list[tuple[regex.Pattern, tuple[str, ...]]], fix_applicability: str,
                 **common: Any):
        super().__init__(**common)
        self.swaps = swaps
        self.fix_applicability = fix_applicability

    @classmethod
    def from_spec(cls, rule_id: str, spec: dict[str, Any], source: str,
                  kept: CompiledPatterns | None = None) -> "Substitution":
        common = cls.common(rule_id, spec, source)
        table = get(spec, "swap", dict)
        if not table or not all(_replacements(v) for v in table.values()):
            raise RuleFileError("'swap' must be a non-empty table of pattern = replacement "
                                "(or a non-empty list of replacements)", "swap")
        swaps = [(compile_pattern(k, "swap", common["ignorecase"], kept), _replacements(v))
                 for k, v in table.items()]
        info = common["info"]
        if info.roles.family == CONTEXT:
            # a word damaged where its context allows one word: the swap names
            # that word, so a corrupted span over it ranks it first
            # (qa.originals: "La mis suerte" -> "misma", not the span's "Los")
            common["info"] = replace(info, roles=replace(info.roles, names_original=True))
        return cls(swaps, applicability(spec), **common)

    def check(self, doc: Document) -> Iterable[Finding]:
        budget = self.budget(doc)
        for pattern, templates in self.swaps:
            for m in self.finditer(pattern, doc.text, budget):
                if m.end() == m.start():
                    continue
                # each distinct replacement that changes the text, in order
                replacements = [r for r in dict.fromkeys(map(m.expand, templates)) if r != m.group()]
                if not replacements:
                    continue
                fixes = tuple(Fix(m.start(), m.end(), r, self.confidence, self.fix_applicability)
                              for r in replacements)
                f = self.finding(doc, m.start(), m.end(), fixes, replacement=replacements[0])
                if f:
                    yield f


def _replacements(value: Any) -> tuple[str, ...]:
    """A swap's replacements: one string, or a non-empty list of strings;
    () for anything else (the rule file is refused)."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    return ()
