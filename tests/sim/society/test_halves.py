"""Work split in two halves of the population runs both halves, and a failure is not lost."""

import threading

import pytest

from game.sim.society.halves import Halves, in_parts


def test_each_half_runs_once_and_the_second_on_another_thread():
    seen = []
    Halves(11).run(lambda part: seen.append((part, threading.current_thread().name)))
    parts = sorted(seen, key=lambda s: s[0].start)
    assert [p for p, _ in parts] == [slice(0, 5), slice(5, 11)]
    assert parts[0][1] == threading.current_thread().name != parts[1][1]


def test_without_halves_the_work_covers_everyone_at_once():
    assert in_parts(None, lambda part: part) == (slice(None),)


def test_a_failing_half_is_raised_after_the_other_half_has_finished():
    finished = threading.Event()

    def body(part: slice) -> None:
        if part.start == 0:
            raise ValueError("first half failed")
        finished.wait(0.05)
        finished.set()

    with pytest.raises(ValueError, match="first half failed"):
        Halves(10).run(body)
    assert finished.is_set()


def test_shared_runs_cover_every_row_once_and_the_other_work_runs_once():
    done: list[tuple[int, int]] = []
    order: list[str] = []

    def body(part: slice) -> None:
        done.append((part.start, part.stop))
        order.append("row")

    Halves(1000).shared(1000, body, first=lambda: order.append("first"))
    covered = sorted(i for start, stop in done for i in range(start, stop))
    assert covered == list(range(1000))
    assert order.count("first") == 1


def _within_seconds(seconds: float, body):
    """body()'s result, or a failure if it has not returned in time (a deadlock would hang)."""
    found = []
    thread = threading.Thread(target=lambda: found.append(body()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert found, "still waiting: the helper waited on itself"
    return found[0]


def test_halves_asked_for_on_the_helper_itself_run_there_one_after_the_other():
    halves = Halves(10)
    on_helper = lambda: halves.run(lambda part: part)  # noqa: E731
    both = _within_seconds(5, lambda: halves.together(lambda: None, on_helper))
    assert both[1] == (slice(0, 5), slice(5, 10))


def test_work_asked_to_run_together_on_the_helper_runs_there_in_turn():
    halves = Halves(10)
    nested = lambda: halves.together(lambda: 1, lambda: 2)  # noqa: E731
    assert _within_seconds(5, lambda: halves.together(lambda: None, nested))[1] == (1, 2)


def test_work_started_on_the_helper_runs_there_and_its_result_waits_for_it():
    halves, seen, go = Halves(10), [], threading.Event()

    def body() -> None:
        go.wait(5)
        seen.append(threading.current_thread().name)

    started = halves.start(body)
    assert not started.done()  # it has not waited for the work
    go.set()
    started.result(5)
    assert seen and seen[0] != threading.current_thread().name


def test_work_started_from_the_helper_itself_runs_before_start_returns():
    halves, seen = Halves(10), []
    nested = lambda: halves.start(lambda: seen.append(1)).done()  # noqa: E731
    assert _within_seconds(5, lambda: halves.together(lambda: None, nested))[1] is True
    assert seen == [1]
