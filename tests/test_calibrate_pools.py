"""bench/calibrate.py --pools (bench/lt_pools.py): LanguageTool's thin rules of a spelling category
fitted together, each member charged the clean alarms a rule may raise unseen."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.calibrate import Observation, fit_language  # noqa: E402
from qa.calibration import language_calibration  # noqa: E402

CATEGORIES = {"A_TILDE": "DIACRITICS", "B_TILDE": "DIACRITICS", "C_TILDE": "DIACRITICS",
              "NOISY_TILDE": "DIACRITICS"}


def _thin_rules(damages_each: int = 11) -> list[Observation]:
    """Three accent rules of a few damages each and no clean alarm, one that
    raised one on clean news, and a checker of many damages beside them."""
    obs = []
    for rule in ("LT.A_TILDE", "LT.B_TILDE", "LT.C_TILDE"):
        obs += [Observation(rule, 0.5, True, False, severity="info", damage=f"accent\t{rule}{k}")
                for k in range(damages_each)]
        obs.append(Observation(rule, 0.5, False, False, severity="info"))  # a real-error text, off its gold
    obs += [Observation("LT.NOISY_TILDE", 0.5, True, False, severity="info", damage=f"accent\tn{k}")
            for k in range(5)]
    obs.append(Observation("LT.NOISY_TILDE", 0.5, False, True, severity="info", run="a1"))
    obs += [Observation("Agreement.X", 0.9, True, False, damage=f"agreement\tu{k}") for k in range(60)]
    obs += [Observation("Agreement.X", 0.9, False, True, run=f"b{k}") for k in range(2)]
    return obs


def _fit(obs, pools_of="quiet", budget=0.5, unseen=0.05):
    return fit_language(obs, 20_000, budget, None, unseen, CATEGORIES, {"accent": 32, "agreement": 60},
                        pools_of=pools_of)


def test_thin_rules_of_one_category_are_fitted_together_and_warn_where_alone_they_could_not():
    pooled = _fit(_thin_rules())
    assert pooled["pools"]["DIACRITICS"]["rules"] == ["LT.A_TILDE", "LT.B_TILDE", "LT.C_TILDE"]
    assert not {"LT.A_TILDE", "LT.B_TILDE", "LT.C_TILDE"} & set(pooled["rules"])
    # the rule that raised a clean alarm keeps bins of its own
    assert "LT.NOISY_TILDE" in pooled["rules"]
    cal = language_calibration(pooled)
    for rule in ("LT.A_TILDE", "LT.B_TILDE", "LT.C_TILDE"):
        assert cal.grade(rule, 0.5, "info")[1] != "info"
    assert cal.grade("LT.NOISY_TILDE", 0.5, "info")[1] == "info"
    # alone, each is 11 damages of 12 findings: thin, under the bin that showed clean alarms
    alone = language_calibration(_fit(_thin_rules(), pools_of="off"))
    assert "pools" not in _fit(_thin_rules(), pools_of="off")
    assert all(alone.grade(r, 0.5, "info")[1] == "info" for r in ("LT.A_TILDE", "LT.B_TILDE", "LT.C_TILDE"))


def test_a_pool_is_charged_the_unseen_alarms_of_each_of_its_rules():
    # 0.05 per 1,000 of 20,000 words allows one clean alarm: a bin charged 0.4 unseen
    # would fit, the pool of three rules charged 3 x 0.4 does not; 0.1 allows two
    assert language_calibration(_fit(_thin_rules(), budget=0.05, unseen=0.4)).grade("LT.A_TILDE", 0.5, "info")[1] \
        == "info"
    assert language_calibration(_fit(_thin_rules(), budget=0.1, unseen=0.4)).grade("LT.A_TILDE", 0.5, "info")[1] \
        != "info"


def test_a_rule_with_evidence_of_its_own_is_not_pooled():
    obs = _thin_rules() + [Observation("LT.A_TILDE", 0.5, True, False, severity="info", damage=f"accent\tx{k}")
                           for k in range(30)]
    assert _fit(obs)["pools"]["DIACRITICS"]["rules"] == ["LT.B_TILDE", "LT.C_TILDE"]


def test_pooled_with_their_clean_alarms_the_thin_rules_pay_for_the_noisy_one():
    pooled = _fit(_thin_rules(), pools_of="all")
    assert pooled["pools"]["DIACRITICS"]["rules"] == ["LT.A_TILDE", "LT.B_TILDE", "LT.C_TILDE", "LT.NOISY_TILDE"]
    assert sum(b["clean"] for b in pooled["pools"]["DIACRITICS"]["bins"]) == 1


def test_by_default_nothing_is_pooled():
    assert "pools" not in fit_language(_thin_rules(), 20_000, 0.5, None, 0.05, CATEGORIES)
