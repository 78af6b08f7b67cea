"""A pronoun doubled where a subordinate clause ends and the main one starts.

English "you" and "it", and Spanish stressed pronouns ("él", "ella",
"ustedes"), have one form as object and as subject. A subordinate clause
placed first may end on one as its object, and the main clause open with it
as its subject; without the comma the writer may leave out, the pronoun is
doubled: "when they call you you will get paid", "when you need it it is
there", "si vas con ella ella te ayuda". The two copies belong to two
clauses, so the double is grammatical (``ends_subordinate_clause``):

- one of the profile's ``clause_boundary.openers`` (if, when, because, a
  free relative's whatever; si, cuando, aunque) opens the clause, at most ``MAX_CLAUSE_WORDS`` words
  before the first copy, with no punctuation between;
- the word before the first copy can take it as its object: a verb or a
  preposition by the tagging dictionary (Spanish: a preposition, since an
  object pronoun after a verb is glued to it);
- the word after the second copy can be a finite verb or a modal that
  agrees with the pronoun, the main clause's own ("it will", "it was", not
  "it leave": "it would leave" with "would" replaced by its neighbour) (in Spanish after the clitics and "no" that may come first:
  "ella te ayuda", the profile's ``clause_boundary.before_verb``).

The class stands on grammar, not on a list of verbs: any verb the
dictionary tags will do. What it keeps out is the shape a word replaced by
its neighbour leaves: "said that you would" read "said you you would" and
"said it it would" have no subordinate conjunction before them ("that" is
not one of the openers), and "if it it rains" has no word that governs the
first copy.
"""
from __future__ import annotations

# "if the union's lawyers call you you ...": longer subordinate clauses are
# as grammatical, but every word more reaches further back for an opener that
# belongs to another clause.
MAX_CLAUSE_WORDS = 6

# Examples the tests run (tests/test_repeat_boundary.py): (language, text).
MUST_NOT_FLAG = (
    ("en", "When they call you you will get three months of pay."),
    ("en", "When you need it it is always there."),
    ("en", "Once the bank lends it it can no longer recall the money."),
    ("en", "If the club sells you you should ask for a share of the fee."),
    ("en", "Because nobody listened to you you had to shout."),
    ("en", "Whatever the new owners decide to pay you you will keep."),  # a free relative
    ("es", "Si vas con ella ella te ayudará."),
    ("es", "Cuando hablé con él él ya lo sabía."),
    ("es", "Aunque votaron contra ustedes ustedes ganaron la elección."),
)
# Their twins: the damage or the slip of the same shape.
MUST_FLAG = (
    ("en", "The company said it it would sell the unit."),  # no subordinate opener
    ("en", "He said you you would be paid."),
    ("en", "If it it rains the match is off."),  # no word governs the first copy
    ("en", "What it it means for the bank is unclear."),
    ("en", "When they call you you."),  # nothing after the second copy
    ("en", "When they call you you and your family lose the house."),  # no finite verb after
    ("en", "When they call you, we will call you you the next day."),  # the opener is in another clause
    ("es", "Dijo que con ella ella ganaba."),  # "que" is no opener
    ("es", "Si ella ella gana, habrá fiesta."),  # no preposition before it
    ("es", "Cuando hablé con él él."),
    ("en", "Officials said that if the sale went through it it leave the base."),  # "it leave"
    ("es", "Si vas con ella ella ganaron."),  # "ella ganaron"
)


def ends_subordinate_clause(toks, i: int, j: int, profile, lexicon) -> bool:
    """Whether toks[i], a pronoun, ends a subordinate clause as its object and
    its plain copy toks[j] opens the main clause as its subject."""
    boundary = profile.clause_boundary
    if boundary is None or i == 0 or j + 1 >= len(toks):
        return False
    low = toks[i].text.lower()
    governor, v = toks[i - 1], j + 1
    while v + 1 < len(toks) and toks[v].text.lower() in boundary.before_verb:
        v += 1
    verb = toks[v]
    if low not in boundary.pronouns or governor.kind != "word" or verb.kind != "word" \
            or any(t.kind != "word" for t in toks[j + 1:v]):
        return False
    if governor.text.lower() in boundary.openers or governor.text.lower() == low:
        return False
    if not (boundary.governs(governor.text, lexicon) and boundary.finite(low, verb.text, lexicon)):
        return False
    # the opener, within the clause: only words between it and the first copy
    for k in range(i - 2, max(-1, i - 2 - MAX_CLAUSE_WORDS), -1):
        tok = toks[k]
        if tok.kind != "word":
            return False
        if tok.text.lower() in boundary.openers:
            return True
    return False
