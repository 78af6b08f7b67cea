"""The English context model: real-word damage that only its neighbours give away."""
from __future__ import annotations

from dataclasses import replace

import pytest

from qa import check_text
from qa.checkers import context_word
from qa.context import Context
from qa.document import Document
from qa.lang import BUILTIN, profile_for
from qa.options import Options
from qa import originals
from qa.originals import rank_originals
from qa.pipeline import sentence_judge
from qa.text.ngram import END, START, UNIT, RunScores, model_for
from qa.text import damage
from qa.text.suggest import suggest
from conftest import context_findings as _context_findings

RULE = context_word.RULE


def test_the_model_knows_news_words_and_not_names(ctx):
    lm = model_for(ctx.lexicons["en"])
    assert lm.order == 3
    assert lm.knows("from") and lm.knows("the") and not lm.knows("kyiv") and not lm.knows("covid")
    # P(from | went) is far above P(form | went)
    assert lm.logprob("from", ("went",)) - lm.logprob("form", ("went",)) > 2
    # the history is read nearest last: "the united states" is a likely trigram
    assert lm.logprob("states", ("the", "united")) > lm.logprob("united", ("the", "states"))


def test_an_unknown_word_cuts_the_ngrams_that_would_read_it(ctx):
    lm = model_for(ctx.lexicons["en"])
    words = [START, "went", "from", None, "city", END]
    # only P(from | went) and P(none | went from) are read: the unknown word stops it
    assert lm.window_logprob(words, 2) == pytest.approx(lm.logprob("from", (START, "went")))
    # the word after the unknown one has a history that starts after it
    assert lm.window_logprob(words, 4) == pytest.approx(
        lm.logprob("city", ()) + lm.logprob(END, ("city",)))


def test_the_model_is_loaded_once_per_run_and_not_shared(ctx):
    lex = ctx.lexicons["en"]
    assert model_for(lex) is model_for(lex)
    other = Context.create(Options(grammar="off"))
    assert model_for(other.lexicons["en"]) is not model_for(lex)


def test_form_the_is_flagged_and_from_is_the_fix(ctx):
    text = "Most of the money came form the government, officials said."
    found = _context_findings(text, ctx)
    assert [text[f.start:f.end] for f in found] == ["form"]
    assert found[0].severity in ("warning", "error")
    assert found[0].fixes[0].replacement == "from"


@pytest.mark.parametrize("text, word, fix", [
    ("The plan would cost more tan expected.", "tan", "than"),
    ("The bank said it would raise interest rat next month.", "rat", "rates"),
    ("They arc expected to vote next week.", "arc", "are"),
    # a cut-off end whose completion is rarer than the frequency ratio's
    # floor (adjourned: zipf 3.3) is still one the model weighs
    ("He vetoed a similar bill last year after Congress had adjourn, but he will sign it.",
     "adjourn", "adjourned"),
    # a fragment without a vowel is weighed like any unknown word
    ("Inflation that month rose to thr pct, due to higher prices.", "thr", "three"),
    ("The Bank's latest str signal to the market came today.", "str", "strong"),
])
def test_real_word_damage_is_flagged_with_its_original(ctx, text, word, fix):
    found = _context_findings(text, ctx)
    assert [text[f.start:f.end] for f in found] == [word]
    assert found[0].fixes[0].replacement == fix


@pytest.mark.parametrize("text, word", [
    # between a word the model does not know and the run's end or start
    ("It agreed to buy DatagraphiX, a micrographics fir, from General Dynamics Corp.", "fir"),
    ("It has a similar non-callable 9-1/8 pct 1994 bod, or in years four to seven.", "bod"),
])
def test_a_word_at_a_runs_edge_after_an_unknown_word_is_judged(ctx, text, word):
    found = [f for f in _context_findings(text, ctx) if f.severity != "info"]
    assert [text[f.start:f.end] for f in found] == [word]


def test_the_confidence_grows_with_the_gain(raw_ctx):
    # the checker's own grading, which the calibration bins
    weak = _context_findings("Most of the money came form the government.", raw_ctx)[0]
    strong = _context_findings("They arc expected to vote next week.", raw_ctx)[0]
    assert weak.data["gain"] < strong.data["gain"] and weak.confidence < strong.confidence


@pytest.mark.parametrize("text", [
    "He went from the city to the coast.",
    "The plan would cost more than expected.",
    "The bank said it would raise interest rates next month.",
    "They are expected to vote next week.",
    "The ore was shipped from the mine to the port.",
    "Shareholders approved the merger at the annual meeting on Tuesday.",
    "The central bank left its key interest rate unchanged, citing slower growth.",
    "He does not regard the dollar as undervalued at this point against the yen.",
    "Those who sold early said these prices would not last.",
    "It agreed to buy DatagraphiX, a micrographics firm, from General Dynamics Corp.",
    "It has a similar non-callable 9-1/8 pct 1994 bond, or in years four to seven.",
    # the newswire's abbreviations without a vowel are no fragments
    "Net profit rose 12 pct in the first nine mths of the year to 2.8 mln dlrs.",
])
def test_clean_sentences_stay_quiet(ctx, text):
    assert _context_findings(text, ctx) == []


@pytest.mark.parametrize("text", [
    "Officials in Kyiv said the talks would resume.",
    "Covid cases rose in the city last week.",
    "The Brexit deal was signed by Johnson and von der Leyen.",
])
def test_windows_with_unknown_words_and_names_stay_quiet(ctx, text):
    assert _context_findings(text, ctx) == []


def test_repairs_are_ranked_by_their_fit_in_context(ctx, monkeypatch):
    text = "He said the company went form the city to the coast last year."
    start = text.index("form")
    doc = Document.from_text(text, language="en")
    ranked = rank_originals(doc, start, start + 4, sentence_judge(ctx))
    assert ranked[0].word == "from"
    # without a context model the frequencies alone prefer another word
    # ("for"), once the charge for a letter taken out, which a ranking
    # without a word model pays, is lifted
    blind = Context.create(Options(grammar="off"),
                           profiles={**BUILTIN, "en": replace(BUILTIN["en"], context_model=None)})
    blind_doc = Document.from_text(text, language="en")
    monkeypatch.setattr(originals, "EXTRA_LETTER_PENALTY", 0.0)
    assert rank_originals(blind_doc, start, start + 4, sentence_judge(blind))[0].word != "from"


@pytest.mark.parametrize("text, word, original", [
    ("The company, whi makes computers, said profits rose.", "whi", "which"),
    ("The bank said the oth banks would follow its lead.", "oth", "other"),
])
def test_a_span_ranks_the_cut_off_ends_the_check_tries(ctx, text, word, original):
    # suggest() reaches "hi" and "both" for these, not a cut-off end put back
    assert original not in [c.word for c in suggest(word, ctx.lexicons["en"], limit=12,
                                                     max_cost=2.5, real_word=True)]
    spans = [f for f in check_text(text, language="en", context=ctx).findings
             if f.rule == "Garble.Span"]
    assert [text[f.start:f.end] for f in spans] == [word]
    assert spans[0].fixes[0].replacement == original


@pytest.mark.parametrize("text, word, original, shorter", [
    ("Moody's said the company has Baa-1 senior debt and preferred sto and Baa-2 debentures.",
     "sto", "stock", "to"),
    ("The suit names the attorney general, the City of New York and several oth parties.",
     "oth", "other", "both"),
    ("It will pay a dividend of not less than 32.5 cen per share.", "cen", "cents", "cent"),
])
def test_a_completion_that_fits_far_better_outranks_a_shorter_word(ctx, text, word, original,
                                                                   shorter):
    # the completion fits past the class fit's cap: held there, it lost
    # to the shorter word on what else the score weighs
    lex = ctx.lexicons["en"]
    doc = Document.from_text(text, language="en")
    start = text.index(f" {word} ") + 1
    fits = [context_word.fit_and_place(doc, start, start + len(word), w, lex)[0] for w in (original, shorter)]
    assert fits[0] > originals.CLASS_FIT_CAP and fits[0] > fits[1]
    ranked = rank_originals(doc, start, start + len(word), sentence_judge(ctx))
    assert ranked[0].word == original


@pytest.mark.parametrize("text, word, original, fragment", [
    ("It paid total dividends of 1.30 dlrs per share last year, qual to 26 cents per share.",
     "qual", "equal", "quality"),
    ("Wyoming, Kansas and California reported gains of six, fie and four rigs, respectively.",
     "fie", "five", "field"),
])
def test_a_lost_letter_that_fits_better_outranks_a_fragments_completion(ctx, monkeypatch, text, word,
                                                                        original, fragment):
    # the completion is priced as a fragment's (0), the lost letter at 0.7:
    # counted three zipf points a unit, as suggest() counts it, that price
    # outweighed the better fit
    lex = ctx.lexicons["en"]
    doc = Document.from_text(text, language="en")
    start = text.index(f" {word} ") + 1
    fits = [context_word.fit_and_place(doc, start, start + len(word), w, lex)[0] for w in (original, fragment)]
    assert fits[0] > fits[1]
    assert rank_originals(doc, start, start + len(word), sentence_judge(ctx))[0].word == original
    monkeypatch.setattr(originals, "FIT_COST_WEIGHT", originals.REAL_WORD_COST_WEIGHT)
    assert rank_originals(doc, start, start + len(word), sentence_judge(ctx))[0].word == fragment


@pytest.mark.parametrize("code", ["es", "fr", "de", "und", "pt"])
def test_languages_without_a_model_have_no_hook_and_no_crash(code):
    assert profile_for(code).context_model is None
    ctx = Context.create(Options(grammar="off"))
    assert model_for(ctx.lexicons[code]) is None
    text = "Il est allé form the city. Er ging form the Stadt. Fue form the ciudad."
    assert _context_findings(text, ctx, language=code) == []


def test_only_english_has_a_model():
    assert [code for code, p in BUILTIN.items() if p.context_model is not None] == ["en"]


def test_parts_of_hyphenated_compounds_are_not_judged(ctx):
    # "mid" would read as "mind" and "arm" as "armed" if judged as words
    for text in ("Prices rose sharply in mid-February, the ministry said.",
                 "He was charged with strong-arm robbery last year."):
        assert _context_findings(text, ctx) == []
    # the same word standing alone is still judged
    assert [f.fixes[0].replacement for f in _context_findings(
        "Most of the money came form the government.", ctx)] == ["from"]


SENTENCES = (
    "Most of the money came form the government, officials said.",
    "They arc expected to vote next week in Kyiv and 12 other cities.",
    "The bank said it would raise interest rat next month.",
    "Shareholders approved the merger at the annual meeting on Tuesday.",
    "He said nxt year the company would be takin over its rival.",
    "Chronar Corp said it sign a joint venture agreement, and its board has approve it.",
    "The exchange sad it raised its fees.",  # a reporting place credits a word that is no inflection
    # sure places: after a pronoun subject (an adverb between), a count, an article, "is not"
    "The firm said it also know of the plan and sold three hospital to its improve earnings.",
    "It is not engage in talks, the company said.",
)


def _runs(text, lm):
    doc = Document.from_text(text, language="en")
    return [context_word.lm_words(run, lm) for run in context_word.segments(doc.text, doc.tokens)]


def test_a_run_reads_each_window_as_the_window_reads_alone(ctx):
    # RunScores shares one query per n-gram among the windows that read it,
    # and its frames put a candidate where the word was: both must sum to
    # what the window gives for the run written out in full
    lm = model_for(ctx.lexicons["en"])
    tried = 0
    for text in SENTENCES:
        for words in _runs(text, lm):
            scores = RunScores(lm, words)
            for at in range(1, len(words) - 1):
                assert scores.as_written(at) * UNIT == lm.window_logprob(words, at)
                for cand in ("from", "the", "rates"):
                    total = 0
                    for query, slot in scores.frames(at):
                        query[slot] = cand
                        total += lm.score(query)
                    trial = [*words[:at], cand, *words[at + 1:]]
                    assert total * UNIT == lm.window_logprob(trial, at)
                    tried += 1
    assert tried > 100


def _best_by_brute_force(words, at, word, lex, lm, least_gain):
    """Every candidate's whole window read and priced, no bound used."""
    before = context_word._logprob_as_written(RunScores(lm, words), at, word, lex)
    if before is None:
        return None
    cands, ways = context_word.candidates(word, lex, lm)
    credits = context_word.slot_credits(words, at, word, cands, lex) or [0.0] * len(cands)
    best = None
    for cand, how, credit in zip(cands, ways, credits):  # alphabetical: the first of equal gains wins
        gain = (lm.window_logprob([*words[:at], cand, *words[at + 1:]], at) - before
                - context_word.CHANNEL_WEIGHT * context_word.price(word, cand, *how, lex) + credit)
        if best is None or gain > best[1]:
            best = (cand, gain)
    return None if best is None or best[1] < least_gain else best


@pytest.mark.parametrize("least_gain", [-50.0, 0.0, 1.25, 3.0])
def test_the_bounds_never_change_the_best_repair(ctx, least_gain):
    # branch and bound against reading every candidate's whole window
    lex = ctx.lexicons["en"]
    lm = model_for(lex)
    compared = found = credited = read = 0
    for text in SENTENCES:
        doc = Document.from_text(text, language="en")
        for run in context_word.segments(doc.text, doc.tokens):
            words = context_word.lm_words(run, lm)
            for i, tok in enumerate(run):
                word = tok.text
                if tok.kind != "word" or not word.isalpha() or not word.islower():
                    continue
                cands, ways = context_word.candidates(word, lex, lm)
                if not cands:
                    continue
                credits = context_word.slot_credits(words, i + 1, word, cands, lex)
                got = context_word.best_repair(RunScores(lm, words), i + 1, word, cands, ways,
                                               lex, least_gain, credits=credits)
                # (the same candidate, its gain summed in another order)
                brute = _best_by_brute_force(words, i + 1, word, lex, lm, least_gain)
                assert (got is None) == (brute is None)
                if got is not None:
                    assert got[0] == brute[0] and got[1] == pytest.approx(brute[1], abs=1e-9)
                # the credits read only when a candidate they could credit stays in the race
                asked = []
                lazily = context_word.best_repair(
                    RunScores(lm, words), i + 1, word, cands, ways, lex, least_gain,
                    credits_here=lambda: asked.append(1) or credits,
                    creditable=context_word._creditable(cands, context_word.inflections(word, cands, lex),
                                                        lex.profile.asked_words))
                assert lazily == got
                # ... and under the bound the check gives the place (the
                # sure places' larger one only after it, he or she)
                assert context_word.best_repair(
                    RunScores(lm, words), i + 1, word, cands, ways, lex, least_gain,
                    credits_here=lambda: credits,
                    creditable=context_word._creditable(cands, context_word.inflections(word, cands, lex),
                                                        lex.profile.asked_words),
                    most_credit=context_word._most_credit_at(
                        words, i + 1, lex.profile.sure_place_marks,
                        lex.profile.sure_place_next_marks)) == got
                compared += 1
                found += got is not None
                credited += credits is not None
                read += bool(asked)
    # a slot, two class places, two words asked outright, four sure places
    assert compared > 20 and found > 0 and credited == 9
    # at the lowest bar every inflection stays in the race
    assert read < compared / 2 if least_gain > 0 else read > 0


def _as_the_model_reads(text, ctx):
    lex = ctx.lexicons["en"]
    doc = Document.from_text(text, language="en")
    (run,) = context_word.segments(doc.text, doc.tokens)
    return context_word.lm_words(run, model_for(lex), *context_word.spoken_reading(lex))


def test_newswire_abbreviations_and_counts_are_read_as_spoken_words(ctx):
    # a count of many reads as a number word; a year and "1" stay unknown
    assert _as_the_model_reads("bought 2.06 mln shares in 1987 for 1 dlr", ctx) == [
        START, "bought", "ten", "million", "shares", "in", None, "for", None, "dollar", END]


def test_a_count_of_one_or_less_is_no_count_of_many(ctx):
    assert _as_the_model_reads("tests of 0.35 ounce and 3/8 cent but 2.5 ounces", ctx) == [
        START, "tests", "of", None, "ounce", "and", None, "cent", "but", "ten", "ounces", END]
    # read as "ten ounce", the singular after a fraction was a plural lost
    text = "The drill core showed 0.35 ounce of gold per ton of ore, the company said."
    assert _context_findings(text, ctx) == []


@pytest.mark.parametrize("text, word, fix", [
    ("The company said it bought 2.06 mln hares in the bank last week.", "hares", "shares"),
    ("Scrap consumption increased to 31,100 ons in January from 24,900 tons.", "ons", "tons"),
])
def test_damage_beside_a_count_is_judged_in_its_context(ctx, text, word, fix):
    found = [f for f in check_text(text, language="en", context=ctx).findings
             if text[f.start:f.end] == word]
    assert found and found[0].fixes[0].replacement == fix
    clean = text.replace(f" {word} ", f" {fix} ", 1)
    assert not [f for f in check_text(clean, language="en", context=ctx).findings if f.rule == RULE]


def test_a_swapped_determiner_is_flagged_with_its_original(ctx):
    text = "He does not regard the dollar as undervalued at these point against the yen."
    at = text.index("these")
    found = [f for f in _context_findings(text, ctx) if f.start <= at < f.end]
    assert found and found[0].severity in ("warning", "error")
    fix = next(x for x in found[0].fixes if x.start == at)
    assert fix.replacement == "this"


def test_a_swapped_determiner_is_a_candidate_at_its_own_price(ctx):
    lex = ctx.lexicons["en"]
    names, ways = context_word.candidates("those", lex, model_for(lex))
    assert "that" in names
    near, cut = ways[names.index("that")]
    assert context_word.price("those", "that", near, cut, lex) == context_word.SWAP_COST


@pytest.mark.parametrize("text, word, fix", [
    ("Chronar Corp said it sign a joint venture agreement with Rade Koncar.", "sign", "signed"),
    ("National Fuel Gas Co said its board has approve a two-for-one stock split.",
     "approve", "approved"),
    ("The provision was support by the Reagan administration.", "support", "supported"),
    # a third-person pronoun subject, anywhere
    ("The chairman told shareholders that the plan, which he describe as sound, would go ahead.",
     "describe", "described"),
    # a passive after a form of "be", without its agent
    ("The accord was agree in Amman last week.", "agree", "agreed"),
    ("The company's common stock was increase to ten million shares.", "increase", "increased"),
])
def test_a_bare_stem_where_grammar_asks_for_an_inflection_is_flagged(ctx, text, word, fix):
    _assert_flagged_alone(text, word, fix, ctx)


def _assert_flagged_alone(text, word, fix, ctx):
    """``word`` is the one word flagged, at warning or above, ``fix`` its
    first fix, and the original is quiet in the same place."""
    found = _context_findings(text, ctx)
    assert [text[f.start:f.end] for f in found] == [word]
    assert found[0].severity in ("warning", "error") and found[0].fixes[0].replacement == fix
    assert _context_findings(text.replace(f" {word} ", f" {fix} ", 1), ctx) == []


@pytest.mark.parametrize("text", [
    # the stem where nothing asks for an inflection
    "They sign a joint venture agreement every year.",
    "The company said it will sign a joint venture agreement.",
    # a past that is its stem
    "The company said it cut its dividend by half.",
    "The bank said it forecast a rise in lending.",
    # after a modal or an inverted auxiliary, and in a subjunctive
    "Will he describe the plan to shareholders?",
    "The board asked that he resign before the annual meeting.",
    # a word that reads as an adjective after "be"
    "The sales are subject to regulatory approval.",
    "The two banks were close to a decision on the loan.",
])
def test_a_stem_outside_an_inflection_slot_stays_quiet(ctx, text):
    assert _context_findings(text, ctx) == []


def test_an_inflection_slot_names_the_endings_its_place_asks_for():
    (perfect, reported, passive, pronoun, be) = profile_for("en").inflection_slots
    assert perfect.asks("approve", "board", "has", "a") == ("ed",)
    assert reported.asks("sign", "said", "it", "an") == ("ed", "s")
    assert reported.asks("sign", "will", "it", "an") == ()  # "will it sign"
    assert reported.asks("cut", "said", "it", "its") == ()  # its past is its stem
    assert passive.asks("support", "crops", "was", "by") == ("ed",)
    assert passive.asks("support", "crops", "was", "for") == ()
    assert pronoun.asks("describe", "which", "he", "as") == ("ed", "s")
    assert pronoun.asks("describe", "will", "he", "the") == ()  # "will he describe"
    assert pronoun.asks("resign", "that", "he", "before") == ()  # a subjunctive
    assert pronoun.asks("describe", "which", "it", "as") == ()  # "help it meet": an object
    assert be.asks("agree", "accord", "was", "in") == ("ed",)
    assert be.asks("subject", "sales", "are", "to") == ()  # an adjective
    assert be.asks("trade", "might", "be", "anticipation") == ()  # "be" after a modal


@pytest.mark.parametrize("text, word, fix", [
    ("The comp said its first quarter profit rose sharply.", "comp", "company"),
    ("He said the maj banks would cut their rates.", "maj", "major"),
])
def test_a_fragment_far_rarer_than_its_completion_is_flagged(ctx, text, word, fix):
    _assert_flagged_alone(text, word, fix, ctx)


@pytest.mark.parametrize("text", [
    # about as common as their completions (production, portion): cut-off
    # ends at their full price
    "Canada's industrial product price index rose 0.2 pct in January.",
    "The talks took place in the Belgian port of Zeebrugge, a port control spokesman said.",
])
def test_a_word_about_as_common_as_its_completion_stays_quiet(ctx, text):
    assert [f for f in _context_findings(text, ctx) if f.severity != "info"] == []


def test_a_fragment_costs_less_than_a_cut_off_end_of_a_common_word(ctx):
    lex = ctx.lexicons["en"]
    price = context_word._damage_price
    assert price("comp", "company", False, True, lex, 0.0) == context_word.FRAGMENT_COST
    assert price("product", "production", False, True, lex, 0.0) == context_word.CUT_COST
    # an inflection is cut at the full price, however rare the stem
    assert price("headquarter", "headquarters", False, True, lex, 0.0) == context_word.CUT_COST


@pytest.mark.parametrize("text, word, original", [
    ("The fund sold about two million shar from its holdings last week.", "shar", "shares"),
    ("The bank said the oth banks would follow its lead.", "oth", "other"),
])
def test_a_fragment_of_a_longer_stem_is_no_stem_of_its_inflections(ctx, text, word, original):
    # "shares" is "shar" and "-es" letter for letter, but it is the plural
    # of "share": "shar" is "share" cut short, and "shares" costs what
    # "share" costs, the inflection margin left out
    lex = ctx.lexicons["en"]
    assert not context_word._inflects("shar", "shares", lex)
    assert not context_word._inflects("clos", "closed", lex)
    for stem, cand in (("shar", "share"), ("oth", "other"), ("clos", "close")):
        plural = "closed" if cand == "close" else cand + "s"
        assert context_word.price(stem, plural, False, True, lex) == \
            context_word.price(stem, cand, False, True, lex)
    doc = Document.from_text(text, language="en")
    start = text.index(f" {word} ") + 1
    assert rank_originals(doc, start, start + len(word), sentence_judge(ctx))[0].word == original


def test_a_stem_keeps_the_inflection_margin_for_its_own_inflections(ctx):
    lex = ctx.lexicons["en"]
    # "member" is a stem of "members": a trigram cannot tell the two apart
    # and the margin stands
    assert context_word._inflects("share", "shares", lex)
    assert context_word.price("member", "members", False, True, lex) == \
        context_word.CUT_COST + context_word.INFLECTION_MARGIN


@pytest.mark.parametrize("text, word", [
    ("Unit labor costs rose 0.4 pct in the fourth quarter, the department said.", "labor"),
    ("The members said they were unable to fulfil their export quotas this year.", "fulfil"),
    ("The balance will be paid in equal instalments over the next five years.", "instalments"),
    ("The plant can process about 2,000 cubic metres of timber a day.", "metres"),
])
def test_the_other_standard_spelling_is_no_repair(ctx, text, word):
    # British and American English spell these apart; the US word model
    # prefers one, but copy in either standard is sound
    lex = ctx.lexicons["en"]
    variant = profile_for("en").other_spelling(word)
    assert variant is not None and variant != word
    assert variant not in context_word.candidates(word, lex, model_for(lex))[0]
    assert _context_findings(text, ctx) == []
    # without the table of spellings the word model had flagged each
    blind = Context.create(Options(grammar="off"),
                           profiles={**BUILTIN, "en": replace(BUILTIN["en"], other_spelling=None)})
    assert [text[f.start:f.end] for f in _context_findings(text, blind)] == [word]


def test_damage_beside_a_british_spelling_is_still_repaired(ctx):
    text = "The labour ministry said most of the money came form the government."
    findings = _context_findings(text, ctx)
    assert [(text[f.start:f.end], f.fixes[0].replacement) for f in findings] == [("form", "from")]


def test_a_place_credits_only_a_word_whose_judged_entry_says_a_candidate_inflects_it(ctx):
    """``check`` reads a place's neighbours for credits only where the
    word's entry says one of its candidates inflects it: everywhere else
    ``slot_credits`` must answer None."""
    lex = ctx.lexicons["en"]
    lm = model_for(lex)
    assert any(context_word._judged("merger", lex, lm)[5])  # mergers
    credited = uninflected = 0
    for text in SENTENCES:
        doc = Document.from_text(text, language="en")
        for run in context_word.segments(doc.text, doc.tokens):
            words = context_word.lm_words(run, lm)
            for i, tok in enumerate(run):
                entry = context_word._judged(tok.text, lex, lm) if tok.text.isalpha() else ()
                if not entry:
                    continue
                credits = context_word.slot_credits(words, i + 1, tok.text, entry[1], lex)
                assert credits is None or any(entry[5]), tok.text
                credited += credits is not None
                uninflected += not any(entry[5])
    assert credited > 0 and uninflected > 0


def test_a_runs_memo_of_readings_reads_every_run_as_the_model_does(ctx):
    # the memo is keyed by the text as written: "Mln" and "mln", a number
    # of many and a year must each keep their own reading
    lex = ctx.lexicons["en"]
    lm = model_for(lex)
    spoken, number = context_word.spoken_reading(lex)
    read: dict = {}
    texts = [*SENTENCES, "Mln dlrs and 2.06 mln dlrs in 1987.", "it’s the fund’s"]
    for _ in range(2):  # the second time from the memo
        for text in texts:
            doc = Document.from_text(text, language="en")
            for run in context_word.segments(doc.text, doc.tokens):
                assert (context_word.lm_words(run, lm, spoken, number, read)
                        == context_word.lm_words(run, lm, spoken, number))
    assert {"Mln", "mln", "it’s"} <= read.keys() and "2.06" not in read


def test_every_sure_place_gets_the_larger_credit_bound(ctx):
    # the check bounds a place's credit by MOST_CREDIT unless a sure place's
    # mark stands where that place needs it: a sure place the marks miss
    # would lose its credit
    lex = ctx.lexicons["en"]
    lm = model_for(lex)
    profile = lex.profile
    sure = bounded = either = 0
    for text in SENTENCES:
        for words in _runs(text, lm):
            for at in range(1, len(words) - 1):
                word = words[at]
                if not isinstance(word, str) or word in (START, END):
                    continue
                bound = context_word._most_credit_at(words, at, profile.sure_place_marks,
                                                     profile.sure_place_next_marks)
                bounded += bound == context_word.MOST_SURE_CREDIT
                marks = profile.sure_place_marks | profile.sure_place_next_marks
                either += words[at - 1] in marks or (at >= 2 and words[at - 2] in marks)
                if profile.sure_places(words, at, word, lex):
                    sure += 1
                    assert bound == context_word.MOST_SURE_CREDIT, (text, word)
    assert sure >= 4
    # ... and fewer words get it than if every mark counted one or two
    # words before: "the" two words before marks none
    assert bounded < either * 0.75, (bounded, either)
    assert context_word._most_credit_at([START, "the", "company", "said", END], 3, profile.sure_place_marks,
                                        profile.sure_place_next_marks) == context_word.MOST_CREDIT


@pytest.mark.parametrize("text, word, original, replaced", [
    ("Pittston said WTC's thr principal shareholders, who own 62 pct of its stock, are parties to it.",
     "thr", "three", "the"),
    ("The exchange said details of rates on transactions und 30 mln yen have yet to be worked out.",
     "und", "under", "and"),
])
def test_a_letter_put_in_anothers_place_does_not_outrank_a_cut_end_put_back(ctx, monkeypatch, text, word,
                                                                            original, replaced):
    # scraping cuts words off; it does not swap one letter for another that
    # looks nothing like it: the commoner word such a swap reaches is charged
    lex = ctx.lexicons["en"]
    doc = Document.from_text(text, language="en")
    start = text.index(f" {word} ") + 1
    offered = {c.word: c.operations for c in suggest(word, lex, limit=12, max_cost=2.5, real_word=True)}
    assert any(op.startswith("replace:") for op in offered[replaced])
    assert rank_originals(doc, start, start + len(word), sentence_judge(ctx))[0].word == original
    monkeypatch.setattr(damage, "REPLACED_LETTER_PENALTY", 0.0)
    assert rank_originals(doc, start, start + len(word), sentence_judge(ctx))[0].word == replaced
