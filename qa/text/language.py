"""Language detection by function words, then by script.

Loading a full word list costs a tenth of a second per language, so
detection uses small function-word sets and only the chosen language's
frequency list is loaded later.
"""
from __future__ import annotations

import unicodedata
from collections import Counter

from .tokens import Token

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "es": "el la los las de del y en que por con para una un se su sus al es lo como más pero "
        "fue ha han este esta está son sobre entre también desde cuando muy sin hasta donde tras "
        "según durante ya le les nos ni",
        "en": "the of and to in is that for it with as was on be by at this are from has have "
        "which an or not but had were their they its been would will he she his her who said",
        "pt": "o a os as de do da dos das e em no na nos nas que por com para um uma se seu sua "
        "não mais mas foi ao pelo pela como também são está ele ela já",
        "fr": "le la les de des du et en un une que qui dans pour par sur au aux est pas plus "
        "ce cette ne il elle sont ont avec été son sa ses mais nous vous leur",
        "it": "il lo la gli le di del della dei delle e che per con un una non sono è da nel "
        "nella al alla ha più anche come ma questo questa gli suo sua",
        "de": "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als "
        "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch",
        "ca": "el la els les de del i en que per amb un una no és al als es va ha més però com "
        "aquest aquesta seu seva hi ja també",
        "nl": "de het een en van in is dat op te zijn met voor niet aan er die ook als maar "
        "door over bij uit wordt werd hij zij naar",
    }.items()
}

# word -> the languages whose function words include it, for one pass over a sample
_LANGUAGES_OF: dict[str, list[str]] = {}
for _lang, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF.setdefault(_word, []).append(_lang)

# Scripts that identify a language well enough on their own.
_SCRIPT_LANG = {
    "CYRILLIC": "ru", "GREEK": "el", "HEBREW": "he", "ARABIC": "ar", "HANGUL": "ko",
    "HIRAGANA": "ja", "KATAKANA": "ja", "CJK": "zh", "DEVANAGARI": "hi", "THAI": "th",
    "BENGALI": "bn", "TAMIL": "ta",
}


def detect_language(words: list[Token], default: str = "und") -> str:
    """Best guess from the first few hundred words.

    >>> from qa.text.tokens import tokenize
    >>> detect_language(tokenize("El líder de la guerra en Rusia y los países"))
    'es'
    >>> detect_language(tokenize("The leader of the war and the countries"))
    'en'
    """
    sample = [t.text.lower() for t in words[:400] if t.kind == "word"]
    if not sample:
        return default
    scores = dict.fromkeys(FUNCTION_WORDS, 0)
    for w in sample:
        for lang in _LANGUAGES_OF.get(w, ()):
            scores[lang] += 1
    best = max(scores, key=scores.__getitem__)
    if scores[best] >= max(2, 0.08 * len(sample)):
        return best
    scripts = Counter()
    for w in sample[:100]:
        name = unicodedata.name(w[0], "")
        for script, lang in _SCRIPT_LANG.items():
            if name.startswith(script):
                scripts[lang] += 1
                break
    if scripts:
        lang, count = scripts.most_common(1)[0]
        if count >= len(sample[:100]) / 2:
            return lang
    return default
