"""Determiner–noun and noun–adjective agreement, offline, as a damage signal.

A dropped or changed letter often turns a noun into a real word of the
wrong number or gender (``los culpó`` -> ``los culo``, ``these cars`` ->
``these car``). The classes come from the language's tagging dictionary
where one is installed (Spanish), else from closed-class tables and the
frequency of related forms; each language's routine lives in its profile
(``qa.lang.es``, ``qa.lang.en``) and this module turns what it reports
into findings. Spanish object pronouns look like articles (``los culpó``,
``la vi``): a word that may be a finite verb is never flagged after them,
and a pronoun that can only be an object (``se``, ``le``) before a word
that cannot be a verb is (``se culo``). Findings are ``info`` signals; ``qa.merge`` turns them into a garble
span when other evidence sits in the same clause.
"""
from __future__ import annotations

from typing import Iterable

from ..lexicon import Lexicon
from ..model import Finding, Fix, RuleInfo, RuleRoles

RULE = "Garble.Agreement"
RULES = (
    RuleInfo(
        id=RULE,
        roles=RuleRoles(family="agreement", real_word_evidence=True),
        category="grammar",
        severity="info",
        description="A determiner and its noun, or a noun and its adjective, disagree in number "
        "or gender (Spanish; English determiner and noun number); in Spanish, an object pronoun "
        "(se, le, les, me, nos, os) stands before a word that cannot be a verb, or an article "
        "after a verb (la, las) before a word that can only be one.",
        why="Real words of the wrong number or gender are what damaged copy looks like to a "
        "spell checker: every word is valid. Alone this is a weak signal; next to other "
        "evidence it marks a corrupted span.",
        instead="Restore the word that was damaged (often a letter or an accent was lost).",
        languages=("es", "en"),
        flag=("En una conferencia de prensa, los culo de lanzar una guerra.",
              "Llegaron los ministro de Salud.",
              "Visitó la ciudades del norte.",
              "Las fuerzas armada del país.",
              "El ministro se culo de la derrota.",
              "Explicó cómo se organizará la vuela a las aulas."),
        ok=("En una conferencia de prensa, los culpó de lanzar una guerra.",
            "Las vi ayer y los saludé.",
            "Los ministros llegaron y los demás se fueron.",
            "Los Angeles y Las Vegas.",
            "La foto y la mano del testigo; el análisis de los lunes.",
            "Para que el que la haga la pague."),
    ),
)


# A clash this sure is a warning on its own: only those a tagging
# dictionary backs reach it (Spanish; on clean Spanish news about 0.15 per
# 1,000 words, most of them real slips of the source: "las zona").
WARN_AT = 0.55


def check(doc, ctx) -> Iterable[Finding]:
    lex = ctx.lexicons[doc.language or "und"]
    routine = lex.profile.agreement
    if routine is None:
        return
    for clash in routine(doc, lex):
        yield Finding(
            rule=RULE, category="grammar", severity="warning" if clash.confidence >= WARN_AT else "info",
            start=clash.first.start,
            end=clash.suspect.end, message=clash.message, confidence=clash.confidence,
            data={} if clash.agrees is None else {"agrees": clash.agrees},
            fixes=() if clash.first_agrees is None else (
                Fix(clash.first.start, clash.first.end, clash.first_agrees, clash.confidence,
                    "display", f"“{clash.first_agrees}”?"),),
            suspect=(clash.suspect.start, clash.suspect.end),
        )


def agrees(prev: str, word: str, lex: Lexicon) -> bool | None:
    """Does ``word`` positively agree with the word before it? None when it
    cannot be judged (function words, unknown words, a language without an
    agreement routine): the checker's silence is not the same as agreement,
    and ranking repairs needs the difference.

    >>> es = Lexicon("es")
    >>> agrees("los", "culpó", es), agrees("los", "culos", es), agrees("los", "cual", es)
    (True, True, None)
    """
    judge = lex.profile.agrees
    return judge(prev, word, lex) if judge is not None else None
