"""Is an unlisted word still a word? Regular derivations a word list misses.

wordfreq lists the forms people write often; news also writes forms that
are rare but perfectly regular: Spanish verbs with pronouns attached
(``enviárnoslas``), prefixed words (``exmandatario``, ``cibervigilancia``),
adverbs in -mente, superlatives in -ísimo, English plurals, ``-ly``
adverbs and ``un-``/``re-`` prefixes. A word that decomposes into a listed
stem and one of these pieces is treated as known, so the spelling checks
only see words with no regular explanation.

>>> from qa.lexicon import Lexicon
>>> es = Lexicon("es")
>>> [derived_known(w, es) for w in ("enviárnoslas", "exmandatario", "salomónicamente", "gobirno")]
[True, True, True, False]
>>> [derived_known(w, es) for w in ("seguidoes", "paíss", "opcions")]  # no plural is made so
[False, False, False]
>>> [derived_known(w, es) for w in ("prorama", "proamericano")]  # "prorama" is "programa"
[False, True]
>>> en = Lexicon("en")
>>> [derived_known(w, en) for w in ("plans", "agred", "plns")]  # "agr", "pln": abbreviations
[True, False, False]
>>> derived_known("underthat", en)  # a prefix and a function word: glue
False
"""
from __future__ import annotations

from ..lexicon import Lexicon
from .damage import strip_accents

# A stem must be at least this common (zipf) to vouch for a derived form:
# rare stems are often misspellings themselves. Hand-set; its effect is in
# the non-word figures of docs/spelling.md.
STEM_ZIPF = 2.0


def _listed(word: str, lexicon: Lexicon, zipf: float = STEM_ZIPF) -> bool:
    freq = lexicon.frequencies
    f = freq.get(word, 0.0)
    if not f:
        f = freq.get(strip_accents(word), 0.0)
    return f >= 10 ** (zipf - 9)


def _strip_clitics(word: str, clitics: tuple[str, ...]) -> list[str]:
    """Stems of a verb with one or two pronouns attached."""
    stems = []
    for first in clitics:
        if word.endswith(first) and len(word) - len(first) >= 3:
            stem = word[: -len(first)]
            stems.append(stem)
            for second in clitics:
                if stem.endswith(second) and len(stem) - len(second) >= 3:
                    stems.append(stem[: -len(second)])
    return stems


def derived_known(word: str, lexicon: Lexicon) -> bool:
    """True when ``word`` is a listed stem plus a regular affix of its
    language (the affixes are the language profile's)."""
    low = word.lower()
    profile = lexicon.profile
    if profile.clitics:
        # The attached pronoun moves the stress mark (envíar-nos-las): the
        # stem is compared without accents.
        for stem in map(strip_accents, _strip_clitics(low, profile.clitics)):
            if stem.endswith(profile.clitic_hosts) and _listed(stem, lexicon):
                return True
    for ending, replacements, *never_after in profile.suffixes:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            base = low[: -len(ending)]
            if never_after and base.endswith(never_after[0]):
                continue  # no word takes the ending there ("seguido" + "es")
            shorthand = ending in profile.shorthand_suffixes
            if any(_listed(base + r, lexicon) and (shorthand or _a_word(base + r, lexicon))
                   for r in replacements):
                return True
    for prefix in profile.prefixes:
        rest = low[len(prefix):]
        if low.startswith(prefix) and len(rest) >= 4 and rest not in profile.function_words:
            # a prefix makes no word of a function word: "underthat" is glue
            rest = rest.lstrip("-")
            # "postparto", "exgobernadores", "anti-vacunas": the rest is a word.
            if _listed(rest, lexicon, STEM_ZIPF + 0.5) or (
                profile.prefix_doubles_r and rest[:1] == "r" and prefix.endswith(("o", "a", "i"))
                and _listed(rest[1:], lexicon, STEM_ZIPF + 0.5)  # autorretrato -> retrato
            ):
                # a common word that lost a letter reads as a prefix and a
                # word more often than a prefix makes one no list holds
                # ("prorama" is "programa", not "pro" + "rama")
                return not _restores_common(low, lexicon)
    return False


def _a_word(stem: str, lexicon: Lexicon) -> bool:
    """Is the listed ``stem`` a word of the language, one its tagging
    dictionary lists (the profile's ``dictionary_lists``)? The word list
    also holds abbreviations and names (``agr``, ``pln``, ``bea``), which
    take no ending: ``agred`` is ``agreed`` that lost a letter. True when
    the dictionary is not installed: the list alone then vouches."""
    lists = lexicon.profile.dictionary_lists
    return lists is None or lists(stem, lexicon) is not False


# A word one letter longer at least this common (zipf) explains an unlisted
# prefixed form better than the prefix does.
RESTORED_ZIPF = 4.5
_LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúüñ"


def _restores_common(low: str, lexicon: Lexicon) -> bool:
    """Does one letter put back anywhere in ``low`` make a word at least
    ``RESTORED_ZIPF`` common?"""
    freq = lexicon.frequencies
    floor = 10 ** (RESTORED_ZIPF - 9)
    return any(freq.get(low[:i] + c + low[i:], 0.0) >= floor
               for i in range(1, len(low) + 1) for c in _LETTERS)


def apostrophe_known(word: str, lexicon: Lexicon) -> bool:
    """``group's``, ``l'amour``, ``don't``: every piece is a listed word."""
    parts = [p for p in word.lower().replace("’", "'").split("'") if p]
    if len(parts) < 2:
        return False
    return all(p in lexicon.frequencies or len(p) <= 2 for p in parts)
