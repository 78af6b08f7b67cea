"""One module per language; ``profile_for(code)`` gives a document's profile.

Adding a language is adding one module here with a ``PROFILE`` and naming
it in ``BUILTIN`` (docs/architecture.md, "Add a language"). The mapping is
read-only: a run that needs other profiles (a test's toy language) hands
its own mapping to ``Lexicons``, so nothing global ever changes.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from . import de, en, es, fr, generic
from .profile import Clash, LanguageProfile

__all__ = ["BUILTIN", "Clash", "LanguageProfile", "profile_for", "ABBREVIATIONS", "DETECTION_CUES"]

BUILTIN: Mapping[str, LanguageProfile] = MappingProxyType(
    {m.PROFILE.code: m.PROFILE for m in (es, en, fr, de)})


def profile_for(code: str | None, profiles: Mapping[str, LanguageProfile] = BUILTIN) -> LanguageProfile:
    """The profile of ``code``; a generic one when no module knows it."""
    found = profiles.get(code or "und")
    return found if found is not None else generic.profile(code or "und")


# Sentences are split before the language is known, so a period after any
# built-in language's abbreviation does not end one.
ABBREVIATIONS: frozenset[str] = frozenset().union(*(p.abbreviations for p in BUILTIN.values()))

# Detection cues of every language detection knows, in the order it breaks
# ties (the two main languages first).
DETECTION_CUES: Mapping[str, frozenset[str]] = MappingProxyType({
    code: BUILTIN[code].function_words if code in BUILTIN else generic.FUNCTION_WORDS[code]
    for code in ("es", "en", "pt", "fr", "it", "de", "ca", "nl")
})
