"""Garble.Seconded: a real-word signal of newsqa's that a LanguageTool match
on the same word seconds. The pairing on built findings, then the whole
pipeline with a real LanguageTool server."""
from __future__ import annotations

from test_grammar import grammar, lt_home, state_dir  # noqa: F401 (module fixtures: one server)

from qa.context import Context
from qa.document import Document
from qa.grammar import GrammarService
from qa.grammar.rules import roles_of
from qa.merge import merge_garble
from qa.model import Finding, Fix, RuleRoles
from qa.options import Options
from qa.pipeline import check_document
from qa.seconded import RULE, RULES, VOTE_ONLY, pairs

TEXT = "Hace tiempo que Sony emp esta técnica en sus cámaras."
AT = TEXT.index(" emp ") + 1
TEXT_LT = "El año pasado la empresa fund una filial en Chile."  # the rule's example
CONTEXT = RuleRoles(family="context", word_level=True, real_word_evidence=True)


def _ours(start=AT, end=AT + 3, confidence=0.5) -> Finding:
    return Finding("Garble.TagContext", "garble", "info", start, end, "x", confidence=confidence,
                   fixes=(Fix(start, end, "empezó", confidence, "display"),), suspect=(start, end), roles=CONTEXT)


def _speller(start=AT, end=AT + 3, confidence=0.2, vote_only=False) -> Finding:
    return Finding("LT.MORFOLOGIK_RULE_ES", "spelling", "info", start, end, "x", confidence=confidence,
                   fixes=(Fix(start, end, "eme", 0.6, "display"),), roles=roles_of("MORFOLOGIK_RULE_ES", "spelling"),
                   data={VOTE_ONLY: True} if vote_only else {})


def test_a_languagetool_match_on_the_same_word_seconds_a_signal():
    ours, vote = _ours(), _speller(vote_only=True)
    assert pairs([ours, vote]) == [(ours, vote)]
    # on another word, or a match that is no damage evidence (style), no pair
    assert pairs([ours, _speller(AT + 4, AT + 8, vote_only=True)]) == []
    style = Finding("LT.X", "style", "info", AT, AT + 3, "x", roles=roles_of("X", "style"))
    assert pairs([ours, style]) == []
    # LanguageTool's match alone, or two of its own, second nothing
    assert pairs([vote, _speller(confidence=0.6, vote_only=True)]) == []


def test_merging_makes_the_seconded_finding_and_drops_the_vote_only_match():
    doc = Document.from_text(TEXT, language="es")
    ours, vote = _ours(), _speller(vote_only=True)
    out = merge_garble(doc, [ours, vote])
    [made] = out  # the pair is its evidence, no findings of their own
    assert made.rule == RULE and made.evidence == (ours, vote)
    assert (made.start, made.end, made.severity) == (AT, AT + 3, "warning")
    assert made.confidence == 0.6  # noisy-or: 1 - 0.5 x 0.8
    assert [x.replacement for x in made.fixes] == ["empezó", "eme"]  # newsqa's candidate first
    # a vote-only match that seconds nothing is simply gone
    assert merge_garble(doc, [_speller(vote_only=True)]) == []


def test_a_pair_inside_a_merged_span_is_left_to_the_span():
    text = "En una conferencia de prensa, los culo de lanzar una guerra."
    doc = Document.from_text(text, language="es")
    at = text.index("culo")
    agreement = Finding("Garble.Agreement", "grammar", "info", at - 4, at + 4, "x", confidence=0.55,
                        suspect=(at, at + 4), roles=RuleRoles(family="agreement", real_word_evidence=True))
    lt = Finding("LT.AGREEMENT_DET_NOUN", "grammar", "info", at - 4, at + 4, "x", confidence=0.7,
                 roles=roles_of("AGREEMENT_DET_NOUN", "grammar"))
    context = _ours(at, at + 4)
    out = merge_garble(doc, [agreement, lt, context])
    assert [f.rule for f in out if f.roles.merged_span] == ["Garble.Span"]
    assert not [f for f in out if f.rule == RULE]
    # without the context signal the two agreement checks are one family, and
    # one piece of evidence (the same tagging dictionary): no span, no second
    assert merge_garble(doc, [agreement, lt]) == [agreement, lt]
    # the speller's match on a non-word seconds nothing: the word is a
    # non-word, the spelling checks' (only a vote-only match counts)
    assert pairs([_ours(), _speller(confidence=0.6)]) == []


def _report(text: str, grammar, lt_home, calibrated: bool = True):  # noqa: F811
    """The report with the rules the shipped calibration turns back on
    (LanguageTool's Spanish speller among them), graded by it or not."""
    on = Context.create(Options(grammar="off")).calibration.languagetool_on()
    ctx = Context.create(Options(languagetool_home=str(lt_home), calibrated=calibrated))
    with GrammarService(Options(languagetool_url=grammar.url), turned_on=on) as service:
        ctx.grammar = service
        return check_document(Document.from_text(text, language="es"), ctx)


def test_with_languagetool_the_two_agreement_checks_are_one_vote(grammar, lt_home):  # noqa: F811
    # both read the same tagging dictionary: seconding the one by the other
    # cost the calibration four clean alarms for six determiners found
    # ("unos potente inhibidor" is also Garble.WordClass's determiner past an
    # adjective, and "unos potente inhibidores" its singular adjective before
    # a plural noun: three signals, a span; "joven" is a noun too, and
    # either word may be the noun there)
    text = "El compuesto lo hallaron unos joven investigadores del centro."
    report = _report(text, grammar, lt_home, calibrated=False)
    rules = {f.rule for f in report.findings}
    assert "Garble.Agreement" in rules and any(r.startswith("LT.AGREEMENT_DET_") for r in rules)
    assert RULE not in rules


def test_with_languagetool_the_speller_seconds_a_cut_word_that_spells_an_english_one(grammar, lt_home):  # noqa: F811
    # "fund" (fundó cut) is common English, so the speller's match is no
    # finding of its own; it seconds Garble.TagContext on the same word
    # ("Sony emp esta", the unit tests' text, is Garble.RealWord's too:
    # "emp" is no Spanish form, in running text, 89 times rarer than "empezó")
    [flagged] = RULES[0].flag  # the rule's own examples, which need the server
    assert flagged == TEXT_LT
    report = _report(TEXT_LT, grammar, lt_home, calibrated=False)
    [made] = [f for f in report.findings if f.start == TEXT_LT.index(" fund ") + 1]
    assert made.rule == RULE and made.data["vote"] == "LT.MORFOLOGIK_RULE_ES"
    # its repairs are ranked as a span's are (the class fit, the signals each
    # clears), more than the class signal's one; nothing is applied unasked
    assert [x.replacement for x in made.fixes][:2] == ["fundó", "fundada"]
    assert {x.applicability for x in made.fixes} == {"display"}
    assert "likely original of “fund”" in made.message
    assert not [f for f in report.findings if f.rule.startswith("LT.MORFOLOGIK")]
    # the sound sentence, and an English word in sound copy: no finding
    [sound] = RULES[0].ok
    assert [f.rule for f in _report(sound, grammar, lt_home).findings] == []
    sound = "La empresa lanzó un servicio online para sus clientes."
    assert [f.rule for f in _report(sound, grammar, lt_home).findings] == []


def test_ignoring_the_seconded_rule_leaves_the_signal_standing(grammar, lt_home):  # noqa: F811
    # as a span's signals stand when Garble.Span is ignored: --ignore
    # Garble.Seconded means no pair, not the signal hidden with it
    on = Context.create(Options(grammar="off")).calibration.languagetool_on()
    ctx = Context.create(Options(languagetool_home=str(lt_home), calibrated=False, ignore=(RULE,)))
    with GrammarService(Options(languagetool_url=grammar.url), turned_on=on) as service:
        ctx.grammar = service
        report = check_document(Document.from_text(TEXT_LT, language="es"), ctx)
    at = {f.rule for f in report.findings if f.start == TEXT_LT.index(" fund ") + 1}
    assert RULE not in at and "Garble.TagContext" in at
    assert not [f for f in report.findings if f.rule.startswith("LT.MORFOLOGIK")]  # a vote only

