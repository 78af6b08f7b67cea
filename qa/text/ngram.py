"""A word n-gram language model: how likely a word is after the two before it.

The model behind it is a language's ``context_model`` (``qa.lang``): a
loader that runs only when a document of that language is checked, and
whose model is then kept for the run in the Lexicon's memo
(``model_for``), never in a module global. English has pocketsphinx's
``en-us.lm.bin``, a trigram ARPA-binary model of 72k lower-case words
(about 2 M bigrams and 1.7 M trigrams), shipped in the ``pocketsphinx``
wheel and queried through its own ``NGramModel``: loading maps the file
(about 30 ms), a query takes about a microsecond on the varied n-grams of
real text (0.3 µs when the same one repeats). ``RunScores`` reads a run of
words for the context checker, each n-gram once.

Probabilities are base-10 logarithms. A word the model does not know
(names, ``kyiv``, ``covid``, numbers) has none: the n-grams that would
read one are skipped, since a back-off through an unknown word says
nothing.

>>> lm = pocketsphinx_model("en-us/en-us.lm.bin")()
>>> lm.knows("from"), lm.knows("kyiv")
(True, False)
>>> lm.logprob("from", ("went",)) > lm.logprob("form", ("went",))
True
"""
from __future__ import annotations

import math
from functools import partial
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:
    from ..lexicon import Lexicon

START, END = "<s>", "</s>"
# pocketsphinx answers in integer logs of base 1.0001: UNIT log10 each.
# Sums are kept in those integers (exact) and converted once, so every way
# of adding up a window gives the same float.
UNIT = math.log10(1.0001)
# What it answers for a word outside its vocabulary (log of zero).
_ZERO = -(2 ** 28)


class NGramModel:
    """Read-only queries on one loaded model."""

    def __init__(self, model, order: int):
        self._model = model
        self.order = order
        self._known: dict[str, bool] = {}
        # The score of one n-gram in the model's own integer units (UNIT
        # log10 each; never above 0), the query being the word, then its
        # history nearest first: pocketsphinx's own method, bound here
        # since it runs for every candidate of every word.
        self.score: Callable[[list[str]], int] = model.prob

    def knows(self, word: str) -> bool:
        """Whether ``word`` (lower case) is in the model's vocabulary."""
        found = self._known.get(word)
        if found is None:
            found = self._known[word] = word in (START, END) or self._model.prob([word]) > _ZERO
        return found

    def logprob(self, word: str, history: Sequence[str] = ()) -> float:
        """log10 P(word | history); ``history`` in reading order, its last
        ``order - 1`` words used."""
        hist = list(history[-(self.order - 1):]) if self.order > 1 else []
        # pocketsphinx takes the word first, then its history nearest first.
        return self._model.prob([word, *reversed(hist)]) * UNIT

    def window_logprob(self, words: Sequence[str | None], at: int) -> float:
        """The log-probability of the n-grams that read ``words[at]``: the
        word after its history, and each of the next ``order - 1`` words
        after a history that includes it. ``words`` is padded with START
        and END by the caller; None stands for a word the model does not
        know: no n-gram reads it, and a history stops after it. When
        ``words[at]`` itself is None, its own probability is the caller's
        to estimate; the n-grams after it are read as usual."""
        return RunScores(self, words).as_written(at) * UNIT


class RunScores:
    """The n-grams of one run of words (padded with START and END, None for
    a word the model does not know), for scoring the words of the run and
    the words that could stand in their place.

    Each n-gram of the run as written is asked of the model once, however
    many windows read it: the window of a word shares its n-grams with the
    windows of its ``order - 1`` neighbours on each side."""

    def __init__(self, lm: NGramModel, words: Sequence[str | None]):
        self.lm = lm
        self.words = words
        self._order = lm.order
        # the score of each place's n-gram as written, asked when first read
        self._written: list[int | None] = [None] * len(words)
        # each place's history, worked out when first read: the n-gram as
        # written and every candidate's in the place read the same one
        self._histories: list[tuple[str, ...] | None] = [None] * len(words)

    def history(self, at: int) -> tuple[str, ...]:
        """The history of ``words[at]`` as the model reads it: up to
        ``order - 1`` words, nearest first, cut at a word it does not know."""
        found = self._histories[at]
        if found is None:
            words = self.words
            out = []
            for k in range(at - 1, max(-1, at - self._order), -1):
                if words[k] is None:
                    break
                out.append(words[k])
            found = self._histories[at] = tuple(out)
        return found

    def as_written(self, at: int) -> int:
        """The score (``UNIT``s) of the n-grams that read ``words[at]`` as
        written; see ``NGramModel.window_logprob``."""
        words, written = self.words, self._written
        total = 0
        for j in range(max(at, 1), min(at + self._order, len(words))):
            word = words[j]
            if word is None:
                if j == at:
                    continue
                break  # the n-grams after it no longer reach words[at]
            score = written[j]
            if score is None:
                score = written[j] = self.lm.score([word, *self.history(j)])
            total += score
        return total

    def frames(self, at: int) -> list[tuple[list, int]]:
        """The queries of the n-grams that would read a known word put at
        ``words[at]``, each with the index where that word goes (the
        caller writes it there and asks ``NGramModel.score``), in reading
        order: the word's own n-gram first. One list per query, reused for
        every word tried in the place."""
        words, n = self.words, self._order
        history = self.history(at)
        out = [([None, *history], 0)]
        for j in range(at + 1, min(at + n, len(words))):
            if words[j] is None:
                break
            # the known words back to the place, the place, then what is
            # left of the history before it
            query = [words[j], *words[j - 1:at:-1], None]
            query += history[:n - 1 - (j - at)]
            out.append((query, j - at))
        return out


def _load_pocketsphinx(name: str) -> NGramModel:
    import os

    import pocketsphinx  # imported here: only a document in the language pays for it

    model = pocketsphinx.NGramModel.readfile(os.path.join(pocketsphinx.get_model_path(), name))
    return NGramModel(model, model.size())


def pocketsphinx_model(name: str) -> Callable[[], NGramModel]:
    """A loader for a model shipped in the ``pocketsphinx`` wheel (its path
    under ``pocketsphinx/model``), for a language profile's ``context_model``."""
    return partial(_load_pocketsphinx, name)


def model_file(loader: Callable[[], NGramModel]) -> Path | None:
    """The file a ``pocketsphinx_model`` loader reads, found without
    importing pocketsphinx or loading the model (a verdict table is named
    after it, and a one-article run opens the table); None for another
    loader, or where pocketsphinx is not installed."""
    if not (isinstance(loader, partial) and loader.func is _load_pocketsphinx):
        return None
    spec = find_spec("pocketsphinx")
    folders = spec.submodule_search_locations if spec is not None else None
    return Path(folders[0]) / "model" / loader.args[0] if folders else None


def model_for(lex: "Lexicon") -> NGramModel | None:
    """The context model of the Lexicon's language, loaded on first use
    and kept as long as the Lexicon (a run); None when it has none."""
    loader = lex.profile.context_model
    if loader is None:
        return None
    memo = lex.memo("context-model")
    if "model" not in memo:
        memo["model"] = loader()
    return memo["model"]
