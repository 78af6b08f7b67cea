"""Documents in, reports out: checkers, rules, grammar, merging, scoring.

Local checks are CPU-bound and run in worker processes when ``jobs > 1``;
grammar checks wait on the LanguageTool server and run in threads of the
main process, so one server serves every worker.
"""
from __future__ import annotations

import os
from collections import Counter, deque
from copy import copy
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from . import checkers, dealclock, langdeal, seconded, windows, workerpool
from .budget import Budget, BudgetSpent
from .checkfailure import failure_note_or_raise
from .checkers import realword
from .context import Context
from .document import Document
from .evidence import OfflineSignals
from .gcpolicy import tune_for_batch_run
from .kinds.base import RuleTimeout
from .grammar.spelling import without_spared
from .merge import absorb, merge_garble
from .model import NO_ROLES, DocumentReport, Finding, ReadFailure, severity_rank
from .options import Options
from .originals import SentenceJudge, add_originals
from .score import score, verdict
from .suppress import apply_suppressions
from .text.language import UNKNOWN, detect_language, guess_language
from .text.verdicttable import missing_table_note

if TYPE_CHECKING:  # the threads serve grammar only; a run without it never imports them
    from concurrent.futures import ThreadPoolExecutor



# Findings kept per document: one word repeated a million times must not
# fill the memory with a million findings; the first ones say it all.
MAX_FINDINGS = 10_000


def prepare(doc: Document, ctx: Context) -> Document:
    """Settle the language: a record's own, else --lang, else detected
    (from the first window of a large document: tokens of the whole would
    cost what windows save)."""
    if doc.language is None:
        sample = doc if windows.fits(doc) else Document(doc.text[:windows.WINDOW])
        doc.language = ctx.options.language or detect_language(sample.words, lists=ctx.lexicons)
    return doc


def local_findings(doc: Document, ctx: Context) -> tuple[list[Finding], list[str]]:
    """Every check that needs no server: Python checkers and rule files,
    window by window, within the document's time budget."""
    prepare(doc, ctx)
    budget = Budget.cpu(ctx.options.time_budget)
    findings: list[Finding] = []
    notes: list[str] = _language_notes(doc, ctx)
    timed_out: set[str] = set()  # rules skipped for the rest of the document
    for offset, window in windows.split(doc):
        found, stopped = _window_findings(window, ctx, budget, timed_out, notes)
        del window  # its tokens go before the next window's are made
        findings.extend(windows.shift(found, offset))
        if stopped:
            notes.append(f"time budget of {ctx.options.time_budget:g} CPU seconds spent: {stopped} and the "
                         f"checks after it did not run from character {offset} on")
            break
        if len(findings) > MAX_FINDINGS:
            findings.sort(key=lambda f: (f.start, f.end, f.rule))
            cut = findings[MAX_FINDINGS].start
            findings = [f for f in findings if f.start < cut]
            notes.append(f"more than {MAX_FINDINGS:,} findings: checks stopped at character {cut}")
            break
    return with_roles(findings, ctx), notes


def _window_findings(doc: Document, ctx: Context, budget: Budget, timed_out: set[str],
                     notes: list[str]) -> tuple[list[Finding], str | None]:
    """The findings of one window, and the first check the time budget did
    not leave room for (None when every check ran)."""
    findings: list[Finding] = []
    for module in checkers.BUILTIN:
        name = module.__name__.rsplit(".", 1)[-1]
        if budget.spent():
            return findings, name
        try:
            findings.extend(module.check(doc, ctx))
        except Exception as exc:  # one check's bug on one document must not lose the run
            notes.append(failure_note_or_raise(name, exc, ctx.options.raise_check_errors))
    for rule in ctx.rules:
        if rule.applies_to(doc.language) and rule.info.id not in timed_out:
            if budget.spent():
                return findings, rule.info.id
            try:
                findings.extend(rule.check(doc))
            except RuleTimeout as exc:
                timed_out.add(rule.info.id)
                notes.append(str(exc))
            except Exception as exc:  # a rule file's check, as a checker's above
                notes.append(failure_note_or_raise(rule.info.id, exc, ctx.options.raise_check_errors))
    return findings, None


def _language_notes(doc: Document, ctx: Context) -> list[str]:
    """Say so when the checks that need a word list, or the language's
    installed data, cannot run."""
    lex = ctx.lexicons[doc.language or UNKNOWN]
    if lex.available:
        missing = lex.profile.missing_data
        note = missing(lex) if missing is not None else None
        return [note] if note else []
    if doc.language in (None, UNKNOWN):
        return ["language not recognised; checks that need a word list were skipped; pass --lang"]
    return [f"no word list for language '{doc.language}'; checks that need one were skipped"]


def with_roles(findings: list[Finding], ctx: Context) -> list[Finding]:
    """Each finding with its rule's roles, so that no later stage needs to
    know rule ids (findings of rules known only as they occur, such as the
    grammar server's, bring their own)."""
    roles = ctx.rule_roles()
    out = []
    for f in findings:
        role = roles.get(f.rule, NO_ROLES)
        out.append(f if role is NO_ROLES or f.roles is not NO_ROLES else f.with_(roles=role))
    return out


def sentence_judge(ctx: Context) -> SentenceJudge:
    """What ranking likely originals may ask: the offline checkers whose evidence one
    word can clear or bring (agreement, register, a repeat), re-run on a candidate sentence,
    and the grammar server's recheck when one runs. Built once per run (and
    again only if the run's grammar service changes)."""
    if ctx._judge is None or ctx._judge[0] is not ctx.grammar:
        ctx._judge = (ctx.grammar, _new_judge(ctx))
    return ctx._judge[1]


def _new_judge(ctx: Context) -> SentenceJudge:
    families = ("agreement", "register", "repetition")
    offline = [m for m in checkers.BUILTIN if any(i.roles.family in families for i in m.RULES)]
    signals = OfflineSignals(
        ctx.lexicons,
        checkers=[lambda doc, check=m.check: check(doc, ctx) for m in offline],
        rules=[r for r in ctx.rules if r.info.roles.family in families],
        roles=ctx.rule_roles(),
        rare_neighbour=realword.restoration,
    )
    return SentenceJudge(ctx.lexicons, signals, ctx.grammar.recheck if ctx.grammar is not None else None)


def grammar_findings(doc: Document, ctx: Context) -> tuple[list[Finding], list[str]]:
    if ctx.grammar is None:
        return [], []
    skipped = ctx.grammar.skip_reason(doc.language)
    if skipped:
        if ctx.grammar.mode is None:  # the server died or hung for good mid-run
            ctx.grammar_unchecked.append((doc.source, skipped))
        return [], [skipped]
    try:
        found = ctx.grammar.check(doc, budget=Budget.wall(ctx.options.time_budget))
        found = without_spared(doc.text, doc.language, found, ctx.lexicons, len(doc.words))
        lex = ctx.lexicons[doc.language or UNKNOWN]
        if lex.profile.grammar_fixes is not None:  # "la discusiones": "las discusiones" first
            found = lex.profile.grammar_fixes(doc.text, found, lex)
        return found, []
    except BudgetSpent as exc:
        note = f"time budget of {ctx.options.time_budget:g}s spent: {exc}"
        ctx.grammar_unchecked.append((doc.source, note))
        return exc.found, [note]
    except Exception as exc:  # one document's failure must not lose the others
        note = f"grammar not checked for this document: {exc}"
        ctx.grammar_unchecked.append((doc.source, note))  # list.append: safe from threads
        return [], [note]


def finish(doc: Document, findings: list[Finding], notes: list[str], ctx: Context,
           judge: SentenceJudge | None = None) -> DocumentReport:
    """Merge signals, rank likely originals for the merged spans, calibrate
    confidences and severities, apply selection and suppressions, score."""
    findings = drop_explained(findings)
    try:
        findings, words = _merged(doc, findings, judge or sentence_judge(ctx), ctx)
    except Exception as exc:  # a bug in merging keeps the signals it would have merged
        notes = [*notes, failure_note_or_raise("merging spans", exc, ctx.options.raise_check_errors)]
        words = _word_count(doc)
    if ctx.calibration is not None:
        try:
            findings = ctx.calibration.apply(findings, doc.language, words)
        except Exception as exc:  # the findings keep their hand-set grades
            notes = [*notes, failure_note_or_raise("calibration", exc, ctx.options.raise_check_errors)]
    findings = apply_suppressions(doc.text, doc.ignored_rules, findings, grammar_checked=ctx.grammar is not None)
    findings = in_prose(doc, findings)
    opts = ctx.options
    findings = [f for f in findings if opts.selected(f.rule, doc.source)]
    if ctx.calibration is not None:
        # Only graded findings are kept one per word. Raw mode is the
        # calibration's own run, which keeps each rule's finding on a word so
        # that the fit learns the confidence and severity each rule gave,
        # not those of the strongest.
        findings = one_per_word(findings)
    findings = absorb(findings)
    findings = sorted(set(findings), key=lambda f: (f.start, f.end, f.rule))
    value = score(findings, words)
    if ctx.grammar_note:
        notes = [ctx.grammar_note, *notes]
    slower = missing_table_note(ctx.lexicons[doc.language or UNKNOWN])
    if slower:
        notes = [*notes, slower]
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


def _word_count(doc: Document) -> int:
    """The document's words, counted window by window as ``_merged`` counts them."""
    if windows.fits(doc):
        return len(doc.words)
    return sum(len(window.words) for _, window in windows.split(doc))


def _merged(doc: Document, findings: list[Finding], judge: SentenceJudge, ctx: Context
            ) -> tuple[list[Finding], int]:
    """Merged spans with their likely originals, window by window, and the
    document's word count."""
    seconding = ctx.options.selected(seconded.RULE, doc.source)
    if windows.fits(doc):
        return add_originals(doc, merge_garble(doc, findings, seconding), judge), len(doc.words)
    merged: list[Finding] = []
    words = 0
    for offset, window in windows.split(doc):
        end = offset + len(window.text)
        # the last window also owns an empty finding at the very end
        mine = windows.belongs(findings, offset, end + (end == len(doc.text)))
        merged.extend(windows.shift(add_originals(window, merge_garble(window, mine, seconding), judge),
                                    offset))
        words += len(window.words)
        del window  # its tokens go before the next window's are made
    return merged, words


def in_prose(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Where non-prose was blanked for checking (Markdown code, URLs, HTML), a
    finding that reaches into it judged blanks the checkers took for text
    ("the `x` the" is no repeated word): only findings that read the same in
    the file are kept."""
    source = doc.source_text
    if source is doc.text:
        return findings
    text = doc.text
    return [f for f in findings if text[f.start:f.end] == source[f.start:f.end]]


def drop_explained(findings: list[Finding]) -> list[Finding]:
    """Without the word-level complaints that lie inside a finding which
    explains them: a word that is mojibake or half of a split word is not
    also a misspelling."""
    spans = sorted((f.start, f.end) for f in findings if f.roles.explains_inside)
    if not spans:
        return findings
    def explained(f: Finding) -> bool:
        return f.roles.word_level and not f.roles.explains_inside and any(
            s < f.end and f.start < e for s, e in spans)
    return [f for f in findings if not explained(f)]


def one_per_word(findings: list[Finding]) -> list[Finding]:
    """One finding per misspelt word, where several word-level rules fired
    on the same typo ("technolgy" is both a non-word and a rare listed
    form; LanguageTool's speller flags it too): the spelling checkers' own
    (its fixes are ranked for the word), raised to the strongest severity
    and confidence that any rule gave. The findings are calibrated ones:
    each rule's confidence is then a probability of real damage, which one
    rule's may be weighed against another's."""
    groups: dict[tuple[int, int], list[Finding]] = {}
    rest = []
    for f in findings:
        if f.roles.word_level:
            groups.setdefault((f.start, f.end), []).append(f)
        else:
            rest.append(f)
    for group in groups.values():
        if len(group) == 1:
            rest.append(group[0])
            continue
        keep = max(group, key=lambda f: (not f.roles.grammar_server, not f.roles.neighbour_guess,
                                         f.confidence))
        severity = max((f.severity for f in group), key=severity_rank)
        rest.append(keep.with_(severity=severity, confidence=max(f.confidence for f in group)))
    return rest


def failed_report(item: ReadFailure) -> DocumentReport:
    return DocumentReport(source=item.source, id=item.id, language="und", text="", words=0,
                          findings=(), score=0.0, verdict="error", error=item.message,
                          record_line=item.record_line)


def check_document(doc: Document, ctx: Context, judge: SentenceJudge | None = None) -> DocumentReport:
    prepare(doc, ctx)
    local, notes = local_findings(doc, ctx)
    gram, gnotes = grammar_findings(doc, ctx)
    return finish(doc, local + gram, notes + gnotes, ctx, judge)


# -- batches ---------------------------------------------------------------

# One per worker process, built by _init_worker.
_WORKER_CTX: Context | None = None


def _init_worker(options: Options, grammar_note: str | None = None,
                 grammar_url: str | None = None) -> None:
    """A worker builds its own context; with grammar on it talks to the
    main process's LanguageTool server by URL, so the worker checks,
    merges, ranks repairs (rechecks included) and scores on its own."""
    global _WORKER_CTX
    tune_for_batch_run()
    ctx = Context.create(options)
    ctx.grammar_note = grammar_note
    if grammar_url is not None:
        from .grammar import GrammarService, GrammarUnavailable

        try:
            ctx.grammar = GrammarService(replace(options, languagetool_url=grammar_url),
                                         turned_on=_turned_on(ctx)).start()
        except GrammarUnavailable as exc:
            ctx.grammar_note = f"grammar not checked: {exc}"
    _WORKER_CTX = ctx


def _turned_on(ctx: Context) -> dict[str, frozenset[str]]:
    """The LanguageTool rules this run's calibration turns back on."""
    return ctx.calibration.languagetool_on() if ctx.calibration is not None else {}


def _adopt_parent_context(ctx: Context) -> None:
    """A forked worker's initializer: the parent's context, inherited with
    the fork (nothing is pickled), is this worker's."""
    global _WORKER_CTX
    _WORKER_CTX = ctx


def _read_lists_whole(languages: Iterable[str], ctx: Context) -> None:
    for language in languages:
        ctx.lexicons[language].read_whole()


def _check_in_worker(doc: Document) -> tuple[DocumentReport, list[tuple[str, str]]]:
    """The report, and what grammar could not check in it (the main
    process decides whether ``--grammar required`` was kept)."""
    ctx = _WORKER_CTX
    before = len(ctx.grammar_unchecked)
    report = check_document(doc, ctx)
    return report, ctx.grammar_unchecked[before:]


def _from_worker(ctx: Context, result: tuple[DocumentReport, list[tuple[str, str]]]) -> DocumentReport:
    report, unchecked = result
    ctx.grammar_unchecked.extend(unchecked)
    return report


def _check_chunk_in_worker(docs: list[Document], read_whole: tuple[str, ...] = ()
                           ) -> list[tuple[DocumentReport, list[tuple[str, str]]]]:
    """``read_whole``: the languages whose word lists a worker forked before
    any was read (``qa.langdeal``) is to read whole first, as the parent
    reads those dealt to it."""
    _read_lists_whole(read_whole, _WORKER_CTX)
    results = [_check_in_worker(doc) for doc in docs]
    dealclock.note(dealclock.log_path(), langdeal.WORKER, "chunk", docs=len(docs))
    return results


def _from_pool(pool, docs: list[Document], ctx: Context, jobs: int,
               checked: dict[int, DocumentReport], forked: bool) -> Iterator[DocumentReport]:
    """The reports of ``docs`` in order: those the parent's warm-up made
    (by position), the others from the pool, submitted now; a forked pool
    holds ``jobs - 1`` workers and the parent checks beside them."""
    rest = [doc for i, doc in enumerate(docs) if i not in checked]
    if forked:
        results = workerpool.share(pool, lambda doc: check_document(copy(doc), ctx), _check_chunk_in_worker,
                                   lambda result: _from_worker(ctx, result), rest, jobs - 1)
    else:
        results = (_from_worker(ctx, r) for r in workerpool.feed(pool, _check_in_worker, rest, jobs))
    return (checked[i] if i in checked else next(results) for i in range(len(docs)))


def check_documents(
    items: Iterable[Document | ReadFailure],
    ctx: Context,
    jobs: int = 1,
    on_done: Callable[[DocumentReport], None] | None = None,
    batch: int = 256,
) -> Iterator[DocumentReport]:
    """Reports in input order, one per item, streamed batch by batch."""
    jobs = max(1, jobs or os.cpu_count() or 1)
    pool = None
    fork = jobs > 1 and workerpool.can_fork(ctx)
    if jobs > 1 and not fork:
        url = getattr(ctx.grammar, "url", None) if ctx.grammar is not None else None
        pool = workerpool.spawn_pool(jobs, _init_worker, (ctx.options, ctx.grammar_note, url))
    # In one process, grammar waits on the server in threads while the
    # local checks run.
    threads = None
    if ctx.grammar is not None and jobs == 1:
        from concurrent.futures import ThreadPoolExecutor

        threads = ThreadPoolExecutor(4)
    try:
        it = iter(items)
        # Batches handed out and not yet read back. A spawned pool is given
        # the next batch before the current one is read back, so its workers
        # never wait while the caller drains a batch (pool.map submits at
        # once); a forked pool is fed as the parent checks beside it
        # (``workerpool.share``, which starts when read), so a batch read
        # ahead for it would only wait in memory.
        queued: deque[tuple[list, Iterator[DocumentReport]]] = deque()
        while True:
            chunk = list(islice(it, batch))
            if chunk:
                docs = [d for d in chunk if isinstance(d, Document)]
                checked: dict[int, DocumentReport] = {}
                if fork and pool is None and docs:
                    # only one worker is dealt documents by language
                    known = _dealing_languages(docs, ctx) if jobs == 2 else {}
                    home = langdeal.homes(known.values())
                    if home is not None:
                        yield from _dealt(ctx, home, chunk, known, it, batch, on_done)
                        return
                    checked = workerpool.warm_up(docs, ctx, check_document)
                    dealclock.note(dealclock.log_path(), langdeal.PARENT, "fork")
                    pool = workerpool.fork_pool(jobs - 1, _adopt_parent_context, (ctx,))
                if pool is not None:
                    reports = _from_pool(pool, docs, ctx, jobs, checked, fork)
                else:
                    reports = _check_here(docs, ctx, threads)
                queued.append((chunk, reports))
                if pool is not None and not fork and len(queued) < 2:
                    continue
            if not queued:
                break
            chunk, reports = queued.popleft()
            for item in chunk:
                report = failed_report(item) if isinstance(item, ReadFailure) else next(reports)
                if on_done:
                    on_done(report)
                yield report
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
        if threads:
            threads.shutdown(cancel_futures=True)


def _dealing_language(doc: Document, ctx: Context) -> str:
    """The language a document is dealt out by: its own or the run's when
    given, else a guess (``prepare`` settles the one it is checked in)."""
    return doc.language or ctx.options.language or guess_language(doc.text)


def _dealing_languages(docs: list[Document], ctx: Context) -> dict[int, str]:
    """The languages ``docs`` are dealt out by, by position, before the
    fork: a sample's (``langdeal.sample``) when it meets two or more (the
    others are guessed after the fork), else every document's, as a few
    of another language may lie between the sampled ones."""
    known = {i: _dealing_language(docs[i], ctx) for i in langdeal.sample(len(docs))}
    if langdeal.homes(known.values()) is None:
        known.update((i, _dealing_language(doc, ctx)) for i, doc in enumerate(docs) if i not in known)
    return known


def _dealt(ctx: Context, home: dict[str, str], chunk: list, known: dict[int, str],
           items: Iterator[Document | ReadFailure], batch: int,
           on_done: Callable[[DocumentReport], None] | None) -> Iterator[DocumentReport]:
    """``check_documents`` with one worker forked before any language is
    loaded, each process dealt its ``home`` languages' documents
    (``qa.langdeal``): ``chunk`` (the guessed languages of some of its
    documents ``known`` by position) and every later batch of ``items``,
    reported in order."""
    chunks = deque([chunk])

    def later_batches() -> Iterator[list[Document]]:
        while chunk := list(islice(items, batch)):
            chunks.append(chunk)
            yield [d for d in chunk if isinstance(d, Document)]

    dealclock.note(dealclock.log_path(), langdeal.PARENT, "fork")
    pool = workerpool.fork_pool(1, _adopt_parent_context, (ctx,))
    try:
        docs = [d for d in chunk if isinstance(d, Document)]
        dealt = langdeal.deal(pool, lambda doc: check_document(copy(doc), ctx), _check_chunk_in_worker,
                              lambda result: _from_worker(ctx, result),
                              lambda languages: _read_lists_whole(languages, ctx),
                              (docs, known), later_batches(), lambda doc: _dealing_language(doc, ctx), home)
        for reports in dealt:
            reports = iter(reports)
            for item in chunks.popleft():
                report = failed_report(item) if isinstance(item, ReadFailure) else next(reports)
                if on_done:
                    on_done(report)
                yield report
    finally:
        pool.shutdown(cancel_futures=True)


# Articles of one language in a batch from which its word list is read whole
# before checking: after about five articles the searched list reads itself
# whole anyway, and a dict built in the middle of a run scatters the memory the
# searches used (13 MB more peak RSS on 141 articles than one read first).
ARTICLES_BEFORE_WHOLE_LIST = 8


def _read_busy_lists_whole(docs: list[Document], ctx: Context) -> None:
    for language, n in Counter(d.language for d in docs).items():
        if n >= ARTICLES_BEFORE_WHOLE_LIST:
            ctx.lexicons[language].read_whole()


def _check_here(docs: list[Document], ctx: Context, threads: ThreadPoolExecutor | None
                ) -> Iterator[DocumentReport]:
    docs = [prepare(d, ctx) for d in docs]
    _read_busy_lists_whole(docs, ctx)
    grammar = threads.map(lambda d: grammar_findings(d, ctx), docs) if threads else None
    local = [local_findings(d, ctx) for d in docs]
    grammar = list(grammar) if grammar is not None else [([], [])] * len(docs)
    for doc, (found, notes), (gfound, gnotes) in zip(docs, local, grammar):
        yield finish(doc, found + gfound, notes + gnotes, ctx)
