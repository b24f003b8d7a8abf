"""On the level list, a focused Play button is seen with the card it belongs to: with large
text a card is taller than a third of the list, and Tab used to leave its name above the top."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from tests.ui.drive import focus_keys, press

SHIPPED = Path(__file__).parents[2] / "levels"


def test_tabbing_down_the_level_list_at_large_text_shows_each_play_with_its_level_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes
    from game.ui.store import Settings

    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(SHIPPED))
    app = App((1280, 720), Settings(text_scale=200))
    try:
        app.director = start_scenes(app, None, None, None)
        app.tick(0.016)
        press(app, pygame.K_RETURN)  # Play: the level list
        assert app.top.name == "level_select"
        plays = [k for k in focus_keys(app) if k.startswith("play:")]
        assert len(plays) > 4
        hidden = []
        for key in plays[1:]:
            press(app, pygame.K_TAB, frames=3)
            assert app.top.focus.current_key() == key
            focused = app.top.focus.focused()
            view = app.top.focus.scroller[id(focused)].get_abs_rect()
            card = app.top.focus.reveal[id(focused)]
            title_row = card.get_abs_rect().top + 4
            if not (view.top <= title_row and focused.get_abs_rect().bottom <= view.bottom):
                hidden.append(key)
        assert hidden == []
    finally:
        pygame.quit()
