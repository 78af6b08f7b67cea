"""Word frequencies from wordfreq's bundled lists, loaded once per language
(through ``qa.text.freqlists``, which keeps a quick-loading copy).

A ``Lexicon`` belongs to a run (``Context``), not to the module, so tests
and library users never share hidden state.
"""
from __future__ import annotations

import math
import unicodedata
from functools import cached_property
from typing import Mapping

from .lang import BUILTIN, LanguageProfile, profile_for
from .text import freqlists


def fold(word: str) -> str:
    """Lower case, composed accents (NFD text from some CMSs looks up as NFC)."""
    low = word.lower()
    return low if low.isascii() else unicodedata.normalize("NFC", low)


class Lexicon:
    def __init__(self, language: str, accepted: frozenset[str] = frozenset(),
                 profile: LanguageProfile | None = None, tools_home: str | None = None):
        self.language = language
        # The LanguageTool install whose tables (the Spanish tag table) the
        # checks read; None: the default install in newsqa's cache.
        self.tools_home = tools_home
        # What the checkers know about the language besides its words.
        self.profile = profile or profile_for(language)
        # Words the user told us are fine (names, house terms), lower-cased.
        self.accepted = accepted
        # checkers ask for the same words again and again (~1,000 times a document)
        self._zipf_cache: dict[str, float] = {}
        self._memos: dict[str, dict] = {}

    @cached_property
    def available(self) -> bool:
        return self.language in freqlists.available("best")

    @cached_property
    def frequencies(self) -> Mapping[str, float]:
        """The language's word list, word -> frequency, in wordfreq's order.
        A run's first look-ups are answered by binary search in its sorted
        copy (``freqlists.ProbedList``): a one-article run asks a few
        thousand words, and building the dict of a large list (342,000
        Spanish words) would cost it 0.1 s. Once the list is read whole,
        this attribute is the dict itself, so a long run's look-ups go
        through nothing else."""
        if not self.available:
            return {}
        return freqlists.probed(self.language, "best", freqlists.LIST_PROBES_BEFORE_LOAD,
                                on_whole=self._use_whole_list)

    def _use_whole_list(self, freq: dict[str, float]) -> None:
        self.__dict__["frequencies"] = freq  # what the cached property hands out from now on

    def read_whole(self) -> None:
        """Read the word list into a dict now (a forking parent does, once
        for all its workers)."""
        freq = self.frequencies
        if isinstance(freq, freqlists.ProbedList):
            freq.read_whole()

    @cached_property
    def common_words(self) -> Mapping[str, float]:
        """wordfreq's small list (the ~30,000 commonest words): enough to tell
        languages apart on a headline. Read by binary search in its cached
        copy until a run has asked it many words (``freqlists.ProbedList``)."""
        return freqlists.probed(self.language, "small")

    def frequency(self, word: str) -> float:
        return self.frequencies.get(fold(word), 0.0)

    def zipf(self, word: str) -> float:
        """Zipf scale: log10 of frequency per billion words (0 = unknown)."""
        z = self._zipf_cache.get(word)
        if z is None:
            if len(self._zipf_cache) > 200_000:  # bounded over huge corpora
                self._zipf_cache.clear()
            f = self.frequency(word)
            z = self._zipf_cache[word] = round(math.log10(f) + 9, 2) if f > 0 else 0.0
        return z

    def memo(self, name: str, size: int = 200_000) -> dict:
        """A dict named ``name`` that lives as long as this Lexicon (a run):
        checkers keep per-word verdicts there, since most words of an
        article recur in the next one. Emptied when it grows past ``size``."""
        memo = self._memos.get(name)
        if memo is None or len(memo) > size:
            memo = self._memos[name] = {}
        return memo

    def known(self, word: str) -> bool:
        low = fold(word)
        return low in self.accepted or low in self.frequencies


class Lexicons:
    """Per-run cache of one ``Lexicon`` per language, each with its profile
    from ``profiles`` (the built-in languages unless a run brings its own)."""

    def __init__(self, accepted: frozenset[str] = frozenset(),
                 profiles: Mapping[str, LanguageProfile] = BUILTIN, tools_home: str | None = None):
        self._by_lang: dict[str, Lexicon] = {}
        self.accepted = frozenset(w.lower() for w in accepted)
        self.profiles = profiles
        self.tools_home = tools_home

    def __getitem__(self, language: str) -> Lexicon:
        lex = self._by_lang.get(language)
        if lex is None:
            lex = self._by_lang[language] = Lexicon(
                language, self.accepted, profile_for(language, self.profiles), self.tools_home)
        return lex
