"""What a run's reports add up to, counted as they stream past: the exit
outcome, the stderr summary line and the run notes, without holding the
reports. Unreadable inputs are announced on stderr as they come."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .baseline import Baseline
from .checkfailure import is_failure_note
from .model import DocumentReport
from .options import Options
from .render.inert import inert
from .render.summary import fixable


@dataclass
class Tally:
    """Watches reports stream past: what the exit status and the stderr
    summary need, without holding the reports."""

    baseline: Baseline | None
    record: bool
    options: Options
    documents: int = 0
    failed: int = 0
    unreadable: int = 0
    findings: int = 0
    broken: int = 0  # documents a check raised on (qa.checkfailure): the tool failed
    notes: list[tuple[str, ...]] = field(default_factory=list)
    fixable: dict[str, int] = field(default_factory=lambda: {"safe": 0, "unsafe": 0})

    def watch(self, reports: Iterable[DocumentReport]) -> Iterator[DocumentReport]:
        for r in reports:
            if self.baseline is not None:
                if self.record:
                    self.baseline.record(r)
                else:
                    r = self.baseline.filter(r, self.options)
            self.documents += 1
            if r.error:
                self.unreadable += 1
                print(f"qa: {inert(r.source)}: {inert(r.error)}", file=sys.stderr)
            elif r.verdict == "fail":
                self.failed += 1
            failures = [note for note in r.notes if is_failure_note(note)]
            if failures:
                self.broken += 1
                for note in dict.fromkeys(failures):  # once per check, not per window
                    print(f"qa: {inert(r.source)}: {inert(note)}", file=sys.stderr)
            self.findings += len(r.findings)
            self.notes.append(r.notes)
            for kind, n in fixable([r]).items():
                self.fixable[kind] += n
            yield r

    def summary_line(self) -> str:
        """ruff's closing lines, in one: counts, then what --fix would do."""
        s = "s" if self.findings != 1 else ""
        line = f"{self.findings} finding{s} in {self.documents} document{'s' if self.documents != 1 else ''}"
        line += f", {self.failed} failed" if self.failed else ", none failed"
        safe, unsafe = self.fixable["safe"], self.fixable["unsafe"]
        if safe or unsafe:
            line += f"; {safe} fixable with --fix" + (f", {unsafe} more with --unsafe-fixes" if unsafe else "")
        return line
