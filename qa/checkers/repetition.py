"""Repeated tokens, phrases, sentences and paragraphs.

Scrapers and CMS merges duplicate text; damaged copy replaces a word by a
repeat of its neighbour (``una guerra “guerra”``). Public repeated-word
checks compare only whitespace-separated neighbours, so a quote mark or a
bracket between the two hides the repeat from them; here the tokens between
two words may be quotes and brackets.

Not every double is damage: grammatical and emphatic doubles ("had had",
"muy muy") and answers ("No no, …") come from the language profile, some
only before the word they govern ("that that decision", not "that that
they");
reduplicated names ("Bora Bora"), the head of a word hyphenated at a line end
("an an- nuity"), printers' signature marks ("M m 2"), a sentence that is only
a doubled word ("Knock knock."), a free relative's verb doubled by its main
clause's ("What it is is a tax", ``repeat_clauses``) or its predicate said again
as the whole main clause ("What happened happened.", "What will be will be"), a pronoun ending a
subordinate clause as its object and opening the main one as its subject
("when they call you you will", ``repeat_boundary``), a sound the tagging
dictionary reads only as an interjection ("ugh ugh", ``repeat_sounds``), a title or dateline in
capitals run into its text ("MADRID Madrid", "WILLIAM TELL William Tell"), a
list label before the same word ("a) a tax cut"), the idioms, names,
pronouns and addresses LanguageTool's exceptions name ("hip hip hooray",
"de De Gea", "gave her her first job", "elpais.es es", "hand in hand in",
``repeat_idioms``) and phrases repeated across a comma (chants, "a ver, a
ver") are recognised here, the last as an info note (``Repetition.Chant``).
A double inside a passage in a language newsqa has no rules for (a slogan
quoted in English, Indonesian or Tagalog reduplication: ``orang orang``,
``araw araw``; a Latin motto whose words the document's dictionary does not
list) cannot be judged by the document's rules, and is an info note too
(``Repetition.Foreign``); one in a passage in another language newsqa has rules for is judged by that
language's profile (French ``“nous nous sommes battus”`` quoted in English).

Inside a direct quote a plain repeat is a warning with an unsafe fix:
speakers repeat themselves, and a quote is changed only by someone who
checked the source. Other evidence in the same clause still makes it part
of an error span (``qa.merge``).
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from itertools import compress
from operator import attrgetter, eq, itemgetter
from typing import Iterable

from ..lang import BUILTIN, DETECTION_CUES
from ..lexicon import fold
from ..model import Finding, Fix, RuleInfo, RuleRoles
from ..text.quotes import inside_quotes
from .repeat_boundary import ends_subordinate_clause
from .repeat_clauses import closes_free_relative, repeats_free_relative
from .repeat_idioms import idiom_phrase, meant_double
from .repeat_sounds import interjection_double

RULES = (
    RuleInfo(
        id="Repetition.Token",
        roles=RuleRoles(family="repetition"),
        category="repetition",
        severity="error",
        description="A word repeated next to itself, also across quotes and brackets.",
        why="A doubled word is a typing or scraping fault; a repeat inside quotes or brackets "
        "often means the original word was overwritten by its neighbour.",
        instead="Delete the repeat, or restore the word that was lost.",
        flag=("Los ministros ministros llegaron.", "una guerra “guerra” contra Rusia",
              "He saw the (the) report.", "Solo quiero dormir no no hacer nada.",
              "He said that that they would come."),
        ok=("Estaba muy muy cansado.", "He had had enough.", "I know that that is true.",
            "Viajó a Bora Bora.", "Walla Walla is a city in Washington.", "No no, eso no.",
            "What it is is a tax on the poor.", "Lo que pasa pasa por algo.",
            "MADRID Madrid amaneció con nieve.", "The options: a) a tax cut, b) a loan.",
            "the choice of an an- nuity", "Ganó 6-4, 6 4.", "Llamaron a la puerta. Toc toc.",
            "When they call you you will get paid.", "El perro hizo guau guau toda la noche."),
    ),
    RuleInfo(
        id="Repetition.Phrase",
        roles=RuleRoles(family="repetition"),
        category="repetition",
        severity="error",
        description="A phrase of two to six words repeated immediately.",
        why="Repeated phrases are left behind by editing and by scrapers that join overlapping "
        "fragments.",
        instead="Keep one copy of the phrase.",
        flag=("Es la capital de la de la región.", "The mayor said that the mayor said that it rained."),
        ok=("Poco a poco llegaron.", "Fue de la capital a la costa.",
            "On Saturday, WILLIAM TELL William Tell, with Mr. Macready."),
    ),
    RuleInfo(
        id="Repetition.Chant",
        category="repetition",
        severity="info",
        description="A phrase repeated across a comma, or a word said three times or more, "
        "as chants, slogans and speakers do.",
        why="Scrapers and editing slips repeat a phrase once and without punctuation; a comma "
        "between the copies (“a ver, a ver”) or a third copy (“gol gol gol”) is usually the "
        "writer's or the speaker's own, so this is a note for a reader, not damage.",
        instead="Nothing, unless the source has the phrase once.",
        flag=("“A ver, a ver”, gritaban.", "Méteme el gol gol gol."),
        ok=("“¡Gol, gol, gol!”", "Es la capital de la de la región."),
    ),
    RuleInfo(
        id="Repetition.Foreign",
        category="repetition",
        severity="info",
        description="A word repeated inside a passage in another language, one newsqa has no "
        "rules for (a quoted slogan, Indonesian or Tagalog reduplication, a Latin motto whose "
        "words the document's dictionary does not list), or in a document whose language is "
        "not recognised.",
        why="Many languages double words on purpose (Indonesian “orang orang”, Tagalog “araw "
        "araw”); the document's own rules cannot tell such a double from a slip, so it is a "
        "note for a reader, not an error.",
        instead="Nothing, unless the source has the word once.",
        flag=("The bus company painted its slogan, “araw araw na serbisyo”, on every bus in "
              "the city.",
              "Di desa itu, orang orang kaya tinggal di dekat pantai.",
              "The old motto, quidquid quidquid agis prudenter, hung over the door."),
        ok=("Los ministros se se reunieron ayer.", "The the report was late.",
            "Viajó para para ver a su madre."),
    ),
    RuleInfo(
        id="Repetition.Sentence",
        category="repetition",
        severity="warning",
        description="The same sentence appears twice in the document.",
        why="Scrapers duplicate sentences when a page repeats a teaser or a pull quote.",
        instead="Remove the duplicate sentence.",
        flag=("El presidente visitó la ciudad ayer por la tarde. Hubo protestas. "
              "El presidente visitó la ciudad ayer por la tarde.",),
        ok=("El presidente visitó la ciudad. El ministro visitó la ciudad.",),
    ),
    RuleInfo(
        id="Repetition.Paragraph",
        category="repetition",
        severity="warning",
        description="The same paragraph appears twice in the document.",
        why="A duplicated paragraph is a classic scraping fault (teaser plus body, or a page "
        "fetched twice).",
        instead="Remove the duplicate paragraph.",
        flag=("The storm reached the coast on Monday night and cut power to thousands.\n\n"
              "Officials said repairs would take days.\n\n"
              "The storm reached the coast on Monday night and cut power to thousands.",),
        ok=("The storm reached the coast.\n\nThe storm weakened inland.",),
    ),
)

# Punctuation that may stand between a word and its repeat.
WRAPPERS = frozenset("“”«»\"'‘’()[]{}¿¡*_")


def check(doc, ctx) -> Iterable[Finding]:
    # Repeats that are grammatical or idiomatic come from the language profile.
    yield from _tokens(doc, ctx.profile(doc.language), ctx.lexicons, doc.language or "und")
    yield from _phrases(doc, ctx.profile(doc.language))
    yield from _sentences(doc)
    yield from _paragraphs(doc)


def _repeats_within(items: list[str], distance: int, start: int = 1) -> list[int]:
    """Sorted indexes i at which items[i] == items[i + k] for some k in
    [start, distance]: the only places where a repeat can begin, found at C
    speed so that the loops below visit a few dozen tokens, not all of them.

    >>> _repeats_within(["a", "b", "a", "c", "c"], 2)
    [0, 3]
    """
    found: set[int] = set()
    for k in range(start, distance + 1):
        found.update(compress(range(len(items)), map(eq, items, items[k:])))
    return sorted(found)


_TEXT = itemgetter(2)  # Token.text, read without the namedtuple property


def _tokens(doc, profile, lexicons, language: str) -> Iterable[Finding]:
    lexicon = lexicons[language]
    toks = doc.tokens
    text = doc.text
    sentence_starts = {s for s, _ in doc.sentences}
    n = len(toks)
    chant_until = -1  # index of the last copy of a chant already reported
    # a repeat is at most three tokens on (two wrappers between)
    for i in _repeats_within(list(map(str.lower, map(_TEXT, toks))), 3):
        tok = toks[i]
        if tok.kind != "word":
            continue
        j = i + 1
        while j < n and toks[j].kind == "punct" and toks[j].text in WRAPPERS:
            j += 1
        if j >= n or toks[j].kind != "word" or j - i > 3:
            continue
        other = toks[j]
        if other.text.lower() != tok.text.lower():
            continue
        gap = text[tok.end:other.start]
        if "\n" in gap:
            continue
        wrapped = j > i + 1
        if not wrapped:
            if i <= chant_until or _meant(toks, i, j, text, profile, sentence_starts) \
                    or ends_subordinate_clause(toks, i, j, profile, lexicon) \
                    or interjection_double(toks, i, profile, lexicon):
                continue
            last = _chant_end(text, toks, i, profile)
            if last is not None:
                chant_until = last
                yield _chant(tok.text, tok.start, toks[last].end, tok.end,
                             inside_quotes(doc, tok.start, toks[last].end))
                continue
        if _name(tok, other, profile, lexicon, sentence_starts) or (
                not wrapped and _whole_sentence(toks, i, j, sentence_starts, profile, lexicon)):
            continue
        if wrapped and (_tabular(text, tok.start, gap) or _list_label(text, tok, gap)):
            continue
        if wrapped:
            # The quote marks around the repeat show the writer meant another word
            # there; deleting it would leave "una guerra” contra", so offer no edit.
            fix = Fix(other.start, other.end, "", 0.3, "display",
                      f"the word before “{other.text}” is repeated here; the original word "
                      "was probably lost and cannot be recovered from the text")
            yield Finding(
                rule="Repetition.Token", category="repetition", severity="error",
                start=tok.start, end=toks[j + 1].end if j + 1 < n and toks[j + 1].text in WRAPPERS
                and toks[j + 1].start == other.end else other.end,
                message=f"“{tok.text}” is repeated across punctuation; the second one may have "
                "replaced another word",
                confidence=0.75, fixes=(fix,),
            )
        elif (passage := _passage_language(toks, i, j, sentence_starts, lexicons, language)) \
                in _OWN_RULES:
            # a passage in another language newsqa has rules for ("“nous nous
            # sommes battus”" quoted in English) is judged by that language's rules
            if _meant(toks, i, j, text, lexicons[passage].profile, sentence_starts):
                continue
            yield _plain_repeat(doc, tok, other, profile)
        elif passage is not None:
            yield Finding(
                rule="Repetition.Foreign", category="repetition", severity="info",
                start=tok.start, end=other.end,
                message=f"“{tok.text}” is repeated in a passage newsqa has no rules for "
                "(another language); many languages double words on purpose",
                confidence=0.3)
        else:
            yield _plain_repeat(doc, tok, other, profile)


def _plain_repeat(doc, tok, other, profile) -> Finding:
    """A word doubled with only a space between: an error, a warning inside a quote."""
    quoted = inside_quotes(doc, tok.start, other.end)
    fix = Fix(tok.end, other.end, "", 0.9, "unsafe" if quoted else "safe",
              f"remove the repeated “{other.text}”")
    return Finding(
        rule="Repetition.Token", category="repetition",
        severity="warning" if quoted else "error", start=tok.start, end=other.end,
        message=f"“{tok.text}” is repeated" + (
            " inside a quote; check it against the source" if quoted else ""),
        confidence=_confidence(tok.text.lower(), quoted, profile), fixes=(fix,),
    )


def _confidence(low: str, quoted: bool, profile) -> float:
    """A graded raw confidence for a plain repeat, so that calibration can tell
    apart the shapes that are sometimes meant: a speaker's words in a quote
    (0.7), an answer word doubled mid-clause, which speech also does ("dijo
    no no quiero", 0.6); the writer's own doubled word is 0.9."""
    if low in profile.answer_repeats:
        return 0.6
    return 0.7 if quoted else 0.9


# Chants say a word three to five times ("gol gol gol"); a slip or a lost word
# leaves two copies, and a longer run is a fault of the page, flagged pair by pair.
CHANT_COPIES = range(3, 6)


def _chant_end(text: str, toks, i: int, profile) -> int | None:
    """The index of the last copy when toks[i] starts a run of CHANT_COPIES
    copies one space apart, else None. The scan stops after the longest
    chant, so a page of one word repeated stays linear. Nobody chants a
    function word: "equipo de de de Taiwán" is a word lost between two "de"
    (the neighbour-replacement damage of the calibration half)."""
    low = toks[i].text.lower()
    if len(low) < 3 or low in profile.function_words or _copies(text, toks, i - 1):
        return None
    last = i
    while last - i + 1 <= CHANT_COPIES[-1] and _copies(text, toks, last):
        last += 1
    return last if last - i + 1 in CHANT_COPIES and not _copies(text, toks, last) else None


def _copies(text: str, toks, a: int) -> bool:
    """Whether toks[a] and toks[a + 1] are the same word one space apart."""
    if a < 0 or a + 1 >= len(toks):
        return False
    x, y = toks[a], toks[a + 1]
    return (x.kind == y.kind == "word" and x.text.lower() == y.text.lower()
            and text[x.end:y.start] in (" ", "\u00a0"))


def _meant(toks, i: int, j: int, text: str, profile, sentence_starts) -> bool:
    """Whether toks[i] and its plain repeat toks[j] are written on purpose or
    are no repeat at all. Each case below was a legitimate repeat flagged in
    the calibration half of the real-repeats set, and none of its repeat
    errors has the same shape."""
    tok, other = toks[i], toks[j]
    low = tok.text.lower()
    # grammatical or emphatic doubles: "had had", "nous nous", "muy muy", "mal mal"
    if low in profile.legitimate_repeats:
        return _governs(low, toks, j, profile)
    # an answer doubled where a clause starts or ends ("No no, …", "dijo que sí sí."),
    # but not inside one ("quiero dormir no no hacer tarea")
    if low in profile.answer_repeats and (
            tok.start in sentence_starts or i == 0 or toks[i - 1].kind == "punct"
            or j + 1 == len(toks) or toks[j + 1].kind == "punct"):
        return True
    # the copy is the head of a word hyphenated at a line end ("an an- nuity")
    if _HYPHENATED.match(text, other.end):
        return True
    # the copies end a free relative clause and start the main one ("What it is
    # is"), or the main clause repeats the clause's predicate ("What happened happened.")
    if closes_free_relative(toks, i, j, sentence_starts, profile) \
            or repeats_free_relative(toks, i, j, j, sentence_starts, profile):
        return True
    # idioms, names, pronouns and addresses ("hip hip hooray", "de De Gea",
    # "gave her her first job", "elpais.es es")
    if meant_double(toks, i, j, profile):
        return True
    if len(low) != 1 or tok.text == other.text:
        return False  # a word typed twice keeps its case ("y y", "a a", "A A")
    # a lower-case letter then a capital ("i I (10017)"): OCR noise or an initial
    if tok.text.islower():
        return True
    # a capital then its lower case before a leaf digit ("his M m 2 diminutive"):
    # a printer's signature mark at a page foot (sheet M, leaf 2) that OCR kept
    # inside the running text, as in the ICDAR 2019 calibration half. Without
    # the digit ("A a ’", "f I i upon") it is OCR noise, and at a sentence start
    # it is a word replaced by its neighbour ("A a 5 km", from "A unos 5 km")
    leaf = toks[j + 1] if j + 1 < len(toks) else None
    return tok.start not in sentence_starts and leaf is not None and leaf.kind == "number" \
        and len(leaf.text) == 1 and text[other.end:leaf.start] in (" ", "\u00a0")


# what may close a sentence that is only a doubled word ("Knock knock." "Toc toc…")
_SENTENCE_END = frozenset(".!?…")
_OPENERS = frozenset("¡¿“«\"‘'(")


def _whole_sentence(toks, i: int, j: int, sentence_starts, profile, lexicon) -> bool:
    """A sentence that is nothing but an uncommon word said twice, capital
    first ("Knock knock.", "Bye bye!", "Toc toc."): onomatopoeia, greetings
    and calls. Damage leaves this shape only in a sentence of two words
    ("Muchas gracias." made "Muchas muchas."), which news prose seldom has; a
    typed double keeps its case ("The The"), and a common word doubled alone
    ("Ella ella.") is still a slip, by the Zipf line reduplicated names use."""
    tok, other = toks[i], toks[j]
    word = other.text
    if not (tok.text[:1].isupper() and word.islower()) or word in profile.function_words \
            or lexicon.zipf(word) >= COMMON_ZIPF:
        return False
    first = i  # the sentence may open with "¡", "¿" or a quote mark
    while first > 0 and toks[first - 1].kind == "punct" and toks[first - 1].text in _OPENERS:
        first -= 1
    if first > 0 and toks[first].start not in sentence_starts:
        return False
    after = toks[j + 1] if j + 1 < len(toks) else None
    return after is None or (after.kind == "punct" and after.text[:1] in _SENTENCE_END)


def _governs(low: str, toks, j: int, profile) -> bool:
    """Whether a double that is grammatical only before the word it governs
    ("that that decision", "muy muy alta") has that word after it. Before
    punctuation, at the end, or before a word that cannot be governed (an
    article, a subject pronoun: "that that they") it governs nothing, and the
    copy replaced a word: the profile's ``governed_repeats`` were tuned on the
    neighbour damage of the calibration half ("at around that that through
    1987", "very very, but"), which the bare word list let through."""
    for word, not_governed in profile.governed_repeats:
        if word == low:
            after = toks[j + 1] if j + 1 < len(toks) else None
            return after is not None and after.kind in ("word", "number") \
                and after.text.lower() not in not_governed
    return True


def _name(tok, other, profile, lexicon, sentence_starts) -> bool:
    """A capitalised pair is a reduplicated name ("Bora Bora", "Walla Walla",
    "Sing Sing"): mid-sentence always; at a sentence start, where every word is
    capitalised, only when the word is not a common one. The capitalised
    repeat errors of the real-repeats calibration half are function words and
    pronouns ("The The", "Ella Ella", "Los Los Angeles"), all Zipf 5.4 or more."""
    if not (tok.text[:1].isupper() and other.text[:1].isupper()):
        return False
    if tok.start not in sentence_starts:
        return True
    low = tok.text.lower()
    if low in profile.function_words:
        return False
    # a dateline or heading in capitals run into its sentence ("MADRID Madrid
    # amaneció", "WASHINGTON Washington officials"); a word replaced by its
    # neighbour is copied in lower case ("WASHINGTON washington")
    if len(tok.text) > 1 and tok.text.isupper() and not other.text.isupper():
        return True
    return lexicon.zipf(low) < COMMON_ZIPF


# A word is at home in a language's list from Zipf 3 on; below, an entry is as
# likely noise or a borrowing (the English list has "tbe" at 2.6, "orang" at 2.7).
AT_HOME_ZIPF = 3.0
# A doubled word belongs to another language when that language's list has it
# this much (a factor of 30) more often than the document's: Spanish "se" (7.1
# against English 4.3), Indonesian "orang" (6.8 against 2.7).
ELSEWHERE_LEAD = 1.5
# The lists a foreign passage is read against: the languages news quotes most,
# and those that double words as grammar (Indonesian, Malay, Tagalog).
PASSAGE_LISTS = ("es", "en", "fr", "de", "pt", "it", "ca", "nl", "id", "ms", "fil")
# Function words of every language detection knows: doubled, they are slips
# ("the the", "de de") whatever the document's language.
_CUE_WORDS = frozenset().union(*DETECTION_CUES.values())


def _passage_language(toks, i, j, sentence_starts, lexicons, language: str) -> str | None:
    """The language of the passage the double toks[i], toks[j] stands in when
    that is not the document's, else None.

    In a document with a word list: a word far more at home in another list,
    between neighbours that are too, one of the three hardly known at home
    (English "a “araw araw na serbisyo” slogan", Tagalog for "everyday
    service"; French "“nous nous sommes battus”"). In a document whose
    language is not recognised: any double, read as the language its words
    are likeliest in; a function word of a language detection knows that
    reads as a language without rules ("the the" among unknown words) is
    still the document's own slip (None). The likeliest list decides, not
    any list that knows the words: German lists "orang" and "laut", Malay far
    more often. The caller judges a passage in a language with a profile by
    that profile's rules ("de de" in a Spanish name inside English text stays
    a slip: Spanish does not double "de"), and calls a double in any other
    language a note."""
    word = toks[j].text.lower()
    home = lexicons[language]
    neighbours = [w for w in (_neighbour(toks, i, -1, sentence_starts),
                              _neighbour(toks, j, 1, sentence_starts)) if w is not None]
    if home.available and not _stands_apart(word, neighbours, home, lexicons, language):
        return UNREAD if _unread_at_home(toks, i, j, sentence_starts, home) else None
    run = (word, *neighbours)
    likeliest = max(_other_lists(lexicons, language),
                    key=lambda other: sum(_common_zipf(other, w) for w in run)).language
    if not home.available and word in _CUE_WORDS and likeliest not in _OWN_RULES:
        return None
    return likeliest


# the languages whose profiles judge a double in their own passages
_OWN_RULES = frozenset(BUILTIN)
# a passage in a language no word list reads (a Latin or Maori quotation)
UNREAD = "und"


def _unread_at_home(toks, i: int, j: int, sentence_starts, home) -> bool:
    """Whether a doubled word and its neighbours (one at least) are all lower-case words
    the document language's tagging dictionary does not list (its profile's
    ``dictionary_lists``): a quotation in a language newsqa has no list for,
    whose doubles its rules cannot judge ("“quidquid quidquid agis”" hangs on
    nothing English). A short word such a language shares with the document's
    (Latin "se", "te", "in") may be listed when both its neighbours are not
    ("Aquis se se immergere", a word opening its sentence read without its
    capital): a word replaced by its neighbour stands among the document's own
    words, and none of the calibration half's damage or real slips has two
    unlisted neighbours. Names are capitalised, and the newswire's written
    abbreviations (the profile's ``spoken_forms``: "mln dlrs dlrs") are the
    document's own: both stay the document's to judge, as they did for the
    neighbour damage of the calibration half (docs/evaluation.md)."""
    lists = home.profile.dictionary_lists
    if lists is None:
        return False
    abbreviations = {written for written, _ in home.profile.spoken_forms}
    # the neighbours _neighbour reads (none across a sentence's or a quote's edge)
    neighbours = [toks[k + step] for k, step in ((i, -1), (j, 1))
                  if _neighbour(toks, k, step, sentence_starts) is not None]

    def unlisted(tok) -> bool:
        # a word opening its sentence is read without its capital ("Aquis se se")
        word = tok.text.lower() if tok.start in sentence_starts else tok.text
        return word.isalpha() and word.islower() and word not in abbreviations \
            and lists(word, home) is False
    if not neighbours or not all(map(unlisted, neighbours)):
        return False
    return unlisted(toks[i]) or len(neighbours) == 2


def _stands_apart(word: str, neighbours: list[str], home, lexicons, language: str) -> bool:
    """Whether a doubled word and its neighbours read as another language than
    the document's: each far more at home in another list. Being rare at home
    is not enough for a neighbour: the abbreviations and names around a slip
    are ("dlrs per per.", "Societe Generale generale", words replaced by
    their neighbour in the calibration half). The home list is asked first,
    for a word it hardly knows: the other lists cost a run some tenths of a
    second to open, and the slips of edited copy stand among common words
    ("said said Thomas", "is is required")."""
    if not neighbours or all(home.zipf(w) >= AT_HOME_ZIPF for w in (word, *neighbours)):
        return False
    others = _other_lists(lexicons, language)
    return all(_elsewhere(w, home, others) for w in (word, *neighbours))


def _other_lists(lexicons, language: str) -> list:
    """The other languages a passage is read against. Their lists of common
    words are asked (``_common_zipf``), not their whole lists: the words of
    a quoted passage are common in their own language, and ten whole lists
    would cost a run some 50 MB for an info note."""
    return [lexicons[code] for code in PASSAGE_LISTS if code != language and lexicons[code].available]


def _common_zipf(lexicon, word: str) -> float:
    """``word``'s Zipf in ``lexicon``'s list of common words (wordfreq's small
    list, some 30,000 words, as language detection reads it); 0 when it is
    not among them."""
    f = lexicon.common_words.get(fold(word), 0.0)
    return math.log10(f) + 9 if f > 0 else 0.0


def _elsewhere(word: str, home, others) -> bool:
    """Whether another list has ``word`` ELSEWHERE_LEAD more often than the
    document's (Tagalog "na": 7.7 against English 4.4)."""
    own = home.zipf(word) + ELSEWHERE_LEAD
    return any(_common_zipf(other, word) >= own for other in others)


def _neighbour(toks, k: int, step: int, sentence_starts) -> str | None:
    """The word next to toks[k] in the direction ``step``; None at the edge of
    the sentence or of a quote (a foreign passage is often quoted: “orang
    orang laut”), before other punctuation or a number."""
    if step < 0 and toks[k].start in sentence_starts:
        return None
    k += step
    if not 0 <= k < len(toks) or toks[k].kind != "word":
        return None
    if step > 0 and toks[k].start in sentence_starts:
        return None
    return toks[k].text.lower()


# Zipf 5 and over: a word too common to be a name or an onomatopoeia said twice;
# the capitalised repeat errors of the calibration half all sit at 5.4 or more
COMMON_ZIPF = 5.0


# a word broken at a line end: hyphen, then a space or line break, then its tail
_HYPHENATED = re.compile(r"[-\u00ad]\s+[a-záéíóúüñàèìòùâêîôûçäöß]")


def _tabular(text: str, pos: int, gap: str) -> bool:
    """A bracketed repeat on a line with figures is table data
    ("60-90 days unquoted (unquoted)": this period, previous period)."""
    if "(" not in gap and "[" not in gap:
        return False
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return any(c.isdigit() for c in text[start:end if end != -1 else len(text)])


# what may stand before a list item's label: a line start, an opening
# bracket, or a colon, semicolon or comma and a space ("options: a) a tax cut")
_LABEL_BEFORE = re.compile(r"(?:^|\n|[(\[]|[:;,] )[ \t]*$")


def _list_label(text: str, tok, gap: str) -> bool:
    """The first copy is a list item's one-letter label, the second the item's
    first word ("a) a tax cut", "(a) a fine"): a letter and its closing
    bracket after a line start, an opening bracket or a colon. A word
    replaced by its neighbour is never bracketed this way."""
    return len(tok.text) == 1 and gap.strip() in (")", "]") \
        and _LABEL_BEFORE.search(text, max(0, tok.start - 3), tok.start) is not None


def _phrases(doc, profile, max_n: int = 6) -> Iterable[Finding]:
    words = [t for t in doc.tokens if t.kind in ("word", "number")]
    lows = list(map(str.lower, map(_TEXT, words)))
    text = doc.text
    i = 0
    for candidate in _repeats_within(lows, max_n, start=2):
        if candidate < i:
            continue  # inside a repeat already reported
        i = candidate
        hit = False
        for n in range(max_n, 1, -1):
            if i + 2 * n > len(words) or lows[i] != lows[i + n]:
                continue  # the first-word test spares most slice comparisons
            if lows[i:i + n] != lows[i + n:i + 2 * n]:
                continue
            if lows[i + 1] == lows[i] and lows[i:i + n].count(lows[i]) == n:
                break  # one word said again and again: the token check's run
            span_text = text[words[i].start:words[i + 2 * n - 1].end]
            if "\n" in span_text or any(c in ".!?" for c in span_text):
                continue
            first_end, second_start = words[i + n - 1].end, words[i + n].start
            # keep to repeats separated by spaces/commas only
            if text[first_end:second_start].strip(" ,") != "":
                continue
            if _heading_then_text(words[i:i + n], words[i + n:i + 2 * n]):
                continue
            if n == 2 and idiom_phrase(words, i, profile):
                # "hand in hand in the park", "step by step by step": one idiom
                i += 2 * n
                hit = True
                break
            phrase = text[words[i].start:first_end]
            start, end = words[i].start, words[i + 2 * n - 1].end
            if "," not in text[first_end:second_start] and _tautology(doc, words, i, n, profile):
                # "What will be will be": a free relative's predicate and its copy
                i += 2 * n
                hit = True
                break
            quoted = inside_quotes(doc, start, end)
            if "," in text[first_end:second_start]:
                yield _chant(phrase, start, end, first_end, quoted)
            else:
                # Speakers repeat themselves: inside a quote a repeat is a warning
                # and its removal needs a reader's eye, unless other evidence
                # makes it a span.
                fix = Fix(first_end, end, "", 0.85, "unsafe" if quoted else "safe",
                          f"remove the repeated “{phrase}”")
                yield Finding(
                    rule="Repetition.Phrase", category="repetition",
                    severity="warning" if quoted else "error", start=start, end=end,
                    message=f"the phrase “{phrase}” is repeated" + (
                        " inside a quote; check it against the source" if quoted else ""),
                    confidence=0.85, fixes=(fix,),
                )
            i += 2 * n
            hit = True
            break
        if not hit:
            i += 1


def _tautology(doc, words, i: int, n: int, profile) -> bool:
    """Whether the phrase words[i:i + n] and its copy are a free relative's
    predicate and the main clause's (``repeat_clauses.repeats_free_relative``),
    read on the document's tokens, of which ``words`` are the words."""
    toks = doc.tokens
    first = bisect_left(toks, words[i].start, key=_START)
    second = bisect_left(toks, words[i + n].start, first, key=_START)
    last = bisect_left(toks, words[i + 2 * n - 1].start, second, key=_START)
    return repeats_free_relative(toks, first, second, last, {s for s, _ in doc.sentences}, profile)


_START = attrgetter("start")


def _heading_then_text(first, second) -> bool:
    """A title set in capitals, then the same words in the text's own case:
    a heading or a playbill's title run into its text ("Saturday, WILLIAM
    TELL William Tell, Mr. Macready", in the ICDAR 2019 ground truth). A
    scraper's or editor's repeat copies the words as they are, and a word
    replaced by its neighbour is one word, in lower case."""
    def capitals(words) -> bool:
        return all(t.text.isupper() for t in words if t.kind == "word")
    return any(t.kind == "word" for t in first) and capitals(first) and not capitals(second)


def _chant(phrase: str, start: int, end: int, first_end: int, quoted: bool) -> Finding:
    """A phrase repeated across a comma ("a ver, a ver", "no vamos a confiscar,
    no vamos a confiscar") or a word said three times ("gol gol gol"): rhetoric
    or a chant, kept as a low-confidence note. Lower still in a quote, where
    the speaker's words are reported as said. On the Spanish clean news set
    all six quoted comma repeats were the speaker's own."""
    return Finding(
        rule="Repetition.Chant", category="repetition", severity="info", start=start, end=end,
        message=f"“{phrase}” is repeated, as chants and emphatic speech do" + (
            "; inside a quote, probably as it was said" if quoted else ""),
        confidence=0.15 if quoted else 0.3,
        fixes=(Fix(first_end, end, "", 0.3, "unsafe", f"remove the repeated “{phrase}”"),),
    )


def _normalised(s: str) -> str:
    return " ".join(s.lower().split())


def _sentences(doc) -> Iterable[Finding]:
    paragraphs = set(doc.paragraphs)
    # a sentence that is a whole paragraph is reported by _paragraphs
    spans = [span for span in doc.sentences if span not in paragraphs]
    return _duplicates(doc, spans, "Repetition.Sentence", "sentence", 0.8, 0.7)


def _paragraphs(doc) -> Iterable[Finding]:
    return _duplicates(doc, doc.paragraphs, "Repetition.Paragraph", "paragraph", 0.85, 0.8)


def _duplicates(doc, spans, rule: str, what: str, confidence: float, fix_confidence: float,
                min_words: int = 6) -> Iterable[Finding]:
    """Second and later copies of a span of at least ``min_words`` words."""
    seen: dict[str, int] = {}
    text = doc.text
    for start, end in spans:
        key = _normalised(text[start:end])
        if len(key.split()) < min_words:
            continue
        first = seen.setdefault(key, start)
        if first == start:
            continue
        line, _ = doc.position(first)
        yield Finding(
            rule=rule, category="repetition", severity="warning", start=start, end=end,
            message=f"this {what} already appears on line {line}", confidence=confidence,
            fixes=(Fix(start, _swallow_space(text, end), "", fix_confidence, "unsafe",
                       f"remove the duplicate {what}"),),
        )


def _swallow_space(text: str, end: int) -> int:
    """Extend a deletion over the whitespace that follows it."""
    while end < len(text) and text[end] in " \t\n":
        end += 1
    return end
