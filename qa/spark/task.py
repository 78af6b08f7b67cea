"""One Spark task's work: a newsqa context built once per task, so word
lists and rules load once per partition, not once per document, and a
report for every item whatever happens to it."""
from __future__ import annotations

from contextlib import ExitStack
from dataclasses import replace

from ..context import Context
from ..document import Document
from ..model import DocumentReport
from ..options import Options
from ..pipeline import ReadFailure, check_document, failed_report
from .deadline import DEFAULT_TIME_LIMIT, DocumentTimeout, time_limit
from .executor_grammar import ensure_machine_server


class TaskChecker:
    """Check documents inside one task; use as a context manager so the
    grammar client is closed when the partition ends."""

    def __init__(self, options: Options, seconds_per_document: float | None = DEFAULT_TIME_LIMIT):
        from ..cli import UsageError, start_grammar

        self.seconds = seconds_per_document
        self.ctx = Context.create(options)
        self._stack = ExitStack()
        # When grammar is required but unavailable here, every document
        # becomes an error row saying so; the job itself goes on.
        self.refusal: str | None = None
        ensure_machine_server(options)
        try:
            start_grammar(self.ctx, self._stack)
        except UsageError as exc:
            self.refusal = str(exc)

    def __enter__(self) -> "TaskChecker":
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def check(self, item: Document | ReadFailure) -> DocumentReport:
        if isinstance(item, ReadFailure):
            return failed_report(item)
        if self.refusal:
            return _error_report(item, self.refusal)
        try:
            with time_limit(self.seconds):
                return check_document(item, self.ctx)
        except DocumentTimeout:
            return _error_report(item, f"not checked: the check took longer than {self.seconds:g} s",
                                 "raise the time limit (--time-limit) to check this document")
        except Exception as exc:  # one document's failure must not fail the job
            return _error_report(item, f"not checked: {type(exc).__name__}: {exc}")


def _error_report(doc: Document, message: str, *notes: str) -> DocumentReport:
    report = failed_report(ReadFailure(doc.source, message, doc.id))
    return replace(report, notes=notes) if notes else report
