"""A code that does not work is said in two sentences a student reads: "That code does not
work: this code has a typo: check ..." ran three clauses together with colons."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.classroom.code import make_code
from tests.ui.drive import press
from tests.ui.test_class_scenes import level_in, open_join, type_text

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_mistyped_code_is_refused_in_two_sentences(app: App, levels_dir: Path) -> None:
    level = level_in(levels_dir)
    text = make_code(level.id, level.content_hash, 5).text
    open_join(app)
    type_text(app, text[:-1] + ("A" if text[-1] != "A" else "B"))
    press(app, pygame.K_RETURN, frames=3)
    assert app.top.error == (
        "That code does not work. This code has a typo: check each character against the board."
    )


def test_a_code_without_its_start_is_refused_in_two_sentences(app: App) -> None:
    open_join(app)
    type_text(app, "8E22-AB80-02Q")
    press(app, pygame.K_RETURN, frames=3)
    assert app.top.error == "That code does not work. A session code starts with CS-."
