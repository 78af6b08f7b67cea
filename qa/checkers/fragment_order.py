"""The order of a non-word's repairs by its place: a cut-off word's completion first.

``Spelling.NonWord`` asks ``qa.text.suggest`` for a non-word's repairs: a
noisy channel over word frequencies that never looks at the sentence. A
word cut short (``las célul``, ``its June meeti.``) has many completions,
and ``suggest`` prices each lost letter of an end as a dropped letter, so
the commonest short word near the fragment comes first (``célula``,
``meet``), or a split (``real id`` for ``realid``), where the place asks
for the plural or the gerund a cut took the end of (``células``,
``meeting``).

Here the finding's candidates, with the fragment's completions (the
common words it is the start of, up to three letters longer:
``qa.text.probes.completions``, a cut-off end priced as one damage,
``CUT_COST``), are weighed the way a span's repairs are
(``qa.originals.rank_originals``) by what the place says of each:

- with a word model (English), the log10 likelihood of the n-grams that
  read the candidate in the place (which holds its frequency), against the
  best candidate's, capped at ``FIT_CAP`` below it, less ``FIT_COST_WEIGHT``
  times its damage price; a candidate the model does not know (a split)
  stands at the cap;
- with a class model (Spanish), the candidate's noisy-channel score (zipf
  less ``COST_WEIGHT`` times the price) plus the fit of its class in the
  place (``qa.checkers.tagcontext.class_fits``, half of each class's prior
  out), capped at ``CLASS_FIT_CAP`` either way; the classes hold number but
  no gender, so the agreement routine's verdict on the word before and the
  candidate (``la actr``: ``actriz``, not ``actor``) adds or takes
  ``AGREEMENT_WEIGHT``. A split is no class the model reads: it stands at
  the cap below.

Either way a candidate that takes a letter out of the fragment (``selli``:
``sell``, ``paíse``: ``país``) is charged ``ADDED_LETTER_CHARGE`` (with a
word model ``WORD_MODEL_ADDED_LETTER_CHARGE``, against its fit): reading
it so supposes a letter was added to a word, and scraping loses letters
(a cut-off end, a dropped letter) far more often than it adds one, while
the shorter word is the commoner and often fits the place as well
(``3/4 pct selli concession``: ``selling``; ``la media de paíse``:
``países``). One that puts another letter in a letter's place, no OCR
look-alike, is charged too (``qa.text.damage.replacement_charge``), for the
same reason: ``la caua`` is ``causa``, not ``casa``.

A fragment ``suggest`` reads first as two words glued (``agreeme``: ``agree
me``) is reported as ``OCR.GluedWords``; with a word model its repairs are
ordered here too, the split read as its two words in the place
(``split_fit``, over the same words after the place as one word's n-grams)
against the fragment's completions: ``the agreeme on``: ``agreement``.
Without a word model the split's order stands.

Only the order changes: whether the word is flagged, and how strongly, is
``Spelling.NonWord``'s (or ``OCR.GluedWords``') own decision. Without either model (or where the
place cannot be read: no known neighbour) the order is ``suggest``'s.
"""
from __future__ import annotations

from dataclasses import replace

from ..text.damage import EXTRA_LETTER_PENALTY, FRAGMENT_LETTER_FACTOR, replacement_charge
from ..text.ngram import RunScores, model_for
from ..text.suggest import Candidate, channel_score, match_case
from ..text.probes import completions
from .agreement import agrees
from .context_word import UNIT, has_known_neighbour, lm_words, segments, spoken_reading
from .tagcontext import class_fits

# A cut-off end is one damage however many letters it took (the context
# checks price it so: ``tagcontext.CUT_COST``).
CUT_COST = 0.8
# English: a candidate's fit counts at par with log10 points, at most this
# far below the best candidate's (the cap of a span's ranking,
# ``qa.originals.WORD_FIT_CAP``); its price at the span ranking's weight.
FIT_CAP = 6.0
FIT_COST_WEIGHT = 2.0
# Spanish: the class fit's cap and the share of each class's prior taken
# out of it, as in a span's ranking (``qa.originals``).
CLASS_FIT_CAP = 4.0
CLASS_PRIOR_SHARE = 0.5
# A determiner's positive or negative verdict on a candidate, in zipf
# points (damage seeds 83 and 89: 2 and 3 more cut-off ends right first,
# one dropped letter fewer and one more).
AGREEMENT_WEIGHT = 1.0
# A candidate that takes a letter out of the fragment, in zipf or log10
# points: the charge a span's ranking puts on such a candidate where the
# dictionary knows no reading of the damaged word (the damage model's
# charges), not tuned again here.
ADDED_LETTER_CHARGE = EXTRA_LETTER_PENALTY * FRAGMENT_LETTER_FACTOR
# ... with a word model, in log10 points of its fit: the shorter word a
# letter taken out leaves is a known word, whose n-grams the model reads
# with confidence where the fragment's completion is rarer (``they were
# now drilli another hole``: ``drill``; ``U.S. refined producti
# declined``: ``product``), and 1.8 points did not outweigh that.
# Calibration seeds 263, 277, 281, 307 and 311, English non-word items:
# 3.0 put 12 more right first, 4.0 17, 5.0 17, 6.0 18, none fewer at any;
# the real-word kinds did not move, glued, split and OCR-damaged words one
# more, and the real typos' first fixes stayed the same
# (docs/context-models.md, "Fiftieth round").
WORD_MODEL_ADDED_LETTER_CHARGE = 4.0


def fragment_pool(word: str, offered: list[Candidate], lex) -> list[Candidate]:
    """``offered`` and the completions of ``word`` (lower case) it lacks,
    each completion priced as one cut-off end (at most ``CUT_COST``)."""
    low = word.lower()
    pool = {c.word.lower(): c for c in offered}
    freq = lex.frequencies
    for cand in completions(low, lex):
        known = pool.get(cand)
        if known is None or known.cost > CUT_COST:
            f = freq[cand]
            pool[cand] = Candidate(match_case(word, cand), CUT_COST, f, channel_score(f, CUT_COST), ("cut",))
    return list(pool.values())


def ordered(doc, start: int, end: int, offered: list[Candidate], lex,
            read_splits: bool = False) -> list[Candidate]:
    """``by_place``'s order, or ``offered`` unchanged where no model reads
    the place."""
    placed = by_place(doc, start, end, offered, lex, read_splits)
    return offered if placed is None else placed


def by_place(doc, start: int, end: int, offered: list[Candidate], lex,
             read_splits: bool = False) -> list[Candidate] | None:
    """The repairs of the non-word at ``doc.text[start:end]`` (``offered``
    by ``suggest``, with its completions), best first by their place; equal
    scores by price, then by the word. Each holds its score here (log10
    points, as ``suggest``'s): a finding weighs its fixes by it. None where
    no model reads the place. With ``read_splits``, the word model reads a
    split as its two words in the place (``split_fit``) rather than
    standing it at the cap."""
    word = doc.text[start:end]
    if model_for(lex) is not None:
        scores = _word_fits(doc, start, end, fragment_pool(word, offered, lex), lex, read_splits)
        letter_out = WORD_MODEL_ADDED_LETTER_CHARGE
    elif read_splits:
        return None  # the classes read no split: the order stands
    else:
        scores = _class_scores(doc, start, end, fragment_pool(word, offered, lex), lex)
        letter_out = ADDED_LETTER_CHARGE
    if scores is None:
        return None
    scores = [(c, score - (letter_out if takes_a_letter_out(c) else 0.0) - replacement_charge(c.operations))
              for c, score in scores]
    return [replace(c, score=round(score, 3))
            for c, score in sorted(scores, key=lambda cs: (-cs[1], cs[0].cost, cs[0].word))]


def split_fit(lm, words: list, at: int, parts: list[str]) -> float | None:
    """log10 of the n-grams that read ``parts`` (one word, or a split's
    two) put at ``words[at]`` of a padded run, up to the last n-gram of the
    run's next ``order - 1`` words; one word's and two words' figures cover
    the same words after the place, so they compare. None where the model
    does not know a part."""
    if not all(lm.knows(w) for w in parts):
        return None
    run = [*words[:at], *parts, *words[at + 1:]]
    scores = RunScores(lm, run)
    total = 0
    for j in range(at, min(at + len(parts) + lm.order - 1, len(run))):
        word = run[j]
        if word is None:
            break  # the n-grams after an unknown word no longer reach the place
        total += lm.score([word, *scores.history(j)])
    return total * UNIT


def takes_a_letter_out(cand: Candidate) -> bool:
    """Whether ``cand`` reads the fragment as a word with a letter added
    (``sell`` for ``selli``)."""
    return any(op.startswith("delete:") for op in cand.operations)


def _word_fits(doc, start: int, end: int, pool: list[Candidate],
               lex, read_splits: bool = False) -> list[tuple[Candidate, float]] | None:
    lm = model_for(lex)
    for run in segments(doc.text, doc.sentence_tokens(start, end)):
        at = next((k for k, t in enumerate(run) if t.start == start and t.end == end), None)
        if at is None:
            continue
        words = lm_words(run, lm, *spoken_reading(lex))
        scores = RunScores(lm, words)
        if not has_known_neighbour(words, at + 1):
            return None  # nothing to read the place by (a word alone: its frequency decides)
        totals: dict[str, float] = {}
        splits = read_splits and any(" " in c.word for c in pool)
        for cand in pool:
            low = cand.word.lower()
            if splits:
                # one measure for every candidate: the n-grams from the place
                # to the last that still reads a word of it
                total = split_fit(lm, words, at + 1, low.split())
                if total is not None:
                    totals[low] = total
            elif lm.knows(low):
                total = 0
                for query, slot in scores.frames(at + 1):
                    query[slot] = low
                    total += lm.score(query)
                totals[low] = total * UNIT
        if not totals:
            return None
        best = max(totals.values())
        return [(c, max(-FIT_CAP, totals.get(c.word.lower(), best - FIT_CAP) - best)
                 - FIT_COST_WEIGHT * c.cost) for c in pool]
    return None


def _class_scores(doc, start: int, end: int, pool: list[Candidate],
                  lex) -> list[tuple[Candidate, float]] | None:
    run = doc.sentence_tokens(start, end)
    at = next((k for k, t in enumerate(run) if t.start == start and t.end == end), None)
    if at is None or not any(0 <= k < len(run) and run[k].kind == "word" for k in (at - 1, at + 1)):
        return None  # no word beside it: nothing to read the place by
    fit = class_fits(doc, start, end, lex, CLASS_PRIOR_SHARE)
    if fit is None:
        return None
    prev = run[at - 1] if at else None
    beside = prev is not None and prev.kind == "word" and not doc.text[prev.end:start].strip()
    before = prev.text if beside else None
    out = []
    for c in pool:
        if " " in c.word:  # a split: no class the model reads
            out.append((c, c.score - CLASS_FIT_CAP))
            continue
        score = c.score + max(-CLASS_FIT_CAP, min(CLASS_FIT_CAP, fit(c.word)))
        verdict = agrees(before, c.word, lex) if before is not None else None
        if verdict is not None:
            score += AGREEMENT_WEIGHT if verdict else -AGREEMENT_WEIGHT
        out.append((c, score))
    return out
