"""What newsqa knows about one language, as one frozen value.

Checkers, merging and repair never ask "is this Spanish?"; they ask the
document's profile for the table or the routine they need, and a language
without one simply gets the checks that need nothing (``qa.lang.generic``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Iterator, NamedTuple

if TYPE_CHECKING:
    from ..document import Document
    from ..lexicon import Lexicon
    from ..model import Finding
    from ..text.ngram import NGramModel
    from ..text.tokens import Token

# Repeats that are expressive in any language ("ja ja", "bla bla").
INTERJECTIONS = frozenset(
    "ja je ji jo ha he hi ho bla blah pum tic tac toc bang boom din don dum tut chu cha".split())


class ClauseBoundary(NamedTuple):
    """A pronoun that is both object and subject, ending a subordinate
    clause and opening the main one ("when they call you you will",
    "si vas con ella ella te ayuda"; qa.checkers.repeat_boundary)."""

    openers: frozenset[str]  # subordinating conjunctions ("if", "cuando"), lower case
    pronouns: frozenset[str]  # the pronouns with one form for both cases ("you", "ella")
    # (word, lexicon) -> whether the word can take the pronoun as its object
    # (a verb or preposition by the tagging dictionary); None: no dictionary
    governs: "Callable[[str, Lexicon], bool | None]"
    # (pronoun, word, lexicon) -> whether the word can be a finite verb or a
    # modal that agrees with the pronoun as its subject ("it will", not "it leave")
    finite: "Callable[[str, str, Lexicon], bool | None]"
    # words that may stand between the subject and its verb (Spanish clitics
    # and "no": "ella te ayuda", "ella no lo sabe"), lower case
    before_verb: frozenset[str] = frozenset()


class Clash(NamedTuple):
    """Two words of one phrase that disagree, as a language's agreement
    routine reports them; ``qa.checkers.agreement`` makes the finding."""

    first: "Token"  # where the phrase starts (the determiner)
    suspect: "Token"  # the word that is likely damaged; the phrase ends with it
    message: str
    confidence: float
    agrees: str | None = None  # the form of the suspect that would agree
    # The determiner that would agree with the suspect as it stands, when
    # the determiner is the likelier damage ("el casa": "la").
    first_agrees: str | None = None


@dataclass(frozen=True)
class InflectionSlot:
    """A place whose grammar asks for an inflected word, where a bare stem
    is damage (``has approve``, ``said it sign``, ``was support by``): the
    cut-off ends and dropped letters a trigram model barely tells from
    their originals. Words are lower case; ``""`` stands for the start of
    a run of words (after punctuation)."""

    before: frozenset[str]  # the word just before the place
    endings: tuple[str, ...]  # the endings the place asks for ("ed", "s")
    two_before: frozenset[str] | None = None  # the word before that, when it matters
    after: frozenset[str] | None = None  # the word just after, when it matters
    # stems the place allows bare (their past is the stem: "said it cut")
    bare: frozenset[str] = frozenset()
    # words two before that unmake the place ("that he resign", "will he sign")
    not_two_before: frozenset[str] = frozenset()

    def asks(self, word: str, two_before: str | None, before: str | None,
             after: str | None) -> tuple[str, ...]:
        """The endings this place asks of ``word`` between these neighbours
        (None: a word the caller does not know); () when it is not this place."""
        if before not in self.before or word in self.bare:
            return ()
        if self.two_before is not None and two_before not in self.two_before:
            return ()
        if two_before in self.not_two_before:
            return ()
        if self.after is not None and after not in self.after:
            return ()
        return self.endings


@dataclass(frozen=True)
class LanguageProfile:
    code: str  # ISO 639-1, as documents and word lists name it
    # Detection cues: the language's commonest function words. Also the
    # words a sentence cannot end on (Structure.Truncated).
    function_words: frozenset[str] = frozenset()
    # Function words that glue may hide besides those (qa.checkers.glue):
    # words too common in the neighbouring languages to be detection cues
    # (English "a", "into", the modals).
    glue_function_words: frozenset[str] = frozenset()
    # Lower-case words after which a period does not end a sentence. The
    # splitter runs before the language is known, so every built-in
    # language's abbreviations are pooled (qa.lang.ABBREVIATIONS).
    abbreviations: frozenset[str] = frozenset()
    # Words whose immediate repeat is grammatical or idiomatic (lower case).
    legitimate_repeats: frozenset[str] = INTERJECTIONS
    # Words doubled as an answer or exclamation ("No no, …", "sí sí."): a
    # repeat only where a clause starts or ends; "dormir no no hacer" is a slip.
    answer_repeats: frozenset[str] = frozenset()
    # Legitimate doubles that are grammatical only before the word they govern
    # ("that that decision", "very very old", "muy muy alta", "nous nous
    # sommes"), each with the words that cannot be that word (articles,
    # prepositions, subject pronouns): before one of those, before punctuation
    # or at the end of the text the double is a slip.
    governed_repeats: tuple[tuple[str, frozenset[str]], ...] = ()
    # Word sequences that open a free relative clause ("what", "lo que"),
    # and the function words that are verbs and may end one ("what it is
    # is"): such a clause's last word doubled by its main clause's verb is
    # no repeat (qa.checkers.repeat_clauses); (): none.
    free_relatives: tuple[tuple[str, ...], ...] = ()
    linking_verbs: frozenset[str] = frozenset()
    # Fixed word sequences with a double inside ("hip hip hooray", "logged in
    # in", "al pan pan"): the double is meant where the words around it are
    # the sequence's (qa.checkers.repeat_idioms); lower case.
    meant_doubles: tuple[tuple[str, ...], ...] = ()
    # Lower-case words that also open names ("de De Gea", "will Will
    # Smith"): before their own capitalised copy and a capitalised word,
    # the second copy starts a name.
    name_particles: frozenset[str] = frozenset()
    # An object pronoun, then the same word opening what follows ("gave her
    # her first job", "told you you were"): (the pronoun, the verbs it
    # follows, the words that cannot follow it); elsewhere it is a slip.
    pronoun_doubles: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = ()
    # Prepositions of a noun-preposition-noun idiom ("hand in hand", "paso a
    # paso") whose "noun preposition" pair reads as a repeated phrase
    # ("hand in hand in the park", "step by step by step").
    idiom_prepositions: frozenset[str] = frozenset()
    # (word, lexicon) -> whether the tagging dictionary reads the word as an
    # interjection only ("ugh", "shh", "guau", "uf"): doubled, it is a sound
    # or a call; None: no dictionary (qa.checkers.repeat_sounds).
    interjection: "Callable[[str, Lexicon], bool | None] | None" = None
    # An object pronoun ending a subordinate clause, then the same pronoun
    # as the main clause's subject ("when they call you you will"); None: none.
    clause_boundary: ClauseBoundary | None = None
    # Warning thresholds of the word-list checks were measured on this
    # language's news (docs/spelling.md, docs/garble.md); elsewhere those
    # checks speak only at info level, and the real-word check is off.
    calibrated: bool = False
    # Its words commonly carry marks, so an accent can be lost.
    accented: bool = False
    # The language news in this one most often quotes or borrows from.
    borrows_from: str = "en"
    # Regular derivations a word list misses (qa.text.wordforms):
    prefixes: tuple[str, ...] = ()
    # (ending, replacements[, endings of a base the ending never follows])
    suffixes: tuple[tuple, ...] = ()
    # Endings news writes after an abbreviation too (``mthly``): for them the
    # word list alone vouches for the stem, which the tagging dictionary lacks.
    shorthand_suffixes: frozenset[str] = frozenset()
    # How the context model reads what it has no word for: a written
    # abbreviation's spoken word (mln -> million), and the word a number
    # stands for (a number of many: "2.06 mln shares" reads as "ten million
    # shares"); years and other numbers stay unknown
    spoken_forms: tuple[tuple[str, str], ...] = ()
    spoken_number: str | None = None
    # Abbreviations among those with a plural among them too (dlr, dlrs):
    # (singular, plural) as written; and whether a singular's place asks
    # its plural (the run as the model reads it, the unit's index): the
    # context check weighs the plural only there
    count_units: tuple[tuple[str, str], ...] = ()
    unit_plural_asked: Callable[[list, int, "Lexicon"], bool] | None = None
    # Determiners that scraping and editing swap for another of the same
    # family (this/these, that/those): (as written, what it may have been)
    determiner_swaps: tuple[tuple[str, str], ...] = ()
    # Places that ask for an inflection a bare stem lacks (has approve):
    # the context model's inflection candidates are credited there
    inflection_slots: tuple[InflectionSlot, ...] = ()
    # The same asked by word classes (words as the model reads them, the
    # word's index, the word): the endings its place asks for, () for none
    class_places: Callable[[list, int, str, "Lexicon"], tuple[str, ...]] | None = None
    # The same where the word classes rule out every reading of the word as
    # written (a bare verb after a pronoun subject: "said it know"): a surer
    # place, credited more
    sure_places: Callable[[list, int, str, "Lexicon"], tuple[str, ...]] | None = None
    # Words one of which stands one or two words before a sure place (the
    # pronoun subject, an adverb between), and those one of which stands
    # just before every other (a count, an article): elsewhere a smaller
    # credit bounds the place's
    sure_place_marks: frozenset[str] = frozenset()
    sure_place_next_marks: frozenset[str] = frozenset()
    # Places that ask for one of a few words outright (a reporting verb
    # between its subject and its clause: "The exchange sad it"): the
    # words any place asks, and (as for class_places) those a place asks
    asked_words: frozenset[str] = frozenset()
    word_places: Callable[[list, int, str, "Lexicon"], frozenset[str]] | None = None
    # The words a two-part hyphenated compound asks of a part (a number
    # before a counted noun: "seen-member" -> "seven"): (the part, the
    # other part, whether the part is the second) -> the words; None: none
    compound_places: Callable[[str, str, bool], frozenset[str]] | None = None
    # The endings a passage asks of a word beyond its n-grams' reach (the
    # tense a sentence is told in: "officials decline to say ... but said"),
    # the candidates it refuses, and whether a word dates the sentence
    # ("last night"): (document, the word's token index, the word, its
    # candidates) -> (asked, refused, dated), ((), frozenset(), False) for none
    passage_places: Callable[["Document", int, str, tuple[str, ...], "Lexicon"],
                             tuple[tuple[str, ...], frozenset[str], bool]] | None = None
    # Does the language's tagging dictionary list the word (a form of the
    # language, not a fragment or a slip the word list happens to hold)?
    # None from it when the dictionary is not installed; None: no dictionary
    dictionary_lists: Callable[[str, "Lexicon"], bool | None] | None = None
    # The frequency ratio's floor (zipf points) for a cut-off end
    # (``qa.checkers.realword``: ``comp`` for ``company``); None: the
    # checker's own, measured on Spanish
    truncation_gain: float | None = None
    # Is a lower-case word one the dictionary lists only as a name, and
    # only capitalised (``france``: ``France``)? Never a repair of a
    # lower-case word, which a slip leaves lower-case. None: no dictionary
    only_a_name: Callable[[str, "Lexicon"], bool] | None = None
    # A word's spelling in the language's other standard (British and
    # American English: metre and meter), never a repair of it; None: none
    other_spelling: Callable[[str], str | None] | None = None
    # A word's own facts that the language's checks work out once a run
    # (a tuple), kept in the verdict table for the commonest words; None: none
    word_facts: Callable[[str, "Lexicon"], tuple] | None = None
    clitics: tuple[str, ...] = ()  # pronouns attached to verbs (enviárnoslas)
    clitic_hosts: tuple[str, ...] = ()  # endings of a verb that takes them
    prefix_doubles_r: bool = False  # auto + retrato -> autorretrato
    # Two content words are rarely one compound, so glued ones are damage.
    compounds_rare: bool = False
    # Where compounds are common, the short function words that a glued
    # rare word may still hide (English ``trancheof``: ``of``), as
    # ``qa.text.suggest.splits`` reads them; the language's compounds end
    # on none of them (not ``or``: ``multiplexor``).
    rare_half_function_words: frozenset[str] = frozenset()
    # Is the unknown word (as written) two words glued across a phrase, read
    # as the pair (``productswithin``, ``products within``; Spanish
    # ``llegóhoy``, ``llegó hoy``), which no compound of the language joins,
    # or, in English, a pair it writes apart (``crude oil``)? None: cannot tell
    glued_across_phrases: Callable[[str, str, "Lexicon"], bool] | None = None
    # Letters writers swap because they sound alike (symmetric pairs), and
    # letters they drop because they are silent: cheap damage for suggest.
    confusable_letters: frozenset[tuple[str, str]] = frozenset()
    silent_letters: frozenset[str] = frozenset()
    # Words that follow a determiner without being its noun.
    closed_class: frozenset[str] = frozenset()
    # Routines that need the word list (all optional):
    verb_like: Callable[[str, "Lexicon"], bool] | None = None
    # Could the pair (``cubre bocas``) be a compound that a verb stem
    # starts, so that the word written closed is no glue? None: a first
    # part that is ``verb_like`` may start one.
    verb_stem_compound: Callable[[str, "Lexicon"], bool] | None = None
    # A first-person verb form; news narrates in the third person.
    first_person: Callable[[str, "Lexicon"], bool] | None = None
    # Is the word (as written) no form the language's tagging dictionary
    # knows, so that it has no reading of its own? None, or False for every
    # word: cannot tell (no dictionary, or it is not installed).
    unread: Callable[[str, "Lexicon"], bool] | None = None
    # Object pronouns that are never articles and can precede a first-person
    # verb ("me preservo", "le informo").
    object_pronouns: frozenset[str] = frozenset()
    agreement: Callable[["Document", "Lexicon"], Iterator[Clash]] | None = None
    # Does a word positively agree with the word before it? None: cannot tell.
    agrees: Callable[[str, str, "Lexicon"], bool | None] | None = None
    # Real words that do not fit their neighbours' word classes (a lost
    # accent: "el termino", "se publico"); yields (token, original, confidence).
    word_in_context: Callable[["Document", "Lexicon"], Iterator[tuple["Token", str, float]]] | None = None
    # Is one of two words an inflection of the other (word, other, lexicon)?
    # None: cannot tell. None for the routine: the document's own words are
    # not asked (qa.checkers.echo_word).
    inflects: Callable[[str, str, "Lexicon"], bool | None] | None = None
    # A note for the report when data a routine needs is not installed.
    missing_data: Callable[["Lexicon"], str | None] | None = None
    # A word n-gram model (qa.text.ngram): a loader run on the first document
    # of the language. None: no context check (qa.checkers.context_word).
    context_model: Callable[[], "NGramModel"] | None = None
    # A trigram model of word classes and the word -> class map, for the
    # run's Lexicon (None when its data is not installed); None: no
    # class-context check (qa.checkers.tagcontext).
    class_context: Callable[["Lexicon"], Any] | None = None
    # The grammar server's findings with their repairs put in the order this
    # language's damage makes likeliest (text, findings, lexicon -> findings).
    grammar_fixes: Callable[[str, list["Finding"], "Lexicon"], list["Finding"]] | None = None

    @cached_property
    def written_units(self) -> tuple[str, ...]:
        """The written abbreviations of ``spoken_forms`` (``dlrs``, ``mln``),
        longest first (``dlrs`` before ``dlr``)."""
        return tuple(sorted({written for written, _ in self.spoken_forms}, key=lambda w: (-len(w), w)))
