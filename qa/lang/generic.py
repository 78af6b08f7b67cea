"""Every other language: detection cues and the checks that need no tables.

A language without a module of its own still gets a profile, so no caller
ever branches on "is there one?": it is generic, uncalibrated, and knows
only what any language shares (expressive repeats, whether its words carry
accents).
"""
from __future__ import annotations

from .profile import LanguageProfile

# Languages recognised by detection but not (yet) given a module: their
# commonest function words, in the order detection breaks ties.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "pt": "o a os as de do da dos das e em no na nos nas que por com para um uma se seu sua "
        "não mais mas foi ao pelo pela como também são está ele ela já",
        "it": "il lo la gli le di del della dei delle e che per con un una non sono è da nel "
        "nella al alla ha più anche come ma questo questa gli suo sua",
        "ca": "el la els les de del i en que per amb un una no és al als es va ha més però com "
        "aquest aquesta seu seva hi ja també",
        "nl": "de het een en van in is dat op te zijn met voor niet aan er die ook als maar "
        "door over bij uit wordt werd hij zij naar",
    }.items()
}
# Languages whose words commonly carry marks (an accent can be lost).
ACCENTED = frozenset("es pt fr it ca ro pl cs sk hu tr de nl da sv nb fi is vi lt lv sl hr sh".split())


def profile(code: str) -> LanguageProfile:
    """The profile of a language that has no module: ``und`` included."""
    return LanguageProfile(code=code, function_words=FUNCTION_WORDS.get(code, frozenset()),
                           accented=code in ACCENTED)
