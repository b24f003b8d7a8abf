"""A post written today keeps its card, said "Done" where its button was. At 200% text on a
1024x600 window the Post button sits below the text, so the text takes the whole width and
the note had no room beside it: building the card crashed the game ("Row longer than
layout") on the next post. There the note goes under the text, inside the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.scenes.tabs import WRITTEN
from tests.ui.drive import day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_written_post_says_done_inside_the_list_at_200_percent_on_1024x600(
    small_big_text: App,
) -> None:
    app = small_big_text
    day = day_one(app, "sesame_garden")
    press(app, pygame.K_2, frames=20)  # Feed
    posts = [k for k, _, _ in day.focus.items if k.startswith("post ")]
    for key in posts[:2]:
        focus_on(app, key)
        press(app, pygame.K_RETURN, frames=20)
    assert app.top is day and day.world.actions_left == 1
    box = day.phone_box
    assert box is not None
    inner = box.get_container()
    notes = [e for e in inner.elements if getattr(e, "html_text", None) == WRITTEN]
    assert len(notes) == 2
    for note in notes:
        assert note.get_relative_rect().left >= 0
        assert note.get_relative_rect().right <= inner.get_relative_rect().width
