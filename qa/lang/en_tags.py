"""English word forms and their possible tags, from LanguageTool's dictionary.

``qa languagetool install`` decompiles ``org.languagetool:english-pos-dict``
(the tagging dictionary LanguageTool 6.8 loads, already among its jars)
into ``lemma+form+TAG`` lines, 259,000 of them, and builds a table of one
row per form (``qa.lang.tagtable``). A reading is the dictionary's Penn
Treebank tag, with a pronoun's person and case left off:

==============  ======================================================
``NN``          singular count noun (``member``, ``analyst``)
``NN:UN``       singular noun, count or mass (``day``, ``market``)
``NN:U``        mass noun (``news``, ``information``)
``NNS``         plural noun; ``NNP``/``NNPS`` proper nouns
``JJ``          adjective (``JJR``, ``JJS``: comparative, superlative)
``VB VBP``      bare verb (infinitive, present not third person)
``VBZ``         present third person singular
``VBD VBN VBG`` past, past participle, ``-ing`` form
``RB``          adverb; the others as in the Penn Treebank
==============  ======================================================

So ``member`` is ``{NN}`` only, ``official`` ``{JJ, NN}``, ``approve``
``{VB, VBP}`` and ``uncertain`` ``{JJ}``. A run opens the table the first
time an English check asks a word's class (``for_lexicon``).

>>> reading_of("PRP_S3SM"), reading_of("PRP$_A1P"), reading_of("NN:UN")
('PRP', 'PRP$', 'NN:UN')
>>> list(parse(["member+members+NNS\\n", "broken\\n", "a++NN\\n"]))
[('members', 'NNS')]
"""
from __future__ import annotations

from typing import Iterable, Iterator

from ..text.ngram import model_for
from .tagtable import TagDictionary, TagTable

TABLE_NAME = "en-tags.sqlite"
# A table built by another version of this module is rebuilt.
FORMAT = "1"
SEPARATOR = "+"

# The readings' classes the English places read (qa.lang.en_places,
# en_agreement, en_phrases, en_reporting).
SINGULAR_NOUN = frozenset({"NN", "NN:UN"})
NOUN = frozenset({"NN", "NN:UN", "NN:U", "NNS", "NNP", "NNPS"})
ADJECTIVE = frozenset({"JJ", "JJR", "JJS"})
BARE_VERB = frozenset({"VB", "VBP"})
# Readings that make a word no singular head: a plural, a mass noun (the
# police are), a name, a pronoun, a number, a determiner.
NOT_SINGULAR_HEAD = frozenset({"NNS", "NNPS", "NNP", "NN:U", "PRP", "CD", "DT", "WP", "WDT", "MD"})
# What may follow a noun inside its phrase ("ten year rescheduling accord").
MODIFIED = NOUN | ADJECTIVE | {"VBG"}
# A proper noun's readings, singular and plural.
NAME = frozenset({"NNP", "NNPS"})
# The dictionary gives many bare verbs a count noun or an adjective reading
# news never writes (``a sustain``, ``the recover``, ``a nominate``; a noun
# it reads as count or mass, as ``talk``, is one news writes): where the
# word model reads the word after ``the`` or ``a`` at least this much less
# likely (log10) than after ``to``, those readings are set aside. Nouns and
# adjectives that are verbs too stay (``visit`` -0.5, ``offer`` -0.8,
# ``follow`` -1.1, ``build`` -1.3, ``elaborate`` -1.1); ``sell`` -1.9,
# ``sustain`` -1.8, ``recover`` -2.2, ``nominate`` -1.8 go. Calibration
# half, docs/context-models.md ("Forty-ninth round").
UNUSED_READING_GAP = -1.5
UNUSED_READINGS = frozenset({"NN", "JJ"})
ARTICLES_READ = ("the", "a")
USED_READINGS_MEMO = "en-used-readings"
INFINITIVE_MARK = ("to",)


def reading_of(tag: str) -> str:
    """The reading kept for one dictionary tag: the tag, a pronoun's person,
    number and case (``PRP_S3SM``, ``PRP$_A1P``) left off."""
    return tag.split("_", 1)[0]


def parse(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(form, reading) for each decompiled ``lemma+form+TAG`` line."""
    for line in lines:
        parts = line.rstrip("\n").split(SEPARATOR)
        if len(parts) != 3 or not parts[1] or not parts[2]:
            continue  # a form holding "+" is not a news word
        yield parts[1], reading_of(parts[2])


DICTIONARY = TagDictionary(table_name=TABLE_NAME, format=FORMAT, env="QA_EN_TAGS",
                           jar="english-pos-dict-*.jar",
                           entry="org/languagetool/resource/en/english.dict", parse=parse)


def for_lexicon(lex) -> TagTable | None:
    """The run's English table, opened the first time a check asks (kept
    with the run's Lexicon), or None when the install has not built it."""
    return DICTIONARY.for_lexicon(lex)


def singular_head(word: str, lex) -> tuple[TagTable, frozenset[str]] | None:
    """(the run's table, ``word``'s readings) where ``word`` may be a
    singular noun heading its phrase (no plural, mass, name or pronoun
    reading), the question every place that asks a noun's plural starts
    from; None otherwise, or when the install has not built the table."""
    table = for_lexicon(lex)
    if table is None:
        return None
    tags = table.readings(word)
    if not tags & SINGULAR_NOUN or tags & NOT_SINGULAR_HEAD:
        return None
    return table, tags


def used_readings(word: str, tags: frozenset[str], lex) -> frozenset[str]:
    """``word``'s readings ``tags`` without the count noun or adjective
    reading news does not write (``UNUSED_READING_GAP``): a bare verb's
    spurious reading, as the word model reads the word after an article
    against after ``to``. Unchanged for a word that is no bare verb or has neither
    reading, or without the word model. Only the places that ask whether a
    word can be nothing but a bare verb read it (a sure place does not: a
    finance noun as ``a sell recommendation`` is written)."""
    unused = tags & UNUSED_READINGS
    if not unused or not tags & BARE_VERB:
        return tags
    # asked of most words the agreement places judge: each word once a run
    memo = lex.memo(USED_READINGS_MEMO)
    used = memo.get(word)
    if used is None:
        used = memo[word] = _without_unwritten(word, tags, unused, lex)
    return used


def _without_unwritten(word: str, tags: frozenset[str], unused: frozenset[str], lex) -> frozenset[str]:
    """``used_readings`` read from the word model."""
    lm = model_for(lex)
    if lm is None or not lm.knows(word):
        return tags
    after_article = max(lm.logprob(word, (a,)) for a in ARTICLES_READ)
    if after_article - lm.logprob(word, INFINITIVE_MARK) >= UNUSED_READING_GAP:
        return tags
    return tags - unused


def lists(word: str, lex) -> bool | None:
    """Does the dictionary list ``word`` with any reading? (``cre``, ``wich``
    and ``shar`` are in the word list, not in the dictionary.) None when
    the install has not built the table."""
    table = for_lexicon(lex)
    return None if table is None else bool(table.readings(word))


def only_a_name(word: str, lex) -> bool:
    """Does the dictionary list the lower-case ``word`` only capitalised,
    and then only as a name (``france``, ``paris``; not ``franc``, nor
    ``internet``, listed lower-case too)? False without the table."""
    table = for_lexicon(lex)
    if table is None or table.readings(word):
        return False
    capitalised = table.readings(word[:1].upper() + word[1:])
    return bool(capitalised) and capitalised <= NAME
