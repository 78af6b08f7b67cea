"""Language detection by function words (each language profile's cues), then by script.

Loading a full word list costs a tenth of a second per language, so
detection uses small function-word sets and only the chosen language's
frequency list is loaded later.
"""
from __future__ import annotations

import unicodedata
from collections import Counter

from ..lang import DETECTION_CUES
from .tokens import Token

# word -> the languages whose function words include it, for one pass over a sample
_LANGUAGES_OF: dict[str, list[str]] = {}
for _lang, _words in DETECTION_CUES.items():
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
    scores = dict.fromkeys(DETECTION_CUES, 0)
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
