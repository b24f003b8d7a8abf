"""A turning point made from a reason that ends in a bracketed sentence read "...Flex Gym.
(Not yours; the points are a game number.), -45 [Documented]": a full stop, a bracket and a
comma in a row. The figures now come before the aside, which is a sentence of its own."""

from __future__ import annotations

from tests.ui.drive import open_debrief


def test_no_turning_point_puts_a_comma_after_a_bracketed_sentence(game_app) -> None:
    open_debrief(game_app, "fico_country", "dissident")
    scene = game_app.top
    assert scene.name == "debrief" and scene.points_box is not None
    assert "Flex Gym" in scene.points_box.html_text
    assert ".)," not in scene.points_box.html_text
    assert "game number.)" not in scene.points_box.html_text
