"""A line of text that fills its box to the edge is not followed by a blank line: the
line break after it stays on its row."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from pygame_gui.core.text.line_break_layout_rect import LineBreakLayoutRect
from pygame_gui.elements import UITextBox

from game.core.content.loader import load_level

if TYPE_CHECKING:
    from game.ui.app import App

LEVELS = Path(__file__).parents[2] / "levels"


def _blank_rows(box: UITextBox) -> int:
    rows = box.text_box_layout.layout_rows
    return sum(
        1
        for above, row in pairwise(rows)
        if len(row.items) == 1
        and isinstance(row.items[0], LineBreakLayoutRect)
        and not any(isinstance(i, LineBreakLayoutRect) for i in above.items)
    )


def test_the_goals_card_of_the_list_at_1024x600_has_no_blank_line(game_app: App) -> None:
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director

    game_app.resize((1024, 600))
    game_app.director = Director(game_app)
    game_app.director.play(PlaySession.start(load_level(LEVELS / "the_list.yaml").level, 1))
    for _ in range(5):
        game_app.tick(0.016)
    while game_app.top.name != "day":
        game_app.pop()
        game_app.tick(0.016)
    game_app.tick(0.016)
    boxes = [
        s
        for s in game_app.kit.manager.get_sprite_group().sprites()
        if isinstance(s, UITextBox) and "Your goals" in s.html_text
    ]
    assert boxes
    assert [_blank_rows(b) for b in boxes] == [0] * len(boxes)


def test_a_pygame_gui_without_the_mended_method_is_left_alone(monkeypatch) -> None:
    from pygame_gui.core.text.text_box_layout import TextBoxLayout

    from game.ui.line_breaks import keep_line_breaks_on_their_row

    monkeypatch.delattr(TextBoxLayout, "_handle_line_break_rect")
    monkeypatch.delattr(TextBoxLayout, "_citizen_score_break_fix", raising=False)
    keep_line_breaks_on_their_row()
    assert not hasattr(TextBoxLayout, "_handle_line_break_rect")
