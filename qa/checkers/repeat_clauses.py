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
    # the clause's first word opens the sentence (after an opening quote or
    # "¿" at most): after a comma "lo que", "quien" start an appositive
    # relative ("…, quien no demostró interés"), never a subject
    first = i
    while first > 0 and toks[first].start not in sentence_starts:
        before = toks[first - 1]
        if before.kind != "word":
            if before.text in OPENING_MARKS and (first == 1 or before.start in sentence_starts):
                break
            return False
        first -= 1
        if i - first > MAX_CLAUSE_WORDS + 2:
            return False
    words = [t.text.lower() for t in toks[first:i]]
    for opener in openers:
        between = len(words) - len(opener)
        if tuple(words[:len(opener)]) == opener and low not in opener and between <= MAX_CLAUSE_WORDS \
                and (between > 0 or low not in profile.function_words):
            return True
    return False
