"""A player who never joined an opt-in score has no chart: the sentence that says so takes
its own height, not the chart's, so the outcome stands right under it. At 200% text on a
1024x600 window the sentence sat atop an empty panel that filled the page, and how the run
ended (the goals met and missed) was out of sight below it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pygame_gui.elements import UITextBox

from tests.ui.drive import open_debrief

if TYPE_CHECKING:
    from game.ui.app import App


def _outcome_top(app: App, first_line: str) -> int:
    boxes = [
        e for e in app.top.kit.manager.get_sprite_group().sprites() if isinstance(e, UITextBox)
    ]
    return next(b for b in boxes if b.html_text.startswith(first_line)).get_abs_rect().top


def test_the_outcome_of_a_run_that_never_joined_shows_on_the_first_screen(
    small_big_text: App,
) -> None:
    app = small_big_text
    open_debrief(app, "sesame_garden", "dissident")
    scene = app.top
    assert scene.doc.no_chart and scene.stacked
    shown = scene.column.get_abs_rect()
    top = _outcome_top(app, "<b>Sesame score: none")
    assert top + 3 * scene.kit.line < shown.bottom, (top, shown)


def test_with_room_for_the_chart_the_outcome_sits_right_under_the_sentence(
    game_app: App,
) -> None:
    open_debrief(game_app, "sesame_garden", "dissident")
    scene = game_app.top
    assert scene.doc.no_chart and not scene.stacked
    assert _outcome_top(game_app, "<b>Sesame score: none") < 60 + 4 * scene.kit.line
