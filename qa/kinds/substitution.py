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

    def __init__(self, swaps: list[tuple[regex.Pattern, tuple[str, ...], str | None]], fix_applicability: str,
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
        swaps = [(compile_pattern(k, "swap", common["ignorecase"], kept), _replacements(v),
                  None if common["ignorecase"] else leading_literal(k))
                 for k, v in table.items()]
        info = common["info"]
        if info.roles.family == CONTEXT:
            # a word damaged where its context allows one word: the swap names
            # that word, so a corrupted span over it ranks it first
            # (qa.originals: "La mis suerte" -> "misma", not the span's "Los")
            common["info"] = replace(info, roles=replace(info.roles, names_original=True))
        return cls(swaps, applicability(spec), **common)

    def check(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        # most documents hold none of a swap's words: a substring test, far
        # cheaper than the pattern's own scan, settles those first
        swaps = [(pattern, templates) for pattern, templates, literal in self.swaps
                 if literal is None or literal in text]
        if not swaps:
            return
        budget = self.budget(doc)
        for pattern, templates in swaps:
            for m in self.finditer(pattern, text, budget):
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


# The quantifiers that make the character before them optional or repeated.
_QUANTIFIERS = frozenset("?*+{")


def leading_literal(pattern: str) -> str | None:
    """The letters and digits every match of ``pattern`` (case-sensitive)
    starts with, when it opens with some and has no alternative at its top
    level; None otherwise (then the pattern is scanned for every document).

    >>> leading_literal("coup(?<=pct coup)(?= and)"), leading_literal("heats?(?= oil)")
    ('coup', 'heat')
    >>> leading_literal("(?<=x)([Dd])irecto"), leading_literal("dlr|dlrs")
    (None, None)
    """
    k = 0
    # letters, digits and spaces: no character of these is special
    while k < len(pattern) and (pattern[k].isalnum() or pattern[k] == " "):
        k += 1
    if k < len(pattern) and pattern[k] in _QUANTIFIERS:
        k -= 1  # the last character is optional or repeated
    literal = pattern[:k]
    if not literal.strip() or _top_level_alternative(pattern):
        return None
    return literal


def _top_level_alternative(pattern: str) -> bool:
    """Does ``pattern`` hold a ``|`` outside every group and class?"""
    depth, k, in_class = 0, 0, False
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[k + 1:k + 2] == "]":
                k += 1  # a "]" first in a class is literal
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        k += 1
    return False


def _replacements(value: Any) -> tuple[str, ...]:
    """A swap's replacements: one string, or a non-empty list of strings;
    () for anything else (the rule file is refused)."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    return ()
