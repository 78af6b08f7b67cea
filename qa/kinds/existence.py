"""``extends = "existence"``: flag any of a list of words, phrases or patterns.

Keys: ``tokens`` (literal words or phrases, matched on word boundaries),
``patterns`` (regular expressions, ``regex`` syntax), ``exceptions``
(matches to leave alone), ``action`` ("remove" offers a fix that deletes the
match) and ``applicability`` of that fix.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

import regex

from ..document import Document, search_fold
from ..model import Finding, Fix
from .base import CompiledPatterns, Rule, RuleFileError, applicability, compile_pattern, get, str_list


def literal_parts(tokens: tuple[str, ...]) -> list[str]:
    # Longest first so that "read more" wins over "read"; spaces match any run
    # of whitespace because scraped text wraps lines anywhere. Equal lengths
    # in text order, so that the same tokens always make the same pattern.
    return sorted({regex.escape(t).replace(r"\ ", r"\s+") for t in tokens}, key=lambda part: (-len(part), part))


def alternation(parts: list[str] | tuple[str, ...]) -> str:
    return r"(?<![\p{L}\p{N}])(?:" + "|".join(parts) + r")(?![\p{L}\p{N}])"


def literal_alternation(tokens: tuple[str, ...]) -> str:
    return alternation(literal_parts(tokens))


class _NeedleSearch:
    """Which of many literals a text contains, in one scan of the text.

    >>> sorted(_NeedleSearch({"culo", "culos", "los", "puta"}).present("vehículos y los"))
    ['culo', 'culos', 'los']
    """

    def __init__(self, needles: set[str]):
        # Longest first: where several start at one place the longest is found,
        # and the others are its prefixes.
        ordered = sorted(needles - {""}, key=len, reverse=True)
        self._always = {""} & needles
        self._needles = frozenset(ordered)
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        # Every needle under each of its prefixes, so that the needles related
        # to a found one are looked up, not compared pairwise: set-up grows
        # with the needles' total length, not with its square.
        self._by_prefix: dict[str, list[str]] = {}
        for n in ordered:
            for k in range(1, len(n) + 1):
                self._by_prefix.setdefault(n[:k], []).append(n)
        self._related: dict[str, tuple[list[str], list[str]]] = {}

    def _related_to(self, found: str) -> tuple[list[str], list[str]]:
        """The needles that are prefixes of ``found`` (present wherever it
        is), and those that start inside it (the scan resumes after each
        literal it finds, so each is looked for on its own)."""
        related = self._related.get(found)
        if related is None:
            needles = self._needles
            prefixes = [found[:k] for k in range(1, len(found) + 1) if found[:k] in needles]
            inside: set[str] = set()
            for k in range(1, len(found)):
                tail = found[k:]
                inside.update(self._by_prefix.get(tail, ()))
                inside.update(tail[:j] for j in range(1, len(tail) + 1) if tail[:j] in needles)
            related = self._related[found] = (prefixes, sorted(inside))
        return related

    def present(self, text: str) -> set[str]:
        found = set(self._always)
        if self._pattern is None:
            return found
        seen = set(self._pattern.findall(text))
        for f in seen:
            found.update(self._related_to(f)[0])
        for f in seen:
            found.update(n for n in self._related_to(f)[1] if n not in found and n in text)
        return found


class Existence(Rule):
    KIND = "existence"
    KEYS = frozenset({"tokens", "patterns", "exceptions", "action", "applicability"})
    MAX_CACHED = 256  # alternations compiled for subsets of the tokens

    def __init__(self, patterns: list[regex.Pattern], exceptions: frozenset[str],
                 action: str | None, fix_applicability: str,
                 literals: tuple[tuple[str, str], ...] = (), **common: Any):
        super().__init__(**common)
        self.patterns = patterns
        # The tokens' alternation, in order, as (part, needle): the needle is
        # a literal that any match of the part contains (its first word,
        # folded as ``Document.folded`` is). A document is searched only
        # with the parts whose needle it holds: an alternative that cannot
        # match there changes nothing, and a long alternation scans slowly
        # (no literal prefix to search for) while a short one does not.
        self.literals = literals
        self._alternations: dict[tuple[str, ...], regex.Pattern] = {}
        self._needles = _NeedleSearch({needle for _, needle in literals})
        self.exceptions = exceptions
        self.action = action
        self.fix_applicability = fix_applicability

    @classmethod
    def from_spec(cls, rule_id: str, spec: dict[str, Any], source: str,
                  kept: CompiledPatterns | None = None) -> "Existence":
        common = cls.common(rule_id, spec, source)
        ignorecase = common["ignorecase"]
        tokens = str_list(spec, "tokens", ())
        raw = str_list(spec, "patterns", ())
        if not tokens and not raw:
            raise RuleFileError("existence needs 'tokens' or 'patterns'", "tokens")
        patterns = [compile_pattern(p, "patterns", ignorecase, kept) for p in raw]
        literals: tuple[tuple[str, str], ...] = ()
        if tokens:
            parts = literal_parts(tokens)
            compile_pattern(alternation(parts), "tokens", ignorecase, kept)  # report a bad token now
            fold = search_fold if ignorecase else str
            needle = {regex.escape(t).replace(r"\ ", r"\s+"): fold(t.split(" ")[0]) for t in tokens}
            literals = tuple((part, needle[part]) for part in parts)
        action = get(spec, "action", str, None)
        if action not in (None, "remove"):
            raise RuleFileError("action must be 'remove'", "action")
        exceptions = str_list(spec, "exceptions", ())
        fold = str.lower if ignorecase else str
        return cls(patterns, frozenset(map(fold, exceptions)), action, applicability(spec),
                   literals, **common)

    def _alternation(self, doc: Document) -> regex.Pattern | None:
        """The tokens' alternation cut down to the parts this document can match."""
        present = self._needles.present(doc.folded if self.ignorecase else doc.text)
        parts = tuple(part for part, needle in self.literals if needle in present)
        if not parts:
            return None
        pattern = self._alternations.get(parts)
        if pattern is None:
            if len(self._alternations) >= self.MAX_CACHED:
                self._alternations.clear()
            pattern = self._alternations[parts] = compile_pattern(
                alternation(parts), "tokens", self.ignorecase)
        return pattern

    def check(self, doc: Document) -> Iterable[Finding]:
        fold = str.lower if self.ignorecase else str
        patterns = self.patterns
        if self.literals and (tokens := self._alternation(doc)) is not None:
            patterns = [*patterns, tokens]
        budget = self.budget(doc)
        for pattern in patterns:
            for m in self.finditer(pattern, doc.text, budget):
                if m.end() == m.start() or fold(m.group()) in self.exceptions:
                    continue
                fixes = ()
                if self.action == "remove":
                    fixes = (Fix(m.start(), m.end(), "", self.confidence, self.fix_applicability,
                                 "remove"),)
                f = self.finding(doc, m.start(), m.end(), fixes)
                if f:
                    yield f
