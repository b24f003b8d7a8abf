"""Whatever the validator accepts, nothing on the day screen overlaps: an 80-character level
title and score name at 200% text on the smallest window leave "End the day" clear."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest
import yaml

from game.ui.scenes.day import DayScene
from tests.ui.drive import focus_keys, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App

FIXTURE = Path(__file__).parents[1] / "fixtures" / "levels" / "all_features.yaml"
LONG_TITLE = ("Ministry of Harmonious Conduct and Trustworthy Neighbourly Living " * 2)[:80]
LONG_SCORE = ("Composite Sincerity and Civic Reliability Index Rating " * 2)[:80]
SIZES = [((1024, 600), 100), ((1024, 600), 200), ((1600, 900), 100), ((1600, 900), 200)]


@pytest.fixture
def long_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    data["meta"]["title"] = LONG_TITLE
    data["score"]["name"] = LONG_SCORE
    folder = tmp_path / "levels"
    folder.mkdir()
    (folder / "long_names.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(folder))
    yield folder
    pygame.quit()


def _day_at(size: tuple[int, int], scale: int) -> tuple[App, DayScene]:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    app = App(size)
    app.kit.settings.text_scale = scale
    app.resize(size)
    app.director = start_scenes(app, None, None, None)
    app.tick(0.016)
    return app, open_first_day(app)


def _rects(day: DayScene) -> list[tuple[str, pygame.Rect]]:
    """Every top-level widget of the screen and the dial, by what it shows."""
    found = [("dial", day.dial.rect)] if day.dial.rect.height else []
    for element in day.widgets:
        if element.visible:
            name = getattr(element, "text", None) or type(element).__name__
            found.append((str(name), element.get_abs_rect()))
    return found


def _overlaps(day: DayScene) -> list[str]:
    rects = _rects(day)
    return [
        f"{a} {ra} overlaps {b} {rb}"
        for i, (a, ra) in enumerate(rects)
        for b, rb in rects[i + 1 :]
        if ra.colliderect(rb)
    ]


def test_long_names_at_large_text_leave_end_the_day_clear(long_names: Path) -> None:
    app, day = _day_at((1024, 600), 200)
    end = next(e for k, e, _ in day.focus.items if k == "End the day").get_abs_rect()
    assert day.left is not None
    box = day.left.box.get_abs_rect()
    assert not box.colliderect(end), f"left panel {box} overlaps End the day {end}"
    assert LONG_SCORE in day.left.cards[0].row.markup  # the score's name is shown in the list
    assert end.bottom <= app.screen.get_height()


@pytest.mark.parametrize(("size", "scale"), SIZES, ids=[f"{w}x{h}-{s}" for (w, h), s in SIZES])
def test_no_two_parts_of_the_day_screen_overlap_before_or_after_actions(
    long_names: Path, size: tuple[int, int], scale: int
) -> None:
    app, day = _day_at(size, scale)
    assert _overlaps(day) == []
    for _ in range(2):
        focus_on(app, next(k for k in focus_keys(app) if k.startswith("buy ")))
        press(app, pygame.K_RETURN)
        assert _overlaps(day) == []
