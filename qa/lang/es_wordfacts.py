"""A Spanish word's own facts, as the slot checks of ``es.word_in_context`` read them.

Seven of those checks start from a verdict on the word alone, whatever its
neighbours: its dictionary neighbours one accent away (``termino``:
``término``, ``terminó``), the plural of a word that can only be a
singular noun, of one that is only a singular noun and adjective, of a
singular adjective, and of a singular adjective that is also a finite
verb (``es_number``), what verb form it could be damage
of (``es_verbforms``), and the third-person verb a lost accent hides
(``es_subject``). A run works each out the first time it meets a word;
most of the words an article brings are common, so the install's verdict
table (``qa.text.verdicttable``, slot ``FACTS``) holds them for the
commonest words, worked out by the same functions, and a run reads them
from there. A word the table does not hold is worked out as before.

A run keeps each word's seven facts together (``document_facts``): one
pass over a document's words answers all seven checks, and a word new to
the run is read from the table, or worked out, once for all of them.
"""
from __future__ import annotations

from enum import IntEnum
from functools import partial

from ..text.memofill import fill
from ..text.verdicttable import Slot, stored


class Fact(IntEnum):
    """Where each fact sits in the table's ``FACTS`` slot."""

    NEIGHBOURS = 0  # es.accented_neighbours
    PLURAL = 1  # es_number.singular_noun_plural, "" for none
    VERB_FORM = 2  # es_verbforms.verb_form_kind
    SUBJECT_VERB = 3  # es_subject.live_verb_reading
    NOUN_ADJECTIVE_PLURAL = 4  # es_number.noun_or_adjective_plural, "" for none
    ADJECTIVE_PLURAL = 5  # es_number.adjective_plural, "" for none
    ADJECTIVE_VERB_PLURAL = 6  # es_number.adjective_or_verb_plural, "" for none


# The facts of most words: no neighbour, no plural, no verb form, no
# hidden verb (one tuple shared by all of them in a run's memo).
NO_FACTS = ((), "", "", None, "", "", "")


def word_facts(word: str, lex) -> tuple:
    """``word``'s facts by ``Fact``, worked out live (the table's entry)."""
    return _worked_out(word, lex, hidden_verb=True)


def _worked_out(word: str, lex, hidden_verb: bool) -> tuple:
    """``word``'s facts by ``Fact`` as each check works its own out; the
    hidden verb only when ``hidden_verb`` (else None)."""
    from ..text.probes import accent_restorations  # the one accent-restoring probe (qa.text reads the profiles)
    from . import es, es_number, es_subject, es_verbforms

    return (es.accented_neighbours(word, lex, accent_restorations),
            es_number.singular_noun_plural(word, lex, es.readings) or "",
            es_verbforms.verb_form_kind(word, lex, es.readings),
            es_subject.live_verb_reading(word, lex, es.readings) if hidden_verb else None,
            es_number.noun_or_adjective_plural(word, lex, es.readings) or "",
            es_number.adjective_plural(word, lex, es.readings) or "",
            es_number.adjective_or_verb_plural(word, lex, es.readings) or "")


def kept(word: str, lex) -> tuple | None:
    """``word``'s facts as the run's verdict table holds them, or None (the
    table holds lower-case words only: the others are not asked)."""
    if not word.islower():
        return None
    entry = stored(lex, word)
    return None if entry is None else entry[Slot.FACTS]


def document_facts(doc, lex) -> list[tuple]:
    """Each of ``doc.words``' facts by ``Fact`` (``NO_FACTS`` for most):
    kept per word for the run, a document's words looked up in one pass."""
    return fill(lex.memo("es.word-facts", 100_000), doc.word_texts, partial(facts_of, lex=lex))


def facts_of(word: str, lex) -> tuple:
    """``word``'s facts by ``Fact`` (a word as written): the table's entry,
    else worked out as each check would work its own out; the hidden verb
    only of a word ``es_subject`` reads (lower case, ending in ``o`` or
    ``a``)."""
    found = kept(word, lex)
    if found is None:
        from . import es_subject

        found = _worked_out(word, lex, hidden_verb=word.islower() and len(word) >= es_subject.SHORTEST
                            and word.endswith(es_subject.ENDINGS))
    return NO_FACTS if found == NO_FACTS else found
