"""Spanish words as the class symbols of ``qa.text.classgram``.

A word's symbol is its ambiguity class: the coarse classes the tagging
dictionary (``qa.lang.es_tags``) allows for it, sorted and joined. Number
is kept (``los culo``: a plural article before a singular noun) and so are
a verb's person and number (``publico``, first person, against ``publicó``,
third); gender is left out, which keeps the symbols few enough for the
counts of a few hundred articles.

>>> coarse("Nms-"), coarse("V-s3"), coarse("Dfp-"), coarse("Kmp3")
('Ns', 'V3s', 'Dp', 'K')
>>> ambiguity_class({"Dmp-", "Kmp3", "Nmp-"})
'Dp|K|Np'

Words the dictionary does not know are ``U``; a capitalised word inside a
sentence, an acronym, a web address or a handle is a name, ``E``; numbers
are ``Z``; punctuation keeps a few symbols of its own (``,``, ``.``, ``Q``
for quotation marks, ``(``, ``:`` for the rest).
"""
from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from pathlib import Path
from typing import Iterable, Sequence

from ..text.classgram import END, START, UNKNOWN, ClassTrigrams
from . import es_tags

# The counts shipped with the package (bench/train_classgram.py writes it
# from the calibration half of the development news, CC BY 4.0).
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "es-classgram.json"

NAME, NUMBER = "E", "Z"
_NUMBERED = frozenset("NAPD")
_FINAL = frozenset(".!?…")
_QUOTES = frozenset("\"'“”«»‘’„")
_BRACKETS = frozenset("()[]")


def coarse(reading: str) -> str:
    """The class symbol of one four-letter reading (``qa.lang.es_tags``)."""
    head, number, person = reading[0], reading[2], reading[3]
    if head in _NUMBERED:
        return head + (number if number in "sp" else "")
    if head == "V":
        return "V" + (person if person in "123" else "") + (number if number in "sp" else "")
    return head


def ambiguity_class(readings: Iterable[str]) -> str:
    """The symbol of a word with these readings; ``U`` when it has none."""
    classes = sorted({coarse(r) for r in readings})
    return "|".join(classes) if classes else UNKNOWN


def punct_symbol(text: str) -> str:
    if text == ",":
        return ","
    if text in _FINAL:
        return "."
    if text in _QUOTES:
        return "Q"
    if text in _BRACKETS:
        return "("
    return ":"


class SpanishClasses:
    """Token -> symbol, with the run's tag table; symbols kept per word."""

    def __init__(self, table: es_tags.TagTable, model: ClassTrigrams):
        self.table = table
        self.model = model
        self._memo: dict[str, str] = {}
        # Words with the same readings have the same symbol: a few hundred
        # sets of readings stand for a run's tens of thousands of words.
        self._classes: dict[frozenset[str], str] = {}

    def word_symbol(self, word: str) -> str:
        """The symbol of a lower-case word (a candidate or a word as written)."""
        found = self._memo.get(word)
        if found is None:
            readings = self.table.readings(word)
            found = self._classes.get(readings)
            if found is None:
                found = self._classes[readings] = ambiguity_class(readings)
            if len(self._memo) > 200_000:
                self._memo.clear()
            self._memo[word] = found
        return found

    def prefetch(self, words: Iterable[str]) -> None:
        """Look up in one go the tags of those ``words`` whose symbols are not
        kept yet (``TagTable.prefetch``)."""
        memo = self._memo
        self.table.prefetch(w for w in words if w not in memo)

    def sentences(self, doc) -> Iterable[tuple[list, list[str]]]:
        return sentence_symbols(doc, self)

    def symbols(self, tokens: Sequence) -> list[str]:
        """The symbols of one sentence's tokens, in order, unpadded. A
        capitalised word counts as a common word only where a sentence,
        quotation or bracket starts; elsewhere it is a name."""
        out: list[str] = []
        memo = self._memo
        # (place, form, a name if unknown) of the words not kept yet: their
        # tags are looked up together once the sentence has been read
        unkept: list[tuple[int, str, bool]] = []
        opening = True
        for tok in tokens:
            kind, text = tok.kind, tok.text
            if kind == "word":
                if text.islower():
                    sym = memo.get(text)
                    if sym is None:
                        unkept.append((len(out), text, False))
                    out.append(sym)
                elif opening and text[:1].isupper() and text[1:].islower():
                    form = text.lower()
                    sym = memo.get(form)
                    if sym is None:
                        unkept.append((len(out), form, True))
                    out.append(NAME if sym == UNKNOWN else sym)
                else:
                    out.append(NAME)
                opening = False
            elif kind == "number":
                out.append(NUMBER)
                opening = False
            elif kind == "punct":
                sym = punct_symbol(text)
                out.append(sym)
                opening = sym in (".", "Q", "(", ":")
            elif kind in ("url", "email", "hashtag"):
                out.append(NAME)
                opening = False
            else:
                out.append(":")
        if unkept:
            self.table.prefetch(form for _, form, _ in unkept)
            for k, form, name_if_unknown in unkept:
                sym = self.word_symbol(form)
                out[k] = NAME if name_if_unknown and sym == UNKNOWN else sym
        return out


_START = attrgetter("start")


def sentence_symbols(doc, classes: SpanishClasses) -> Iterable[tuple[list, list[str]]]:
    """(tokens, padded symbols) for each sentence of ``doc``: symbol ``k +
    2`` is token ``k``'s."""
    toks = doc.tokens
    # each sentence's tokens found by bisection, not by a step per token
    starts = list(map(_START, toks))
    j = 0
    for s_start, s_end in doc.sentences:
        i = bisect_left(starts, s_start, j)
        j = bisect_left(starts, s_end, i)
        if j > i:
            run = toks[i:j]
            yield run, [START, START, *classes.symbols(run), END]


def open_classes(lex) -> SpanishClasses | None:
    """The run's Spanish classes and model (kept on the Lexicon), or None
    when the tag table is not built."""
    slot = lex.memo("es_classes.model")
    if "classes" not in slot:
        table = es_tags.for_lexicon(lex)
        slot["classes"] = (SpanishClasses(table, ClassTrigrams.load(MODEL_PATH))
                           if table is not None and MODEL_PATH.is_file() else None)
    return slot["classes"]
