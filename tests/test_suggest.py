"""The suggestion engine: damage costs, candidate reach, ranking, case."""
from __future__ import annotations

import pytest

from qa.lexicon import Lexicon
from qa.text.damage import damage_cost, strip_accents
from qa.text.suggest import SpellIndex, edits1, match_case, suggest


@pytest.fixture(scope="module")
def es() -> Lexicon:
    return Lexicon("es")


@pytest.fixture(scope="module")
def en() -> Lexicon:
    return Lexicon("en")


def words(candidates) -> list[str]:
    return [c.word for c in candidates]


# --- the damage model -------------------------------------------------------

def test_accent_loss_is_the_cheapest_damage():
    accent, _ = damage_cost("camion", "camión")
    dropped, _ = damage_cost("camon", "camión")
    replaced, _ = damage_cost("camiun", "camión")
    assert accent < dropped < replaced


def test_a_dropped_letter_is_cheaper_than_a_replaced_one():
    assert damage_cost("gobirno", "gobierno")[0] < damage_cost("gobiarno", "gobierno")[0]


def test_doubled_letters_and_ocr_pairs_are_cheap():
    assert damage_cost("acomodar", "accomodar")[0] < damage_cost("acomodar", "acomodear")[0]
    cost, ops = damage_cost("rnodern", "modern")
    assert ops == ("ocr:rn>m",) and cost < 0.5
    assert damage_cost("1ike", "like")[1] == ("ocr:1>l",)
    assert damage_cost("cleber", "deber")[1] == ("ocr:cl>d",)


def test_spanish_silent_h_but_not_the_ch_digraph():
    assert damage_cost("abía", "había", language="es")[0] < damage_cost("cula", "chula", language="es")[0]


def test_operations_replay_the_repair():
    cost, ops = damage_cost("culo", "culpó")
    assert ops == ("insert:p", "accent:ó") and cost == pytest.approx(0.8)


def test_strip_accents_keeps_plain_letters():
    assert strip_accents("Pingüino Ñandú") == "Pinguino Nandu"


# --- candidate generation ---------------------------------------------------

def test_edits1_reaches_each_kind_of_edit():
    reach = edits1("ab", "abc")
    assert {"b", "ba", "cb", "abc", "cab"} <= reach


def test_alphabet_of_a_language_includes_its_accents(es):
    alphabet = SpellIndex(es).alphabet
    assert set("áéíóúñü") <= set(alphabet)


@pytest.mark.parametrize(
    "damaged, expected",
    [
        ("gobirno", "gobierno"),  # dropped letter
        ("infórmacion", "información"),  # misplaced accent
        ("g0bierno", "gobierno"),  # OCR digit
        ("gobiemo", "gobierno"),  # OCR rn -> m
        ("deestos", "de estos"),  # glued
        ("gobier no", "gobierno"),  # split by a space
        ("guer- ra", "guerra"),  # broken hyphenation
        ("cnstrucción", "construcción"),  # dropped letter in a long word
    ],
)
def test_spanish_repairs_rank_first(es, damaged, expected):
    assert words(suggest(damaged, es))[0] == expected


@pytest.mark.parametrize(
    "damaged, expected",
    [
        ("governmet", "government"),
        ("1ike", "like"),
        ("rnodern", "modern"),
        ("thegovernment", "the government"),
        ("collasped", "collapsed"),
        ("govemment", "government"),
    ],
)
def test_english_repairs_rank_first(en, damaged, expected):
    assert words(suggest(damaged, en))[0] == expected


def test_distance_two_is_reached(es):
    # two dropped letters, found through the deletion index
    assert "gobierno" in words(suggest("gobirn", es))


def test_culo_is_a_likely_damaged_culpo(es):
    found = suggest("culo", es, real_word=True)
    assert "culpó" in words(found)
    culpo = next(c for c in found if c.word == "culpó")
    assert culpo.operations == ("insert:p", "accent:ó")
    assert "culo" not in words(found)


def test_real_word_mode_prefers_damage_over_frequency(es):
    # "cuyo" is more frequent than "culpó" but needs a replaced letter,
    # which scraping rarely does; the dropped letter and accent win.
    ranked = words(suggest("culo", es, real_word=True, limit=20))
    assert ranked.index("culpó") < ranked.index("cuyo")


def test_known_words_get_no_suggestions_outside_real_word_mode(es):
    assert suggest("gobierno", es) == []


def test_capitalisation_is_preserved(es):
    assert words(suggest("Gobirno", es))[0] == "Gobierno"
    assert words(suggest("GOBIRNO", es))[0] == "GOBIERNO"
    assert match_case("x", "Y") == "Y"


def test_candidates_are_ranked_by_score(es):
    found = suggest("gobirno", es, limit=10)
    scores = [c.score for c in found]
    assert scores == sorted(scores, reverse=True)
    assert all(c.cost <= 2.5 and c.frequency > 0 for c in found)


def test_max_cost_bounds_the_candidates(es):
    assert all(c.cost <= 0.5 for c in suggest("gobirno", es, max_cost=0.5))


def test_a_language_without_a_word_list_gives_nothing():
    assert suggest("palavra", Lexicon("xx")) == []


def test_a_script_with_a_large_alphabet_does_not_blow_up():
    assert isinstance(suggest("правительствo", Lexicon("ru")), list)


def test_a_lexicons_spelling_index_dies_with_it():
    """A library user who checks text after text with a fresh context each
    time must not keep every run's word lists alive (the index once held its
    Lexicon from a weak-keyed table, so neither was ever freed)."""
    import gc
    import weakref

    from qa.text.suggest import index_for

    lex = Lexicon("en")
    index = index_for(lex)
    assert index_for(lex) is index  # built once per Lexicon
    gone = weakref.ref(lex)
    del lex, index
    gc.collect()
    assert gone() is None
