"""Language profiles: one module per language, and nothing language-keyed elsewhere."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from qa.context import Context
from qa.document import Document
from qa.lang import BUILTIN, Clash, LanguageProfile, profile_for
from qa.options import Options
from qa.pipeline import check_document
from qa.text.language import detect_language
from qa.text.tokens import tokenize

QA = Path(__file__).resolve().parents[1] / "qa"
# A language variable compared with a language code, or a table keyed by codes.
_BRANCH = re.compile(
    r"""\b(?:lang|language|code)\w*\s*(?:==|!=|\bin\b|\bnot in\b)\s*[(\[{]?\s*["'][a-z]{2,3}["']"""
    r"""|[{,]\s*["'](?:es|en|fr|de|pt|it)["']\s*:""")
# LanguageTool's own warm-up sentences: a table about the server's modules.
_ALLOWED = {("grammar/server.py", "WARM_UP")}


def test_no_language_branch_outside_qa_lang():
    found = []
    for path in QA.rglob("*.py"):
        rel = path.relative_to(QA).as_posix()
        if rel.startswith("lang/"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith(">>>") or not _BRANCH.search(line):
                continue
            if any(rel == f and marker in line for f, marker in _ALLOWED):
                continue
            found.append(f"qa/{rel}:{number}: {line.strip()}")
    assert not found, "language branches outside qa/lang/:\n" + "\n".join(found)


def test_branch_pattern_catches_the_old_style():
    assert _BRANCH.search('    if lang == "es":')
    assert _BRANCH.search('    if language not in ("es", "en"):')
    assert _BRANCH.search('LEGIT = {"es": frozenset()}')
    assert not _BRANCH.search('    if word[0] in "ie":')


def test_every_language_has_a_profile():
    assert profile_for("es").calibrated and profile_for("en").calibrated
    generic = profile_for("pt")
    assert generic.code == "pt" and generic.accented and not generic.calibrated
    assert generic.agreement is None and "não" in generic.function_words
    assert profile_for(None).code == "und"


def _findings(text: str, language: str, ctx: Context | None = None):
    ctx = ctx or Context.create(Options(grammar="off"))
    return check_document(Document.from_text(text, language=language), ctx).findings


def test_french_is_detected():
    text = "Le président de la République a reçu les ministres dans son bureau pour une réunion."
    assert detect_language(tokenize(text)) == "fr"


def test_french_pronoun_repeats_are_grammatical():
    text = ("Nous nous sommes réunis hier à Paris. Vous vous êtes trompés de date. "
            "Il a fait faire des travaux.")
    found = _findings(text, "fr")
    assert not [f for f in found if f.rule.startswith("Repetition")]
    # a real doubled word is still caught
    found = _findings("Le ministre a a parlé devant les députés.", "fr")
    assert [f.rule for f in found if f.rule.startswith("Repetition")] == ["Repetition.Token"]


def test_french_non_words_are_flagged_and_names_spared():
    text = "Le gouvernemnt a annoncé des mesures, selon Emmanuel Macron."
    found = _findings(text, "fr")
    # uncalibrated: info only, with the French correction first
    assert [(text[f.start:f.end], f.rule, f.severity, f.fixes[0].replacement) for f in found] == [
        ("gouvernemnt", "Spelling.NonWord", "info", "gouvernement")]


def test_french_abbreviation_does_not_end_a_sentence():
    doc = Document.from_text("Mme. Dupont est arrivée. Elle a parlé.", language="fr")
    assert len(doc.sentences) == 2


def test_german_relative_pronoun_repeat_is_grammatical():
    found = _findings("Das ist die Frau, die die Zeitung gelesen hat.", "de")
    assert not [f for f in found if f.rule.startswith("Repetition")]


# -- a toy language, added in one place ------------------------------------

def _toy_agreement(doc, lex):
    """Italian-ish toy rule: "gli" wants a word in -i."""
    words = doc.words
    for a, b in zip(words, words[1:]):
        if a.text.lower() == "gli" and not b.text.endswith("i"):
            yield Clash(a, b, f"“{a.text}” wants a plural after it", 0.5, b.text[:-1] + "i")


TOY = LanguageProfile(
    code="it",
    legitimate_repeats=frozenset({"piano"}),
    agreement=_toy_agreement,
)


def test_a_toy_profile_drives_the_checks():
    text = "Camminava piano piano verso gli amico."
    plain = _findings(text, "it")
    assert [f.rule for f in plain if f.rule.startswith(("Repetition", "Garble"))] == ["Repetition.Token"]
    ctx = Context.create(Options(grammar="off"), profiles={**BUILTIN, "it": TOY})
    found = _findings(text, "it", ctx)
    assert not [f for f in found if f.rule.startswith("Repetition")]
    clash = [f for f in found if f.rule == "Garble.Agreement"]
    assert [text[f.start:f.end] for f in clash] == ["gli amico"]
    assert clash[0].data["agrees"] == "amici"


def test_a_profile_is_plain_frozen_data():
    es = BUILTIN["es"]
    assert replace(es, calibrated=False).calibrated is False and es.calibrated is True
    try:
        BUILTIN["xx"] = es  # type: ignore[index]
    except TypeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("the built-in mapping must be read-only")


# -- rule roles are data ----------------------------------------------------

_RULE_ID = re.compile(r"""["'](?:Garble|Spelling|OCR|Encoding|Repetition|Register|LT|Structure|Scraping|"""
                      r"""Consistency|Suppression)\.""")


def test_no_rule_id_literal_in_orchestration_or_rendering():
    files = [QA / "pipeline.py", QA / "merge.py", QA / "originals.py", QA / "evidence.py",
             *sorted((QA / "render").glob("*.py"))]
    found = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            # a module's own rule definition and doctests are not decisions
            if stripped.startswith((">>>", "...", "RULE = ")) or not _RULE_ID.search(line):
                continue
            found.append(f"{path.relative_to(QA.parent)}:{number}: {stripped}")
    assert not found, "rule ids matched as strings:\n" + "\n".join(found)


def test_roles_come_from_rule_infos(ctx):
    roles = ctx.rule_roles()
    assert roles["Garble.Agreement"].family == "agreement"
    assert roles["Register.VulgarEs"].family == "register"  # from the rule file's category
    assert roles["OCR.SplitWord"].explains_inside and roles["OCR.SplitWord"].word_level
    assert roles["Garble.RealWord"].neighbour_guess and roles["Garble.Span"].merged_span
    assert roles["Scraping.Share"].family is None


def test_a_rule_file_names_its_evidence_family(tmp_path):
    from qa.loader import load_rules

    pack = tmp_path / "House"
    pack.mkdir()
    (pack / "Jargon.toml").write_text(
        'extends = "existence"\nmessage = "“{match}” is house jargon"\ncategory = "style"\n'
        'description = "House jargon."\nevidence = "register"\ntokens = ["synergy"]\n'
        '[examples]\nflag = ["A synergy plan."]\nok = ["A joint plan."]\n', encoding="utf-8")
    [rule] = [r for r in load_rules((tmp_path,)) if r.info.id == "House.Jargon"]
    assert rule.info.roles.family == "register" and rule.info.roles.real_word_evidence


def test_a_checker_module_is_registered_in_one_place(ctx):
    """Adding a checker is its module plus its name in BUILTIN: every
    module that can check is listed, and everything else (rule list,
    roles, examples test) follows from the list."""
    import importlib
    import pkgutil

    from qa import checkers

    infos = {i.id for i in ctx.rule_infos()}
    for found in pkgutil.iter_modules(checkers.__path__):
        module = importlib.import_module(f"qa.checkers.{found.name}")
        if hasattr(module, "check") and hasattr(module, "RULES"):
            assert module in checkers.BUILTIN, f"{found.name} is not in BUILTIN"
            assert {i.id for i in module.RULES} <= infos
