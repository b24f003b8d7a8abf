"""The window opens inside the player's screen: on a small laptop the bottom row of buttons
(Start day 1, End the day) is not left below the edge of the screen."""

from game.ui.app import MIN_SIZE, START_SIZE, fit_window


def test_a_window_wanted_larger_than_a_small_desktop_opens_at_the_desktop_size() -> None:
    assert fit_window(START_SIZE, (1024, 600)) == (1024, 600)


def test_a_window_that_fits_the_desktop_opens_at_the_size_wanted() -> None:
    assert fit_window(START_SIZE, (1920, 1080)) == START_SIZE


def test_a_desktop_smaller_than_the_smallest_layout_still_gets_the_smallest_layout() -> None:
    assert fit_window(START_SIZE, (800, 480)) == MIN_SIZE
