"""One word's entry in a language's verdict table (``qa.text.verdicttable``):
what each context checker works out the first time a run meets the word,
by the same functions a run calls, so that a change to them is a change
to the table. Indexed by ``verdicttable.Slot``; None where the language
has no model for that checker (it never asks).
"""
from __future__ import annotations

from ..text.ngram import model_for
from . import context_word, realword, tagcontext


def entry(word: str, lex) -> tuple:
    """``word``'s verdicts on ``lex``, worked out live (the caller has
    turned its table off: ``verdicttable.work_out_live``)."""
    lm = model_for(lex)
    classes = tagcontext.word_classes(lex)
    facts = lex.profile.word_facts
    return (realword.live_restoration(word, lex),
            context_word.word_verdict(word, lex, lm) if lm is not None else None,
            tagcontext.live_word_terms(word, classes, lex) if classes is not None else None,
            facts(word, lex) if facts is not None else None)
