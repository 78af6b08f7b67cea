"""SIGTERM during ``qa fix`` waits for a temporary file's handoff
(``qa.termsignal``): inside ``held()`` the run does not unwind; it unwinds
as the block ends."""
from __future__ import annotations

import os
import signal
import time

import pytest

from qa.termsignal import TermSignal


@pytest.fixture
def term():
    handler = TermSignal()
    previous = handler.install()
    yield handler
    signal.signal(signal.SIGTERM, previous)


def test_outside_a_held_block_sigterm_unwinds_at_once(term):
    with pytest.raises(SystemExit) as stop:
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(1000):  # the handler runs between two of these
            time.sleep(0.001)
    assert stop.value.code == 128 + signal.SIGTERM


def test_inside_a_held_block_sigterm_waits_for_its_end(term):
    done = []
    with pytest.raises(SystemExit) as stop:
        with term.held():
            os.kill(os.getpid(), signal.SIGTERM)
            done.append("created")
            done.append("recorded")  # both steps of the handoff run
        done.append("after")  # never: the run unwinds as the block ends
    assert done == ["created", "recorded"] and stop.value.code == 128 + signal.SIGTERM


def test_nested_blocks_wait_for_the_outermost(term):
    done = []
    with pytest.raises(SystemExit):
        with term.held():
            with term.held():
                os.kill(os.getpid(), signal.SIGTERM)
            done.append("outer block goes on")
    assert done == ["outer block goes on"]


def test_a_held_block_without_a_signal_changes_nothing(term):
    with term.held():
        value = 1
    assert value == 1
    with pytest.raises(ValueError):
        with term.held():
            raise ValueError("the block's own error passes through")
