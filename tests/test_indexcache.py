"""The suggestion index kept on disk: built once, read back, rebuilt when stale or damaged."""
from __future__ import annotations

import weakref

import pytest

from qa.lexicon import Lexicon
from qa.text import indexcache
from qa.text.suggest import index_for, suggest


def _counting_build(calls: list, index: dict[str, str]):
    def build():
        calls.append(1)
        return dict(index)
    return build


def test_built_once_then_read_back(tmp_path):
    calls: list = []
    build = _counting_build(calls, {"gobierno": "gobierno", "gobirno": "gobierno"})
    first = indexcache.load_or_build("near-xx", "words v1", build, folder=tmp_path)
    second = indexcache.load_or_build("near-xx", "words v1", build, folder=tmp_path)
    assert first == second == {"gobierno": "gobierno", "gobirno": "gobierno"}
    assert len(calls) == 1
    assert len(list(tmp_path.glob("near-xx-*.marshal"))) == 1


def test_changed_source_rebuilds_and_drops_the_stale_file(tmp_path):
    calls: list = []
    indexcache.load_or_build("near-xx", "words v1", _counting_build(calls, {"a": "1"}), folder=tmp_path)
    fresh = indexcache.load_or_build("near-xx", "words v2", _counting_build(calls, {"a": "2"}),
                                     folder=tmp_path)
    assert fresh == {"a": "2"} and len(calls) == 2
    files = list(tmp_path.glob("near-xx-*.marshal"))
    assert len(files) == 1  # the file of "words v1" is gone
    # another index's file is left alone
    indexcache.load_or_build("near-yy", "words v1", _counting_build(calls, {"b": "3"}), folder=tmp_path)
    assert len(list(tmp_path.glob("*.marshal"))) == 2


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage"])
def test_damaged_file_is_rebuilt_not_fatal(tmp_path, damage):
    calls: list = []
    index = {f"k{i}": f"w{i} v{i}" for i in range(500)}
    indexcache.load_or_build("near-xx", "v1", _counting_build(calls, index), folder=tmp_path)
    (path,) = tmp_path.glob("near-xx-*.marshal")
    blob = path.read_bytes()
    path.write_bytes({"truncate": blob[: len(blob) // 2],
                      "flip": blob[:100] + bytes([blob[100] ^ 0xFF]) + blob[101:],
                      "empty": b"",
                      "garbage": b"\x00\x01not marshal at all"}[damage])
    again = indexcache.load_or_build("near-xx", "v1", _counting_build(calls, index), folder=tmp_path)
    assert again == index and len(calls) == 2
    # and the sound copy written in its place is read by the next run
    indexcache.load_or_build("near-xx", "v1", _counting_build(calls, index), folder=tmp_path)
    assert len(calls) == 2


def test_folder_that_is_a_file_still_serves_the_run(tmp_path):
    # a cache folder that cannot be written (this works as root too, where
    # a read-only folder would not stop the write)
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    got = indexcache.load_or_build("near-xx", "v1", lambda: {"a": "b"}, folder=blocker / "index")
    assert got == {"a": "b"}


def test_spell_index_cached_on_disk_answers_as_built(tmp_path, monkeypatch):
    """The index read from the cache gives the same suggestions as the one
    built in this run, and a second run reads it instead of building it."""
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    built = index_for(Lexicon("es"))
    assert built.words_near("gobierno")[0] == "gobierno"
    (path,) = (tmp_path / "index").glob("near-es-*.marshal")
    stamp = path.stat().st_mtime_ns
    lexicon = Lexicon("es")
    read = index_for(lexicon)
    assert read.near == built.near
    assert path.stat().st_mtime_ns == stamp  # read back, not written again
    # distance-two suggestions come from this index
    assert suggest("gobirnro", lexicon)[0].word == "gobierno"
    assert read.words_near("zzzzzz") == []


@pytest.mark.parametrize("index", [
    {"niño": "child boy", "casa": "house", "año": "year", "a": "", "\udcff": "odd", "zz\n": "x"},
    {"niño": 0.5, "casa": 0.25, "ä": 1e-9, "b": 0.0},
])
def test_probed_mapping_answers_as_its_dict_then_becomes_it(index):
    from qa.text.sortedtable import ProbedMapping, sorted_table

    table = sorted_table(index)
    reads: list = []
    probed = ProbedMapping(lambda: reads.append(1) or dict(index), lambda: table, probes=40)
    asked = [*index, "nino", "", "c", "casas", "cas", "ñ", "zz", "\udcfe", *index]
    for key in asked:
        assert probed.get(key, "-") == index.get(key, "-")
        assert (key in probed) == (key in index)
    assert len(probed) == len(index) and not reads  # all from the sorted copy
    for key in asked:
        assert probed.get(key) == index.get(key)
    assert reads == [1] and list(probed.items()) == list(index.items())
    with pytest.raises(KeyError):
        probed["nino"]


def test_presence_filter_keeps_every_key_and_turns_most_others_away():
    from qa.text.sortedtable import PRESENCE_SLOTS, might_hold, presence_filter, utf8

    held = [f"{c}{n}" for c in "abcñ日" for n in range(400)] + ["", "\udcff"]
    slots = presence_filter(held)
    assert len(slots) == PRESENCE_SLOTS * len(held)
    assert might_hold(slots, map(utf8, held)) == list(map(utf8, held))
    absent = [utf8(f"{c}{n}x") for c in "abcñ日" for n in range(400)]
    passed = len(might_hold(slots, absent))
    assert 0 < passed < 0.2 * len(absent)  # about 1 - exp(-1/8), 12 %


@pytest.mark.parametrize("probes", [10_000, 3])
def test_values_of_through_the_presence_filter_as_from_the_dict(probes):
    """A long word's hundreds of keys at once: the keys the filter lets
    through are searched, and only they count towards reading the dict
    whole; the values are the dict's either way."""
    from qa.text.sortedtable import ProbedMapping, presence_filter, sorted_table

    index = {f"{c}{n}": f"w{c}{n} v{n}" for c in "abcdeño" for n in range(0, 300, 3)}
    reads: list = []
    probed = ProbedMapping(lambda: reads.append(1) or dict(index), lambda: sorted_table(index), probes,
                           lambda: presence_filter(index))
    asked = {f"{c}{n}" for c in "abcñz" for n in range(0, 300, 2)}
    assert sorted(probed.values_of(asked)) == sorted(index[k] for k in asked if k in index)
    if probes > len(asked):
        assert not reads and probed._dict is None
        assert probed._probes_left > probes - len(asked) // 2  # most absent keys never searched
    else:
        assert reads == [1]  # past its searches: read whole, answered by the dict
    assert sorted(probed.values_of(asked)) == sorted(index[k] for k in asked if k in index)


def test_suggestions_the_same_with_the_distance_two_index_searched_or_read_whole():
    words = ["gobirnro", "informacoin", "desarollado", "internaiconal", "presidnete", "ecnonomía"]
    searched, whole = Lexicon("es"), Lexicon("es")
    index_for(whole).near.read_whole()
    assert [[c.word for c in suggest(w, searched)] for w in words] == \
        [[c.word for c in suggest(w, whole)] for w in words]
    assert index_for(searched).near._dict is None and index_for(whole).near._dict is not None


def test_sorted_keys_find_every_key_around_the_fence_and_no_other():
    """More keys than a few fence blocks: the first and last key, each
    fence key, the keys beside it, and strings between or beyond them."""
    from qa.text.sortedtable import FENCE, SortedKeys, joined, utf8

    keys = sorted({utf8(f"{c}{n:03d}") for c in "aböñ日" for n in range(0, 2 * FENCE + 7, 2)})
    blob, ends = joined(keys)
    for base, stored in ((0, blob), (5, b"head!" + blob)):  # a table's keys after a header
        found = SortedKeys(stored, base, ends)
        assert [found.find(k) for k in keys] == list(range(len(keys)))
        for absent in (b"", b"a", b"a001", b"a999", b"b", b"zzz", b"\xff", utf8("日001"), utf8("日999")):
            assert found.find(absent) is None, absent
    assert SortedKeys(b"", 0, joined([])[1]).find(b"a") is None


def test_distance_two_index_probed_or_read_whole_gives_the_same_words(tmp_path, monkeypatch):
    from qa.text import suggest as suggest_module

    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    lexicon = Lexicon("es")
    probed = suggest_module.SpellIndex(lexicon)
    whole = dict(probed.near._read_whole())
    keys = [*list(whole)[::53], "gobrno", "xq", "", "informacion", "zzzzzz"]
    assert len(keys) < suggest_module.NEAR_PROBES
    for index in (probed, suggest_module.SpellIndex(lexicon)):  # built, then read back
        assert [index.words_near(k) for k in keys] == [whole[k].split(" ") if k in whole else []
                                                       for k in keys]
        assert index.near._dict is None  # answered from the sorted copy
    assert list(tmp_path.glob("index/sortednear-es-*.mapped"))


def _mapped_items(index: dict) -> list:
    from qa.text.sortedtable import sorted_table

    return sorted_table(index)


@pytest.mark.parametrize("index", [
    {"niño": "child boy", "casa": "house", "año": "year", "a": "", "\udcff": "odd"},
    {"niño": 0.5, "casa": 0.25, "ä": 1e-9, "b": 0.0},
])
def test_mapped_sorted_copy_answers_as_its_dict(tmp_path, index):
    """A sorted copy kept as a mapped file (``qa.text.mappedlist``) is read
    back without building, and a ProbedMapping on it answers as the dict."""
    from qa.text import mappedlist
    from qa.text.sortedtable import ProbedMapping, presence_filter

    calls: list = []

    def build():
        calls.append(1)
        return _mapped_items(index)

    built = mappedlist.load_or_build("sorted-xx", "v1", build, folder=tmp_path)
    mapped = mappedlist.load_or_build("sorted-xx", "v1", build, folder=tmp_path)
    assert len(calls) == 1 and len(list(tmp_path.glob("sorted-xx-*.mapped"))) == 1
    assert isinstance(mapped[1].blob, mappedlist.mmap.mmap)  # mapped, not read
    assert [item if isinstance(item, int) else item.bytes() for item in mapped] == \
        [item if isinstance(item, int) else item.bytes() for item in built] == _mapped_items(index)
    presence = mappedlist.load_or_build("presence-xx", "v1", lambda: [presence_filter(index)], folder=tmp_path)
    probed = ProbedMapping(lambda: dict(index), lambda: mapped, probes=100, presence=lambda: presence[0])
    for key in [*index, "nino", "", "c", "casas", "ñ"]:
        assert probed.get(key, "-") == index.get(key, "-")
    assert sorted(probed.values_of([*index, "zz"]), key=str) == sorted(index.values(), key=str)
    assert probed._dict is None and len(probed) == len(index)


@pytest.mark.parametrize("damage", ["truncate", "extend", "empty", "garbage", "magic"])
def test_damaged_mapped_file_is_rebuilt_not_fatal(tmp_path, damage):
    from qa.text import mappedlist

    calls: list = []
    index = {f"k{i}": f"w{i}" for i in range(500)}

    def build():
        calls.append(1)
        return _mapped_items(index)

    mappedlist.load_or_build("sorted-xx", "v1", build, folder=tmp_path)
    (path,) = tmp_path.glob("sorted-xx-*.mapped")
    blob = path.read_bytes()
    path.write_bytes({"truncate": blob[: len(blob) // 2], "extend": blob + b"\0",
                      "empty": b"", "garbage": b"\x00\x01not a kept list",
                      "magic": b"qa-mapped-list-0" + blob[16:]}[damage])
    again = mappedlist.load_or_build("sorted-xx", "v1", build, folder=tmp_path)
    assert len(calls) == 2 and again[0] == len(index)
    assert again[1].bytes() == _mapped_items(index)[1]
    mappedlist.load_or_build("sorted-xx", "v1", build, folder=tmp_path)  # the sound copy is read
    assert len(calls) == 2


def test_mapped_list_serves_the_run_where_the_folder_cannot_be_written(tmp_path):
    from qa.text import mappedlist

    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    got = mappedlist.load_or_build("sorted-xx", "v1", lambda: [3, b"abc"], folder=blocker / "index")
    assert got[0] == 3 and got[1].bytes() == b"abc"


def test_spell_index_copies_named_after_the_kept_list_searched_or_read_whole(tmp_path, monkeypatch):
    """The index's copies are named after the kept word list, not its
    words: the same name whether the list is still searched or read whole,
    the words' own text for a list from elsewhere; the kept alphabet is the
    one counted from the words."""
    from collections import Counter

    from qa.text import freqlists
    from qa.text.suggest import SpellIndex

    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    # lists that earlier tests still hold would be handed out whole
    monkeypatch.setattr(freqlists, "_LOADED", weakref.WeakValueDictionary())
    searched = Lexicon("pt")
    assert isinstance(searched.frequencies, freqlists.ProbedList)
    index = SpellIndex(searched)
    name = index._words_source(100)
    assert "\n" in name and index.words[0] not in name.split("\n")
    whole = Lexicon("pt")
    whole.read_whole()
    assert not isinstance(whole.frequencies, freqlists.ProbedList)
    assert SpellIndex(whole)._words_source(100) == name
    counts = Counter("".join(index.words[:20_000]))
    counted = "".join(ch for ch, n in counts.most_common(64) if n >= 3)
    assert index.alphabet == counted and SpellIndex(whole).alphabet == counted  # built, then read back
    assert len(list((tmp_path / "index").glob("alphabet-pt-*.marshal"))) == 1
    elsewhere = Lexicon("pt")
    elsewhere.__dict__["frequencies"] = {"casa": 0.5, "cão": 0.25, "9x": 0.1}
    assert SpellIndex(elsewhere)._words_source() == "casa\ncão"
    assert freqlists.kept_name("pt", elsewhere.frequencies) is None
