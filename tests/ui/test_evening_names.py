"""The faces beside the evening report carry their people's names whole, wrapped or set
smaller when wider than a face, and no name runs into the next face."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest
import yaml
from pygame_gui.elements import UIImage

from game.ui.name_tags import wrap_name
from tests.ui.drive import end_the_day, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App

FIXTURE = Path(__file__).parents[1] / "fixtures" / "levels" / "all_features.yaml"
NAMES = {"wei": "StarPatriot88", "lu": "Lucia Maria Ortega-Vance", "mum": "Grandmother Irene"}
SIZES = [(1280, 800), (1024, 600)]


@pytest.fixture
def long_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    for character in data["characters"]:
        character["name"] = NAMES[character["id"]]
    data["score"]["explanations"] = "amount"  # no reason lines: the report has room for all
    folder = tmp_path / "levels"
    folder.mkdir()
    (folder / "names.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(folder))
    yield folder
    pygame.quit()


def _evening(size: tuple[int, int]) -> App:
    """Cut one person and befriend two on day 1, then end it: three faces, three names."""
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    app = App(size)
    app.director = start_scenes(app, None, None, None)
    app.tick(0.016)
    open_first_day(app, pygame.K_RETURN)
    press(app, pygame.K_3)  # Friends
    for key in ("unfriend wei", "befriend lu", "befriend mum"):
        focus_on(app, key)
        press(app, pygame.K_RETURN)
    end_the_day(app)
    assert app.top.name == "evening"
    return app


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_name_under_an_evening_face_is_whole_and_clear_of_the_next_face(
    long_names: Path, size: tuple[int, int]
) -> None:
    app = _evening(size)
    evening = app.top
    faces = [w for w in evening.widgets if isinstance(w, UIImage)]
    assert len(faces) == len(NAMES)
    rects = [f.get_abs_rect() for f in faces]
    assert all(not a.colliderect(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    assert evening.names is not None
    font = app.kit.text.font
    for (cid, _), tag, rect in zip(evening.report.faces, evening.names.tags, rects, strict=True):
        name = evening.session.level.characters[cid].name
        assert "".join(tag.lines).replace(" ", "") == name.replace(" ", "")
        assert len(tag.lines) <= 2
        assert all(font(tag.size).size(line)[0] <= rect.width for line in tag.lines)


def test_a_name_wider_than_its_room_wraps_at_a_space():
    fits = lambda text: len(text) <= 12  # noqa: E731
    assert wrap_name("Grandmother Irene", fits) == ["Grandmother", "Irene"]


def test_a_single_word_wider_than_its_room_breaks_between_letters_and_loses_none():
    lines = wrap_name("StarPatriot88", lambda text: len(text) <= 8)
    assert lines == ["StarPatr", "iot88"]
