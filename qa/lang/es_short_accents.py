"""Short Spanish words whose accent the word after them settles.

``aun`` ("even") and ``aún`` ("still"), ``si`` ("if") and ``sí`` ("itself",
"yes") are both real words, so a lost accent leaves no trace a word list
sees; the next word tells them apart:

- ``aún`` before ``no`` or a finite verb (``que aun tiene que ser
  aprobada``, ``aun no se sabe``): "even" stands before what it stresses, a
  phrase (``aun así``, ``aun con éxito``, ``aun cuando``), a gerund (``aun
  siendo``) or a degree (``aun más``), never right before the verb;
- ``sí`` before ``mismo`` (``en si misma``, ``por si mismos``): the
  reflexive pronoun; a conditional opens a clause, which never begins
  with ``mismo``.
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

# On the calibration half's clean pool and es_articles no clean word was
# flagged; a warning on its own (qa.checkers.wordclass).
SHORT_WORD_CONFIDENCE = 0.55
# The forms of "mismo" that follow the reflexive "sí".
MISMO = frozenset("mismo misma mismos mismas".split())
# The words this check reads, each with its accented form.
ACCENTED = {"aun": "aún", "Aun": "Aún", "si": "sí"}


def short_word_accents(doc, lex, readings) -> Iterator[tuple]:
    """(token, accented form, confidence) for ``aun`` before ``no`` or a
    finite verb, and ``si`` before a form of ``mismo``."""
    words, text, texts = doc.words, doc.text, doc.word_texts
    # the few words read are found in one pass over the document's words
    for i in compress(range(len(words) - 1), map(ACCENTED.__contains__, texts[:-1])):
        tok, nxt = words[i], words[i + 1]
        if text[tok.end:nxt.start] != " ":
            continue
        after = nxt.text
        if tok.text.lower() == "aun":
            tags = readings(after, lex)
            if after != "no" and not (tags and all(r[0] == "V" and r[2] in "sp" for r in tags)):
                continue
        elif after not in MISMO:
            continue
        yield tok, ACCENTED[tok.text], SHORT_WORD_CONFIDENCE
