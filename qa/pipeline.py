"""Documents in, reports out: checkers, rules, grammar, merging, scoring.

Local checks are CPU-bound and run in worker processes when ``jobs > 1``;
grammar checks wait on the LanguageTool server and run in threads of the
main process, so one server serves every worker.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from itertools import islice
from typing import Callable, Iterable, Iterator

from . import checkers
from .context import Context
from .document import SOURCE_TEXT, Document
from .kinds.base import RuleTimeout
from .merge import merge_garble
from .model import DocumentReport, Finding, ReadFailure, severity_rank
from .options import Options
from .score import score, verdict
from .suppress import apply_suppressions
from .text.language import detect_language



def prepare(doc: Document, ctx: Context) -> Document:
    """Settle the language: a record's own, else --lang, else detected."""
    if doc.language is None:
        doc.language = ctx.options.language or detect_language(doc.words)
    return doc


def local_findings(doc: Document, ctx: Context) -> tuple[list[Finding], list[str]]:
    """Every check that needs no server: Python checkers and rule files."""
    prepare(doc, ctx)
    findings: list[Finding] = []
    notes: list[str] = []
    for module in checkers.BUILTIN:
        findings.extend(module.check(doc, ctx))
    for rule in ctx.rules:
        if rule.applies_to(doc.language):
            try:
                findings.extend(rule.check(doc))
            except RuleTimeout as exc:
                notes.append(str(exc))
    return findings, notes


def grammar_findings(doc: Document, ctx: Context) -> tuple[list[Finding], list[str]]:
    if ctx.grammar is None:
        return [], []
    skipped = ctx.grammar.skip_reason(doc.language)
    if skipped:
        return [], [skipped]
    try:
        return list(ctx.grammar.check(doc)), []
    except Exception as exc:  # one document's failure must not lose the others
        return [], [f"grammar not checked for this document: {exc}"]


def finish(doc: Document, findings: list[Finding], notes: list[str], ctx: Context) -> DocumentReport:
    """Merge signals, apply selection and suppressions, score."""
    findings = drop_explained(findings)
    findings = merge_garble(doc, findings, ctx)
    findings = apply_suppressions(doc.text, doc.ignored_rules, findings, grammar_checked=ctx.grammar is not None)
    findings = in_prose(doc, findings)
    opts = ctx.options
    findings = one_per_word([f for f in findings if opts.selected(f.rule, doc.source)])
    findings = sorted(set(findings), key=lambda f: (f.start, f.end, f.rule))
    words = len(doc.words)
    value = score(findings, words)
    if ctx.grammar_note:
        notes = [ctx.grammar_note, *notes]
    notes = [*doc.reader_notes, *notes]  # e.g. offsets are into extracted text
    return DocumentReport(
        # the file's own text where non-prose was blanked for checking (same offsets)
        source=doc.source, id=doc.id, language=doc.language or "und",
        text=doc.source_text, words=words,
        findings=tuple(findings), score=value,
        verdict=verdict(findings, value, opts.warn_below, opts.fail_below, opts.fail_level),
        notes=tuple(notes), meta=doc.meta, record_line=doc.record_line,
        line_starts=tuple(doc.line_starts), extracted=doc.extracted,
    )


def in_prose(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Where non-prose was blanked for checking (Markdown code, URLs, HTML), a
    finding that reaches into it judged blanks the checkers took for text
    ("the `x` the" is no repeated word): only findings that read the same in
    the file are kept."""
    source = doc.meta.get(SOURCE_TEXT)
    if source is None:
        return findings
    text = doc.text
    return [f for f in findings if text[f.start:f.end] == source[f.start:f.end]]


# Rules that judge one word's spelling; several may fire on the same typo
# ("technolgy" is both a non-word and a rare listed form).
_WORD_RULES = ("Spelling.", "OCR.", "Garble.RealWord")


# Findings that explain every word-level complaint inside their span: a word
# that is mojibake or half of a split word is not also a misspelling.
_EXPLAINS = ("Encoding.Mojibake", "Encoding.Replacement", "Encoding.InvalidBytes", "OCR.SplitWord")


def drop_explained(findings: list[Finding]) -> list[Finding]:
    spans = sorted((f.start, f.end) for f in findings if f.rule in _EXPLAINS)
    if not spans:
        return findings
    def explained(f: Finding) -> bool:
        return f.rule.startswith(_WORD_RULES) and f.rule not in _EXPLAINS and any(
            s < f.end and f.start < e for s, e in spans)
    return [f for f in findings if not explained(f)]


def one_per_word(findings: list[Finding]) -> list[Finding]:
    """One finding per misspelt word: the spelling checkers' own (its fixes
    are ranked for the word), raised to the strongest severity and
    confidence that any rule gave that word."""
    groups: dict[tuple[int, int], list[Finding]] = {}
    rest = []
    for f in findings:
        if f.rule.startswith(_WORD_RULES):
            groups.setdefault((f.start, f.end), []).append(f)
        else:
            rest.append(f)
    for group in groups.values():
        if len(group) == 1:
            rest.append(group[0])
            continue
        keep = max(group, key=lambda f: (f.rule != "Garble.RealWord", f.confidence))
        severity = max((f.severity for f in group), key=severity_rank)
        rest.append(keep.with_(severity=severity, confidence=max(f.confidence for f in group)))
    return rest


def failed_report(item: ReadFailure) -> DocumentReport:
    return DocumentReport(source=item.source, id=item.id, language="und", text="", words=0,
                          findings=(), score=0.0, verdict="error", error=item.message,
                          record_line=item.record_line)


def check_document(doc: Document, ctx: Context) -> DocumentReport:
    prepare(doc, ctx)
    local, notes = local_findings(doc, ctx)
    gram, gnotes = grammar_findings(doc, ctx)
    return finish(doc, local + gram, notes + gnotes, ctx)


# -- batches ---------------------------------------------------------------

_WORKER_CTX: Context | None = None  # one per worker process, built by _init_worker


def _init_worker(options: Options, grammar_note: str | None = None) -> None:
    global _WORKER_CTX
    _WORKER_CTX = Context.create(options)
    _WORKER_CTX.grammar_note = grammar_note


def _check_in_worker(doc: Document) -> DocumentReport:
    """Without grammar nothing waits on the main process, so merging and
    scoring run in the worker too instead of serially in the main one."""
    return check_document(doc, _WORKER_CTX)


def _local_in_worker(doc: Document) -> tuple[str | None, list[Finding], list[str]]:
    findings, notes = local_findings(doc, _WORKER_CTX)
    return doc.language, findings, notes


def check_documents(
    items: Iterable[Document | ReadFailure],
    ctx: Context,
    jobs: int = 1,
    on_done: Callable[[DocumentReport], None] | None = None,
    batch: int = 256,
) -> Iterator[DocumentReport]:
    """Reports in input order, one per item, streamed batch by batch."""
    jobs = max(1, jobs or os.cpu_count() or 1)
    pool = ProcessPoolExecutor(jobs, initializer=_init_worker,
                               initargs=(ctx.options, ctx.grammar_note)) if jobs > 1 else None
    threads = ThreadPoolExecutor(4) if ctx.grammar is not None else None
    try:
        it = iter(items)
        while chunk := list(islice(it, batch)):
            if pool is not None and threads is None:
                docs = [d for d in chunk if isinstance(d, Document)]
                reports = pool.map(_check_in_worker, docs, chunksize=8)
                for item in chunk:
                    report = failed_report(item) if isinstance(item, ReadFailure) else next(reports)
                    if on_done:
                        on_done(report)
                    yield report
                continue
            docs = [prepare(d, ctx) for d in chunk if isinstance(d, Document)]
            grammar = threads.map(lambda d: grammar_findings(d, ctx), docs) if threads else None
            if pool is not None:
                local = []
                for doc, (lang, found, notes) in zip(docs, pool.map(_local_in_worker, docs, chunksize=8)):
                    doc.language = lang
                    local.append((found, notes))
            else:
                local = [local_findings(d, ctx) for d in docs]
            grammar = list(grammar) if grammar is not None else [([], [])] * len(docs)
            results = iter(zip(docs, local, grammar))
            for item in chunk:
                if isinstance(item, ReadFailure):
                    report = failed_report(item)
                else:
                    doc, (found, notes), (gfound, gnotes) = next(results)
                    report = finish(doc, found + gfound, notes + gnotes, ctx)
                if on_done:
                    on_done(report)
                yield report
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
        if threads:
            threads.shutdown(cancel_futures=True)
