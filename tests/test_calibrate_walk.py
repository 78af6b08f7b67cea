"""bench/calibrate.py: the budget walk values a bin by what it adds to the bins taken, and
charges it the clean alarms it adds, both as bench/evaluate.py counts them."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.calibrate import Labels, Observation, finding_keys, fit_language, held_out, taken  # noqa: E402


def _damages(kind: str, n: int) -> frozenset:
    return frozenset(f"{kind}\tu{k}" for k in range(n))


def test_a_bin_is_worth_what_it_adds_to_the_bins_taken_not_to_a_costly_one_left_out():
    # the Spanish case: the speller's costly bin finds the non-words too, but
    # does not fit the budget; valued against it, the non-word bin added
    # nothing and a bin of five damages took its place
    non_words = _damages("non-word", 36)
    speller = (0.89, 8, 136, "info", False, False, non_words | _damages("cut", 100))
    non_word = (0.92, 3, 36, "warning", False, False, non_words)
    real_word = (0.95, 1, 20, "warning", False, False, _damages("real-word", 20))
    costly_few = (0.7, 3, 5, "warning", False, False, _damages("glued", 5))
    cells = [speller, non_word, real_word, costly_few]
    assert sorted(taken(cells, 10_000, 0.45, unseen=0.05)) == [1, 2]
    assert sorted(taken(cells, 10_000, 0.75, unseen=0.05)) == [1, 2, 3]


def test_a_bin_that_adds_no_damage_is_not_taken():
    found = _damages("dropped", 30)
    cells = [(0.95, 0, 30, "warning", False, False, found), (0.9, 0, 30, "warning", False, False, found)]
    assert taken(cells, 10_000, 0.5, unseen=0.05) == {0}


def test_two_rules_on_one_clean_word_are_one_alarm_for_the_budget():
    # the pool's alarms are one a word (qa.pipeline.one_per_word): a second
    # rule's bin on the same two clean words costs only what is unseen
    words = frozenset({"a:0:4", "b:7:12"})
    first = (0.93, 2, 40, "warning", False, False, _damages("non-word", 40), words)
    second = (0.9, 2, 30, "info", True, False, _damages("cut", 30), words)
    assert taken([first, second], 10_000, 0.25, unseen=0.05) == {0, 1}
    # counted bin by bin, the two cost 4.1 alarms, more than 2.5
    assert taken([c[:7] for c in (first, second)], 10_000, 0.25, unseen=0.05) == {0}


def _span_pool(articles: int = 10) -> list[Observation]:
    """A span rule graded info, whose spans on clean text hold a signal of a
    rule that finds damage alone too."""
    obs = []
    for k in range(articles):
        obs.append(Observation("Garble.Span", 0.3, False, True, run=f"a{k}"))
        obs.append(Observation("R.Signal", 0.9, False, False, run=f"a{k}", inner=True))
    obs += [Observation("R.Signal", 0.9, True, False, damage=f"cut\tu{k}") for k in range(60)]
    obs += [Observation("Garble.Span", 0.3, False, False, damage=f"cut\tv{k}") for k in range(30)]
    return obs


def test_a_signal_inside_a_clean_span_is_charged_the_spans_alarm():
    # a span is as severe as its strongest signal (qa.merge.absorb): the
    # signal's warning makes each clean span warn
    keys = finding_keys(_span_pool(2))
    assert keys[1][:4] == ["#0", "#0", "#2", "#2"]
    obs = _span_pool()
    # ten clean spans' alarms in 10,000 words do not fit a budget of 0.5
    fitted = fit_language(obs, 10_000, 0.5, combiner=None, unseen=0.05)
    bins = fitted["rules"]["R.Signal"]["bins"]
    assert all(b["p"] < fitted["warning_at"] or b.get("cap") == "info" for b in bins)
    fitted = fit_language(obs, 10_000, 1.5, combiner=None, unseen=0.05)
    assert any(b["p"] >= fitted["warning_at"] and "cap" not in b for b in fitted["rules"]["R.Signal"]["bins"])


def test_held_out_counts_a_clean_span_that_its_signal_makes_warn():
    obs = _span_pool(40)
    labels = Labels({"es": obs}, {"es": {f"a{k}": 1000 for k in range(40)}}, {"es": {"cut": 90}})
    row = held_out(labels, "es", (5.0,), folds=4)[5.0]
    # the signal warns at a budget of 5 per 1,000 words, and so does every clean span it is in
    assert row["alarms"] == 40 and row["macro_recall"] == round(60 / 90, 3)


def _doubled_words(n: int) -> list[Observation]:
    """Raw-run labels of ``n`` doubled words: each a span of newsqa's repeat
    and LanguageTool's repeat rule, which a calibrated check never asks for."""
    obs = []
    for k in range(n):
        at = f"neighbour\tu{k}"
        obs.append(Observation("Garble.Span", 0.9, True, False, (("repetition", 0.7), ("grammar", 0.7)), "error",
                               damage=at))
        obs.append(Observation("Repetition.Token", 0.7, True, False, severity="warning", damage=at, inner=True))
        obs.append(Observation("LT.ENGLISH_WORD_REPEAT_RULE", 0.7, True, False, severity="info", damage=at,
                               inner=True))
    return obs


def test_a_span_made_by_a_rule_never_asked_for_finds_nothing_so_the_repeat_bin_warns():
    # the English refit of the fifteenth round: the raw run asks for every
    # LanguageTool rule, so each doubled word was a span of two families that
    # found the damage, and the repeat bin beside it added nothing and was
    # capped; a calibrated check never asks for LanguageTool's repeat rule,
    # the repeat stands alone, and the capped bin missed the doubled words
    fitted = fit_language(_doubled_words(12), 10_000, 0.5, combiner=None, unseen=0.05)
    assert "LT.ENGLISH_WORD_REPEAT_RULE" not in fitted["rules"] and "Garble.Span" not in fitted["rules"]
    bins = fitted["rules"]["Repetition.Token"]["bins"]
    assert bins[0]["positive"] == 12
    assert all(b["p"] >= fitted["warning_at"] and "cap" not in b for b in bins)

