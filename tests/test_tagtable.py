"""qa.lang.tagtable: a table's words asked in batches read what they read one by one."""
from qa.lang import tagtable


def test_batched_look_ups_of_any_size_read_what_single_ones_read(tmp_path):
    words = [f"w{k:04d}" for k in range(1200)]
    pairs = [(w, f"N{k % 3}") for k, w in enumerate(words) if k % 4]  # every fourth word unknown
    path = tagtable.build(pairs + [("w0001", "V1")], tmp_path / "t.sqlite", "test")
    single = tagtable.TagTable(path)
    expected = {w: single.readings(w) for w in words}
    assert expected["w0001"] == frozenset({"N1", "V1"}) and expected["w0000"] == frozenset()
    # batch sizes below, at and above the padding's steps and BATCH itself
    for size in (1, 3, tagtable.LEAST_BATCH, 17, 100, tagtable.BATCH, tagtable.BATCH + 1, 1200):
        batched = tagtable.TagTable(path)
        batched.prefetch(words[:size])
        assert len(batched._cache) == size  # all asked at once, the unknown ones too
        assert {w: batched.readings(w) for w in words[:size]} == {w: expected[w] for w in words[:size]}
