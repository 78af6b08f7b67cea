"""wordfreq's frequency lists, read from a copy kept in newsqa's cache.

Importing wordfreq costs a command about 0.07 CPU seconds (its language-code
tables and tokenizer), more than a short check takes, and its lists are
gzipped msgpack decoded word by word. The first run that needs a list
builds it with wordfreq's own ``get_frequency_dict`` and keeps it through
``qa.text.indexcache`` as runs of words of equal frequency, in wordfreq's
order (most frequent first: ``qa.text.suggest`` walks the top words in
that order), one newline-joined string per run. Later runs rebuild the same
dict from those strings without importing wordfreq at all.

The cached copy is named after the wordfreq data file it came from (name,
size, and the checksum its gzip trailer holds), so an upgraded wordfreq is
read afresh. Where
wordfreq's data folder cannot be found (an install laid out differently),
wordfreq is asked directly, as before.

>>> freq = frequency_dict("es", "best")
>>> freq["de"] > freq["gobierno"] > 0
True
>>> "es" in available("small") and "xx" not in available("best")
True
"""
from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from functools import cache, partial
from importlib.util import find_spec
from itertools import compress, count, groupby, islice
from operator import gt
from pathlib import Path

from . import indexcache, mappedlist
from .sortedtable import LAYOUT, ProbedMapping, sorted_table

# Joins the words of one run in the cached copy; a run that holds it in a
# word is kept as a list instead.
_SEPARATOR = "\n"


@cache
def _data_files() -> dict[tuple[str, str], Path] | None:
    """(list name, language) -> wordfreq's file for it, as wordfreq itself
    finds them (``<package>/data/<list>_<language>.msgpack.gz``), or None
    when that folder is not there. Listed once per process: a run asks
    for it once per list it opens (nine for one Spanish article)."""
    spec = find_spec("wordfreq")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    files: dict[tuple[str, str], Path] = {}
    for folder in folders:
        data = Path(folder) / "data"
        for path in data.glob("*.msgpack.gz"):
            list_name, _, language = path.name.split(".")[0].partition("_")
            if not path.name.startswith("_") and language:
                files[(list_name, language)] = path
    return files or None


def _file(language: str, wordlist: str, files: dict[tuple[str, str], Path]) -> Path | None:
    """wordfreq's file for ``wordlist`` ("best": the large list where there
    is one, else the small one)."""
    if wordlist == "best":
        return files.get(("large", language)) or files.get(("small", language))
    return files.get((wordlist, language))


def available(wordlist: str = "best") -> frozenset[str]:
    """The languages ``wordlist`` exists for."""
    files = _data_files()
    if files is None:
        import wordfreq

        return frozenset(wordfreq.available_languages(wordlist=wordlist))
    return frozenset(lang for lang in {lang for _, lang in files} if _file(lang, wordlist, files))


class FrequencyDict(dict):
    """A loaded list: a dict that ``_LOADED`` can hold weakly (a plain dict cannot)."""

    __slots__ = ("__weakref__",)


# Lists loaded in this process and still used by some run: every Context
# alive at once shares one copy of each (a list is 40 MB and never
# written to), as wordfreq's own cache did, and a list no run uses is freed.
_LOADED: "weakref.WeakValueDictionary[tuple[str, str], FrequencyDict]" = weakref.WeakValueDictionary()


def frequency_dict(language: str, wordlist: str = "best") -> dict[str, float]:
    """wordfreq's ``get_frequency_dict(language, wordlist)``, the same words
    and frequencies in the same order; empty when there is no such list.
    Callers share it: read it, never change it."""
    freq = _LOADED.get((language, wordlist))
    if freq is not None:
        return freq
    found = _source(language, wordlist)
    if not found:  # wordfreq's own cache shares what it loads
        return _from_wordfreq(language, wordlist) if found is None else {}
    freq = _LOADED[(language, wordlist)] = _from_runs(_cached_runs(language, wordlist, found))
    return freq


def _cached_runs(language: str, wordlist: str, source: str) -> list:
    """The list's cached copy (``_runs``), built from wordfreq the first time."""
    return indexcache.load_or_build(f"freq-{wordlist}-{language}", source,
                                    lambda: _runs(_from_wordfreq(language, wordlist)), shape=list)


# A gzip file ends with the CRC-32 and the length of the data it holds.
_GZIP_TRAILER = 8


def _source(language: str, wordlist: str) -> str | None:
    """What names the cached copies of a list: wordfreq's file by its name,
    size and gzip trailer (what it holds, not where it lies or when pip
    wrote it, so that every environment with the same wordfreq shares one
    copy instead of each replacing the others'); "" when wordfreq has no
    such list, None when its files cannot be found (wordfreq is then asked
    directly)."""
    files = _data_files()
    if files is None:
        return None
    path = _file(language, wordlist, files)
    if path is None:
        return ""
    try:
        with path.open("rb") as data:
            size = data.seek(0, 2)
            data.seek(max(size - _GZIP_TRAILER, 0))
            trailer = data.read()
    except OSError:
        return None
    return f"{path.name}\n{size}\n{trailer.hex()}\n{language}\n{wordlist}"


def _from_wordfreq(language: str, wordlist: str) -> dict[str, float]:
    import wordfreq

    if language not in wordfreq.available_languages(wordlist=wordlist):
        return {}
    return wordfreq.get_frequency_dict(language, wordlist=wordlist)


def _runs(freq: dict[str, float]) -> list[tuple[float, str | list[str]]]:
    """The dict as (frequency, words) runs in its own order."""
    runs: list[tuple[float, str | list[str]]] = []
    for value, items in groupby(freq.items(), key=lambda item: item[1]):
        words = [word for word, _ in items]
        joined = _SEPARATOR.join(words)
        runs.append((value, words if joined.count(_SEPARATOR) != len(words) - 1 else joined))
    return runs


def _from_runs(runs: list, split: dict[int, list[str]] | None = None) -> FrequencyDict:
    """The dict of ``runs``; ``split``: runs already split into words (by
    position), whose very strings become its keys (the suggestion index
    holds them: one copy of each word, not two)."""
    freq = FrequencyDict()
    for i, (value, words) in enumerate(runs):
        freq.update(dict.fromkeys(split[i] if split and i in split else _words_of(words), value))
    return freq


def _words_of(run_words: str | list[str]) -> list[str]:
    return run_words.split(_SEPARATOR) if isinstance(run_words, str) else run_words


# Lookups a ``ProbedList`` answers by binary search before it reads the whole
# list into a dict. A search costs about 5 µs and reading a 30,000-word list
# about 5 ms; language detection asks each list up to 120 words a document.
# Switching well before the break-even (1,000) keeps a batch's extra cost at
# about 1.5 ms a list, while one document never reads the lists whole.
PROBES_BEFORE_LOAD = 300


# Words a language's whole list ("best") answers by binary search before
# it is read into a dict. Building the 342,000-entry Spanish dict costs
# about 0.1 s, the sorted copy 0.013 s to read and 3 µs a search; one
# Spanish article asks about 2,000 words (4,000 look-ups; an English one a
# few hundred), so a one-article run never builds the dict, and a batch
# pays at most 0.03 s of searches (four or five articles) before it does.
LIST_PROBES_BEFORE_LOAD = 10_000
_UNASKED = object()


class ProbedList(ProbedMapping):
    """A frequency list that answers its first lookups from a sorted copy
    of it kept in the cache (``qa.text.sortedtable``) and becomes a dict
    only when a run keeps asking. Language detection reads about sixty
    words of eight lists for a short or ambiguous text: one document then
    costs a few milliseconds instead of eight lists. ``on_whole(dict)`` is
    told when the dict is read (its owner then hands out the dict itself)."""

    def __init__(self, language: str, wordlist: str, source: str, probes: int = PROBES_BEFORE_LOAD,
                 on_whole: Callable[[dict], None] | None = None):
        self.language = language
        self.wordlist = wordlist
        self._source = source
        self._answered: dict[str, float | None] = {}
        self._runs: list | None = None
        self._split: dict[int, list[str]] = {}

        def whole() -> dict:
            freq = _LOADED.get((language, wordlist))
            if freq is None:
                freq = _LOADED[(language, wordlist)] = _from_runs(self.runs(), self._split)
            self._answered, self._runs, self._split = {}, None, {}
            if on_whole is not None:
                on_whole(freq)
            return freq

        super().__init__(
            whole,
            lambda: mappedlist.load_or_build(
                f"sorted-{wordlist}-{language}", f"{LAYOUT}\n{source}",
                lambda: sorted_table(frequency_dict(language, wordlist))),
            probes)

    def get(self, key, default=None):
        # Checkers ask the same words (each word of an article about twice,
        # a search costing 3 µs): a word searched once is answered from
        # what it gave until the list is read whole.
        if self._dict is None:
            value = self._answered.get(key, _UNASKED)
            if value is _UNASKED:
                value = super().get(key)
                if self._dict is None:
                    self._answered[key] = value
            return default if value is None else value
        return self._dict.get(key, default)

    def runs(self) -> list:
        """The list as (frequency, words) runs in its own order, from its
        cached copy (read once: the suggestion index and the OCR checker
        both take their words from it)."""
        if self._runs is None:
            self._runs = _cached_runs(self.language, self.wordlist, self._source)
        return self._runs

    def run_words(self, position: int) -> list[str]:
        """The words of the run at ``position``, split once (the dict, when
        it is built, takes these strings as its keys)."""
        words = self._split.get(position)
        if words is None:
            words = self._split[position] = _words_of(self.runs()[position][1])
        return words

    @property
    def searched(self) -> bool:
        """Whether look-ups are still answered by binary search (the dict not read)."""
        return self._dict is None


def probed(language: str, wordlist: str = "small", probes: int = PROBES_BEFORE_LOAD,
           on_whole: Callable[[dict], None] | None = None) -> Mapping[str, float]:
    """``frequency_dict(language, wordlist)`` for a few lookups: a
    ``ProbedList`` where the list is cached and no run of this process
    has read it whole, else the dict itself."""
    loaded = _LOADED.get((language, wordlist))
    if loaded is not None:
        return loaded
    found = _source(language, wordlist)
    if not found:
        return frequency_dict(language, wordlist) if found is None else {}
    return ProbedList(language, wordlist, found, probes, on_whole)


def kept_name(language: str, freq: Mapping[str, float]) -> str | None:
    """What names the cached copy that ``freq`` comes from, where it is
    the language's whole list ("best") as this module reads it, searched
    (a ``ProbedList``) or read whole (the same name either way); None for a
    mapping from anywhere else. What is built from the list's words can be
    named after it without splitting the list into words."""
    if isinstance(freq, ProbedList):
        return freq._source if (freq.language, freq.wordlist) == (language, "best") else None
    if freq is not _LOADED.get((language, "best")):
        return None
    return _source(language, "best") or None


def keep_copies(language: str, wordlist: str = "best") -> bool:
    """Build the list's cached copies (its runs and its sorted copy) where
    they are not there yet, so that no run pays for it (``qa languagetool
    install`` does this for the languages it builds tables for; a run
    builds what is missing on first use). False where the list cannot be
    kept (no such list, or wordfreq's files not found)."""
    found = _source(language, wordlist)
    if not found:
        return False
    return len(ProbedList(language, wordlist, found)) > 0  # reads or builds the sorted copy


def words_before_rarer(freq: Mapping[str, float], floor: float) -> list[str]:
    """The words ``freq`` lists before the first one rarer than ``floor``,
    in its order (most frequent first), without reading a ``ProbedList``
    whole (its cached runs are split instead).

    >>> words_before_rarer({"de": 0.05, "la": 0.04, "rara": 1e-9, "casa": 1e-3}, 1e-7)
    ['de', 'la']
    """
    if isinstance(freq, ProbedList) and freq.searched:
        words: list[str] = []
        for i, (value, _) in enumerate(freq.runs()):
            if value < floor:
                break
            words += freq.run_words(i)
        return words
    # Found without a Python step per word: 120,000 words a language.
    rare = next(compress(count(), map(partial(gt, floor), freq.values())), len(freq))
    return list(islice(freq, rare))
