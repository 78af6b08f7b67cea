"""Documents dealt by language between a forking parent and its worker."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from qa import langdeal
from qa.langdeal import PARENT, WORKER, Deal, deal, homes
from qa.text.language import UNKNOWN, guess_language


def test_the_commonest_language_goes_to_the_worker_the_others_to_the_parent():
    assert homes(["es"] * 5 + ["en"] * 3 + ["fr", UNKNOWN, UNKNOWN]) == {"es": WORKER, "en": PARENT, "fr": PARENT}
    # one language (unknown ones aside): loaded once before the fork instead
    assert homes(["es"] * 5 + [UNKNOWN] * 9) is None
    assert homes([]) is None


def test_the_guess_reads_function_words_only():
    assert guess_language("El gobierno dijo que los precios de la energía subirán en el año.") == "es"
    assert guess_language("The government said that the prices of the energy would rise in the year.") == "en"
    assert guess_language("1234 5678") == UNKNOWN


def _batches(*languages_of_each):
    """Batches of (language, index) pairs standing for documents."""
    n = 0
    out = []
    for languages in languages_of_each:
        out.append([(lang, n + i) for i, lang in enumerate(languages)])
        n += len(languages)
    return out


def test_a_process_takes_its_own_language_then_the_next_batch_before_the_others():
    first, second = _batches(["es"] * 30 + ["en"] * 4, ["en"] * 25)
    state = Deal(iter([second]), guess=lambda doc: doc[0], home={"es": WORKER, "en": PARENT})
    state.add(first)
    taken = [state.doc(p) for p in state.take(PARENT, 10)]
    assert taken == [("en", i) for i in range(30, 34)]  # only its own language of the batch
    taken = [state.doc(p) for p in state.take(PARENT, 10)]  # then the next batch's, read ahead
    assert taken == [("en", i) for i in range(34, 44)]
    assert [state.doc(p) for p in state.take(WORKER, 8)] == [("es", i) for i in range(8)]


def test_a_language_not_loaded_is_taken_over_only_when_enough_wait():
    over = langdeal.TAKE_OVER_AFTER
    (only,) = _batches(["es"] * (over + 1) + ["en"] * over)
    state = Deal(iter([]), guess=lambda doc: doc[0], home={"es": WORKER, "en": PARENT})
    state.add(only)
    assert len(state.take(PARENT, over)) == over  # its own, all of them
    assert len(state.take(PARENT, 1)) == 1  # more than TAKE_OVER_AFTER Spanish wait
    assert "es" in state.has[PARENT]
    state = Deal(iter([]), guess=lambda doc: doc[0], home={"es": WORKER, "en": PARENT})
    state.add(only)
    state.take(WORKER, 1)
    assert state.take(WORKER, 1) and state.take(PARENT, over)
    assert state.take(PARENT, 1) == []  # TAKE_OVER_AFTER wait: the worker ends them
    assert state.has[PARENT] == {"en"}


def test_a_language_no_process_has_goes_to_whoever_asks_and_stays_its():
    (only,) = _batches(["es", "fr", "fr", UNKNOWN])
    state = Deal(iter([]), guess=lambda doc: doc[0], home={"es": WORKER, "en": PARENT})
    state.add(only)
    assert [state.doc(p) for p in state.take(PARENT, 5)] == [("fr", 1), ("fr", 2)]
    assert state.has[PARENT] == {"en", "fr"}
    assert [state.doc(p) for p in state.take(WORKER, 5)] == [("es", 0)]
    assert [state.doc(p) for p in state.take(WORKER, 5)] == [(UNKNOWN, 3)]  # anyone's


def test_no_more_than_two_batches_are_held():
    batches = _batches(["es"] * 3, ["es"] * 3, ["es"] * 3, ["es"] * 3)
    state = Deal(iter(batches[1:]), guess=lambda doc: doc[0], home={"es": WORKER, "en": PARENT})
    state.add(batches[0])
    assert len(state.take(WORKER, 8)) == 3 and len(state.take(WORKER, 8)) == 3
    assert state.take(WORKER, 8) == []  # the first batch is not reported yet
    for b in (0, 1):
        for i in range(3):
            state.done((b, i), b * 3 + i)
    assert list(state.given_back()) == [[0, 1, 2], [3, 4, 5]]
    assert len(state.take(WORKER, 8)) == 3


def test_every_document_is_checked_once_and_reported_in_order():
    """Several batches of two languages and an empty one: the worker (a
    thread here) gets Spanish only, the parent English, one batch read
    ahead; each batch comes back whole and in order."""
    batches = _batches(["es"] * 30 + ["en"] * 10, ["en"] * 12 + ["es"] * 3, [], ["es", "en"] * 5)
    by_parent: list = []
    in_pool: list = []

    def here(doc):
        by_parent.append(doc)
        return ("parent", doc)

    read: dict[str, list] = {"parent": [], "pool": []}

    def there(docs, read_whole):
        read["pool"].extend(read_whole)
        in_pool.extend(docs)
        return [("pool", doc) for doc in docs]

    with ThreadPoolExecutor(1) as pool:
        out = list(deal(pool, here, there, lambda r: r, read["parent"].extend, (batches[0], {i: d[0] for i, d in enumerate(batches[0])}),
                        iter(batches[1:]), lambda doc: doc[0], {"es": WORKER, "en": PARENT}))
    assert [[doc for _, doc in reports] for reports in out] == batches
    assert sorted(by_parent + in_pool, key=lambda d: d[1]) == [d for b in batches for d in b]
    assert {lang for lang, _ in in_pool} == {"es"} and {lang for lang, _ in by_parent} == {"en"}
    assert read == {"parent": ["en"], "pool": ["es"]}  # each its own list, once


def test_a_language_taken_over_is_read_whole_one_met_in_passing_is_not():
    over = langdeal.TAKE_OVER_AFTER
    (only,) = _batches(["en"] + ["es"] * (over + 1) + ["fr"])
    state = Deal(iter([]), guess=lambda doc: doc[0], home={"es": WORKER, "en": PARENT})
    state.add(only)
    assert state.to_read(PARENT) == ("en",) and state.to_read(PARENT) == ()
    state.take(PARENT, 1), state.take(PARENT, 1)  # its English, then the French no process has
    assert state.has[PARENT] == {"en", "fr"} and state.to_read(PARENT) == ()
    state.take(PARENT, 1)  # Spanish, taken over
    assert state.to_read(PARENT) == ("es",)


def test_a_sample_spread_over_the_batch_chooses_the_homes():
    assert list(langdeal.sample(256)) == list(range(0, 256, 16))
    assert list(langdeal.sample(5)) == [0, 1, 2, 3, 4]
    assert list(langdeal.sample(0)) == []


def test_the_worker_is_handed_sampled_documents_before_the_others_are_guessed():
    """The first hand-over (which forks the worker) holds the sampled
    documents of its language; the rest of the batch is guessed after it,
    and every document is still checked once, in its own language's process."""
    (batch,) = _batches(["es"] * 30 + ["en"] * 10)
    known = {i: batch[i][0] for i in langdeal.sample(len(batch))}
    events: list = []

    def guess(doc):
        events.append(("guess", doc))
        return doc[0]

    def there(docs, read_whole):
        return [("pool", doc) for doc in docs]

    class HandOversNoted(ThreadPoolExecutor):
        def submit(self, fn, docs, *args):  # noted when handed over, not when the thread runs
            events.append(("hand-over", tuple(docs)))
            return super().submit(fn, docs, *args)

    with HandOversNoted(1) as pool:
        out = list(deal(pool, lambda doc: ("parent", doc), there, lambda r: r, lambda languages: None,
                        (batch, known), iter([]), guess, {"es": WORKER, "en": PARENT}))
    first_guess = next(i for i, event in enumerate(events) if event[0] == "guess")
    opening = [event[1] for event in events[:first_guess] if event[0] == "hand-over"]
    assert opening == [tuple(batch[i] for i in sorted(known) if batch[i][0] == "es")[:8]]
    assert not {doc for kind, doc in events if kind == "guess"} & {batch[i] for i in known}
    assert [doc for _, doc in out[0]] == batch
    assert {who for who, doc in out[0] if doc[0] == "es"} == {"pool"}
    assert {who for who, doc in out[0] if doc[0] == "en"} == {"parent"}
