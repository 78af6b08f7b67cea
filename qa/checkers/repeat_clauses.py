"""Doubles that straddle a clause boundary the grammar allows without a comma.

A free relative clause used as a subject ends on its verb, and the main
clause's verb follows at once: "What it is is a tax", "Lo que pasa pasa por
algo", "Quien sabe sabe que no". The two copies belong to two clauses, so
the double is grammatical. The shape is narrow on purpose, since a word
replaced by its neighbour leaves the same two words (``closes_free_relative``):

- the clause opens the sentence with a free-relative word
  (the profile's ``free_relatives``);
- at most ``MAX_CLAUSE_WORDS`` words stand between it and the first copy,
  with no punctuation;
- the second copy is followed by a word (the main clause's predicate);
- the doubled word is a verb of the clause: a content word, or a copula or
  auxiliary from the profile's ``linking_verbs`` (an article or preposition ends no clause);
  one of those only after the clause's own subject ("What it is is", not
  "What were were": a word replaced by its neighbour), since the opener can
  be the subject of a content verb alone ("Lo que pasa pasa").

A tautology is the same boundary with the relative word as the clause's
whole subject and the main clause's predicate a copy of the clause's
(``repeats_free_relative``): "What happened happened.", "Whoever wins
wins.", "Lo que pasó pasó", and with a phrase, "What will be will be",
"What is done is done". Here nothing need follow the second copy, since the
predicate is the whole main clause; it ends its clause instead (a mark or
the text's end). A one-word copy is a content word, as above; a phrase may
open with anything, since a word replaced by its neighbour never doubles a
phrase.
"""
from __future__ import annotations

# "What the minister told the press on Monday was was ...": a longer clause
# reads as the subject of the sentence too, but the examples seen are short.
MAX_CLAUSE_WORDS = 4
# marks a sentence may open with before its first word
OPENING_MARKS = frozenset("“«\"‘'¿¡(")

# Examples the tests run (tests/test_repeat_classes.py).
MUST_NOT_FLAG = (
    ("en", "What it is is a tax on the poor."),
    ("en", "Whatever he says says little about the plan."),
    ("es", "Quien sabe sabe que no es fácil."),
    ("es", "“Lo que pasa pasa por algo”, dijo."),
    # tautologies: the relative word is the clause's subject, the copy the whole main clause
    ("en", "What happened happened."),
    ("en", "“Whatever happens happens,” the coach said after the game."),
    ("en", "Whoever wins wins; the league will not appeal."),
    ("es", "Lo que pasó pasó."),
    ("es", "“Quien sabe sabe”, respondió el ministro."),
    ("en", "What will be will be."),
    ("en", "What is done is done, the mayor said."),
    ("es", "Lo que tenga que pasar tenga que pasar."),
)
MUST_FLAG = (
    ("en", "What it is is."),  # nothing after the second copy
    ("en", "All the players were were tired."),  # no free-relative opener
    ("en", "What the the report says is wrong."),  # an article ends no clause
    ("en", "What the minister told the press on Monday was was true."),
    ("es", "El ministro es es un problema."),
    ("es", "Lo que que dijo fue falso."),  # the opener itself doubled
    ("es", "Habló con Celso, quien no demostró interés interés mantener contacto."),
    ("en", "What were were is lowering the price."),
    # twins of the tautologies
    ("en", "What is is."),  # a linking verb straight after the opener: "What were were"
    ("es", "Lo que fue fue."),
    ("en", "The price happened happened."),  # no free-relative opener
    ("es", "Un trámite que es es."),  # a relative inside the sentence (a damage of the ten seeds)
    ("en", "Prices fell, and what happened happened."),  # the opener does not open the sentence
    ("en", "What the the."),  # a function word
    ("en", "The vote will happen will happen."),  # a phrase doubled with no opener
    ("en", "What he said to the to the press."),  # the phrase's copies do not follow the opener
)


def closes_free_relative(toks, i: int, j: int, sentence_starts, profile) -> bool:
    """Whether toks[i] ends a free relative clause and its copy toks[j]
    starts the main clause's predicate (``What it is is a tax``)."""
    openers = profile.free_relatives
    if not openers:
        return False
    low = toks[i].text.lower()
    if low in profile.function_words and low not in profile.linking_verbs:
        return False
    after = toks[j + 1] if j + 1 < len(toks) else None
    if after is None or after.kind not in ("word", "number"):
        return False
    words = _sentence_opening(toks, i, sentence_starts, MAX_CLAUSE_WORDS + 2)
    if words is None:
        return False
    for opener in openers:
        between = len(words) - len(opener)
        if tuple(words[:len(opener)]) == opener and low not in opener and between <= MAX_CLAUSE_WORDS \
                and (between > 0 or low not in profile.function_words):
            return True
    return False


# what may follow a tautology's second copy: its clause or sentence ends there
CLAUSE_CLOSERS = frozenset(".!?…,;:”»\"’')—–")
# the longest opener, in words ("lo que", "el que")
_OPENER_WORDS = 2


def repeats_free_relative(toks, first: int, second: int, last: int, sentence_starts,
                          profile) -> bool:
    """Whether toks[first:second] is the whole predicate of a free relative
    whose relative word opens the sentence as its subject, and
    toks[second:last + 1] its copy, the main clause's whole predicate, ending
    its clause: "What happened happened.", "What will be will be" (a word
    when ``second == last``, else a phrase)."""
    openers = profile.free_relatives
    if not openers:
        return False
    after = toks[last + 1] if last + 1 < len(toks) else None
    if after is not None and not (after.kind == "punct" and after.text in CLAUSE_CLOSERS):
        return False
    copy = [t.text.lower() for t in toks[first:second]]
    if second == last:
        # one word: a content word, as for ``closes_free_relative``; a linking
        # verb straight after the opener is the damage's "What were were"
        if copy[0] in profile.function_words or copy[0] in profile.linking_verbs:
            return False
    words = _sentence_opening(toks, first, sentence_starts, _OPENER_WORDS)
    return words is not None and tuple(words) in openers and copy[0] not in words  # not "Lo que que"


def _sentence_opening(toks, i: int, sentence_starts, most: int) -> list[str] | None:
    """The words from the sentence's start to toks[i] (lower case), or None
    when more than ``most`` stand there or anything else does. The sentence
    may open with a quote mark or "¿" first; after a comma "lo que", "quien"
    start an appositive relative ("…, quien no demostró interés"), never a
    subject."""
    first = i
    while first > 0 and toks[first].start not in sentence_starts:
        before = toks[first - 1]
        if before.kind != "word":
            if before.text in OPENING_MARKS and (first == 1 or before.start in sentence_starts):
                break
            return None
        first -= 1
        if i - first > most:
            return None
    return [t.text.lower() for t in toks[first:i]]
