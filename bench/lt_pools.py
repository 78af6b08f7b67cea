"""LanguageTool's thin rules pooled by category, for the calibration.

Many LanguageTool rules fire too rarely on the calibration half to earn a
bin of their own: a rule of 4 damages and no clean alarm stays under the
prior's pull (``bench/calibrate.py``, PRIOR) and, being thin, is not trusted
below the likeliest bin that showed a clean alarm. Rules of one
LanguageTool category (``DIACRITICS``, ``TYPOS``, ``MISSPELLING``: the
category its matches carry, as LanguageTool answers it) do one kind of
job, so their findings together say what one of them alone cannot.

A rule is pooled (``thin_pools``) when it is a LanguageTool rule other than
the speller (fitted by density on its own) of a category newsqa reads as
spelling (``qa.grammar.rules.category_of``: one word's written form), newsqa
asks for it by default, and it found fewer than ``MIN_EVIDENCE`` real
damages; with ``quiet_only``, only if it also raised no clean alarm. The
pool is fitted like a rule; each bin is charged ``--unseen`` once per
member rule, not once a bin: every member is one more rule that may meet a
clean word the pool never did.

Measured on the calibration half (docs/evaluation.md, "Nineteenth round:
LanguageTool's thin rules pooled"), neither way earns its place, and
``bench/calibrate.py`` pools only when asked (``--pools``): the quiet rules
alone warn (``DIACRITICS`` 63 damages, 16 other findings, no clean alarm)
but raise Spanish false alarms held out from 0.27 to 0.32 per 1,000 clean
words, since a rule chosen for showing no clean alarm on four folds shows
its alarms on the fifth; every thin rule of the category, its clean alarms
counted, is a pool of 27 clean alarms to 113 damages (``DIACRITICS``),
capped at info.

>>> cats = {"A_TILDE": "DIACRITICS", "B_TILDE": "DIACRITICS", "C": "TYPOS", "D_TILDE": "DIACRITICS",
...         "E_AGREE": "AGREEMENT_NOUNS", "F_AGREE": "AGREEMENT_NOUNS"}
>>> seen = {"LT.A_TILDE": (3, 0), "LT.B_TILDE": (5, 0), "LT.C": (4, 0), "LT.D_TILDE": (2, 1),
...         "Agreement.X": (2, 0), "LT.E_AGREE": (3, 0), "LT.F_AGREE": (3, 0)}
>>> thin_pools(seen, cats, off=lambda rule, cat: False, quiet_only=True)
{'DIACRITICS': ['LT.A_TILDE', 'LT.B_TILDE']}
>>> thin_pools(seen, cats, off=lambda rule, cat: False)
{'DIACRITICS': ['LT.A_TILDE', 'LT.B_TILDE', 'LT.D_TILDE']}
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Mapping

from qa.grammar.rules import category_of
from qa.grammar.spelling import SPELLING_RULES

MIN_EVIDENCE = 30  # as bench/calibrate.py: under it a bin is thin
MIN_MEMBERS = 2  # a pool of one rule is the rule
# bench/calibrate.py --pools: none, every thin rule of a category, or the thin rules of no clean alarm
POOLINGS = ("off", "all", "quiet")


def thin_pools(seen: Mapping[str, tuple[int, int]], categories: Mapping[str, str],
               off: Callable[[str, str], bool], quiet_only: bool = False,
               min_evidence: int = MIN_EVIDENCE) -> dict[str, list[str]]:
    """LanguageTool category -> the thin rules pooled in it, sorted;
    ``seen``: rule id -> (real damages found, clean alarms raised);
    ``categories``: LanguageTool rule id (no ``LT.``) -> its category;
    ``off``: whether newsqa turns a rule off by default (rule, category);
    ``quiet_only``: only the rules that raised no clean alarm."""
    pools: dict[str, list[str]] = defaultdict(list)
    for rule, (real, clean) in sorted(seen.items()):
        lt = rule[3:]
        category = categories.get(lt, "")
        if (not rule.startswith("LT.") or rule.startswith(SPELLING_RULES) or category_of(category, "") != "spelling"
                or off(lt, category) or real >= min_evidence or (quiet_only and clean)):
            continue
        pools[category].append(rule)
    return {c: members for c, members in sorted(pools.items()) if len(members) >= MIN_MEMBERS}
