"""Python checkers: one small module each, for what rule files cannot express.

Each module exposes ``RULES`` (a tuple of ``RuleInfo`` for every rule id it
can emit, with examples that the tests run) and ``check(doc, ctx)``, which
yields ``Finding``s. The pipeline drops findings of unselected rules.
"""
from __future__ import annotations

from types import ModuleType

from . import (agreement, consistency, context_word, echo_word, encoding, innercapital, nonword, ocr,
               ocr_digits, ocr_short, ocrpage, realword, repetition, structure, tagcontext, wordclass)

BUILTIN: tuple[ModuleType, ...] = (
    encoding, repetition, structure, nonword, ocr_digits, ocr_short, ocrpage, ocr, agreement, realword, consistency,
    innercapital, wordclass, context_word, tagcontext, echo_word,
)
