"""Spanish ``todo`` that lost the ``s`` of its plural before a plural determiner.

``todos`` and ``todas`` stand before a determiner of their own number and
gender (``todos los contratos``, ``todas sus hijas``); a dropped letter or
a cut-off end that takes the ``s`` leaves ``todo``, ``toda``, real words
that never stand so before a plural determiner: ``de todo los rincones``,
``ha felicitado a todo los que lograron``, ``toda las semanas``. The repair
is the plural of the determiner's gender. Left alone: ``sobre todo`` and
``ante todo`` (adverbs: ``sobre todo los jóvenes``), and anything but a
single space between.
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
PREDETERMINER_CONFIDENCE = 0.55
# Plural determiners, by the form of "todo" that stands before each.
_AFTER = {
    "todo": frozenset("los estos esos aquellos nuestros vuestros sus mis tus".split()),
    "toda": frozenset("las estas esas aquellas nuestras vuestras sus mis tus".split()),
}
_WRITTEN = frozenset(w for base in _AFTER for w in (base, base.capitalize()))
# Words that make "todo" an adverb: "sobre todo los jóvenes".
_ADVERB_MAKERS = frozenset("sobre ante".split())


def singular_predeterminers(doc) -> Iterator[tuple]:
    """(token, its plural, confidence) for each ``todo``/``toda`` right
    before a plural determiner.

    >>> from qa.document import Document
    >>> doc = Document.from_text("Llegaron de todo los rincones del estado.", language="es")
    >>> [(tok.text, form) for tok, form, _ in singular_predeterminers(doc)]
    [('todo', 'todos')]
    """
    words, text, texts = doc.words, doc.text, doc.word_texts
    # only "todo" and "toda" are visited, as written (no lower-casing pass)
    for i in compress(range(len(texts) - 1), map(_WRITTEN.__contains__, texts)):
        word = texts[i]
        if texts[i + 1] not in _AFTER[word.lower()]:
            continue
        if text[words[i].end:words[i + 1].start] != " ":
            continue
        if i and texts[i - 1].lower() in _ADVERB_MAKERS and text[words[i - 1].end:words[i].start] == " ":
            continue
        yield words[i], word + "s", PREDETERMINER_CONFIDENCE
