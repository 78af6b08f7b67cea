"""Spanish word forms and their possible tags, from LanguageTool's dictionary.

``qa languagetool install`` decompiles ``org.softcatala:spanish-pos-dict``
(the tagging dictionary LanguageTool itself loads) into ``lemma_form_TAG``
lines, 3.7 M of them, and ``build`` turns them into a small sqlite table:
one row per form, holding the coarse readings the checks need. A reading is
four letters, class, gender, number, person, ``-`` where one does not apply:

==========  ========================================================
``N``       common noun (``Nms-``: masculine singular)
``E``       proper noun
``A``       adjective or ordinal
``V``       finite verb (``V-s3``: third person singular)
``I G P``   infinitive, gerund, participle (``Pfs-``)
``D``       determiner or article
``K``       clitic (unstressed object) pronoun: ``los``, ``le``, ``se``
``R``       any other pronoun
``S C B``   preposition, conjunction, adverb
``J Z X``   interjection, numeral, anything else
==========  ========================================================

So ``culo`` is ``{Nms-}`` only, ``culpó`` ``{V-s3}`` only, and ``los``
``{Dmp-, Kmp3, Nmp-}`` (the plural of the noun ``lo``). An sqlite table is
opened, not loaded: opening costs well under a millisecond and a few
hundred kilobytes, and each distinct word is looked up once per run
(``qa.lang.tagtable``).

>>> reading_of("VMIS3S0")
'V-s3'
>>> reading_of("NCMS000"), reading_of("PP3MPA00"), reading_of("DA0FS0")
('Nms-', 'Kmp3', 'Dfs-')
>>> reading_of("VMN0000:PP3MSA00"), reading_of("VMP00SF")
('I---', 'Pfs-')
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from .tagtable import TagDictionary, TagTable

TABLE_NAME = "es-tags.sqlite"
# Forms with an attached pronoun (lanzárnoslo) are 2.8 M of the 3.7 M
# lines; only those the dictionary marks as ever seen (frequency class
# above "A") are kept. The others are still read as verbs by endings.
RARE_FREQUENCY = "A"
# A table built by another version of this module is rebuilt.
FORMAT = "1"

# The second persons of a finite verb: no reading of a lower-case word in
# news copy, which narrates in the third person ("condiciones", "personas"
# are the nouns, not subjunctives of "condicionar", "personarse";
# "oficiales", "generales" the adjectives, "libertad" the noun, whatever
# second person of a rare verb the dictionary also spells with them); the
# checks that read a phrase's number take them out.
SECOND_PERSON = frozenset({"V-s2", "V--2", "V-p2"})
# An infinitive's only reading.
INFINITIVE = frozenset({"I---"})
# A present singular the dictionary also reads as a verb (``antigua``,
# ``falsa``, ``reciente``: of ``antiguar``, ``falsar``, ``recentar``) is
# that verb in news only where news writes its plural (``antiguan`` never,
# ``cuentan`` and ``pasan`` often): below this the reading is a rare
# verb's, and a word with it is the adjective or noun it also spells.
RARE_VERB_PLURAL_ZIPF = 1.0
_GENDER = {"M": "m", "F": "f", "C": "c", "N": "c"}
_NUMBER = {"S": "s", "P": "p", "N": "n"}
_PERSON = {"1": "1", "2": "2", "3": "3"}
_SIMPLE = {"S": "S", "C": "C", "R": "B", "I": "J", "Z": "Z"}


def reading_of(tag: str) -> str:
    """The four-letter coarse reading of one EAGLES tag (its first part
    when pronouns are attached: ``VMN0000:PP3MSA00`` is an infinitive)."""
    t = tag.split(":", 1)[0] + "00000000"
    head = t[0]
    if head == "N":
        return ("E" if t[1] == "P" else "N") + _GENDER.get(t[2], "-") + _NUMBER.get(t[3], "-") + "-"
    if head == "A":
        return "A" + _GENDER.get(t[3], "-") + _NUMBER.get(t[4], "-") + "-"
    if head == "V":
        mood = t[2]
        if mood == "N":
            return "I---"
        if mood == "G":
            return "G---"
        if mood == "P":
            return "P" + _GENDER.get(t[6], "-") + _NUMBER.get(t[5], "-") + "-"
        return "V-" + _NUMBER.get(t[5], "-") + _PERSON.get(t[4], "-")
    if head == "D":
        return "D" + _GENDER.get(t[3], "-") + _NUMBER.get(t[4], "-") + "-"
    if head == "P":
        # Unstressed object pronouns: personal with accusative or dative
        # case (lo, los, le), and "se" (P0...).
        clitic = (t[1] == "P" and t[5] in "AD") or t[1] == "0"
        return (("K" if clitic else "R") + _GENDER.get(t[3], "-") + _NUMBER.get(t[4], "-")
                + _PERSON.get(t[2], "-"))
    return _SIMPLE.get(head, "X") + "---"


def parse(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(form, reading) for each decompiled ``lemma_form_TAGf`` line, where
    ``f`` is the dictionary's one-letter frequency class."""
    for line in lines:
        parts = line.rstrip("\n").split("_")
        if len(parts) < 3 or not parts[1] or len(parts[2]) < 2:
            continue  # a lemma or form holding "_" is not a news word
        tag, frequency = parts[2][:-1], parts[2][-1]
        if ":" in tag and frequency <= RARE_FREQUENCY:
            continue
        yield parts[1], reading_of(tag)


def build(decompiled: Path, target: Path) -> Path:
    """Write the form -> readings table for a decompiled dictionary."""
    return DICTIONARY.build(decompiled, target)


def is_current(path: Path) -> bool:
    """Is ``path`` a complete table of this format?"""
    return DICTIONARY.is_current(path)


def default_path(home: str | Path | None = None) -> Path:
    """Where ``qa languagetool install`` writes the table."""
    return DICTIONARY.default_path(home)


def table_path(home: str | Path | None = None) -> Path:
    """The table a run reads: ``$QA_ES_TAGS``, else the one in the
    LanguageTool install ``home``."""
    return DICTIONARY.table_path(home)


def open_table(path: Path | None = None, home: str | Path | None = None) -> TagTable | None:
    """The table at ``path`` (default: ``table_path(home)``), or None if absent."""
    return DICTIONARY.open_table(path, home)


def for_lexicon(lex) -> TagTable | None:
    """The run's table, opened the first time a Spanish check asks (kept
    with the run's Lexicon), or None when the install has not built it."""
    return DICTIONARY.for_lexicon(lex)


def without_rare_verb(word: str, tags: frozenset[str], lex) -> frozenset[str]:
    """``tags`` without the verb readings of a word that is only a rare
    verb's present singular (``RARE_VERB_PLURAL_ZIPF``): ``las antigua
    molenderas`` is no clitic before ``antiguar``. A preterite, a plural
    or any other verb form is kept, and so is every reading of a word not
    ending in a vowel of the present.

    >>> from qa.lexicon import Lexicon
    >>> es = Lexicon("es")
    >>> sorted(without_rare_verb("antigua", frozenset({"Afs-", "V-s3"}), es))
    ['Afs-']
    >>> sorted(without_rare_verb("cuenta", frozenset({"Nfs-", "V-s3"}), es))
    ['Nfs-', 'V-s3']
    """
    verbs = [r for r in tags if r[0] == "V"]
    if not verbs or word[-1:] not in "ae" or any(r[2] != "s" for r in verbs):
        return tags
    if lex.zipf(word + "n") >= RARE_VERB_PLURAL_ZIPF:
        return tags
    return tags.difference(verbs)


def lists(word: str, lex) -> bool | None:
    """Does the dictionary list ``word`` with any reading? (``auditarán``,
    ``solventaría``: forms the word list lacks.) None when the install has
    not built the table."""
    table = for_lexicon(lex)
    return None if table is None else bool(table.readings(word))


MISSING = ("Spanish tagging dictionary not built (run `qa languagetool install`): agreement, "
           "clitic and accent checks guessed word classes from frequencies")


def missing_note(lex) -> str | None:
    """The note a Spanish report carries when the table is absent."""
    return MISSING if for_lexicon(lex) is None else None


# Inside spanish-pos-dict's jar (qa/grammar/tags-pom.xml): the morfologik
# dictionary and the .info file that says how to read it.
DICTIONARY = TagDictionary(table_name=TABLE_NAME, format=FORMAT, env="QA_ES_TAGS",
                           jar="spanish-pos-dict-*.jar",
                           entry="org/languagetool/resource/es/es-ES.dict", parse=parse)
