"""The per-run memo fill the checkers share (qa.text.memofill)."""
from qa.text.memofill import fill


def test_values_in_key_order_and_kept():
    memo = {"la": ("kept",)}
    assert fill(memo, ["casa", "la", "de"], lambda w: (w.upper(),)) == [("CASA",), ("kept",), ("DE",)]
    assert memo == {"la": ("kept",), "casa": ("CASA",), "de": ("DE",)}


def test_each_missing_key_worked_out_once_per_document():
    asked = []

    def work(word):
        asked.append(word)
        return len(word)

    memo = {}
    assert fill(memo, ["guerra", "de", "guerra", "de", "guerra"], work) == [6, 2, 6, 2, 6]
    assert asked == ["guerra", "de"]
    # a later document finds them in the memo
    assert fill(memo, ["de", "guerra"], work) == [2, 6]
    assert asked == ["guerra", "de"]


def test_false_and_empty_verdicts_are_values_not_gaps():
    asked = []
    memo = {"y": False, "o": ()}
    assert fill(memo, ["y", "o"], lambda w: asked.append(w) or 1) == [False, ()]
    assert asked == []
