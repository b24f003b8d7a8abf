"""Work on a large population in two threads at once: this one and one helper.

NumPy's loops and scipy's sparse kernel let go of the interpreter lock, so on two cores the
halves of a day's per-citizen arithmetic run side by side (`run`), the rows of a sparse
product are shared (`shared`), two independent pieces of work run together (`together`),
and work whose result is needed only later runs on the helper meanwhile (`start`). Each
piece reads and writes only its own entries and draws no random numbers (the draws are made
before, in one stream), so the results are the very numbers one thread would compute.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

TWO_HALVES_FROM = 250_000
"""From this many citizens a day's per-citizen work is split in two: below it, handing a
half to the helper thread costs about as much as it saves (the benchmark shows both)."""

SHARED_SUMS_FROM = 75_000
"""From this many citizens both threads share the rows of the friend sums, the day's largest
single piece of work, even where the rest of the day runs on one thread: at 75,000 citizens
a day is 2-3% faster, at 10^5 4-8%; at 50,000 it is the same."""

SHARED_RUNS = 16
"""Runs of rows work shared by both threads is cut into (`Halves.shared`)."""

T = TypeVar("T")
U = TypeVar("U")


class Halves:
    """The two halves of a population of n and the helper thread that works on the second."""

    def __init__(self, n: int) -> None:
        self.parts = (slice(0, n // 2), slice(n // 2, n))
        self._helper_id = 0
        self._helper = ThreadPoolExecutor(
            1, thread_name_prefix="society-half", initializer=self._note_helper
        )
        """Exits when this object is collected (the executor's own weak reference)."""

    def _note_helper(self) -> None:
        self._helper_id = threading.get_ident()

    def run(self, body: Callable[[slice], T]) -> tuple[T, T]:
        """body(first half) here and body(second half) on the helper, at once. Both have
        finished when this returns, even when one raises (the error is raised here).
        Called on the helper itself, it runs the halves one after the other."""
        first, second = self.parts
        return self.together(lambda: body(first), lambda: body(second))

    def shared(
        self, n: int, body: Callable[[slice], None], first: Callable[[], None] | None = None
    ) -> None:
        """body over runs of the n rows, taken in turn by this thread and the helper until
        none are left; this thread first does `first()` (other work), so it takes fewer.
        Each run is done once, by one thread: for row-wise work the results are the same
        whoever does which."""
        size = -(-n // SHARED_RUNS)
        starts = iter(range(0, n, size))
        lock = threading.Lock()

        def take() -> None:
            while True:
                with lock:
                    start = next(starts, None)
                if start is None:
                    return
                body(slice(start, min(start + size, n)))

        def mine() -> None:
            if first is not None:
                first()
            take()

        self.together(mine, take)

    def start(self, there: Callable[[], None]) -> Future[None]:
        """Begin there() on the helper, after whatever it was given before, and return at
        once: its result() waits for it (and raises its error). Called on the helper
        itself, there() runs before this returns."""
        if threading.get_ident() != self._helper_id:
            return self._helper.submit(there)
        there()
        done: Future[None] = Future()
        done.set_result(None)
        return done

    def together(self, here: Callable[[], T], there: Callable[[], U]) -> tuple[T, U]:
        """here() on this thread and there() on the helper, at once; as `run`, both have
        finished when this returns. Called on the helper itself, it runs them in turn."""
        if threading.get_ident() == self._helper_id:
            return here(), there()
        later = self._helper.submit(there)
        try:
            first = here()
        finally:
            second = later.result()
        return first, second


def in_parts(halves: Halves | None, body: Callable[[slice], T]) -> tuple[T, ...]:
    """body over the whole population, in two halves at once when `halves` is given."""
    if halves is None:
        return (body(slice(None)),)
    return halves.run(body)


def side_by_side(
    halves: Halves | None, here: Callable[[], T], there: Callable[[], U]
) -> tuple[T, U]:
    """here() and there(), at once when `halves` is given (there() on its helper)."""
    if halves is None:
        return here(), there()
    return halves.together(here, there)
