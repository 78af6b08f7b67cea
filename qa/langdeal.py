"""Documents dealt by language between a forking parent and its one worker.

A process's word list, suggestion index and the tables its first document
of a language loads cost it about 0.2 CPU seconds a language. Loaded by the
parent before it forks (``qa.workerpool.warm_up``), they are shared, but
both cores wait for them. When a batch holds two languages or more, the
worker is forked before anything of a language is loaded, and each process
is dealt its own languages' documents (the worker the commonest language,
the parent the others): each loads only its own, both at once. A process
whose own documents run out takes those of the next batch (one is read
ahead), and only then the other's: a language it has not loaded when more
than ``TAKE_OVER_AFTER`` of its documents wait, so that its loading pays.

The languages are chosen from a sample of the first batch (``SAMPLE``
documents spread over it); the worker's first hand-over, which forks it, is
taken from the sample, and the parent guesses the rest after the fork.

The dealing decides only which process checks a document, never what is
found in it: each process settles a document's language itself
(``qa.pipeline.prepare``), and a document dealt on a wrong guess is checked
as anywhere else.
"""
from __future__ import annotations

from collections import Counter, deque
from typing import TYPE_CHECKING, Callable, Generic, Iterable, Iterator, TypeVar

from . import dealclock
from .text.language import UNKNOWN
from .workerpool import AHEAD, FEED_CHUNK

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from .document import Document

Report = TypeVar("Report")

WORKER, PARENT = "worker", "parent"

# A language's loading costs a process about what checking 20 articles does
# (0.2 s against 10 ms an article): a process takes over a language it has
# not loaded only when more of its documents than that wait.
TAKE_OVER_AFTER = 20

# Batches held at once: the one being reported and one read ahead.
BATCHES_HELD = 2


def homes(languages: Iterable[str]) -> dict[str, str] | None:
    """Which process each language is dealt to: the commonest of
    ``languages`` (a batch's guesses) to the worker, the others to the
    parent. None when only one language is met: both processes would load
    it, and loaded once before the fork it is shared instead."""
    counts = Counter(language for language in languages if language != UNKNOWN)
    if len(counts) < 2:
        return None
    commonest, *others = (language for language, _ in counts.most_common())
    return {commonest: WORKER, **dict.fromkeys(others, PARENT)}


class Deal(Generic[Report]):
    """The documents of the batches read so far that no process has taken,
    by guessed language, and the reports of those not yet given back.
    A document is known by its (batch, position)."""

    def __init__(self, batches: Iterator[list[Document]], guess: Callable[[Document], str],
                 home: dict[str, str]):
        self._batches = batches
        self._guess = guess
        # the languages each process has loaded or will load: its own, and
        # those it took over
        self.has: dict[str, set[str]] = {WORKER: set(), PARENT: set()}
        for language, process in home.items():
            self.has[process].add(language)
        # the languages whose word list a process is to read whole before
        # its next check: its own, and those it takes over (a language met
        # first in a few documents is searched in place, as in one process)
        self._to_read: dict[str, set[str]] = {process: set(held) for process, held in self.has.items()}
        self._waiting: dict[str, deque[tuple[int, int]]] = {}
        self._docs: dict[int, list[Document]] = {}
        self._reports: dict[int, list] = {}
        self._left: dict[int, int] = {}  # documents of the batch not reported yet
        self._read = self._given = 0  # batches read, batches given back
        self.more = True  # batches left to read

    def add(self, docs: list[Document], known: dict[int, str] | None = None, taken: Iterable[int] = ()) -> int:
        """Batch ``docs`` to deal, the guessed languages of some ``known``
        by position, the others guessed now; those at the positions
        ``taken`` are already handed over. Its number."""
        b = self._read
        self._read += 1
        self._docs[b], self._reports[b], self._left[b] = docs, [None] * len(docs), len(docs)
        known, taken = known or {}, set(taken)
        for i, doc in enumerate(docs):
            if i not in taken:
                language = known[i] if i in known else self._guess(doc)
                self._waiting.setdefault(language, deque()).append((b, i))
        return b

    @property
    def next_batch(self) -> int:
        """The number the next batch added is given."""
        return self._read

    def _read_ahead(self) -> bool:
        if not self.more or self._read - self._given >= BATCHES_HELD:
            return False
        docs = next(self._batches, None)
        if docs is None:
            self.more = False
            return False
        self.add(docs)
        return True

    def doc(self, place: tuple[int, int]) -> Document:
        b, i = place
        return self._docs[b][i]

    def waiting(self) -> int:
        return sum(map(len, self._waiting.values()))

    def take(self, process: str, n: int) -> list[tuple[int, int]]:
        """Up to ``n`` documents of one language for ``process``: of its
        own languages (or none's: an unknown one, or one no process has
        loaded), else of the next batch, else of another process's language
        when more than ``TAKE_OVER_AFTER`` wait."""
        while True:
            mine = [lang for lang, queue in self._waiting.items() if queue and self._free_for(process, lang)]
            if mine:
                language = max(mine, key=lambda lang: len(self._waiting[lang]))
                if language != UNKNOWN:
                    self.has[process].add(language)  # a language met first here: this process loads it
                return self._pop(language, n)
            if not self._read_ahead():
                break
        others = [lang for lang, queue in self._waiting.items() if len(queue) > TAKE_OVER_AFTER]
        if not others:
            return []
        language = max(others, key=lambda lang: len(self._waiting[lang]))
        self.has[process].add(language)
        self._to_read[process].add(language)
        return self._pop(language, n)

    def to_read(self, process: str) -> tuple[str, ...]:
        """The languages ``process`` reads whole before its next check,
        each given once."""
        languages = tuple(sorted(self._to_read[process]))
        self._to_read[process].clear()
        return languages

    def _free_for(self, process: str, language: str) -> bool:
        """Whether ``process`` takes ``language`` at no extra loading: its
        own, an unknown one, or one no process has loaded yet."""
        return language == UNKNOWN or language in self.has[process] \
            or not any(language in held for held in self.has.values())

    def _pop(self, language: str, n: int) -> list[tuple[int, int]]:
        queue = self._waiting[language]
        return [queue.popleft() for _ in range(min(n, len(queue)))]

    def done(self, place: tuple[int, int], report: Report) -> None:
        b, i = place
        self._reports[b][i] = report
        self._left[b] -= 1

    def given_back(self) -> Iterator[list[Report]]:
        """The reports of each batch checked whole, in the batches' order."""
        while self._given < self._read and self._left[self._given] == 0:
            b = self._given
            self._given += 1
            del self._docs[b], self._left[b]
            yield self._reports.pop(b)


# Documents of a batch whose language is guessed before the fork, spread
# over it, to choose each language's process: the parent guesses the rest
# after the fork (0.04 s for 256 articles, off the serial part), while the
# worker reads its lists and checks the sampled documents of its language.
SAMPLE = 16


def sample(n: int) -> range:
    """The positions of ``SAMPLE`` of ``n`` documents, spread over them."""
    return range(0, n, max(1, n // SAMPLE))[:SAMPLE]


def deal(pool: ProcessPoolExecutor, here: Callable[[Document], Report],
         there: Callable[[list[Document], tuple[str, ...]], list], received: Callable[[object], Report],
         read_whole: Callable[[tuple[str, ...]], None],
         first: tuple[list[Document], dict[int, str]], batches: Iterator[list[Document]],
         guess: Callable[[Document], str], home: dict[str, str]) -> Iterator[list[Report]]:
    """The reports of ``first`` (a batch and the guessed languages of some
    of its documents, by position: the worker's first hand-over is taken
    from those, which forks it, before the others are guessed), then of
    each of ``batches``, a list a batch in order, checked by the parent
    (``here``) and one forked worker (``there``, a hand-over at a time;
    ``received`` makes a report of what it sent back), each given the
    documents of its ``home`` languages first. Each reads whole the word
    lists of its own languages and of those it takes over before it checks
    further (the parent by ``read_whole``, the worker as ``there`` is told). The worker is kept ``AHEAD``
    hand-overs ahead, ``FEED_CHUNK`` documents each, one at a time once no
    batch is left to read and few documents wait (as ``workerpool.share``)."""
    from concurrent.futures import FIRST_COMPLETED, wait

    state: Deal[Report] = Deal(batches, guess, home)
    queued: dict = {}  # future -> the places it checks
    docs, known = first
    opening = [i for i, language in known.items() if home.get(language) == WORKER][:FEED_CHUNK]
    if opening:
        b = state.next_batch
        queued[pool.submit(there, [docs[i] for i in opening], state.to_read(WORKER))] = [(b, i) for i in opening]
    state.add(docs, known, taken=opening)
    clock = dealclock.ParentClock()

    def settle(futures) -> None:
        for future in futures:
            for place, result in zip(queued.pop(future), future.result()):
                state.done(place, received(result))

    while True:
        while len(queued) < AHEAD:
            size = FEED_CHUNK if state.more or state.waiting() > 2 * FEED_CHUNK else 1
            part = state.take(WORKER, size)
            if not part:
                break
            queued[pool.submit(there, [state.doc(place) for place in part], state.to_read(WORKER))] = part
        mine = state.take(PARENT, 1)
        if mine:
            if languages := state.to_read(PARENT):
                read_whole(languages)
            state.done(mine[0], here(state.doc(mine[0])))
            clock.checked()
            settle([future for future in queued if future.done()])
        elif queued:
            with clock.waiting():
                settle(wait(queued, return_when=FIRST_COMPLETED).done)
        finished = not mine and not queued and not state.waiting() and not state.more
        if finished:
            clock.end()  # before the last reports: the caller may stop at the last one
        yield from state.given_back()
        if finished:
            return
