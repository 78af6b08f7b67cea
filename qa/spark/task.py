"""One Spark task's work: a newsqa context built once per task, so word
lists and rules load once per partition, not once per document, and a
report for every item whatever happens to it."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import replace
from itertools import islice

from ..context import Context
from ..document import Document
from ..model import DocumentReport
from ..options import Options
from ..pipeline import (
    ReadFailure,
    check_document,
    failed_report,
    finish,
    grammar_findings,
    local_findings,
    prepare,
)
from .deadline import DEFAULT_TIME_LIMIT, DocumentTimeout, time_limit
from .executor_grammar import ensure_machine_server

# Grammar requests in flight per task while its thread runs the local
# checks: LanguageTool answers in tens of milliseconds, mostly waiting.
GRAMMAR_THREADS = 4
AHEAD = 32  # documents whose grammar is requested before their local checks


class TaskChecker:
    """Check documents inside one task; use as a context manager so the
    grammar client is closed when the partition ends."""

    def __init__(self, options: Options, seconds_per_document: float | None = DEFAULT_TIME_LIMIT):
        from ..errors import UsageError
        from ..grammar.attach import start_grammar

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

    def reports(self, items: Iterable[Document | ReadFailure]) -> Iterator[DocumentReport]:
        """``check`` over many items, in order; with grammar, the next
        documents' requests run in threads meanwhile (as ``qa check`` does),
        each document still under its own time limit."""
        if self.ctx.grammar is None or self.refusal:
            yield from map(self.check, items)
            return
        stream = iter(items)
        with ThreadPoolExecutor(GRAMMAR_THREADS) as pool:
            while chunk := list(islice(stream, AHEAD)):
                pending = {}
                for item in chunk:
                    if isinstance(item, Document):
                        try:
                            prepare(item, self.ctx)
                        except Exception:  # check() reports it
                            continue
                        pending[id(item)] = pool.submit(grammar_findings, item, self.ctx)
                for item in chunk:
                    future = pending.get(id(item))
                    if future is None:
                        yield self.check(item)
                    else:
                        yield self._guarded(item, lambda: self._with(item, future))

    def _with(self, doc: Document, grammar) -> DocumentReport:
        local, notes = local_findings(doc, self.ctx)
        found, gnotes = grammar.result()
        return finish(doc, local + found, notes + gnotes, self.ctx)

    def check(self, item: Document | ReadFailure) -> DocumentReport:
        if isinstance(item, ReadFailure):
            return failed_report(item)
        if self.refusal:
            return _error_report(item, self.refusal)
        return self._guarded(item, lambda: check_document(item, self.ctx))

    def _guarded(self, doc: Document, run) -> DocumentReport:
        try:
            with time_limit(self.seconds):
                return run()
        except DocumentTimeout:
            return _error_report(doc, f"not checked: the check took longer than {self.seconds:g} s",
                                 "raise the time limit (--time-limit) to check this document")
        except Exception as exc:  # one document's failure must not fail the job
            return _error_report(doc, f"not checked: {type(exc).__name__}: {exc}",
                                 "a fault in newsqa, not in the text: please report it with this document")


def _error_report(doc: Document, message: str, *notes: str) -> DocumentReport:
    report = failed_report(ReadFailure(doc.source, message, doc.id, doc.record_line))
    return replace(report, notes=notes) if notes else report
