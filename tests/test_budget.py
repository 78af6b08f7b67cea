"""A CPU budget counts the thread's CPU time, not the wall clock's."""
import time

from qa.budget import Budget


def _burn(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_cpu_budget_is_spent_once_the_thread_has_used_it():
    budget = Budget.cpu(0.02)
    assert not budget.spent()
    _burn(0.05)
    assert budget.spent()


def test_cpu_budget_is_not_spent_by_waiting():
    budget = Budget.cpu(0.02)
    time.sleep(0.06)  # the wall clock passes the budget, the thread's CPU time does not
    assert not budget.spent()
    assert budget.left() > 0


def test_wall_budget_is_spent_by_waiting():
    budget = Budget.wall(0.02)
    time.sleep(0.04)
    assert budget.spent()


def test_at_least_left_is_a_lower_bound_and_reads_the_cpu_clock_once_half_the_wall_is_gone():
    budget = Budget.cpu(0.04)
    exact = budget.left()  # read first: what is left only falls
    assert 0.02 <= budget.at_least_left() <= exact
    time.sleep(0.05)  # the wall clock passes the budget, the thread's CPU time does not
    # past half the budget the monotonic clock no longer answers: what is
    # left is the CPU clock's, nearly all of it
    assert budget.at_least_left() > 0.03
