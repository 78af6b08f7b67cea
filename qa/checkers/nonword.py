"""Words no dictionary knows: misspellings, lost accents, OCR look-alikes, glued words.

A lower-case token unknown to the language's word list is looked at only
after every innocent explanation fails: it is not a name (capitalised
words and acronyms are never flagged), not a number, URL, hashtag or
e-mail (the tokenizer sets those apart), not on the user's accepted list,
not a word of the other main language (loanwords, foreign quotes), not a
regular derivation (``enviárnoslas``, ``exmandatario``: see
``qa.text.wordforms``), not a form the language's tagging dictionary lists
(``iodise``: the profile's ``dictionary_lists``). What remains is ranked by
``qa.text.suggest``.

A page damaged throughout (``qa.text.pagedamage``: an OCR'd book) is the
exception to the first rule: there a capitalised word that no list knows
and that the page uses once is as often damage (``Couutry``, ``Tbinn``) as
a name, so it is reported as info, at ``DAMAGED_PAGE_CONFIDENCE``, for the
calibration to grade. It is the exception to the last as well: a rare form
the dictionary lists is a misreading there as often as a word, and counts
towards the page's damage as the word list reads it.

A newswire unit run into the next word after an amount (``30 mln
dlrsof``) is glue, though the unit is too rare in the word list for
``suggest`` to offer the pair (``qa.checkers.glue.glued_unit``); one with
an OCR look-alike in it (``128 mln cllrs``) is misread.

Severity follows the evidence, because clean news is full of rare but
valid words: a finding is a warning only when a common word lies one
cheap edit away and clearly beats the next candidate; otherwise it is
info. The rule is named after the damage the best repair undoes: an accent
(Spelling.Accent), OCR look-alikes (OCR.Confusion), a missing space
(OCR.GluedWords), anything else (Spelling.NonWord).
"""
from __future__ import annotations

import math
import operator
from bisect import bisect_left
from collections import Counter
from itertools import compress
from typing import Iterable, Iterator

import regex

from ..echoed_first import story_ranked
from ..model import Finding, Fix, RuleInfo, RuleRoles
from ..text.quotes import inside_quotes
from ..text.damage import DEFAULT_COSTS, OCR_PAIRS
from ..text.memofill import fill
from ..text.pagedamage import damaged_throughout
from ..text.suggest import Candidate, channel_score, index_for, match_case, suggest
from ..text.wordforms import apostrophe_known, derived_known
from ..text.probes import completions
from . import fragment_order
from .glue import (content_words_glued, function_word_before_capital, glued_unit, hides_function_word,
                   listed_glue, phrase_words_glued)
from .ocr import garbage_reason

# Word-level spelling evidence; OCR look-alikes and glue are spelling too:
# the word's frequency is one piece of evidence, whatever damaged it.
SPELLING = RuleRoles(family="spelling", word_level=True)

RULES = (
    RuleInfo(
        id="Spelling.NonWord",
        roles=SPELLING,
        category="spelling",
        severity="warning",
        description="A word that no dictionary of the language knows and that is not a name, "
        "a number or a foreign word; ranked corrections are offered.",
        why="Misspelt or damaged words read as careless and defeat search; in scraped copy "
        "they often mark a span damaged in transit.",
        instead="Use the suggested word, or add the term to the accepted vocabulary.",
        source="qa/checkers/nonword.py",
        languages=("es", "en"),
        flag=("El gobirno anunció nuevas medidas.", "La infomática avanza rápido.",
              "El acalde de la ciudad habló ayer."),
        ok=("El portavoz del Kremlin, Dmitry Peskov, habló con la agencia TASS.",
            "Kim Jong-un recibió a Serguéi Lavrov en Pyongyang.",
            "El exmandatario quiso enviárnoslas salomónicamente.",
            "Descargó el software y lo compartió por streaming.",
            "Visite www.ejemplo.com o escriba a prensa@ejemplo.com #noticias",
            "Dijo “c'est la vie” y se fue.", "Pidió dárselo y vacunarnos hoy."),
    ),
    RuleInfo(
        id="Spelling.Accent",
        roles=SPELLING,
        category="spelling",
        severity="warning",
        description="A word that lost or misplaced its accent (informacion, camión -> camion).",
        why="Accents fall off when text passes through ASCII-only systems or careless "
        "encoders; an unaccented form reads as a misspelling and can change the meaning.",
        instead="Restore the accent.",
        source="qa/checkers/nonword.py",
        languages=("es",),
        flag=("La informacion fue publicada ayer.", "Según la investigacíon, el camion volcó."),
        ok=("La información fue publicada ayer.", "Él esta semana está en casa."),
    ),
    RuleInfo(
        id="OCR.GluedWords",
        roles=SPELLING,
        category="ocr",
        severity="warning",
        description="Two words run together without a space (deestos, thegovernment, "
        "circulaciónFoto, deAristegui).",
        why="Scrapers drop the space where a line or an HTML element ended; the glued "
        "string is no word and hides both.",
        instead="Put the space back.",
        source="qa/checkers/nonword.py, qa/checkers/glue.py",
        languages=("es", "en"),
        flag=("Muchos deestos proyectos fracasaron.", "El ministro dijo quela ley fue aprobada.",
              "Aumentó la circulaciónFoto: archivo.",
              "El allanamiento de la redacción deAristegui Noticias."),
        ok=("El sobrepeso y la sobrepesca preocupan.", "El bioetanol y la narcoviolencia crecen.",
            "Compró un iPhone y vendió en eBay."),
    ),
)

# Calibration: the constants below were set by hand on injected damage
# against the clean news sets (bench/eval_spelling.py, bench/false_alarms.py)
# for Spanish and English; docs/spelling.md has the measured figures. A
# language whose profile is not calibrated gets info findings only.
#
# Tokens at least this common (zipf) are taken as words without a second look.
COMMON_ZIPF = 2.5
# A listed form is treated as a misspelling only when it is this rare and
# its fix is at least RARE_RATIO times more common (wordfreq lists frequent
# web misspellings such as "informacion" and "goverment").
RARE_ZIPF = 1.6
RARE_RATIO = 1000.0
# A warning needs a common fix (zipf), a cheap repair and a clear lead...
WARN_FIX_ZIPF = 3.5
WARN_MAX_COST = 0.8
WARN_MARGIN = 1.0
# ...or a repair whose noisy-channel score (zipf - 2 x cost) is this high
# whatever the runner-up: a common word paid for by its damage is the
# likeliest original even when a second one is close (``pertos`` ->
# ``puertos``/``petos``). Measured on clean news against injected damage:
# +25% of non-word damage found at warning for +15% warnings on clean copy,
# most of them real typos of the source (docs/spelling.md).
WARN_SCORE = 2.5
# OCR's own signature, a multi-letter look-alike (``cl`` for ``d``, ``ii``
# for ``u``: ``_rule_for``), needs a less common fix than a typing slip:
# clean copy has almost no such non-words, and OCR'd pages misread rare
# words as often as common ones (``inaclvertida``, ``coronaviriis``).
OCR_WARN_FIX_ZIPF = 2.5
# A word this common (zipf) in the language the text borrows from is a
# loanword or a quote, not a misspelling.
FOREIGN_ZIPF = 2.0
# ... unless it is the start of a word of the page's language this common
# (zipf): a word cut short that happens to be a word of the other one.
FOREIGN_CUT_ZIPF = 3.5
# A word cut short (``tendenc``, ``acald``): its commonest completion must be
# this common (zipf) and the cut word this long, so that a short stub with many
# completions (``pre``, ``cons``) is no evidence. Measured on the calibration
# half: cut-off words left as non-words were mostly graded info before
# (docs/evaluation.md).
CUT_FIX_ZIPF = 4.0
CUT_MIN_LETTERS = 5
# A longer stub says more: from this many letters its completion may be as
# rare as CUT_LONG_FIX_ZIPF (``indicaci``: ``indicación``).
CUT_LONG_LETTERS = 6
CUT_LONG_FIX_ZIPF = 3.0
CUT_MAX_LOST = 6  # letters a completion may add
# A repair that puts back one dropped letter (``navegaor`` -> ``navegador``)
# is a warning when the repaired word is this common (zipf), whatever the
# runner-up: on the calibration half's clean pool such repairs were nearly
# all real typos of the source, while inflections the list lacks
# (``auditarán``, ``confiscará``) are repaired by taking a letter away.
DROPPED_LETTER_ZIPF = 2.5
# Listed words rarer than this (zipf) may be web glue of a function word
# and a word (dela, enel, inthe: zipf 2.6-3.4), flagged when the pair is
# RARE_RATIO times as common.
GLUE_CHECK_ZIPF = 4.0
# Listed words rarer than this (zipf) are compared with their accented twin;
# the twin must be ACCENT_RATIO times as common (ACCENT_WARN_RATIO for a warning).
ACCENT_CHECK_ZIPF = 4.5
ACCENT_RATIO = 30.0
ACCENT_WARN_RATIO = 100.0
# Distinct lower-case unknown words per 100 words that make a page damaged
# throughout (qa.text.pagedamage). On the whole clean sets one document of
# 2,603 reaches it (a Reuters item with three typos in 90 words); 5 of the
# 14 English and every Spanish ICDAR 2019 page of the calibration half do.
DAMAGED_PAGE = 3.0
# A capitalised unknown word on a damaged page: below every other raw
# confidence of Spelling.NonWord, so the calibration can bin it apart.
DAMAGED_PAGE_CONFIDENCE = 0.25
# A newswire unit run into the next word (``dlrsof``) starts at a sure
# glue's raw confidence (``_listed_glue``).
GLUED_UNIT_CONFIDENCE = 0.7
_SCALES = frozenset("mln bln million billion thousand".split())
_APOSTROPHES = "'’"
_DIGIT = regex.compile(r"\d")
_NEWLINE = regex.compile(r"\n")
_CAMEL = regex.compile(r"^(\p{Ll}{3,})(\p{Lu}\p{Ll}{2,})$")


def check(doc, ctx) -> Iterable[Finding]:
    language = doc.language or "und"
    lexicon = ctx.lexicons[language]
    if not lexicon.frequencies:
        return  # no word list: only the language-independent checks in ocr.py
    yield from _Scan(doc, ctx, lexicon, language).run()


class _Scan:
    """One pass over a document's words; per-document caches live here."""

    def __init__(self, doc, ctx, lexicon, language: str):
        self.doc, self.ctx, self.lexicon, self.language = doc, ctx, lexicon, language
        self.accepted = ctx.lexicons.accepted
        self.profile = lexicon.profile
        self.calibrated = self.profile.calibrated
        self._other = None
        self._seen: dict[tuple, tuple[Candidate, ...]] = {}
        # Accent variants are worth looking up only where accents are common.
        self.accented = self.profile.accented
        self._openers: set[int] | None = None
        self._names: set[str] | None = None

    @property
    def other(self):
        # Loaded on the first unknown word only: a word list costs ~0.1 s.
        if self._other is None:
            self._other = self.ctx.lexicons[self.profile.borrows_from]
        return self._other

    def run(self) -> Iterator[Finding]:
        freq = self.lexicon.frequencies
        common = 10 ** (COMMON_ZIPF - 9)
        accent_check = 10 ** (ACCENT_CHECK_ZIPF - 9)
        glue_check = 10 ** (GLUE_CHECK_ZIPF - 9)
        accents = index_for(self.lexicon).accented if self.accented else None
        words = self.doc.words
        # Most words are quiet whatever surrounds them (listed, common, no
        # accent or glue question); that verdict is kept per run, so only
        # the others are visited below.
        quiet = self.lexicon.memo("nonword.quiet")
        texts = self.doc.word_texts
        verdicts = fill(quiet, texts, lambda word: self._quiet(word, common, accent_check,
                                                               glue_check, accents))
        misspelt: set[str] = set()  # lower-case unknown words: how damaged the page is
        listed = []  # unknown lower-case words the tagging dictionary lists
        initials: set[int] = set()
        for k in compress(range(len(words)), map(operator.not_, verdicts)):
            tok = words[k]
            word = tok.text
            if not word[0].islower() or len(word) < 3:
                if self._initial_misspelling(words, k):
                    initials.add(tok.start)
                    yield from self._unknown(tok, names_near=True)
                continue  # names, acronyms, sentence starts; too short to judge
            low = word.lower()
            f = freq.get(low.replace("’", "'"), 0.0)
            if f >= common or low in self.accepted:
                stripped = []
                if f < accent_check and accents is not None and low in accents:
                    stripped = list(self._stripped(tok, f, accents[low]))
                    yield from stripped
                if not stripped and f < glue_check and low not in self.accepted:
                    glued = self._listed_glue(tok, f)  # dela, enel, inthe
                    if glued is not None:
                        yield glued
                continue
            if self._name_part(words, k):
                continue
            # a function word before a name the word list lacks
            # (``theBundespost``, ``andRichco``) is read first: the camel
            # case below asks both halves to be listed
            to_capital = function_word_before_capital(word, self.lexicon)
            camel = None if to_capital else _CAMEL.match(word)
            unit = None if camel or to_capital or f >= common else self._glued_unit(tok)
            misread = (None if camel or to_capital or unit is not None or f >= common
                       else self._misread_unit(tok))
            if camel:
                yield from self._camel(tok, camel)
            elif to_capital:
                yield self._split_finding(tok, " ".join(to_capital))
            elif unit is not None:
                yield self._unit_finding(tok, unit)
            elif misread is not None:
                yield self._finding(tok, "OCR.Confusion", "warning" if self.calibrated else "info",
                                    GLUED_UNIT_CONFIDENCE,
                                    f"“{tok.text}” looks misread by OCR: “{misread.word}”.", [misread])
            elif f > 0:
                yield from self._rare(tok, f)
            elif not self._excused(tok, low):
                if self._dictionary_lists(low):
                    # a word of the language the word list lacks, unless
                    # the page is damaged throughout (read at the end)
                    listed.append(tok)
                    misspelt.add(low)
                    continue
                for finding in self._unknown(tok):
                    misspelt.add(low)
                    yield finding
        if self.calibrated and damaged_throughout(len(misspelt), len(words), DAMAGED_PAGE):
            # on an OCR'd page a rare form the dictionary lists is a
            # misreading as often as a word (ICDAR 2019's Spanish pages:
            # ``tasajos``, ``admitiere`` against the gold), and it counts
            # towards the damage that makes the page so, as the word list
            # reads it
            for tok in listed:
                yield from self._unknown(tok)
            yield from self._capitalised_unknowns(words, initials)

    def _quiet(self, word: str, common: float, accent_check: float, glue_check: float,
               accents) -> bool:
        """True when ``run`` can find nothing in ``word`` wherever it stands:
        the context-free tests of ``run`` and ``_initial_misspelling``."""
        if not word.isalpha() and _DIGIT.search(word):
            return True  # a digit among letters is qa.checkers.ocr_digits' to judge
        if not word[0].islower() or len(word) < 3:
            if len(word) < 4 or not self.calibrated or not word[1:].islower() or not word.isalpha():
                return True
            low = word.lower()
            return low in self.lexicon.frequencies or low in self.accepted
        low = word.lower()
        f = self.lexicon.frequencies.get(low.replace("’", "'"), 0.0)
        if not (f >= common or low in self.accepted):
            return False
        if f < accent_check and accents is not None and low in accents:
            return False
        return not (f < glue_check and low not in self.accepted
                    and listed_glue(low, f, self.lexicon, RARE_RATIO) is not None)

    # --- explanations ----------------------------------------------------

    def _name_part(self, words, k: int) -> bool:
        """``un`` in ``Kim Jong-un``: a hyphen glues it to a capitalised word."""
        start = words[k].start
        if k and start >= 2 and self.doc.text[start - 1] in "-‐":
            head = words[k - 1]
            return head.end == start - 1 and head.text[:1].isupper()
        return False

    def _excused(self, tok, low: str) -> bool:
        if self._half_of_split(tok):
            return True  # ocr.py reports the split word
        text = self.doc.text
        # A piece of a bare domain or file name (vacunate.elchopo.mx).
        if text[tok.end:tok.end + 1] == "." and text[tok.end + 1:tok.end + 2].isalnum():
            return True
        if tok.start and text[tok.start - 1] == "." and text[tok.start - 2:tok.start - 1].isalnum():
            return True
        if any(c in _APOSTROPHES for c in low) and apostrophe_known(low, self.lexicon):
            return True
        if derived_known(low, self.lexicon):
            return True
        if self.other.frequencies:
            f = self.other.frequency(low.replace("’", "'"))
            # In a quote, any word of the other language is the speaker's.
            if f >= 10 ** (FOREIGN_ZIPF - 9) or (f > 0 and inside_quotes(self.doc, tok.start, tok.end)):
                # unless it is the start of a common word of the page's own
                # language: a word cut short, not borrowed (dividen, dividend)
                return not self._cut_of_common(low)
        return garbage_reason(low, self.lexicon) is not None  # ocr.py reports it

    def _dictionary_lists(self, low: str) -> bool:
        """Does the language's tagging dictionary list the lower-case form
        ``low`` with any part of speech (the profile's ``dictionary_lists``)?
        Such a word is one of the language the word list happens to lack
        (``iodise``, ``amortisations``, ``unamortized``), not a non-word; a
        name the dictionary lists only capitalised (``Joel``) is not asked.
        False where the language has no dictionary or the install has not
        built it: the word is judged as before."""
        lists = self.profile.dictionary_lists
        return lists is not None and bool(lists(low, self.lexicon))

    # --- findings --------------------------------------------------------

    def _listed_glue(self, tok, f: float) -> Finding | None:
        """``quela``, ``enla``: glued forms common enough on the web to be
        listed, yet far rarer than the two words they hide."""
        verdict = listed_glue(tok.text.lower(), f, self.lexicon, RARE_RATIO)
        if verdict is None:
            return None
        pair, pf = verdict
        cand = Candidate(match_case(tok.text, pair), DEFAULT_COSTS.split, pf, 0.0, ("split",))
        strong = self.calibrated and not self._foreign_neighbour(tok)
        return self._finding(tok, "OCR.GluedWords", "warning" if strong else "info",
                             0.7 if strong else 0.4,
                             f"“{tok.text}” looks like two words run together: “{cand.word}”.", [cand])

    def _candidates(self, word: str, **options) -> list[Candidate]:
        """suggest() once per distinct word and options, in this word's case."""
        key = (word.lower(), tuple(sorted(options.items())))
        if key not in self._seen:
            self._seen[key] = tuple(suggest(word.lower(), self.lexicon, limit=3, **options))
        return [Candidate(match_case(word, c.word), c.cost, c.frequency, c.score, c.operations)
                for c in self._seen[key] or ()]

    def _initial_misspelling(self, words, k: int) -> bool:
        """``Gobirno dijo``: a capitalised word that only its place in the
        sentence capitalised. It must open a sentence, be unknown in lower
        case, stand alone (not ``Choe Son Hui``), never be capitalised
        mid-sentence elsewhere in the document (names recur), and have no
        innocent explanation; ``_unknown`` then reports it only as a
        warning, never as info: an unknown name must stay quiet."""
        tok = words[k]
        word = tok.text
        if len(word) < 4 or not self.calibrated or not word[1:].islower() or not word.isalpha():
            return False
        low = word.lower()
        if low in self.lexicon.frequencies or low in self.accepted:
            return False
        if tok.start not in self._sentence_openers:
            return False
        if k + 1 < len(words) and words[k + 1].text[:1].isupper():
            return False  # a run of capitalised words is a name
        if word in self._capitalised_inside or sum(t.text == word for t in words) > 1:
            return False  # a name used elsewhere, even if only at sentence starts
        return not self._excused(tok, low) and not self._dictionary_lists(low)

    @property
    def _sentence_openers(self) -> set[int]:
        """Start offsets of the first word of each sentence (and line)."""
        if self._openers is None:
            starts = sorted({s for s, _ in self.doc.sentences} |
                            {0, *(m.end() for m in _NEWLINE.finditer(self.doc.text))})
            # the first word at or after each start, by binary search of
            # the words (tuples in offset order) rather than a walk of them all
            words = self.doc.words
            firsts = (bisect_left(words, (s,)) for s in starts)
            self._openers = {words[j].start for j in firsts if j < len(words)}
        return self._openers

    @property
    def _capitalised_inside(self) -> set[str]:
        """Capitalised words seen anywhere but at a sentence start: names."""
        if self._names is None:
            openers = self._sentence_openers
            self._names = {t.text for t in self.doc.words
                           if t.text[:1].isupper() and t.start not in openers}
        return self._names

    def _capitalised_unknowns(self, words, reported: set[int]) -> Iterator[Finding]:
        """Capitalised words of a damaged page that no list knows, used once
        (a name recurs; OCR rarely damages a word twice alike) and with no
        innocent explanation; ``reported``: the starts already flagged."""
        freq = self.lexicon.frequencies
        uses = Counter(t.text.lower() for t in words)
        for k, tok in enumerate(words):
            word = tok.text
            if word[:1].islower() or len(word) < 3 or not word.isalpha() or tok.start in reported:
                continue
            low = word.lower()
            if uses[low] > 1 or low in freq or low in self.accepted or self._name_part(words, k):
                continue
            if self._excused(tok, low):
                continue
            cands = self._candidates(word)
            hint = f"; did you mean “{cands[0].word}”?" if cands else "."
            yield self._finding(
                tok, "Spelling.NonWord", "info", DAMAGED_PAGE_CONFIDENCE,
                f"“{word}” is not in the {self.language} word list, on a page where many words are "
                f"damaged{hint}", cands)

    def _unit_finding(self, tok, unit: Candidate) -> Finding:
        return self._finding(tok, "OCR.GluedWords", "warning" if self.calibrated else "info",
                             GLUED_UNIT_CONFIDENCE,
                             f"“{tok.text}” looks like a unit run into the next word: “{unit.word}”.", [unit])

    def _unknown(self, tok, names_near: bool = False) -> Iterator[Finding]:
        cands = self._candidates(tok.text)
        if names_near and not cands:
            return
        if not cands:
            yield self._finding(tok, "Spelling.NonWord", "info", 0.3,
                                f"“{tok.text}” is not in the {self.language} word list.", ())
            return
        best = cands[0]
        margin = best.score - cands[1].score if len(cands) > 1 else 9.0
        zipf = _zipf(best.frequency)
        strong = self.calibrated and zipf >= WARN_FIX_ZIPF and (
            (best.cost <= WARN_MAX_COST and margin >= WARN_MARGIN) or best.score >= WARN_SCORE)
        rule = _rule_for(best)
        if rule == "OCR.Confusion" and not strong:
            strong = self.calibrated and zipf >= OCR_WARN_FIX_ZIPF and margin >= WARN_MARGIN
        if rule == "OCR.GluedWords" and hides_function_word(best.word, self.lexicon):
            # the pair is as rare as its rarer word: its frequency says little
            strong = self.calibrated and (strong or margin >= WARN_MARGIN)
        elif rule == "OCR.GluedWords":
            if content_words_glued(best.word, self.lexicon):
                strong = self.calibrated and margin >= WARN_MARGIN
            elif self.calibrated and margin >= WARN_MARGIN and \
                    phrase_words_glued(tok.text, best.word, self.lexicon):
                # a clear lead only: a weak one leaves the word to the
                # other readings (disclo: disc lo, or disclosed cut short)
                strong = True
            else:
                rule, strong = "Spelling.NonWord", False
        if not strong and rule != "OCR.GluedWords" and self.calibrated:
            completion = self._completion(tok.text)
            if completion is not None:
                cands = [completion, *(c for c in cands if c.word != completion.word)][:3]
                best, rule, strong = completion, "Spelling.NonWord", True
                zipf, margin = _zipf(best.frequency), 1.0
        if not strong and self.calibrated and not _restores_one_letter(best):
            # a weak first reading (a split no better than a misspelling,
            # ``entra on``, ``natural ida``; a letter too many, ``revelar``)
            # stands aside for a word that lost a letter behind it, judged
            # as if it came first: damage drops letters far more often
            # than it adds them or glues words
            restored = next((c for c in cands if _restores_one_letter(c)), None)
            if restored is not None and _zipf(restored.frequency) >= DROPPED_LETTER_ZIPF:
                best, zipf, margin = restored, _zipf(restored.frequency), 1.0
                rule = "Spelling.NonWord"
                cands = [restored, *(c for c in cands if c is not restored)]
        if not strong and self.calibrated and _restores_one_letter(best) and zipf >= DROPPED_LETTER_ZIPF:
            strong = True
        if strong and self._foreign_neighbour(tok):
            strong = False
        if names_near and (not strong or rule == "OCR.GluedWords"):
            return  # company names read as glue: Excelan, Pittway
        confidence = _clamp(0.45 + 0.1 * (zipf - 3) + 0.1 * min(margin, 3) - 0.3 * best.cost)
        what = {
            "Spelling.Accent": "has lost its accent",
            "OCR.Confusion": "looks misread by OCR",
            "OCR.GluedWords": "looks like two words run together",
            "Spelling.NonWord": "is not a known word",
        }[rule]
        cands = self._by_place(tok, rule, cands)
        best = cands[0]
        yield self._finding(
            tok, rule, "warning" if strong else "info", confidence if strong else min(confidence, 0.5),
            f"“{tok.text}” {what}; did you mean “{best.word}”?", cands,
        )

    def _glued_unit(self, tok) -> Candidate | None:
        """``30 mln dlrsof its``, ``19 ctsa share``: a newswire unit run into
        a common word or another unit (``glue.glued_unit``), right after an
        amount (a figure, or a scale after one)."""
        pair = glued_unit(tok.text.lower(), self.lexicon)
        if pair is None or not self._after_amount(tok):
            return None
        unit, rest = pair
        return Candidate(match_case(tok.text, f"{unit} {rest}"), DEFAULT_COSTS.split,
                         self.lexicon.frequency(rest), 0.0, ("split",))

    def _misread_unit(self, tok) -> Candidate | None:
        """``128 mln cllrs``: a newswire unit (the profile's written units)
        with one OCR look-alike in it, right after an amount. The units are
        too rare in the word list for ``suggest`` to offer them."""
        units = self.profile.written_units
        low = tok.text.lower()
        if not units or not self._after_amount(tok):
            return None
        for orig, seen in OCR_PAIRS:
            at = low.find(seen)
            while at != -1:
                reading = low[:at] + orig + low[at + len(seen):]
                if reading in units:
                    return Candidate(match_case(tok.text, reading), DEFAULT_COSTS.ocr,
                                     self.lexicon.frequency(reading), 0.0, (f"ocr:{orig}>{seen}",))
                at = low.find(seen, at + 1)
        return None

    def _after_amount(self, tok) -> bool:
        """Does a figure, or a scale after one (``30 mln``), stand right
        before ``tok``?"""
        toks = self.doc.tokens
        k = bisect_left(toks, (tok.start,)) - 1
        if k >= 1 and toks[k].kind == "word" and toks[k].text.lower() in _SCALES:
            k -= 1
        return k >= 0 and toks[k].kind == "number"

    def _cut_of_common(self, low: str) -> bool:
        """Is ``low`` the start of a word of the language at least
        ``FOREIGN_CUT_ZIPF`` common (``dividen``: ``dividend``)?"""
        completion = self._completion(low)
        return completion is not None and _zipf(completion.frequency) >= FOREIGN_CUT_ZIPF

    def _completion(self, word: str) -> Candidate | None:
        """The commonest listed word that ``word`` is the start of
        (``tendenc`` -> ``tendencia``), when it is common: a word cut short.
        None for a stub too short to tell."""
        low = word.lower()
        if len(low) < CUT_MIN_LETTERS or not low.isalpha():
            return None
        freq = self.lexicon.frequencies
        longer = completions(low, self.lexicon, CUT_MAX_LOST, floor=0.0)
        if not longer:
            return None
        best = max(longer, key=lambda w: (freq[w], w))
        if _zipf(freq[best]) < (CUT_LONG_FIX_ZIPF if len(low) >= CUT_LONG_LETTERS else CUT_FIX_ZIPF):
            return None
        # scored as ``suggest`` scores its own (``fragment_order`` keeps an
        # offered candidate's score, and weighs the others' against it)
        return Candidate(match_case(word, best), DEFAULT_COSTS.drop, freq[best],
                         channel_score(freq[best], DEFAULT_COSTS.drop), ("cut",))

    def _stripped(self, tok, f: float, accented: str) -> Iterator[Finding]:
        """A listed word whose accented twin is far commoner: ``informacion``
        is common on the web, but in edited copy it is ``información``."""
        ratio = self.lexicon.frequency(accented) / f
        if ratio < ACCENT_RATIO:
            return
        strong = self.calibrated and ratio >= ACCENT_WARN_RATIO
        cand = Candidate(match_case(tok.text, accented), DEFAULT_COSTS.accent_lost,
                         self.lexicon.frequency(accented), 0.0, ("accent",))
        yield self._finding(
            tok, "Spelling.Accent", "warning" if strong else "info", 0.75 if strong else 0.4,
            f"“{tok.text}” has lost its accent: “{cand.word}” is {ratio:.0f} times as common.",
            [cand],
        )

    def _half_of_split(self, tok) -> bool:
        """``gobier no``, ``no-\nmination``: joined with a neighbour it is a
        common word."""
        words = self.doc.words
        k = self._word_at(tok)
        if k is None:
            return False
        pairs = []
        if k:
            pairs.append((words[k - 1], tok))
        if k + 1 < len(words):
            pairs.append((tok, words[k + 1]))
        return any(len(self.doc.text[a.end:b.start]) <= 2 and self.lexicon.zipf(a.text + b.text) >= 3.0
                   for a, b in pairs)

    def _foreign_neighbour(self, tok) -> bool:
        """Another unlisted lower-case word within two words: a phrase in a
        language we did not detect (``Le génie lesbien``) more often than
        two independent slips. A word the tagging dictionary lists is the
        language's own (``aseguróque no confiscará``), and so is a listed
        word with one of its affixes (``reoffering priceof``, ``agreeingto
        recharacterize``)."""
        words = self.doc.words
        k = self._word_at(tok)
        if k is None:
            return False
        freq = self.lexicon.frequencies
        for other in words[max(0, k - 2):k] + words[k + 1:k + 3]:
            low = other.text.lower()
            if other.text[:1].islower() and len(low) > 2 and low not in freq and (
                    not self._dictionary_lists(low) and not derived_known(low, self.lexicon)):
                return True
        return False

    def _word_at(self, tok) -> int | None:
        """The index of ``tok`` among the document's words, None if not
        one: a binary search of the words (tuples in offset order), since
        only a few words of a document are asked."""
        words = self.doc.words
        k = bisect_left(words, (tok.start,))
        return k if k < len(words) and words[k].start == tok.start else None

    def _rare(self, tok, f: float) -> Iterator[Finding]:
        """A listed but rare form: flagged only as a known misspelling of a far
        more common word (wordfreq lists web misspellings: informacion, goverment).

        Accent variants are cheap to look up, so every rare word gets them;
        the one-edit search is kept for the rarest, where misspellings live.
        """
        glued = self._listed_glue(tok, f)
        if glued is not None:
            yield glued
            return
        reach = 1 if f < 10 ** (RARE_ZIPF - 9) else 0
        if reach == 0 and not self.accented:
            return
        cands = self._candidates(tok.text, real_word=True, reach=reach, max_cost=WARN_MAX_COST,
                                 min_frequency=f * RARE_RATIO)
        if not cands:
            return
        best = cands[0]
        rule = _rule_for(best)
        strong = self.calibrated and _zipf(best.frequency) >= WARN_FIX_ZIPF and (
            rule == "Spelling.Accent" or best.cost <= 0.7)
        cands = self._by_place(tok, rule, cands)
        best = cands[0]
        yield self._finding(
            tok, rule, "warning" if strong else "info", 0.7 if strong else 0.4,
            f"“{tok.text}” is a rare variant; the usual spelling is “{best.word}”.", cands,
        )

    def _camel(self, tok, m) -> Iterator[Finding]:
        left, right = m.group(1), m.group(2)
        if not (self.lexicon.known(left) and self.lexicon.known(right)):
            return
        yield self._split_finding(tok, f"{left} {right}")

    def _split_finding(self, tok, pair: str) -> Finding:
        """Two words run together at a capital (``thirdQuarter``,
        ``deAristegui``): the space put back."""
        return Finding(
            rule="OCR.GluedWords", category="ocr", severity="warning" if self.calibrated else "info",
            start=tok.start, end=tok.end,
            message=f"“{tok.text}” runs two words together; a space was lost: “{pair}”.",
            confidence=0.8,
            fixes=(Fix(tok.start, tok.end, pair, 0.8, "unsafe", "split"),),
        )

    def _by_place(self, tok, rule: str, cands: list[Candidate]) -> list[Candidate]:
        """A calibrated non-word's repairs in the order its place gives (a
        cut-off word's completion: ``las célul`` -> ``células``, not the
        commoner ``célula``), those the story writes raised before the
        first three are kept (``story_ranked``); the flag, its strength and
        confidence stand."""
        if not self._placed(rule):
            return cands
        # a fragment read as two words (``agreeme``: ``agree me``) is
        # weighed against its completions by the word model, the split
        # read as its two words (no model: ``suggest``'s order)
        placed = fragment_order.ordered(self.doc, tok.start, tok.end, cands, self.lexicon,
                                        read_splits=rule == "OCR.GluedWords")
        return story_ranked(placed, self.doc.story_words, self.lexicon.zipf)[:3]

    def _placed(self, rule: str) -> bool:
        """Are ``rule``'s repairs ordered by their place and the story?"""
        return self.calibrated and rule in ("Spelling.NonWord", "OCR.GluedWords")

    def _finding(self, tok, rule, severity, confidence, message, cands) -> Finding:
        weights = [10 ** c.score for c in cands]
        total = sum(weights) or 1.0
        fixes = tuple(
            Fix(tok.start, tok.end, c.word, round(confidence * w / total, 3), "unsafe",
                " ".join(c.operations))
            for c, w in zip(cands, weights)
        )
        return Finding(
            rule=rule, category="spelling" if rule.startswith("Spelling") else "ocr",
            severity=severity, start=tok.start, end=tok.end, message=message,
            confidence=round(confidence, 3), fixes=fixes,
            # "echoed": the story's words weighed already (qa.originals leaves them)
            data={"candidates": [c.word for c in cands], **({"echoed": True} if self._placed(rule) else {})},
        )


def _rule_for(best: Candidate) -> str:
    ops = best.operations
    if ops == ("split",):
        return "OCR.GluedWords"
    if ops and all(op.startswith("accent:") for op in ops):
        return "Spelling.Accent"
    if ops and all(op.startswith(("ocr:", "accent:")) for op in ops) and any(
            op.startswith("ocr:") and len(op) > len("ocr:a>b") for op in ops):
        # Multi-letter look-alikes (rn>m, cl>d) are OCR's signature; single
        # swaps such as e>c are as often typing slips: plain misspellings.
        return "OCR.Confusion"
    return "Spelling.NonWord"


def _restores_one_letter(best: Candidate) -> bool:
    return len(best.operations) == 1 and best.operations[0].startswith("insert:")


def _zipf(f: float) -> float:
    return round(math.log10(f) + 9, 2) if f > 0 else 0.0


def _clamp(x: float, lo: float = 0.3, hi: float = 0.95) -> float:
    return max(lo, min(hi, x))
