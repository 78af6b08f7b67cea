"""A word the tagging dictionary reads only as an interjection, doubled.

Sounds, calls and cries are said twice on purpose: "ugh ugh", "shh shh",
"achoo achoo", "uf uf", "guau guau", "zas zas". The profiles' word lists
name a few ("ja ja", "bla bla", ``legitimate_repeats``); the tagging
dictionary names them all, by their one class (``interjection``: English
``UH``, Spanish ``J``), so no list has to grow item by item. A word with any
other reading stays a repeat: "well well", "boo boo", "vaya vaya" and "bueno
bueno" are verbs, nouns or adjectives too, and a word replaced by its
neighbour copies such words: with any interjection reading let be, the ten
seeds' damage lost 46 units ("there there a call", "bottom out out the
year", "an order order the"). An interjection
is no word a news sentence carries between two others, so the damage seldom
copies one (none of the ten seeds of the calibration half's neighbour
damage; docs/evaluation.md).
"""
from __future__ import annotations

# Examples the tests run (tests/test_repeat_sounds.py): (language, text).
MUST_NOT_FLAG = (
    ("en", "The crowd went ugh ugh when the lights failed."),
    ("en", "The toddler said uh uh and shook her head."),
    ("en", "He sneezed, achoo achoo, through the whole hearing."),
    ("es", "El perro hizo guau guau toda la noche."),
    ("es", "“Uf uf, qué calor”, dijo el alcalde."),
    ("es", "Y zas zas, el muro cayó en dos golpes."),
)
# Their twins: a word with another reading, or an interjection the
# dictionary does not know, stays a repeat.
MUST_FLAG = (
    ("en", "The clock went tick tick all night."),  # "tick" is a noun and a verb too
    ("en", "The crowd went boo boo when the lights failed."),
    ("es", "Que se vaya vaya a su casa."),  # "vaya" is a verb too
    ("es", "Es un bueno bueno amigo."),
)


def interjection_double(toks, i: int, profile, lexicon) -> bool:
    """Whether toks[i], doubled, is a word the dictionary reads only as an
    interjection."""
    reads = profile.interjection
    return reads is not None and bool(reads(toks[i].text, lexicon))
