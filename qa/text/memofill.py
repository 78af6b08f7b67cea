"""A per-run memo read for a whole document's keys at once.

The checkers keep a verdict per word for the run (``Lexicon.memo``): most
words of an article recur in the next one. Looking a document's words up
one by one in Python costs more than the verdicts saved, so they are read
in one pass in C (``map(memo.get, keys)``) and only the keys the memo
lacks are worked out, each once even where a document repeats it.

>>> memo = {"la": 2}
>>> fill(memo, ["la", "casa", "casa"], len)
[2, 4, 4]
>>> memo
{'la': 2, 'casa': 4}
"""
from __future__ import annotations

import operator
from functools import partial
from itertools import compress
from typing import Callable, Hashable, Sequence, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_is_none = partial(operator.is_, None)


def fill(memo: dict, keys: Sequence[K], work: Callable[[K], V]) -> list[V]:
    """``memo``'s value for each of ``keys``, in order; a key it lacks gets
    ``work(key)``, kept in ``memo``. ``work`` never returns None (None
    marks a key not yet worked out)."""
    values = list(map(memo.get, keys))
    if None in values:
        get = memo.get
        for k in compress(range(len(values)), map(_is_none, values)):
            key = keys[k]
            found = get(key)  # worked out earlier in this document
            if found is None:
                found = memo[key] = work(key)
            values[k] = found
    return values
