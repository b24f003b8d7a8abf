"""The level list names each level's place and year once: Model City's setting already says
"Suining County (2010) or Rongcheng (today)", and a ", 2010" after it contradicted "today"."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import press
from tests.ui.test_plain_words import _shown_text

if TYPE_CHECKING:
    from game.ui.app import App

SHIPPED = Path(__file__).parents[2] / "levels"


def _level_list(app: App, levels_dir: Path) -> str:
    for name in ("model_city.yaml", "fico_country.yaml"):
        shutil.copy(SHIPPED / name, levels_dir / name)
    press(app, pygame.K_RETURN)  # Play
    return _shown_text(app)


def test_a_setting_that_names_its_year_is_not_followed_by_it_again(
    app: App, levels_dir: Path
) -> None:
    shown = _level_list(app, levels_dir)
    assert "Suining County (2010) or Rongcheng (today)</i>" in shown


def test_a_setting_without_its_year_is_followed_by_it(app: App, levels_dir: Path) -> None:
    shown = _level_list(app, levels_dir)
    assert "Fairview, a mid-sized town in the United States, 2024</i>" in shown
