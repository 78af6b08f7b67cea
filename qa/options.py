"""Resolved settings for one run: defaults, then config file, then CLI flags."""
from __future__ import annotations

from dataclasses import dataclass, field

EXTRACT_MODES = ("trafilatura", "none")  # how HTML and WARC pages are read (qa.sources.html)


@dataclass
class Options:
    language: str | None = None  # force a language; None = detect per document
    fail_level: str = "error"  # exit 1 when a finding is at or above this severity
    warn_below: float = 85.0  # score below this: verdict "warn"
    fail_below: float = 60.0  # score below this: verdict "fail"
    select: tuple[str, ...] = ()  # rule-id prefixes to keep (empty = all)
    ignore: tuple[str, ...] = ()  # rule-id prefixes to drop
    per_path_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rule_paths: tuple[str, ...] = ()  # extra folders of rule packs
    accept: frozenset[str] = frozenset()  # vocabulary never flagged
    include: tuple[str, ...] = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.jsonl",
                                "*.warc", "*.warc.gz")
    exclude: tuple[str, ...] = ()
    text_field: str = "text"
    # HTML and WARC pages: "trafilatura" checks the article's extracted text;
    # "none" checks every file's raw text (Markdown is then not parsed either)
    extract: str = "trafilatura"
    jobs: int = 1
    # Seconds per document (CPU for local checks, wall for grammar): past it
    # the document is reported with what was found so far and a note.
    time_budget: float = 60.0
    # Grammar (LanguageTool)
    grammar: str = "auto"  # auto | required | off
    languagetool_url: str | None = None  # remote or already-running server
    languagetool_home: str | None = None  # local LanguageTool install (jars)
    languagetool_enable: tuple[str, ...] = ()
    languagetool_disable: tuple[str, ...] = ()
    languagetool_enable_categories: tuple[str, ...] = ()
    languagetool_disable_categories: tuple[str, ...] = ()
    languagetool_picky: bool = False
    languagetool_variant: dict[str, str] = field(default_factory=dict)  # es -> es-ES
    # False: the raw mode bench/calibrate.py measures: no calibration applied
    # (hand-set confidences and severities) and every LanguageTool rule on.
    calibrated: bool = True
    # True: a check that raises ends the run with its traceback (--debug, the
    # tests); False: it becomes a note of its document and the run goes on
    # to end with the tool's failure status (qa.checkfailure)
    raise_check_errors: bool = False

    def selected(self, rule_id: str, path: str | None = None) -> bool:
        """ruff-style prefix selection: ``ignore`` wins over ``select``."""
        if self.select and not any(_prefix_match(rule_id, p) for p in self.select):
            return False
        ignores = self.ignore
        if path is not None and self.per_path_ignores:
            from fnmatch import fnmatch

            for pattern, ids in self.per_path_ignores.items():
                if fnmatch(path, pattern):
                    ignores = ignores + tuple(ids)
        return not any(_prefix_match(rule_id, p) for p in ignores)


def _prefix_match(rule_id: str, prefix: str) -> bool:
    """``Encoding`` matches ``Encoding.Mojibake``; ``Enc`` does not."""
    return rule_id == prefix or rule_id.startswith(prefix + ".") or (
        prefix.endswith(".") and rule_id.startswith(prefix)
    )
