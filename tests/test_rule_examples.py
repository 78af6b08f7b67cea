"""Every rule, declarative or Python, carries examples it must flag and
examples it must not; this runs them all."""
from __future__ import annotations

import pytest

from qa import checkers
from qa.document import Document
from qa.pipeline import check_document

# Rules whose trigger cannot be written as text, or needs LanguageTool's
# server; each is tested elsewhere (its examples with a real server).
NOT_TEXT = {"Encoding.InvalidBytes": "tests/test_sources.py", "Garble.Seconded": "tests/test_seconded.py"}


def all_infos(ctx):
    infos = ctx.rule_infos()
    assert {i.id for m in checkers.BUILTIN for i in m.RULES} <= {i.id for i in infos}
    return infos


def test_rule_ids_are_unique_and_namespaced(ctx):
    ids = [i.id for i in all_infos(ctx)]
    assert len(ids) == len(set(ids))
    for rule_id in ids:
        pack, _, name = rule_id.partition(".")
        assert pack and name, rule_id


def test_every_rule_has_examples(ctx):
    missing = [i.id for i in all_infos(ctx) if i.id not in NOT_TEXT and (not i.flag or not i.ok)]
    assert not missing, f"rules without flag/ok examples: {missing}"


def _language(info):
    return info.languages[0] if info.languages else None  # detected


def _cases(ctx):
    for info in all_infos(ctx):
        if info.id in NOT_TEXT:
            continue
        for text in info.flag:
            yield pytest.param(info.id, text, True, _language(info), id=f"{info.id}-flag-{text[:25]}")
        for text in info.ok:
            yield pytest.param(info.id, text, False, _language(info), id=f"{info.id}-ok-{text[:25]}")


def pytest_generate_tests(metafunc):
    if "example" in metafunc.fixturenames:
        from qa.context import Context
        from qa.options import Options

        metafunc.parametrize("rule_id,example,should_flag,language",
                             list(_cases(Context.create(Options(grammar="off")))))


def test_rule_example(ctx, rule_id, example, should_flag, language):
    report = check_document(Document.from_text(example, language=language), ctx)
    # a signal a merged span absorbed flagged the example too, as its evidence
    hits = [f for g in report.findings for f in (g, *g.evidence) if f.rule == rule_id]
    if should_flag:
        assert hits, f"{rule_id} should flag: {example!r}; found {[f.rule for f in report.findings]}"
    else:
        assert not hits, f"{rule_id} should not flag: {example!r}; found {hits}"
