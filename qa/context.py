"""Everything a run shares: options, word lists, rules, the grammar service.

One ``Context`` per run (no module-level state), so library users and
tests can hold several with different settings side by side.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

from .calibration import Calibration
from .kinds.base import Rule
from .lang import BUILTIN, LanguageProfile
from .lexicon import Lexicons
from .loader import load_rules
from .model import RuleInfo, RuleRoles
from .options import Options


@dataclass
class Context:
    options: Options
    rules: list[Rule]
    lexicons: Lexicons
    grammar: Any = None  # qa.grammar.GrammarService once started, else None
    # Why grammar was not checked (shown atop reports), None when it was.
    grammar_note: str | None = None
    _roles: dict[str, RuleRoles] | None = field(default=None, repr=False)
    # The run's sentence judge (qa.pipeline.sentence_judge) and the grammar
    # service it was built with: built once per run, not once per document.
    _judge: tuple[Any, Any] | None = field(default=None, repr=False)
    # (source, reason) of each document grammar could not check although a
    # server was attached: with ``grammar = "required"`` any one fails the run.
    grammar_unchecked: list[tuple[str, str]] = field(default_factory=list)
    # Learnt confidences and severities (qa/data/calibration.json); None in
    # raw mode (``Options.calibrated`` off), where hand-set ones stay.
    calibration: Calibration | None = None

    @classmethod
    def create(cls, options: Options | None = None,
               profiles: Mapping[str, LanguageProfile] = BUILTIN) -> "Context":
        """``profiles``: the languages this run knows (qa.lang's by default)."""
        options = options or Options()
        rules = load_rules(tuple(Path(p) for p in options.rule_paths))
        return cls(options=options, rules=rules, lexicons=Lexicons(options.accept, profiles, options.languagetool_home),
                   calibration=Calibration.load() if options.calibrated else None)

    def profile(self, language: str | None) -> LanguageProfile:
        """What this run knows about ``language`` (a generic profile if nothing)."""
        return self.lexicons[language or "und"].profile

    def rule_infos(self) -> list[RuleInfo]:
        """Every rule this run can report, sorted by id (LanguageTool's own
        rules are not known in advance and are described as they occur)."""
        from . import checkers, merge, suppress

        infos = [
            info if info.source else replace(info, source=module.__name__.replace(".", "/") + ".py")
            for module in (*checkers.BUILTIN, merge, suppress) for info in module.RULES
        ]
        infos += [rule.info for rule in self.rules]
        return sorted(infos, key=lambda i: i.id)

    def rule_roles(self) -> dict[str, RuleRoles]:
        """Rule id -> its roles, for every rule known before the run."""
        if self._roles is None:
            self._roles = {info.id: info.roles for info in self.rule_infos()}
        return self._roles
