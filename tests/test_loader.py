"""Rule files are validated strictly; errors name the file and the line."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.kinds.base import RuleFileError, RuleTimeout
from qa.loader import load_rule_file, load_rules

GOOD = '''extends = "existence"
category = "style"
severity = "info"
message = "avoid “{match}”"
description = "House style."
tokens = ["a nivel de"]

[examples]
flag = ["Se decidió a nivel de gobierno."]
ok = ["Se decidió en el gobierno."]
'''


def write(tmp_path, body, name="House/Rule.toml"):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def test_good_rule_loads_with_pack_id(tmp_path):
    rule = load_rule_file(write(tmp_path, GOOD))
    assert rule.info.id == "House.Rule" and rule.info.kind == "existence"
    [f] = rule.check(Document.from_text("Lo vio a nivel de   gobierno."))
    assert f.message == "avoid “a nivel de”"


def test_unknown_key_names_file_and_line(tmp_path):
    path = write(tmp_path, GOOD.replace('tokens =', 'colour = "red"\ntokens ='))
    with pytest.raises(RuleFileError) as exc:
        load_rule_file(path)
    assert f"{path}:6: unknown key 'colour'" in str(exc.value)


def test_missing_key_and_bad_values(tmp_path):
    with pytest.raises(RuleFileError, match="missing key 'message'"):
        load_rule_file(write(tmp_path, GOOD.replace('message = "avoid “{match}”"\n', "")))
    with pytest.raises(RuleFileError, match=r":3: severity must be one of"):
        load_rule_file(write(tmp_path, GOOD.replace('"info"', '"fatal"')))
    with pytest.raises(RuleFileError, match="unknown rule kind 'exists'"):
        load_rule_file(write(tmp_path, GOOD.replace('"existence"', '"exists"')))
    with pytest.raises(RuleFileError, match="invalid pattern"):
        load_rule_file(write(tmp_path, GOOD.replace('tokens = ["a nivel de"]', "patterns = ['(unclosed']")))
    with pytest.raises(RuleFileError, match="needs at least one 'flag' and one 'ok'"):
        load_rule_file(write(tmp_path, GOOD.replace('ok = ["Se decidió en el gobierno."]', "ok = []")))


def test_user_folder_adds_and_overrides(tmp_path):
    write(tmp_path, GOOD)
    rules = load_rules([tmp_path])
    ids = [r.info.id for r in rules]
    assert "House.Rule" in ids and "Scraping.ReadMore" in ids
    with pytest.raises(RuleFileError, match="rule folder not found"):
        load_rules([tmp_path / "nope"])


def test_hostile_pattern_times_out_instead_of_hanging(tmp_path):
    body = GOOD.replace('tokens = ["a nivel de"]', "patterns = ['(a+)+$']")
    rule = load_rule_file(write(tmp_path, body))
    with pytest.raises(RuleTimeout):
        list(rule.check(Document.from_text("a" * 5000 + "!")))


def test_timeout_becomes_a_note_not_a_crash(tmp_path):
    from qa.context import Context
    from qa.options import Options
    from qa.pipeline import check_document

    body = GOOD.replace('tokens = ["a nivel de"]', "patterns = ['(a+)+$']")
    write(tmp_path, body)
    ctx = Context.create(Options(grammar="off", rule_paths=(str(tmp_path),)))
    report = check_document(Document.from_text("a" * 5000 + "!", language="es"), ctx)
    assert any("House.Rule timed out" in n for n in report.notes)


SWAP = '''extends = "substitution"
category = "garble"
severity = "warning"
message = "“{match}”: “{replacement}”?"
description = "A cut word with two likely originals."
ignorecase = false

[swap]
'señal(?= que)' = ['señaló', 'señala']

[examples]
flag = ["El mandatario señal que no."]
ok = ["Una señal clara."]
'''


def test_a_swap_may_offer_several_replacements_in_order(tmp_path):
    rule = load_rule_file(write(tmp_path, SWAP))
    [f] = rule.check(Document.from_text("El mandatario señal que no."))
    assert [fix.replacement for fix in f.fixes] == ["señaló", "señala"]
    assert f.message == "“señal”: “señaló”?"


@pytest.mark.parametrize("value", ["[]", "[1]", "3"])
def test_a_swap_needs_a_replacement_or_a_list_of_them(tmp_path, value):
    with pytest.raises(RuleFileError, match="'swap' must be a non-empty table"):
        load_rule_file(write(tmp_path, SWAP.replace("['señaló', 'señala']", value)))


def test_a_context_swap_names_the_original_a_span_ranks_first(tmp_path):
    """A substitution of the context family names the word its place settles
    (``names_original``); a swap of another family (a register's advice)
    names none."""
    context = load_rule_file(write(tmp_path, SWAP.replace('category = "garble"',
                                                          'category = "garble"\nevidence = "context"')))
    assert context.info.roles.names_original
    register = load_rule_file(write(tmp_path, SWAP.replace('category = "garble"',
                                                           'category = "style"\nevidence = "register"'),
                                    name="House/Other.toml"))
    assert not register.info.roles.names_original


@pytest.mark.parametrize("text, word, first", [
    # the span's own ranking put "Los" and "contar" first
    ("El grupo procederá a iniciar los procedimientos concursales. La mis suerte correrá el "
     "conjunto del grupo SCL al que pertenece.", "mis", "misma"),
    ("Las autonomías decidieron endurecer las medidas contr la covid para poner freno a la curva.",
     "contr", "contra"),
])
def test_a_garble_rule_s_word_comes_first_in_its_span(ctx, text, word, first):
    from qa.pipeline import check_document
    report = check_document(Document.from_text(text, language="es"), ctx)
    at = text.index(f" {word} ") + 1
    over = [f for f in report.findings if f.start <= at < f.end and f.fixes]
    assert over and over[0].fixes[0].replacement == first, [(f.rule, f.fixes[:3]) for f in over]


@pytest.mark.parametrize("pattern, literal", [
    ("coup(?<=\\bpct coup)(?![\\p{L}])", "coup"),
    ("heats?(?= oil)", "heat"),  # the last letter is optional
    ("(?<![\\p{L}])([Dd])irecto(?= general)", None),  # opens with a group
    ("dlr|dlrs", None),  # an alternative at the top level
    ("ab[|(]c", "ab"),  # a bar inside a class is no alternative
])
def test_a_swap_s_leading_literal_is_what_every_match_starts_with(pattern, literal):
    from qa.kinds.substitution import leading_literal
    assert leading_literal(pattern) == literal


def test_a_swap_whose_word_the_text_lacks_is_skipped_and_one_it_holds_still_matches(tmp_path):
    body = SWAP.replace("'señal(?= que)' = ['señaló', 'señala']", "'heats?(?= oil)' = 'heating'")
    body = body.replace('flag = ["El mandatario señal que no."]', 'flag = ["The heat oil contract."]')
    body = body.replace('ok = ["Una señal clara."]', 'ok = ["The heating oil contract."]')
    rule = load_rule_file(write(tmp_path, body))
    assert [f.fixes[0].replacement for f in rule.check(Document.from_text("The heat oil and heats oil."))] == [
        "heating", "heating"]
    assert list(rule.check(Document.from_text("Nothing here."))) == []
