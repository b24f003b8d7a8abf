"""With 200% text on a 1024x600 window the day's top bar keeps to two lines: Menu and Help
drop their keys from their names ("Menu", "Help"; the Help window lists the keys), which
gives the status line the room it needs. It took three lines there, a line the phone's list
of cards did not have. At the usual size the buttons still name their keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.ui.drive import button, day_one

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_status_line_takes_two_lines_at_200_percent_on_1024x600(small_big_text: App) -> None:
    day = day_one(small_big_text, "sesame_garden")
    assert day.status is not None
    box, _ = day.status
    one_line = day.kit.text.font(day.kit.px(16)).get_linesize()
    assert box.get_relative_rect().height < 3 * one_line
    assert button(small_big_text, "Menu (Esc)").text == "Menu"
    assert button(small_big_text, "Help (F1)").text == "Help"
    assert box.get_abs_rect().right < button(small_big_text, "Help (F1)").get_abs_rect().left


def test_the_buttons_name_their_keys_at_the_usual_size(game_app: App) -> None:
    day_one(game_app, "sesame_garden")
    assert button(game_app, "Menu (Esc)").text == "Menu (Esc)"
    assert button(game_app, "Help (F1)").text == "Help (F1)"


def test_a_long_status_says_the_pay_in_fewer_words_to_keep_to_two_lines(
    small_big_text: App,
) -> None:
    day = day_one(small_big_text, "red_list_black_list")
    assert day.status is not None
    box, markup = day.status
    one_line = day.kit.text.font(day.kit.px(16)).get_linesize()
    assert box.get_relative_rect().height < 3 * one_line
    assert "(+1,500 a day)" in markup
