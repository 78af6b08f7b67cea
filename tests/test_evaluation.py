"""The evaluation command's parts that decide its figures: the damage
generator (bench/damage.py) and the scoring (bench/evaluate.py)."""
from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.damage import KINDS, UNRECOVERABLE, inject, kinds_for  # noqa: E402
from bench.devset import HALVES, Item, aligned_gold, clean_pool, half_of, news_units  # noqa: E402
from bench.evaluate import Flag, prf, score_damage, score_repeats, score_tokens  # noqa: E402
from bench.repeat_review import reviewed  # noqa: E402

TEXT = {
    "es": ("Suben los precios de la energía\n"
           "El gobierno anunció ayer que los precios de la electricidad subirán un diez por ciento "
           "durante el próximo año. La medida, según el ministerio, afectará también a las empresas "
           "pequeñas y a los hogares más pobres del país.\n"
           "El ministro explicó que el aumento será gradual. “No hay otra opción”, dijo a la prensa "
           "en una conferencia celebrada en la capital."),
    "en": ("Energy prices to rise\n"
           "The government said on Monday that electricity prices would rise by ten percent during "
           "the next year. The measure, the ministry said, will also affect small companies and the "
           "poorest households in the country.\n"
           "The minister's aide explained that the increase would be gradual. “There is no other "
           "option,” he told reporters at a conference held in the capital."),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_kind_injects_one_reproducible_damage_inside_its_gold_span(ctx, language):
    titles = ("El FMI eleva su previsión de crecimiento", "Storm hits the coast")
    for kind in kinds_for(language):
        made = [inject(TEXT[language], kind, ctx.lexicons[language], random.Random(f"7:{kind}"),
                       language=language, titles=titles) for _ in range(2)]
        assert made[0] is not None, kind
        assert made[0] == made[1], kind
        d = made[0]
        assert d.text != d.original and d.start < d.end <= len(d.text), kind
        assert d.text[:d.start] == d.original[:d.start], kind
        if kind.startswith("cut_text"):
            assert d.original.startswith(d.text) and d.end == len(d.text), kind
        else:  # everything after the gold span is the original's tail
            tail = len(d.text) - d.end
            assert d.text[d.end:] == d.original[len(d.original) - tail:], kind
        assert d.recoverable == (kind not in UNRECOVERABLE)


def test_kinds_cover_both_languages():
    assert set(kinds_for("es")) == set(KINDS)
    assert "lost_accent_word" not in kinds_for("en")


def test_halves_are_fixed_by_the_id():
    ids = [f"doc-{k}" for k in range(400)]
    halves = Counter(map(half_of, ids))
    assert set(halves) == {"calibration", "test"} and min(halves.values()) > 150
    assert [half_of(i) for i in ids] == [half_of(i) for i in ids]


def _damage(ctx):
    return inject(TEXT["es"], "inner_capital", ctx.lexicons["es"], random.Random(3), language="es")


def test_a_flag_over_the_damage_counts_and_its_first_fix_is_judged(ctx):
    d = _damage(ctx)
    word = d.original[d.start:d.end]
    good = Flag("Case.InnerCapital", "warning", d.start, d.end, ((d.start, d.end, word),))
    bad = Flag("Case.InnerCapital", "warning", d.start, d.end, ((d.start, d.end, word + "s"),))
    assert score_damage(d, [good], [], Counter()) == (True, True)
    assert score_damage(d, [bad], [], Counter()) == (True, False)
    info = Flag("Case.InnerCapital", "info", d.start, d.end, ((d.start, d.end, word),))
    assert score_damage(d, [info], [], Counter()) == (False, False)


def test_a_flag_the_clean_text_already_had_is_not_credited(ctx):
    d = _damage(ctx)
    old = Flag("X.Rule", "warning", d.start, d.end, ())
    rules = Counter()
    assert score_damage(d, [old], [old], rules) == (False, False)
    elsewhere = Flag("X.Rule", "warning", 0, 5, ())
    score_damage(d, [elsewhere], [], rules)
    assert rules[("X.Rule", "warning", "elsewhere")] == 1


def test_token_scores_and_f_beta():
    item = Item("a", "es", "Una hermosa historia es de la verano.", ((24, 24), (27, 29)))
    flags = [[Flag("LT.X", "warning", 27, 36, ())]]  # "la verano": one right token, one wrong
    c = score_tokens([item], flags, words_only=False)
    assert (c["tp"], c["pred"], c["gold"]) == (1, 2, 2)
    assert prf(c, 0.5)["f"] == pytest.approx(0.5)


def test_repeats_are_scored_item_by_item():
    error = Item("e", "es", "En en jardín había flores.", ((0, 5),))
    legit = Item("l", "es", "Estaba muy muy cansado.", (), legit=((7, 14),))
    flags = [[Flag("Repetition.Token", "error", 3, 5, ())], [Flag("Repetition.Token", "warning", 11, 14, ())]]
    c = score_repeats([error, legit], flags)
    assert (c["tp"], c["gold"], c["legit_flagged"], c["pred"]) == (1, 1, 1, 2)


def test_aligned_gold_ignores_layout():
    assert aligned_gold("no-\nmination day, hourB", "nomination day, hours") == ((22, 23),)


def test_a_legitimate_repeat_counts_as_flagged_only_by_a_repeat_alarm():
    legit = Item("l", "es", "Es muy muy bonito.", (), legit=((3, 10),))
    grammar = Flag("LT.AGREEMENT", "warning", 7, 17, ())
    merged = Flag("Garble.Span", "error", 3, 17, (), evidence=(
        ("Repetition.Token", "repetition", 0.9, 3, 10, "error"),))
    assert score_repeats([legit], [[grammar]])["legit_flagged"] == 0
    assert score_repeats([legit], [[merged]])["legit_flagged"] == 1
    assert score_repeats([legit], [[Flag("LT.SPANISH_WORD_REPEAT_RULE", "warning", 7, 10, ())]])["legit_flagged"] == 1
    # an error item is found by any alarm over it
    error = Item("e", "es", "Es es bonito.", ((0, 5),))
    assert score_repeats([error], [[Flag("LT.AGREEMENT", "warning", 3, 5, ())]])["tp"] == 1


def test_reviewed_labels_swap_error_and_legitimate_items():
    error = Item("e", "es", "Ella es muy muy alta.", ((8, 15),))
    legit = Item("l", "es", "dinero para para una boda", (), legit=((7, 16),))
    table = {"e": ("legitimate", 8, 15, "1ef473fb"), "l": ("error", 7, 16, "c57c4be3")}
    e, l = reviewed([error, legit], table)
    assert (e.gold, e.legit) == ((), ((8, 15),))
    assert (l.gold, l.legit) == (((7, 16),), ())
    # a span that no longer matches its text keeps the set's label
    assert reviewed([error], {"e": ("legitimate", 0, 7, "1ef473fb")}) == [error]


def _write_clean_news(data: Path, spanish: list[dict]) -> None:
    clean = data / "news_clean"
    clean.mkdir(parents=True)
    for name, rows in (("es_articles", spanish), ("en_reuters_articles", []), ("en_wikinews_paragraphs", [])):
        (clean / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_the_clean_pool_cuts_every_article_into_unit_sized_runs_the_first_being_its_unit(tmp_path):
    paragraph = " ".join(["El gobierno anunció ayer nuevas medidas para la economía del país"] * 4) + "."
    articles = [{"id": f"es-{k}", "text": "\n".join([f"Titular número {k}"] + [paragraph] * 9)} for k in range(12)]
    articles.append({"id": "es-tabla", "text": "Cifras\n" + "\n".join(["1.234 -- 5.678 -- 9.10"] * 40)})
    _write_clean_news(tmp_path, articles)
    for half in HALVES:
        units = {u.id: u for u in news_units(tmp_path, "es", half, None)}
        pool = clean_pool(tmp_path, "es", half)
        assert units and {u.id for u in pool if "#" not in u.id} == set(units)
        for u in pool:
            article = u.id.split("#")[0]
            assert half_of(article) == half and article != "es-tabla"  # tables are no running text
            if "#" not in u.id:
                assert u.text == units[u.id].text
            # whole paragraphs of the article, about a unit's words each
            assert all(line == paragraph or line.startswith("Titular") for line in u.text.splitlines())
            assert len(u.text.split()) >= 60
        runs = [u for u in pool if u.id.startswith(next(iter(units)) + "#")]
        assert len(runs) >= 2  # the article's later paragraphs are in the pool too


def test_a_pool_run_ends_where_a_sentence_does_not_at_a_subheading_or_a_broken_paragraph(tmp_path):
    paragraph = " ".join(["El gobierno anunció ayer nuevas medidas para la economía del país"] * 4) + "."
    short = " ".join(["Los precios subieron en enero"] * 6) + "."
    broken = ("Siento un profundo respeto por el", "periodismo y soy honesto ejerciéndolo.")
    # 120 words are reached on the subheading, then on the broken paragraph's first half
    lines = ["Titular", paragraph, paragraph, short, "Una subsección", paragraph, paragraph, short, *broken,
             paragraph, paragraph, "Otra subsección"]
    _write_clean_news(tmp_path, [{"id": f"es-{k}", "text": "\n".join(lines)} for k in range(6)])
    pool = [u for half in HALVES for u in clean_pool(tmp_path, "es", half)]
    assert len({u.id.split("#")[0] for u in pool}) == 6 and len(pool) > 6
    for u in pool:
        last = u.text.splitlines()[-1]
        assert last in (paragraph, broken[1], lines[-1])  # a sentence's end, or the article's own


def test_the_wire_residue_of_a_reuters_story_is_undone_and_a_signed_story_ends_with_a_stop():
    from bench.devset import undo_wire
    story = "Shares of &lt;Strong Point Inc> and <U> rose 5 pct, the company said. It will pay 10 dlrs, he added Reuter"
    assert undo_wire(story) == ("Shares of Strong Point Inc and U rose 5 pct, the company said. "
                                "It will pay 10 dlrs, he added.")
    assert undo_wire("It said so.\n Reuter\n") == "It said so."
    assert undo_wire("“We will,” he said. Reuter") == "“We will,” he said."
    # without the sign-off nothing says the story is whole: it stays as it is
    assert undo_wire("It will pay 10 dlrs, he added") == "It will pay 10 dlrs, he added"


def test_a_lost_accent_is_never_one_the_spelling_rules_made_optional(ctx):
    text = "Sólo él lo sabía. Éste es el camino que sólo tú conoces."
    got = set()
    for seed in range(20):
        d = inject(text, "lost_accent_word", ctx.lexicons["es"], random.Random(seed), language="es")
        if d is not None:
            got.add(d.original[d.start:d.end].lower())
    assert got and not got & {"sólo", "éste"}, got
