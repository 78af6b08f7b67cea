"""Worker pools that start from the parent's loaded run.

Compiling the rules and loading two word lists and their suggestion
indexes costs a worker about 0.5 CPU seconds, as much as checking 50
articles. Where processes can be forked (Linux, macOS with ``fork``
available), the parent checks one document of each language among the
first ``WARM_UP_SCAN`` of the batch, so everything the run loads lazily is
loaded once, and the workers are forked from it: they start with the parent's rules, word lists, indexes and
per-run memos already in memory. Elsewhere (``spawn`` only) each worker
builds its own context, as before.

Forking is used only when the parent runs no threads (grammar off): a
fork copies locks held by other threads in whatever state they are in.
"""
from __future__ import annotations

import gc
import multiprocessing
from itertools import islice
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable

from .context import Context
from .document import Document


def can_fork(ctx: Context) -> bool:
    return ctx.grammar is None and "fork" in multiprocessing.get_all_start_methods()


# Documents whose language the parent settles before forking: enough to
# meet a batch's main languages, few enough that the parent does not detect
# (and tokenise) a whole batch alone while the workers wait. A language
# first met later is loaded by each worker on its own, as without a fork.
WARM_UP_SCAN = 16


def warm_up(docs: Iterable[Document], ctx: Context, check: Callable[[Document, Context], object]) -> None:
    """Check the first document of each language among the first
    ``WARM_UP_SCAN`` of ``docs`` with ``ctx`` (the result is dropped), so
    that what checking loads on first use is in memory before workers are
    forked; the languages are settled by ``check`` itself, so a later check
    of the same document agrees."""
    from .pipeline import prepare  # the pipeline imports this module

    seen: set[str] = set()
    for doc in islice(docs, WARM_UP_SCAN):
        language = prepare(doc, ctx).language
        if language not in seen:
            seen.add(language)
            check(doc, ctx)


class _ForkedPool(ProcessPoolExecutor):
    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait, cancel_futures=cancel_futures)
        gc.unfreeze()  # the parent's objects are collectable again


def fork_pool(jobs: int, initializer: Callable[..., None], initargs: tuple) -> ProcessPoolExecutor:
    """A pool of forked workers. The parent's objects are moved out of the
    garbage collector's reach first (``gc.freeze``, until the pool is shut
    down): a collection in a worker would otherwise write to every page of
    the shared word lists and copy them, and no process needs to scan them
    again."""
    gc.collect()
    gc.freeze()
    return _ForkedPool(jobs, mp_context=multiprocessing.get_context("fork"),
                       initializer=initializer, initargs=initargs)
