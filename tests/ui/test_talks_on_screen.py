"""A character's message on the phone: their face, their words, a button per reply."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.core.actions import END_DAY
from tests.core.test_verb_reply import ANCHOR, FIXTURE, TALKS
from tests.ui.drive import focus_on, open_first_day, press


@pytest.fixture
def talk_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    folder = tmp_path / "levels"
    folder.mkdir()
    text = FIXTURE.read_text(encoding="utf-8").replace(ANCHOR, ANCHOR + TALKS)
    (folder / "talks.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(folder))
    app = App()
    app.director = start_scenes(app, None, None, None)
    app.tick(0.016)
    yield app
    pygame.quit()


def _day_two(app):
    day = open_first_day(app)
    day.session.act(END_DAY)
    day.dirty = True
    app.tick(0.016)
    press(app, pygame.K_3)  # Friends
    for _ in range(20):
        app.tick(0.016)
    return day


def test_the_friends_tab_offers_each_reply_as_a_button(talk_app) -> None:
    _day_two(talk_app)
    keys = [k for k, _, _ in talk_app.top.focus.items]
    labels = [e.text for _, e, _ in talk_app.top.focus.items]
    assert "No. You're my friend." in labels and "A little, yes." in labels, keys


def test_pressing_a_reply_answers_the_message(talk_app) -> None:
    day = _day_two(talk_app)
    key = next(k for k, e, _ in talk_app.top.focus.items if e.text == "A little, yes.")
    focus_on(talk_app, key)
    press(talk_app, pygame.K_RETURN)
    assert day.world.talk_replies == {"be_honest": "honest_yes"}
    assert "You replied: A little, yes." in day.log
