"""The order of LanguageTool's repairs for a determiner that does not agree
with its plural noun.

LanguageTool's ``AGREEMENT_DET_NOUN`` offers the whole pair mended, its
singular first: ``la discusiones`` → ``la discusión``, ``las discusiones``;
``los cremas`` → ``la crema``, ``las cremas``. Scraped text loses letters
and swaps a determiner for its neighbour; it does not add a plural ending,
so where the noun can only be plural the determiner is what changed, and
the repair that keeps the noun as written comes first (``las
discusiones``, ``las cremas``). A singular noun keeps LanguageTool's order:
there the determiner may have gained its ``s`` as likely as the noun lost
its own (``las tasa`` ← ``la tasa``, ``las escuela`` ← ``las escuelas``).

must reorder: ``la discusiones`` (``las discusiones`` first), ``los
cremas`` (``las cremas``), ``su resultados`` (``sus resultados``);
must leave: ``las escuela``, ``la director`` (LanguageTool's order).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Finding

RULE = "LT.AGREEMENT_DET_NOUN"
# LanguageTool's fixes are ranked by confidence times this per place
# (qa.grammar.service); the new order is priced the same way.
RANK_DECAY = 0.8


def ordered_fixes(text: str, findings: list[Finding], lex, readings) -> list[Finding]:
    """``findings`` with each determiner-noun match over a noun that can
    only be plural offering the repair that keeps that noun first.
    ``readings`` is the profile's word -> readings look-up."""
    out = []
    for f in findings:
        if f.rule == RULE and len(f.fixes) > 1:
            f = _noun_kept_first(text, f, lex, readings)
        out.append(f)
    return out


def _noun_kept_first(text: str, f: Finding, lex, readings) -> Finding:
    written = text[f.start:f.end].split()
    if len(written) != 2:
        return f  # "de los mis": a contraction's match, not a pair
    noun = written[1]
    nominal = [r for r in readings(noun.lower(), lex) if r[0] in "NAE"]
    if not nominal or any(r[2] != "p" for r in nominal):
        return f
    keep = next((i for i, x in enumerate(f.fixes)
                 if x.replacement.split()[1:] == [noun]), None)
    if not keep:  # none keeps it, or it is first already
        return f
    fixes = (f.fixes[keep], *f.fixes[:keep], *f.fixes[keep + 1:])
    return f.with_(fixes=tuple(replace(x, confidence=round(f.confidence * RANK_DECAY ** rank, 3))
                               for rank, x in enumerate(fixes)))
