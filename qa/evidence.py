"""What the offline signal checkers say about one span of a (small) document.

Ranking repairs puts each candidate word into its sentence and asks again:
does the agreement check still fire, is the word still out of register,
is it still a rare neighbour of a common word? This module answers that
question for ``qa.originals``; it re-runs only the checkers whose evidence a
single word can clear, chosen by their rules' evidence family.
"""
from __future__ import annotations

from typing import Callable, Iterable, Mapping

from .document import Document
from .kinds.base import Rule
from .lexicon import Lexicons
from .model import Finding, RuleRoles

# Families whose checkers re-run on a candidate sentence. A repeat counts
# against a candidate that makes one: a repair must not write the very
# damage a doubled word is (``The ther business`` -> ``the``).
OFFLINE_FAMILIES = ("agreement", "register", "spelling", "repetition")


class OfflineSignals:
    """``families_at(doc, start, end)``: the offline evidence families that
    touch a span. The answer depends only on the text, the language and the
    span, so it is kept for the run in the Lexicon's memo (a candidate
    sentence comes back whenever the same damaged sentence does)."""

    def __init__(
        self,
        lexicons: Lexicons,
        checkers: Iterable[Callable[[Document], Iterable[Finding]]],
        rules: Iterable[Rule],
        roles: Mapping[str, RuleRoles],
        rare_neighbour: Callable[[str, object], object],
    ):
        self.lexicons = lexicons
        self.checkers = tuple(checkers)
        self.rules = tuple(rules)
        self.roles = roles
        # Is this word a rare neighbour of a common one? (qa.checkers.realword)
        self.rare_neighbour = rare_neighbour

    def families_at(self, doc: Document, start: int, end: int) -> list[str]:
        memo = self.lexicons[doc.language].memo("evidence.families_at", size=50_000)
        key = (doc.text, start, end)
        found = memo.get(key)
        if found is None:
            found = memo[key] = tuple(self._families_at(doc, start, end))
        return list(found)

    def _families_at(self, doc: Document, start: int, end: int) -> list[str]:
        found: list[Finding] = []
        for check in self.checkers:
            found.extend(check(doc))
        for rule in self.rules:
            if rule.applies_to(doc.language):
                found.extend(rule.check(doc))
        found = [f.with_(roles=self.roles.get(f.rule, f.roles)) for f in found]
        out = [fam for fam in families_touching(found, start, end) if fam in OFFLINE_FAMILIES]
        # only the word itself can be a rare neighbour of a common word
        if self.rare_neighbour(doc.text[start:end], self.lexicons[doc.language]):
            out.append("spelling")
        return out


def families_touching(findings: list[Finding], start: int, end: int) -> list[str]:
    """Distinct families of ``findings`` whose suspect word overlaps [start, end)."""
    out = []
    for f in findings:
        fam = f.roles.family
        if fam is None:
            continue
        s, e = f.suspect_span
        if s < end and start < e and fam not in out:
            out.append(fam)
    return out
