"""Tier labels on the score chart never print over each other."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from game.design.debrief.chart import spread_labels


def test_labels_far_apart_stay_on_their_lines():
    assert spread_labels([20.0, 60.0, 100.0], 14, 0, 150) == [20.0, 60.0, 100.0]


def test_close_labels_are_pushed_apart_in_the_order_of_their_lines():
    spots = spread_labels([50.0, 52.0, 55.0], 14, 0, 150)
    assert spots == [50.0, 64.0, 78.0]


def test_labels_near_the_bottom_are_pushed_up_inside_the_chart():
    spots = spread_labels([148.0, 149.0], 14, 0, 150)
    assert spots == [136.0, 150.0]


def test_when_too_many_labels_some_are_left_off_rather_than_overlapping():
    spots = spread_labels([float(i) for i in range(10)], 14, 0, 40)
    assert sum(s is not None for s in spots) == 3


@given(
    ys=st.lists(st.floats(0, 200), max_size=12),
    gap=st.floats(8, 30),
)
def test_placed_labels_are_a_gap_apart_and_inside_the_chart(ys: list[float], gap: float):
    placed = sorted(s for s in spread_labels(ys, gap, 0, 200) if s is not None)
    assert all(0 <= s <= 200 for s in placed)
    assert all(b - a >= gap - 1e-9 for a, b in pairwise(placed))
    assert len(placed) == min(len(ys), int(200 // gap) + 1)
