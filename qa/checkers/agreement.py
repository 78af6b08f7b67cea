"""Determiner–noun and noun–adjective agreement, offline, as a damage signal.

A dropped or changed letter often turns a noun into a real word of the
wrong number or gender (``los culpó`` -> ``los culo``, ``these cars`` ->
``these car``). No part-of-speech tags are available, so the classes come
from closed-class tables and the frequency of related forms
(``qa.text.morph``). Spanish object pronouns look like articles (``los
culpó``, ``la vi``): a word that may be a finite verb is never flagged after
them. Findings are ``info`` signals; ``qa.merge`` turns them into a garble
span when other evidence sits in the same clause.
"""
from __future__ import annotations

from itertools import compress
from operator import attrgetter
from typing import Container, Iterable, Iterator

from ..model import Finding, RuleInfo
from ..text import morph
from ..text.tokens import Token

RULE = "Garble.Agreement"
RULES = (
    RuleInfo(
        id=RULE,
        category="grammar",
        severity="info",
        description="A determiner and its noun, or a noun and its adjective, disagree in number "
        "or gender (Spanish; English determiner and noun number).",
        why="Real words of the wrong number or gender are what damaged copy looks like to a "
        "spell checker: every word is valid. Alone this is a weak signal; next to other "
        "evidence it marks a corrupted span.",
        instead="Restore the word that was damaged (often a letter or an accent was lost).",
        languages=("es", "en"),
        flag=("En una conferencia de prensa, los culo de lanzar una guerra.",
              "Llegaron los ministro de Salud.",
              "Visitó la ciudades del norte.",
              "Las fuerzas armada del país."),
        ok=("En una conferencia de prensa, los culpó de lanzar una guerra.",
            "Las vi ayer y los saludé.",
            "Los ministros llegaron y los demás se fueron.",
            "Los Angeles y Las Vegas.",
            "La foto y la mano del testigo; el análisis de los lunes."),
    ),
)


_TEXT = attrgetter("text")
_EN_DETERMINERS = morph.PLURAL_DETERMINERS_EN | morph.SINGULAR_DETERMINERS_EN


def _adjacent_words(doc, first: Container[str]) -> Iterator[tuple[Token, Token, Token | None]]:
    """(word, next word, the word after it) with only spaces between them,
    for each word whose lower-case form is in ``first``.

    Only determiners open a pair either checker looks at, so the tokens are
    sifted for them in bulk and the rest are never visited one by one.
    """
    toks = doc.tokens
    text = doc.text
    n = len(toks)
    lows = map(str.lower, map(_TEXT, toks))
    for i in compress(range(n - 1), map(first.__contains__, lows)):
        a, b = toks[i], toks[i + 1]
        if a.kind != "word" or b.kind != "word":
            continue
        gap = text[a.end:b.start]
        if gap.strip() or "\n" in gap:
            continue
        c = toks[i + 2] if i + 2 < n else None
        yield a, b, c


def _plain(word: str) -> bool:
    """Lower-case letters only: names, acronyms and numbers stay out."""
    return word.isalpha() and word.islower()


def _finding(det: Token, noun: Token, message: str, confidence: float, suspect: Token,
             **data) -> Finding:
    return Finding(
        rule=RULE, category="grammar", severity="info", start=det.start, end=noun.end,
        message=message, confidence=confidence,
        data={"suspect": [suspect.start, suspect.end], **data},
    )


def check(doc, ctx) -> Iterable[Finding]:
    lang = doc.language
    if lang == "es":
        yield from _spanish(doc, ctx.lexicons["es"])
    elif lang == "en":
        yield from _english(doc, ctx.lexicons["en"])


def _spanish(doc, lex) -> Iterable[Finding]:
    # Verdicts depend only on the words, and an article's pairs recur in
    # the next one ("la guerra", "los ministros"), so they are kept per run.
    nouns = lex.memo("agreement.es.noun")
    adjectives = lex.memo("agreement.es.adjective")
    text = doc.text
    for a, b, c in _adjacent_words(doc, morph.DETERMINERS_ES):
        key = (a.text, b.text)
        verdict = nouns.get(key, _UNSEEN)
        if verdict is _UNSEEN:
            verdict = nouns[key] = _noun_es(a.text, b.text, lex)
        if verdict is None:
            continue
        if verdict is not _ADJECTIVE:
            message, confidence, agrees_with = verdict
            yield _finding(a, b, message, confidence, b, agrees=agrees_with)
            continue
        # det + noun + adjective: "las fuerzas armada", "la guerra ruso"
        if c is None or c.kind != "word" or text[b.end:c.start].strip() or not _plain(c.text):
            continue
        key = (a.text, b.text, c.text)
        verdict = adjectives.get(key, _UNSEEN)
        if verdict is _UNSEEN:
            verdict = adjectives[key] = _adjective_es(a.text, b.text, c.text, lex)
        if verdict is not None:
            message, confidence, agrees_with = verdict
            yield _finding(a, c, message, confidence, c, agrees=agrees_with)


_UNSEEN = object()
# The noun agrees; whether the adjective after it does is the next question.
_ADJECTIVE = ("adjective",)


def _noun_es(det_text: str, word: str, lex):
    """Determiner + noun: None (nothing to say, and no adjective check),
    ``_ADJECTIVE``, or (message, confidence, the form that would agree)."""
    closed = morph.CLOSED_CLASS_ES
    det = det_text.lower()
    entry = morph.DETERMINERS_ES.get(det)
    if entry is None:
        return None
    low = word.lower()
    if not _plain(word) or low in closed or len(low) < 3 or morph.INFINITIVE_ES.search(low):
        return None
    gender, number = entry
    pronoun = det in morph.PRONOUN_DETERMINERS_ES
    if number == "pl" and low[-1] not in "sx":
        if low in morph.INVARIABLE_ES or (pronoun and morph.verb_like_es(low, lex)):
            return None
        plural = morph.plural_of_es(low, lex)
        if plural:
            return f"“{det_text}” is plural but “{word}” is singular (“{plural}”?)", 0.5, plural
        return None
    if number == "sg" and low.endswith("s") and low not in morph.INVARIABLE_ES:
        if pronoun and morph.verb_like_es(low, lex):
            return None  # "la tienes"
        single = morph.singular_of_es(low, lex)
        if single and lex.zipf(single) >= lex.zipf(low) - 1.0:
            return f"“{det_text}” is singular but “{word}” is plural", 0.45, single
        return None
    if (gender and number == "sg" and low not in morph.GENDER_EXCEPTIONS_ES
            and not low.startswith(("a", "á", "ha", "há"))):
        other_end = {"f": ("o", "a"), "m": ("a", "o")}[gender]
        if low.endswith(other_end[0]) and not (pronoun and morph.verb_like_es(low, lex)):
            other = low[:-1] + other_end[1]
            zo = lex.zipf(other)
            if zo >= 3.0 and zo >= lex.zipf(low) and not morph.verb_like_es(low, lex):
                return f"“{det_text}” and “{word}” differ in gender (“{other}”?)", 0.4, other
    return _ADJECTIVE


def _adjective_es(det_text: str, word: str, adj_text: str, lex):
    """Determiner + noun + adjective: None or (message, confidence, the
    adjective that would agree)."""
    gender, number = morph.DETERMINERS_ES[det_text.lower()]
    low = word.lower()
    adj = adj_text.lower()
    if adj in morph.CLOSED_CLASS_ES or adj in morph.GENDER_EXCEPTIONS_ES or len(adj) < 4:
        return None
    noun_plural = low.endswith("s") and number == "pl"
    if noun_plural and adj[-1] in "oa" and not morph.verb_like_es(adj, lex):
        plural = adj + "s"
        if lex.zipf(plural) >= 3.0 and lex.zipf(plural) >= lex.zipf(adj) - 1.5:
            return (f"“{det_text} {word}” is plural but “{adj_text}” is singular (“{plural}”?)",
                    0.35, plural)
    elif number == "sg" and gender and low[-1] == {"f": "a", "m": "o"}[gender]:
        wrong = {"f": "o", "m": "a"}[gender]
        if adj.endswith(wrong) and not morph.verb_like_es(adj, lex):
            other = adj[:-1] + {"f": "a", "m": "o"}[gender]
            if lex.zipf(other) >= 3.0 and lex.zipf(other) >= lex.zipf(adj) - 0.5:
                return f"“{word}” and “{adj_text}” differ in gender (“{other}”?)", 0.3, other
    return None


def _english(doc, lex) -> Iterable[Finding]:
    sentence_starts = None
    for a, b, c in _adjacent_words(doc, _EN_DETERMINERS):
        det = a.text.lower()
        word = b.text
        if a.text == "A" and sentence_starts is None:
            sentence_starts = {s for s, _ in doc.sentences}
        if not _plain(word) or (a.text == "A" and a.start not in sentence_starts):
            continue  # "A shares", "Class A stock": a label, not the article
        # Nouns modify nouns in English ("various tax measures", "a weapons
        # program"), so a number clash counts only before punctuation or a
        # function word, where the second word must be the head noun.
        head = c is None or c.kind != "word" or c.text.lower() in morph.CLOSED_CLASS_EN
        if not head:
            continue
        if det in morph.PLURAL_DETERMINERS_EN:
            plural = morph.singular_noun_en(word, lex)
            # "both parent and child": a conjunction after it reads fine
            if plural and not (c is not None and c.text.lower() in ("and", "or", "nor")):
                yield _finding(a, b, f"“{a.text}” is plural but “{word}” is singular "
                               f"(“{plural}”?)", 0.45, b, agrees=plural)
        elif det in morph.SINGULAR_DETERMINERS_EN and morph.is_plural_en(word, lex):
            yield _finding(a, b, f"“{a.text}” is singular but “{word}” is plural", 0.4, b)


def agrees(prev: str, word: str, lex, language: str) -> bool | None:
    """Does ``word`` positively agree with the word before it? None when it
    cannot be judged (function words, unknown words): the checker's silence
    is not the same as agreement, and ranking repairs needs the difference.

    >>> from qa.lexicon import Lexicon
    >>> es = Lexicon("es")
    >>> agrees("los", "culpó", es, "es"), agrees("los", "culos", es, "es"), agrees("los", "cual", es, "es")
    (True, True, None)
    """
    p, w = prev.lower(), word.lower()
    if language == "es":
        if w in morph.CLOSED_CLASS_ES or not w.isalpha():
            return None
        entry = morph.DETERMINERS_ES.get(p)
        plural = w[-1] in "sx" and (w in morph.INVARIABLE_ES or morph.singular_of_es(w, lex) is not None)
        singular = w[-1] not in "sx" and morph.plural_of_es(w, lex) is not None
        if entry is None:
            # noun + adjective: a plural noun wants a plural adjective
            if p.endswith("s") and len(p) > 3:
                return True if plural else False if singular else None
            return None
        if p in morph.PRONOUN_DETERMINERS_ES and morph.verb_like_es(w, lex):
            return True
        if entry[1] == "pl":
            return True if plural else False if singular else None
        return True if singular else False if plural else None
    if language == "en":
        if w in morph.CLOSED_CLASS_EN:
            return None
        if p in morph.PLURAL_DETERMINERS_EN:
            return True if morph.is_plural_en(w, lex) else None
        if p in morph.SINGULAR_DETERMINERS_EN:
            return True if morph.singular_noun_en(w, lex) else None
    return None
