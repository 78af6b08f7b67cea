"""``extends = "line"``: a whole line that is not article text.

Scraping leaves navigation, share buttons and cookie notices on lines of
their own. A pattern must match the whole line (surrounding spaces
ignored); ``max_words`` keeps long paragraphs that merely contain a phrase
out. The fix removes the line with its newline.

Keys: ``patterns``, ``max_words`` (default 12), ``applicability`` of the fix.
"""
from __future__ import annotations

from typing import Any, Iterable

import regex

from ..document import Document
from ..model import Finding, Fix
from .base import CompiledPatterns, Rule, RuleFileError, applicability, compile_pattern, get, str_list


class Line(Rule):
    KIND = "line"
    KEYS = frozenset({"patterns", "max_words", "applicability"})

    def __init__(self, patterns: list[regex.Pattern], max_words: int, fix_applicability: str,
                 **common: Any):
        super().__init__(**common)
        self.patterns = patterns
        self.max_words = max_words
        self.fix_applicability = fix_applicability

    @classmethod
    def from_spec(cls, rule_id: str, spec: dict[str, Any], source: str,
                  kept: CompiledPatterns | None = None) -> "Line":
        common = cls.common(rule_id, spec, source)
        raw = str_list(spec, "patterns")
        if not raw:
            raise RuleFileError("'patterns' must not be empty", "patterns")
        patterns = [compile_pattern(p, "patterns", common["ignorecase"], kept) for p in raw]
        max_words = get(spec, "max_words", int, 12)
        return cls(patterns, max_words, applicability(spec), **common)

    def check(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        budget = self.budget(doc)  # one budget for every line, not one per line
        for start, end, lead, stripped, words in doc.stripped_lines:
            if words > self.max_words:
                continue
            left = self._left(budget)  # one look at the clock per line, not per pattern
            for pattern in self.patterns:
                if self.fullmatch(pattern, stripped, left):
                    cut_end = min(end + 1, len(text))
                    fix = Fix(start, cut_end, "", self.confidence, self.fix_applicability,
                              "remove the line")
                    f = self.finding(doc, lead, lead + len(stripped), (fix,))
                    if f:
                        yield f
                    break
