"""A real-word signal of newsqa's that a LanguageTool match of another kind
on the same word seconds: two votes that the word is damaged.

A word cut or stripped of a letter often leaves a word that is common in
English: ``est de Mato Grosso`` (``estado`` cut), ``la empresa fund una
filial`` (``fundó``), ``el BOE public este viernes``. ``Garble.TagContext``
sees that its class fits the neighbours badly, but only as an info signal;
LanguageTool's speller knows it is no Spanish word, but its match is set
aside, since a common word of the language the text borrows from is a
loanword far more often than damage (``qa.grammar.spelling`` keeps such a
match as a vote only, ``VOTE_ONLY``). The two read different things, so
when both blame the same word that is one finding, ``Garble.Seconded``, at
the noisy-or of the two raw confidences, with the two as its evidence (no
findings of their own); the calibration grades it apart from either, and
``qa.originals`` ranks its repairs as it ranks a span's (``Sony emp esta
técnica``: ``empezó`` first, where the class signal alone offered
``empate``; that word is now ``Garble.RealWord``'s as well, a span's).

A vote of the signal's own family is the same evidence twice, as in
``qa.merge``: LanguageTool's agreement rules read the same tagging
dictionary as ``Garble.Agreement`` (seconding the one by the other found
six more swapped determiners on the calibration half, but cost four clean
alarms, ``un escucha atento``, ``un estira y afloja``, ``la sake``, and
the refit paid for them with other checks' warnings). A LanguageTool match
that is a signal of another family already makes a ``Garble.Span`` with
ours, so what remains to second is, in practice, the speller's vote.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from .model import Finding, RuleInfo, RuleRoles

RULE = "Garble.Seconded"
RULES = (
    RuleInfo(
        id=RULE,
        roles=RuleRoles(word_level=True),
        category="garble",
        severity="warning",
        description="A real-word signal of newsqa's (word-class context, agreement) and a "
        "LanguageTool match of another kind on the same word (its speller, on a word common "
        "in English and so no finding of its own): two independent checks blame it.",
        why="A cut or dropped letter that leaves a word gives each check only a weak signal; "
        "two checks that read different things agreeing on one word are far surer than either.",
        instead="Restore the word; the fixes are newsqa's candidate, then LanguageTool's.",
        source="qa/seconded.py",
        languages=("es",),
        # needs LanguageTool; tests/test_seconded.py runs these with a real server
        flag=("El año pasado la empresa fund una filial en Chile.",),
        ok=("El año pasado la empresa fundó una filial en Chile.",),
    ),
)

# A finding that qa.grammar.spelling keeps only as a vote: the speller's
# match on a word the borrowed-from language has, no finding of its own.
VOTE_ONLY = "vote_only"


def is_vote(f: Finding) -> bool:
    """A LanguageTool match that can second a signal: one that is damage
    evidence (agreement, grammar or spelling). The speller's match counts
    only where it is no finding of its own (``VOTE_ONLY``): elsewhere the
    word is a non-word, which the spelling checks own (``informacion``:
    ``Spelling.Accent``), and next to a context signal it makes a span."""
    if not f.roles.grammar_server or f.roles.family is None:
        return False
    return not f.roles.word_level or bool(f.data.get(VOTE_ONLY))


def is_seconded_signal(f: Finding) -> bool:
    """One of newsqa's own signals that a valid word is wrong where it stands."""
    return not f.roles.grammar_server and f.roles.real_word_evidence and f.roles.family is not None


def pairs(findings: Iterable[Finding]) -> list[tuple[Finding, Finding]]:
    """(newsqa's signal, the strongest LanguageTool vote on its suspect word)
    for each signal that one seconds, in text order."""
    findings = list(findings)
    votes = [f for f in findings if is_vote(f)]
    if not votes:
        return []
    best: dict[int, tuple[Finding, Finding]] = {}  # each vote seconds one signal, the strongest
    for f in findings:
        if not is_seconded_signal(f):
            continue
        s, e = f.suspect_span
        # a vote of the signal's own family is the same evidence: LanguageTool's
        # agreement rules read the same tagging dictionary as newsqa's
        on_word = [v for v in votes if v.start < e and s < v.end and v.roles.family != f.roles.family]
        if on_word:
            vote = max(on_word, key=lambda v: v.confidence)
            if id(vote) not in best or f.confidence > best[id(vote)][0].confidence:
                best[id(vote)] = (f, vote)
    return sorted(best.values(), key=lambda pair: (pair[0].start, pair[0].end))


def finding(signal: Finding, vote: Finding, confidence: float) -> Finding:
    """The finding for ``signal`` seconded by ``vote``, at ``confidence``
    (the noisy-or of the two, which ``qa.merge`` works out as for a span):
    over the signal's extent, its fixes first, then the vote's as hints (a
    speller's guess for ``emp`` is ``BMP``: it read the word alone)."""
    ours = {(x.start, x.end, x.replacement) for x in signal.fixes}
    fixes = signal.fixes + tuple(replace(x, applicability="display") for x in vote.fixes
                                 if (x.start, x.end, x.replacement) not in ours)
    return Finding(
        rule=RULE, category="garble", severity="warning", start=signal.start, end=signal.end,
        message=f"Two checks blame this word: {signal.rule} and {vote.rule}",
        confidence=round(confidence, 3), fixes=fixes, signals=(signal.rule, vote.rule),
        suspect=signal.suspect, roles=RULES[0].roles,
        data={"signal": signal.rule, "vote": vote.rule}, evidence=(signal, vote),
    )
