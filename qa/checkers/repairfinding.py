"""The finding a context checker makes of a better-fitting candidate.

``Garble.Context`` (word trigrams) and ``Garble.TagContext`` (class
trigrams) both weigh a candidate one damage step away by how much more
likely it makes the sentence, damage cost included, and grade the word by
that gain against the gain its frequency asks for: a warning at or above
it, an info signal up to ``info_margin`` below, nothing further down. Only
the message (what the model saw) and the suspect span differ.
"""
from __future__ import annotations

import math

from ..model import Finding, Fix


def repair_finding(rule: str, tok, cand: str, gain: float, needed: float, info_margin: float,
                   message: str, mark_suspect: bool = False) -> Finding | None:
    """The finding for ``tok`` with ``cand`` fitting ``gain`` log10 points
    better where ``needed`` make a warning; None more than ``info_margin``
    below. ``mark_suspect`` names the word as the damaged span (for the
    span merger's evidence)."""
    margin = gain - needed
    if margin < -info_margin:
        return None
    # A graded raw confidence, for calibration: rises with the margin.
    confidence = round(0.25 + 0.6 / (1 + math.exp(-margin)), 2)
    return Finding(
        rule=rule, category="garble",
        severity="warning" if margin >= 0 else "info",
        start=tok.start, end=tok.end,
        message=message,
        confidence=confidence,
        fixes=(Fix(tok.start, tok.end, cand, confidence, "display", f"“{cand}”?"),),
        suspect=(tok.start, tok.end) if mark_suspect else None,
        data={"neighbour": cand, "gain": round(gain, 2), "margin": round(margin, 2)},
    )


def with_runners_up(finding: Finding, gain: float, others: list[tuple[str, float]]) -> Finding:
    """``finding`` (its one fix the best candidate, of ``gain``) with the
    ``others`` (candidate, gain) as display fixes after it, each at the
    finding's confidence times its likelihood against the best's
    (``10 ** (its gain - gain)``): the first fix stays the best, and a
    later step that weighs the story's words (``qa.echoed_first``) reads
    the shares."""
    best = finding.fixes[0]
    extra = tuple(Fix(best.start, best.end, cand, round(finding.confidence * 10 ** (g - gain), 3),
                      "display", f"“{cand}”?")
                  for cand, g in others)
    return finding.with_(fixes=(best, *extra))
