"""Which LanguageTool rules newsqa turns off, and how matches become findings.

The default list comes from running LanguageTool 6.8 with its own defaults
over the clean professional news in the shared evaluation set (398 Spanish
articles, 605 English articles and paragraphs; `bench/eval_grammar.py
--clean` repeats it). A rule is off when what it flags there is not an
error in news, or when a newsqa checker already owns that job.
"""
from __future__ import annotations

from typing import Any

from ..model import RuleRoles

# rule id (or prefix ending in "*") -> why it is off by default
DISABLED_RULES: dict[str, str] = {
    "MORFOLOGIK_RULE_*": "spelling: fires on every name (2,861 hits in 398 clean Spanish articles); "
    "newsqa's non-word checker does this with a news lexicon",
    "HUNSPELL_*": "spelling, same reason as MORFOLOGIK_RULE_*",
    "ES_MULTITOKEN_SPELLING_*": "'corrects' multi-word names (Philippe Charlier -> Philippe Chatrier)",
    "EN_MULTITOKEN_SPELLING_*": "'corrects' company names (Apple Computer Inc -> Inc.)",
    "WHITESPACE_RULE": "duplicates newsqa's whitespace checks",
    "SENTENCE_WHITESPACE": "fires on ticker symbols such as <TOSS.T>; whitespace is newsqa's own check",
    "COMMA_PARENTHESIS_WHITESPACE": "duplicates newsqa's whitespace/punctuation checks",
    "DOUBLE_PUNCTUATION": "duplicates newsqa's punctuation checks; also fires on 'S.A. de C.V..'",
    "ENGLISH_WORD_REPEAT_RULE": "duplicates newsqa's repetition checker",
    "SPANISH_WORD_REPEAT_RULE": "duplicates newsqa's repetition checker",
    # the same rule in the other installed languages and LanguageTool's generic one: kept on,
    # each match was a second "independent" signal of one doubled word (a Garble.Span)
    "CATALAN_WORD_REPEAT_RULE": "duplicates newsqa's repetition checker",
    "PORTUGUESE_WORD_REPEAT_RULE": "duplicates newsqa's repetition checker",
    "WORD_REPEAT_RULE": "duplicates newsqa's repetition checker",
    "PHRASE_REPETITION": "duplicates newsqa's repetition checker",
    "ENGLISH_WORD_REPEAT_BEGINNING_RULE": "style: consecutive sentences starting alike is normal in news",
    "ES_UNPAIRED_BRACKETS": "news quotes that run over paragraphs leave the mark open by convention",
    "EN_UNPAIRED_QUOTES": "same as ES_UNPAIRED_BRACKETS",
    "ES_DATE_WEEKDAY_CURRENTYEAR": "checks the weekday against the current year: wrong for archived news",
    "COMMA_PERO": "optional comma before 'pero' (40 hits, none an error)",
    "COMMA_SINO": "optional comma before 'sino'",
    "COMMA_MARCADOR_DISCURSIVO": "optional commas around discourse markers",
    "COMMA_ADVERB": "optional comma after a sentence adverb",
    "PUES_COMAS": "optional commas around 'pues'",
    "YA_QUE": "optional comma before 'ya que'",
    "COMMA_COMPOUND_SENTENCE": "optional comma before a conjunction",
    "COMMA_COMPOUND_SENTENCE_2": "optional comma before a conjunction",
    "COMMA_AFTER_A_MONTH": "'April, 1986' is house style, not an error",
    "ALL_OF_THE": "style: 'all of the' is standard English",
    "HYPHEN_TO_EN": "typography preference (en dash in number ranges)",
    "ES_SIMPLE_REPLACE_SIMPLE_CO_": "typography preference (CO2 -> CO₂)",
    "PUNTO_EN_ABREVIATURAS": "typography preference ('vs' -> 'vs.')",
    "SPACE_UNITIES": "reads team names and decades ('49s', '20s') as units",
}

# Rules that do a newsqa checker's job: the calibration never turns them back
# on, however well they score (they find the same slips as that checker), since
# one slip would be reported twice and our checker knows the legitimate cases
# (emphatic "muy muy", "had had", reduplicated names) that they do not.
DUPLICATES_OF_OURS = frozenset(rule for rule, why in DISABLED_RULES.items() if why.startswith("duplicates newsqa"))

# LanguageTool category id -> why it is off by default
DISABLED_CATEGORIES: dict[str, str] = {
    "CAMBIOS_NORMA": "RAE 2010 spelling changes (sólo/solo, ésta/esta, guión/guion): "
    "the older forms are still common and accepted in professional news",
}

_STYLE_CATEGORIES = {
    "STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "REPETITIONS_STYLE", "WIKIPEDIA",
    "GENDER_NEUTRALITY", "REGIONALISMS", "COLLOQUIALISMS", "REDUNDANCIES", "FORMAL_SPEECH",
}
_STRUCTURE_CATEGORIES = {"PUNCTUATION", "TYPOGRAPHY"}
_SPELLING_CATEGORIES = {"TYPOS", "MISSPELLING", "DIACRITICS", "MULTITOKEN_SPELLING"}


def category_of(lt_category: str, issue_type: str) -> str:
    """newsqa category for a LanguageTool category id and issue type.

    Languages define their own category ids (Spanish AGREEMENT_NOUNS,
    DIACRITICS, ...), so the issue type decides when the id is unknown.

    >>> category_of("AGREEMENT_NOUNS", "inconsistency")
    'grammar'
    """
    if lt_category in _SPELLING_CATEGORIES or issue_type == "misspelling":
        return "spelling"
    if lt_category in _STRUCTURE_CATEGORIES or issue_type in ("typographical", "whitespace"):
        return "structure"
    if lt_category in _STYLE_CATEGORIES or issue_type in ("style", "register", "locale-violation"):
        return "style"
    return "grammar"


# How likely a match is a real error, by newsqa category. With the default
# rules, non-spelling findings were right 0.87 (COWS-L2H es) and 0.74
# (JFLEG en) of the time on learner text (bench/eval_grammar.py); news is
# cleaner, so a flag there is rarer but no more certain: keep below those.
CONFIDENCE = {"grammar": 0.7, "spelling": 0.6, "structure": 0.5, "style": 0.35}
MAX_FIXES = 5


# Only agreement matches are warnings. On 2,600 clean news articles
# (465,000 words) every other LanguageTool rule family together fired about
# 0.5 times per 1,000 words, spread over some 70 rules and mostly house style
# or debatable (hyphenation, "a bit", compounding, casing, typography), which
# would make a CI gate cry wolf; agreement matches were mostly real errors
# ("las zona", "sus sistema"). The rest stay in the report as info and still
# count as evidence when the garble detector merges signals.
WARNING_CATEGORIES = frozenset({"GRAMMAR", "AGREEMENT_NOUNS", "AGREEMENT_VERBS", "CONFUSED_WORDS"})
_AGREEMENT = ("AGREEMENT", "CONCORDANCIA")
# An adjective placed after several nouns may agree with any of them
# ("intereses político electorales" is a compound adjective).
INFO_RULES = frozenset({"AGREEMENT_POSTPONED_ADJ"})


def severity_of(lt_category: str, rule_id: str, matched: str = "") -> str:
    """
    >>> severity_of("AGREEMENT_NOUNS", "AGREEMENT_DET_NOUN", "las zona")
    'warning'
    >>> severity_of("GRAMMAR", "A_NNS"), severity_of("TYPOGRAPHY", "APOSTROPHE_VS_QUOTE")
    ('info', 'info')
    >>> severity_of("AGREEMENT_NOUNS", "AGREEMENT_DET_NOUN", "del América")
    'info'
    """
    if lt_category not in WARNING_CATEGORIES or rule_id in INFO_RULES:
        return "info"
    if not any(a in rule_id for a in _AGREEMENT) or _agrees_with_name(matched):
        return "info"
    return "warning"


def confidence_of(category: str, matched: str = "") -> float:
    """A match's raw confidence: by category, lower for agreement with a
    name (the calibration bins by it, so the two cases get their own rates).

    >>> confidence_of("grammar", "las zona"), confidence_of("grammar", "del América")
    (0.7, 0.35)
    """
    base = CONFIDENCE[category]
    return round(base / 2, 3) if _agrees_with_name(matched) else base


def _agrees_with_name(matched: str) -> bool:
    """Agreement with a capitalised word is mostly a name that keeps its own
    gender ("del América", "el Apertura", "El Pelusa"): about half of the
    agreement matches on clean Spanish news, and none a real error."""
    words = matched.split()
    return len(words) > 1 and words[-1][:1].isupper()


# LanguageTool's spell checkers (Morfologik for most languages, Hunspell for a few).
SPELLER_RULES = ("MORFOLOGIK_RULE_", "HUNSPELL_")


def roles_of(rule_id: str, category: str) -> RuleRoles:
    """What a LanguageTool match is as evidence of damage. Its agreement
    rules and ours are one family (they are not independent); its style
    and typography matches say nothing about damage.

    >>> roles_of("AGREEMENT_DET_NOUN", "grammar").family, roles_of("WHITESPACE_RULE", "structure").family
    ('agreement', None)
    """
    if "AGREEMENT" in rule_id or "CONCORDANCIA" in rule_id:
        family = "agreement"
    else:
        family = category if category in ("spelling", "grammar") else None
    # A speller's match judges one word, as newsqa's non-word check does: a
    # word that is mojibake or half of a split word is not also a misspelling,
    # and one typo flagged by both is one finding.
    return RuleRoles(family=family, real_word_evidence=family in ("agreement", "grammar"),
                     word_level=rule_id.startswith(SPELLER_RULES), grammar_server=True)


def server_rule_ids(patterns: tuple[str, ...], long_codes: set[str]) -> set[str]:
    """Concrete ids to send as ``disabledRules`` for ``PREFIX_*`` patterns.

    The open-source server cannot list its rules, so the known families are
    spelled out here (turning the spellers off on the server also saves most
    of its time); ``is_disabled`` drops any member this misses.
    """
    suffixes = {
        "MORFOLOGIK_RULE_": {c.upper().replace("-", "_") for c in long_codes},
        "HUNSPELL_": {"RULE", "NO_SUGGEST_RULE"},
    }
    out: set[str] = set()
    for pattern in patterns:
        if not pattern.endswith("*"):
            out.add(pattern)
            continue
        stem = pattern[:-1]
        extra = suffixes.get(stem, {"TWO", "THREE", "FOUR"} if stem.endswith("MULTITOKEN_SPELLING_") else set())
        out.update(stem + s for s in extra)
    return out


def is_disabled(rule_id: str, patterns: tuple[str, ...]) -> bool:
    return any(rule_id.startswith(p[:-1]) if p.endswith("*") else rule_id == p for p in patterns)


def off_by_default(rule_id: str, lt_category: str) -> bool:
    """Whether newsqa's request leaves a LanguageTool rule off unless the
    calibration turns it back on: a disabled rule or one of a disabled category.

    >>> off_by_default("O_NO_TILDE", "CAMBIOS_NORMA"), off_by_default("MORFOLOGIK_RULE_ES", "TYPOS")
    (True, True)
    >>> off_by_default("AGREEMENT_DET_NOUN", "AGREEMENT_NOUNS")
    False
    """
    return is_disabled(rule_id, tuple(DISABLED_RULES)) or lt_category in DISABLED_CATEGORIES


def describe_match(match: dict[str, Any]) -> dict[str, Any]:
    """The fields newsqa keeps from one LanguageTool JSON match (offsets
    still in the server's UTF-16 units)."""
    rule = match["rule"]
    return {
        "rule": rule["id"],
        "sub_id": rule.get("subId"),
        "category": rule["category"]["id"],
        "issue_type": rule.get("issueType", ""),
        "message": match["message"],
        "replacements": [r["value"] for r in match.get("replacements", ())],
        "offset16": match["offset"],
        "length16": match["length"],
    }
