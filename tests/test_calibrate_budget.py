"""bench/calibrate.py: a larger budget never silences a bin a smaller one lets warn, and the
budget is chosen by a held-out rate that allows for its own noise."""
from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.calibrate import (  # noqa: E402
    FLOOR, Labels, Observation, bins_for, choose_budget, eligible, fit_language, fold_of, held_out, poisson_upper,
    taken, thresholds,
)
from qa.calibration import language_calibration  # noqa: E402


def _warning_bins(cells: list[tuple], words: int, budget: float, unseen: float) -> set[int]:
    """The bins graded warning or above: at the warning threshold and not capped."""
    warning, _, capped = thresholds(cells, words, budget, unseen)
    return {k for k, c in enumerate(cells) if c[0] >= warning and k not in capped}


def _random_cells(rng: random.Random, n: int) -> list[tuple]:
    return [(round(rng.uniform(0.3, 0.99), 2), rng.choice([0, 0, 0, 0, 1, 2, 3, 9]), rng.choice([1, 3, 12, 40, 300]),
             rng.choice(["info", "warning"]), rng.random() < 0.2, rng.random() < 0.1) for _ in range(n)]


def test_a_larger_budget_keeps_every_bin_a_smaller_one_lets_warn():
    rng = random.Random(11)
    budgets = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.306, 0.4, 0.5, 1.0, 5.0)
    for _ in range(300):
        cells = _random_cells(rng, rng.randint(1, 40))
        words = rng.choice([1_000, 10_000, 100_000])
        unseen = rng.choice([0.0, 0.05, 0.5])
        graded = [_warning_bins(cells, words, b, unseen) for b in budgets]
        for smaller, larger in zip(graded, graded[1:]):
            assert smaller <= larger, cells
        for b, bins in zip(budgets, graded):
            # the graded bins are the ones taken, all of them eligible, and they keep to the budget
            assert bins == taken(cells, words, b, unseen) and all(eligible(cells[k]) for k in bins)
            cost = sum(cells[k][1] + (0 if cells[k][5] else unseen) for k in bins)
            assert cost <= b * words / 1000 + 1e-9


def test_a_cheap_bin_is_not_crowded_out_by_a_costly_one_a_larger_budget_affords():
    # the repeat bin of the ninth round: 12 damages, no clean alarm, p 0.81.
    # Taken by falling probability, a budget of 0.306 took the costly bin
    # first and had no room left for it, while 0.29 and 0.4 let it warn
    cells = [(0.9, 3, 40, "warning"), (0.81, 0, 12, "warning")]
    assert [sorted(_warning_bins(cells, 10_000, b, 0.05)) for b in (0.29, 0.306, 0.4)] == [[1], [1], [0, 1]]


def test_no_bin_under_the_floor_warns_and_a_thin_speller_bin_never_does():
    assert not eligible((FLOOR - 0.01, 0, 300, "warning"))
    assert not eligible((0.9, 0, 29, "info", True)) and eligible((0.9, 0, 30, "info", True))
    assert eligible((0.9, 0, 29, "warning", True))


def test_a_fitted_file_warns_on_more_findings_as_the_budget_grows():
    for seed in range(10):
        rng = random.Random(seed)
        obs = []
        for r in range(12):
            rule = f"R.Rule{r}"
            for _ in range(rng.randint(5, 150)):
                raw = rng.random()
                obs.append(Observation(rule, raw, rng.random() < 0.4 + 0.6 * raw, False, severity="warning"))
            obs += [Observation(rule, rng.random(), False, True, run=f"a{k}") for k in range(rng.randint(0, 4))]
        probes = [Observation(f"R.Rule{r}", x / 20, False, True) for r in range(12) for x in range(21)]
        warned = []
        for budget in (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0, 2.0):
            cal = language_calibration(fit_language(obs, 10_000, budget, combiner=None, unseen=0.05))
            warned.append({(o.rule, o.raw) for o in probes
                           if cal.judge(o.rule, o.raw, o.severity, 0.0, ()).severity in ("warning", "error")})
        assert all(a <= b for a, b in zip(warned, warned[1:])), seed
        assert warned[-1] > warned[0], seed


# -- the budget ---------------------------------------------------------------------------


def test_poisson_upper_bound():
    assert poisson_upper(0, 0.0) == 0.0
    assert 1.8 < poisson_upper(0, 1.0) < 1.9  # Garwood's 84 % bound on no events: 1.84
    assert 14.0 < poisson_upper(10, 1.0) < 14.5  # exact 14.3
    assert poisson_upper(30, 1.0) > poisson_upper(20, 1.0) > 20


def test_each_seed_deals_the_articles_into_folds_afresh_and_seed_0_keeps_the_old_deal():
    articles = [f"reuters-{k}" for k in range(200)]
    deals = [[fold_of(a, 5, seed) for a in articles] for seed in range(4)]
    assert all(set(d) == set(range(5)) for d in deals)
    assert len({tuple(d) for d in deals}) == 4
    import hashlib
    assert deals[0] == [hashlib.sha1(b"fold:" + a.encode()).digest()[0] % 5 for a in articles]


def _noisy_pool(noisy_articles: int, articles: int = 40) -> Labels:
    obs = [Observation("R.Good", 0.9, True, False, damage=f"good\tu{k}") for k in range(60)]
    obs += [Observation("R.Noisy", 0.9, True, False, damage=f"noisy\tu{k}") for k in range(60)]
    obs += [Observation("R.Noisy", 0.9, False, True, run=f"a{k}#1") for k in range(noisy_articles)]
    return Labels({"es": obs}, {"es": {f"a{k}#1": 1000 for k in range(articles)}}, {"es": {"good": 60, "noisy": 60}})


def test_several_deals_count_the_same_alarms_per_deal():
    one = held_out(_noisy_pool(8), "es", (1.0,), folds=4)[1.0]
    three = held_out(_noisy_pool(8), "es", (1.0,), folds=4, seeds=(0, 1, 2))[1.0]
    # the noisy rule warns in every fold at 1 per 1,000: each deal counts its 8 alarms once
    assert one["counted"] == three["counted"] == 8 and three["words"] == 40_000
    assert three["per_seed"] == [0.2, 0.2, 0.2] and len(three["folds"]) == 12


def _row(counted: float, recall: float, words: int = 100_000, unit_counted: float = 0.0,
         unit_words: int = 20_000) -> dict:
    return {"counted": counted, "words": words, "unit_counted": unit_counted, "unit_words": unit_words,
            "per_1000": round(1000 * counted / words, 2), "units_per_1000": round(1000 * unit_counted / unit_words, 2),
            "macro_recall": recall}


def test_the_aim_holds_the_pools_point_rate():
    # 29 alarms in 100,000 words is 0.29: the aim's 0.3 holds, and its bound (0.35) keeps to the line
    table = {0.15: _row(18, 0.85), 0.2: _row(22, 0.86), 0.3: _row(29, 0.87), 0.4: _row(31, 0.88)}
    assert choose_budget(table, target=0.3) == 0.3
    assert choose_budget(table, target=0.3, line=0.3) == 0.2  # the bound held to the aim as well
    # none keeps to it: the smallest
    assert choose_budget(table, target=0.1) == 0.15


def test_the_line_holds_the_rate_with_its_noise_allowed_for():
    # a small pool: 4 alarms in 14,000 words is 0.29, under the aim, but one
    # deviation of noise is 0.51, over the line; 5 in 18,000 keeps to it (0.47)
    small = {0.2: _row(5, 0.86, words=18_000), 0.3: _row(4, 0.87, words=14_000)}
    assert choose_budget(small, target=0.3, line=0.5) == 0.2
    assert choose_budget(small, target=0.3, line=0.5, z=0.0) == 0.3  # no noise allowed: the point rate alone


def test_the_first_runs_keep_to_the_line_with_their_noise():
    # the units' shape and size: 6 alarms in 20,000 first-run words (0.3, bound
    # 0.48) keep to the line, 8 (0.4, bound 0.6) do not, whatever the whole pool says
    table = {0.15: _row(20, 0.86, unit_counted=6), 0.2: _row(24, 0.88, unit_counted=8)}
    assert choose_budget(table, target=0.3) == 0.15
    table[0.2] = _row(24, 0.88, unit_counted=6)
    assert choose_budget(table, target=0.3) == 0.2


def test_the_tenth_rounds_english_labels_choose_the_budget_that_keeps_to_both_lines():
    # held out on three deals (docs/evaluation.md): the bound held to the
    # target chose 0.2 (0.25: bound 0.33); 0.3 keeps to the aim (0.29) and
    # to the line (bound 0.35, first runs' 0.43); 0.4 is over the aim
    table = {0.15: _row(19.6, 0.868, words=105_753, unit_counted=4.2, unit_words=21_000),
             0.2: _row(25.4, 0.875, words=105_753, unit_counted=5.2, unit_words=21_000),
             0.25: _row(28.6, 0.879, words=105_753, unit_counted=5.9, unit_words=21_000),
             0.3: _row(30.7, 0.882, words=105_753, unit_counted=6.3, unit_words=21_000),
             0.4: _row(37.0, 0.884, words=105_753, unit_counted=7.6, unit_words=21_000)}
    assert choose_budget(table, target=0.3, line=0.5) == 0.3
    pool_only = {b: {**v, "unit_counted": 0.0} for b, v in table.items()}
    assert choose_budget(pool_only, target=0.3, line=0.3) == 0.2


def test_a_bin_is_worth_the_damages_it_adds_to_the_bins_before_it():
    # the Spanish case: split words found by another rule already, non-words by none
    split = frozenset(f"split\tu{k}" for k in range(68))
    non_words = frozenset(f"non-word\tu{k}" for k in range(60))
    cells = [(0.95, 0, 68, "warning", False, False, split),  # the rule that finds the split words
             (0.75, 3, 108, "info", False, False, split | frozenset(f"icdar{k}" for k in range(40))),
             (0.92, 3, 75, "warning", False, False, non_words | frozenset(f"cows{k}" for k in range(15)))]
    assert sorted(taken(cells, 10_000, 0.35, unseen=0.05)) == [0, 2]
    assert sorted(taken(cells, 10_000, 0.7, unseen=0.05)) == [0, 1, 2]
    # counted by all they find, the split-word bin would come first
    assert sorted(taken([c[:6] for c in cells], 10_000, 0.35, unseen=0.05)) == [0, 1]


def test_bins_by_what_they_add_still_only_grow_with_the_budget():
    rng = random.Random(3)
    for _ in range(100):
        pool = [f"d{k}" for k in range(60)]
        cells = [(*c, frozenset(rng.sample(pool, rng.randint(0, 20)))) for c in _random_cells(rng, rng.randint(1, 30))]
        graded = [_warning_bins(cells, 10_000, b, 0.05) for b in (0.0, 0.1, 0.2, 0.3, 0.5, 1.0, 3.0)]
        assert all(a <= b for a, b in zip(graded, graded[1:])), cells


def test_the_ladder_takes_a_bin_after_one_that_does_not_fit():
    # the English case: a costly bin of the most worth first, and a cheap one
    # after it that the walk ending at the first misfit never reached
    costly = (0.85, 8, 159, "warning", False, False, frozenset(f"cut\tu{k}" for k in range(159)))
    repeat = (0.81, 0, 12, "warning", False, False, frozenset(f"neighbour\tu{k}" for k in range(12)))
    cheap = (0.7, 1, 20, "warning", False, False, frozenset(f"dropped\tu{k}" for k in range(20)))
    cells = [costly, repeat, cheap]
    assert sorted(taken(cells, 10_000, 0.3, unseen=0.05)) == [1, 2]  # 8.05 alarms do not fit in 3
    assert sorted(taken(cells, 10_000, 1.0, unseen=0.05)) == [0, 1, 2]
    # a rung only adds: the cheap bin taken at 0.15 leaves the costly one out until there is room for both
    assert sorted(taken(cells, 10_000, 0.9, unseen=0.05)) == [1, 2]


def test_a_budget_between_rungs_takes_what_its_rung_takes():
    cells = [(0.9, 3, 40, "warning"), (0.8, 1, 12, "warning")]
    # the cheap bin fits from the rung of 0.15 on; both need 4.1 alarms, the rung of 0.45
    assert taken(cells, 10_000, 0.44, 0.05) == taken(cells, 10_000, 0.4, 0.05) == {1}
    assert taken(cells, 10_000, 0.45, 0.05) == {0, 1}


def test_a_signal_inside_a_span_finds_its_damage_by_its_own_warning():
    # the repeat bin of the tenth round: its repeats lie inside spans, and a
    # span is as severe as its strongest signal (qa.merge.absorb), so the
    # repeat bin's warning finds those damages; counted as finding nothing,
    # it lost the one free place of the budget to a bin that finds fewer
    obs = [Observation("Repetition.Token", 0.9, True, False, damage=f"neighbour\tu{k}", inner=True)
           for k in range(12)]
    obs += [Observation("Garble.Span", 0.9, True, False, damage=f"neighbour\tu{k}") for k in range(12)]
    obs += [Observation("Garble.Span", 0.9, False, True, run="a1")]  # too costly for the budget
    obs += [Observation("Other.Rule", 0.9, True, False, damage=f"dropped\tu{k}") for k in range(10)]
    fitted = fit_language(obs, 1_000, 0.05, combiner=None, unseen=0.05)
    warns = {r: [b for b in v["bins"] if b["p"] >= fitted["warning_at"] and "cap" not in b]
             for r, v in fitted["rules"].items()}
    assert warns["Repetition.Token"] and not warns["Other.Rule"] and not warns["Garble.Span"]


def test_a_pooled_run_of_bins_keeps_each_bin_so_one_label_does_not_bind_a_cheap_bin_to_a_costly_one():
    # the Spanish case: a bin of 60 findings and 2 clean alarms just under a
    # bin of 250 and none; one clean alarm found to be a real slip of the
    # source tips their rates into pooling
    low = [(0.62, True)] * 52 + [(0.62, False)] * 6
    high = [(0.7, True)] * 221 + [(0.7, False)] * 26
    bins = bins_for(low + high, prior=0.25)
    assert [b["upto"] for b in bins] == [0.62, 1.0] and bins[0]["p"] == bins[1]["p"]  # pooled: one probability
    assert [b["positive"] for b in bins] == [52, 221]  # each bin its own findings
    merged = bins_for(low + high, prior=0.25, split=False)
    assert len(merged) == 1 and merged[0]["p"] == bins[0]["p"]
    # fitted: under a budget of one alarm the bin of none warns alone
    obs = [Observation("R.Context", raw, real, False, damage=f"k\tu{n}" if real else "")
           for n, (raw, real) in enumerate(low + high)]
    obs += [Observation("R.Context", 0.62, False, True, run=f"a{k}") for k in range(2)]
    fitted = fit_language(obs, 10_000, 0.1, combiner=None, unseen=0.05)
    warns = [b["upto"] for b in fitted["rules"]["R.Context"]["bins"] if b["p"] >= fitted["warning_at"] and "cap" not in b]
    assert warns == [1.0]
