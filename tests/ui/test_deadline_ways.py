"""A deadline with several ways out reads as one sentence: 'Pay in full or agree a plan',
not '... or Agree a plan', while a name after 'or' keeps its capital."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.core.content.loader import load_level
from game.paths import level_files
from game.ui import present
from tests.ui.drive import day_one

if TYPE_CHECKING:
    from game.ui.app import App


def _coming_up(app: App) -> str:
    """The text of the left panel's 'Coming up' card."""
    from pygame_gui.elements import UITextBox

    box = app.top.left.box
    texts = [e.html_text for e in box.get_container().elements if isinstance(e, UITextBox)]
    return next(t for t in texts if "Coming up" in t)


def test_the_list_s_judgment_deadline_joins_its_two_ways_in_one_sentence(game_app: App) -> None:
    day_one(game_app, "the_list")
    shown = _coming_up(game_app)
    assert "Pay the court judgment in full (3,000) or agree a payment plan" in shown
    assert " or Agree" not in shown


def test_a_way_out_starting_with_a_character_s_name_keeps_its_capital() -> None:
    level = load_level(next(p for p in level_files() if p.stem == "fico_country")).level
    name = next(iter(level.characters.values())).name.split()[0]
    said = present._either(level, ["Pay the bill", f"Ask {name}", f"{name}'s card", "VAT now"])
    assert said == f"Pay the bill or ask {name} or {name}'s card or VAT now"
