"""Batches: every input reported once, in order, the same with workers."""
from __future__ import annotations

from qa.document import Document
from qa.model import ReadFailure
from qa.pipeline import check_documents
from qa.text.freqlists import FrequencyDict


def _docs():
    texts = ["Dijo que que no.", "The the end.", "Texto limpio y breve."] * 5
    items = [Document.from_text(t, source=f"d{i}") for i, t in enumerate(texts)]
    items.insert(3, ReadFailure("broken", "binary file"))
    return items


def test_workers_give_the_same_reports_in_order(ctx):
    one = list(check_documents(_docs(), ctx, jobs=1, batch=4))
    two = list(check_documents(_docs(), ctx, jobs=2, batch=4))
    assert [r.source for r in one] == [r.source for r in two] == [i.source for i in _docs()]
    assert [(r.language, r.findings, r.score) for r in one] == [(r.language, r.findings, r.score) for r in two]
    assert one[3].error == "binary file" and one[3].verdict == "error"


def test_spawned_workers_give_the_same_reports_as_forked_ones(ctx, monkeypatch):
    """Where fork is missing, each worker builds its own context."""
    from qa import workerpool

    forked = list(check_documents(_docs(), ctx, jobs=2, batch=4))
    monkeypatch.setattr(workerpool, "can_fork", lambda ctx: False)
    spawned = list(check_documents(_docs(), ctx, jobs=2, batch=4))
    assert [(r.source, r.findings, r.score) for r in forked] == [(r.source, r.findings, r.score) for r in spawned]


def _loaded(ctx) -> set[str]:
    return {lang for lang, lex in ctx.lexicons._by_lang.items() if "frequencies" in vars(lex)}


def _two_languages():
    texts = ["El gobiemo invirtió tres milloes de euros en el puerto."] * 6 \
        + ["The goverrnent would rnove the plan frorn the capital."] * 3
    return [Document.from_text(t, source=f"d{i}") for i, t in enumerate(texts)]


def test_the_parent_loads_each_language_before_forking_workers(monkeypatch):
    """Workers forked after the warm-up inherit the word lists instead of
    loading them again: with two workers, or with one on a batch of one
    language (each process would load it)."""
    from qa import workerpool
    from qa.context import Context
    from qa.options import Options

    ctx = Context.create(Options(grammar="off"))
    assert workerpool.can_fork(ctx)
    list(check_documents(_docs(), ctx, jobs=3, batch=20))
    assert {"es", "en"} <= _loaded(ctx)
    warmed: list[int] = []
    warm_up = workerpool.warm_up
    monkeypatch.setattr(workerpool, "warm_up", lambda docs, *rest: warmed.append(len(docs)) or warm_up(docs, *rest))
    spanish = [d for d in _two_languages() if d.text.startswith("El")]
    list(check_documents(spanish, Context.create(Options(grammar="off")), jobs=2))
    assert warmed == [len(spanish)]
    list(check_documents(_two_languages(), Context.create(Options(grammar="off")), jobs=2))
    assert warmed == [len(spanish)]  # two languages: each process loads its own


def test_one_worker_and_the_parent_each_load_their_own_language(monkeypatch):
    """``--jobs 2`` on two languages forks the worker before any word list
    is read: the parent reads only the language dealt to it (English, the
    less common here), and the reports are those of one process."""
    from qa import pipeline, workerpool
    from qa.context import Context
    from qa.options import Options

    read_here: list[str] = []
    read = pipeline._read_lists_whole
    monkeypatch.setattr(pipeline, "_read_lists_whole",
                        lambda languages, ctx: read_here.extend(languages) or read(languages, ctx))
    warm_up = workerpool.warm_up
    monkeypatch.setattr(workerpool, "warm_up", lambda *args: read_here.append("warm-up") or warm_up(*args))
    two = list(check_documents(_two_languages(), Context.create(Options(grammar="off")), jobs=2))
    # (the worker reads Spanish in its own process; an English word unknown
    # to the English list is looked up in the Spanish one, in place)
    assert read_here == ["en"]
    one = list(check_documents(_two_languages(), Context.create(Options(grammar="off")), jobs=1))
    assert [(r.source, r.language, r.findings, r.score) for r in one] == \
        [(r.source, r.language, r.findings, r.score) for r in two]
    assert {r.language for r in two} == {"es", "en"} and all(r.findings for r in two)


def test_warm_up_meets_a_language_that_only_follows_the_first_documents():
    """A batch of Spanish documents then English ones (a merged export): the
    parent still loads English before forking; it leaves the distance-two
    index to be searched in place (each process would otherwise wait for it
    to be read whole); the reports are those of one process."""
    from qa import workerpool
    from qa.context import Context
    from qa.options import Options
    from qa.text.suggest import index_for

    spanish = ["El gobiemo invirtió tres milloes de euros en el puerto.", "Texto limpio y breve."] * 30
    english = ["The goverrnent would rnove the plan frorn the capital.", "A short clean text."] * 30
    texts = spanish + english
    assert len(spanish) > workerpool.WARM_UP_SCAN

    def docs():
        return [Document.from_text(t, source=f"d{i}") for i, t in enumerate(texts)]

    ctx = Context.create(Options(grammar="off"))
    two = list(check_documents(docs(), ctx, jobs=3))  # with one worker, each process loads its own
    assert {"es", "en"} <= {lang for lang, lex in ctx.lexicons._by_lang.items() if "frequencies" in vars(lex)}
    for lang in ("es", "en"):
        near = index_for(ctx.lexicons[lang]).near
        assert near._dict is None and near._table is not None  # searched in place, its sorted copy opened
        # by the parent and shared by the workers
        assert type(ctx.lexicons[lang].frequencies) is FrequencyDict  # likewise the word list
    one = list(check_documents(docs(), Context.create(Options(grammar="off")), jobs=1))
    assert [(r.language, r.findings) for r in one] == [(r.language, r.findings) for r in two]
    assert {r.language for r in two} == {"es", "en"} and any(r.findings for r in two)


def test_the_warm_up_reports_are_kept_not_checked_again(monkeypatch):
    """The documents the parent checked before forking are reported from
    that check; the workers get the rest, and every report is the one a
    single process gives."""
    from qa import pipeline, workerpool
    from qa.context import Context
    from qa.options import Options

    texts = ["El gobiemo invirtió tres milloes de euros.", "The goverrnent would rnove the plan."] * 12
    docs = [Document.from_text(t, source=f"d{i}") for i, t in enumerate(texts)]
    ctx = Context.create(Options(grammar="off"))
    kept = workerpool.warm_up(docs, ctx, pipeline.check_document)
    assert sorted(kept) == [0, 1] and [kept[i].language for i in (0, 1)] == ["es", "en"]
    sent: list[str] = []
    share = workerpool.share

    def spy(pool, here, there, received, rest, workers):
        sent.extend(d.source for d in rest)
        return share(pool, here, there, received, rest, workers)

    monkeypatch.setattr(workerpool, "share", spy)
    fresh = [Document.from_text(t, source=f"d{i}") for i, t in enumerate(texts)]
    two = list(check_documents(fresh, Context.create(Options(grammar="off")), jobs=3))
    assert len(sent) == len(texts) - 2 and {"d0", "d1"}.isdisjoint(sent)
    one = list(check_documents([Document.from_text(t, source=f"d{i}") for i, t in enumerate(texts)],
                               Context.create(Options(grammar="off")), jobs=1))
    assert [(r.source, r.language, r.findings) for r in one] == [(r.source, r.language, r.findings) for r in two]
    assert [kept[i].findings for i in (0, 1)] == [one[i].findings for i in (0, 1)] and one[0].findings


def test_warm_up_reads_every_met_language_list_before_its_first_check():
    """The lists are read whole before any warm-up check, so that they lie
    together in the parent's memory (each worker touches them): read after
    the first language's check, the second list cost the largest worker 12 MB
    of peak memory on 356 articles."""
    from qa import pipeline, workerpool
    from qa.context import Context
    from qa.options import Options

    texts = ["El gobiemo invirtió tres milloes de euros.", "The goverrnent would rnove the plan."] * 4
    docs = [Document.from_text(t, source=f"d{i}") for i, t in enumerate(texts)]
    ctx = Context.create(Options(grammar="off"))
    whole_when_checked = []

    def check(doc, ctx):
        whole_when_checked.append([type(ctx.lexicons[lang].frequencies) is FrequencyDict
                                   for lang in ("es", "en")])
        return pipeline.check_document(doc, ctx)

    kept = workerpool.warm_up(docs, ctx, check)
    assert sorted(kept) == [0, 1] and whole_when_checked == [[True, True], [True, True]]


def test_feeding_ends_one_document_at_a_time():
    from concurrent.futures import ThreadPoolExecutor

    from qa import workerpool

    with ThreadPoolExecutor(2) as pool:
        calls: list[tuple[int, int]] = []
        orig_map = pool.map

        def map_(fn, items, chunksize=1):
            calls.append((len(items), chunksize))
            return orig_map(fn, items)

        pool.map = map_
        docs = list(range(50))
        assert list(workerpool.feed(pool, lambda d: d * 2, docs, jobs=2)) == [d * 2 for d in docs]
        assert calls == [(34, workerpool.FEED_CHUNK), (16, 1)]
        calls.clear()
        assert list(workerpool.feed(pool, lambda d: d, docs[:5], jobs=2)) == docs[:5]
        assert calls == [(0, workerpool.FEED_CHUNK), (5, 1)]


def test_hand_overs_are_chunks_then_single_documents():
    from qa import workerpool

    parts = workerpool.chunks(50, jobs=2)
    assert [len(p) for p in parts] == [8, 8, 8, 8, 2] + [1] * 16
    assert [i for p in parts for i in p] == list(range(50))
    assert workerpool.chunks(5, jobs=2) == [range(i, i + 1) for i in range(5)]
    assert workerpool.chunks(0, jobs=2) == []


def test_the_parent_checks_beside_the_pool_and_reports_in_order():
    """Every document is checked once, either by the parent or in the pool
    (the first AHEAD hand-overs go to the pool, the next to the parent), the
    pool never holds more than AHEAD hand-overs a worker, and the reports
    come back in the documents' order."""
    from concurrent.futures import ThreadPoolExecutor

    from qa import workerpool

    here: list[int] = []
    there: list[int] = []
    pending: list[int] = []
    submitted = []

    def in_pool(chunk):
        there.extend(chunk)
        return [("pool", d) for d in chunk]

    def by_parent(d):
        pending.append(sum(not f.done() for f in submitted))
        here.append(d)
        return ("parent", d)

    with ThreadPoolExecutor(1) as pool:
        submit = pool.submit

        def tracked(fn, *args):
            submitted.append(future := submit(fn, *args))
            return future

        pool.submit = tracked
        docs = list(range(60))
        out = list(workerpool.share(pool, by_parent, in_pool, lambda r: r, docs, workers=1))
    parts = workerpool.chunks(len(docs), jobs=2)
    assert [d for _, d in out] == docs
    assert sorted(here + there) == docs
    assert {*parts[0], *parts[1]} <= set(there) and set(parts[2]) <= set(here)
    assert [who for who, d in out] == ["parent" if d in here else "pool" for d in docs]
    assert max(pending) <= workerpool.AHEAD


def test_a_short_batch_leaves_the_index_to_binary_search():
    from qa import workerpool
    from qa.context import Context
    from qa.options import Options
    from qa.text.suggest import index_for

    ctx = Context.create(Options(grammar="off"))
    docs = [Document.from_text("El gobiemo invirtió tres milloes de euros.", source=f"d{i}") for i in range(6)]
    workerpool.warm_up(docs, ctx, lambda doc, c: list(check_documents([doc], c)))
    assert index_for(ctx.lexicons["es"]).near._dict is None


def test_one_finding_per_misspelt_word(ctx):
    from qa.model import Finding
    from qa.pipeline import one_per_word, with_roles

    a = Finding("Spelling.NonWord", "spelling", "info", 4, 13, "a", confidence=0.6)
    b = Finding("Garble.RealWord", "garble", "warning", 4, 13, "b", confidence=0.7)
    c = Finding("Repetition.Token", "repetition", "error", 4, 13, "c")
    d = Finding("OCR.Confusion", "ocr", "info", 20, 25, "d")
    out = sorted(one_per_word(with_roles([a, b, c, d], ctx)), key=lambda f: f.message)
    assert [f.message for f in out] == ["a", "c", "d"]
    assert (out[0].severity, out[0].confidence) == ("warning", 0.7)


def test_a_typo_languagetool_also_flags_keeps_our_finding_and_fixes(ctx):
    from qa.grammar.rules import roles_of
    from qa.model import Finding, Fix
    from qa.pipeline import one_per_word, with_roles

    [ours] = with_roles([Finding("Garble.RealWord", "garble", "info", 4, 7, "ours", confidence=0.5,
                                 fixes=(Fix(4, 7, "de"),))], ctx)
    lt = Finding("LT.MORFOLOGIK_RULE_ES", "spelling", "warning", 4, 7, "lt", confidence=0.9,
                 fixes=(Fix(4, 7, "le"),), roles=roles_of("MORFOLOGIK_RULE_ES", "spelling"))
    [one] = one_per_word([lt, ours])
    assert (one.message, one.fixes[0].replacement, one.severity, one.confidence) == ("ours", "de", "warning", 0.9)


def test_mojibake_and_split_words_are_not_also_misspellings(ctx):
    from qa import check_text

    report = check_text("El Gobierno aprueba el plan para jÃ³venes y la con- strucción de casas.",
                        language="es", context=ctx)
    rules = sorted({f.rule for f in report.findings})
    assert "Encoding.Mojibake" in rules and "OCR.SplitWord" in rules
    assert not any(r.startswith(("Spelling.", "Garble.")) for r in rules), rules


def test_accepted_vocabulary_is_never_flagged():
    from qa import check_text
    from qa.context import Context
    from qa.options import Options

    text = "El último informe se publicará mañana y el ultimo también."
    plain = check_text(text, language="es", context=Context.create(Options(grammar="off")))
    assert any(plain.text[f.start:f.end] == "ultimo" for f in plain.findings)
    accepting = Context.create(Options(grammar="off", accept=frozenset({"ultimo"})))
    report = check_text(text, language="es", context=accepting)
    assert not [f for f in report.findings if report.text[f.start:f.end].lower() == "ultimo"]
