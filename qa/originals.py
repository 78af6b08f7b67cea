"""The likely originals of a damaged word, ranked by how well they mend its sentence.

(``qa.text.suggest`` proposes corrections for one word; ``qa.fix`` plans and
applies edits; this module ranks a merged span's words by sentence evidence.)

``qa.text.suggest`` proposes words that the damaged one is a likely damaged
form of, scored by frequency and damage cost. A sentence-level repair
needs more: the right candidate also makes the evidence go away. Each
candidate is put into the sentence and the offline signal checkers
(agreement, register, real-word) run again on that sentence; each signal
it clears is worth ``CLEAR_BONUS`` zipf points (a hundredfold in
frequency), each it adds costs as much. With LanguageTool running, the best
few are also re-checked there (``RECHECKS`` calls at most per word) and
rewarded for clearing its matches.

    score = suggest score (zipf - 3 x damage cost)
          + CLEAR_BONUS x (offline signals cleared) + LT_BONUS x (LT matches cleared)
          - PERSON_PENALTY if the candidate is a first-person verb outside quotes
          - LOOK_ALIKE_PENALTY if it reads an OCR look-alike back
          - a charge if it puts another letter in a letter's place (half that
            for a letter of the same sound: qa.text.damage.replacement_charge)
          - EXTRA_LETTER_PENALTY if it takes a letter out (twice that, without
            a word model, out of a word the dictionary knows no reading of)

News narrates in the third person, hence the last term: ``los culpo``
mends the agreement as well as ``los culpó`` does, but a reporter writes
the second. For a language with a context model
(``qa.checkers.context_word``), the candidate's fit with its neighbours (a
log10 likelihood ratio over the word's, capped at ``WORD_FIT_CAP``) takes the
place of its bare frequency (its zipf gain over the word): ``from`` before
``for`` in ``went form the city``. Confidence is a softmax over the final
scores.
"""
from __future__ import annotations

import math
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter
from typing import AbstractSet, Any, Callable

from .checkers.agreement import agrees
from .checkers.context_word import damage_steps, fit_and_place
from .checkers.fragment_order import AGREEMENT_WEIGHT
from .checkers.tagcontext import candidates as class_candidates, class_fits, unknown_to_classes, word_classes
from .document import Document
from .echoed_first import echoed_first, echoed_fixes
from .evidence import OfflineSignals
from .lexicon import Lexicons
from .model import Finding, Fix, one_per_edit
from .placed_first import has_word_beside, placed_first, placed_originals
from .text.damage import EXTRA_LETTER_PENALTY, FRAGMENT_LETTER_FACTOR, replacement_charge
from .text.quotes import inside_quotes
from .text.suggest import REAL_WORD_COST_WEIGHT, Candidate, suggest

# Score terms in zipf points, hand-set; docs/garble.md ("Ranked repairs")
# reports the ranking they give on the seed sentence, with and without
# LanguageTool.
CLEAR_BONUS = 2.0
LT_BONUS = 1.5
PERSON_PENALTY = 0.75
# A candidate's fit in context (a log10 likelihood ratio from the word
# n-gram model) counts at par with zipf points; capped either way so one
# n-gram cannot outvote every other signal. At 4.0 a cut-off end's
# completion and a shorter word both reached the cap beside an unlikely
# fragment (common sto: stock and to), and the shorter won on frequency;
# on the calibration half 6.0 put 4 more cut-off ends of 150 and 1 more
# dropped letter right first (8.0 gave the same).
WORD_FIT_CAP = 6.0
# With a word model, a candidate's damage price counts this many zipf
# points a unit (``suggest`` counts REAL_WORD_COST_WEIGHT, 3.0; the context
# check itself 1.0 log10 point): at 3.0 a completion priced as a fragment's
# (0: ``side`` for ``sid``, ``quality`` for ``qual``) outranked the lost
# letter the fit prefers by more (``said``, ``equal``: 0.7). On the
# calibration half (damage seeds 41 and 53) 1.5 to 2.0 put 1 and 3 more
# dropped letters right first; 1.0 lost two (``tat`` -> ``that``, ``sad``
# -> ``said``) for one cut-off end (docs/context-models.md).
FIT_COST_WEIGHT = 2.0
# The cap for the fit of a word class (below).
CLASS_FIT_CAP = 4.0
# The share of each class's log10 prior taken out of its fit
# (``tagcontext.class_fits``): the score adds the candidate's frequency,
# which holds its class's prior already, so a word whose readings few words
# share was charged its class's rarity twice (``contr la`` -> ``contar``
# before ``contra``, ``no fue ada sutil`` -> ``cada`` before ``nada``). All
# of it taken out put 7 and 10 more cut-off ends and dropped letters right
# first (damage seeds 71 and 73), but spared the first and second persons
# the rarity news gives them and the web frequencies do not (``Sony emp
# esta`` -> the subjunctive ``empate``); half of it keeps those and put 7
# and 6 more right first, one lost accent fewer with each seed
# (docs/context-models.md).
CLASS_PRIOR_SHARE = 0.5
# A candidate its place asks for (``context_word.fit_and_place``: ``said it
# sign`` asks ``signed``, ``Erk sid the`` asks ``said``) gains this share of
# the credit the context check gives it, past the cap on its fit: the check
# credits a place to clear its margins, the ranking to choose between
# candidates that cleared them (``signed``, not ``signals``).
PLACE_WEIGHT = 0.5
# Without a word model, the fit of the candidate's word class (a trigram
# model of classes, qa.checkers.tagcontext) is added to its score, capped
# the same way: "mundo" (a noun) for "mun" in "del mun ya", not "un".
CLASS_FIT_WEIGHT = 1.0
# A look-alike read back (qa.text.damage's OCR pairs, 0.4) is the cheapest
# step after a lost accent, yet OCR damage rarely leaves a real word, and a
# span's suspects mostly are words (the English check asks such a
# candidate for more gain too). One zipf point is a third of a cost unit at
# suggest's weight of 3, so the look-alike stands near a lost letter (0.7):
# "el proceso conta su cliente" is mended to "contra", not "canta". On the
# calibration half: 4 more Spanish real-word repairs right first of 442,
# none fewer (0.5 gave 3, 2.0 gave 5 and one typo).
LOOK_ALIKE_PENALTY = 1.0
# A candidate that takes a letter out is charged EXTRA_LETTER_PENALTY zipf
# points, FRAGMENT_LETTER_FACTOR times that out of a fragment: the damage
# model's charges (qa.text.damage), which fragment_order reads too.
CANDIDATES = 12  # asked of suggest()
RECHECKS = 3  # LanguageTool calls per word, at most
MAX_SUSPECTS = 2  # words per span that get ranked repairs
MAX_RANKED_SPANS = 6  # spans per document that get ranked repairs
RANKED_KEPT = 5  # ranked repairs kept per suspect word
# ... of the ranking's first this many, those the document writes raised first
ECHO_POOL = 12
# Evidence that blames one word, whose repair may clear it; a repeat's
# original cannot be recovered from the text, so repeats are left out.
_SUSPECT_FAMILIES = ("agreement", "register", "spelling", "grammar", "context")
CONTEXT = 200  # characters of the sentence kept on each side of the word when re-checking


@dataclass(frozen=True)
class SentenceJudge:
    """What ranking originals may ask, built once per run by the pipeline:
    the offline signals about a sentence, and a recheck with the grammar
    server (None when grammar is off)."""

    lexicons: Lexicons
    signals: OfflineSignals
    # recheck(text, language) -> LanguageTool matches with code-point start/end
    recheck: Callable[[str, str], list[dict[str, Any]]] | None = None


@dataclass(frozen=True)
class Original:
    word: str
    score: float
    confidence: float
    cost: float
    cleared: tuple[str, ...]  # signals the candidate makes go away
    added: tuple[str, ...]  # signals it brings in

    def to_dict(self) -> dict[str, Any]:
        return {"word": self.word, "score": round(self.score, 2), "confidence": round(self.confidence, 3),
                "cost": self.cost, "cleared": list(self.cleared), "added": list(self.added)}


_START = attrgetter("start")


def _previous_word(doc: Document, start: int) -> str | None:
    toks = doc.tokens
    i = bisect_left(toks, start, key=_START)
    if i > 0 and toks[i - 1].kind == "word" and not doc.text[toks[i - 1].end:start].strip():
        return toks[i - 1].text
    return None


def rank_originals(
    doc: Document,
    start: int,
    end: int,
    judge: SentenceJudge,
    lt_before: int = 0,
    limit: int = RANKED_KEPT,
    memo: dict | None = None,
) -> list[Original]:
    """Candidates for ``doc.text[start:end]``, best first; equal scores are
    ordered by damage cost, then by the word, so the ranking never depends
    on the order of a set.

    ``judge.signals`` tells the families of the offline signals touching
    a span of a document; it is asked about the original sentence and each
    candidate sentence. The offline ranking depends only on the sentence,
    the word's place in it, whether it is quoted and the word before it:
    with a ``memo`` (a dict kept by the caller for the run), it is worked
    out once per such key. A ranking that the grammar server re-checks is
    never kept.
    """
    word = doc.text[start:end]
    lang = doc.language
    if not lang:
        return []
    lex = judge.lexicons[lang]
    first_person = lex.profile.first_person
    cands = suggest(word, lex, limit=CANDIDATES, max_cost=2.5, real_word=True)
    if not cands:
        return []
    zipf = lex.zipf(word)
    s_start, s_end = _context(doc.text, start, end, *doc.sentence_of(start))
    sentence = doc.text[s_start:s_end]
    rel = start - s_start
    quoted = inside_quotes(doc, start, end)
    prev = _previous_word(doc, start)
    recheck = judge.recheck
    rechecked = recheck is not None and lt_before
    key = (sentence, rel, word, quoted, prev, limit)
    if memo is not None and not rechecked and key in memo:
        return list(memo[key])

    def sentence_with(replacement: str) -> tuple[Document, int, int]:
        text = sentence[:rel] + replacement + sentence[rel + (end - start):]
        sub = Document(text=text, language=lang)
        return sub, rel, rel + len(replacement)

    class_fit = class_fits(doc, start, end, lex, CLASS_PRIOR_SHARE)
    fragment = class_fit is not None and unknown_to_classes(word, lex)
    steps = class_candidates(word.lower(), lex) if class_fit is not None else damage_steps(word.lower(), lex)
    cands = _damage_steps(word, cands, steps, lex)
    base_doc, a, b = sentence_with(word)
    before = judge.signals.families_at(base_doc, a, b)
    scored: list[list[Any]] = []
    for cand in cands:
        sub, a, b = sentence_with(cand.word)
        after = judge.signals.families_at(sub, a, b)
        cleared = [s for s in before if s not in after]
        added = [s for s in after if s not in before]
        if "agreement" in cleared and not (prev and agrees(prev, cand.word, lex)):
            # The agreement check stays silent on what it cannot judge ("los
            # cual", "los cul"); only a positive verdict counts as a repair.
            cleared.remove("agreement")
        score = cand.score + CLEAR_BONUS * (len(cleared) - len(added))
        if any(op.startswith("ocr:") for op in cand.operations):
            score -= LOOK_ALIKE_PENALTY
        score -= replacement_charge(cand.operations)
        if first_person is not None and not quoted and first_person(cand.word, lex):
            score -= PERSON_PENALTY
        fitted = fit_and_place(doc, start, end, cand.word, lex)
        if fitted is not None:
            fit, credit = fitted
            score += (max(-WORD_FIT_CAP, min(WORD_FIT_CAP, fit)) + PLACE_WEIGHT * credit
                      - (math.log10(cand.frequency) + 9 - zipf)
                      + (REAL_WORD_COST_WEIGHT - FIT_COST_WEIGHT) * cand.cost)
        elif class_fit is not None:
            class_gain = max(-CLASS_FIT_CAP, min(CLASS_FIT_CAP, class_fit(cand.word)))
            if "agreement" in cleared:
                # a candidate that clears an agreement clash was paid for the
                # same fact (the class after a determiner) already, but still
                # pays where its classes fit badly: ``los medio`` agrees as a
                # clitic and a verb, yet before ``calcularon`` the plural
                # noun ``medios`` fits (seeds 263 and 271: one more cut-off
                # end right first each, none fewer)
                score += CLASS_FIT_WEIGHT * min(class_gain, 0.0)
            else:
                # one that leaves the clash standing does not fit, whatever
                # its class says (the classes have no gender, and "las
                # elección" reads as a determiner and a noun)
                if "agreement" in before:
                    class_gain = min(class_gain, 0.0)
                score += CLASS_FIT_WEIGHT * class_gain
                # the classes have no gender: the word before says whether the
                # candidate agrees with it (``afición mexican``: ``mexicana``),
                # weighed as a fragment's repairs are (qa.checkers.fragment_order)
                verdict = agrees(prev, cand.word, lex) if prev and "agreement" not in before else None
                if verdict is not None:
                    score += AGREEMENT_WEIGHT if verdict else -AGREEMENT_WEIGHT
        if any(op.startswith("delete:") for op in cand.operations):
            score -= EXTRA_LETTER_PENALTY * (FRAGMENT_LETTER_FACTOR if fragment else 1.0)
        scored.append([cand, score, cleared, added])
    scored.sort(key=_rank_key)

    if rechecked:
        for row in scored[:RECHECKS]:
            sub, a, b = sentence_with(row[0].word)
            try:
                matches = recheck(sub.text, lang)
            except Exception:  # the server went away: keep the offline ranking
                break
            near = sum(1 for m in matches if m["start"] < b + 1 and a - 1 < m["end"])
            row[1] += LT_BONUS * (lt_before - near)
            if near < lt_before:
                row[2] = [*row[2], "languagetool"]
        scored.sort(key=_rank_key)

    top = scored[:limit]
    peak = max(r[1] for r in top)
    weights = [math.exp(r[1] - peak) for r in scored]
    total = sum(weights)
    repairs = [
        Original(word=c.word, score=s, confidence=round(w / total, 3), cost=c.cost,
               cleared=tuple(cl), added=tuple(ad))
        for (c, s, cl, ad), w in zip(top, weights)
    ]
    if memo is not None and not rechecked:
        memo[key] = tuple(repairs)
    return repairs


def _damage_steps(word: str, offered: list[Candidate], steps, lex) -> list[Candidate]:
    """``offered`` and the words one damage step away that a context check
    tries (``steps``: (candidate, cost); a cut-off end of up to three
    letters put back: ``mun`` -> ``mundo``, ``whi`` -> ``which``), scored
    the way ``suggest`` scores. A step that ``suggest`` offered at a higher
    price takes the step's: ``suggest`` prices ``labor`` -> ``labores`` as
    two lost letters, a cut-off end as one damage."""
    priced = {cand: cost for cand, cost in steps}
    title = word[:1].isupper()
    out = []
    for c in offered:
        cost = priced.pop(c.word.lower(), c.cost)
        out.append(c if cost >= c.cost else _candidate(c.word, cost, lex))
    out += [_candidate(cand.capitalize() if title else cand, cost, lex) for cand, cost in priced.items()]
    return out


def _candidate(word: str, cost: float, lex) -> Candidate:
    low = word.lower()
    return Candidate(word, cost, lex.frequency(low), round(lex.zipf(low) - REAL_WORD_COST_WEIGHT * cost, 3), ())


def _context(text: str, start: int, end: int, s_start: int, s_end: int) -> tuple[int, int]:
    """The span a candidate is re-checked in: the word's sentence, cut to
    about ``CONTEXT`` characters each side at a space. The offline signals
    look a few words around the word, and every candidate re-checks this
    span, so an unpunctuated 1 MB "sentence" must not be re-checked whole.

    >>> _context("a " * 300 + "X" + " b" * 300, 600, 601, 0, 1201)
    (402, 799)
    """
    if s_end <= s_start:
        return start, end
    if start - s_start > CONTEXT:
        space = text.find(" ", start - CONTEXT, start)
        if space != -1:
            s_start = space + 1
    if s_end - end > CONTEXT:
        space = text.rfind(" ", end, end + CONTEXT)
        if space != -1:
            s_end = space
    return s_start, s_end


def _rank_key(row: list) -> tuple:
    cand, score = row[0], row[1]
    return (-score, cand.cost, cand.word)


def add_originals(doc: Document, findings: list[Finding], judge: SentenceJudge) -> list[Finding]:
    """``findings`` with ranked repairs added to the first ``MAX_RANKED_SPANS``
    findings made of signals (merged spans, seconded words): for each
    suspect word the three likeliest originals as fixes (the top one
    ``unsafe`` when the span is an error, the rest display-only), ahead of
    the fixes the span took from its signals (less those that conflict with
    the top one), and named at the end of its message."""
    out: list[Finding] = []
    mended = 0
    memo = judge.lexicons[doc.language].memo("originals.ranked", 20_000) if doc.language else None

    zipf = judge.lexicons[doc.language].zipf if doc.language else None
    for f in findings:
        if not f.evidence or mended >= MAX_RANKED_SPANS:  # a merged span, a seconded word
            if (not f.evidence and f.roles.word_level and len(f.fixes) > 1 and zipf is not None
                    and not f.data.get("echoed")):
                f = f.with_(fixes=echoed_fixes(f.fixes, doc.story_words, zipf))
            out.append(f)
            continue
        mended += 1
        fixes: list[Fix] = []
        ranked: dict[str, list[dict]] = {}
        named = _named_originals(f.evidence)
        placed = placed_originals(f.evidence)
        lex = judge.lexicons[doc.language]
        classes = word_classes(lex) if placed else None
        for s, e in _suspects(doc, f.evidence):
            lt_before = sum(1 for g in f.evidence if g.roles.grammar_server and g.start < e
                            and s < g.end)
            # the echo reads deeper than the list kept: a repair the story
            # writes may rank past the first few on one sentence alone; not
            # one the word before rules out (the story's ``mexicano`` is no
            # repair of ``la selección mexican``)
            pool = rank_originals(doc, s, e, judge, lt_before=lt_before, memo=memo, limit=ECHO_POOL)
            prev = _previous_word(doc, s)
            repairs = echoed_first(pool, _echoable(doc, prev, pool, lex), zipf)[:RANKED_KEPT]
            # a naming signal that agrees with the ranking's first keeps it there
            agreed = (s, e) in named and repairs and repairs[0].word == named[(s, e)]
            if ((s, e) in placed and classes is not None and not agreed and has_word_beside(doc, s, e)
                    and not _ruled_out_after(prev, placed[(s, e)], lex)):
                repairs = placed_first(repairs, placed[(s, e)], doc.text[s:e], classes.word_symbol)
            if (s, e) in named:
                repairs = _named_first(repairs, named[(s, e)], doc.text[s:e])
            word = doc.text[s:e]
            ranked[word] = [r.to_dict() for r in repairs]
            for i, r in enumerate(repairs[:3]):
                applicability = "unsafe" if i == 0 and f.severity == "error" else "display"
                why = f"clears {', '.join(r.cleared)}" if r.cleared else "a likely original"
                fixes.append(Fix(s, e, r.word, round(f.confidence * r.confidence, 3),
                                 applicability, f"“{word}” → “{r.word}” ({why})"))
        originals = [f"likely original of “{w}”: " + ", ".join(f"“{r['word']}”" for r in rs[:3])
                     for w, rs in ranked.items() if rs]
        message = "; ".join([f.message, *originals])
        # One ranked list: the likely originals, then the signals' own fixes
        # that leave the top original's word alone.
        # An edit both lists offer is offered once (``one_per_edit``).
        kept = [x for x in f.fixes if not (fixes and x.conflicts(fixes[0]))]
        out.append(f.with_(fixes=one_per_edit((*fixes, *kept)), message=message,
                           data={**f.data, "repairs": ranked}))
    return out


# Signals whose one repair the dictionary's readings name (a determiner in
# its noun's gender: "el primera relación" -> "la"). A determiner swapped
# for its neighbour is no letter damage, so the ranking's candidates do not
# hold it ("él", "lo", "al" for "el"); when they do not, the named repair
# comes first. When they do, the ranking has weighed it already: on the
# calibration half, putting it first there too lost five cut-off ends and
# dropped letters the ranking had right ("sufri" is "sufrió", not "sufrí");
# an accent put back is always among them, so it is never named first. A
# cut end or a dropped letter a slot's fact names (a fixed expression, an
# infinitive after "de", a perfect's participle) comes first unless the
# ranking's own first puts an accent back ("de musica": "música", not the
# named "musicar"): without a word model the ranking weighs those on
# frequency ("re" before "rueda" in "en rue de prensa"). Damage seeds 41
# and 53: 4 and 3 more cut-off ends and dropped letters right first, none
# fewer (docs/context-models.md). Such signals say so in their rule's
# roles (``names_original``).


def _echoable(doc: Document, prev: str | None, repairs: list[Original], lex) -> AbstractSet[str]:
    """The document's words (``doc.story_words``) that may raise a repair
    of a word after ``prev`` (the word before it, if any): all but the
    repairs ``prev`` rules out (``_ruled_out_after``)."""
    ruled = {r.word.lower() for r in repairs
             if r.word.lower() in doc.story_words and _ruled_out_after(prev, r.word, lex)}
    return doc.story_words - ruled if ruled else doc.story_words


def _ruled_out_after(prev: str | None, word: str, lex) -> bool:
    """Does ``prev``, the word before, rule ``word`` out by the language's
    agreement verdict (a verb after a determiner that is never a pronoun:
    ``cuya demandó``; a plural after a singular determiner: ``su
    orígenes``)? The class trigrams read the relative possessive as a
    relative, after which a verb fits, and they have no number or gender
    of their own; the agreement routine knows both."""
    return bool(prev) and agrees(prev, word, lex) is False


def _named_originals(evidence: tuple[Finding, ...]) -> dict[tuple[int, int], str]:
    """(start, end) of a word -> the original a naming signal gives it."""
    return {(g.start, g.end): g.fixes[0].replacement for g in evidence
            if g.roles.names_original and g.fixes}


def _named_first(repairs: list[Original], word: str, damaged: str) -> list[Original]:
    """``repairs`` with ``word`` first, at the top one's score and
    confidence, when the ranking did not find it, or when it puts letters
    back that a slot's fact settles (``rue de prensa``: ``rueda``, not
    ``re``; ``ha dejado de funciona``: ``funcionar``, not ``funcionario``)
    and the ranking's first is no accent put back."""
    if repairs and repairs[0].word == word:
        return repairs
    plain = _unaccented(damaged)
    found = next((r for r in repairs if r.word == word), None)
    if _letter_damage_of(_unaccented(word), plain):
        # an accent put back is the ranking's own candidate, weighed there
        # ("sufri" is "sufrió", not the named "sufrí"); so is a cut end or a
        # dropped letter when the ranking's first is an accent put back
        # ("de musica" names the infinitive "musicar": "música")
        if _unaccented(word) == plain or (repairs and _unaccented(repairs[0].word) == plain):
            return repairs
    elif found is not None:
        return repairs
    top = repairs[0] if repairs else None
    named = Original(word=word, score=top.score if top else 0.0,
                     confidence=top.confidence if top else 1.0,
                     cost=found.cost if found else 0.0,
                     cleared=(*(found.cleared if found else ()), "named"),
                     added=found.added if found else ())
    return [named, *(r for r in repairs if r.word != word)]


def _letter_damage_of(original: str, damaged: str) -> bool:
    """Whether ``damaged`` is ``original`` with its accents lost, its end cut
    or one letter dropped: the damage the ranking's candidates undo."""
    if original == damaged or (len(damaged) < len(original) and original.startswith(damaged)):
        return True
    return len(original) == len(damaged) + 1 and any(
        original[:i] + original[i + 1:] == damaged for i in range(len(original)))


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def _suspects(doc: Document, evidence: tuple[Finding, ...]) -> list[tuple[int, int]]:
    """Single words that may have been damaged, most signals first. Repeats are
    left out (their original cannot be recovered from the text), and so are
    multi-word spans with no named suspect (a LanguageTool match on "los culo")."""
    votes: dict[tuple[int, int], int] = {}
    for f in evidence:
        if f.roles.family in _SUSPECT_FAMILIES:
            s, e = f.suspect_span
            if not doc.text[s:e].isalpha():
                continue
            votes[(s, e)] = votes.get((s, e), 0) + 1
    return sorted(votes, key=lambda k: (-votes[k], k))[:MAX_SUSPECTS]
