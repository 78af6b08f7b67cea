"""The real-repeats set with its labels reviewed by hand (``repeat_review.tsv``).

The set takes its labels from the corrections: a doubled word the corrector
removed is an error, one the corrected text keeps is legitimate. Correctors
keep slips (``para para una boda``) and rewrite emphatic doubles
(``muy muy alta``) that the same set labels legitimate elsewhere, so a
checker cannot reach both targets on the labels as given. The table says
which items were relabelled and why; ``bench/evaluate.py`` reports the set
both ways.
"""
from __future__ import annotations

import hashlib
import sys
from dataclasses import replace
from pathlib import Path

from bench.devset import Item

REVIEW = Path(__file__).resolve().parent / "repeat_review.tsv"


def load(path: Path = REVIEW) -> dict[str, tuple[str, int, int, str]]:
    """item id -> (reviewed label, start, end, sha1 prefix of the span's text)."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        _half, item, label, start, end, digest, _reason = line.split("\t")
        table[item] = (label, int(start), int(end), digest)
    return table


def reviewed(items: list[Item], table: dict[str, tuple[str, int, int, str]] | None = None) -> list[Item]:
    """``items`` with the reviewed labels: an error item made legitimate keeps its
    repeat as the span that must stay unflagged, and the other way round.

    >>> item = Item("x", "es", "Es muy muy alta.", ((3, 10),))
    >>> reviewed([item], {"x": ("legitimate", 3, 10, "1ef473fb")})[0].legit
    ((3, 10),)
    """
    table = load() if table is None else table
    out = []
    for item in items:
        label, start, end, digest = table.get(item.id, ("", 0, 0, ""))
        if not label:
            out.append(item)
        elif hashlib.sha1(item.text[start:end].encode()).hexdigest()[:8] != digest:
            print(f"repeat review: {item.id} {start}-{end} no longer matches its text; label kept",
                  file=sys.stderr)
            out.append(item)
        elif label == "error":
            out.append(replace(item, gold=((start, end),), legit=()))
        else:
            out.append(replace(item, gold=(), legit=((start, end),)))
    return out
