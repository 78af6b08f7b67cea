"""``qa fix`` and ``qa check --diff``: every input of a run, read through the
same sources as ``qa check``, fixed (in worker processes with ``--jobs``),
written back through ``qa.rewrite``, and reported.

A document whose fixes cannot be written back (invalid bytes, a read-only
file) is only checked, and the refusal is a one-line error. SIGTERM ends
the run like an interrupt: a file being rewritten is left as it was and no
temporary file stays behind.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterable, Iterator
from itertools import islice

from . import workerpool
from .context import Context
from .document import Document
from .fix import fix_document
from .gcpolicy import tune_for_batch_run
from .model import DocumentReport, ReadFailure
from .options import Options
from .pipeline import check_document, failed_report
from .rewrite import Writer
from .termsignal import TermSignal

BATCH = 64
_WORKER_CTX: Context | None = None  # one per worker process, built by _init_worker


def _init_worker(options: Options, grammar_note: str | None) -> None:
    global _WORKER_CTX
    tune_for_batch_run()
    _WORKER_CTX = Context.create(options)
    _WORKER_CTX.grammar_note = grammar_note


def _adopt_parent_context(ctx: Context) -> None:
    """A forked worker's initializer: the parent's context is inherited."""
    global _WORKER_CTX
    _WORKER_CTX = ctx


def _outcome(doc: Document, ctx: Context, fix: bool, unsafe: bool) -> tuple[str, int, DocumentReport]:
    """(fixed text, edits, report of the final text) of one document."""
    if not fix:
        return doc.source_text, 0, check_document(doc, ctx)
    result = fix_document(doc, ctx, unsafe=unsafe)
    return result.text, result.edits, result.report


def _outcome_in_worker(task: tuple[Document, bool, bool]) -> tuple[str, int, DocumentReport]:
    doc, fix, unsafe = task
    return _outcome(doc, _WORKER_CTX, fix, unsafe)


class FixRun:
    """Fix every input of a run; reports stream out, counts accumulate.
    Use it as a context manager so an interrupted run writes nothing half."""

    def __init__(self, ctx: Context, unsafe: bool = False, write: bool = True, diff_out=None,
                 stdout=None, jobs: int | None = None):
        self.ctx = ctx
        self.unsafe = unsafe
        self.jobs = max(1, jobs or ctx.options.jobs or 1)
        # SIGTERM unwinds like an interrupt, so pending writes are discarded;
        # the writer holds it while a temporary file changes hands
        self._term = TermSignal()
        self.writer = Writer(ctx.options.text_field, write, diff_out,
                             **({"stdout": stdout} if stdout is not None else {}),
                             hold=self._term.held)
        self._previous_handler = None

    @property
    def edits(self) -> int:
        return self.writer.edits

    @property
    def files_changed(self) -> int:
        return self.writer.files_changed

    @property
    def failures(self) -> list[str]:
        return self.writer.failures

    def __enter__(self) -> "FixRun":
        if threading.current_thread() is threading.main_thread():
            self._previous_handler = self._term.install()
        return self

    def __exit__(self, *exc) -> None:
        self.writer.abort()
        if self._previous_handler is not None:
            signal.signal(signal.SIGTERM, self._previous_handler)
            self._previous_handler = None

    def reports(self, items: Iterable[Document | ReadFailure]) -> Iterator[DocumentReport]:
        """One report per item, in input order."""
        # The grammar service lives in this process, so with grammar on the
        # documents are fixed here; without it, in worker processes.
        pool = None
        parallel = self.jobs > 1 and self.ctx.grammar is None
        fork = parallel and workerpool.can_fork(self.ctx)
        if parallel and not fork:
            pool = workerpool.spawn_pool(self.jobs, _init_worker, (self.ctx.options, self.ctx.grammar_note))
        try:
            it = iter(items)
            while chunk := list(islice(it, BATCH)):
                tasks = []
                for item in chunk:
                    if isinstance(item, Document):
                        tasks.append((item, self.writer.may_write(item), self.unsafe))
                if fork and pool is None and tasks:
                    workerpool.warm_up((doc for doc, _, _ in tasks), self.ctx, check_document)
                    pool = workerpool.fork_pool(self.jobs, _adopt_parent_context, (self.ctx,))
                if pool is not None:
                    outcomes = pool.map(_outcome_in_worker, tasks, chunksize=4)
                else:
                    outcomes = (_outcome(doc, self.ctx, fix, unsafe) for doc, fix, unsafe in tasks)
                for item in chunk:
                    if isinstance(item, ReadFailure):
                        yield failed_report(item)
                        continue
                    fixed, edits, report = next(outcomes)
                    if not self.writer.accept(item, fixed, edits):
                        report = check_document(item, self.ctx)  # the text as it stays
                    yield report
            self.writer.finish()
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
