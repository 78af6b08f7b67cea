"""Exit status, decided in one place: ``exit_status(Outcome)``.

| status | meaning |
|---|---|
| 0 | no document failed (every verdict is pass or warn); or `--exit-zero` and nothing broke |
| 1 | some document's verdict is fail; with `--diff`: there are fixes to apply |
| 2 | the tool failed: bad arguments or configuration, an input that could not be read, a file `--fix` could not write, grammar required but unavailable, a check that raised on a document (qa.checkfailure), any unexpected error |
| 130 | interrupted (Ctrl-C) |

The verdict is the score's (``qa.score.verdict``), so the report and the
exit status never disagree: a FAIL shown is an exit 1.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import DocumentReport

OK, FINDINGS, FAILURE, INTERRUPTED = 0, 1, 2, 130


@dataclass(frozen=True)
class Outcome:
    """What a run found and what went wrong, in counts."""

    failed: int = 0  # documents whose verdict is fail
    unreadable: int = 0  # documents that could not be read at all
    tool_failures: int = 0  # files --fix could not write, grammar that was required and missing, ...
    fixes_pending: bool = False  # --diff: some fix would change a file
    diff: bool = False  # --diff: the exit status says whether fixes are pending (as ruff)
    exit_zero: bool = False  # report only: failed documents do not fail the run
    interrupted: bool = False
    unexpected: bool = False  # an exception the tool did not expect


def exit_status(o: Outcome) -> int:
    """
    >>> exit_status(Outcome())
    0
    >>> exit_status(Outcome(failed=3)), exit_status(Outcome(failed=3, exit_zero=True))
    (1, 0)
    >>> exit_status(Outcome(failed=1, unreadable=1, exit_zero=True))
    2
    """
    if o.interrupted:
        return INTERRUPTED
    if o.unexpected or o.unreadable or o.tool_failures:
        return FAILURE
    if o.exit_zero:
        return OK
    if o.diff:
        return FINDINGS if o.fixes_pending else OK
    return FINDINGS if o.failed else OK


def outcome_of(reports: Iterable[DocumentReport]) -> Outcome:
    """The outcome of checking these reports (no fixing, no flags)."""
    failed = unreadable = 0
    for r in reports:
        if r.error is not None:
            unreadable += 1
        elif r.verdict == "fail":
            failed += 1
    return Outcome(failed=failed, unreadable=unreadable)


def status_of_exception(exc: BaseException) -> int:
    """Ctrl-C is 130 (as shells report SIGINT); anything else the tool did
    not expect is a tool failure, never the "documents failed" status."""
    return exit_status(Outcome(interrupted=isinstance(exc, KeyboardInterrupt), unexpected=True))
