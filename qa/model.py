"""Plain, frozen data that flows between the stages.

Every offset is an absolute code-point index into ``Document.text``;
lines and columns are computed only by renderers (``Document.position``).
"""
from __future__ import annotations

from bisect import bisect_right
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


def edits_conflict(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Edits conflict when they share a character, or when an insertion
    falls inside or at the edge of the other edit (the order of the two
    results would be ambiguous)."""
    if a_start == a_end or b_start == b_end:
        return a_start <= b_end and b_start <= a_end
    return a_start < b_end and b_start < a_end


@dataclass(frozen=True, slots=True)
class Fix:
    """One candidate edit: replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str
    confidence: float = 0.5
    applicability: Applicability = "unsafe"
    description: str = ""

    def conflicts(self, other: "Fix") -> bool:
        """Whether the two edits cannot both be made: see ``edits_conflict``."""
        return edits_conflict(self.start, self.end, other.start, other.end)

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


def one_per_edit(fixes: tuple[Fix, ...] | list[Fix]) -> tuple[Fix, ...]:
    """``fixes`` with each edit (range and replacement) offered once, where
    it first stands. A merged span gathers its ranked repairs and its
    signals' own fixes, and two sources may offer the same edit (the
    ranking's ``perdí`` and the class model's); the one kept carries the
    strongest applicability and the highest confidence of its copies, so
    that neither what ``--unsafe-fixes`` may apply nor the order by
    confidence changes.

    >>> a = Fix(0, 4, "casa", 0.4, "display", "ranked")
    >>> b = Fix(5, 7, "la", 0.3, "display")
    >>> c = Fix(0, 4, "casa", 0.6, "unsafe", "a signal's")
    >>> [(f.replacement, f.confidence, f.applicability, f.description) for f in one_per_edit((a, b, c))]
    [('casa', 0.6, 'unsafe', 'ranked'), ('la', 0.3, 'display', '')]
    """
    kept: dict[tuple[int, int, str], Fix] = {}
    for fix in fixes:
        key = (fix.start, fix.end, fix.replacement)
        first = kept.get(key)
        if first is None:
            kept[key] = fix
            continue
        stronger = min(first.applicability, fix.applicability, key=APPLICABILITIES.index)
        kept[key] = replace(first, confidence=max(first.confidence, fix.confidence), applicability=stronger)
    return tuple(kept.values())


@dataclass(frozen=True, slots=True)
class RuleRoles:
    """How the stages after the checkers treat a rule's findings. Merging,
    de-duplication and rendering read these, never the rule's id."""

    # The kind of damage evidence a finding is (agreement, spelling,
    # register, repetition, encoding, grammar); signals of two or more
    # families in one clause make a corrupted span. None: no damage signal.
    family: str | None = None
    # Judges one word's spelling; several such rules may fire on one typo,
    # and one finding per word is kept.
    word_level: bool = False
    # Accounts for every word-level complaint inside its span (a word that
    # is mojibake, or half of a split word, is not also a misspelling).
    explains_inside: bool = False
    # Says that a valid word is wrong where it stands: a span needs one.
    real_word_evidence: bool = False
    # Its fix is one frequent neighbour, not a ranked correction: another
    # word-level finding on the same word, or a span's repairs, come first.
    neighbour_guess: bool = False
    # Its one fix is named by the dictionary's readings (a determiner in its
    # noun's gender): a span's ranked repairs put it first when they lack it.
    names_original: bool = False
    # Its one fix is the candidate its place's context model fits best (the
    # Spanish class trigrams): a span's ranked repairs put it first, after a
    # named original (qa/placed_first.py).
    place_repair: bool = False
    # A match of the grammar server, which a repair's recheck can clear.
    grammar_server: bool = False
    # A span merged from several signals (renderers list it first).
    merged_span: bool = False


NO_ROLES = RuleRoles()
EVIDENCE_FAMILIES: tuple[str, ...] = ("agreement", "spelling", "register", "repetition", "encoding",
                                      "grammar", "context")


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
    # The word a multi-word signal blames ("culo" in "los culo"): repairs
    # are ranked for it. None: the finding's own span.
    suspect: tuple[int, int] | None = None
    # Copied from the rule's RuleInfo by the pipeline (qa.pipeline.with_roles).
    roles: RuleRoles = field(default=NO_ROLES, compare=False, hash=False)
    # The signals a merged span was made of, in text order.
    evidence: tuple["Finding", ...] = field(default=(), compare=False, hash=False)

    @property
    def suspect_span(self) -> tuple[int, int]:
        return self.suspect if self.suspect is not None else (self.start, self.end)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def with_(self, **changes: Any) -> "Finding":
        return replace(self, **changes)


def line_starts_of(text: str) -> list[int]:
    """Offsets where each line of ``text`` begins (after every ``\\n``).

    >>> line_starts_of("a\\nbc\\n")
    [0, 2, 5]
    """
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def position_in(line_starts: list[int] | tuple[int, ...], length: int, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a code-point offset into a text of ``length``
    code points whose lines begin at ``line_starts``; column counts code points."""
    offset = max(0, min(offset, length))
    line = bisect_right(line_starts, offset) - 1
    return line + 1, offset - line_starts[line] + 1


@dataclass(frozen=True, slots=True)
class FileStamp:
    """The file a document was read from, as it was when read. The writer
    replaces the file only while it is still this one (same inode, size and
    modification time), so text appended meanwhile is never lost."""

    path: str  # for opening; may hold surrogate escapes of a name that is not UTF-8
    device: int
    inode: int
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A source that could not become a document; it still gets a report."""

    source: str  # the path as shown, "-" for stdin
    message: str
    id: str | None = None
    record_line: int | None = None  # 1-based line of a JSON Lines record, None for a whole file


@dataclass(frozen=True, slots=True)
class DocumentReport:
    """What one document produced; renderers need nothing else."""

    source: str  # the path as shown, "-" for stdin
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
    record_line: int | None = None  # 1-based line of a JSON Lines record, None for a whole file
    # Where each line of ``text`` begins, so renderers can place offsets
    # without rebuilding a Document; computed from the text when not given.
    line_starts: tuple[int, ...] = field(default=(), compare=False, repr=False)
    # Set when ``text`` was extracted from an HTML page or WARC record
    # (``Document.extracted``): offsets are into that text, not into the file.
    extracted: dict[str, str] | None = field(default=None, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.line_starts:
            object.__setattr__(self, "line_starts", tuple(line_starts_of(self.text)))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset into ``text``.

        >>> DocumentReport("a.txt", None, "es", "ab\\ncd", 2, (), 100.0, "pass").position(4)
        (2, 2)
        """
        return position_in(self.line_starts, len(self.text), offset)


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
    roles: RuleRoles = NO_ROLES
