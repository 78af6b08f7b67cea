"""Worker pools that start from the parent's loaded run.

Compiling the rules and loading two word lists and their suggestion
indexes costs a worker about 0.5 CPU seconds, as much as checking 50
articles. Where processes can be forked (Linux, macOS with ``fork``
available), the parent checks one document of each language among the
first ``WARM_UP_SCAN`` of the batch, so everything the run loads lazily is
loaded once, and the workers are forked from it: they start with the parent's rules, word lists, indexes and
per-run memos already in memory. The parent then checks documents beside
them (``share``), so ``--jobs N`` forks ``N - 1`` workers. Elsewhere
(``spawn`` only) ``N`` workers each build their own context, as before.

Forking is used only when the parent runs no threads (grammar off): a
fork copies locks held by other threads in whatever state they are in.

With one worker and a batch of two languages or more, ``qa.langdeal``
deals the documents by language instead of warming up: each process loads
only its own languages, both at once, rather than the parent all of them
while the worker waits to be forked.
"""
from __future__ import annotations

import gc
from itertools import chain, islice
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

from .context import Context
from .dealclock import ParentClock
from .document import Document

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

Report = TypeVar("Report")

# multiprocessing and concurrent.futures.process are imported by the
# functions that start a pool: a one-process run (a start-up of ``qa
# check`` on one article) does not pay their 0.01 s.


def can_fork(ctx: Context) -> bool:
    import multiprocessing

    return ctx.grammar is None and "fork" in multiprocessing.get_all_start_methods()


# Documents whose language the parent settles before forking: enough to
# meet a batch's main languages, few enough that the parent does not detect
# (and tokenise) a whole batch alone while the workers wait. They are taken
# evenly across the batch, not from its start: a file that holds one
# language's documents before another's (a merged export) would otherwise
# show only the first, and every worker would load the second's word list
# and models on its own. A language first met later is still loaded by each
# worker, as without a fork.
WARM_UP_SCAN = 16


def warm_up(docs: Iterable[Document], ctx: Context, check: Callable[[Document, Context], Report]
            ) -> dict[int, Report]:
    """Check one document of each language among ``WARM_UP_SCAN`` of
    ``docs``, spread over them, with ``ctx``, so that what checking loads
    on first use is in memory before workers are forked; the languages are
    settled by ``check`` itself, so a later check of the same document
    agrees. The word lists are read whole (every process needs them as
    dicts); the distance-two suggestion indexes are only opened (each
    process searches them in place, ``qa.text.suggest.NEAR_PROBES``). What
    ``check`` gave, by the document's position: no worker checks those
    documents again."""
    from .pipeline import prepare  # the pipeline imports this module

    docs = list(docs)
    step = max(1, len(docs) // WARM_UP_SCAN)
    checked: dict[int, Report] = {}
    first_of: dict[str, int] = {}
    for i in islice(range(0, len(docs), step), WARM_UP_SCAN):
        first_of.setdefault(prepare(docs[i], ctx).language, i)
    for language in first_of:
        # every worker would soon read the word list whole (after a few
        # articles): read once here, before any check, so that the lists lie
        # together rather than among the objects a check leaves behind
        ctx.lexicons[language].read_whole()
    for i in first_of.values():
        checked[i] = check(docs[i], ctx)
    for language in first_of:
        _open_near_index(ctx.lexicons[language])
    return checked


def _open_near_index(lexicon) -> None:
    """The distance-two index's sorted copy and presence filter, read once
    for every worker (about 0.02 s a language), where a check has not."""
    from .text.suggest import index_for

    if lexicon.frequencies:
        index_for(lexicon).near.open()


# Documents a worker takes at a time: a hand-over is a pickled message
# through the pool's queues and a wake-up of its feeding thread.
FEED_CHUNK = 8


def _tail(n: int, jobs: int) -> int:
    """How many of ``n`` documents at the end go one at a time."""
    return min(n, jobs * FEED_CHUNK)


def feed(pool: ProcessPoolExecutor, work: Callable[[Document], Report], docs: list[Document],
         jobs: int) -> Iterator[Report]:
    """``pool.map(work, docs)``, submitted at once: FEED_CHUNK documents a
    hand-over, except the last few, handed over one at a time, so that at
    the end of a batch one worker does not go on with a chunk of eight
    while the other has nothing left (up to 0.1 s of one core idle)."""
    head = len(docs) - _tail(len(docs), jobs)
    return chain(pool.map(work, docs[:head], chunksize=FEED_CHUNK),
                 pool.map(work, docs[head:], chunksize=1))


def chunks(n: int, jobs: int) -> list[range]:
    """Positions ``0..n`` as hand-overs, in order: FEED_CHUNK documents each,
    except the last ``_tail``, one at a time (as ``feed``)."""
    head = n - _tail(n, jobs)
    return [*(range(i, min(i + FEED_CHUNK, head)) for i in range(0, head, FEED_CHUNK)),
            *(range(i, i + 1) for i in range(head, n))]


# Hand-overs each forked worker holds queued while the parent checks one of
# its own: a chunk of eight takes the parent about 0.1 s, in which a worker
# ends about one; with two queued it does not wait for the parent.
AHEAD = 2


def share(pool: ProcessPoolExecutor, here: Callable[[Document], Report],
          there: Callable[[list[Document]], list], received: Callable[[object], Report],
          docs: list[Document], workers: int) -> Iterator[Report]:
    """What ``here`` gives for each of ``docs``, in order, the parent
    checking documents itself beside the pool's ``workers`` instead of
    waiting on them (``--jobs 2`` forks one worker, not two). The pool is
    kept ``AHEAD`` hand-overs a worker ahead, and the parent checks the
    next hand-over itself whenever that queue is full. ``there`` checks a
    hand-over in a worker (pickled by name); ``received`` makes a report of
    what it sent back for one document."""
    from concurrent.futures import FIRST_COMPLETED, wait

    parts = chunks(len(docs), workers + 1)
    reports: list = [None] * len(docs)
    done = [False] * len(docs)
    queued: dict = {}  # future -> the positions it checks
    taken = yielded = 0
    clock = ParentClock()

    def settle(futures) -> None:
        for future in futures:
            part = queued.pop(future)
            for i, result in zip(part, future.result()):
                reports[i], done[i] = received(result), True

    while taken < len(parts) or queued:
        while taken < len(parts) and len(queued) < AHEAD * workers:
            part = parts[taken]
            queued[pool.submit(there, docs[part.start:part.stop])] = part
            taken += 1
        if taken < len(parts):
            for i in parts[taken]:
                reports[i], done[i] = here(docs[i]), True
                clock.checked()
            taken += 1
            settle([future for future in queued if future.done()])
        else:
            with clock.waiting():
                settle(wait(queued, return_when=FIRST_COMPLETED).done)
        if taken == len(parts) and not queued:
            clock.end()  # here, not after the loop: the caller stops at the last report
        while yielded < len(docs) and done[yielded]:
            yield reports[yielded]
            reports[yielded] = None  # the caller holds it now
            yielded += 1


def spawn_pool(jobs: int, initializer: Callable[..., None], initargs: tuple) -> ProcessPoolExecutor:
    """A pool whose workers build their own context (``initializer``)."""
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(jobs, initializer=initializer, initargs=initargs)


def fork_pool(jobs: int, initializer: Callable[..., None], initargs: tuple) -> ProcessPoolExecutor:
    """A pool of forked workers. The parent's objects are moved out of the
    garbage collector's reach first (``gc.freeze``, until the pool is shut
    down): a collection in a worker would otherwise write to every page of
    the shared word lists and copy them, and no process needs to scan them
    again."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    class ForkedPool(ProcessPoolExecutor):
        def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
            super().shutdown(wait, cancel_futures=cancel_futures)
            gc.unfreeze()  # the parent's objects are collectable again

    gc.collect()
    gc.freeze()
    return ForkedPool(jobs, mp_context=multiprocessing.get_context("fork"),
                      initializer=initializer, initargs=initargs)
